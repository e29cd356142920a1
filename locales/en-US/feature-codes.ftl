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

## Each standard code's name in words, keyed by its `featurecode.name` (see
## `FeatureCode::label_key`); a code without a line here shows its stored name.
fc-name-directed-ext-pickup = Pick up a call ringing at an extension
fc-name-call-forward-action-activate = Call forward — turn on
fc-name-call-forward-action-deactivate = Call forward — turn off
fc-name-call-forward-action-toggle = Call forward — turn on or off
fc-name-call-forward-action-update = Call forward — update
fc-name-hotdesk-action-login = Hot desking — log in
fc-name-hotdesk-action-logout = Hot desking — log out
fc-name-hotdesk-action-toggle = Hot desking — log in or out
fc-name-voicemail-action-check = Voicemail — check messages
fc-name-voicemail-single-mailbox-login = Voicemail — check your own box
fc-name-voicemail-action-direct = Voicemail — leave a message in a box
fc-name-intercom = Intercom
fc-name-privacy-mode-full = Privacy — hide caller ID
fc-name-park-and-retrieve = Park or retrieve a call
fc-name-valet = Park a call (valet)
fc-name-retrieve = Retrieve a parked call
fc-name-move = Move a call to another phone
fc-name-do-not-disturb-action-toggle = Do not disturb — turn on or off
