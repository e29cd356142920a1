## Callflows › Feature codes (editable)
cfc-title = Feature codes
cfc-tile = Star codes phones dial: call forwarding, parking, voicemail…
cfc-intro = The star codes phones can dial. Turn a code on or off, or change its digits, then save. Smart PBX uses the same codes.
cfc-col-on = On
cfc-digits-for = Digits for { $code }
cfc-on-for = { $code } on
cfc-parking = Timeouts…
cfc-parking-for = Parking timeouts for { $code }
cfc-parking-title = Parking timeouts: { $code }
cfc-callback = Ring the person who parked a call after (seconds)
cfc-ringback = Keep ringing them for (seconds)
cfc-empty-default = Empty uses the system's default.
cfc-parking-seconds = The timeouts must be whole numbers of seconds.
cfc-nothing-changed = Nothing has changed.
cfc-bad-digits = Digits only (and * in codes that take more digits after them): { $codes }.
cfc-not-saved = Not saved: { $codes }. The rest was saved; the list shows what is stored now.
action-save-feature-codes = Save { $count ->
    [one] one feature code
   *[other] { $count } feature codes
}
action-open-parking = Open parking timeouts
action-save-parking = Save parking timeouts
