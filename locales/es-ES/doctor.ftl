nav-doctor = Diagnóstico de compatibilidad
doctor-title = Diagnóstico de compatibilidad
doctor-intro = Revisa esta cuenta en busca de documentos que Smart PBX o Callflows interpretarían mal (a menudo creados a mano, con scripts o con herramientas antiguas) e indica cómo reparar cada uno. No se cambia nada hasta que usted elija una solución.
doctor-scan = Analizar
doctor-stop = Detener
doctor-progress = Leyendo flujos de llamada: { $read } de { $count }…
doctor-found = { $count ->
    [0] No se ha encontrado ningún problema.
    [one] Se ha encontrado 1 problema.
   *[other] Se han encontrado { $count } problemas.
}
doctor-stopped = (Detenido antes de terminar: vuelva a analizar para verlo todo.)
doctor-fixed = Reparado.
action-doctor-scan = Analizar { $account } en busca de problemas de compatibilidad
doctor-group-type = El flujo de llamada del grupo de timbre «{ $name }» no tiene tipo, así que Smart PBX no incluye su grupo en la lista de Grupos.
doctor-vmbox-owner = El buzón de voz «{ $name }» pertenece a un usuario que ya no existe.
doctor-user-vmbox = { $name } no tiene buzón de voz, así que no se le pueden dejar mensajes cuando no contesta.
doctor-user-callflow = { $name } no tiene flujo de llamada principal, así que nadie puede llamarle por su extensión.
doctor-main-rule = El número principal enruta según una regla de horarios que ya no existe ({ $rule }).
doctor-step-target = En el flujo de llamada «{ $name }», un paso de tipo { $module } envía las llamadas a algo que ya no existe ({ $target }).
doctor-number-twice = { $number } está en { $count } flujos de llamada; cuál de ellos suena lo decide el servidor.
doctor-unstamped = «{ $name }» es uno de los flujos de llamada de Smart PBX, pero no está marcado como de Smart PBX (no tiene ui_metadata), así que Smart PBX lo trata como creado en otro lugar.
doctor-fix-group-type = Marcar «{ $name }» como flujo de llamada de grupo de timbre
doctor-fix-vmbox-owner = Quitar el propietario de «{ $name }»
doctor-fix-user-vmbox = Dar un buzón de voz a { $name }
doctor-fix-main-rule = Dejar de enrutar según la regla { $rule }
doctor-fix-unstamped = Marcar «{ $name }» como de Smart PBX
doctor-open-user = Abrir { $name }
doctor-open-callflow = Abrir «{ $name }» en Callflows
doctor-open-number = Abrir el primer flujo de llamada con { $number }
doctor-device-owner = El dispositivo «{ $name }» está asignado a un usuario que ya no existe.
doctor-fix-device-owner = Dejar «{ $name }» sin asignar
