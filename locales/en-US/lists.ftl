## Long lists: search and features shown in listings

users-col-features = Features
users-search = Search users by name
search-hit-open-for-details = Open to see extension, role, numbers, devices and features.
user-features-none = None
user-feature-hotdesk = Hot desking
user-feature-call_forward = Call forward
user-feature-caller_id = Caller ID
user-feature-vm_to_email = Voicemail to email
user-feature-music_on_hold = Music on hold
user-feature-do_not_disturb = Do not disturb
users-col-numbers = Phone numbers
users-col-devices = Devices
users-col-unavailable = Could not be loaded
users-no-numbers = None
users-no-devices = None
user-feature-voicemail = Voicemail
devices-search = Search devices by name
device-hit-open-for-details = Open to see type, status and owner.
vmboxes-search = Search voicemail boxes by name
vmbox-hit-open-for-details = Open to see the mailbox number and messages.
groups-search = Search groups by name
group-hit-open-for-details = Open to see the members.
