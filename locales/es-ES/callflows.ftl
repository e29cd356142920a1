## Callflows: la lista
cf-new = Nuevo flujo de llamada
cf-show-all = Mostrar todos los flujos de llamada
cf-show-all-hint = Incluir también los flujos de llamada que gestionan otras aplicaciones, como Smart PBX. Se abren en modo de solo lectura hasta que decida editarlos.
cf-search = Buscar flujos de llamada por nombre o número
cf-col-numbers = Números
cf-col-made-by = Gestionado por
cf-empty = Aún no hay flujos de llamada. Cree uno con «Nuevo flujo de llamada».
cf-unnamed = Flujo de llamada sin nombre
cf-catch-all = Cualquier otro número
cf-no-number = Sin número
cf-made-by-smartpbx = Smart PBX
cf-made-by-call-queues = Colas de llamadas
cf-made-by-onboarding = Importación inicial
cf-made-by-catch-all = Captura general
cf-made-by-emergency = Avisos de emergencia
action-open-callflows = Abrir Callflows

## Callflows: el editor
cf-new-title = Nuevo flujo de llamada
cf-back-to-list = Todos los flujos de llamada
cf-root-title = Flujo de llamada
cf-name = Nombre
cf-name-hint = Se muestra en la lista; si no tiene, la lista muestra los números.
cf-numbers = Números que llegan a este flujo de llamada
cf-numbers-none = Aún no hay ningún número: añada al menos uno.
cf-number-remove = Quitar { $number }
cf-spare-numbers = Números libres
cf-add-number = Añadir número
cf-extension = Extensión
cf-add-extension = Añadir extensión
cf-choose = — elegir —
cf-hide-from-contacts = Ocultar en la lista de contactos
cf-list-in-main-number = Mostrar este flujo de llamada en Número principal
cf-toolbar = Pasos
cf-tree-label = Pasos del flujo de llamada
cf-flow-empty = Aún no hay pasos: las llamadas a estos números no llegan a ninguna parte. Añada el primer paso con «Añadir acción».
cf-add-action = Añadir acción
cf-insert-above = Insertar encima
cf-edit-step = Editar paso
cf-move = Mover
cf-move-here = Mover aquí
cf-move-cancel = Cancelar movimiento
cf-moving-hint = Ahora seleccione el paso bajo el que quiere colocarlo y pulse «Mover aquí».
cf-moved = Paso movido.
cf-turn-off = Desactivar
cf-turn-on = Activar
cf-step-turned-off = Paso desactivado: las llamadas pasan a lo que viene después.
cf-step-on = Paso activado de nuevo.
cf-remove-step = Quitar paso
cf-step-removed = Paso quitado (Deshacer lo recupera).
cf-step-added = Paso añadido.
cf-step-changed = Paso modificado.
cf-undo = Deshacer
cf-redo = Rehacer
cf-undone = Deshecho.
cf-redone = Rehecho.
cf-save = Guardar
cf-saved = Guardado.
cf-delete = Eliminar
cf-delete-question = ¿Eliminar este flujo de llamada? Las llamadas a { $numbers } no llegarán a ninguna parte hasta que otro flujo de llamada las atienda.
cf-delete-question-no-numbers = ¿Eliminar este flujo de llamada?
cf-delete-yes = Eliminar flujo de llamada
cf-deleted = Se ha eliminado { $name }.
cf-made-elsewhere-smartpbx = Smart PBX gestiona este flujo de llamada.
cf-made-elsewhere-other = Otra aplicación gestiona este flujo de llamada.
cf-made-elsewhere-what-happens = Si se guarda aquí, queda marcado como editado en Callflows: la aplicación que lo creó puede dejar de gestionarlo o deshacer su cambio la próxima vez que guarde. Se muestra en modo de solo lectura hasta que decida editarlo.
cf-open-in-smartpbx = Abrirlo en Smart PBX
cf-edit-anyway = Editarlo aquí de todos modos
cf-turned-off = (desactivado)
cf-branches-folded = { $count ->
    [one] 1 rama oculta
   *[other] { $count } ramas ocultas
}
cf-fold = Plegar ramas
cf-unfold = Mostrar ramas
cf-not-chosen = aún sin elegir
cf-default-timezone = zona horaria de la cuenta
cf-unreadable-step = Paso ilegible
cf-other-module = Módulo «{ $module }»

## Ramas
cf-branch = Rama
cf-branch-typed = Valor
cf-branch-typed-hint = Dejar vacío para la rama predeterminada.
cf-branch-default-action = Acción predeterminada
cf-branch-timeout = Tiempo agotado
cf-branch-key = Tecla { $key }
cf-branch-all-other-times = Resto del tiempo
cf-branch-default = Predeterminada
cf-branch-value = «{ $value }»
cf-no-free-branch = Todas las ramas de este paso están ocupadas: quite una primero.

## Añadir y editar un paso
cf-add-title = Añadir acción
cf-add-named = Añadir { $action }
cf-search-actions = Buscar acciones
cf-add-step = Añadir paso
cf-back = Atrás
cf-edit-named = Editar { $action }
cf-apply = Aplicar
cf-module-docs = Documentación de KAZOO sobre «{ $module }»
cf-open-target = Abrir ese flujo de llamada
cf-other-module-title = Otro módulo
cf-other-module-hint = Cualquier módulo de flujo de llamada de KAZOO, configurado como JSON (sus ajustes se describen en la documentación de callflows de KAZOO).
cf-other-module-name = Nombre del módulo
cf-other-module-use = Usar este módulo
cf-step-nothing-to-set = Este paso no tiene nada que configurar.
cf-step-json = Ajustes como JSON
cf-step-as-json = Editar como JSON
cf-step-as-fields = Editar como campos
cf-json-invalid = JSON no válido: { $error }
cf-json-not-object = Los ajustes deben ser un objeto JSON ({ "{" } … { "}" }).
cf-field-whole-number = { $field } debe ser un número entero.
cf-field-choose = Elija { $field }.
cf-field-json = { $field } no es un JSON válido: { $error }
cf-silence = Silencio

## Errores al editar
cf-error-not-found = Ese paso ya no existe.
cf-error-key-taken = La rama { $key } ya está ocupada.
cf-error-no-child = Este paso termina la llamada: no puede haber nada después.
cf-error-into-itself = Un paso no puede moverse dentro de sus propias ramas.
cf-error-root-taken = El flujo de llamada ya tiene un primer paso.
cf-error-empty-key = Indique un valor para la rama.
cf-error-choose-branch = Ese paso tiene ramas: use «Añadir acción» en él para elegir la rama.
cf-error-no-number = Añada al menos un número: sin ninguno, nada llega a este flujo de llamada.
cf-error-number-twice = { $number } aparece dos veces.
cf-error-number-taken = { $number } ya llega a otro flujo de llamada.

## Nombres de acciones en el inspector
action-open-callflow = Abrir flujo de llamada
action-read-callflow-context = Leer los números y los horarios del flujo de llamada
action-save-callflow = Guardar el flujo de llamada { $name }
action-delete-callflow = Eliminar el flujo de llamada { $name }
action-list-for-step = Listar { $what }

## Categorías de la paleta (en el orden de Monster)
cf-category-basic = Básicas
cf-category-advanced = Avanzadas
cf-category-time-of-day = Horarios
cf-category-ring-group-toggle = Entrar y salir de grupos de timbre
cf-category-hotdesking = Puesto compartido (hot desking)
cf-category-do-not-disturb = No molestar
cf-category-caller-id = Identificador de llamada
cf-category-call-recording = Grabación de llamadas
cf-category-call-forwarding = Desvío de llamadas

## Acciones, por la clave del registro de Monster (ver `FeatureCode::label_key`)
cf-action-play-id = Audio
cf-action-ring-group = Grupo de timbre
cf-action-conference-id = Conferencia
cf-action-user-id = Usuario
cf-action-voicemail-id = Buzón de voz
cf-action-voicemail-id-action-compose = Buzón de voz
cf-action-menu-id = Menú de voz
cf-action-device-id = Dispositivo
cf-action-callflow-id = Flujo de llamada
cf-action-set-alert-info = Timbre distintivo
cf-action-page-group = Grupo de megafonía
cf-action-qubicle-id = Qubicle
cf-action-missed-call-alert = Aviso de llamada perdida
cf-action-set-variables = Definir CAV
cf-action-manual-presence = Presencia manual
cf-action-tts = Texto a voz
cf-action-sleep = Pausa
cf-action-language = Idioma
cf-action-group-pickup = Captura de grupo
cf-action-receive-fax = Recibir fax
cf-action-pivot = Pivot
cf-action-disa = DISA
cf-action-collect-dtmf = Recoger DTMF
cf-action-response = Respuesta
cf-action-conference = Servicio de conferencias
cf-action-voicemail-action-check = Consultar buzón de voz
cf-action-faxbox-id = Buzón de fax
cf-action-offnet = Operador global
cf-action-resources = Operador de la cuenta
cf-action-directory-id = Directorio
cf-action-webhook = Webhook
cf-action-branch-variable = Ramificar por variable
cf-action-temporal-route = Horarios
cf-action-temporal-route-action-disable = Desactivar horarios
cf-action-temporal-route-action-enable = Activar horarios
cf-action-temporal-route-action-reset = Restablecer horarios
cf-action-ring-group-toggle-action-login = Entrar en grupo de timbre
cf-action-ring-group-toggle-action-logout = Salir de grupo de timbre
cf-action-hotdesk-action-login = Iniciar sesión en puesto compartido
cf-action-hotdesk-action-logout = Cerrar sesión en puesto compartido
cf-action-hotdesk-action-toggle = Alternar puesto compartido
cf-action-do-not-disturb-action-activate = Activar no molestar
cf-action-do-not-disturb-action-deactivate = Desactivar no molestar
cf-action-do-not-disturb-action-toggle = Alternar no molestar
cf-action-dynamic-cid = Identificador de llamada dinámico
cf-action-prepend-cid-action-prepend = Añadir prefijo al identificador de llamada
cf-action-prepend-cid-action-reset = Quitar prefijo del identificador de llamada
cf-action-record-call-action-start = Iniciar grabación de llamada
cf-action-record-call-action-stop = Detener grabación de llamada
cf-action-call-forward-action-activate = Activar desvío de llamadas
cf-action-call-forward-action-deactivate = Desactivar desvío de llamadas
cf-action-call-forward-action-update = Cambiar desvío de llamadas

## Ajustes de un paso, por la clave que configuran
cf-field-id = Destino
cf-field-timeout = Sonar durante (segundos)
cf-field-can-call-self = Puede llamarse a sí mismo
cf-field-name = Nombre del grupo
cf-field-strategy = Cómo suenan los miembros
cf-field-repeats = Repeticiones
cf-field-endpoints = Miembros (JSON)
cf-field-alert-info = Información de alerta (Alert-Info)
cf-field-audio = Audio
cf-field-recipients = Destinatarios (JSON)
cf-field-custom-application-vars = Variables (JSON)
cf-field-presence-id = ID de presencia
cf-field-status = Estado
cf-field-text = Texto
cf-field-duration = Duración
cf-field-unit = Unidad
cf-field-language = Idioma
cf-field-owner-id = Propietario
cf-field-media = Opciones de audio (JSON)
cf-field-voice-url = URL de voz
cf-field-method = Método
cf-field-req-format = Formato de la solicitud
cf-field-req-timeout = Tiempo de espera de la solicitud (segundos)
cf-field-pin = PIN
cf-field-use-account-caller-id = Usar el identificador de llamada de la cuenta
cf-field-code = Código
cf-field-message = Mensaje
cf-field-action = Acción
cf-field-uri = URL
cf-field-http-verb = Método HTTP
cf-field-retries = Reintentos
cf-field-custom-data = Datos personalizados (JSON)
cf-field-scope = Ámbito
cf-field-variable = Variable (lista JSON de las partes de la ruta)
cf-field-rules = Reglas (lista JSON de ids de reglas)
cf-field-callflow-id = Flujo de llamada con el grupo de timbre
cf-field-caller-id-name-prefix = Prefijo del nombre en el identificador de llamada
cf-field-caller-id-number-prefix = Prefijo del número en el identificador de llamada
cf-field-apply-to = Aplicar a
cf-field-format = Formato
cf-field-time-limit = Límite de tiempo (segundos)
cf-field-timezone = Zona horaria

## La guía paso a paso de la lista de Callflows
cf-recipe-title = Cómo crear un submenú para su número principal («pulse 1 para ventas…»)
cf-recipe-groups = En Smart PBX, cree un grupo de timbre para cada opción que tendrán quienes llamen.
cf-recipe-groups-link = Smart PBX › Grupos
cf-recipe-new = Aquí, cree un flujo de llamada nuevo y asígnele una extensión (se llega a él a través del número principal, así que no necesita un número de teléfono propio).
cf-recipe-menu = Añada un paso «Menú de voz»; elija un menú de voz o cree uno con «Nuevo menú de voz…».
cf-recipe-keys = Seleccione el menú de voz y, para cada tecla, elija «Añadir acción» › «Flujo de llamada» y el flujo de llamada de ese grupo de timbre: así, los cambios que haga en Smart PBX en los miembros y el orden del grupo se aplican también al menú.
cf-recipe-list = Ponga nombre al flujo de llamada, marque «Mostrar este flujo de llamada en Número principal» y guárdelo.
cf-recipe-main-number = En Smart PBX › Número principal, elíjalo para las horas en que deba contestar.
cf-recipe-main-number-link = Smart PBX › Número principal

## La rama de un paso de horarios
cf-branch-time = En estos horarios
cf-new-time-of-day = Nuevo horario…

## Otras pantallas de Callflows
cf-tools = Más en Callflows
cf-tile-time-of-day = Horarios
cf-tile-time-of-day-text = Horario de oficina, festivos y otros momentos según los que se ramifica un flujo de llamada.

## Un paso escrito como JSON, comprobado con el esquema de KAZOO para su módulo
cf-json-schema-refused = El esquema de KAZOO para este paso lo rechaza: { $problems }
cf-json-no-schema = KAZOO no publica ningún esquema para este módulo; el paso se guarda tal como se ha escrito.
action-check-step = Comprobar un paso { $module } con el esquema de KAZOO
cf-manage-users = Las personas se añaden y modifican en Smart PBX › Usuarios
cf-manage-devices = Los teléfonos se añaden y modifican en Smart PBX › Dispositivos
cf-manage-vmboxes = Los buzones de voz se añaden y modifican en Smart PBX › Buzones de voz

## Los miembros de un paso de grupo de timbre o de megafonía
cf-members = Miembros
cf-members-none = Aún no hay miembros.
cf-members-people = Personas
cf-members-phones = Teléfonos
cf-members-groups = Grupos
cf-member-add = Añadir un miembro
cf-member-add-button = Añadir miembro
cf-member-delay = { $name }: empieza a sonar tras (segundos)
cf-member-timeout = { $name }: suena durante (segundos)
cf-member-up = Subir { $name }
cf-member-down = Bajar { $name }
cf-member-remove = Quitar { $name }
cf-choice-simultaneous = Todos a la vez
cf-choice-single = Uno tras otro
cf-choice-one-way = En un sentido (avisos)
cf-choice-two-way = En ambos sentidos (intercomunicador)
cf-choice-get = GET (datos en la dirección)
cf-choice-post = POST (datos en el cuerpo)
cf-choice-put = PUT (datos en el cuerpo)
action-list-group-members = Listar personas, teléfonos y grupos
cf-rules-chosen = Horarios en los que actúa
cf-rules-none = Aún no hay horarios: créelos en Callflows › Horarios.
action-list-time-of-day = Listar los horarios
