//! Callflows: Monster's Advanced Callflows as a section — the list of the account's
//! callflows (what other apps own hidden unless asked for) and the editor, which draws a
//! flow as a diagram that is also a keyboard-operable tree. What it writes is built by
//! `patchbay_monster::callflow`, as monster-ui-callflows writes it.

mod account_settings;
mod delete_question;
mod editor;
mod entities;
mod feature_codes;
mod list;
mod media;
mod picker;
mod time_of_day;

pub use account_settings::AccountSettingsScreen;
pub use editor::{EditCallflowScreen, NewCallflowScreen};
pub use entities::EntityScreen;
pub use feature_codes::CallflowFeatureCodesScreen;
pub use list::CallflowsScreen;
pub use media::MediaScreen;
pub use time_of_day::TimeOfDayScreen;

use patchbay_crossbar::path::seg;
use patchbay_monster::callflow::list::NO_MATCH;
use patchbay_monster::phone::readable;

use crate::api::Crossbar;
use crate::i18n::t;

/// `accounts/{id}`, for the signed-in account.
fn account_path() -> String {
    let account = leptos::prelude::expect_context::<Crossbar>().account_id();
    format!("accounts/{}", seg(&account))
}

/// A callflow number as people read it ("Catch all" for `no_match`).
fn number_text(number: &str) -> String {
    match number {
        NO_MATCH => t("cf-catch-all"),
        "" => t("cf-no-number"),
        n => readable(n),
    }
}

/// A document of the account's `collection` written whole: created (`PUT`) when it has no
/// id yet, else replaced (`POST …/{id}`), as every Callflows form saves; the stored document.
async fn save_doc(
    call: &crate::api::ActionScope,
    collection: &str,
    id: Option<&str>,
    doc: serde_json::Value,
) -> Result<serde_json::Value, patchbay_crossbar::CrossbarError> {
    let base = format!("{}/{collection}", account_path());
    match id {
        Some(id) => call.post(&format!("{base}/{}", seg(id)), doc).await,
        None => call.put(&base, doc).await,
    }
    .map(|e| e.data)
}
