## Smart PBX › Números › funciones de un número

action-open-number = Abrir número
action-save-number-features = Guardar las funciones de { $number }
action-release-number = Liberar { $number }
number-features-title = Nombre de llamante y dirección de emergencia
number-cnam-on = Enviar un nombre de llamante (CNAM)
number-cnam-name = Nombre que ven las personas a las que llama
number-cnam-name-invalid = Use de 1 a 15 caracteres.
number-cnam-inbound = Consultar los nombres de quienes llaman
number-e911-on = Dirección de emergencia (E911)
number-e911-street = Dirección (calle y número)
number-e911-extended = Oficina, planta o puerta
number-e911-locality = Ciudad
number-e911-region = Estado (2 letras)
number-e911-region-invalid = Use el código de estado de 2 letras, como CA.
number-e911-postal = Código postal
number-e911-emails = Avisar de las llamadas de emergencia a estos correos electrónicos
number-e911-emails-hint = Separe las direcciones con comas.
field-required-short = Este campo es obligatorio.
number-release-title = Liberar
number-release = Liberar este número
number-release-confirm = ¿Liberar este número de la cuenta? Las llamadas a este número dejarán de llegarle, y los flujos de llamada que lo incluyen conservarán un número que ya no suena aquí.
number-release-yes = Liberar el número
number-cnam-not-offered = El operador de este número no ofrece nombre en el identificador de llamada.
number-e911-not-offered = El operador de este número no ofrece dirección de emergencia (E911); las llamadas de emergencia usan la de otro número.
number-e911-choose = No se ha guardado: el servicio de emergencias conoce más de una dirección como esta. Elija la suya a continuación.
number-e911-suggestions = Direcciones que conoce el servicio de emergencias
number-e911-use-choice = Usar esta dirección
number-e911-not-found = El servicio de emergencias no encuentra esta dirección. Compruebe la calle y el número.

## Smart PBX › Números › Comprar números

action-open-buy-numbers = Abrir Comprar números
action-find-numbers = Buscar números que empiecen por { $prefix }
action-buy-numbers = Comprar { $count ->
    [one] un número
   *[other] { $count } números
}
numbers-empty-state = Esta cuenta aún no tiene números de teléfono. Compre uno para dar a la oficina un número al que se pueda llamar.
buy-title = Comprar números
buy-intro = Busque números a la venta, elija los que quiera e indique para qué son. Se añaden a la cuenta en cuanto los compra.
buy-search-title = Buscar números
buy-kind = Tipo de número
buy-kind-local = Local, por prefijo
buy-kind-toll-free = Gratuito
buy-area-code = Prefijo
buy-area-code-hint = Tres dígitos, como 415.
buy-area-code-invalid = Escriba un prefijo de tres dígitos que empiece por una cifra del 2 al 9, como 415.
buy-toll-free-prefix = Prefijo de número gratuito
buy-search = Buscar
buy-found = { $count ->
    [0] No se han encontrado números.
    [one] Un número a la venta.
   *[other] { $count } números a la venta.
}
buy-results-title = Números a la venta
buy-none = No hay números a la venta que empiecen por { $prefix }. Pruebe con otro prefijo.
buy-choose = Elija los números que quiere comprar
buy-more = Mostrar más números
buy-use-for = Usar los números nuevos para
buy-use-spare = Nada por ahora (guardarlos para más adelante)
buy-use-main = El número principal
buy-use-conference = La línea de conferencias
buy-use-fax = La línea de fax
buy-use-user = Un usuario
buy-use-group = Un grupo de timbre
buy-user = Usuario
buy-group = Grupo de timbre
buy-submit = { $count ->
    [0] Comprar números
    [one] Comprar 1 número
   *[other] Comprar { $count } números
}
buy-choose-some = Elija al menos un número para comprar.
buy-choose-target = Elija para quién son los números.
buy-fax-one = La línea de fax admite un solo número: elija solo uno.
buy-confirm = ¿Comprar { $numbers } para { $account }? Su compañía telefónica puede cobrar por cada número.
buy-confirm-yes = Comprar
buy-bought = Compra realizada: { $numbers }.
buy-refused = No se ha podido comprar { $number }: { $reason }.
buy-not-assigned = Los números nuevos se han guardado para más adelante por este motivo: { $reason } Puede asignarles un uso desde Número principal, un usuario o un grupo.
buy-no-main-number = el número principal aún no está configurado; abra Número principal una vez para configurarlo.
buy-fax-taken = la línea de fax ya tiene un número.
buy-no-callflow = ese usuario o grupo no tiene un enrutamiento de llamadas al que añadir números.

## Smart PBX › Números › enrutamiento de un número

action-save-number-routing = Guardar el destino de respaldo y el prefijo del nombre de llamante de { $number }
number-routing-title = Cuando las llamadas no se pueden atender aquí
number-failover = Enviar las llamadas a este número o dirección SIP si la oficina no puede atenderlas
number-failover-hint = Un número de teléfono o una dirección SIP, como sip:desk@example.com. Déjelo vacío para no usar ninguno.
number-failover-invalid = Escriba un número de teléfono de 7 a 15 dígitos o una dirección SIP, como sip:desk@example.com.
number-prepend = Anteponer esto al nombre de quien llama
number-prepend-hint = Indica a quien contesta a qué número se ha llamado, por ejemplo, Ventas. Déjelo vacío para no usar ninguno.
number-routing-save = Guardar configuración de llamadas

## Smart PBX › Números › Portabilidad de números

action-enter-port = Solicitar la portabilidad de números desde otra compañía telefónica
action-cancel-port = Cancelar la solicitud { $name }
port-title = Portabilidad de números
port-intro = Conserve los números que ya tiene: indique cuál es su compañía telefónica actual y cómo está configurada su cuenta con ella. Nosotros enviamos la solicitud; los números se trasladan el día que elija y recibirá las novedades por correo electrónico.
port-numbers = Números que se van a portar
port-numbers-hint = Uno por línea o separados por comas, como 202-555-9000.
port-numbers-required = Escriba al menos un número.
port-numbers-bad = «{ $typed }» no es un número de teléfono. Escriba diez dígitos, con el prefijo.
port-current-company = Su compañía telefónica actual
port-carrier = Nombre de la compañía
port-bill-name = Nombre en la factura
port-bill-name-hint = Exactamente como aparece en su factura.
port-account-number = Número de cuenta con la compañía
port-pin = PIN o código de acceso
port-pin-hint = Si su cuenta con la compañía tiene uno.
port-btn = Número de teléfono de facturación
port-btn-hint = El número principal de su factura, si no es uno de los números anteriores.
port-btn-bad = Escriba diez dígitos, con el prefijo.
port-service-address = Dónde se usan los números actualmente
port-transfer-date = Fecha de portabilidad preferida
port-transfer-date-bad = Elija un día futuro.
port-signee = Autorizado por
port-signee-hint = Nombre completo de la persona autorizada para trasladar estos números.
port-email = Enviar las novedades a
port-submit = Enviar la solicitud
port-number-exists = No se ha enviado: uno de estos números ya está en servicio en este sistema, así que no hay nada que portar.
port-number-on-request = No se ha enviado: uno de estos números ya figura en otra solicitud de portabilidad.
ports-title = Números en portabilidad
ports-col-request = Solicitud
ports-col-numbers = Números
ports-col-date = Fecha de portabilidad
ports-col-actions = Acciones
ports-cancel = Cancelar solicitud
ports-cancel-named = Cancelar solicitud { $name }
ports-cancel-confirm = ¿Cancelar la solicitud { $name }? No se podrá volver a enviar; habría que introducir una nueva.
ports-cancel-yes = Cancelar la solicitud
ports-keep = Mantenerla
port-state-unconfirmed = Aún no enviada
port-state-submitted = Enviada
port-state-pending = En la otra compañía
port-state-scheduled = Programada
port-state-completed = Completada
port-state-rejected = Requiere cambios
port-state-canceled = Cancelada
action-send-port = Enviar la solicitud { $name }
ports-send = Enviar
ports-send-named = Enviar { $name }
