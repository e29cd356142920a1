## Smart PBX › a user's settings (role, call forward, presence, caller ID, voicemail, devices)

user-settings-title = Settings and features
action-open-user-settings = Open { $name }'s settings
user-locale-title = Role and language
user-locale-save = Save role and language
action-save-user-locale = Save role and language of { $name }
user-role = Role
user-timezone = Timezone
user-timezone-inherit = Account's timezone
user-language = Language
user-language-auto = Account's language

call-forward-title = Call forward
call-forward-save = Save call forward
action-save-call-forward = Save call forward of { $name }
call-forward-mode = When to forward calls
call-forward-off = Never
call-forward-always = Always
call-forward-failover = Only when my devices don't answer
call-forward-number = Forward to number
call-forward-number-invalid = Enter a phone number: digits, optionally starting with +.
call-forward-require-keypress = Ask to press a key before connecting
call-forward-keep-caller-id = Show the original caller's number
call-forward-direct-only = Only forward calls made directly to me

presence-title = Do not disturb and hot desking
presence-save = Save do not disturb and hot desking
action-save-presence = Save do not disturb and hot desking of { $name }
dnd-enabled = Do not disturb
hotdesk-enabled = Hot desking
hotdesk-id = Hot desk ID
hotdesk-id-invalid = Enter the digits people dial to log in here.
hotdesk-require-pin = Require a PIN to log in
hotdesk-pin = Hot desk PIN
hotdesk-pin-invalid = A PIN is digits only, and required when a PIN is asked for.
hotdesk-keep-elsewhere = Stay logged in on other phones

user-caller-id-title = Caller ID and music on hold
user-caller-id-save = Save caller ID and music on hold
action-save-user-caller-id = Save caller ID and music on hold of { $name }
user-caller-id-number = Outbound caller ID
user-caller-id-none = The account's caller ID
moh-media = Music on hold
moh-default = The account's music on hold

voicemail-title = Voicemail
voicemail-save = Save voicemail
action-save-voicemail = Save voicemail of { $name }
voicemail-no-box = This user has no voicemail box.
voicemail-not-in-callflow = The user's callflow has no voicemail step, so voicemail cannot be switched on here.
voicemail-enabled = Voicemail on
voicemail-to-email = Send voicemails to email
voicemail-include-message = Attach the message to the email
voicemail-delete-after = Delete the message once emailed
voicemail-transcribe = Transcribe messages

user-devices-title = Devices
user-devices-none = No device is assigned to this user.
devices-spare = Unassigned devices
devices-choose-spare = Choose a device
device-assign = Assign device
device-unassign = Unassign { $name }
action-assign-device = Assign { $device } to { $name }
action-unassign-device = Unassign { $device } from { $name }

user-create-vmbox = Create a voicemail box
user-in-directory = List in the company directory
user-send-email = Email the new user their login details

numbers-title = Extensions and numbers
numbers-save = Save extensions and numbers
action-save-user-numbers = Save extensions and numbers of { $name }
numbers-no-callflow = This user has no Smart PBX callflow, so its numbers are edited in Advanced Callflows.
numbers-extensions = Extensions
numbers-extension-n = Extension { $n }
numbers-remove-extension = Remove extension { $n }
numbers-add-extension = Add an extension
numbers-phone-numbers = Phone numbers
numbers-remove-number = Remove { $number }
numbers-spare = Spare numbers
numbers-choose-spare = Choose a number
numbers-add-number = Add number
numbers-bad-extension = Extension { $n } must be 1 to 6 digits.
numbers-duplicate = { $number } is listed twice.
numbers-main-missing = Keep the main extension { $number }, or change the main extension in the form above first.
numbers-empty = Keep at least one extension or number.
user-phone-legend = Desk phone (optional)
user-phone-none = No phone
user-phone-brand = Phone brand
user-phone-model = Phone model
user-phone-name = Phone name
user-phone-mac = Phone MAC address
user-phone-mac-hint = Twelve hexadecimal digits, e.g. 00:04:f2:aa:bb:cc; the phone fetches its settings by it.
user-phone-loading = Loading the phone catalogue…
user-phone-no-provisioner = No phone provisioner is configured, so a phone can be added later on the Devices screen.
user-phone-unavailable = The phone catalogue could not be read, so a phone can be added later on the Devices screen.
action-load-phones = Load phone catalogue
user-directory-title = Company directory
user-directory-save = Save company directory
user-directory-hint = Callers who use the company directory can find this person by name.
user-directory-no-callflow = This person has no main callflow, so the company directory has nothing to connect callers to.
action-save-user-directory = Save company directory listing of { $name }

## How calls reach the user (ringing time, find me follow me)

action-save-ringing = Save how calls reach { $name }
ringing-title = How calls reach this person
ringing-save = Save ringing
ringing-mode = Ring
ringing-all = All their phones at once
ringing-find-me = Find me, follow me: the phones chosen below, each after its own delay
ringing-timeout = Ring for, in seconds
ringing-timeout-hint = Then the call goes to voicemail, if they have it.
ringing-timeout-invalid = Use a whole number of seconds from 5 to 600.
ringing-phones = Phones to ring
ringing-phone = Phone
ringing-ring-phone = Ring { $name }
ringing-phone-gone = A phone no longer assigned
ringing-phone-times-invalid = Not saved: each phone's delay and ring time must be whole seconds up to 600, and it must ring for at least 1 second.
ringing-choose-a-phone = Not saved: choose at least one phone to ring, or ring all their phones at once.
ringing-no-phones = This person has no phones yet. Assign one under Devices first.
ringing-made-elsewhere = Calls to this person are routed in a way Smart PBX does not edit; change it in Callflows.

## Call recording for one person

action-save-user-recording = Save call recording of { $name }
user-recording-title = Call recording
user-recording-save = Save call recording
user-recording-enabled = Record this person's calls
user-recording-inbound-offnet = Calls from outside the company
user-recording-inbound-onnet = Calls from colleagues
user-recording-outbound-offnet = Calls they make outside the company
user-recording-outbound-onnet = Calls they make to colleagues
user-recording-account = As the account does
user-recording-on = Record
user-recording-off = Do not record

## Giving a person a voicemail box

action-add-voicemail-box = Give { $name } a voicemail box
voicemail-add-box = Give them a voicemail box
voicemail-box-added = Voicemail box made. Unanswered calls now go to it.
voicemail-box-added-not-rung = Voicemail box made. This person's calls are routed in another app, so add the voicemail step there (Callflows).
voicemail-box-no-extension = This person has no extension to number the box by. Give them an extension first.
voicemail-box-number-taken = Another voicemail box already has this person's extension as its number. Rename or delete it under Voicemail Boxes first.
user-caller-id-no-number = This person has no phone number of their own, so callers see the company's number. Buy one, then add it under Extensions and numbers.
user-caller-id-no-number-spare = This person has no phone number of their own, so callers see the company's number. Give them a spare number under Extensions and numbers, or buy one.
user-conference-title = Personal conference
user-conference-no-line = A personal conference is reached through the company's conference line, and there is none yet. Give it a number first:
user-conference-main-number = Main Number
user-conference-on = Personal conference on
user-conference-number = Conference number
user-conference-number-hint = Callers dial { $lines }, then enter this number.
user-conference-number-format = A conference number is 1 to 10 digits.
user-conference-video = Video conference
user-conference-save = Save personal conference
user-fax-title = Fax box
user-fax-no-number = A fax box needs a phone number of its own, and every number is in use.
user-fax-buy = Buy a number
user-fax-on = Fax box on
user-fax-number = Fax number
user-fax-hint = Faxes sent to this number arrive in { $name }'s fax box.
user-fax-save = Save fax box
action-open-user-conference = Open the personal conference of { $name }
action-save-user-conference = Save the personal conference of { $name }
action-open-user-fax = Open the fax box of { $name }
action-save-user-fax = Save the fax box of { $name }

## Each feature's row: how it is set now, in a few words
user-settings-intro = Each feature says how it is set now. Open one to change it; each has its own Save.
feature-off = Off
feature-none = None
feature-unsaved = (changes not saved yet)
call-forward-summary-always = All calls go to { $number }
call-forward-summary-failover = Calls nobody answers go to { $number }
presence-summary-available = Taking calls
presence-summary-dnd = Do not disturb is on
presence-summary-hotdesk = { $state }; hot desking with ID { $id }
user-locale-summary = { $role } · { $timezone } · { $language }
user-recording-summary-on = On: calls are recorded
user-recording-summary-account = On, as the account records calls
user-recording-summary-none = On, but no kind of call is chosen
user-caller-id-summary = Callers see { $number }
user-caller-id-summary-company = Callers see the company's number
user-moh-summary = { $caller_id }; on hold they hear “{ $name }”
user-directory-listed = Listed: callers find this person by name
user-directory-unlisted = Not listed
numbers-summary-extensions = Extension { $extensions }; no phone number of their own
numbers-summary = Extension { $extensions }; { $numbers }
ringing-summary-all = All their phones ring for { $seconds } seconds
ringing-summary-find-me = Find me, follow me: { $count ->
    [one] one phone
   *[other] { $count } phones
} in turn
voicemail-summary-on = On, box { $mailbox }
voicemail-summary-on-email = On, box { $mailbox }; messages are emailed
voicemail-summary-elsewhere = Box { $mailbox }; calls reach it as another app routes them
user-conference-summary = Conference number { $number }
user-fax-summary = Faxes to { $number } arrive in their fax box
