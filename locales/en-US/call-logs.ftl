## Smart PBX › Call Logs: legs, records and CSV export
col-call-details = Details
call-legs-show = Legs
call-legs-label = Legs of this call
call-leg-summary = { $from } → { $to }, { $duration }, { $hangup }
cdr-details = All details
cdr-details-of = All details of this leg of the call, as the phone system logged it
action-open-call-legs = Open call legs
action-open-cdr = Open all details of a call leg
action-export-call-logs = Export call logs as CSV
call-logs-export = Export CSV
call-logs-csv-ready = CSV of { $count ->
    [one] one call
   *[other] { $count } calls
} ready.
call-logs-csv-download = Download { $name }
call-logs-csv-failed = The browser could not prepare the file.

## Why a call leg ended (its `hangup_cause`, FreeSWITCH's names for Q.850 causes), in
## words; a cause without a line here shows as stored.
hangup-NORMAL_CLEARING = ended normally
hangup-NORMAL_UNSPECIFIED = ended
hangup-ORIGINATOR_CANCEL = caller hung up before it was answered
hangup-NO_ANSWER = not answered
hangup-NO_USER_RESPONSE = no response from the phone
hangup-USER_BUSY = busy
hangup-CALL_REJECTED = declined
hangup-UNALLOCATED_NUMBER = number does not exist
hangup-INVALID_NUMBER_FORMAT = number not valid
hangup-NO_ROUTE_DESTINATION = no route to that number
hangup-DESTINATION_OUT_OF_ORDER = the other end is out of service
hangup-SUBSCRIBER_ABSENT = phone not reachable
hangup-USER_NOT_REGISTERED = phone not connected
hangup-NORMAL_TEMPORARY_FAILURE = temporary network failure
hangup-NETWORK_OUT_OF_ORDER = network out of service
hangup-RECOVERY_ON_TIMER_EXPIRE = timed out
hangup-MEDIA_TIMEOUT = sound was lost
hangup-ALLOTTED_TIMEOUT = time limit reached
hangup-LOSE_RACE = answered on another phone
hangup-PICKED_OFF = picked up by someone else
hangup-ATTENDED_TRANSFER = transferred
hangup-BLIND_TRANSFER = transferred
hangup-INCOMPATIBLE_DESTINATION = the other end could not take the call
hangup-BEARERCAPABILITY_NOTAVAIL = the call type is not available
hangup-OUTGOING_CALL_BARRED = outgoing calls not allowed
hangup-INCOMING_CALL_BARRED = incoming calls not allowed
call-logs-person = Person
call-logs-everyone = Everyone
call-logs-direction = Direction
call-logs-both-ways = Incoming and outgoing
