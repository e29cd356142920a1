nav-api-console = Console API
console-title = Console API
console-intro = Envoyez vous-même n'importe quelle requête Crossbar, comme le font les écrans : choisissez un point d'accès, renseignez ce qu'il demande, puis lisez la réponse. Chaque requête apparaît aussi dans l'inspecteur d'API.
console-endpoints = Points d'accès
console-search = Rechercher un point d'accès
console-search-placeholder = users, put, messages…
console-found = { $count ->
    [one] { $count } point d'accès
   *[other] { $count } points d'accès
}
console-request = Requête
console-method = Méthode
console-path = Chemin
console-path-hint = Après /v2/. L'identifiant de votre compte est déjà renseigné ; remplacez tout autre {"{"}…{"}"} par un identifiant, ou choisissez-en un ci-dessous.
console-query = Paramètres de requête
console-query-hint = Pagination et filtres, par exemple page_size=10&filter_first_name=Ada, has_key=owner_id ou created_from=63800000000.
console-body = Corps
console-seed = Partir du schéma { $schema }
console-send = Envoyer
console-send-anyway = Envoyer quand même
console-answer = Réponse
console-refused = Le schéma de Crossbar refuse ce corps : rien n'a été envoyé. Corrigez ces champs (ou envoyez quand même pour voir la réponse du serveur) :
console-path-empty = Saisissez un chemin, ou choisissez un point d'accès.
console-fill-placeholder = Remplacez d'abord { $placeholder } dans le chemin par un identifiant.
console-body-envelope = Placez le document dans "data" : le corps est {"{"}"data": {"{"}…{"}"}{"}"}.
console-body-json = Le corps n'est pas du JSON valide : { $why }
console-pick = Choisir { $placeholder }
console-pick-none = Choisir { $placeholder }…
console-guard-title = Envoyer vers { $environment } ?
console-guard-text = { $request } modifie le compte { $account } sur { $environment }.
console-guard-type = Ceci n'est pas un bac à sable : saisissez le nom du compte pour envoyer la requête.
console-guard-label = Nom du compte
console-guard-mismatch = Ce n'est pas le nom du compte ; rien n'a été envoyé.
action-console-send = Console API : { $method } /v2/{ $path }
action-console-check = Vérifier le corps avec le schéma { $schema }
action-console-schema = Lire le schéma { $schema }
action-console-list = Lister { $collection } pour faire un choix
console-query-add = Ajouter aux paramètres de requête
console-query-parameter = Paramètre
console-query-field = Champ
console-query-field-hint = Le champ du document sur lequel filtrer, par exemple first_name ou caller_id.external.number.
console-query-field-missing = Indiquez le champ sur lequel filtrer.
console-query-value = Valeur
console-query-add-button = Ajouter le paramètre
