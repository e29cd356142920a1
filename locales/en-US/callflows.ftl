## Callflows: the list
cf-new = New callflow
cf-show-all = Show all callflows
cf-show-all-hint = Also list the callflows other apps manage, such as Smart PBX's. They open read-only until you choose to edit them.
cf-search = Search callflows by name or number
cf-col-numbers = Numbers
cf-col-made-by = Managed by
cf-empty = No callflows yet. Make one with “New callflow”.
cf-unnamed = Callflow without a name
cf-catch-all = Catch all
cf-no-number = No number
cf-made-by-smartpbx = Smart PBX
cf-made-by-call-queues = Call queues
cf-made-by-onboarding = Onboarding import
cf-made-by-catch-all = Catch all
cf-made-by-emergency = Emergency dispatch
action-open-callflows = Open Callflows

## Callflows: the editor
cf-new-title = New callflow
cf-back-to-list = All callflows
cf-root-title = Callflow
cf-name = Name
cf-name-hint = Shown in the list; without one, the list shows the numbers.
cf-numbers = Numbers that reach this callflow
cf-numbers-none = No number yet: add at least one.
cf-number-remove = Remove { $number }
cf-spare-numbers = Spare numbers
cf-add-number = Add number
cf-extension = Extension
cf-add-extension = Add extension
cf-choose = — choose —
cf-hide-from-contacts = Hide from contact list
cf-list-in-main-number = List this callflow in Main Number
cf-toolbar = Steps
cf-tree-label = Callflow steps
cf-flow-empty = No steps yet: calls to these numbers reach nothing. Add the first step with “Add action”.
cf-add-action = Add action
cf-insert-above = Insert above
cf-edit-step = Edit step
cf-move = Move
cf-move-here = Move here
cf-move-cancel = Cancel move
cf-moving-hint = Now select the step to move it under, then press “Move here”.
cf-moved = Step moved.
cf-turn-off = Turn off
cf-turn-on = Turn on
cf-step-turned-off = Step turned off: calls pass on to what comes after it.
cf-step-on = Step turned on again.
cf-remove-step = Remove step
cf-step-removed = Step removed (Undo brings it back).
cf-step-added = Step added.
cf-step-changed = Step changed.
cf-undo = Undo
cf-redo = Redo
cf-undone = Undone.
cf-redone = Redone.
cf-save = Save
cf-saved = Saved.
cf-delete = Delete
cf-delete-question = Delete this callflow? Calls to { $numbers } will reach nothing until another callflow takes them.
cf-delete-question-no-numbers = Delete this callflow?
cf-delete-yes = Delete callflow
cf-deleted = { $name } was deleted.
cf-made-elsewhere-smartpbx = Smart PBX manages this callflow.
cf-made-elsewhere-other = Another app manages this callflow.
cf-made-elsewhere-what-happens = Saving it here marks it as edited in Callflows: the app that made it may stop managing it, or undo your change the next time it saves. It is shown read-only until you choose to edit it.
cf-open-in-smartpbx = Open it in Smart PBX
cf-edit-anyway = Edit it here anyway
cf-turned-off = (turned off)
cf-branches-folded = { $count ->
    [one] 1 branch hidden
   *[other] { $count } branches hidden
}
cf-fold = Fold branches
cf-unfold = Show branches
cf-not-chosen = not chosen yet
cf-default-timezone = account's time zone
cf-unreadable-step = Unreadable step
cf-other-module = Module “{ $module }”

## Branches
cf-branch = Branch
cf-branch-typed = Value
cf-branch-typed-hint = Leave empty for the default branch.
cf-branch-default-action = Default action
cf-branch-timeout = Timeout
cf-branch-key = Key { $key }
cf-branch-all-other-times = All other times
cf-branch-default = Default
cf-branch-value = “{ $value }”
cf-no-free-branch = Every branch of this step is taken: remove one first.

## Adding and editing a step
cf-add-title = Add action
cf-add-named = Add { $action }
cf-search-actions = Search actions
cf-add-step = Add step
cf-back = Back
cf-edit-named = Edit { $action }
cf-apply = Apply
cf-module-docs = KAZOO's documentation of “{ $module }”
cf-open-target = Open that callflow
cf-other-module-title = Other module
cf-other-module-hint = Any KAZOO callflow module, set as JSON (see KAZOO's callflow documentation for its settings).
cf-other-module-name = Module name
cf-other-module-use = Use this module
cf-step-nothing-to-set = This step has nothing to set.
cf-step-json = Settings as JSON
cf-step-as-json = Edit as JSON
cf-step-as-fields = Edit as fields
cf-json-invalid = Not valid JSON: { $error }
cf-json-not-object = The settings must be a JSON object ({ "{" } … { "}" }).
cf-field-whole-number = { $field } must be a whole number.
cf-field-choose = Choose { $field }.
cf-field-json = { $field } is not valid JSON: { $error }
cf-silence = Silence

## Errors of an edit
cf-error-not-found = That step is not there any more.
cf-error-key-taken = Branch { $key } is taken already.
cf-error-no-child = This step ends the call: nothing can come after it.
cf-error-into-itself = A step cannot move into its own branches.
cf-error-root-taken = The callflow already has a first step.
cf-error-empty-key = Give the branch a value.
cf-error-choose-branch = That step branches: use “Add action” on it to choose the branch.
cf-error-no-number = Add at least one number: without one, nothing reaches this callflow.
cf-error-number-twice = { $number } is listed twice.
cf-error-number-taken = { $number } already reaches another callflow.

## Inspector action names
action-open-callflow = Open callflow
action-read-callflow-context = Read numbers and time-of-day rules for the callflow
action-save-callflow = Save callflow { $name }
action-delete-callflow = Delete callflow { $name }
action-list-for-step = List { $what }

## Palette categories (Monster's order)
cf-category-basic = Basic
cf-category-advanced = Advanced
cf-category-time-of-day = Time of Day
cf-category-ring-group-toggle = Ring Group Toggle
cf-category-hotdesking = Hotdesking
cf-category-do-not-disturb = Do Not Disturb
cf-category-caller-id = Caller-ID
cf-category-call-recording = Call Recording
cf-category-call-forwarding = Call Forwarding

## Actions, keyed by Monster's registry key (see `FeatureCode::label_key`)
cf-action-play-id = Media
cf-action-ring-group = Ring Group
cf-action-conference-id = Conference
cf-action-user-id = User
cf-action-voicemail-id = Voicemail
cf-action-voicemail-id-action-compose = Voicemail
cf-action-menu-id = Menu
cf-action-device-id = Device
cf-action-callflow-id = Callflow
cf-action-set-alert-info = Distinctive Ring
cf-action-page-group = Page Group
cf-action-qubicle-id = Qubicle
cf-action-missed-call-alert = Missed Call Alert
cf-action-set-variables = Set CAV
cf-action-manual-presence = Manual Presence
cf-action-tts = Text to Speech
cf-action-sleep = Sleep
cf-action-language = Language
cf-action-group-pickup = Group Pickup
cf-action-receive-fax = Receive Fax
cf-action-pivot = Pivot
cf-action-disa = DISA
cf-action-collect-dtmf = Collect DTMF
cf-action-response = Response
cf-action-conference = Conference Service
cf-action-voicemail-action-check = Check Voicemail
cf-action-faxbox-id = Fax Box
cf-action-offnet = Global Carrier
cf-action-resources = Account Carrier
cf-action-directory-id = Directory
cf-action-webhook = Webhook
cf-action-branch-variable = Branch Variable
cf-action-temporal-route = Time of Day
cf-action-temporal-route-action-disable = Disable Time of Day
cf-action-temporal-route-action-enable = Enable Time of Day
cf-action-temporal-route-action-reset = Reset Time of Day
cf-action-ring-group-toggle-action-login = Ring Group Login
cf-action-ring-group-toggle-action-logout = Ring Group Logout
cf-action-hotdesk-action-login = Hot Desk Login
cf-action-hotdesk-action-logout = Hot Desk Logout
cf-action-hotdesk-action-toggle = Hot Desk Toggle
cf-action-do-not-disturb-action-activate = Enable Do Not Disturb
cf-action-do-not-disturb-action-deactivate = Disable Do Not Disturb
cf-action-do-not-disturb-action-toggle = Toggle Do Not Disturb
cf-action-dynamic-cid = Dynamic Caller ID
cf-action-prepend-cid-action-prepend = Prepend Caller ID
cf-action-prepend-cid-action-reset = Reset Prepended Caller ID
cf-action-record-call-action-start = Start Call Recording
cf-action-record-call-action-stop = Stop Call Recording
cf-action-call-forward-action-activate = Enable Call Forwarding
cf-action-call-forward-action-deactivate = Disable Call Forwarding
cf-action-call-forward-action-update = Update Call Forwarding

## Step settings, by the key they set
cf-field-id = Target
cf-field-timeout = Ring for (seconds)
cf-field-can-call-self = Can call itself
cf-field-name = Group name
cf-field-strategy = How the members ring
cf-field-repeats = Repeats
cf-field-endpoints = Members (JSON)
cf-field-alert-info = Alert info
cf-field-audio = Audio
cf-field-recipients = Recipients (JSON)
cf-field-custom-application-vars = Variables (JSON)
cf-field-presence-id = Presence ID
cf-field-status = Status
cf-field-text = Text
cf-field-duration = Duration
cf-field-unit = Unit
cf-field-language = Language
cf-field-owner-id = Owner
cf-field-media = Media options (JSON)
cf-field-voice-url = Voice URL
cf-field-method = Method
cf-field-req-format = Request format
cf-field-req-timeout = Request timeout (seconds)
cf-field-pin = PIN
cf-field-use-account-caller-id = Use the account's caller ID
cf-field-code = Code
cf-field-message = Message
cf-field-action = Action
cf-field-uri = URL
cf-field-http-verb = HTTP method
cf-field-retries = Retries
cf-field-custom-data = Custom data (JSON)
cf-field-scope = Scope
cf-field-variable = Variable (JSON list of path parts)
cf-field-rules = Rules (JSON list of rule ids)
cf-field-callflow-id = Callflow with the ring group
cf-field-caller-id-name-prefix = Caller ID name prefix
cf-field-caller-id-number-prefix = Caller ID number prefix
cf-field-apply-to = Apply to
cf-field-format = Format
cf-field-time-limit = Time limit (seconds)
cf-field-timezone = Time zone

## The walkthrough on the Callflows list
cf-recipe-title = How to: a sub-menu for your main number (“press 1 for sales…”)
cf-recipe-groups = In Smart PBX, make a ring group for each choice callers will have.
cf-recipe-groups-link = Smart PBX › Groups
cf-recipe-new = Here, start a new callflow and give it an extension (callers reach it through the main number, so it needs no phone number of its own).
cf-recipe-menu = Add a “Menu” step; choose a menu or make one with “New menu…”.
cf-recipe-keys = Select the menu, then for each key “Add action” › “Callflow” and choose that ring group's callflow: changes to the group's members and order in Smart PBX then apply to the menu too.
cf-recipe-list = Name the callflow, tick “List this callflow in Main Number” and save.
cf-recipe-main-number = In Smart PBX › Main Number, choose it for the hours it should answer.
cf-recipe-main-number-link = Smart PBX › Main Number

## A time-of-day step's branch
cf-branch-time = At these times
cf-new-time-of-day = New time of day…

## Callflows' other screens
cf-tools = More in Callflows
cf-tile-time-of-day = Time of day
cf-tile-time-of-day-text = Office hours, holidays and other times a callflow branches on.

## A step typed as JSON, checked against KAZOO's schema for its module
cf-json-schema-refused = KAZOO's schema for this step refuses it: { $problems }
cf-json-no-schema = KAZOO publishes no schema for this module; the step is kept as typed.
action-check-step = Check a { $module } step against KAZOO's schema
cf-manage-users = People are added and changed in Smart PBX › Users
cf-manage-devices = Phones are added and changed in Smart PBX › Devices
cf-manage-vmboxes = Voicemail boxes are added and changed in Smart PBX › Voicemail Boxes

## A ring group or page group step's members
cf-members = Members
cf-members-none = No members yet.
cf-members-people = People
cf-members-phones = Phones
cf-members-groups = Groups
cf-member-add = Add a member
cf-member-add-button = Add member
cf-member-delay = { $name }: starts ringing after (seconds)
cf-member-timeout = { $name }: rings for (seconds)
cf-member-up = Move { $name } up
cf-member-down = Move { $name } down
cf-member-remove = Remove { $name }
cf-choice-simultaneous = All at once
cf-choice-single = One after another
cf-choice-one-way = One way (announcements)
cf-choice-two-way = Two way (intercom)
cf-choice-get = GET (details in the address)
cf-choice-post = POST (details in the body)
cf-choice-put = PUT (details in the body)
action-list-group-members = List people, phones and groups
cf-rules-chosen = Times of day it acts on
cf-rules-none = There are no times of day yet: make them in Callflows › Time of day.
action-list-time-of-day = List the times of day
