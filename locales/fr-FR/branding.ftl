## Image de marque (marque blanche)

nav-branding = Image de marque
branding-title = Image de marque
branding-intro = L'apparence de l'application à votre propre adresse web : le nom de votre entreprise, votre couleur, votre logo et votre icône, et l'endroit où vos clients trouvent de l'aide. Elle s'applique à tous ceux qui ouvrent l'application à cette adresse, sur la page de connexion comme ensuite.
action-open-branding = Ouvrir l'image de marque
action-save-branding = Enregistrer l'image de marque
action-load-dns-records = Charger les enregistrements DNS
inspector-not-branded = Normal : ce compte n'a pas encore d'image de marque (ou pas de logo ni d'icône) ; le premier enregistrement la crée.

## Apparence
branding-look = Apparence
branding-company-name = Nom de l'entreprise
branding-company-name-hint = Affiché sur la page de connexion, dans l'en-tête et dans l'onglet du navigateur.
branding-colour = Couleur de la marque
branding-colour-hint = Une couleur écrite sous la forme # suivi de 6 chiffres hexadécimaux, par exemple #1a5fb4, pour les boutons, les liens et les éléments mis en évidence.
branding-colour-pick = Choisir la couleur de la marque
branding-colour-format = Saisissez la couleur sous la forme # suivi de 3 ou 6 chiffres hexadécimaux, par exemple #1a5fb4.
branding-colour-light = Un texte blanc sur cette couleur, ou cette couleur sur fond blanc, est difficile à lire. Une couleur plus foncée garde les boutons et les liens lisibles.
branding-logo = Logo
branding-icon = Icône
branding-logo-word = le logo
branding-icon-word = l'icône
branding-logo-hint = Une image PNG, JPEG ou GIF de 1 Mo au maximum, affichée sur la page de connexion et dans l'en-tête. Elle est envoyée lors de l'enregistrement.
branding-icon-hint = Une image PNG, JPEG, GIF ou ICO de 1 Mo au maximum, affichée dans l'onglet du navigateur. Elle est envoyée lors de l'enregistrement.
branding-logo-now = Le logo tel qu'il s'affichera
branding-icon-now = L'icône telle qu'elle s'affichera
branding-picture-chosen = Le fichier { $name } sera importé lors de l'enregistrement.
branding-logo-type = Le logo doit être une image PNG, JPEG ou GIF.
branding-icon-type = L'icône doit être une image PNG, JPEG, GIF ou ICO.
branding-picture-empty = Ce fichier est vide.
branding-picture-too-big = Ce fichier fait { $size } Ko ; { $what } ne doit pas dépasser 1 Mo (1024 Ko).
branding-picture-too-big-for-server = Le serveur a refusé { $what } : le fichier est trop volumineux. Choisissez un fichier plus petit.
branding-picture-unreadable = Le navigateur n'a pas pu lire ce fichier. Choisissez-le de nouveau.
branding-saved-but-picture = L'image de marque a été enregistrée, mais une image ne l'a pas été : consultez le message affiché à côté de celle-ci.
brand-logo-alt = Logo de { $name }

## Adresse web
branding-address = Adresse web
branding-domain = Domaine
branding-domain-hint = Le nom sous lequel vos clients ouvrent l'application, par exemple portal.example.com. Faites-le pointer vers le serveur qui héberge cette application ; un seul compte par domaine.
branding-domain-bare = Saisissez uniquement le nom, par exemple portal.example.com, sans http://, ni port, ni chemin.
branding-domain-format = Saisissez un nom de domaine tel que portal.example.com : des lettres, des chiffres et des tirets entre des points.
branding-domain-taken = Un autre compte utilise déjà ce domaine. Choisissez-en un autre.
branding-dns-title = Enregistrements DNS pour { $domain }
branding-dns-intro = Créez ces enregistrements, tels que le serveur les décrit, chez le fournisseur DNS de { $domain } pour que ce domaine mène à ce serveur.
branding-dns-type = Type
branding-dns-host = Nom
branding-dns-value = Pointe vers
branding-dns-purpose = Rôle
branding-dns-none = Le serveur ne propose aucun enregistrement DNS pour ce domaine.

## Assistance
branding-support = Assistance
branding-support-email = E-mail d'assistance
branding-support-email-hint = L'adresse à laquelle vos clients signalent les problèmes.
branding-help-url = Page d'aide
branding-help-url-hint = Une page web d'aide pour vos clients, commençant par https://.
branding-help-url-format = Saisissez une adresse web complète commençant par https:// ou http://.

## Ce que voient vos clients
branding-customers = Ce que voient vos clients
branding-switches-hint = Pour tous ceux qui ouvrent l'application sur votre domaine, vous y compris.
branding-hide-docs = Masquer les liens vers la documentation
branding-hide-inspector = Masquer l'inspecteur d'API

## Aperçu
branding-preview = Aperçu : la page de connexion sur { $domain }
branding-preview-no-domain = Aperçu : la page de connexion sur votre domaine
branding-preview-your-domain = votre-domaine
