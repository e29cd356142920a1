## Smart PBX › Feature Codes: the standard-set bootstrap
fc-missing-title = { $count ->
    [one] One standard feature code is missing
   *[other] { $count } standard feature codes are missing
}
fc-missing-intro = Smart PBX creates these when they are missing, so phones can dial them. Create them now, exactly as Smart PBX would:
fc-create-missing = Create the missing feature codes
action-create-feature-codes = Create { $count } missing feature codes
fc-created = { $count ->
    [one] Created one feature code.
   *[other] Created { $count } feature codes.
}
fc-create-failed = Not created: { $names }.
