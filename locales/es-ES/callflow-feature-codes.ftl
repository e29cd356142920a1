## Callflows › Códigos de función (editables)
cfc-title = Códigos de función
cfc-tile = Los códigos con asterisco que marcan los teléfonos: desvío de llamadas, aparcamiento, buzón de voz…
cfc-intro = Los códigos con asterisco que pueden marcar los teléfonos. Active o desactive un código, o cambie sus dígitos, y después guarde. Smart PBX usa los mismos códigos.
cfc-col-on = Activado
cfc-digits-for = Dígitos de { $code }
cfc-on-for = { $code } activado
cfc-parking = Tiempos de espera…
cfc-parking-for = Tiempos de espera del aparcamiento de { $code }
cfc-parking-title = Tiempos de espera del aparcamiento: { $code }
cfc-callback = Hacer sonar el teléfono de quien aparcó la llamada al cabo de (segundos)
cfc-ringback = Seguir sonando durante (segundos)
cfc-empty-default = Si se deja vacío, se usa el valor predeterminado del sistema.
cfc-parking-seconds = Los tiempos de espera deben ser un número entero de segundos.
cfc-nothing-changed = No ha cambiado nada.
cfc-bad-digits = Solo dígitos (y * en los códigos que admiten más dígitos detrás): { $codes }.
cfc-not-saved = No se ha guardado: { $codes }. El resto sí se ha guardado; la lista muestra lo que hay guardado ahora.
action-save-feature-codes = Guardar { $count ->
    [one] un código de función
   *[other] { $count } códigos de función
}
action-open-parking = Abrir los tiempos de espera del aparcamiento
action-save-parking = Guardar los tiempos de espera del aparcamiento
