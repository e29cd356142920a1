//! "Act as this account" (Monster's masquerade, monster-ui `src/apps/core/app.js`
//! account toggle): every section works on the chosen account with the signed-in
//! person's own token, and its sections follow that account's apps. A banner says so
//! on every screen, with the way back.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use patchbay_monster::account::apps_for_visiting_admin;
use serde_json::Value;

use crate::api::{ActionScope, Crossbar};
use crate::i18n::{arg, t, t_with};
use crate::routes::table::Screen;
use crate::session::ActingAs;

/// Reads which apps the account grants an admin from above, then acts as it.
pub async fn act_as(call: &ActionScope, client: Crossbar, account_id: &str, name: &str) -> Result<(), CrossbarError> {
    let apps = call.get(&format!("accounts/{}/apps_store", seg(account_id))).await?;
    let entries = apps.data.as_array().cloned().unwrap_or_default();
    let acting = ActingAs {
        account_id: account_id.to_string(),
        name: name.to_string(),
        apps: apps_for_visiting_admin(&entries),
    };
    client.session.update(|s| s.acting_as = Some(acting));
    Ok(())
}

/// The account being acted as, and the way back to one's own account.
#[component]
pub fn ActingBanner() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let navigate = use_navigate();
    let acting = move || client.session.with(|s| s.and_then(|s| s.acting_as.clone()));
    let own = move || client.session.with(|s| s.map(|s| s.account_name.clone()).unwrap_or_default());
    let back = move |_| {
        let Some(left) = acting() else { return };
        client.session.update(|s| s.acting_as = None);
        navigate(&Screen::Account(left.account_id).href(), Default::default());
    };
    view! {
        <Show when=move || acting().is_some()>
            <div class="acting-banner" role="region" aria-label=t("acting-region")>
                <p>{move || t_with("acting-as", &[("account", arg(acting().map(|a| a.name).unwrap_or_default()))])}</p>
                <button type="button" on:click=back.clone()>{move || t_with("acting-return", &[("account", arg(own()))])}</button>
            </div>
        </Show>
    }
}

/// The account's name as a listing row or document has it.
pub fn name_of(doc: &Value) -> String {
    doc.get("name").and_then(Value::as_str).unwrap_or_default().to_string()
}
