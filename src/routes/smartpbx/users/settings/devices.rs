//! The user's devices: assign a spare one, or unassign one (`PATCH owner_id`, as Smart
//! PBX's devices tab does). An unassigned device also leaves the user's find-me/follow-me
//! ring group (`user_features::unassign_devices_patches`). Mobile devices also move a
//! callflow in Smart PBX; they are left to the Devices screen here.

use leptos::prelude::*;

use crate::hooks::watch;
use patchbay_crossbar::path::seg;
use serde_json::{json, Value};

use super::{Related, UserCtx};
use crate::api::{use_save, ActionScope};
use crate::components::feature::{listed, Feature};
use crate::components::form::{SaveState, SelectField};
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::json::doc_id;
use patchbay_monster::user_features::unassign_devices_patches;

fn name_of(d: &Value) -> String {
    d.get("name").and_then(Value::as_str).unwrap_or_default().to_string()
}

fn is_mobile(d: &Value) -> bool {
    d.get("device_type").and_then(Value::as_str) == Some("mobile")
}

/// Takes an unassigned device out of the user's find-me/follow-me ring group, as Smart
/// PBX does (the callflow, and the user's flag when no device is left).
async fn leave_find_me_follow_me(
    call: &ActionScope,
    ctx: &UserCtx,
    main_callflow: StoredValue<Option<Value>>,
    device_id: &str,
) -> Result<(), String> {
    let Some(callflow) = main_callflow.get_value() else { return Ok(()) };
    let flow = callflow.get("flow").cloned().unwrap_or(Value::Null);
    let (callflow_patch, user_patch) = unassign_devices_patches(&flow, &ctx.user_id, &[device_id]);
    if let Some(body) = callflow_patch {
        let path = format!("{}/callflows/{}", ctx.base(), seg(&doc_id(&callflow)));
        let written = ctx.patch(call, &path, body).await?;
        main_callflow.set_value(Some(written));
    }
    if let Some(body) = user_patch {
        ctx.patch(call, &ctx.user_path(), body).await?;
    }
    Ok(())
}

#[component]
pub fn DevicesSection(ctx: UserCtx, related: Related) -> impl IntoView {
    let owned = RwSignal::new(related.owned_devices.clone());
    let spare = RwSignal::new(related.spare_devices.iter().filter(|d| !is_mobile(d)).cloned().collect::<Vec<_>>());
    let chosen = RwSignal::new(String::new());
    let state = SaveState::plain();
    let ctx = StoredValue::new(ctx);
    // The main callflow as last written: a second unassignment starts from the first's result.
    let main_callflow = StoredValue::new(related.main_callflow.clone());

    // Assigning or unassigning one device: its own named action (device and user).
    let set_owner = use_save(
        move |(device, assign): &(Value, bool)| {
            let key = if *assign { "action-assign-device" } else { "action-unassign-device" };
            let ctx = ctx.get_value();
            t_with(key, &[("device", arg(name_of(device))), ("name", arg(ctx.name.clone()))])
        },
        move |call, (device, assign): (Value, bool)| {
            let ctx = ctx.get_value();
            async move {
                let device_id = doc_id(&device);
                let owner = if assign { Value::from(ctx.user_id.clone()) } else { Value::Null };
                let path = format!("{}/devices/{}", ctx.base(), seg(&device_id));
                ctx.patch(&call, &path, json!({"owner_id": owner})).await?;
                if !assign {
                    leave_find_me_follow_me(&call, &ctx, main_callflow, &device_id).await?;
                }
                Ok((device, assign))
            }
        },
    );
    // Moves a device between the two lists once Crossbar accepted the change.
    watch(move || match set_owner.value().get() {
        Some(Ok((device, assign))) => {
            let device_id = doc_id(&device);
            let (from, to) = if assign { (spare, owned) } else { (owned, spare) };
            from.update(|l| l.retain(|d| doc_id(d) != device_id));
            to.update(|l| l.push(device));
            chosen.set(String::new());
            state.saved(t("saved"));
        }
        Some(Err(e)) => state.failed(e, vec![]),
        None => {}
    });
    let busy = set_owner.pending();
    let summary =
        Signal::derive(move || owned.with(|l| listed(&l.iter().map(name_of).collect::<Vec<_>>(), "feature-none")));
    let options = Signal::derive(move || {
        let mut all = vec![(String::new(), t("devices-choose-spare"))];
        all.extend(spare.get().iter().map(|d| (doc_id(d), name_of(d))));
        all
    });
    view! {
        <Feature id="user-devices" title_key="user-devices-title" summary=summary>
            <section class="settings-section" aria-labelledby="user-devices-title">
            <ul>
                <For each=move || owned.get() key=|d| doc_id(d) let:device>
                    <li>
                        {name_of(&device)} " "
                        <button type="button" disabled=move || busy.get() on:click={
                            let device = device.clone();
                            move |_| { set_owner.dispatch((device.clone(), false)); }
                        }>{t_with("device-unassign", &[("name", arg(name_of(&device)))])}</button>
                    </li>
                </For>
            </ul>
            <Show when=move || owned.with(Vec::is_empty)>
                <p>{t("user-devices-none")}</p>
            </Show>
            <SelectField label=t("devices-spare") value=chosen options=options />
            <button type="button" disabled=move || busy.get() || chosen.with(String::is_empty) on:click=move |_| {
                let id = chosen.get_untracked();
                if let Some(device) = spare.with_untracked(|l| l.iter().find(|d| doc_id(d) == id).cloned()) {
                    set_owner.dispatch((device, true));
                }
            }>{t("device-assign")}</button>
            <div class="form-error" role="alert">{move || state.form_error.get()}</div>
            <span role="status">{move || state.status.get()}</span>
            </section>
        </Feature>
    }
}
