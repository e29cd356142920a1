//! Every user of the account as (id, full name), read page by page (members to choose
//! from on the group and voicemail-box forms, names of owners).

use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use patchbay_monster::names;
use serde_json::Value;

use crate::api::fetch_all_pages;
use crate::api::ActionScope;

pub async fn all_users(call: &ActionScope, account: &str) -> Result<Vec<(String, String)>, CrossbarError> {
    let users = fetch_all_pages(call, &format!("accounts/{}/users", seg(account)), "ascending=true").await?;
    Ok(users
        .iter()
        .map(|u| {
            let s = |k: &str| u.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
            (s("id"), names::full_name(&s("first_name"), &s("last_name")))
        })
        .collect())
}
