//! schemas/phone_numbers.json: the number features clients write on a number — `cnam`
//! (outbound display name, inbound lookup) and the `e911` service address.

use super::{opt, req, text, Field, Kind, ANY_TEXT};

pub const FIELDS: &[Field] = &[
    opt("cnam", Kind::Object),
    opt("cnam.display_name", text(1, 15)),
    opt("cnam.inbound_lookup", Kind::Bool),
    opt("e911", Kind::Object),
    req("e911.street_address", ANY_TEXT),
    req("e911.locality", ANY_TEXT),
    req("e911.region", text(2, 2)),
    req("e911.postal_code", ANY_TEXT),
    opt("e911.extended_address", ANY_TEXT),
    opt("e911.caller_name", text(3, usize::MAX)),
    opt("e911.notification_contact_emails", Kind::Texts),
    opt("carrier_name", text(1, 30)),
];
