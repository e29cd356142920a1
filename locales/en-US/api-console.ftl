nav-api-console = API console
console-title = API console
console-intro = Send any Crossbar request by hand, as the screens do: choose an endpoint, fill in what it needs, and read the answer. Every request also shows in the API inspector.
console-endpoints = Endpoints
console-search = Search endpoints
console-search-placeholder = users, put, messages…
console-found = { $count ->
    [one] One endpoint
   *[other] { $count } endpoints
}
console-request = Request
console-method = Method
console-path = Path
console-path-hint = After /v2/. Your account's id is filled in; replace any other {"{"}…{"}"} with an id, or choose one below.
console-query = Query
console-query-hint = Paging and filters, such as page_size=10&filter_first_name=Ada, has_key=owner_id or created_from=63800000000.
console-body = Body
console-seed = Start from the { $schema } schema
console-send = Send
console-send-anyway = Send anyway
console-answer = Answer
console-refused = Crossbar's schema refuses this body, so nothing was sent. Fix these fields (or send anyway to see the server's own answer):
console-path-empty = Type a path, or choose an endpoint.
console-fill-placeholder = Replace { $placeholder } in the path with an id first.
console-body-envelope = Put the document inside "data": the body is {"{"}"data": {"{"}…{"}"}{"}"}.
console-body-json = The body is not valid JSON: { $why }
console-pick = Choose { $placeholder }
console-pick-none = Choose { $placeholder }…
console-guard-title = Send to { $environment }?
console-guard-text = { $request } changes account { $account } on { $environment }.
console-guard-type = This is not a sandbox: type the account's name to send it.
console-guard-label = Account name
console-guard-mismatch = That is not the account's name; nothing was sent.
action-console-send = API console: { $method } /v2/{ $path }
action-console-check = Check the body against the { $schema } schema
action-console-schema = Read the { $schema } schema
action-console-list = List { $collection } to choose from
console-query-add = Add to the query
console-query-parameter = Parameter
console-query-field = Field
console-query-field-hint = The document field to filter on, such as first_name or caller_id.external.number.
console-query-field-missing = Name the field to filter on.
console-query-value = Value
console-query-add-button = Add parameter
