# Smart PBX › Main Number: bootstrap, numbers, holidays, incoming call handling, virtual receptionists.

delete = Delete
remove = Remove

action-bootstrap-main-number = Set up Main Number (create { $pieces })
bootstrap-renumber = MainCallflow placeholder number
bootstrap-done = Created what Smart PBX needs and was missing: { $pieces }.

numbers-main-title = Main numbers
numbers-main-none = No phone number is assigned to the main number yet.
numbers-main-spare = Spare number for the main number
numbers-main-add = Add main number
numbers-main-remove = Remove { $number } from the main numbers
numbers-main-action-add = Add main number { $number }
numbers-main-action-remove = Remove main number { $number }
numbers-main-added = { $number } now reaches the main number.
numbers-main-removed = { $number } no longer reaches the main number.
numbers-conference-title = Conference number
numbers-conference-none = No conference call-in number yet.
numbers-conference-spare = Spare number for conference calls
numbers-conference-add = Add conference number
numbers-conference-remove = Remove { $number } from the conference numbers
numbers-conference-action-add = Add conference number { $number }
numbers-conference-action-remove = Remove conference number { $number }
numbers-conference-added = { $number } now reaches the main conference.
numbers-conference-removed = { $number } no longer reaches the main conference.
numbers-fax-title = Fax number
numbers-fax-none = No fax number yet.
numbers-fax-spare = Spare number for faxes
numbers-fax-add = Add fax number
numbers-fax-remove = Remove the fax number { $number }
numbers-fax-action-add = Add fax number { $number } and the main faxbox
numbers-fax-action-remove = Remove fax number { $number } and the main faxbox
numbers-fax-added = { $number } now receives faxes.
numbers-fax-removed = { $number } no longer receives faxes.
numbers-fax-email = Email for received faxes
numbers-fax-email-hint = Every fax received on this number is sent to this address.
numbers-fax-email-required = Enter the email address received faxes go to.
numbers-fax-remove-confirm = Remove { $number }? The main faxbox is deleted with it, with its settings.
numbers-remove-confirm = Remove { $number } from { $what }? Calls to it will no longer be answered there.
numbers-remove-yes = Yes, remove

holiday-kind = Kind of holiday
holiday-kind-single = One day
holiday-kind-range = Several days in a row
holiday-kind-advanced = A weekday of a month (e.g. fourth Thursday of November)
holiday-first-day = First day
holiday-last-day = Last day
holiday-ordinal = Which
holiday-weekday = Weekday
holiday-month = Month
holiday-repeats = Every year
holiday-delete-named = Delete holiday { $name }
holiday-delete-confirm = Delete the holiday “{ $name }”? Its rule and its route on the main number are deleted.
holiday-delete-confirm-set = Delete the holiday “{ $name }”? Its rules set, the rule of every month it spans and its route on the main number are deleted.
holiday-delete-yes = Yes, delete
holiday-deleted = Holiday “{ $name }” deleted.
action-delete-holiday = Delete holiday { $name }

period-MainOpenHours = Open hours
period-MainLunchHours = Lunch
period-MainAfterHours = After hours
period-MainHolidays = Holidays
calls-title = Incoming calls
calls-intro = What happens to calls to the main numbers in each period.
calls-mode = { $period }: calls go to
calls-mode-menu = The virtual receptionist
calls-mode-entity-menu = Ring someone, then the virtual receptionist
calls-mode-entity-voicemail = Ring someone (or nobody), then a voicemail box
calls-mode-advanced = An advanced callflow
calls-mode-other = Something set up elsewhere (kept until you choose)
calls-ring = { $period }: ring
calls-ring-nobody = Nobody
calls-ring-current = What is set now
calls-users = Users
calls-groups = Groups
calls-advanced = Advanced callflows
calls-vmbox = { $period }: voicemail box
calls-advanced-callflow = { $period }: advanced callflow
calls-save = Save call handling for { $period }
calls-saved = Call handling for { $period } saved.
calls-choose = Choose where calls go.
calls-ring-required = Choose who rings first.
calls-vmbox-required = Choose a voicemail box.
calls-advanced-required = Choose an advanced callflow (callflows listed on the main number in the Callflows app).
calls-outside-confirm = This period's callflow was made or last changed outside Smart PBX. Saving here rewrites its flow in Smart PBX's format. Save anyway?
action-save-period = Save call handling for { $period }

menu-edit = Edit the virtual receptionist for { $period }
menu-title = Virtual receptionist for { $period }
menu-greeting = { $period } greeting (spoken text)
menu-greeting-hint = Read to callers by text-to-speech. Leave empty for no greeting.
menu-greeting-hint-set = A greeting is set. Type new text to replace it, or leave empty to keep it.
menu-greeting-recording = { $period } greeting (recording)
menu-options = { $period } key options
menu-col-key = Key
menu-col-target = Goes to
menu-option-key = { $period } option { $n }: key
menu-option-target = { $period } option { $n }: goes to
menu-key-default = Any other key
menu-key-timeout = No key pressed
menu-key-star = Star (*)
menu-target-none = Nothing (remove this option)
menu-target-kept = As set elsewhere (kept)
menu-vmboxes = Voicemail boxes
menu-directories = Directories
menu-add-option = Add an option
menu-add-option-for = Add an option for { $period }
menu-save = Save the virtual receptionist for { $period }
menu-saved = Virtual receptionist for { $period } saved.
menu-key-required = Choose a key for every option.
menu-target-required = Choose where every option goes.
menu-key-twice = The key “{ $key }” is used twice.
menu-missing = The menu of the virtual receptionist for { $period } is missing.
action-save-menu = Save the virtual receptionist for { $period }
numbers-main-last-e911 = This is the only main number with an emergency (E911) address, and emergency calls need one. Give another main number an address (Smart PBX › Numbers) before removing this one.
action-import-holidays = Import { $count ->
    [one] one national holiday
   *[other] { $count } national holidays
}
holidays-import-title = Import national holidays
holidays-import-country = Country
holidays-import-year = Year
holidays-import = Import holidays
holidays-imported = { $count ->
    [one] One holiday imported.
   *[other] { $count } holidays imported.
}
holidays-import-nothing = Every holiday of that year is already listed.
numbers-no-spare = The account has no spare number to use here.
action-open-faxbox = Read the fax line's settings
action-save-fax-email = Send received faxes to { $email }
numbers-fax-email-save = Save email
numbers-fax-email-saved = Received faxes now go to { $email }.
action-open-menu = Open the virtual receptionist for { $period }
