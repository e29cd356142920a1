## Smart PBX › Códigos de función: creación del conjunto estándar
fc-missing-title = { $count ->
    [one] Falta un código de función estándar
   *[other] Faltan { $count } códigos de función estándar
}
fc-missing-intro = Smart PBX los crea cuando faltan, para que los teléfonos puedan marcarlos. Créelos ahora, tal como lo haría Smart PBX:
fc-create-missing = Crear los códigos de función que faltan
action-create-feature-codes = Crear los { $count } códigos de función que faltan
fc-created = { $count ->
    [one] Se ha creado un código de función.
   *[other] Se han creado { $count } códigos de función.
}
fc-create-failed = No se han creado: { $names }.

## El nombre de cada código estándar en palabras, según su `featurecode.name` (véase
## `FeatureCode::label_key`); un código sin línea aquí muestra su nombre guardado.
fc-name-directed-ext-pickup = Capturar una llamada que suena en una extensión
fc-name-call-forward-action-activate = Desvío de llamadas: activar
fc-name-call-forward-action-deactivate = Desvío de llamadas: desactivar
fc-name-call-forward-action-toggle = Desvío de llamadas: activar o desactivar
fc-name-call-forward-action-update = Desvío de llamadas: cambiar el número
fc-name-hotdesk-action-login = Puesto compartido (hot desking): iniciar sesión
fc-name-hotdesk-action-logout = Puesto compartido (hot desking): cerrar sesión
fc-name-hotdesk-action-toggle = Puesto compartido (hot desking): iniciar o cerrar sesión
fc-name-voicemail-action-check = Buzón de voz: consultar los mensajes
fc-name-voicemail-single-mailbox-login = Buzón de voz: consultar el propio buzón
fc-name-voicemail-action-direct = Buzón de voz: dejar un mensaje en un buzón
fc-name-intercom = Intercomunicador
fc-name-privacy-mode-full = Privacidad: ocultar el identificador de llamada
fc-name-park-and-retrieve = Aparcar o recuperar una llamada
fc-name-valet = Aparcar una llamada (valet)
fc-name-retrieve = Recuperar una llamada aparcada
fc-name-move = Pasar una llamada a otro teléfono
fc-name-do-not-disturb-action-toggle = No molestar: activar o desactivar
