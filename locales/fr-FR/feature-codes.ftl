## Smart PBX › Codes de service : création de l'ensemble standard
fc-missing-title = { $count ->
    [one] Il manque { $count } code de service standard
   *[other] Il manque { $count } codes de service standard
}
fc-missing-intro = Smart PBX crée ces codes lorsqu'ils manquent, pour que les téléphones puissent les composer. Créez-les maintenant, exactement comme Smart PBX le ferait :
fc-create-missing = Créer les codes de service manquants
action-create-feature-codes = Créer les codes de service manquants ({ $count })
fc-created = { $count ->
    [one] { $count } code de service a été créé.
   *[other] { $count } codes de service ont été créés.
}
fc-create-failed = Non créés : { $names }.

## Le nom en clair de chaque code standard, selon son `featurecode.name` (voir
## `FeatureCode::label_key`) ; un code sans ligne ici affiche son nom enregistré.
fc-name-directed-ext-pickup = Intercepter un appel qui sonne sur un poste
fc-name-call-forward-action-activate = Renvoi d'appel — activer
fc-name-call-forward-action-deactivate = Renvoi d'appel — désactiver
fc-name-call-forward-action-toggle = Renvoi d'appel — activer ou désactiver
fc-name-call-forward-action-update = Renvoi d'appel — modifier
fc-name-hotdesk-action-login = Bureau partagé — se connecter
fc-name-hotdesk-action-logout = Bureau partagé — se déconnecter
fc-name-hotdesk-action-toggle = Bureau partagé — se connecter ou se déconnecter
fc-name-voicemail-action-check = Messagerie vocale — consulter les messages
fc-name-voicemail-single-mailbox-login = Messagerie vocale — consulter votre propre boîte
fc-name-voicemail-action-direct = Messagerie vocale — laisser un message dans une boîte
fc-name-intercom = Interphone
fc-name-privacy-mode-full = Confidentialité — masquer le numéro présenté
fc-name-park-and-retrieve = Parquer ou reprendre un appel
fc-name-valet = Parquer un appel (voiturier)
fc-name-retrieve = Reprendre un appel parqué
fc-name-move = Transférer un appel vers un autre téléphone
fc-name-do-not-disturb-action-toggle = Ne pas déranger — activer ou désactiver
