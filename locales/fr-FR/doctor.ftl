nav-doctor = Diagnostic de compatibilité
doctor-title = Diagnostic de compatibilité
doctor-intro = Recherche dans ce compte les documents que Smart PBX ou Callflows interpréteraient mal — souvent créés à la main, par des scripts ou par d'anciens outils — et indique comment corriger chacun. Rien n'est modifié tant que vous n'avez pas choisi une correction.
doctor-scan = Analyser
doctor-stop = Arrêter
doctor-progress = Lecture des flux d'appel : { $read } sur { $count }…
doctor-found = { $count ->
    [0] Aucun problème trouvé.
    [one] { $count } problème trouvé.
   *[other] { $count } problèmes trouvés
}
doctor-stopped = (Arrêté avant la fin : relancez l'analyse pour tout voir.)
doctor-fixed = Corrigé.
action-doctor-scan = Rechercher les problèmes de compatibilité dans { $account }
doctor-group-type = Le flux d'appel du groupe de sonnerie « { $name } » n'a pas de type : Smart PBX n'affiche donc pas son groupe dans la liste Groupes.
doctor-vmbox-owner = La boîte vocale « { $name } » appartient à un utilisateur qui n'existe plus.
doctor-user-vmbox = { $name } n'a pas de boîte vocale : quand ses appels restent sans réponse, personne ne peut donc lui laisser de message.
doctor-user-callflow = { $name } n'a pas de flux d'appel principal : personne ne peut donc l'appeler par son poste.
doctor-main-rule = Le numéro principal est routé selon une règle horaire qui n'existe plus ({ $rule }).
doctor-step-target = Dans le flux d'appel « { $name } », une étape { $module } envoie les appels vers un élément qui n'existe plus ({ $target }).
doctor-number-twice = { $number } figure dans { $count } flux d'appel ; c'est le serveur qui décide lequel fait sonner.
doctor-unstamped = « { $name } » est l'un des flux d'appel de Smart PBX mais n'est pas marqué comme tel (pas de ui_metadata) : Smart PBX le considère donc comme créé ailleurs.
doctor-fix-group-type = Marquer « { $name } » comme flux d'appel de groupe de sonnerie
doctor-fix-vmbox-owner = Retirer le propriétaire de « { $name } »
doctor-fix-user-vmbox = Créer une boîte vocale pour { $name }
doctor-fix-main-rule = Ne plus router selon la règle { $rule }
doctor-fix-unstamped = Marquer « { $name } » comme appartenant à Smart PBX
doctor-open-user = Ouvrir { $name }
doctor-open-callflow = Ouvrir « { $name } » dans Callflows
doctor-open-number = Ouvrir le premier flux d'appel contenant { $number }
doctor-device-owner = L'appareil « { $name } » est attribué à un utilisateur qui n'existe plus.
doctor-fix-device-owner = Désattribuer « { $name } »
