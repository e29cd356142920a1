# Patchbay, English (United States): the reference language. Every other
# locale may translate any subset of these keys; missing ones fall back here.
# Keys live in one file per area of the app (this folder is joined in name order).

app-loading = Loading Patchbay…
app-config-error = Patchbay could not load its configuration (config.json): { $detail }
brand-default = Patchbay
skip-to-content = Skip to content

## Sign in
sign-in-title = Sign in
sign-in-intro = Sign in with your KAZOO account to manage your phone system.
sign-in-account = Account name
sign-in-username = Username
sign-in-password = Password
sign-in-submit = Sign in
sign-in-working = Signing in…
sign-in-with-api-key = Sign in with API key
sign-in-with-password = Sign in with username and password
sign-in-api-key = API key
sign-in-api-key-hint = The 64-character key of the account (GET /v2/accounts/{"{"}ACCOUNT_ID{"}"}/api_key).
sign-in-required = Enter your account name, username and password.
sign-in-api-key-length = An API key has exactly 64 characters.
sign-in-privacy = Your password is hashed in this browser and never sent or stored.
sign-in-failed = The account name, username or password is wrong.
sign-in-api-key-unknown = No account has this API key.
sign-in-too-many = Too many sign-in attempts. Wait a minute, then try again.
sign-in-sandbox-hint = Trying the sandbox? Sign in to “Demo Co” as admin / admin-pass.

## Session
reauth-title = Your session has expired
reauth-intro = Enter your password to continue. What you were doing is kept and will be sent again.
reauth-intro-api-key = Enter the API key to continue. What you were doing is kept and will be sent again.
reauth-submit = Continue
reauth-cancel = Sign out
reauth-signed-in-as = Signed in as { $user } in { $account }
sign-out = Sign out
action-sign-in = Sign in
action-sign-in-again = Sign in again
action-refresh-session = Refresh session
action-load-branding = Load branding

## Shell
nav-label = Sections
nav-smartpbx = Smart PBX
nav-callflows = Callflows
nav-accounts = Accounts
nav-my-settings = My settings
nav-which-app = Which app should I use?
header-account = Account
inspector-toggle = API inspector
inspector-shortcut = Shortcut: Alt+I
not-allowed-title = Not allowed
not-allowed-body = Your role does not give you access to this page. Ask an administrator of your account if you need it.
not-found-title = Page not found
not-found-body = There is nothing at this address.
go-home = Go to your start page
user-guide = User guide
api-docs = Crossbar API docs: { $resource }
coming-next = Coming next
loading = Loading…
retry = Try again
screen-unavailable = This part of Patchbay could not be downloaded. Check your connection, then try again.
saved = Saved.
role-admin = Admin
role-user = User

## Callflows / Accounts
callflows-title = Callflows
callflows-intro = The tree editor for call routing: IVR menus, time-of-day routing and feature codes.
accounts-title = Accounts
accounts-intro = Create and manage the sub-accounts of your reseller account.
accounts-coming = The account manager is being built.

## My settings
settings-title = My settings
settings-intro = Your own name, email address, timezone and language.
settings-first-name = First name
settings-last-name = Last name
settings-email = Email
settings-timezone = Timezone
settings-language = Language
settings-timezone-default = Account default
settings-language-default = Account default
settings-save = Save
settings-saving = Saving…
settings-unchanged = Nothing to save: no field was changed.
action-open-settings = Open My settings
action-save-settings = Save my settings

## Field validation
field-required = { $field } is required.
field-too-long = { $field } must be at most { $max } characters.
field-email = Enter an email address like name@example.com.
form-has-errors = Some fields need attention; nothing was saved.

## Errors (keys come from CrossbarError::i18n_key)
error-validation = Not saved: some entries need a change.
error-multiple-choice = Not saved: more than one match was found. Choose the one you meant.
## What was wrong with one field (Crossbar's validator, in words).
field-problem-required = This is required.
field-problem-unique = Already in use.
field-problem-min-length = Too short: at least { $target } characters.
field-problem-max-length = Too long: at most { $target } characters.
field-problem-minimum = Too small: at least { $target }.
field-problem-maximum = Too large: at most { $target }.
field-problem-format = Not in the expected form.
field-problem-choice = Not one of the allowed choices.
field-problem-type = Not the right kind of value.
error-invalid-credentials = The credentials were not accepted.
error-session-expired = Your session has expired.
error-payment-required = This change needs charges to be accepted.
error-forbidden = You are not allowed to do this.
error-not-found = It no longer exists, or you cannot see it.
error-method-not-allowed = The server does not allow this.
field-hidden-characters = { $field } contains invisible control or text-direction characters. Type it again without them.
error-conflict = Someone else changed this at the same time. Reload and try again.
error-changed-since-loaded = Someone else changed this since you opened it. Reload to see their changes.
error-cancelled = Cancelled.
error-not-saved-changed = Not saved: someone else changed this since you opened it. Your changes are still in the form.
error-too-large = The list is too large to load at once.
error-too-many-requests = Too many requests. Wait a moment, then try again.
error-server = The server failed ({ $status }). Try again in a moment.
error-unexpected = The server sent an answer Patchbay did not expect ({ $status }).
error-network = The server could not be reached. Check your connection, then try again.
error-request-id = Request id: { $id }

## API inspector
inspector-title = API inspector
inspector-no-branding = Normal: no branding is set up for this web address, so the standard look is used.
inspector-intro = Every Crossbar call Patchbay makes, grouped by what you did. Tokens and credentials are hidden.
inspector-close = Close
inspector-clear = Clear
inspector-empty = No calls yet. Use the app and the calls appear here.
inspector-calls = { $count ->
    [one] 1 call
   *[other] { $count } calls
}
inspector-request = Request
inspector-response = Response
inspector-headers = Headers
inspector-body = Body
inspector-no-body = (no body)
inspector-no-response = No response: { $reason }
inspector-request-id = Request id
inspector-started = Started
inspector-duration = Duration
inspector-status = Status
inspector-copied = Copied to the clipboard.
inspector-copy-failed = Copying failed; select the command below and copy it.
inspector-curl-hint = Set SERVER to { $server } and AUTH_TOKEN to your token before running it.
inspector-docs = Docs
inspector-docs-label = Docs: { $page }

## Which app should I use?
which-title = Which app should I use?
which-intro = Smart PBX, Callflows and the Crossbar API all edit the same account data. They suit different people and jobs.
which-col-aspect = Question
which-col-smartpbx = Smart PBX
which-col-callflows = Callflows
which-col-api = API
which-row-who = Who is it for?
which-who-smartpbx = Office managers and admins who want sensible defaults.
which-who-callflows = Telephony admins who design call routing node by node.
which-who-api = Developers and integrators automating changes.
which-row-what = What do you edit?
which-what-smartpbx = People, phones, ring groups, the main number, office hours, voicemail, numbers.
which-what-callflows = Any callflow tree: IVR sub-menus, time-of-day branches, feature codes.
which-what-api = Every document, including fields neither app shows.
which-row-how = How does it store things?
which-how-smartpbx = With strict names and formats it recognises later; it hides nothing.
which-how-callflows = As you draw it; it hides flows that Smart PBX owns.
which-how-api = Exactly as you send it: you keep the formats consistent.
which-row-risk = What to watch out for
which-risk-smartpbx = Flows it did not make show as made elsewhere; edit them with care.
which-risk-callflows = Editing a Smart PBX flow here can make Smart PBX stop recognising it.
which-risk-api = Nothing stops you writing a shape the apps cannot read.
which-advice = Start with Smart PBX. Reach for Callflows when a route needs a shape Smart PBX cannot draw, and for the API to repeat work. Open the API inspector to see the calls behind every click.

## Someone else changed a document while it was being edited
conflict-title = Someone else changed this
conflict-intro = While you were editing, someone else saved a change to it. "{ $action }" has not been saved yet.
conflict-intro-delete = While you were looking at it, someone else saved a change to it. "{ $action }" has not deleted anything yet.
conflict-theirs = What they changed
conflict-theirs-hidden = Details the form does not show, or what was changed by an automatic process.
conflict-mine = What you changed
conflict-change = { $before } → { $after }
conflict-both-changed = (they changed this too)
conflict-none = (none)
conflict-on = on
conflict-off = off
conflict-keep-mine = Keep my changes
conflict-merge = Merge
conflict-reload = Reload
conflict-cancel = Cancel
conflict-delete-anyway = Delete anyway
conflict-hint = Keep my changes: yours win where you both changed something. Merge: yours are added where they changed nothing, theirs stay where you both did. Reload: drop yours and show theirs. Cancel: save nothing now and keep editing.
conflict-hint-delete = Delete anyway removes it with their change. Reload shows it as it is now. Cancel does nothing.

## Document fields, as the conflict dialog names them
doc-field-first-name = First name
doc-field-last-name = Last name
doc-field-email = Email
doc-field-username = Username
doc-field-timezone = Timezone
doc-field-language = Language
doc-field-priv-level = Role
doc-field-presence-id = Extension
doc-field-name = Name
doc-field-caller-id-internal-name = Internal caller ID name
doc-field-caller-id-internal-number = Internal caller ID number
doc-field-caller-id-external-name = External caller ID name
doc-field-caller-id-external-number = External caller ID number
doc-field-call-forward-enabled = Call forwarding
doc-field-call-forward-number = Call forwarding number
doc-field-do-not-disturb-enabled = Do not disturb
doc-field-vm-to-email-enabled = Voicemail to email
doc-field-music-on-hold-media-id = Music on hold
doc-field-enabled = Enabled
doc-field-mailbox = Mailbox number
doc-field-pin = PIN
doc-field-numbers = Numbers
doc-field-owner-id = Owner
doc-field-cnam-display-name = Caller ID name
doc-field-mac-address = MAC address

# Leaving a screen with unsaved changes
leave-title = Leave without saving?
leave-what = You have changes on this screen that are not saved yet. If you leave now, they are lost.
leave-stay = Stay on this screen
leave-anyway = Leave without saving
menu = Menu
docs-menu = Docs

## My settings: password, phones, recent calls

action-change-password = Change my password
action-open-my-phones = Read my phones
action-open-my-calls = Read my recent calls
password-title = Password
password-current = Current password
password-new = New password
password-again = New password again
password-save = Change password
password-changed = Password changed.
password-current-required = Type your current password.
password-current-wrong = That is not your current password.
password-same = Choose a password different from the current one.
password-mismatch = The two new passwords are not the same.
my-phones-title = My phones
my-phones-none = No phones are assigned to you yet. Ask your administrator.
my-calls-title = My recent calls
my-calls-empty = No calls in the last seven days.
password-new-hint = At least 6 characters.
sign-in-forgot = Forgot your password?
forgot-title = Reset your password
forgot-intro = Type your account name and username. We will email you a link to choose a new password.
forgot-required = Type the account name and your username.
forgot-submit = Email me a link
forgot-sent = If that account and username are right, an email with a link to choose a new password is on its way to the address on file. The link works once, within an hour.
forgot-back = Back to sign in
forgot-url-refused = The server does not send reset links to this console's address. Ask your administrator to reset your password.
reset-link-invalid = This reset link has been used or has expired. Ask for a new one with "Forgot your password?".
action-ask-password-reset = Ask for a password reset email
action-open-reset-link = Sign in with a password reset link
new-password-title = Choose a new password
new-password-intro = Before going on, choose a new password for { $username }.
new-password-save = Save new password
new-password-sign-out = Sign out
new-password-too-late = Too much time has passed since you signed in. Sign out, then ask for a new link with "Forgot your password?".
action-choose-new-password = Choose a new password

## Inspector v2
inspector-filter-region = Filter the calls
inspector-filter = Filter calls
inspector-filter-placeholder = Method, status, path or text in bodies
inspector-method = Method
inspector-any-method = Any method
inspector-failed-only = Only failed calls
inspector-shown = { $shown } of { $count ->
    [one] 1 call
   *[other] { $count } calls
} shown
inspector-export-har = Export HAR
inspector-har-ready = HAR of { $count ->
    [one] one call
   *[other] { $count } calls
} ready, tokens and passwords left out.
inspector-har-download = Download { $name }
inspector-copy-as-title = Send it yourself
inspector-copy-as = Copy as
inspector-copy-code = Copy { $lang }
inspector-my-values = With my server and account
inspector-my-values-hint = The server and account are yours; the token is still the AUTH_TOKEN placeholder: put your own in its place.
inspector-copy-path = Copy the path { $path }
inspector-path-copied = Copied { $path } to the clipboard.
inspector-copy-response = Copy the response
inspector-body-copied = Copied the response to the clipboard.
inspector-request-body = Request body
inspector-response-body = Response body
inspector-means = What this means:
inspector-means-400 = Crossbar refused what was sent. The fields it refused, and why:
inspector-means-401 = Not signed in, or the token has expired: sign in again for a new one.
inspector-means-402 = The account's plan or credit does not allow this.
inspector-means-403 = This login may not do this (a user's token, or another account's document).
inspector-means-404 = Nothing is at this address: the document was deleted, or the id is wrong.
inspector-means-405 = This address does not take this method.
inspector-means-409 = It clashes with something that exists already (a name, number or extension in use).
inspector-means-412 = Someone changed the document after it was read; read it again and reapply the change.
inspector-means-413 = What was sent is too large.
inspector-means-429 = Too many requests in a short time; wait a little and send again.
inspector-means-500 = The server failed. Nothing is wrong with the request as far as it knows; try again, or tell its administrator with the request id.
inspector-means-other = Crossbar did not do it; its answer says why.
action-read-about = Find out which server this is
environment-sandbox = Sandbox
environment-production = Production
environment-title = The server this console works on
inspector-send-again = Send again
inspector-edit-in-console = Edit in the API console
inspector-replay-redacted = Passwords and tokens in this body were hidden when it was recorded, so sending it again sends the placeholders.
action-send-again = Send again: { $method } /v2/{ $path }
inspector-reproduce = Reproduce as script
inspector-reproduce-title = Reproduce “{ $action }”
inspector-reproduce-intro = A script that signs in with your own login (from KAZOO_SERVER, KAZOO_ACCOUNT_NAME, KAZOO_USERNAME and KAZOO_PASSWORD, or KAZOO_API_KEY) and makes these calls again, using the ids the server gives back. Try it on a sandbox first.
inspector-reproduce-language = Language
inspector-script = Script
inspector-copy = Copy
inspector-download = Download
support-title = How supported these fields are
support-reading = Reading the schema…
support-supported = supported
support-beta = beta: not supported by 2600Hz
support-alpha = alpha: not supported by 2600Hz, may change
support-unmarked = not marked in the schema
support-undocumented = Undocumented: KAZOO's docs have no page for this endpoint.
action-read-schema = Read the { $schema } schema
which-col-accounts = Accounts
which-screen-accounts = Accounts
which-screen-users = Smart PBX › Users
which-screen-main-number = Smart PBX › Main Number
which-screen-dashboard = Smart PBX › Dashboard
which-screen-account-settings = Callflows › Account settings
which-screen-groups = Smart PBX › Groups
which-screen-menus = Callflows › Menus
which-screen-console = API console
which-screen-feature-codes = Callflows › Feature codes
which-screen-new-callflow = Callflows › New callflow
tasks-title = Where to do what
tasks-filter = Find a task
tasks-col-task = Task
tasks-col-where = Where
tasks-col-screen = Screen
tasks-col-docs = API docs
tasks-docs-link = API docs for “{ $task }”
task-initial-setup = Initial setup of an account and its first admin
task-users-devices = Users and their phones
task-office-hours = Office hours and holidays
task-hold-music = Hold music
task-incoming-routing = Where incoming calls go
task-default-language = The account's default language
task-billing = Billing settings (service plan and limits)
task-ring-groups = Ring groups
task-sub-menus = Sub-menus for incoming calls ("press 1 for sales")
task-trunking = Trunking (SIP trunks to a PBX)
task-feature-codes = Custom feature codes
task-automation = Automation (scripts, integrations)
recipe-title = A sub-menu on the main number, across apps
recipe-intro = Some jobs take more than one app. Callers to the main number choose "1 for sales, 2 for support":
recipe-step-groups = Make a ring group for each team in
recipe-step-menu = Make a callflow with a menu whose options go to those groups, in
recipe-step-list = In that callflow, tick "List this callflow in Main Number", then save, in
recipe-step-main-number = Choose that callflow for office hours (or after hours) in
inspector-copy-request = Copy the request body
inspector-request-copied = Copied the request body to the clipboard.
