## Smart PBX › paramètres d'un utilisateur (rôle, renvoi d'appel, présence, numéro présenté, boîte vocale, appareils)

user-settings-title = Paramètres et fonctions
action-open-user-settings = Ouvrir les paramètres de { $name }
user-locale-title = Rôle et langue
user-locale-save = Enregistrer le rôle et la langue
action-save-user-locale = Enregistrer le rôle et la langue de { $name }
user-role = Rôle
user-timezone = Fuseau horaire
user-timezone-inherit = Fuseau horaire du compte
user-language = Langue
user-language-auto = Langue du compte

call-forward-title = Renvoi d'appel
call-forward-save = Enregistrer le renvoi d'appel
action-save-call-forward = Enregistrer le renvoi d'appel de { $name }
call-forward-mode = Quand renvoyer les appels
call-forward-off = Jamais
call-forward-always = Toujours
call-forward-failover = Seulement quand mes appareils ne répondent pas
call-forward-number = Renvoyer vers le numéro
call-forward-number-invalid = Saisissez un numéro de téléphone : des chiffres, éventuellement précédés de +.
call-forward-require-keypress = Demander d'appuyer sur une touche avant la mise en relation
call-forward-keep-caller-id = Présenter le numéro de l'appelant d'origine
call-forward-direct-only = Ne renvoyer que les appels qui me sont directement adressés

presence-title = Ne pas déranger et bureau partagé
presence-save = Enregistrer « Ne pas déranger » et le bureau partagé
action-save-presence = Enregistrer « Ne pas déranger » et le bureau partagé de { $name }
dnd-enabled = Ne pas déranger
hotdesk-enabled = Bureau partagé (hot desking)
hotdesk-id = Identifiant de bureau partagé
hotdesk-id-invalid = Saisissez les chiffres à composer pour se connecter ici.
hotdesk-require-pin = Exiger un code PIN pour se connecter
hotdesk-pin = Code PIN du bureau partagé
hotdesk-pin-invalid = Un code PIN ne comporte que des chiffres, et il est obligatoire lorsqu'un code PIN est exigé.
hotdesk-keep-elsewhere = Rester connecté sur les autres téléphones

user-caller-id-title = Numéro présenté et musique d'attente
user-caller-id-save = Enregistrer le numéro présenté et la musique d'attente
action-save-user-caller-id = Enregistrer le numéro présenté et la musique d'attente de { $name }
user-caller-id-number = Numéro présenté pour les appels sortants
user-caller-id-none = Le numéro présenté du compte
moh-media = Musique d'attente
moh-default = La musique d'attente du compte

voicemail-title = Boîte vocale
voicemail-save = Enregistrer la boîte vocale
action-save-voicemail = Enregistrer la boîte vocale de { $name }
voicemail-no-box = Cet utilisateur n'a pas de boîte vocale.
voicemail-not-in-callflow = Le flux d'appel de l'utilisateur ne comporte pas d'étape de boîte vocale : la boîte vocale ne peut donc pas être activée ici.
voicemail-enabled = Boîte vocale activée
voicemail-to-email = Envoyer les messages vocaux par e-mail
voicemail-include-message = Joindre le message à l'e-mail
voicemail-delete-after = Supprimer le message une fois envoyé par e-mail
voicemail-transcribe = Transcrire les messages

user-devices-title = Appareils
user-devices-none = Aucun appareil n'est attribué à cet utilisateur.
devices-spare = Appareils non attribués
devices-choose-spare = Choisir un appareil
device-assign = Attribuer l'appareil
device-unassign = Retirer { $name }
action-assign-device = Attribuer { $device } à { $name }
action-unassign-device = Retirer { $device } à { $name }

user-create-vmbox = Créer une boîte vocale
user-in-directory = Inscrire dans l'annuaire de l'entreprise
user-send-email = Envoyer au nouvel utilisateur ses identifiants de connexion par e-mail

numbers-title = Postes et numéros
numbers-save = Enregistrer les postes et les numéros
action-save-user-numbers = Enregistrer les postes et les numéros de { $name }
numbers-no-callflow = Cet utilisateur n'a pas de flux d'appel Smart PBX : ses numéros se modifient donc dans Advanced Callflows.
numbers-extensions = Postes
numbers-extension-n = Poste { $n }
numbers-remove-extension = Retirer le poste { $n }
numbers-add-extension = Ajouter un poste
numbers-phone-numbers = Numéros de téléphone
numbers-remove-number = Retirer { $number }
numbers-spare = Numéros disponibles
numbers-choose-spare = Choisir un numéro
numbers-add-number = Ajouter le numéro
numbers-bad-extension = Le poste { $n } doit comporter de 1 à 6 chiffres.
numbers-duplicate = { $number } figure deux fois.
numbers-main-missing = Conservez le poste principal { $number }, ou modifiez d'abord le poste principal dans le formulaire ci-dessus.
numbers-empty = Conservez au moins un poste ou un numéro.
user-phone-legend = Téléphone de bureau (facultatif)
user-phone-none = Aucun téléphone
user-phone-brand = Marque du téléphone
user-phone-model = Modèle du téléphone
user-phone-name = Nom du téléphone
user-phone-mac = Adresse MAC du téléphone
user-phone-mac-hint = Douze chiffres hexadécimaux, par exemple 00:04:f2:aa:bb:cc ; le téléphone s'en sert pour récupérer sa configuration.
user-phone-loading = Chargement du catalogue de téléphones…
user-phone-no-provisioner = Aucun service de provisionnement des téléphones n'est configuré : vous pourrez ajouter un téléphone plus tard dans l'écran Appareils.
user-phone-unavailable = Le catalogue de téléphones n'a pas pu être lu : vous pourrez ajouter un téléphone plus tard dans l'écran Appareils.
action-load-phones = Charger le catalogue de téléphones
user-directory-title = Annuaire de l'entreprise
user-directory-save = Enregistrer l'annuaire de l'entreprise
user-directory-hint = Les appelants qui utilisent l'annuaire de l'entreprise peuvent trouver cette personne par son nom.
user-directory-no-callflow = Cette personne n'a pas de flux d'appel principal : l'annuaire de l'entreprise ne peut donc lui transmettre aucun appel.
action-save-user-directory = Enregistrer l'inscription de { $name } dans l'annuaire de l'entreprise

## Comment les appels parviennent à l'utilisateur (durée de sonnerie, suivez-moi)

action-save-ringing = Enregistrer la façon dont les appels parviennent à { $name }
ringing-title = Comment les appels parviennent à cette personne
ringing-save = Enregistrer la sonnerie
ringing-mode = Faire sonner
ringing-all = Tous ses téléphones en même temps
ringing-find-me = Suivez-moi : les téléphones choisis ci-dessous, chacun après son propre délai
ringing-timeout = Durée de sonnerie, en secondes
ringing-timeout-hint = Ensuite, l'appel est transmis à sa boîte vocale, si elle en a une.
ringing-timeout-invalid = Indiquez un nombre entier de secondes, de 5 à 600.
ringing-phones = Téléphones à faire sonner
ringing-phone = Téléphone
ringing-ring-phone = Faire sonner { $name }
ringing-phone-gone = Un téléphone qui n'est plus attribué
ringing-phone-times-invalid = Non enregistré : le délai et la durée de sonnerie de chaque téléphone doivent être des nombres entiers de secondes, jusqu'à 600, et chaque téléphone doit sonner au moins 1 seconde.
ringing-choose-a-phone = Non enregistré : choisissez au moins un téléphone à faire sonner, ou faites sonner tous ses téléphones en même temps.
ringing-no-phones = Cette personne n'a pas encore de téléphone. Attribuez-lui-en d'abord un dans Appareils.
ringing-made-elsewhere = Les appels vers cette personne sont acheminés d'une manière que Smart PBX ne sait pas modifier ; modifiez-la dans Callflows.

## Enregistrement des appels d'une personne

action-save-user-recording = Enregistrer les réglages d'enregistrement des appels de { $name }
user-recording-title = Enregistrement des appels
user-recording-save = Enregistrer les réglages d'enregistrement
user-recording-enabled = Enregistrer les appels de cette personne
user-recording-inbound-offnet = Appels venant de l'extérieur de l'entreprise
user-recording-inbound-onnet = Appels de collègues
user-recording-outbound-offnet = Appels qu'elle passe vers l'extérieur de l'entreprise
user-recording-outbound-onnet = Appels qu'elle passe à des collègues
user-recording-account = Comme le compte
user-recording-on = Enregistrer
user-recording-off = Ne pas enregistrer

## Donner une boîte vocale à une personne

action-add-voicemail-box = Donner une boîte vocale à { $name }
voicemail-add-box = Lui donner une boîte vocale
voicemail-box-added = Boîte vocale créée. Les appels sans réponse y sont désormais transmis.
voicemail-box-added-not-rung = Boîte vocale créée. Les appels de cette personne sont acheminés par une autre application : ajoutez-y l'étape de boîte vocale (Callflows).
voicemail-box-no-extension = Cette personne n'a pas de poste qui puisse servir de numéro à la boîte. Attribuez-lui d'abord un poste.
voicemail-box-number-taken = Une autre boîte vocale a déjà le poste de cette personne comme numéro. Renommez-la ou supprimez-la d'abord dans Boîtes vocales.
user-caller-id-no-number = Cette personne n'a pas de numéro de téléphone personnel : ses correspondants voient donc le numéro de l'entreprise. Achetez-en un, puis ajoutez-le dans Postes et numéros.
user-caller-id-no-number-spare = Cette personne n'a pas de numéro de téléphone personnel : ses correspondants voient donc le numéro de l'entreprise. Attribuez-lui un numéro disponible dans Postes et numéros, ou achetez-en un.
user-conference-title = Conférence personnelle
user-conference-no-line = Une conférence personnelle est accessible par la ligne de conférence de l'entreprise, qui n'existe pas encore. Attribuez-lui d'abord un numéro :
user-conference-main-number = Numéro principal
user-conference-on = Conférence personnelle activée
user-conference-number = Numéro de conférence
user-conference-number-hint = Les appelants composent { $lines }, puis saisissent ce numéro.
user-conference-number-format = Un numéro de conférence comporte de 1 à 10 chiffres.
user-conference-video = Visioconférence
user-conference-save = Enregistrer la conférence personnelle
user-fax-title = Boîte de fax
user-fax-no-number = Une boîte de fax a besoin de son propre numéro de téléphone, et tous les numéros sont déjà utilisés.
user-fax-buy = Acheter un numéro
user-fax-on = Boîte de fax activée
user-fax-number = Numéro de fax
user-fax-hint = Les fax envoyés à ce numéro arrivent dans la boîte de fax de { $name }.
user-fax-save = Enregistrer la boîte de fax
action-open-user-conference = Ouvrir la conférence personnelle de { $name }
action-save-user-conference = Enregistrer la conférence personnelle de { $name }
action-open-user-fax = Ouvrir la boîte de fax de { $name }
action-save-user-fax = Enregistrer la boîte de fax de { $name }

## La ligne de chaque fonction : son réglage actuel, en quelques mots
user-settings-intro = Chaque fonction indique son réglage actuel. Ouvrez-en une pour la modifier ; chacune a son propre bouton Enregistrer.
feature-off = Désactivé
feature-none = Aucun
feature-unsaved = (modifications pas encore enregistrées)
call-forward-summary-always = Tous les appels sont renvoyés vers { $number }
call-forward-summary-failover = Les appels sans réponse sont renvoyés vers { $number }
presence-summary-available = Disponible
presence-summary-dnd = « Ne pas déranger » est activé
presence-summary-hotdesk = { $state } ; bureau partagé avec l'identifiant { $id }
user-locale-summary = { $role } · { $timezone } · { $language }
user-recording-summary-on = Activé : les appels sont enregistrés
user-recording-summary-account = Activé, selon les réglages d'enregistrement du compte
user-recording-summary-none = Activé, mais aucun type d'appel n'est choisi
user-caller-id-summary = Ses correspondants voient { $number }
user-caller-id-summary-company = Ses correspondants voient le numéro de l'entreprise
user-moh-summary = { $caller_id } ; en attente, on entend « { $name } »
user-directory-listed = Dans l'annuaire : les appelants trouvent cette personne par son nom
user-directory-unlisted = Hors annuaire
numbers-summary-extensions = Poste { $extensions } ; pas de numéro de téléphone personnel
numbers-summary = Poste { $extensions } ; { $numbers }
ringing-summary-all = Tous ses téléphones sonnent pendant { $seconds } secondes
ringing-summary-find-me = Suivez-moi : { $count ->
    [one] { $count } téléphone
   *[other] { $count } téléphones
} à tour de rôle
voicemail-summary-on = Activée, boîte { $mailbox }
voicemail-summary-on-email = Activée, boîte { $mailbox } ; les messages sont envoyés par e-mail
voicemail-summary-elsewhere = Boîte { $mailbox } ; les appels y parviennent selon l'acheminement d'une autre application
user-conference-summary = Numéro de conférence { $number }
user-fax-summary = Les fax envoyés au { $number } arrivent dans sa boîte de fax
