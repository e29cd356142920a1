## Marca personalizada (marca blanca)

nav-branding = Marca
branding-title = Marca personalizada
branding-intro = El aspecto de la aplicación en su propia dirección web: el nombre de su empresa, su color, su logotipo y su icono, y dónde obtienen ayuda sus clientes. Se aplica a todas las personas que abren la aplicación en esa dirección, tanto en la página de inicio de sesión como después.
action-open-branding = Abrir la marca
action-save-branding = Guardar la marca
action-load-dns-records = Cargar los registros DNS
inspector-not-branded = Normal: esta cuenta aún no tiene marca (o no tiene logotipo o icono); se crea al guardar por primera vez.

## Aspecto
branding-look = Aspecto
branding-company-name = Nombre de la empresa
branding-company-name-hint = Se muestra en la página de inicio de sesión, en la cabecera y en la pestaña del navegador.
branding-colour = Color de la marca
branding-colour-hint = Un color escrito como # seguido de 6 dígitos hexadecimales, como #1a5fb4, para los botones, los enlaces y los elementos destacados.
branding-colour-pick = Elegir el color de la marca
branding-colour-format = Escriba el color como # seguido de 3 o 6 dígitos hexadecimales, como #1a5fb4.
branding-colour-light = El texto blanco sobre este color, y este color sobre blanco, son difíciles de leer. Con un color más oscuro, los botones y los enlaces siguen siendo legibles.
branding-logo = Logotipo
branding-icon = Icono
branding-logo-word = logotipo
branding-icon-word = icono
branding-logo-hint = Una imagen PNG, JPEG o GIF de 1 MB como máximo, que se muestra en la página de inicio de sesión y en la cabecera. Se envía al guardar.
branding-icon-hint = Una imagen PNG, JPEG, GIF o ICO de 1 MB como máximo, que se muestra en la pestaña del navegador. Se envía al guardar.
branding-logo-now = El logotipo tal como se verá
branding-icon-now = El icono tal como se verá
branding-picture-chosen = { $name } se subirá al guardar.
branding-logo-type = El logotipo debe ser una imagen PNG, JPEG o GIF.
branding-icon-type = El icono debe ser una imagen PNG, JPEG, GIF o ICO.
branding-picture-empty = Este archivo está vacío.
branding-picture-too-big = Este archivo ocupa { $size } KB; el { $what } puede ocupar como máximo 1 MB (1024 KB).
branding-picture-too-big-for-server = El servidor ha rechazado este { $what } por ser demasiado grande. Elija un archivo más pequeño.
branding-picture-unreadable = El navegador no ha podido leer este archivo. Vuelva a elegirlo.
branding-saved-but-picture = La marca se ha guardado, pero una imagen no: consulte el mensaje que aparece junto a ella.
brand-logo-alt = Logotipo de { $name }

## Dirección web
branding-address = Dirección web
branding-domain = Dominio
branding-domain-hint = El nombre con el que sus clientes abren la aplicación, como portal.example.com. Haga que apunte al servidor que sirve esta aplicación; una sola cuenta por dominio.
branding-domain-bare = Escriba solo el nombre, como portal.example.com, sin http://, puerto ni ruta.
branding-domain-format = Escriba un nombre de dominio como portal.example.com: letras, dígitos y guiones entre puntos.
branding-domain-taken = Otra cuenta ya usa este dominio. Elija otro.
branding-dns-title = Registros DNS para { $domain }
branding-dns-intro = Cree estos registros, tal como los describe el servidor, en el proveedor DNS de { $domain } para que este dominio llegue a este servidor.
branding-dns-type = Tipo
branding-dns-host = Nombre
branding-dns-value = Apunta a
branding-dns-purpose = Finalidad
branding-dns-none = El servidor no propone ningún registro DNS para este dominio.

## Soporte
branding-support = Soporte
branding-support-email = Correo de soporte
branding-support-email-hint = La dirección a la que sus clientes comunican los problemas.
branding-help-url = Página de ayuda
branding-help-url-hint = Una página web con ayuda para sus clientes, que empiece por https://.
branding-help-url-format = Escriba una dirección web completa que empiece por https:// o http://.

## Lo que ven sus clientes
branding-customers = Lo que ven sus clientes
branding-switches-hint = Para todas las personas que abren la aplicación en su dominio, usted incluido.
branding-hide-docs = Ocultar los enlaces a la documentación
branding-hide-inspector = Ocultar el inspector de la API

## Vista previa
branding-preview = Vista previa: la página de inicio de sesión en { $domain }
branding-preview-no-domain = Vista previa: la página de inicio de sesión en su dominio
branding-preview-your-domain = su-dominio
