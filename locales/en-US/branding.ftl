## Branding (white-label)

nav-branding = Branding
branding-title = Branding
branding-intro = How the app looks at your own web address: your company name, colour, logo and icon, and where your customers get help. It applies to everyone who opens the app there, on the sign-in page and after.
action-open-branding = Open branding
action-save-branding = Save branding
action-load-dns-records = Load DNS records
inspector-not-branded = Normal: this account has no branding (or no logo or icon) yet; the first save creates it.

## Look
branding-look = Look
branding-company-name = Company name
branding-company-name-hint = Shown on the sign-in page, in the header and in the browser tab.
branding-colour = Brand colour
branding-colour-hint = A colour written as # and 6 hex digits, such as #1a5fb4, for buttons, links and highlights.
branding-colour-pick = Pick the brand colour
branding-colour-format = Write the colour as # and 3 or 6 hex digits, such as #1a5fb4.
branding-colour-light = White text on this colour, and this colour on white, is hard to read. A darker colour keeps buttons and links legible.
branding-logo = Logo
branding-icon = Icon
branding-logo-word = logo
branding-icon-word = icon
branding-logo-hint = A PNG, JPEG or GIF image of at most 1 MB, shown on the sign-in page and in the header. Sent when you save.
branding-icon-hint = A PNG, JPEG, GIF or ICO image of at most 1 MB, shown in the browser tab. Sent when you save.
branding-logo-now = The logo as it will show
branding-icon-now = The icon as it will show
branding-picture-chosen = { $name } will be uploaded when you save.
branding-logo-type = The logo must be a PNG, JPEG or GIF image.
branding-icon-type = The icon must be a PNG, JPEG, GIF or ICO image.
branding-picture-empty = This file is empty.
branding-picture-too-big = This file is { $size } KB; the { $what } may be at most 1 MB (1024 KB).
branding-picture-too-big-for-server = The server refused this { $what } as too large. Choose a smaller file.
branding-picture-unreadable = The browser could not read this file. Choose it again.
branding-saved-but-picture = The branding was saved, but a picture was not: see the message beside it.
brand-logo-alt = { $name } logo

## Web address
branding-address = Web address
branding-domain = Domain
branding-domain-hint = The name your customers open the app at, such as portal.example.com. Point it at the server that serves this app; one account per domain.
branding-domain-bare = Write only the name, such as portal.example.com, without http://, a port or a path.
branding-domain-format = Write a domain name such as portal.example.com: letters, digits and hyphens between dots.
branding-domain-taken = Another account already uses this domain. Choose another one.
branding-dns-title = DNS records for { $domain }
branding-dns-intro = Create these records at the DNS provider of { $domain } so that it reaches this server, as the server describes them.
branding-dns-type = Type
branding-dns-host = Name
branding-dns-value = Points to
branding-dns-purpose = For
branding-dns-none = The server suggests no DNS records for this domain.

## Support
branding-support = Support
branding-support-email = Support email
branding-support-email-hint = Where your customers report problems.
branding-help-url = Help page
branding-help-url-hint = A web page with help for your customers, starting with https://.
branding-help-url-format = Write a full web address starting with https:// or http://.

## What customers see
branding-customers = What your customers see
branding-switches-hint = For everyone who opens the app at your domain, you included.
branding-hide-docs = Hide documentation links
branding-hide-inspector = Hide the API inspector

## Preview
branding-preview = Preview: the sign-in page at { $domain }
branding-preview-no-domain = Preview: the sign-in page at your domain
branding-preview-your-domain = your-domain
