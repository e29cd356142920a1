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
