# Patchbay, español (España). Cada idioma puede traducir cualquier subconjunto de las
# claves de en-US; las que falten se muestran en inglés.
# Las claves están en un archivo por área de la aplicación (esta carpeta se une por orden de nombre).

app-loading = Cargando Patchbay…
app-config-error = Patchbay no ha podido cargar su configuración (config.json): { $detail }
brand-default = Patchbay
skip-to-content = Saltar al contenido

## Iniciar sesión
sign-in-title = Iniciar sesión
sign-in-intro = Inicie sesión con su cuenta de KAZOO para gestionar su sistema telefónico.
sign-in-account = Nombre de la cuenta
sign-in-username = Nombre de usuario
sign-in-password = Contraseña
sign-in-submit = Iniciar sesión
sign-in-working = Iniciando sesión…
sign-in-with-api-key = Iniciar sesión con clave de API
sign-in-with-password = Iniciar sesión con usuario y contraseña
sign-in-api-key = Clave de API
sign-in-api-key-hint = La clave de 64 caracteres de la cuenta (GET /v2/accounts/{"{"}ACCOUNT_ID{"}"}/api_key).
sign-in-required = Introduzca el nombre de la cuenta, el nombre de usuario y la contraseña.
sign-in-api-key-length = Una clave de API tiene exactamente 64 caracteres.
sign-in-privacy = Su contraseña se convierte en un hash en este navegador y nunca se envía ni se guarda.
sign-in-failed = El nombre de la cuenta, el nombre de usuario o la contraseña no son correctos.
sign-in-api-key-unknown = Ninguna cuenta tiene esta clave de API.
sign-in-too-many = Demasiados intentos de inicio de sesión. Espere un minuto y vuelva a intentarlo.
sign-in-sandbox-hint = ¿Está probando el entorno de pruebas (sandbox)? Inicie sesión en «Demo Co» como admin / admin-pass.

## Sesión
reauth-title = Su sesión ha caducado
reauth-intro = Introduzca su contraseña para continuar. Lo que estaba haciendo se conserva y se volverá a enviar.
reauth-intro-api-key = Introduzca la clave de API para continuar. Lo que estaba haciendo se conserva y se volverá a enviar.
reauth-submit = Continuar
reauth-cancel = Cerrar sesión
reauth-signed-in-as = Sesión iniciada como { $user } en { $account }
sign-out = Cerrar sesión
action-sign-in = Iniciar sesión
action-sign-in-again = Volver a iniciar sesión
action-refresh-session = Renovar la sesión
action-load-branding = Cargar la marca

## Estructura de la aplicación
nav-label = Secciones
nav-smartpbx = Smart PBX
nav-callflows = Callflows
nav-accounts = Cuentas
nav-my-settings = Mi configuración
nav-which-app = ¿Qué aplicación debo usar?
header-account = Cuenta
inspector-toggle = Inspector de la API
inspector-shortcut = Atajo: Alt+I
not-allowed-title = Sin permiso
not-allowed-body = Su rol no le da acceso a esta página. Si lo necesita, pídalo a un administrador de su cuenta.
not-found-title = Página no encontrada
not-found-body = No hay nada en esta dirección.
go-home = Ir a su página de inicio
user-guide = Guía del usuario
api-docs = Documentación de la API de Crossbar: { $resource }
coming-next = Próximamente
loading = Cargando…
retry = Reintentar
screen-unavailable = No se ha podido descargar esta parte de Patchbay. Compruebe su conexión y vuelva a intentarlo.
saved = Guardado.
role-admin = Administrador
role-user = Usuario

## Callflows / Cuentas
callflows-title = Callflows
callflows-intro = El editor en árbol del enrutamiento de llamadas: menús de voz, enrutamiento por horarios y códigos de función.
accounts-title = Cuentas
accounts-intro = Crear y gestionar las subcuentas de su cuenta de revendedor.
accounts-coming = El gestor de cuentas está en construcción.

## Mi configuración
settings-title = Mi configuración
settings-intro = Su nombre, dirección de correo electrónico, zona horaria e idioma.
settings-first-name = Nombre
settings-last-name = Apellidos
settings-email = Correo electrónico
settings-timezone = Zona horaria
settings-language = Idioma
settings-timezone-default = Predeterminada de la cuenta
settings-language-default = Predeterminado de la cuenta
settings-save = Guardar
settings-saving = Guardando…
settings-unchanged = Nada que guardar: no se ha cambiado ningún campo.
action-open-settings = Abrir Mi configuración
action-save-settings = Guardar mi configuración

## Validación de campos
field-required = El campo «{ $field }» es obligatorio.
field-too-long = El campo «{ $field }» admite como máximo { $max } caracteres.
field-email = Introduzca una dirección de correo electrónico como name@example.com.
form-has-errors = Hay campos que revisar; no se ha guardado nada.

## Errores (las claves vienen de CrossbarError::i18n_key)
error-validation = No se ha guardado: hay datos que cambiar.
error-multiple-choice = No se ha guardado: hay más de una coincidencia. Elija la que buscaba.
## Qué fallaba en un campo (el validador de Crossbar, en palabras).
field-problem-required = Este campo es obligatorio.
field-problem-unique = Ya está en uso.
field-problem-min-length = Demasiado corto: al menos { $target } caracteres.
field-problem-max-length = Demasiado largo: como máximo { $target } caracteres.
field-problem-minimum = Valor demasiado bajo: como mínimo { $target }.
field-problem-maximum = Valor demasiado alto: como máximo { $target }.
field-problem-format = No tiene el formato esperado.
field-problem-choice = No es una de las opciones permitidas.
field-problem-type = No es el tipo de valor adecuado.
error-invalid-credentials = No se han aceptado las credenciales.
error-session-expired = Su sesión ha caducado.
error-payment-required = Este cambio requiere aceptar cargos.
error-forbidden = No tiene permiso para hacer esto.
error-not-found = Ya no existe o no tiene acceso a ello.
error-method-not-allowed = El servidor no permite esta operación.
field-hidden-characters = El campo «{ $field }» contiene caracteres invisibles de control o de dirección del texto. Vuelva a escribirlo sin ellos.
error-conflict = Otra persona ha cambiado esto al mismo tiempo. Recargue y vuelva a intentarlo.
error-changed-since-loaded = Otra persona ha cambiado esto desde que lo abrió. Recargue para ver sus cambios.
error-cancelled = Cancelado.
error-not-saved-changed = No se ha guardado: otra persona ha cambiado esto desde que lo abrió. Sus cambios siguen en el formulario.
error-too-large = La lista es demasiado grande para cargarla de una vez.
error-too-many-requests = Demasiadas solicitudes. Espere un momento y vuelva a intentarlo.
error-server = Error del servidor ({ $status }). Vuelva a intentarlo en un momento.
error-unexpected = El servidor ha enviado una respuesta que Patchbay no esperaba ({ $status }).
error-network = No se ha podido conectar con el servidor. Compruebe su conexión y vuelva a intentarlo.
error-request-id = ID de solicitud: { $id }

## Inspector de la API
inspector-title = Inspector de la API
inspector-no-branding = Normal: no hay ninguna marca configurada para esta dirección web, así que se usa el aspecto estándar.
inspector-intro = Todas las llamadas a Crossbar que hace Patchbay, agrupadas según lo que usted hizo. Los tokens y las credenciales se ocultan.
inspector-close = Cerrar
inspector-clear = Vaciar
inspector-empty = Aún no hay llamadas. Use la aplicación y las llamadas aparecerán aquí.
inspector-calls = { $count ->
    [one] 1 llamada
   *[other] { $count } llamadas
}
inspector-request = Solicitud
inspector-response = Respuesta
inspector-headers = Cabeceras
inspector-body = Cuerpo
inspector-no-body = (sin cuerpo)
inspector-no-response = Sin respuesta: { $reason }
inspector-request-id = ID de solicitud
inspector-started = Inicio
inspector-duration = Duración
inspector-status = Estado
inspector-copied = Copiado en el portapapeles.
inspector-copy-failed = No se ha podido copiar; seleccione el comando de abajo y cópielo.
inspector-curl-hint = Antes de ejecutarlo, ponga { $server } en SERVER y su token en AUTH_TOKEN.
inspector-docs = Documentación
inspector-docs-label = Documentación: { $page }

## ¿Qué aplicación debo usar?
which-title = ¿Qué aplicación debo usar?
which-intro = Smart PBX, Callflows y la API de Crossbar editan los mismos datos de la cuenta. Cada una se adapta a personas y tareas distintas.
which-col-aspect = Pregunta
which-col-smartpbx = Smart PBX
which-col-callflows = Callflows
which-col-api = API
which-row-who = ¿Para quién es?
which-who-smartpbx = Responsables de oficina y administradores que quieren valores predeterminados sensatos.
which-who-callflows = Administradores de telefonía que diseñan el enrutamiento de llamadas nodo a nodo.
which-who-api = Desarrolladores e integradores que automatizan cambios.
which-row-what = ¿Qué se edita?
which-what-smartpbx = Personas, teléfonos, grupos de timbre, el número principal, el horario de oficina, el buzón de voz, los números.
which-what-callflows = Cualquier árbol de flujo de llamada: submenús de voz, ramas por horarios, códigos de función.
which-what-api = Todos los documentos, incluidos los campos que no muestra ninguna de las dos aplicaciones.
which-row-how = ¿Cómo guarda los datos?
which-how-smartpbx = Con nombres y formatos estrictos que después reconoce; no oculta nada.
which-how-callflows = Tal como se dibujan; oculta los flujos que pertenecen a Smart PBX.
which-how-api = Exactamente como se envían: usted se encarga de que los formatos sean coherentes.
which-row-risk = A qué prestar atención
which-risk-smartpbx = Los flujos que no ha creado aparecen como creados en otro lugar; edítelos con cuidado.
which-risk-callflows = Editar aquí un flujo de Smart PBX puede hacer que Smart PBX deje de reconocerlo.
which-risk-api = Nada le impide escribir una estructura que las aplicaciones no sepan leer.
which-advice = Empiece por Smart PBX. Recurra a Callflows cuando una ruta necesite una forma que Smart PBX no puede dibujar, y a la API para repetir tareas. Abra el inspector de la API para ver las llamadas que hay detrás de cada clic.

## Otra persona ha cambiado un documento mientras se editaba
conflict-title = Otra persona ha cambiado esto
conflict-intro = Mientras usted editaba, otra persona ha guardado un cambio. «{ $action }» aún no se ha guardado.
conflict-intro-delete = Mientras usted lo consultaba, otra persona ha guardado un cambio. «{ $action }» aún no ha eliminado nada.
conflict-theirs = Lo que ha cambiado la otra persona
conflict-theirs-hidden = Detalles que el formulario no muestra, o cambios hechos por un proceso automático.
conflict-mine = Lo que ha cambiado usted
conflict-change = { $before } → { $after }
conflict-both-changed = (la otra persona también lo ha cambiado)
conflict-none = (ninguno)
conflict-on = activado
conflict-off = desactivado
conflict-keep-mine = Conservar mis cambios
conflict-merge = Combinar
conflict-reload = Recargar
conflict-cancel = Cancelar
conflict-delete-anyway = Eliminar de todos modos
conflict-hint = Conservar mis cambios: prevalecen los suyos donde ambos han cambiado algo. Combinar: los suyos se añaden donde la otra persona no ha cambiado nada, y los de ella se mantienen donde ambos han cambiado algo. Recargar: descarta los suyos y muestra los de la otra persona. Cancelar: no guarda nada por ahora y puede seguir editando.
conflict-hint-delete = «Eliminar de todos modos» lo elimina junto con el cambio de la otra persona. «Recargar» lo muestra tal como está ahora. «Cancelar» no hace nada.

## Campos de los documentos, tal como los nombra el diálogo de conflicto
doc-field-first-name = Nombre
doc-field-last-name = Apellidos
doc-field-email = Correo electrónico
doc-field-username = Nombre de usuario
doc-field-timezone = Zona horaria
doc-field-language = Idioma
doc-field-priv-level = Rol
doc-field-presence-id = Extensión
doc-field-name = Nombre
doc-field-caller-id-internal-name = Nombre del identificador de llamada interno
doc-field-caller-id-internal-number = Número del identificador de llamada interno
doc-field-caller-id-external-name = Nombre del identificador de llamada externo
doc-field-caller-id-external-number = Número del identificador de llamada externo
doc-field-call-forward-enabled = Desvío de llamadas
doc-field-call-forward-number = Número de desvío de llamadas
doc-field-do-not-disturb-enabled = No molestar
doc-field-vm-to-email-enabled = Mensajes de voz por correo electrónico
doc-field-music-on-hold-media-id = Música en espera
doc-field-enabled = Activado
doc-field-mailbox = Número de buzón
doc-field-pin = PIN
doc-field-numbers = Números
doc-field-owner-id = Propietario
doc-field-cnam-display-name = Nombre del identificador de llamada
doc-field-mac-address = Dirección MAC

# Salir de una pantalla con cambios sin guardar
leave-title = ¿Salir sin guardar?
leave-what = Hay cambios en esta pantalla que aún no se han guardado. Si sale ahora, se perderán.
leave-stay = Quedarse en esta pantalla
leave-anyway = Salir sin guardar
menu = Menú
docs-menu = Documentación

## Mi configuración: contraseña, teléfonos, llamadas recientes

action-change-password = Cambiar mi contraseña
action-open-my-phones = Ver mis teléfonos
action-open-my-calls = Ver mis llamadas recientes
password-title = Contraseña
password-current = Contraseña actual
password-new = Nueva contraseña
password-again = Repetir la nueva contraseña
password-save = Cambiar la contraseña
password-changed = Contraseña cambiada.
password-current-required = Escriba su contraseña actual.
password-current-wrong = Esa no es su contraseña actual.
password-same = Elija una contraseña distinta de la actual.
password-mismatch = Las dos contraseñas nuevas no coinciden.
my-phones-title = Mis teléfonos
my-phones-none = Aún no tiene ningún teléfono asignado. Pídaselo a su administrador.
my-calls-title = Mis llamadas recientes
my-calls-empty = No hay llamadas en los últimos siete días.
password-new-hint = Al menos 6 caracteres.
sign-in-forgot = ¿Ha olvidado su contraseña?
forgot-title = Restablecer la contraseña
forgot-intro = Escriba el nombre de la cuenta y su nombre de usuario. Le enviaremos por correo electrónico un enlace para elegir una nueva contraseña.
forgot-required = Escriba el nombre de la cuenta y su nombre de usuario.
forgot-submit = Enviarme un enlace por correo
forgot-sent = Si la cuenta y el nombre de usuario son correctos, se está enviando a la dirección registrada un correo con un enlace para elegir una nueva contraseña. El enlace solo sirve una vez y durante una hora.
forgot-back = Volver al inicio de sesión
forgot-url-refused = El servidor no envía enlaces de restablecimiento a la dirección de esta consola. Pida a su administrador que restablezca su contraseña.
reset-link-invalid = Este enlace de restablecimiento ya se ha usado o ha caducado. Solicite uno nuevo con «¿Ha olvidado su contraseña?».
action-ask-password-reset = Solicitar un correo para restablecer la contraseña
action-open-reset-link = Iniciar sesión con un enlace de restablecimiento de contraseña
new-password-title = Elegir una nueva contraseña
new-password-intro = Antes de continuar, elija una nueva contraseña para { $username }.
new-password-save = Guardar la nueva contraseña
new-password-sign-out = Cerrar sesión
new-password-too-late = Ha pasado demasiado tiempo desde que inició sesión. Cierre la sesión y solicite un nuevo enlace con «¿Ha olvidado su contraseña?».
action-choose-new-password = Elegir una nueva contraseña

## Inspector v2
inspector-filter-region = Filtrar las llamadas
inspector-filter = Filtrar llamadas
inspector-filter-placeholder = Método, estado, ruta o texto de los cuerpos
inspector-method = Método
inspector-any-method = Cualquier método
inspector-failed-only = Solo llamadas fallidas
inspector-shown = Mostrando { $shown } de { $count ->
    [one] 1 llamada
   *[other] { $count } llamadas
}
inspector-export-har = Exportar HAR
inspector-har-ready = HAR { $count ->
    [one] de una llamada
   *[other] de { $count } llamadas
} listo, sin tokens ni contraseñas.
inspector-har-download = Descargar { $name }
inspector-copy-as-title = Enviarlo usted mismo
inspector-copy-as = Copiar como
inspector-copy-code = Copiar { $lang }
inspector-my-values = Con mi servidor y mi cuenta
inspector-my-values-hint = El servidor y la cuenta son los suyos; el token sigue siendo el marcador AUTH_TOKEN: sustitúyalo por el suyo.
inspector-copy-path = Copiar la ruta { $path }
inspector-path-copied = Ruta { $path } copiada en el portapapeles.
inspector-copy-response = Copiar la respuesta
inspector-body-copied = Respuesta copiada en el portapapeles.
inspector-request-body = Cuerpo de la solicitud
inspector-response-body = Cuerpo de la respuesta
inspector-means = Qué significa:
inspector-means-400 = Crossbar ha rechazado lo que se envió. Los campos rechazados y el motivo:
inspector-means-401 = No ha iniciado sesión o el token ha caducado: vuelva a iniciar sesión para obtener uno nuevo.
inspector-means-402 = El plan o el saldo de la cuenta no lo permite.
inspector-means-403 = Este inicio de sesión no tiene permiso para esto (un token de usuario, o un documento de otra cuenta).
inspector-means-404 = No hay nada en esta dirección: el documento se ha eliminado o el ID no es correcto.
inspector-means-405 = Esta dirección no admite este método.
inspector-means-409 = Choca con algo que ya existe (un nombre, número o extensión en uso).
inspector-means-412 = Alguien cambió el documento después de leerlo; vuelva a leerlo y aplique de nuevo el cambio.
inspector-means-413 = Lo que se ha enviado es demasiado grande.
inspector-means-429 = Demasiadas solicitudes en poco tiempo; espere un poco y vuelva a enviarla.
inspector-means-500 = Error del servidor. Por lo que él sabe, la solicitud es correcta; vuelva a intentarlo o avise a su administrador indicando el ID de solicitud.
inspector-means-other = Crossbar no lo ha hecho; su respuesta explica el motivo.
action-read-about = Averiguar qué servidor es este
environment-sandbox = Entorno de pruebas
environment-production = Producción
environment-title = El servidor con el que trabaja esta consola
inspector-send-again = Volver a enviar
inspector-edit-in-console = Editar en la consola de la API
inspector-replay-redacted = Las contraseñas y los tokens de este cuerpo se ocultaron al registrarlo, así que al volver a enviarlo se envían los marcadores.
action-send-again = Volver a enviar: { $method } /v2/{ $path }
inspector-reproduce = Reproducir como script
inspector-reproduce-title = Reproducir «{ $action }»
inspector-reproduce-intro = Un script que inicia sesión con sus propias credenciales (de KAZOO_SERVER, KAZOO_ACCOUNT_NAME, KAZOO_USERNAME y KAZOO_PASSWORD, o de KAZOO_API_KEY) y vuelve a hacer estas llamadas con los ID que devuelve el servidor. Pruébelo primero en un entorno de pruebas (sandbox).
inspector-reproduce-language = Lenguaje
inspector-script = Script
inspector-copy = Copiar
inspector-download = Descargar
support-title = Grado de soporte de estos campos
support-reading = Leyendo el esquema…
support-supported = con soporte
support-beta = beta: sin soporte de 2600Hz
support-alpha = alfa: sin soporte de 2600Hz, puede cambiar
support-unmarked = no indicado en el esquema
support-undocumented = Sin documentar: la documentación de KAZOO no tiene ninguna página sobre esta ruta de la API.
action-read-schema = Leer el esquema { $schema }
which-col-accounts = Cuentas
which-screen-accounts = Cuentas
which-screen-users = Smart PBX › Usuarios
which-screen-main-number = Smart PBX › Número principal
which-screen-dashboard = Smart PBX › Panel
which-screen-account-settings = Callflows › Configuración de la cuenta
which-screen-groups = Smart PBX › Grupos
which-screen-menus = Callflows › Menús de voz
which-screen-console = Consola de la API
which-screen-feature-codes = Callflows › Códigos de función
which-screen-new-callflow = Callflows › Nuevo flujo de llamada
tasks-title = Dónde hacer cada cosa
tasks-filter = Buscar una tarea
tasks-col-task = Tarea
tasks-col-where = Dónde
tasks-col-screen = Pantalla
tasks-col-docs = Documentación de la API
tasks-docs-link = Documentación de la API para «{ $task }»
task-initial-setup = Configuración inicial de una cuenta y de su primer administrador
task-users-devices = Usuarios y sus teléfonos
task-office-hours = Horario de oficina y festivos
task-hold-music = Música en espera
task-incoming-routing = Adónde van las llamadas entrantes
task-default-language = El idioma predeterminado de la cuenta
task-billing = Facturación (plan de servicio y límites)
task-ring-groups = Grupos de timbre
task-sub-menus = Submenús para las llamadas entrantes («pulse 1 para ventas»)
task-trunking = Troncales (troncales SIP hacia una centralita)
task-feature-codes = Códigos de función personalizados
task-automation = Automatización (scripts, integraciones)
recipe-title = Un submenú en el número principal, con varias aplicaciones
recipe-intro = Algunas tareas requieren más de una aplicación. Quien llama al número principal elige «1 para ventas, 2 para soporte»:
recipe-step-groups = Crear un grupo de timbre para cada equipo en
recipe-step-menu = Crear un flujo de llamada con un menú de voz cuyas opciones lleven a esos grupos, en
recipe-step-list = En ese flujo de llamada, marcar «Mostrar este flujo de llamada en Número principal» y guardar, en
recipe-step-main-number = Elegir ese flujo de llamada para el horario de oficina (o fuera de horario) en
inspector-copy-request = Copiar el cuerpo de la solicitud
inspector-request-copied = Cuerpo de la solicitud copiado en el portapapeles.
