## Smart PBX › Journal des appels : segments, enregistrements détaillés et export CSV
col-call-details = Détails
call-legs-show = Segments
call-legs-label = Segments de cet appel
call-leg-summary = { $from } → { $to }, { $duration }, { $hangup }
cdr-details = Tous les détails
cdr-details-of = Tous les détails de ce segment de l'appel, tels qu'enregistrés par le système téléphonique
action-open-call-legs = Ouvrir les segments de l'appel
action-open-cdr = Ouvrir tous les détails d'un segment d'appel
action-export-call-logs = Exporter le journal des appels en CSV
call-logs-export = Exporter en CSV
call-logs-csv-ready = Fichier CSV { $count ->
    [one] de { $count } appel
   *[other] de { $count } appels
} prêt.
call-logs-csv-download = Télécharger { $name }
call-logs-csv-failed = Le navigateur n'a pas pu préparer le fichier.

## Pourquoi un segment d'appel s'est terminé (son `hangup_cause`, les noms FreeSWITCH des causes Q.850),
## en clair ; une cause sans ligne ici s'affiche telle qu'enregistrée.
hangup-NORMAL_CLEARING = terminé normalement
hangup-NORMAL_UNSPECIFIED = terminé
hangup-ORIGINATOR_CANCEL = l'appelant a raccroché avant la réponse
hangup-NO_ANSWER = sans réponse
hangup-NO_USER_RESPONSE = aucune réponse du téléphone
hangup-USER_BUSY = occupé
hangup-CALL_REJECTED = refusé
hangup-UNALLOCATED_NUMBER = numéro inexistant
hangup-INVALID_NUMBER_FORMAT = numéro non valide
hangup-NO_ROUTE_DESTINATION = aucune route vers ce numéro
hangup-DESTINATION_OUT_OF_ORDER = le correspondant est hors service
hangup-SUBSCRIBER_ABSENT = téléphone injoignable
hangup-USER_NOT_REGISTERED = téléphone non connecté
hangup-NORMAL_TEMPORARY_FAILURE = défaillance temporaire du réseau
hangup-NETWORK_OUT_OF_ORDER = réseau hors service
hangup-RECOVERY_ON_TIMER_EXPIRE = délai dépassé
hangup-MEDIA_TIMEOUT = perte du son
hangup-ALLOTTED_TIMEOUT = durée maximale atteinte
hangup-LOSE_RACE = répondu sur un autre téléphone
hangup-PICKED_OFF = intercepté par quelqu'un d'autre
hangup-ATTENDED_TRANSFER = transféré
hangup-BLIND_TRANSFER = transféré
hangup-INCOMPATIBLE_DESTINATION = le correspondant n'a pas pu accepter l'appel
hangup-BEARERCAPABILITY_NOTAVAIL = ce type d'appel n'est pas disponible
hangup-OUTGOING_CALL_BARRED = appels sortants non autorisés
hangup-INCOMING_CALL_BARRED = appels entrants non autorisés
call-logs-person = Personne
call-logs-everyone = Tout le monde
call-logs-direction = Sens
call-logs-both-ways = Entrants et sortants
