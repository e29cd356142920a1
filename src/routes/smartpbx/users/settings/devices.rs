//! The user's devices: assign a spare one, or unassign one (`PATCH owner_id`, as Smart
//! PBX's devices tab does). Mobile devices also move a callflow in Smart PBX; they are
//! left to the Devices screen here.

use leptos::prelude::*;
use leptos::task::spawn_local;
use patchbay_crossbar::path::seg;
use serde_json::{json, Value};

use super::section::SectionState;
use super::{Related, UserCtx};
use crate::components::form::SelectField;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::json::doc_id;

fn name_of(d: &Value) -> String {
    d.get("name").and_then(Value::as_str).unwrap_or_default().to_string()
}

fn is_mobile(d: &Value) -> bool {
    d.get("device_type").and_then(Value::as_str) == Some("mobile")
}

#[component]
pub fn DevicesSection(ctx: UserCtx, related: Related) -> impl IntoView {
    let owned = RwSignal::new(related.owned_devices.clone());
    let spare = RwSignal::new(related.spare_devices.iter().filter(|d| !is_mobile(d)).cloned().collect::<Vec<_>>());
    let chosen = RwSignal::new(String::new());
    let state = SectionState::new();
    let ctx = StoredValue::new(ctx);

    // Moves a device between the two lists once Crossbar accepted the change.
    let set_owner = move |device: Value, assign: bool| {
        let ctx = ctx.get_value();
        let device_id = doc_id(&device);
        let owner = if assign { Value::from(ctx.user_id.clone()) } else { Value::Null };
        let key = if assign { "action-assign-device" } else { "action-unassign-device" };
        state.start();
        spawn_local(async move {
            let call = device_action(&ctx, key, &name_of(&device));
            let path = format!("{}/devices/{}", ctx.base(), seg(&device_id));
            let result = ctx.patch(&call, &path, json!({"owner_id": owner})).await;
            if result.is_ok() {
                let (from, to) = if assign { (spare, owned) } else { (owned, spare) };
                from.update(|l| l.retain(|d| doc_id(d) != device_id));
                to.update(|l| l.push(device));
                chosen.set(String::new());
            }
            state.done(result.map(|_| ()));
        });
    };
    let options = Signal::derive(move || {
        let mut all = vec![(String::new(), t("devices-choose-spare"))];
        all.extend(spare.get().iter().map(|d| (doc_id(d), name_of(d))));
        all
    });
    view! {
        <section class="settings-section" aria-labelledby="user-devices-title">
            <h3 id="user-devices-title">{t("user-devices-title")}</h3>
            <ul>
                <For each=move || owned.get() key=|d| doc_id(d) let:device>
                    <li>
                        {name_of(&device)} " "
                        <button type="button" disabled=move || state.busy.get() on:click={
                            let device = device.clone();
                            move |_| set_owner(device.clone(), false)
                        }>{t_with("device-unassign", &[("name", arg(name_of(&device)))])}</button>
                    </li>
                </For>
            </ul>
            <Show when=move || owned.with(Vec::is_empty)>
                <p>{t("user-devices-none")}</p>
            </Show>
            <SelectField label=t("devices-spare") value=chosen options=options />
            <button type="button" disabled=move || state.busy.get() || chosen.with(String::is_empty) on:click=move |_| {
                let id = chosen.get_untracked();
                if let Some(device) = spare.with_untracked(|l| l.iter().find(|d| doc_id(d) == id).cloned()) {
                    set_owner(device, true);
                }
            }>{t("device-assign")}</button>
            <div class="form-error" role="alert">{move || state.error.get()}</div>
            <span role="status">{move || state.status.get()}</span>
        </section>
    }
}

/// The inspector action, named after the device and the user.
fn device_action(ctx: &UserCtx, key: &str, device: &str) -> crate::api::ActionScope {
    ctx.client.action(t_with(key, &[("device", arg(device.to_string())), ("name", arg(ctx.name.clone()))]))
}
