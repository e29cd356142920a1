## Smart PBX › Buzones de voz, eliminación de usuarios, edición de grupos de timbre

vmbox-add = Añadir buzón de voz
action-open-vmbox = Abrir buzón de voz
action-create-vmbox = Crear buzón de voz { $name }
action-save-vmbox = Guardar buzón de voz { $name }
action-delete-vmbox = Eliminar buzón de voz { $name }
vmbox-owned-by = Pertenece a { $owner }.
vmbox-basic = Configuración básica
vmbox-name = Nombre del buzón
vmbox-mailbox = Número de buzón
vmbox-mailbox-format = Un número de buzón tiene de 1 a 30 dígitos.
vmbox-mailbox-taken = Este número de buzón ya lo usa otro buzón.
vmbox-pin = PIN
vmbox-pin-hint = De 4 a 6 dígitos. Déjelo vacío para no usar PIN.
vmbox-pin-format = Un PIN tiene de 4 a 6 dígitos.
vmbox-options = Opciones
vmbox-media-extension = Formato de archivo de los mensajes
vmbox-format-default = Predeterminado de la plataforma
vmbox-format-mp3 = MP3
vmbox-format-wav = WAV
vmbox-is-setup = Ya configurado (omitir la configuración de la primera llamada)
vmbox-require-pin = Pedir el PIN
vmbox-check-if-owner = Acceder sin PIN desde los teléfonos del propio titular
vmbox-skip-greeting = Omitir el saludo
vmbox-skip-instructions = Omitir las instrucciones
vmbox-announcement-only = Solo anuncio (quien llama no puede dejar mensaje)
vmbox-delete-after-notify = Eliminar los mensajes una vez enviados por correo electrónico
vmbox-include-message = Adjuntar el mensaje al correo electrónico
vmbox-configurable = La configuración se puede cambiar por teléfono
vmbox-skip-envelope = Omitir el encabezado (quién llamó y cuándo) al reproducir los mensajes
vmbox-envelope-type = Encabezado
vmbox-envelope-caller-and-time = Quién llamó y cuándo
vmbox-envelope-default = Predeterminado de la plataforma
vmbox-recipients = Destinatarios de correo electrónico
vmbox-greetings = Saludos
vmbox-greetings-hint = Lo que oye quien llama antes de dejar un mensaje. El saludo temporal, si se elige, se reproduce en lugar del habitual (por ejemplo, mientras está fuera).
vmbox-greeting = Saludo
vmbox-temporary-greeting = Saludo temporal
vmbox-emails = Enviar los mensajes nuevos a
vmbox-emails-hint = Direcciones de correo electrónico, separadas por comas.
vmbox-sharing = Uso compartido
vmbox-shared = Buzón compartido: todos sus miembros pueden escuchar sus mensajes
vmbox-members = Miembros
vmbox-needs-members = Un buzón compartido necesita al menos un miembro.
vmbox-outside-confirm = Este buzón de voz se creó o se modificó por última vez fuera de Smart PBX (desde otra aplicación o la API). Si guarda aquí, se reescribirá en el formato de Smart PBX. ¿Guardar de todos modos?
vmbox-delete = Eliminar buzón de voz
vmbox-delete-confirm = Eliminar el buzón
vmbox-delete-shared = ¿Eliminar «{ $name }» y todos sus mensajes? Esta acción no se puede deshacer.
vmbox-delete-owned = ¿Eliminar «{ $name }» y todos sus mensajes? También se quitará de las llamadas de { $owner }, de modo que las llamadas no atendidas ya no llegarán al buzón de voz. Esta acción no se puede deshacer.

## Eliminación de un usuario
user-delete = Eliminar usuario
action-find-user-belongings = Buscar lo que pertenece a { $name }
action-delete-user = Eliminar usuario { $name }
user-delete-confirm = ¿Eliminar a { $name }?
user-delete-alongside = Como en Smart PBX, esto también:
user-delete-callflows = elimina { $count ->
    [one] su flujo de llamada
   *[other] sus { $count } flujos de llamada
} ({ $names }), de modo que su extensión y sus números dejan de sonar y quedan libres;
user-delete-vmboxes = elimina { $count ->
    [one] su buzón de voz
   *[other] sus { $count } buzones de voz
} ({ $names }) con todos los mensajes;
user-delete-devices = desasigna { $count ->
    [one] su dispositivo
   *[other] sus { $count } dispositivos
} ({ $names }), que permanecen en la cuenta salvo que marque la casilla de abajo;
user-delete-conferences = cambia el nombre de { $count ->
    [one] su conferencia
   *[other] sus { $count } conferencias
} ({ $names }) a «Unassigned …» salvo que marque la casilla de abajo.
user-delete-devices-too = Eliminar también sus dispositivos
user-delete-conferences-too = Eliminar también sus conferencias
user-delete-cannot-undo = Esta acción no se puede deshacer.
user-delete-proceed = Eliminar a { $name }


## Edición de un grupo de timbre
action-open-group = Abrir grupo
action-save-group = Guardar grupo { $name }
action-delete-group = Eliminar grupo { $name }
group-extensions = Extensiones
group-numbers = Números de teléfono
group-list-hint = Separe varios con comas.
group-needs-number = Un grupo necesita una extensión o un número de teléfono para poder llamarlo.
group-number-format = Un número de teléfono tiene al menos 7 dígitos, como +14155550150.
group-number-taken = Alguna de estas extensiones o números ya se usa para otra cosa.
group-strategy = Llamar a
group-strategy-simultaneous = Todos los miembros a la vez
group-strategy-single = Un miembro tras otro, por orden
group-delay = Retardo (segundos)
group-timeout = Duración del timbre (segundos)
group-order = Orden
group-delay-of = Retardo antes de llamar a { $name }, en segundos
group-timeout-of = Tiempo que suena el teléfono de { $name }, en segundos
group-move-up = Subir a { $name }
group-move-down = Bajar a { $name }
group-remove-member = Quitar a { $name }
group-member-deleted = Usuario eliminado
group-member-times = Los retardos pueden llegar a 600 segundos; la duración del timbre, de 1 a 600 segundos.
group-add-member-label = Añadir un miembro
group-choose-user = Elija un usuario
group-add-member = Añadir miembro
group-outside-confirm = Este grupo se creó o se modificó por última vez fuera de Smart PBX (desde otra aplicación o la API). Si guarda aquí, se reescribirá en el formato de Smart PBX. ¿Guardar de todos modos?
group-delete = Eliminar grupo
group-delete-confirm = Eliminar el grupo
group-delete-what = ¿Eliminar el grupo «{ $name }»? Con él se eliminan su flujo de llamada de grupo de timbre (marcado en { $numbers }) y su flujo de llamada base, de modo que esos números dejan de sonar y quedan libres. Los miembros no se modifican. Esta acción no se puede deshacer.
action-read-extensions = Leer las extensiones en uso
group-next = Cuando nadie contesta
group-next-hint = Adónde van las llamadas cuando ningún miembro contesta.
group-next-default = Indicar que no hay nadie disponible
group-next-people = Personas
group-next-groups = Otros grupos
group-next-vmboxes = Buzones de voz
group-next-devices = Teléfonos
group-next-current = El paso elegido anteriormente
group-next-unreadable = No se ha podido leer la lista de destinos; se mantiene la opción actual.
action-read-next-actions = Leer adónde pueden ir las llamadas no atendidas de un grupo
group-calling = Llamadas al grupo
group-repeats = Veces que se llama a los miembros
group-repeats-hint = Antes de que la llamada pase al destino previsto para cuando nadie contesta.
group-repeats-invalid = Use un número entero del 1 al 10.
group-ringback = Quien llama oye
group-ringback-default = El tono de llamada habitual
group-ringback-silence = Silencio
group-ringback-current = El sonido elegido en otra aplicación
group-ring-forwarded = Llamar también a los teléfonos de los miembros que desvían a otro número
group-recording = Grabar las llamadas a este grupo
recording-url = Enviar las grabaciones a
recording-url-hint = Una dirección http, https, ftp, ftps o sftp donde se guardan sus grabaciones.
recording-url-invalid = Escriba una dirección que empiece por https://, http://, ftp://, ftps:// o sftp://.
recording-format = Formato de grabación
recording-limit = Duración máxima de la grabación, en segundos
recording-limit-invalid = Use un número entero de segundos del 1 al 10800 (3 horas).
action-read-media = Leer las grabaciones
user-username = Nombre de usuario
user-username-hint = Con lo que inicia sesión. Para cambiarlo, hace falta una contraseña nueva (más abajo).
user-username-format = Un nombre de usuario no puede tener espacios ni más de 254 caracteres.
user-username-needs-password = Elija también una contraseña nueva: un nombre de usuario nuevo la necesita.
password-reset-title = Contraseña olvidada
password-reset-intro = Se envía a { $email } un enlace para que esta persona elija una contraseña nueva. Su contraseña actual seguirá funcionando hasta entonces.
password-reset-send = Enviar enlace para restablecer la contraseña
password-reset-sent = Se ha enviado a { $email } un enlace para elegir una contraseña nueva.
password-reset-no-email = Para enviar a esta persona un enlace con el que elegir una contraseña nueva, asígnele antes una dirección de correo electrónico y un nombre de usuario.
action-send-password-reset = Enviar a { $name } un enlace para restablecer la contraseña
vmbox-messages-title = Mensajes de este buzón
