## Smart PBX › Registro de llamadas: tramos, registros y exportación CSV
col-call-details = Detalles
call-legs-show = Tramos
call-legs-label = Tramos de esta llamada
call-leg-summary = { $from } → { $to }, { $duration }, { $hangup }
cdr-details = Todos los detalles
cdr-details-of = Todos los detalles de este tramo de la llamada, tal como los registró el sistema telefónico
action-open-call-legs = Abrir los tramos de la llamada
action-open-cdr = Abrir todos los detalles de un tramo de llamada
action-export-call-logs = Exportar el registro de llamadas en CSV
call-logs-export = Exportar CSV
call-logs-csv-ready = CSV { $count ->
    [one] de una llamada
   *[other] de { $count } llamadas
} listo.
call-logs-csv-download = Descargar { $name }
call-logs-csv-failed = El navegador no ha podido preparar el archivo.

## Por qué terminó un tramo de llamada (su `hangup_cause`, los nombres de FreeSWITCH para las
## causas Q.850), en palabras; una causa sin línea aquí se muestra tal como está guardada.
hangup-NORMAL_CLEARING = finalizada con normalidad
hangup-NORMAL_UNSPECIFIED = finalizada
hangup-ORIGINATOR_CANCEL = quien llamaba colgó antes de que se contestara
hangup-NO_ANSWER = sin respuesta
hangup-NO_USER_RESPONSE = el teléfono no respondió
hangup-USER_BUSY = ocupado
hangup-CALL_REJECTED = rechazada
hangup-UNALLOCATED_NUMBER = el número no existe
hangup-INVALID_NUMBER_FORMAT = número no válido
hangup-NO_ROUTE_DESTINATION = no hay ruta hacia ese número
hangup-DESTINATION_OUT_OF_ORDER = el otro extremo está fuera de servicio
hangup-SUBSCRIBER_ABSENT = teléfono no localizable
hangup-USER_NOT_REGISTERED = teléfono no conectado
hangup-NORMAL_TEMPORARY_FAILURE = fallo temporal de la red
hangup-NETWORK_OUT_OF_ORDER = red fuera de servicio
hangup-RECOVERY_ON_TIMER_EXPIRE = tiempo de espera agotado
hangup-MEDIA_TIMEOUT = se perdió el sonido
hangup-ALLOTTED_TIMEOUT = se alcanzó el límite de tiempo
hangup-LOSE_RACE = contestada en otro teléfono
hangup-PICKED_OFF = capturada por otra persona
hangup-ATTENDED_TRANSFER = transferida
hangup-BLIND_TRANSFER = transferida
hangup-INCOMPATIBLE_DESTINATION = el otro extremo no podía aceptar la llamada
hangup-BEARERCAPABILITY_NOTAVAIL = el tipo de llamada no está disponible
hangup-OUTGOING_CALL_BARRED = llamadas salientes no permitidas
hangup-INCOMING_CALL_BARRED = llamadas entrantes no permitidas
call-logs-person = Persona
call-logs-everyone = Todos
call-logs-direction = Sentido
call-logs-both-ways = Entrantes y salientes
