//! "Unlock the phone": a provisioner ties a desk phone's MAC address to the account that
//! first provisioned it; unlocking lets it be provisioned again (after a move to another
//! account, or a factory reset) — Smart PBX's device dialog "Unlock" (`devices.js`,
//! request `provisioner.devices.unlock`: `DELETE <provisioner>locks/{account}/{mac}`).

use leptos::prelude::*;
use patchbay_crossbar::path::seg;

use crate::api::{use_save, Crossbar};
use crate::components::error_notice::error_text;
use crate::hooks::watch;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::users::form::phone::provisioner_url;

#[component]
pub fn UnlockPhone(mac: String, name: String) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let compact: String = mac.chars().filter(char::is_ascii_hexdigit).collect::<String>().to_ascii_lowercase();
    let relative = format!("locks/{}/{}", seg(&client.account_id()), seg(&compact));
    let Some(url) = provisioner_url(&client, &relative).filter(|_| compact.len() == 12) else {
        return ().into_any();
    };
    let status = RwSignal::new(None::<String>);
    let unlock = use_save(
        move |_: &()| t_with("action-unlock-device", &[("name", arg(name.clone()))]),
        move |call, ()| {
            let url = url.clone();
            async move { call.delete_external(&url).await.map(|_| ()) }
        },
    );
    watch(move || match unlock.value().get() {
        Some(Ok(())) => status.set(Some(t("device-unlocked"))),
        Some(Err(e)) => status.set(Some(error_text(&e))),
        None => {}
    });
    view! {
        <div class="form-actions">
            <button type="button" disabled=move || unlock.pending().get() on:click=move |_| { status.set(None); unlock.dispatch(()); }>
                {t("device-unlock")}
            </button>
            <span role="status">{move || status.get()}</span>
        </div>
    }
    .into_any()
}
