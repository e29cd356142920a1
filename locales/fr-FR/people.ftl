## Smart PBX › Boîtes vocales, suppression d'utilisateurs, modification des groupes de sonnerie

vmbox-add = Ajouter une boîte vocale
action-open-vmbox = Ouvrir la boîte vocale
action-create-vmbox = Créer la boîte vocale { $name }
action-save-vmbox = Enregistrer la boîte vocale { $name }
action-delete-vmbox = Supprimer la boîte vocale { $name }
vmbox-owned-by = Appartient à { $owner }.
vmbox-basic = Réglages de base
vmbox-name = Nom de la boîte
vmbox-mailbox = Numéro de boîte
vmbox-mailbox-format = Un numéro de boîte compte de 1 à 30 chiffres.
vmbox-mailbox-taken = Ce numéro de boîte est déjà utilisé par une autre boîte.
vmbox-pin = Code PIN
vmbox-pin-hint = 4 à 6 chiffres. Laissez vide pour ne pas utiliser de code PIN.
vmbox-pin-format = Un code PIN compte de 4 à 6 chiffres.
vmbox-options = Options
vmbox-media-extension = Format des fichiers de messages
vmbox-format-default = Valeur par défaut de la plateforme
vmbox-format-mp3 = MP3
vmbox-format-wav = WAV
vmbox-is-setup = Déjà configurée (ignorer la configuration au premier appel)
vmbox-require-pin = Demander le code PIN
vmbox-check-if-owner = Accès sans code PIN depuis les téléphones du propriétaire
vmbox-skip-greeting = Ignorer le message d'accueil
vmbox-skip-instructions = Ignorer les instructions
vmbox-announcement-only = Annonce seule (les appelants ne peuvent pas laisser de message)
vmbox-delete-after-notify = Supprimer les messages une fois envoyés par e-mail
vmbox-include-message = Joindre le message à l'e-mail
vmbox-configurable = Réglages modifiables par téléphone
vmbox-skip-envelope = Ne pas annoncer l'enveloppe (appelant et heure) à l'écoute des messages
vmbox-envelope-type = Enveloppe
vmbox-envelope-caller-and-time = Appelant et heure
vmbox-envelope-default = Valeur par défaut de la plateforme
vmbox-recipients = Destinataires des e-mails
vmbox-greetings = Messages d'accueil
vmbox-greetings-hint = Ce qu'entendent les appelants avant de laisser un message. Le message d'accueil temporaire, s'il est choisi, remplace le message habituel (pendant votre absence, par exemple).
vmbox-greeting = Message d'accueil
vmbox-temporary-greeting = Message d'accueil temporaire
vmbox-emails = Envoyer les nouveaux messages à
vmbox-emails-hint = Adresses e-mail, séparées par des virgules.
vmbox-sharing = Partage
vmbox-shared = Boîte partagée : tous ses membres peuvent écouter ses messages
vmbox-members = Membres
vmbox-needs-members = Une boîte partagée doit avoir au moins un membre.
vmbox-outside-confirm = Cette boîte vocale a été créée ou modifiée pour la dernière fois en dehors de Smart PBX (par une autre application ou par l'API). L'enregistrer ici la réécrit au format de Smart PBX. Enregistrer quand même ?
vmbox-delete = Supprimer la boîte vocale
vmbox-delete-confirm = Supprimer la boîte
vmbox-delete-shared = Supprimer « { $name } » et tous ses messages ? Cette action est irréversible.
vmbox-delete-owned = Supprimer « { $name } » et tous ses messages ? Elle est aussi retirée des appels destinés à { $owner } : les appelants sans réponse n'aboutiront plus sur une messagerie. Cette action est irréversible.

## Suppression d'un utilisateur
user-delete = Supprimer l'utilisateur
action-find-user-belongings = Rechercher ce qui appartient à { $name }
action-delete-user = Supprimer l'utilisateur { $name }
user-delete-confirm = Supprimer { $name } ?
user-delete-alongside = Comme dans Smart PBX, cette action également :
user-delete-callflows = supprime { $count ->
    [one] son flux d'appel
   *[other] ses { $count } flux d'appel
} ({ $names }) : son poste et ses numéros ne sonnent plus et redeviennent libres ;
user-delete-vmboxes = supprime { $count ->
    [one] sa boîte vocale
   *[other] ses { $count } boîtes vocales
} ({ $names }) avec tous les messages ;
user-delete-devices = détache de l'utilisateur { $count ->
    [one] son appareil
   *[other] ses { $count } appareils
} ({ $names }), sans rien supprimer du compte, sauf si vous cochez la case ci-dessous ;
user-delete-conferences = renomme { $count ->
    [one] sa conférence
   *[other] ses { $count } conférences
} ({ $names }) en « Unassigned … », sauf si vous cochez la case ci-dessous.
user-delete-devices-too = Supprimer aussi ses appareils
user-delete-conferences-too = Supprimer aussi ses conférences
user-delete-cannot-undo = Cette action est irréversible.
user-delete-proceed = Supprimer { $name }


## Modification d'un groupe de sonnerie
action-open-group = Ouvrir le groupe
action-save-group = Enregistrer le groupe { $name }
action-delete-group = Supprimer le groupe { $name }
group-extensions = Postes
group-numbers = Numéros de téléphone
group-list-hint = S'il y en a plusieurs, séparez-les par des virgules.
group-needs-number = Un groupe a besoin d'un poste ou d'un numéro de téléphone pour être joignable.
group-number-format = Un numéro de téléphone compte au moins 7 chiffres, par exemple +14155550150.
group-number-taken = L'un de ces postes ou numéros est déjà utilisé ailleurs.
group-strategy = Sonnerie
group-strategy-simultaneous = Tous les membres en même temps
group-strategy-single = Un membre après l'autre, dans l'ordre
group-delay = Délai (secondes)
group-timeout = Durée de sonnerie (secondes)
group-order = Ordre
group-delay-of = Délai avant de faire sonner { $name }, en secondes
group-timeout-of = Durée de sonnerie pour { $name }, en secondes
group-move-up = Monter { $name }
group-move-down = Descendre { $name }
group-remove-member = Retirer { $name }
group-member-deleted = Utilisateur supprimé
group-member-times = Les délais vont jusqu'à 600 secondes ; les durées de sonnerie, de 1 à 600 secondes.
group-add-member-label = Ajouter un membre
group-choose-user = Choisir un utilisateur
group-add-member = Ajouter le membre
group-outside-confirm = Ce groupe a été créé ou modifié pour la dernière fois en dehors de Smart PBX (par une autre application ou par l'API). L'enregistrer ici le réécrit au format de Smart PBX. Enregistrer quand même ?
group-delete = Supprimer le groupe
group-delete-confirm = Supprimer le groupe
group-delete-what = Supprimer le groupe « { $name } » ? Son flux d'appel de groupe de sonnerie (composé sur { $numbers }) et son flux d'appel de base sont supprimés avec lui : ces numéros ne sonnent plus et redeviennent libres. Les membres eux-mêmes ne sont pas modifiés. Cette action est irréversible.
action-read-extensions = Charger les postes utilisés
group-next = Si personne ne répond
group-next-hint = Où vont les appels quand aucun membre ne décroche.
group-next-default = Annoncer que personne n'est disponible
group-next-people = Personnes
group-next-groups = Autres groupes
group-next-vmboxes = Boîtes vocales
group-next-devices = Téléphones
group-next-current = L'étape choisie auparavant
group-next-unreadable = Impossible de charger la liste des destinations ; le choix actuel est conservé.
action-read-next-actions = Charger les destinations possibles des appels sans réponse d'un groupe
group-calling = Appel du groupe
group-repeats = Nombre de fois où les membres sonnent
group-repeats-hint = Avant que l'appel soit dirigé vers la destination prévue quand personne ne répond.
group-repeats-invalid = Saisissez un nombre entier de 1 à 10.
group-ringback = Les appelants entendent
group-ringback-default = La sonnerie habituelle
group-ringback-silence = Le silence
group-ringback-current = Le son choisi dans une autre application
group-ring-forwarded = Faire aussi sonner les membres dont le téléphone est renvoyé ailleurs
group-recording = Enregistrer les appels vers ce groupe
recording-url = Envoyer les enregistrements à
recording-url-hint = Une adresse http, https, ftp, ftps ou sftp où vos enregistrements sont conservés.
recording-url-invalid = Saisissez une adresse commençant par https://, http://, ftp://, ftps:// ou sftp://.
recording-format = Format d'enregistrement
recording-limit = Durée maximale d'un enregistrement, en secondes
recording-limit-invalid = Saisissez un nombre entier de secondes de 1 à 10800 (3 heures).
action-read-media = Charger les enregistrements
user-username = Nom d'utilisateur
user-username-hint = L'identifiant avec lequel cette personne se connecte. Pour le modifier, saisissez aussi un nouveau mot de passe ci-dessous.
user-username-format = Un nom d'utilisateur ne contient aucune espace et compte au plus 254 caractères.
user-username-needs-password = Choisissez aussi un nouveau mot de passe : un nouveau nom d'utilisateur l'exige.
password-reset-title = Mot de passe oublié
password-reset-intro = Envoyez à { $email } un lien permettant à cette personne de choisir un nouveau mot de passe. Son mot de passe actuel reste valable d'ici là.
password-reset-send = Envoyer un lien de réinitialisation du mot de passe
password-reset-sent = Un lien pour choisir un nouveau mot de passe a été envoyé à { $email }.
password-reset-no-email = Pour envoyer à cette personne un lien de choix d'un nouveau mot de passe, attribuez-lui d'abord une adresse e-mail et un nom d'utilisateur.
action-send-password-reset = Envoyer un lien de réinitialisation du mot de passe à { $name }
vmbox-messages-title = Messages de cette boîte
