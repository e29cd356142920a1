## Smart PBX › Numbers › one number's features

action-open-number = Open number
action-save-number-features = Save features of { $number }
action-release-number = Release { $number }
number-features-title = Caller name and emergency address
number-cnam-on = Send a caller name (CNAM)
number-cnam-name = Caller name shown to people you call
number-cnam-name-invalid = Use 1 to 15 characters.
number-cnam-inbound = Look up the names of people who call
number-e911-on = Emergency (E911) address
number-e911-street = Street address
number-e911-extended = Suite, floor or unit
number-e911-locality = City
number-e911-region = State (2 letters)
number-e911-region-invalid = Use the 2-letter state code, such as CA.
number-e911-postal = ZIP code
number-e911-emails = Notify these emails of emergency calls
number-e911-emails-hint = Separate addresses with commas.
field-required-short = This is required.
number-release-title = Release
number-release = Release this number
number-release-confirm = Release this number from the account? Calls to it will stop reaching you, and callflows that list it keep a number that no longer rings here.
number-release-yes = Release the number
number-cnam-not-offered = This number's carrier does not offer a caller ID name.
number-e911-not-offered = This number's carrier does not offer an emergency (E911) address; emergency calls use another number's.
number-e911-choose = Not saved: the emergency service knows more than one address like this one. Choose yours below.
number-e911-suggestions = Addresses the emergency service knows
number-e911-use-choice = Use this address
number-e911-not-found = The emergency service cannot find this address. Check the street and number.

## Smart PBX › Numbers › Buy numbers

action-open-buy-numbers = Open Buy numbers
action-find-numbers = Find numbers starting { $prefix }
action-buy-numbers = Buy { $count ->
    [one] a number
   *[other] { $count } numbers
}
numbers-empty-state = This account has no phone numbers yet. Buy one to give the office a number people can call.
buy-title = Buy numbers
buy-intro = Find numbers for sale, choose the ones you want and say what they are for. They are added to the account as soon as you buy them.
buy-search-title = Find numbers
buy-kind = Kind of number
buy-kind-local = Local, by area code
buy-kind-toll-free = Toll-free
buy-area-code = Area code
buy-area-code-hint = Three digits, such as 415.
buy-area-code-invalid = Type a three-digit area code that starts with 2 to 9, such as 415.
buy-toll-free-prefix = Toll-free prefix
buy-search = Search
buy-found = { $count ->
    [0] No numbers found.
    [one] One number for sale.
   *[other] { $count } numbers for sale.
}
buy-results-title = Numbers for sale
buy-none = No numbers are for sale starting { $prefix }. Try another area code.
buy-choose = Choose the numbers to buy
buy-more = Show more numbers
buy-use-for = Use the new numbers for
buy-use-spare = Nothing yet (keep them for later)
buy-use-main = The main number
buy-use-conference = The conference line
buy-use-fax = The fax line
buy-use-user = A user
buy-use-group = A ring group
buy-user = User
buy-group = Ring group
buy-submit = { $count ->
    [0] Buy numbers
    [one] Buy 1 number
   *[other] Buy { $count } numbers
}
buy-choose-some = Choose at least one number to buy.
buy-choose-target = Choose who the numbers are for.
buy-fax-one = The fax line takes one number: choose just one.
buy-confirm = Buy { $numbers } for { $account }? Your phone company may charge for each number.
buy-confirm-yes = Buy
buy-bought = Bought { $numbers }.
buy-refused = { $number } could not be bought: { $reason }.
buy-not-assigned = The new numbers were kept for later, because: { $reason } You can give them a use from Main Number, a user or a group.
buy-no-main-number = the main number is not set up yet; open Main Number once to set it up.
buy-fax-taken = the fax line already has a number.
buy-no-callflow = that user or group has no call routing to add numbers to.

## Smart PBX › Numbers › one number's routing

action-save-number-routing = Save failover and caller name prefix of { $number }
number-routing-title = When calls cannot be answered here
number-failover = Send calls to this number or SIP address if the office cannot take them
number-failover-hint = A phone number, or a SIP address such as sip:desk@example.com. Leave it empty for none.
number-failover-invalid = Type a phone number of 7 to 15 digits, or a SIP address such as sip:desk@example.com.
number-prepend = Put this before callers' names
number-prepend-hint = Shows who answers which number was called, such as Sales. Leave it empty for none.
number-routing-save = Save call settings

## Smart PBX › Numbers › Bring numbers over

action-enter-port = Bring numbers over from another phone company
action-cancel-port = Cancel the request { $name }
port-title = Bring numbers over
port-intro = Keep the numbers you have: tell us who your phone company is today and how your account with them is set up. We send the request; the numbers move on the day you choose, and updates arrive by email.
port-numbers = Numbers to bring over
port-numbers-hint = One per line, or separated by commas, such as 202-555-9000.
port-numbers-required = Type at least one number.
port-numbers-bad = “{ $typed }” is not a phone number. Type ten digits with the area code.
port-current-company = Your phone company today
port-carrier = Company name
port-bill-name = Name on the bill
port-bill-name-hint = Exactly as it appears on their bill.
port-account-number = Account number with them
port-pin = PIN or passcode
port-pin-hint = If your account with them has one.
port-btn = Billing telephone number
port-btn-hint = The main number on their bill, if it is not one of the numbers above.
port-btn-bad = Type ten digits with the area code.
port-service-address = Where the numbers are used today
port-transfer-date = Preferred transfer date
port-transfer-date-bad = Choose a day still to come.
port-signee = Authorised by
port-signee-hint = The person allowed to move these numbers, full name.
port-email = Send updates to
port-submit = Send the request
port-number-exists = Not sent: one of these numbers is already in service on this system, so there is nothing to bring over.
port-number-on-request = Not sent: one of these numbers is already on another request to bring it over.
ports-title = Numbers being brought over
ports-col-request = Request
ports-col-numbers = Numbers
ports-col-date = Transfer date
ports-col-actions = Actions
ports-cancel = Cancel request
ports-cancel-named = Cancel request { $name }
ports-cancel-confirm = Cancel the request { $name }? It cannot be sent again; you would enter a new one.
ports-cancel-yes = Cancel the request
ports-keep = Keep it
port-state-unconfirmed = Not sent yet
port-state-submitted = Sent
port-state-pending = With the other company
port-state-scheduled = Scheduled
port-state-completed = Done
port-state-rejected = Needs changes
port-state-canceled = Canceled
action-send-port = Send the request { $name }
ports-send = Send
ports-send-named = Send { $name }
