## Smart PBX › ajustes de un usuario (rol, desvío de llamadas, presencia, identificador de llamada, buzón de voz, dispositivos)

user-settings-title = Ajustes y funciones
action-open-user-settings = Abrir los ajustes de { $name }
user-locale-title = Rol e idioma
user-locale-save = Guardar rol e idioma
action-save-user-locale = Guardar el rol y el idioma de { $name }
user-role = Rol
user-timezone = Zona horaria
user-timezone-inherit = Zona horaria de la cuenta
user-language = Idioma
user-language-auto = Idioma de la cuenta

call-forward-title = Desvío de llamadas
call-forward-save = Guardar desvío de llamadas
action-save-call-forward = Guardar el desvío de llamadas de { $name }
call-forward-mode = Cuándo desviar las llamadas
call-forward-off = Nunca
call-forward-always = Siempre
call-forward-failover = Solo cuando los dispositivos del usuario no contesten
call-forward-number = Desviar al número
call-forward-number-invalid = Introduzca un número de teléfono: solo dígitos, opcionalmente precedidos de +.
call-forward-require-keypress = Pedir que se pulse una tecla antes de conectar
call-forward-keep-caller-id = Mostrar el número de quien llama originalmente
call-forward-direct-only = Desviar solo las llamadas hechas directamente al usuario

presence-title = No molestar y puesto compartido (hot desking)
presence-save = Guardar no molestar y puesto compartido
action-save-presence = Guardar no molestar y puesto compartido de { $name }
dnd-enabled = No molestar
hotdesk-enabled = Puesto compartido (hot desking)
hotdesk-id = ID de puesto compartido
hotdesk-id-invalid = Introduzca los dígitos que se marcan para iniciar sesión aquí.
hotdesk-require-pin = Exigir un PIN para iniciar sesión
hotdesk-pin = PIN de puesto compartido
hotdesk-pin-invalid = El PIN solo admite dígitos y es obligatorio cuando se exige un PIN.
hotdesk-keep-elsewhere = Mantener la sesión iniciada en otros teléfonos

user-caller-id-title = Identificador de llamada y música en espera
user-caller-id-save = Guardar identificador de llamada y música en espera
action-save-user-caller-id = Guardar el identificador de llamada y la música en espera de { $name }
user-caller-id-number = Identificador de llamada saliente
user-caller-id-none = El identificador de llamada de la cuenta
moh-media = Música en espera
moh-default = La música en espera de la cuenta

voicemail-title = Buzón de voz
voicemail-save = Guardar buzón de voz
action-save-voicemail = Guardar el buzón de voz de { $name }
voicemail-no-box = Este usuario no tiene buzón de voz.
voicemail-not-in-callflow = El flujo de llamada del usuario no tiene ningún paso de buzón de voz, así que el buzón de voz no se puede activar aquí.
voicemail-enabled = Buzón de voz activado
voicemail-to-email = Enviar los mensajes de voz por correo electrónico
voicemail-include-message = Adjuntar el mensaje al correo electrónico
voicemail-delete-after = Eliminar el mensaje una vez enviado por correo electrónico
voicemail-transcribe = Transcribir los mensajes

user-devices-title = Dispositivos
user-devices-none = Este usuario no tiene ningún dispositivo asignado.
devices-spare = Dispositivos sin asignar
devices-choose-spare = Elegir un dispositivo
device-assign = Asignar dispositivo
device-unassign = Desasignar { $name }
action-assign-device = Asignar { $device } a { $name }
action-unassign-device = Desasignar { $device } de { $name }

user-create-vmbox = Crear un buzón de voz
user-in-directory = Incluir en el directorio de la empresa
user-send-email = Enviar al nuevo usuario sus datos de acceso por correo electrónico

numbers-title = Extensiones y números
numbers-save = Guardar extensiones y números
action-save-user-numbers = Guardar las extensiones y los números de { $name }
numbers-no-callflow = Este usuario no tiene flujo de llamada de Smart PBX, así que sus números se editan en Callflows.
numbers-extensions = Extensiones
numbers-extension-n = Extensión { $n }
numbers-remove-extension = Quitar la extensión { $n }
numbers-add-extension = Añadir una extensión
numbers-phone-numbers = Números de teléfono
numbers-remove-number = Quitar { $number }
numbers-spare = Números libres
numbers-choose-spare = Elegir un número
numbers-add-number = Añadir número
numbers-bad-extension = La extensión { $n } debe tener de 1 a 6 dígitos.
numbers-duplicate = { $number } aparece dos veces.
numbers-main-missing = Mantenga la extensión principal { $number } o cambie antes la extensión principal en el formulario de arriba.
numbers-empty = Mantenga al menos una extensión o un número.
user-phone-legend = Teléfono de sobremesa (opcional)
user-phone-none = Sin teléfono
user-phone-brand = Marca del teléfono
user-phone-model = Modelo del teléfono
user-phone-name = Nombre del teléfono
user-phone-mac = Dirección MAC del teléfono
user-phone-mac-hint = Doce dígitos hexadecimales, p. ej. 00:04:f2:aa:bb:cc; el teléfono obtiene su configuración a partir de ella.
user-phone-loading = Cargando el catálogo de teléfonos…
user-phone-no-provisioner = No hay ningún aprovisionador de teléfonos configurado, así que el teléfono se puede añadir más tarde en la pantalla Dispositivos.
user-phone-unavailable = No se ha podido leer el catálogo de teléfonos, así que el teléfono se puede añadir más tarde en la pantalla Dispositivos.
action-load-phones = Cargar el catálogo de teléfonos
user-directory-title = Directorio de la empresa
user-directory-save = Guardar directorio de la empresa
user-directory-hint = Quien llame y use el directorio de la empresa puede encontrar a esta persona por su nombre.
user-directory-no-callflow = Esta persona no tiene flujo de llamada principal, así que el directorio de la empresa no tiene adónde pasar las llamadas.
action-save-user-directory = Guardar la inclusión de { $name } en el directorio de la empresa

## Cómo llegan las llamadas al usuario (tiempo de timbre, sígueme)

action-save-ringing = Guardar cómo llegan las llamadas a { $name }
ringing-title = Cómo llegan las llamadas a esta persona
ringing-save = Guardar timbre
ringing-mode = Hacer sonar
ringing-all = Todos sus teléfonos a la vez
ringing-find-me = Sígueme: los teléfonos elegidos abajo, cada uno tras su propio retardo
ringing-timeout = Sonar durante (segundos)
ringing-timeout-hint = Después, la llamada pasa al buzón de voz, si lo tiene.
ringing-timeout-invalid = Indique un número entero de segundos entre 5 y 600.
ringing-phones = Teléfonos que suenan
ringing-phone = Teléfono
ringing-ring-phone = Hacer sonar { $name }
ringing-phone-gone = Un teléfono que ya no está asignado
ringing-phone-times-invalid = No se ha guardado: el retardo y el tiempo de timbre de cada teléfono deben ser segundos enteros hasta 600, y cada teléfono debe sonar al menos 1 segundo.
ringing-choose-a-phone = No se ha guardado: elija al menos un teléfono que suene o haga sonar todos sus teléfonos a la vez.
ringing-no-phones = Esta persona aún no tiene teléfonos. Asígnele uno antes en Dispositivos.
ringing-made-elsewhere = Las llamadas a esta persona se enrutan de una forma que Smart PBX no edita; cámbielo en Callflows.

## Grabación de llamadas de una persona

action-save-user-recording = Guardar la grabación de llamadas de { $name }
user-recording-title = Grabación de llamadas
user-recording-save = Guardar grabación de llamadas
user-recording-enabled = Grabar las llamadas de esta persona
user-recording-inbound-offnet = Llamadas desde fuera de la empresa
user-recording-inbound-onnet = Llamadas de compañeros
user-recording-outbound-offnet = Llamadas que hace fuera de la empresa
user-recording-outbound-onnet = Llamadas que hace a compañeros
user-recording-account = Como en la cuenta
user-recording-on = Grabar
user-recording-off = No grabar

## Dar un buzón de voz a una persona

action-add-voicemail-box = Dar un buzón de voz a { $name }
voicemail-add-box = Darle un buzón de voz
voicemail-box-added = Buzón de voz creado. Las llamadas no contestadas van ahora a él.
voicemail-box-added-not-rung = Buzón de voz creado. Las llamadas de esta persona se enrutan en otra aplicación, así que añada allí el paso de buzón de voz (Callflows).
voicemail-box-no-extension = Esta persona no tiene ninguna extensión con la que numerar el buzón. Asígnele antes una extensión.
voicemail-box-number-taken = Otro buzón de voz ya tiene como número la extensión de esta persona. Cámbiele el nombre o elimínelo antes en Buzones de voz.
user-caller-id-no-number = Esta persona no tiene número de teléfono propio, así que sus llamadas muestran el número de la empresa. Compre uno y añádalo en Extensiones y números.
user-caller-id-no-number-spare = Esta persona no tiene número de teléfono propio, así que sus llamadas muestran el número de la empresa. Asígnele un número libre en Extensiones y números, o compre uno.
user-conference-title = Conferencia personal
user-conference-no-line = A una conferencia personal se llega a través de la línea de conferencias de la empresa, y aún no hay ninguna. Asígnele antes un número:
user-conference-main-number = Número principal
user-conference-on = Conferencia personal activada
user-conference-number = Número de conferencia
user-conference-number-hint = Quien llame marca { $lines } y después introduce este número.
user-conference-number-format = El número de conferencia tiene de 1 a 10 dígitos.
user-conference-video = Videoconferencia
user-conference-save = Guardar conferencia personal
user-fax-title = Buzón de fax
user-fax-no-number = Un buzón de fax necesita un número de teléfono propio, y todos los números están en uso.
user-fax-buy = Comprar un número
user-fax-on = Buzón de fax activado
user-fax-number = Número de fax
user-fax-hint = Los faxes enviados a este número llegan al buzón de fax de { $name }.
user-fax-save = Guardar buzón de fax
action-open-user-conference = Abrir la conferencia personal de { $name }
action-save-user-conference = Guardar la conferencia personal de { $name }
action-open-user-fax = Abrir el buzón de fax de { $name }
action-save-user-fax = Guardar el buzón de fax de { $name }

## La fila de cada función: cómo está configurada ahora, en pocas palabras
user-settings-intro = Cada función indica cómo está configurada ahora. Ábrala para cambiarla; cada una tiene su propio botón Guardar.
feature-off = Desactivado
feature-none = Ninguno
feature-unsaved = (cambios aún sin guardar)
call-forward-summary-always = Todas las llamadas van a { $number }
call-forward-summary-failover = Las llamadas que nadie contesta van a { $number }
presence-summary-available = Recibe llamadas
presence-summary-dnd = No molestar activado
presence-summary-hotdesk = { $state }; puesto compartido con el ID { $id }
user-locale-summary = { $role } · { $timezone } · { $language }
user-recording-summary-on = Activada: las llamadas se graban
user-recording-summary-account = Activada, según graba las llamadas la cuenta
user-recording-summary-none = Activada, pero no se ha elegido ningún tipo de llamada
user-caller-id-summary = Sus llamadas muestran { $number }
user-caller-id-summary-company = Sus llamadas muestran el número de la empresa
user-moh-summary = { $caller_id }; en espera se oye «{ $name }»
user-directory-listed = Aparece: quien llama encuentra a esta persona por su nombre
user-directory-unlisted = No aparece
numbers-summary-extensions = Extensión { $extensions }; sin número de teléfono propio
numbers-summary = Extensión { $extensions }; { $numbers }
ringing-summary-all = Todos sus teléfonos suenan durante { $seconds } segundos
ringing-summary-find-me = Sígueme: { $count ->
    [one] un teléfono
   *[other] { $count } teléfonos
} por turnos
voicemail-summary-on = Activado, buzón { $mailbox }
voicemail-summary-on-email = Activado, buzón { $mailbox }; los mensajes se envían por correo electrónico
voicemail-summary-elsewhere = Buzón { $mailbox }; las llamadas llegan a él según las enruta otra aplicación
user-conference-summary = Número de conferencia { $number }
user-fax-summary = Los faxes a { $number } llegan a su buzón de fax
