nav-doctor = Compatibility doctor
doctor-title = Compatibility doctor
doctor-intro = Looks through this account for documents that Smart PBX or Callflows would misread — often made by hand, by scripts or by older tools — and says how to mend each. Nothing changes until you choose a fix.
doctor-scan = Scan
doctor-stop = Stop
doctor-progress = Reading callflows: { $read } of { $count }…
doctor-found = { $count ->
    [0] No problems found.
    [one] 1 problem found.
   *[other] { $count } problems found
}
doctor-stopped = (Stopped before the end: scan again to see everything.)
doctor-fixed = Fixed.
action-doctor-scan = Scan { $account } for compatibility problems
doctor-group-type = The ring group callflow “{ $name }” has no type, so Smart PBX leaves its group out of the Groups list.
doctor-vmbox-owner = The voicemail box “{ $name }” belongs to a user who no longer exists.
doctor-user-vmbox = { $name } has no voicemail box, so unanswered calls to them cannot leave a message.
doctor-user-callflow = { $name } has no main callflow, so nobody can call them by extension.
doctor-main-rule = The main number routes by a time-of-day rule that no longer exists ({ $rule }).
doctor-step-target = In the callflow “{ $name }”, a { $module } step sends calls to something that no longer exists ({ $target }).
doctor-number-twice = { $number } is on { $count } callflows; which one rings is up to the server.
doctor-unstamped = “{ $name }” is one of Smart PBX's callflows but is not marked as Smart PBX's (no ui_metadata), so Smart PBX treats it as made elsewhere.
doctor-fix-group-type = Mark “{ $name }” as a ring group callflow
doctor-fix-vmbox-owner = Clear the owner of “{ $name }”
doctor-fix-user-vmbox = Give { $name } a voicemail box
doctor-fix-main-rule = Stop routing by rule { $rule }
doctor-fix-unstamped = Mark “{ $name }” as Smart PBX's
doctor-open-user = Open { $name }
doctor-open-callflow = Open “{ $name }” in Callflows
doctor-open-number = Open the first callflow with { $number }
doctor-device-owner = The device “{ $name }” is assigned to a user who no longer exists.
doctor-fix-device-owner = Make “{ $name }” unassigned
