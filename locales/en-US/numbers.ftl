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
