## Smart PBX › Voicemail Boxes, deleting users, editing ring groups

vmbox-add = Add voicemail box
action-open-vmbox = Open voicemail box
action-create-vmbox = Create voicemail box { $name }
action-save-vmbox = Save voicemail box { $name }
action-delete-vmbox = Delete voicemail box { $name }
vmbox-owned-by = Belongs to { $owner }.
vmbox-basic = Basic settings
vmbox-name = Box name
vmbox-mailbox = Mailbox number
vmbox-mailbox-format = A mailbox number is 1 to 30 digits.
vmbox-mailbox-taken = This mailbox number is already used by another box.
vmbox-pin = PIN
vmbox-pin-hint = 4 to 6 digits. Leave empty for no PIN.
vmbox-pin-format = A PIN is 4 to 6 digits.
vmbox-options = Options
vmbox-media-extension = Message file format
vmbox-format-default = Platform default
vmbox-format-mp3 = MP3
vmbox-format-wav = WAV
vmbox-is-setup = Already set up (skip the first-call setup)
vmbox-require-pin = Ask for the PIN
vmbox-check-if-owner = Log in without the PIN from the owner's own phones
vmbox-skip-greeting = Skip the greeting
vmbox-skip-instructions = Skip the instructions
vmbox-announcement-only = Announcement only (callers cannot leave a message)
vmbox-delete-after-notify = Delete messages once they are emailed
vmbox-include-message = Attach the message to the email
vmbox-configurable = Settings can be changed by phone
vmbox-skip-envelope = Skip the envelope (caller and time) when playing messages
vmbox-envelope-type = Envelope
vmbox-envelope-caller-and-time = Caller and time
vmbox-envelope-default = Platform default
vmbox-recipients = Email recipients
vmbox-greetings = Greetings
vmbox-greetings-hint = What callers hear before leaving a message. The temporary greeting, when chosen, plays instead of the usual one (while you are away, for instance).
vmbox-greeting = Greeting
vmbox-temporary-greeting = Temporary greeting
vmbox-emails = Send new messages to
vmbox-emails-hint = Email addresses, separated by commas.
vmbox-sharing = Sharing
vmbox-shared = Shared box: its members can all listen to its messages
vmbox-members = Members
vmbox-needs-members = A shared box needs at least one member.
vmbox-outside-confirm = This voicemail box was made or last changed outside Smart PBX (by another app or the API). Saving here rewrites it in Smart PBX's format. Save anyway?
vmbox-delete = Delete voicemail box
vmbox-delete-confirm = Delete the box
vmbox-delete-shared = Delete “{ $name }” and all its messages? This cannot be undone.
vmbox-delete-owned = Delete “{ $name }” and all its messages? It is also taken out of { $owner }'s calls, so callers who are not answered no longer reach voicemail. This cannot be undone.

## Deleting a user
user-delete = Delete user
action-find-user-belongings = Find what belongs to { $name }
action-delete-user = Delete user { $name }
user-delete-confirm = Delete { $name }?
user-delete-alongside = As in Smart PBX, this also:
user-delete-callflows = deletes { $count ->
    [one] their callflow
   *[other] their { $count } callflows
} ({ $names }), so their extension and numbers stop ringing and become free;
user-delete-vmboxes = deletes { $count ->
    [one] their voicemail box
   *[other] their { $count } voicemail boxes
} ({ $names }) with all messages;
user-delete-devices = unassigns { $count ->
    [one] their device
   *[other] their { $count } devices
} ({ $names }), which stay in the account unless you tick below;
user-delete-conferences = renames { $count ->
    [one] their conference
   *[other] their { $count } conferences
} ({ $names }) to “Unassigned …” unless you tick below.
user-delete-devices-too = Delete their devices too
user-delete-conferences-too = Delete their conferences too
user-delete-cannot-undo = This cannot be undone.
user-delete-proceed = Delete { $name }


## Editing a ring group
action-open-group = Open group
action-save-group = Save group { $name }
action-delete-group = Delete group { $name }
group-extensions = Extensions
group-numbers = Phone numbers
group-list-hint = Separate several with commas.
group-needs-number = A group needs an extension or a phone number to be reached.
group-number-format = A phone number has at least 7 digits, like +14155550150.
group-number-taken = One of these extensions or numbers is already used by something else.
group-strategy = Ring
group-strategy-simultaneous = All members at once
group-strategy-single = One member after another, in order
group-delay = Delay (seconds)
group-timeout = Rings for (seconds)
group-order = Order
group-delay-of = Delay before ringing { $name }, in seconds
group-timeout-of = How long { $name } rings, in seconds
group-move-up = Move { $name } up
group-move-down = Move { $name } down
group-remove-member = Remove { $name }
group-member-deleted = Deleted user
group-member-times = Delays go up to 600 seconds; ring times from 1 to 600 seconds.
group-add-member-label = Add a member
group-choose-user = Choose a user
group-add-member = Add member
group-outside-confirm = This group was made or last changed outside Smart PBX (by another app or the API). Saving here rewrites it in Smart PBX's format. Save anyway?
group-delete = Delete group
group-delete-confirm = Delete the group
group-delete-what = Delete the group “{ $name }”? Its ring group callflow (dialled on { $numbers }) and its base callflow are deleted with it, so those numbers stop ringing and become free. The members themselves are not changed. This cannot be undone.
action-read-extensions = Read the extensions in use
group-next = When nobody answers
group-next-hint = Where calls go when no member picks up.
group-next-default = Say that nobody is available
group-next-people = People
group-next-groups = Other groups
group-next-vmboxes = Voicemail boxes
group-next-devices = Phones
group-next-current = The step chosen before
group-next-unreadable = The list of places could not be read; the current choice is kept.
action-read-next-actions = Read where a group's unanswered calls can go
group-calling = Calling the group
group-repeats = Times to ring the members
group-repeats-hint = Before the call goes where it goes when nobody answers.
group-repeats-invalid = Use a whole number from 1 to 10.
group-ringback = Callers hear
group-ringback-default = The usual ringing
group-ringback-silence = Silence
group-ringback-current = The sound chosen in another app
group-ring-forwarded = Also ring members' phones that forward elsewhere
group-recording = Record calls to this group
recording-url = Send recordings to
recording-url-hint = An http, https, ftp, ftps or sftp address where your recordings are kept.
recording-url-invalid = Type an address starting with https://, http://, ftp://, ftps:// or sftp://.
recording-format = Recording format
recording-limit = Longest recording, in seconds
recording-limit-invalid = Use a whole number of seconds from 1 to 10800 (3 hours).
action-read-media = Read recordings
user-username = Username
user-username-hint = What they sign in with. Changing it needs a new password below.
user-username-format = A username has no spaces and at most 254 characters.
user-username-needs-password = Choose a new password too: a new username needs one.
password-reset-title = Forgotten password
password-reset-intro = Email a link to { $email } with which this person chooses a new password. Their current password keeps working until they do.
password-reset-send = Email a password reset link
password-reset-sent = A link to choose a new password was emailed to { $email }.
password-reset-no-email = To email this person a link to choose a new password, give them an email address and a username first.
action-send-password-reset = Email a password reset link to { $name }
vmbox-messages-title = Messages in this box
