## Smart PBX › Call Logs: legs, records and CSV export
col-call-details = Details
call-legs-show = Legs
call-legs-label = Legs of this call
call-leg-summary = { $from } → { $to }, { $duration }, { $hangup }
cdr-details = Record
cdr-details-of = Record { $id }
action-open-call-legs = Open call legs
action-open-cdr = Open call record
action-export-call-logs = Export call logs as CSV
call-logs-export = Export CSV
call-logs-csv-ready = CSV of { $count } call records ready.
call-logs-csv-download = Download { $name }
call-logs-csv-failed = The browser could not prepare the file.
