//! The app's JSON vocabulary (`patchbay_crossbar::json`), under the names the Smart
//! PBX screens use.

pub use patchbay_crossbar::json::{doc_id, ids, str_at as str_field, strings, strs};
