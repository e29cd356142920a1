## Callflows : la liste
cf-new = Nouveau flux d'appel
cf-show-all = Afficher tous les flux d'appel
cf-show-all-hint = Affiche aussi les flux d'appel gérés par d'autres applications, comme ceux de Smart PBX. Ils s'ouvrent en lecture seule jusqu'à ce que vous choisissiez de les modifier.
cf-search = Rechercher un flux d'appel par nom ou par numéro
cf-col-numbers = Numéros
cf-col-made-by = Géré par
cf-empty = Aucun flux d'appel pour l'instant. Créez-en un avec « Nouveau flux d'appel ».
cf-unnamed = Flux d'appel sans nom
cf-catch-all = Tous les autres numéros
cf-no-number = Aucun numéro
cf-made-by-smartpbx = Smart PBX
cf-made-by-call-queues = Files d'attente
cf-made-by-onboarding = Import initial
cf-made-by-catch-all = Flux par défaut (catch all)
cf-made-by-emergency = Appels d'urgence
action-open-callflows = Ouvrir Callflows

## Callflows : l'éditeur
cf-new-title = Nouveau flux d'appel
cf-back-to-list = Tous les flux d'appel
cf-root-title = Flux d'appel
cf-name = Nom
cf-name-hint = Affiché dans la liste ; sans nom, la liste affiche les numéros.
cf-numbers = Numéros qui mènent à ce flux d'appel
cf-numbers-none = Aucun numéro pour l'instant : ajoutez-en au moins un.
cf-number-remove = Retirer { $number }
cf-spare-numbers = Numéros disponibles
cf-add-number = Ajouter le numéro
cf-extension = Poste
cf-add-extension = Ajouter le poste
cf-choose = — choisir —
cf-hide-from-contacts = Masquer dans la liste des contacts
cf-list-in-main-number = Afficher ce flux d'appel dans Numéro principal
cf-toolbar = Étapes
cf-tree-label = Étapes du flux d'appel
cf-flow-empty = Aucune étape pour l'instant : les appels vers ces numéros n'aboutissent nulle part. Ajoutez la première étape avec « Ajouter une action ».
cf-add-action = Ajouter une action
cf-insert-above = Insérer au-dessus
cf-edit-step = Modifier l'étape
cf-move = Déplacer
cf-move-here = Déplacer ici
cf-move-cancel = Annuler le déplacement
cf-moving-hint = Sélectionnez maintenant l'étape sous laquelle la placer, puis appuyez sur « Déplacer ici ».
cf-moved = Étape déplacée.
cf-turn-off = Désactiver
cf-turn-on = Activer
cf-step-turned-off = Étape désactivée : les appels passent directement à ce qui la suit.
cf-step-on = Étape réactivée.
cf-remove-step = Supprimer l'étape
cf-step-removed = Étape supprimée (« Annuler » la rétablit).
cf-step-added = Étape ajoutée.
cf-step-changed = Étape modifiée.
cf-undo = Annuler
cf-redo = Rétablir
cf-undone = Annulé.
cf-redone = Rétabli.
cf-save = Enregistrer
cf-saved = Enregistré.
cf-delete = Supprimer
cf-delete-question = Supprimer ce flux d'appel ? Les appels vers { $numbers } n'aboutiront nulle part tant qu'un autre flux d'appel ne les prendra pas en charge.
cf-delete-question-no-numbers = Supprimer ce flux d'appel ?
cf-delete-yes = Supprimer le flux d'appel
cf-deleted = { $name } a été supprimé.
cf-made-elsewhere-smartpbx = Ce flux d'appel est géré par Smart PBX.
cf-made-elsewhere-other = Ce flux d'appel est géré par une autre application.
cf-made-elsewhere-what-happens = L'enregistrer ici le marque comme modifié dans Callflows : l'application qui l'a créé peut cesser de le gérer, ou annuler votre modification la prochaine fois qu'elle l'enregistrera. Il reste en lecture seule jusqu'à ce que vous choisissiez de le modifier.
cf-open-in-smartpbx = L'ouvrir dans Smart PBX
cf-edit-anyway = Le modifier ici quand même
cf-turned-off = (désactivée)
cf-branches-folded = { $count ->
    [one] { $count } branche masquée
   *[other] { $count } branches masquées
}
cf-fold = Replier les branches
cf-unfold = Afficher les branches
cf-not-chosen = pas encore choisi
cf-default-timezone = fuseau horaire du compte
cf-unreadable-step = Étape illisible
cf-other-module = Module « { $module } »

## Branches
cf-branch = Branche
cf-branch-typed = Valeur
cf-branch-typed-hint = Laissez vide pour la branche par défaut.
cf-branch-default-action = Action par défaut
cf-branch-timeout = Délai expiré
cf-branch-key = Touche { $key }
cf-branch-all-other-times = Tous les autres horaires
cf-branch-default = Par défaut
cf-branch-value = « { $value } »
cf-no-free-branch = Toutes les branches de cette étape sont déjà utilisées : supprimez-en d'abord une.

## Ajouter et modifier une étape
cf-add-title = Ajouter une action
cf-add-named = Ajouter « { $action } »
cf-search-actions = Rechercher une action
cf-add-step = Ajouter l'étape
cf-back = Retour
cf-edit-named = Modifier « { $action } »
cf-apply = Appliquer
cf-module-docs = Documentation KAZOO du module « { $module } »
cf-open-target = Ouvrir ce flux d'appel
cf-other-module-title = Autre module
cf-other-module-hint = N'importe quel module de flux d'appel KAZOO, paramétré en JSON (ses paramètres sont décrits dans la documentation KAZOO des flux d'appel).
cf-other-module-name = Nom du module
cf-other-module-use = Utiliser ce module
cf-step-nothing-to-set = Cette étape n'a aucun paramètre.
cf-step-json = Paramètres en JSON
cf-step-as-json = Modifier en JSON
cf-step-as-fields = Modifier par champs
cf-json-invalid = JSON non valide : { $error }
cf-json-not-object = Les paramètres doivent être un objet JSON ({ "{" } … { "}" }).
cf-field-whole-number = Le champ « { $field } » doit être un nombre entier.
cf-field-choose = Choisissez une valeur pour « { $field } ».
cf-field-json = Le champ « { $field } » n'est pas du JSON valide : { $error }
cf-silence = Silence

## Erreurs lors d'une modification
cf-error-not-found = Cette étape n'existe plus.
cf-error-key-taken = La branche { $key } est déjà utilisée.
cf-error-no-child = Cette étape termine l'appel : rien ne peut venir après.
cf-error-into-itself = Une étape ne peut pas être déplacée dans ses propres branches.
cf-error-root-taken = Le flux d'appel a déjà une première étape.
cf-error-empty-key = Donnez une valeur à la branche.
cf-error-choose-branch = Cette étape comporte des branches : utilisez « Ajouter une action » sur elle pour choisir la branche.
cf-error-no-number = Ajoutez au moins un numéro : sans numéro, aucun appel n'arrive à ce flux d'appel.
cf-error-number-twice = { $number } figure deux fois.
cf-error-number-taken = { $number } mène déjà à un autre flux d'appel.

## Noms des actions dans l'inspecteur
action-open-callflow = Ouvrir le flux d'appel
action-read-callflow-context = Lire les numéros et les règles horaires du flux d'appel
action-save-callflow = Enregistrer le flux d'appel { $name }
action-delete-callflow = Supprimer le flux d'appel { $name }
action-list-for-step = Lister { $what }

## Catégories de la palette (dans l'ordre de Monster)
cf-category-basic = Base
cf-category-advanced = Avancé
cf-category-time-of-day = Horaires
cf-category-ring-group-toggle = Connexion aux groupes de sonnerie
cf-category-hotdesking = Bureau partagé (hot desking)
cf-category-do-not-disturb = Ne pas déranger
cf-category-caller-id = Numéro présenté
cf-category-call-recording = Enregistrement des appels
cf-category-call-forwarding = Renvoi d'appel

## Actions, par clé du registre de Monster (voir `FeatureCode::label_key`)
cf-action-play-id = Média
cf-action-ring-group = Groupe de sonnerie
cf-action-conference-id = Conférence
cf-action-user-id = Utilisateur
cf-action-voicemail-id = Boîte vocale
cf-action-voicemail-id-action-compose = Boîte vocale
cf-action-menu-id = Menu vocal
cf-action-device-id = Appareil
cf-action-callflow-id = Flux d'appel
cf-action-set-alert-info = Sonnerie distinctive
cf-action-page-group = Groupe d'annonce
cf-action-qubicle-id = Qubicle
cf-action-missed-call-alert = Alerte d'appel manqué
cf-action-set-variables = Définir des variables (CAV)
cf-action-manual-presence = Présence manuelle
cf-action-tts = Synthèse vocale
cf-action-sleep = Pause
cf-action-language = Langue
cf-action-group-pickup = Interception de groupe
cf-action-receive-fax = Réception de fax
cf-action-pivot = Pivot
cf-action-disa = DISA
cf-action-collect-dtmf = Saisie DTMF
cf-action-response = Réponse
cf-action-conference = Service de conférence
cf-action-voicemail-action-check = Consulter la boîte vocale
cf-action-faxbox-id = Boîte de fax
cf-action-offnet = Opérateur global
cf-action-resources = Opérateur du compte
cf-action-directory-id = Annuaire
cf-action-webhook = Webhook
cf-action-branch-variable = Branchement sur variable
cf-action-temporal-route = Horaires
cf-action-temporal-route-action-disable = Désactiver les horaires
cf-action-temporal-route-action-enable = Activer les horaires
cf-action-temporal-route-action-reset = Réinitialiser les horaires
cf-action-ring-group-toggle-action-login = Connexion au groupe de sonnerie
cf-action-ring-group-toggle-action-logout = Déconnexion du groupe de sonnerie
cf-action-hotdesk-action-login = Connexion au bureau partagé
cf-action-hotdesk-action-logout = Déconnexion du bureau partagé
cf-action-hotdesk-action-toggle = Connexion/déconnexion du bureau partagé
cf-action-do-not-disturb-action-activate = Activer « Ne pas déranger »
cf-action-do-not-disturb-action-deactivate = Désactiver « Ne pas déranger »
cf-action-do-not-disturb-action-toggle = Activer/désactiver « Ne pas déranger »
cf-action-dynamic-cid = Numéro présenté dynamique
cf-action-prepend-cid-action-prepend = Préfixer le numéro présenté
cf-action-prepend-cid-action-reset = Retirer le préfixe du numéro présenté
cf-action-record-call-action-start = Démarrer l'enregistrement de l'appel
cf-action-record-call-action-stop = Arrêter l'enregistrement de l'appel
cf-action-call-forward-action-activate = Activer le renvoi d'appel
cf-action-call-forward-action-deactivate = Désactiver le renvoi d'appel
cf-action-call-forward-action-update = Modifier le renvoi d'appel

## Paramètres des étapes, par la clé qu'ils définissent
cf-field-id = Cible
cf-field-timeout = Sonner pendant (secondes)
cf-field-can-call-self = Peut s'appeler lui-même
cf-field-name = Nom du groupe
cf-field-strategy = Mode de sonnerie des membres
cf-field-repeats = Répétitions
cf-field-endpoints = Membres (JSON)
cf-field-alert-info = Alert-Info
cf-field-audio = Audio
cf-field-recipients = Destinataires (JSON)
cf-field-custom-application-vars = Variables (JSON)
cf-field-presence-id = Identifiant de présence
cf-field-status = État
cf-field-text = Texte
cf-field-duration = Durée
cf-field-unit = Unité
cf-field-language = Langue
cf-field-owner-id = Propriétaire
cf-field-media = Options du média (JSON)
cf-field-voice-url = URL vocale
cf-field-method = Méthode
cf-field-req-format = Format de la requête
cf-field-req-timeout = Délai d'attente de la requête (secondes)
cf-field-pin = Code PIN
cf-field-use-account-caller-id = Utiliser le numéro présenté du compte
cf-field-code = Code
cf-field-message = Message
cf-field-action = Action
cf-field-uri = URL
cf-field-http-verb = Méthode HTTP
cf-field-retries = Nouvelles tentatives
cf-field-custom-data = Données personnalisées (JSON)
cf-field-scope = Portée
cf-field-variable = Variable (liste JSON des éléments du chemin)
cf-field-rules = Règles (liste JSON d'identifiants de règles)
cf-field-callflow-id = Flux d'appel du groupe de sonnerie
cf-field-caller-id-name-prefix = Préfixe du nom présenté
cf-field-caller-id-number-prefix = Préfixe du numéro présenté
cf-field-apply-to = Appliquer à
cf-field-format = Format
cf-field-time-limit = Durée maximale (secondes)
cf-field-timezone = Fuseau horaire

## Le pas-à-pas de la liste Callflows
cf-recipe-title = Comment faire : un sous-menu pour votre numéro principal (« tapez 1 pour le service commercial… »)
cf-recipe-groups = Dans Smart PBX, créez un groupe de sonnerie pour chaque choix proposé aux appelants.
cf-recipe-groups-link = Smart PBX › Groupes
cf-recipe-new = Ici, créez un nouveau flux d'appel et attribuez-lui un poste (les appelants y accèdent par le numéro principal : il n'a donc pas besoin de son propre numéro de téléphone).
cf-recipe-menu = Ajoutez une étape « Menu vocal » ; choisissez un menu vocal ou créez-en un avec « Nouveau menu vocal… ».
cf-recipe-keys = Sélectionnez le menu vocal puis, pour chaque touche, « Ajouter une action » › « Flux d'appel », et choisissez le flux d'appel de ce groupe de sonnerie : les modifications apportées aux membres et à l'ordre du groupe dans Smart PBX s'appliqueront alors aussi au menu vocal.
cf-recipe-list = Nommez le flux d'appel, cochez « Afficher ce flux d'appel dans Numéro principal » et enregistrez.
cf-recipe-main-number = Dans Smart PBX › Numéro principal, choisissez-le pour les horaires auxquels il doit répondre.
cf-recipe-main-number-link = Smart PBX › Numéro principal

## La branche d'une étape « Horaires »
cf-branch-time = À ces horaires
cf-new-time-of-day = Nouvel horaire…

## Les autres écrans de Callflows
cf-tools = Autres outils de Callflows
cf-tile-time-of-day = Horaires
cf-tile-time-of-day-text = Heures d'ouverture, jours fériés et autres plages horaires selon lesquelles un flux d'appel oriente les appels.

## Une étape saisie en JSON, vérifiée avec le schéma KAZOO de son module
cf-json-schema-refused = Le schéma KAZOO de cette étape la refuse : { $problems }
cf-json-no-schema = KAZOO ne publie aucun schéma pour ce module ; l'étape est conservée telle que saisie.
action-check-step = Vérifier une étape { $module } avec le schéma KAZOO
cf-manage-users = Les personnes sont ajoutées et modifiées dans Smart PBX › Utilisateurs
cf-manage-devices = Les téléphones sont ajoutés et modifiés dans Smart PBX › Appareils
cf-manage-vmboxes = Les boîtes vocales sont ajoutées et modifiées dans Smart PBX › Boîtes vocales

## Les membres d'une étape groupe de sonnerie ou groupe d'annonce
cf-members = Membres
cf-members-none = Aucun membre pour l'instant.
cf-members-people = Personnes
cf-members-phones = Téléphones
cf-members-groups = Groupes
cf-member-add = Ajouter un membre
cf-member-add-button = Ajouter le membre
cf-member-delay = { $name } : commence à sonner après (secondes)
cf-member-timeout = { $name } : sonne pendant (secondes)
cf-member-up = Monter { $name }
cf-member-down = Descendre { $name }
cf-member-remove = Retirer { $name }
cf-choice-simultaneous = Tous en même temps
cf-choice-single = L'un après l'autre
cf-choice-one-way = Unidirectionnel (annonces)
cf-choice-two-way = Bidirectionnel (interphone)
cf-choice-get = GET (détails dans l'adresse)
cf-choice-post = POST (détails dans le corps)
cf-choice-put = PUT (détails dans le corps)
action-list-group-members = Lister les personnes, les téléphones et les groupes
cf-rules-chosen = Horaires pris en compte
cf-rules-none = Aucun horaire pour l'instant : créez-en dans Callflows › Horaires.
action-list-time-of-day = Lister les horaires
