//! Every user of the account as (id, full name), read page by page (members to choose
//! from on the group and voicemail-box forms, names of owners).

use patchbay_crossbar::CrossbarError;
use patchbay_monster::names;
use serde_json::Value;

use crate::api::Call;
use crate::components::paged_table::page_path;

pub async fn all_users(call: &Call, account: &str) -> Result<Vec<(String, String)>, CrossbarError> {
    let mut users = vec![];
    let mut start: Option<String> = None;
    loop {
        let path = page_path(&format!("accounts/{account}/users"), "ascending=true", start.as_deref());
        let env = call.get(&path).await?;
        users.extend(env.data.as_array().into_iter().flatten().map(|u| {
            let s = |k: &str| u.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
            (s("id"), names::full_name(&s("first_name"), &s("last_name")))
        }));
        match env.paging.next_start_key {
            Some(k) => start = Some(k),
            None => return Ok(users),
        }
    }
}

/// The `id` of a document or listing row.
pub fn id_of(v: &Value) -> String {
    v.get("id").and_then(Value::as_str).unwrap_or_default().to_string()
}
