nav-api-console = Consola de la API
console-title = Consola de la API
console-intro = Envíe a mano cualquier solicitud de Crossbar, igual que hacen las pantallas: elija un endpoint, rellene lo que necesite y lea la respuesta. Cada solicitud aparece también en el inspector de la API.
console-endpoints = Endpoints
console-search = Buscar endpoints
console-search-placeholder = users, put, messages…
console-found = { $count ->
    [one] Un endpoint
   *[other] { $count } endpoints
}
console-request = Solicitud
console-method = Método
console-path = Ruta
console-path-hint = Después de /v2/. El id de su cuenta ya está puesto; sustituya cualquier otro {"{"}…{"}"} por un id, o elija uno abajo.
console-query = Consulta
console-query-hint = Paginación y filtros, como page_size=10&filter_first_name=Ada, has_key=owner_id o created_from=63800000000.
console-body = Cuerpo
console-seed = Partir del esquema { $schema }
console-send = Enviar
console-send-anyway = Enviar de todos modos
console-answer = Respuesta
console-refused = El esquema de Crossbar rechaza este cuerpo, así que no se ha enviado nada. Corrija estos campos (o envíelo de todos modos para ver la respuesta del propio servidor):
console-path-empty = Escriba una ruta o elija un endpoint.
console-fill-placeholder = Sustituya antes { $placeholder } en la ruta por un id.
console-body-envelope = Ponga el documento dentro de "data": el cuerpo es {"{"}"data": {"{"}…{"}"}{"}"}.
console-body-json = El cuerpo no es un JSON válido: { $why }
console-pick = Elegir { $placeholder }
console-pick-none = Elegir { $placeholder }…
console-guard-title = ¿Enviar a { $environment }?
console-guard-text = { $request } modifica la cuenta { $account } en { $environment }.
console-guard-type = Esto no es un entorno de pruebas (sandbox): escriba el nombre de la cuenta para enviarlo.
console-guard-label = Nombre de la cuenta
console-guard-mismatch = Ese no es el nombre de la cuenta; no se ha enviado nada.
action-console-send = Consola de la API: { $method } /v2/{ $path }
action-console-check = Comprobar el cuerpo con el esquema { $schema }
action-console-schema = Leer el esquema { $schema }
action-console-list = Listar { $collection } para elegir
console-query-add = Añadir a la consulta
console-query-parameter = Parámetro
console-query-field = Campo
console-query-field-hint = El campo del documento por el que filtrar, como first_name o caller_id.external.number.
console-query-field-missing = Indique el campo por el que filtrar.
console-query-value = Valor
console-query-add-button = Añadir parámetro
