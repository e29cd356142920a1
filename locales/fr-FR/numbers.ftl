## Smart PBX › Numéros › services d'un numéro

action-open-number = Ouvrir le numéro
action-save-number-features = Enregistrer les services de { $number }
action-release-number = Libérer { $number }
number-features-title = Nom de l'appelant et adresse d'urgence
number-cnam-on = Envoyer un nom d'appelant (CNAM)
number-cnam-name = Nom présenté aux personnes que vous appelez
number-cnam-name-invalid = Utilisez de 1 à 15 caractères.
number-cnam-inbound = Rechercher le nom des personnes qui appellent
number-e911-on = Adresse d'urgence (E911)
number-e911-street = Adresse (numéro et rue)
number-e911-extended = Bureau, étage ou local
number-e911-locality = Ville
number-e911-region = État (2 lettres)
number-e911-region-invalid = Utilisez le code à 2 lettres de l'État, par exemple CA.
number-e911-postal = Code postal (ZIP)
number-e911-emails = Prévenir ces adresses e-mail en cas d'appel d'urgence
number-e911-emails-hint = Séparez les adresses par des virgules.
field-required-short = Champ obligatoire.
number-release-title = Libérer
number-release = Libérer ce numéro
number-release-confirm = Libérer ce numéro du compte ? Les appels vers ce numéro ne vous parviendront plus, et les flux d'appel qui le mentionnent garderont un numéro qui ne sonne plus ici.
number-release-yes = Libérer le numéro
number-cnam-not-offered = L'opérateur de ce numéro ne propose pas de nom d'appelant.
number-e911-not-offered = L'opérateur de ce numéro ne propose pas d'adresse d'urgence (E911) ; les appels d'urgence utilisent celle d'un autre numéro.
number-e911-choose = Non enregistrée : le service d'urgence connaît plusieurs adresses semblables à celle-ci. Choisissez la vôtre ci-dessous.
number-e911-suggestions = Adresses connues du service d'urgence
number-e911-use-choice = Utiliser cette adresse
number-e911-not-found = Le service d'urgence ne trouve pas cette adresse. Vérifiez la rue et le numéro.

## Smart PBX › Numéros › Acheter des numéros

action-open-buy-numbers = Ouvrir l'écran Acheter des numéros
action-find-numbers = Rechercher les numéros commençant par { $prefix }
action-buy-numbers = Acheter { $count ->
    [one] un numéro
   *[other] { $count } numéros
}
numbers-empty-state = Ce compte n'a pas encore de numéro de téléphone. Achetez-en un pour que l'on puisse appeler votre bureau.
buy-title = Acheter des numéros
buy-intro = Recherchez des numéros en vente, choisissez ceux qui vous intéressent et indiquez à quoi ils serviront. Ils sont ajoutés au compte dès l'achat.
buy-search-title = Rechercher des numéros
buy-kind = Type de numéro
buy-kind-local = Local, par indicatif régional
buy-kind-toll-free = Numéro gratuit
buy-area-code = Indicatif régional
buy-area-code-hint = Trois chiffres, par exemple 415.
buy-area-code-invalid = Saisissez un indicatif régional à trois chiffres commençant par un chiffre de 2 à 9, par exemple 415.
buy-toll-free-prefix = Préfixe de numéro gratuit
buy-search = Rechercher
buy-found = { $count ->
    [0] Aucun numéro trouvé.
    [one] Un numéro en vente.
   *[other] { $count } numéros en vente.
}
buy-results-title = Numéros en vente
buy-none = Aucun numéro commençant par { $prefix } n'est en vente. Essayez un autre indicatif régional.
buy-choose = Choisissez les numéros à acheter
buy-more = Afficher plus de numéros
buy-use-for = Utiliser les nouveaux numéros pour
buy-use-spare = Rien pour l'instant (les garder pour plus tard)
buy-use-main = Le numéro principal
buy-use-conference = La ligne de conférence
buy-use-fax = La ligne de fax
buy-use-user = Un utilisateur
buy-use-group = Un groupe de sonnerie
buy-user = Utilisateur
buy-group = Groupe de sonnerie
buy-submit = { $count ->
    [0] Acheter des numéros
    [one] Acheter 1 numéro
   *[other] Acheter { $count } numéros
}
buy-choose-some = Choisissez au moins un numéro à acheter.
buy-choose-target = Choisissez à qui sont destinés les numéros.
buy-fax-one = La ligne de fax ne prend qu'un seul numéro : n'en choisissez qu'un.
buy-confirm = Acheter { $numbers } pour { $account } ? Votre opérateur peut facturer chaque numéro.
buy-confirm-yes = Acheter
buy-bought = Achat effectué : { $numbers }.
buy-refused = Impossible d'acheter { $number } : { $reason }.
buy-not-assigned = Les nouveaux numéros ont été gardés pour plus tard, pour la raison suivante : { $reason } Vous pouvez leur attribuer un usage depuis l'écran Numéro principal, un utilisateur ou un groupe.
buy-no-main-number = le numéro principal n'est pas encore configuré ; ouvrez une fois l'écran Numéro principal pour le configurer.
buy-fax-taken = la ligne de fax a déjà un numéro.
buy-no-callflow = cet utilisateur ou ce groupe n'a pas d'acheminement d'appels auquel ajouter des numéros.

## Smart PBX › Numéros › acheminement d'un numéro

action-save-number-routing = Enregistrer le renvoi de secours et le préfixe du nom d'appelant de { $number }
number-routing-title = Quand les appels ne peuvent pas être pris ici
number-failover = Envoyer les appels vers ce numéro ou cette adresse SIP si le bureau ne peut pas les prendre
number-failover-hint = Un numéro de téléphone, ou une adresse SIP comme sip:desk@example.com. Laissez vide pour n'en utiliser aucun.
number-failover-invalid = Saisissez un numéro de téléphone de 7 à 15 chiffres, ou une adresse SIP comme sip:desk@example.com.
number-prepend = Ajouter ceci devant le nom des appelants
number-prepend-hint = Indique à la personne qui répond quel numéro a été appelé, par exemple Ventes. Laissez vide pour ne rien ajouter.
number-routing-save = Enregistrer les réglages d'appel

## Smart PBX › Numéros › Portabilité de numéros

action-enter-port = Demander la portabilité de numéros depuis un autre opérateur
action-cancel-port = Annuler la demande { $name }
port-title = Portabilité de numéros
port-intro = Conservez vos numéros actuels : indiquez-nous votre opérateur actuel et comment votre compte chez lui est configuré. Nous envoyons la demande ; les numéros sont transférés le jour que vous choisissez, et les mises à jour arrivent par e-mail.
port-numbers = Numéros à transférer
port-numbers-hint = Un par ligne, ou séparés par des virgules, par exemple 202-555-9000.
port-numbers-required = Saisissez au moins un numéro.
port-numbers-bad = « { $typed } » n'est pas un numéro de téléphone. Saisissez dix chiffres, indicatif régional compris.
port-current-company = Votre opérateur actuel
port-carrier = Nom de l'opérateur
port-bill-name = Nom figurant sur la facture
port-bill-name-hint = Exactement comme sur la facture de l'opérateur.
port-account-number = Numéro de compte chez l'opérateur
port-pin = Code PIN ou code d'accès
port-pin-hint = Si votre compte chez l'opérateur en a un.
port-btn = Numéro de facturation
port-btn-hint = Le numéro principal figurant sur la facture de l'opérateur, s'il ne fait pas partie des numéros ci-dessus.
port-btn-bad = Saisissez dix chiffres, indicatif régional compris.
port-service-address = Adresse où les numéros sont utilisés aujourd'hui
port-transfer-date = Date de transfert souhaitée
port-transfer-date-bad = Choisissez une date à venir.
port-signee = Autorisé par
port-signee-hint = Nom complet de la personne habilitée à transférer ces numéros.
port-email = Envoyer les mises à jour à
port-submit = Envoyer la demande
port-number-exists = Non envoyée : l'un de ces numéros est déjà en service sur ce système, il n'y a donc rien à transférer.
port-number-on-request = Non envoyée : l'un de ces numéros figure déjà dans une autre demande de portabilité.
ports-title = Numéros en cours de portabilité
ports-col-request = Demande
ports-col-numbers = Numéros
ports-col-date = Date de transfert
ports-col-actions = Actions
ports-cancel = Annuler la demande
ports-cancel-named = Annuler la demande { $name }
ports-cancel-confirm = Annuler la demande { $name } ? Elle ne pourra pas être renvoyée ; il faudra en saisir une nouvelle.
ports-cancel-yes = Annuler la demande
ports-keep = Conserver la demande
port-state-unconfirmed = Pas encore envoyée
port-state-submitted = Envoyée
port-state-pending = Chez l'autre opérateur
port-state-scheduled = Planifiée
port-state-completed = Terminée
port-state-rejected = À corriger
port-state-canceled = Annulée
action-send-port = Envoyer la demande { $name }
ports-send = Envoyer
ports-send-named = Envoyer { $name }
