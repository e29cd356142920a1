# Patchbay, français (France). Toute clé absente de ce dossier
# s'affiche en anglais (en-US), la langue de référence.
# Les clés sont réparties en un fichier par partie de l'application (ce dossier est lu dans l'ordre des noms).

app-loading = Chargement de Patchbay…
app-config-error = Patchbay n'a pas pu charger sa configuration (config.json) : { $detail }
brand-default = Patchbay
skip-to-content = Aller au contenu

## Connexion
sign-in-title = Se connecter
sign-in-intro = Connectez-vous avec votre compte KAZOO pour gérer votre système téléphonique.
sign-in-account = Nom du compte
sign-in-username = Nom d'utilisateur
sign-in-password = Mot de passe
sign-in-submit = Se connecter
sign-in-working = Connexion…
sign-in-with-api-key = Se connecter avec une clé API
sign-in-with-password = Se connecter avec un nom d'utilisateur et un mot de passe
sign-in-api-key = Clé API
sign-in-api-key-hint = La clé de 64 caractères du compte (GET /v2/accounts/{"{"}ACCOUNT_ID{"}"}/api_key).
sign-in-required = Saisissez le nom du compte, votre nom d'utilisateur et votre mot de passe.
sign-in-api-key-length = Une clé API compte exactement 64 caractères.
sign-in-privacy = Votre mot de passe est haché dans ce navigateur ; il n'est jamais envoyé ni enregistré.
sign-in-failed = Le nom du compte, le nom d'utilisateur ou le mot de passe est incorrect.
sign-in-api-key-unknown = Aucun compte n'a cette clé API.
sign-in-too-many = Trop de tentatives de connexion. Patientez une minute, puis réessayez.
sign-in-sandbox-hint = Vous essayez le bac à sable ? Connectez-vous à « Demo Co » avec admin / admin-pass.

## Session
reauth-title = Votre session a expiré
reauth-intro = Saisissez votre mot de passe pour continuer. Ce que vous étiez en train de faire est conservé et sera renvoyé.
reauth-intro-api-key = Saisissez la clé API pour continuer. Ce que vous étiez en train de faire est conservé et sera renvoyé.
reauth-submit = Continuer
reauth-cancel = Se déconnecter
reauth-signed-in-as = Connecté en tant que { $user } dans { $account }
sign-out = Se déconnecter
action-sign-in = Se connecter
action-sign-in-again = Se reconnecter
action-refresh-session = Actualiser la session
action-load-branding = Charger l'image de marque

## Interface
nav-label = Sections
nav-smartpbx = Smart PBX
nav-callflows = Callflows
nav-accounts = Comptes
nav-my-settings = Mes paramètres
nav-which-app = Quelle application utiliser ?
header-account = Compte
inspector-toggle = Inspecteur d'API
inspector-shortcut = Raccourci : Alt+I
not-allowed-title = Accès non autorisé
not-allowed-body = Votre rôle ne vous donne pas accès à cette page. Si vous en avez besoin, demandez-le à un administrateur de votre compte.
not-found-title = Page introuvable
not-found-body = Il n'y a rien à cette adresse.
go-home = Aller à votre page d'accueil
user-guide = Guide d'utilisation
api-docs = Documentation de l'API Crossbar : { $resource }
coming-next = Bientôt disponible
loading = Chargement…
retry = Réessayer
screen-unavailable = Cette partie de Patchbay n'a pas pu être téléchargée. Vérifiez votre connexion, puis réessayez.
saved = Enregistré.
role-admin = Administrateur
role-user = Utilisateur

## Callflows / Comptes
callflows-title = Callflows
callflows-intro = L'éditeur en arborescence du routage des appels : menus vocaux (SVI), routage selon les horaires et codes de service.
accounts-title = Comptes
accounts-intro = Créez et gérez les sous-comptes de votre compte revendeur.
accounts-coming = Le gestionnaire de comptes est en cours de développement.

## Mes paramètres
settings-title = Mes paramètres
settings-intro = Votre nom, votre adresse e-mail, votre fuseau horaire et votre langue.
settings-first-name = Prénom
settings-last-name = Nom
settings-email = E-mail
settings-timezone = Fuseau horaire
settings-language = Langue
settings-timezone-default = Valeur par défaut du compte
settings-language-default = Valeur par défaut du compte
settings-save = Enregistrer
settings-saving = Enregistrement…
settings-unchanged = Rien à enregistrer : aucun champ n'a été modifié.
action-open-settings = Ouvrir Mes paramètres
action-save-settings = Enregistrer mes paramètres

## Validation des champs
field-required = { $field } est obligatoire.
field-too-long = { $field } ne doit pas dépasser { $max } caractères.
field-email = Saisissez une adresse e-mail comme nom@example.com.
form-has-errors = Certains champs sont à corriger ; rien n'a été enregistré.

## Erreurs (les clés viennent de CrossbarError::i18n_key)
error-validation = Non enregistré : certaines saisies sont à modifier.
error-multiple-choice = Non enregistré : plusieurs correspondances ont été trouvées. Choisissez celle que vous vouliez.
## Ce qui n'allait pas dans un champ (le validateur de Crossbar, en clair).
field-problem-required = Ce champ est obligatoire.
field-problem-unique = Déjà utilisé.
field-problem-min-length = Trop court : au moins { $target } caractères.
field-problem-max-length = Trop long : au plus { $target } caractères.
field-problem-minimum = Trop petit : au moins { $target }.
field-problem-maximum = Trop grand : au plus { $target }.
field-problem-format = Le format n'est pas celui attendu.
field-problem-choice = Ne fait pas partie des choix autorisés.
field-problem-type = Ce type de valeur ne convient pas.
error-invalid-credentials = Les identifiants n'ont pas été acceptés.
error-session-expired = Votre session a expiré.
error-payment-required = Cette modification nécessite d'accepter des frais.
error-forbidden = Vous n'êtes pas autorisé à effectuer cette action.
error-not-found = Cet élément n'existe plus, ou vous ne pouvez pas le voir.
error-method-not-allowed = Le serveur n'autorise pas cette action.
field-hidden-characters = { $field } contient des caractères de contrôle ou de sens d'écriture invisibles. Saisissez-le de nouveau sans ces caractères.
error-conflict = Quelqu'un d'autre a modifié cet élément au même moment. Rechargez la page, puis réessayez.
error-changed-since-loaded = Quelqu'un d'autre a modifié cet élément depuis que vous l'avez ouvert. Rechargez pour voir ses modifications.
error-cancelled = Annulé.
error-not-saved-changed = Non enregistré : quelqu'un d'autre a modifié cet élément depuis que vous l'avez ouvert. Vos modifications sont toujours dans le formulaire.
error-too-large = La liste est trop longue pour être chargée en une seule fois.
error-too-many-requests = Trop de requêtes. Patientez un instant, puis réessayez.
error-server = Le serveur a rencontré une erreur ({ $status }). Réessayez dans un instant.
error-unexpected = Le serveur a envoyé une réponse inattendue pour Patchbay ({ $status }).
error-network = Impossible de joindre le serveur. Vérifiez votre connexion, puis réessayez.
error-request-id = Identifiant de la requête : { $id }

## Inspecteur d'API
inspector-title = Inspecteur d'API
inspector-no-branding = Normal : aucune image de marque n'est configurée pour cette adresse web, l'apparence standard est donc utilisée.
inspector-intro = Tous les appels à Crossbar effectués par Patchbay, regroupés selon vos actions. Les jetons et identifiants sont masqués.
inspector-close = Fermer
inspector-clear = Effacer
inspector-empty = Aucun appel pour l'instant. Utilisez l'application et les appels s'afficheront ici.
inspector-calls = { $count ->
    [one] { $count } appel
   *[other] { $count } appels
}
inspector-request = Requête
inspector-response = Réponse
inspector-headers = En-têtes
inspector-body = Corps
inspector-no-body = (aucun corps)
inspector-no-response = Aucune réponse : { $reason }
inspector-request-id = Identifiant de la requête
inspector-started = Début
inspector-duration = Durée
inspector-status = Statut
inspector-copied = Copié dans le presse-papiers.
inspector-copy-failed = La copie a échoué ; sélectionnez la commande ci-dessous et copiez-la.
inspector-curl-hint = Avant de l'exécuter, remplacez SERVER par { $server } et AUTH_TOKEN par votre jeton.
inspector-docs = Documentation
inspector-docs-label = Documentation : { $page }

## Quelle application utiliser ?
which-title = Quelle application utiliser ?
which-intro = Smart PBX, Callflows et l'API Crossbar modifient tous les mêmes données du compte. Chacun convient à des personnes et à des tâches différentes.
which-col-aspect = Question
which-col-smartpbx = Smart PBX
which-col-callflows = Callflows
which-col-api = API
which-row-who = Pour qui ?
which-who-smartpbx = Les responsables de bureau et administrateurs qui veulent des réglages par défaut raisonnables.
which-who-callflows = Les administrateurs téléphonie qui conçoivent le routage des appels étape par étape.
which-who-api = Les développeurs et intégrateurs qui automatisent les modifications.
which-row-what = Que modifiez-vous ?
which-what-smartpbx = Les personnes, les téléphones, les groupes de sonnerie, le numéro principal, les heures d'ouverture, la messagerie vocale, les numéros.
which-what-callflows = N'importe quel flux d'appel : sous-menus vocaux (SVI), branches selon les horaires, codes de service.
which-what-api = Tous les documents, y compris les champs qu'aucune des deux applications n'affiche.
which-row-how = Comment les données sont-elles enregistrées ?
which-how-smartpbx = Avec des noms et des formats stricts qu'il reconnaît ensuite ; il ne masque rien.
which-how-callflows = Tels que vous les dessinez ; il masque les flux gérés par Smart PBX.
which-how-api = Exactement tels que vous les envoyez : c'est à vous de garder des formats cohérents.
which-row-risk = Points de vigilance
which-risk-smartpbx = Les flux qu'il n'a pas créés apparaissent comme créés ailleurs ; modifiez-les avec prudence.
which-risk-callflows = Modifier ici un flux de Smart PBX peut empêcher Smart PBX de le reconnaître.
which-risk-api = Rien ne vous empêche d'écrire une structure que les applications ne savent pas lire.
which-advice = Commencez par Smart PBX. Passez à Callflows quand un routage demande une structure que Smart PBX ne sait pas dessiner, et à l'API pour répéter une tâche. Ouvrez l'inspecteur d'API pour voir les appels derrière chaque clic.

## Quelqu'un d'autre a modifié un document pendant sa modification
conflict-title = Quelqu'un d'autre a modifié cet élément
conflict-intro = Pendant votre modification, quelqu'un d'autre y a enregistré un changement. « { $action } » n'a pas encore été enregistré.
conflict-intro-delete = Pendant que vous le consultiez, quelqu'un d'autre y a enregistré un changement. « { $action } » n'a encore rien supprimé.
conflict-theirs = Ses modifications
conflict-theirs-hidden = Des détails que le formulaire n'affiche pas, ou des modifications faites par un processus automatique.
conflict-mine = Vos modifications
conflict-change = { $before } → { $after }
conflict-both-changed = (également modifié par l'autre personne)
conflict-none = (aucun)
conflict-on = activé
conflict-off = désactivé
conflict-keep-mine = Conserver mes modifications
conflict-merge = Fusionner
conflict-reload = Recharger
conflict-cancel = Annuler
conflict-delete-anyway = Supprimer quand même
conflict-hint = Conserver mes modifications : les vôtres l'emportent là où vous avez tous deux modifié quelque chose. Fusionner : les vôtres sont ajoutées là où l'autre personne n'a rien changé, les siennes restent là où vous avez tous deux modifié. Recharger : abandonner les vôtres et afficher les siennes. Annuler : ne rien enregistrer pour l'instant et continuer la modification.
conflict-hint-delete = Supprimer quand même supprime l'élément avec sa modification. Recharger l'affiche tel qu'il est maintenant. Annuler ne fait rien.

## Champs des documents, tels que la boîte de dialogue de conflit les nomme
doc-field-first-name = Prénom
doc-field-last-name = Nom
doc-field-email = E-mail
doc-field-username = Nom d'utilisateur
doc-field-timezone = Fuseau horaire
doc-field-language = Langue
doc-field-priv-level = Rôle
doc-field-presence-id = Poste
doc-field-name = Nom
doc-field-caller-id-internal-name = Nom présenté en interne
doc-field-caller-id-internal-number = Numéro présenté en interne
doc-field-caller-id-external-name = Nom présenté à l'extérieur
doc-field-caller-id-external-number = Numéro présenté à l'extérieur
doc-field-call-forward-enabled = Renvoi d'appel
doc-field-call-forward-number = Numéro de renvoi d'appel
doc-field-do-not-disturb-enabled = Ne pas déranger
doc-field-vm-to-email-enabled = Messagerie vocale par e-mail
doc-field-music-on-hold-media-id = Musique d'attente
doc-field-enabled = Activé
doc-field-mailbox = Numéro de boîte vocale
doc-field-pin = Code PIN
doc-field-numbers = Numéros
doc-field-owner-id = Propriétaire
doc-field-cnam-display-name = Nom présenté
doc-field-mac-address = Adresse MAC

# Quitter un écran avec des modifications non enregistrées
leave-title = Quitter sans enregistrer ?
leave-what = Certaines modifications sur cet écran ne sont pas encore enregistrées. Si vous quittez maintenant, elles seront perdues.
leave-stay = Rester sur cet écran
leave-anyway = Quitter sans enregistrer
menu = Menu
docs-menu = Documentation

## Mes paramètres : mot de passe, téléphones, appels récents

action-change-password = Changer mon mot de passe
action-open-my-phones = Voir mes téléphones
action-open-my-calls = Voir mes appels récents
password-title = Mot de passe
password-current = Mot de passe actuel
password-new = Nouveau mot de passe
password-again = Confirmer le nouveau mot de passe
password-save = Changer le mot de passe
password-changed = Mot de passe changé.
password-current-required = Saisissez votre mot de passe actuel.
password-current-wrong = Ce n'est pas votre mot de passe actuel.
password-same = Choisissez un mot de passe différent de l'actuel.
password-mismatch = Les deux nouveaux mots de passe ne sont pas identiques.
my-phones-title = Mes téléphones
my-phones-none = Aucun téléphone ne vous est encore attribué. Adressez-vous à votre administrateur.
my-calls-title = Mes appels récents
my-calls-empty = Aucun appel ces sept derniers jours.
password-new-hint = Au moins 6 caractères.
sign-in-forgot = Mot de passe oublié ?
forgot-title = Réinitialiser votre mot de passe
forgot-intro = Saisissez le nom du compte et votre nom d'utilisateur. Nous vous enverrons par e-mail un lien pour choisir un nouveau mot de passe.
forgot-required = Saisissez le nom du compte et votre nom d'utilisateur.
forgot-submit = M'envoyer un lien par e-mail
forgot-sent = Si le compte et le nom d'utilisateur sont corrects, un e-mail contenant un lien pour choisir un nouveau mot de passe va être envoyé à l'adresse enregistrée. Le lien n'est valable qu'une fois, pendant une heure.
forgot-back = Retour à la connexion
forgot-url-refused = Le serveur n'envoie pas de liens de réinitialisation vers l'adresse de cette console. Demandez à votre administrateur de réinitialiser votre mot de passe.
reset-link-invalid = Ce lien de réinitialisation a déjà été utilisé ou a expiré. Demandez-en un nouveau avec « Mot de passe oublié ? ».
action-ask-password-reset = Demander un e-mail de réinitialisation du mot de passe
action-open-reset-link = Se connecter avec un lien de réinitialisation du mot de passe
new-password-title = Choisir un nouveau mot de passe
new-password-intro = Avant de continuer, choisissez un nouveau mot de passe pour { $username }.
new-password-save = Enregistrer le nouveau mot de passe
new-password-sign-out = Se déconnecter
new-password-too-late = Trop de temps s'est écoulé depuis votre connexion. Déconnectez-vous, puis demandez un nouveau lien avec « Mot de passe oublié ? ».
action-choose-new-password = Choisir un nouveau mot de passe

## Inspecteur v2
inspector-filter-region = Filtrer les appels
inspector-filter = Filtrer les appels
inspector-filter-placeholder = Méthode, statut, chemin ou texte dans les corps
inspector-method = Méthode
inspector-any-method = Toutes les méthodes
inspector-failed-only = Appels en échec uniquement
inspector-shown = { $shown } sur { $count ->
    [one] { $count } appel affiché
   *[other] { $count } appels affichés
}
inspector-export-har = Exporter en HAR
inspector-har-ready = Fichier HAR { $count ->
    [one] de { $count } appel prêt
   *[other] de { $count } appels prêt
}, sans les jetons ni les mots de passe.
inspector-har-download = Télécharger { $name }
inspector-copy-as-title = L'envoyer vous-même
inspector-copy-as = Copier en
inspector-copy-code = Copier en { $lang }
inspector-my-values = Avec mon serveur et mon compte
inspector-my-values-hint = Le serveur et le compte sont les vôtres ; le jeton reste le paramètre fictif AUTH_TOKEN : remplacez-le par le vôtre.
inspector-copy-path = Copier le chemin { $path }
inspector-path-copied = { $path } copié dans le presse-papiers.
inspector-copy-response = Copier la réponse
inspector-body-copied = Réponse copiée dans le presse-papiers.
inspector-request-body = Corps de la requête
inspector-response-body = Corps de la réponse
inspector-means = Ce que cela signifie :
inspector-means-400 = Crossbar a refusé ce qui a été envoyé. Les champs refusés, et pourquoi :
inspector-means-401 = Non connecté, ou le jeton a expiré : reconnectez-vous pour en obtenir un nouveau.
inspector-means-402 = L'offre ou le crédit du compte ne permet pas cette action.
inspector-means-403 = Cette connexion n'a pas le droit de faire cela (jeton d'un utilisateur, ou document d'un autre compte).
inspector-means-404 = Il n'y a rien à cette adresse : le document a été supprimé, ou l'identifiant est incorrect.
inspector-means-405 = Cette adresse n'accepte pas cette méthode.
inspector-means-409 = Conflit avec un élément existant (nom, numéro ou poste déjà utilisé).
inspector-means-412 = Quelqu'un a modifié le document après sa lecture ; relisez-le et appliquez de nouveau la modification.
inspector-means-413 = Ce qui a été envoyé est trop volumineux.
inspector-means-429 = Trop de requêtes en peu de temps ; patientez un peu, puis renvoyez.
inspector-means-500 = Le serveur a rencontré une erreur. À sa connaissance, la requête est correcte ; réessayez, ou contactez son administrateur en indiquant l'identifiant de la requête.
inspector-means-other = Crossbar n'a pas effectué l'action ; sa réponse en donne la raison.
action-read-about = Savoir de quel serveur il s'agit
environment-sandbox = Bac à sable
environment-production = Production
environment-title = Le serveur sur lequel travaille cette console
inspector-send-again = Renvoyer
inspector-edit-in-console = Modifier dans la console API
inspector-replay-redacted = Les mots de passe et jetons de ce corps ont été masqués lors de l'enregistrement : le renvoyer enverra donc les valeurs de remplacement.
action-send-again = Renvoyer : { $method } /v2/{ $path }
inspector-reproduce = Reproduire sous forme de script
inspector-reproduce-title = Reproduire « { $action } »
inspector-reproduce-intro = Un script qui se connecte avec vos propres identifiants (tirés de KAZOO_SERVER, KAZOO_ACCOUNT_NAME, KAZOO_USERNAME et KAZOO_PASSWORD, ou de KAZOO_API_KEY) et refait ces appels, en utilisant les identifiants renvoyés par le serveur. Essayez-le d'abord sur un bac à sable.
inspector-reproduce-language = Langage
inspector-script = Script
inspector-copy = Copier
inspector-download = Télécharger
support-title = Niveau de prise en charge de ces champs
support-reading = Lecture du schéma…
support-supported = pris en charge
support-beta = bêta : non pris en charge par 2600Hz
support-alpha = alpha : non pris en charge par 2600Hz, susceptible de changer
support-unmarked = non indiqué dans le schéma
support-undocumented = Non documenté : la documentation de KAZOO n'a pas de page pour ce point d'accès.
action-read-schema = Lire le schéma { $schema }
which-col-accounts = Comptes
which-screen-accounts = Comptes
which-screen-users = Smart PBX › Utilisateurs
which-screen-main-number = Smart PBX › Numéro principal
which-screen-dashboard = Smart PBX › Tableau de bord
which-screen-account-settings = Callflows › Paramètres du compte
which-screen-groups = Smart PBX › Groupes
which-screen-menus = Callflows › Menus
which-screen-console = Console API
which-screen-feature-codes = Callflows › Codes de service
which-screen-new-callflow = Callflows › Nouveau flux d'appel
tasks-title = Où faire quoi
tasks-filter = Rechercher une tâche
tasks-col-task = Tâche
tasks-col-where = Où
tasks-col-screen = Écran
tasks-col-docs = Documentation de l'API
tasks-docs-link = Documentation de l'API pour « { $task } »
task-initial-setup = Configuration initiale d'un compte et de son premier administrateur
task-users-devices = Les utilisateurs et leurs téléphones
task-office-hours = Heures d'ouverture et jours fériés
task-hold-music = Musique d'attente
task-incoming-routing = Destination des appels entrants
task-default-language = La langue par défaut du compte
task-billing = Paramètres de facturation (offre de service et limites)
task-ring-groups = Groupes de sonnerie
task-sub-menus = Sous-menus pour les appels entrants (« tapez 1 pour le service commercial »)
task-trunking = Trunking (trunks SIP vers un PBX)
task-feature-codes = Codes de service personnalisés
task-automation = Automatisation (scripts, intégrations)
recipe-title = Un sous-menu sur le numéro principal, avec plusieurs applications
recipe-intro = Certaines tâches nécessitent plus d'une application. Les appelants du numéro principal choisissent « 1 pour le service commercial, 2 pour l'assistance » :
recipe-step-groups = Créez un groupe de sonnerie pour chaque équipe dans
recipe-step-menu = Créez un flux d'appel avec un menu dont les options mènent à ces groupes, dans
recipe-step-list = Dans ce flux d'appel, cochez « Proposer ce flux d'appel dans Numéro principal », puis enregistrez, dans
recipe-step-main-number = Choisissez ce flux d'appel pour les heures d'ouverture (ou en dehors) dans
inspector-copy-request = Copier le corps de la requête
inspector-request-copied = Corps de la requête copié dans le presse-papiers.
