//! The device form, shared by "Add device" and the device's own page: the fields of
//! the chosen type (as Smart PBX's form for that type has them), checked before
//! anything is sent; Crossbar's field errors come back onto the fields.

use crate::routes::smartpbx::users::form::phone::{chosen_model, load_catalog, Catalog, ModelFields};
use leptos::html;
use leptos::prelude::*;
use patchbay_crossbar::path::seg;
use patchbay_monster::phone::readable;

use crate::components::flash::Flash;

use crate::components::leave_guard::use_unsaved_form;

use crate::components::confirm::Confirm;

use crate::hooks::watch;
use leptos_router::hooks::use_navigate;
use patchbay_monster::device::{self, generated_credentials};
use patchbay_monster::stamp::{made_outside, ORIGIN_SMARTPBX};
use serde_json::Value;

use super::fields::{fields_of, new_fields, validate, Fields};
use super::keys::PhoneKeys;
use super::list::type_label;
use super::media::{MediaSettings, MediaSignals};
use super::restart::RestartPhone;
use super::save::{create, delete, update, SaveError};
use super::unlock::UnlockPhone;
use crate::api::{use_save, Crossbar};
use crate::components::error_notice::error_text;
use crate::components::form::{unique_id, MadeOutsideConfirm, SaveState, TextField};
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::smartpbx_stamp;
use crate::routes::table::{Screen, Spbx};

/// What the form needs besides the device: the users it can be assigned to, the
/// account's realm and its classifiers.
#[derive(Clone, Default)]
pub struct Context {
    pub users: Vec<(String, String)>,
    pub realm: String,
    pub classifiers: Vec<String>,
    pub e911_numbers: Vec<String>,
}

#[component]
fn Checkbox(#[prop(into)] label: String, value: RwSignal<bool>) -> impl IntoView {
    let id = unique_id("check");
    view! {
        <div class="checkbox">
            <input type="checkbox" id=id.clone() prop:checked=move || value.get() on:change=move |ev| value.set(event_target_checked(&ev)) />
            <label for=id>{label}</label>
        </div>
    }
}

#[component]
pub fn DeviceForm(device: Option<Value>, context: Context) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let navigate = use_navigate();
    let flash = expect_context::<Flash>();
    let meta = StoredValue::new(smartpbx_stamp());
    let creating = device.is_none();
    // A provisioned desk phone's keys are edited below the form (their own save).
    let provisioned = device.clone().filter(|d| d.pointer("/provision/endpoint_brand").is_some());
    let users_for_keys = context.users.clone();
    let id = device.as_ref().and_then(|d| d.get("id")).and_then(Value::as_str).unwrap_or_default().to_string();
    let outside = device.as_ref().is_some_and(|d| made_outside(d, ORIGIN_SMARTPBX));
    let before = match &device {
        Some(d) => fields_of(d),
        None => new_fields(device::ADDABLE[0], generated_credentials(js_sys::Math::random)),
    };
    let kind = RwSignal::new(before.device_type.clone());
    let name = RwSignal::new(before.name.clone());
    let owner = RwSignal::new(before.owner_id.clone());
    let enabled = RwSignal::new(before.enabled);
    let sip_username = RwSignal::new(before.sip_username.clone());
    let sip_password = RwSignal::new(before.sip_password.clone());
    let mac = RwSignal::new(before.mac_address.clone());
    let forward = RwSignal::new(before.forward_number.clone());
    let keep_caller_id = RwSignal::new(before.keep_caller_id);
    let allow_voicemail = RwSignal::new(before.allow_voicemail);
    let hide_from_contacts = RwSignal::new(before.hide_from_contacts);
    let sip_route = RwSignal::new(before.sip_route.clone());
    let emergency = RwSignal::new(before.emergency_number.clone());
    let media = MediaSignals::new(&before.media);
    // A new desk phone may be picked from the provisioner's catalogue, as Smart PBX's
    // device dialog offers (devices.js devicesRenderAdd → chooseModel).
    let catalog = if creating { load_catalog(client) } else { RwSignal::new(Catalog::NotConfigured) };
    let phone_brand = RwSignal::new(String::new());
    let phone_model = RwSignal::new(String::new());
    let gate = SaveState::new(outside);
    let confirming_delete = RwSignal::new(false);
    let before = StoredValue::new(before);
    let id = StoredValue::new(id);
    let classifiers = StoredValue::new(context.classifiers.clone());
    let form = move || device::form_of(&kind.get());
    let title_name = RwSignal::new(before.with_value(|b| b.name.clone()));

    let error_for = move |k: &'static str| gate.error_for(k);
    let current = move || Fields {
        device_type: kind.get_untracked(),
        name: name.get_untracked(),
        owner_id: owner.get_untracked(),
        enabled: enabled.get_untracked(),
        sip_username: sip_username.get_untracked(),
        sip_password: sip_password.get_untracked(),
        mac_address: mac.get_untracked(),
        forward_number: forward.get_untracked(),
        keep_caller_id: keep_caller_id.get_untracked(),
        allow_voicemail: allow_voicemail.get_untracked(),
        hide_from_contacts: hide_from_contacts.get_untracked(),
        sip_route: sip_route.get_untracked(),
        emergency_number: emergency.get_untracked(),
        media: media.get(),
        provision: catalog
            .with_untracked(|c| chosen_model(c, &phone_brand.get_untracked(), &phone_model.get_untracked())),
    };
    // Asked about before leaving the screen while something here is not saved.
    let unsaved = use_unsaved_form(current);

    let write = use_save(
        move |f: &Fields| {
            let key = if creating { "action-create-device" } else { "action-save-device" };
            t_with(key, &[("name", arg(f.name.trim().to_string()))])
        },
        move |call, f: Fields| {
            let (account, meta) = (client.account_id(), meta.get_value());
            let (id, before, classifiers) = (id.get_value(), before.get_value(), classifiers.get_value());
            async move {
                let changed = match creating {
                    true => create(&call, &meta, &account, &f, classifiers).await.map(|_| true)?,
                    false => update(&call, &meta, &account, &id, &before, &f).await?,
                };
                Ok::<_, SaveError>((f, changed))
            }
        },
    );
    let erase = use_save(
        move |_: &()| t_with("action-delete-device", &[("name", arg(before.with_value(|b| b.name.clone())))]),
        move |call, ()| {
            let (account, meta, id) = (client.account_id(), meta.get_value(), id.get_value());
            async move { delete(&call, &meta, &account, &id).await }
        },
    );
    {
        let navigate = navigate.clone();
        watch(move || match write.value().get() {
            Some(Ok((f, _))) if creating => {
                let message = t_with("done-device-added", &[("name", arg(f.name.trim().to_string()))]);
                flash.go(&navigate, Screen::SmartPbx(Spbx::Devices), message);
            }
            Some(Ok((f, changed))) => {
                title_name.set(f.name.trim().to_string());
                before.set_value(f);
                unsaved.saved();
                gate.saved(if changed { t("saved") } else { t("device-nothing-changed") });
            }
            Some(Err(e)) => gate.failed_with(e),
            None => {}
        });
    }
    watch(move || match erase.value().get() {
        Some(Ok(())) => {
            let message = t_with("done-device-deleted", &[("name", arg(title_name.get_untracked()))]);
            flash.go(&navigate, Screen::SmartPbx(Spbx::Devices), message);
        }
        Some(Err(e)) => {
            confirming_delete.set(false);
            gate.form_error.set(Some(error_text(&e)));
        }
        None => {}
    });
    let busy = Signal::derive(move || write.pending().get() || erase.pending().get());
    let (errors, form_error, status) = (gate.errors, gate.form_error, gate.status);

    let save = move |confirmed: bool| {
        let f = current();
        if gate.pass(validate(&f), confirmed) {
            write.dispatch(f);
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save(false);
    };
    let remove = move |_| {
        erase.dispatch(());
    };
    let delete_button = NodeRef::<html::Button>::new();
    watch(move || {
        if confirming_delete.get() {
            if let Some(b) = delete_button.get() {
                let _ = b.focus();
            }
        }
    });

    let owner_id = unique_id("owner");
    let emergency_id = unique_id("emergency");
    let mut e911 = context.e911_numbers.clone();
    // A number set elsewhere stays selectable, so saving does not silently drop it.
    if !before.with_value(|b| b.emergency_number.is_empty() || e911.contains(&b.emergency_number)) {
        e911.push(before.with_value(|b| b.emergency_number.clone()));
    }
    let has_e911 = !e911.is_empty();
    let users = context.users.clone();
    let realm = context.realm.clone();
    let is_mobile = move || kind.get() == "mobile";
    let deletable = device::is_deletable(&kind.get_untracked()) && !creating;

    view! {
        <section class="screen" aria-labelledby="device-form-title">
            <h2 id="device-form-title">{move || if creating { t("devices-add") } else { title_name.get() }}</h2>
            {outside.then(|| view! { <p class="badge badge--outside" role="note">{t("made-outside-smartpbx")}</p> })}
            {(!creating).then(|| view! { <p>{t("device-type")}": "{move || type_label(&kind.get())}</p> })}
            <form class="form" on:submit=submit novalidate=true>
                {creating.then(|| view! {
                    <fieldset class="device-types">
                        <legend>{t("device-type")}</legend>
                        {device::ADDABLE.iter().map(|k| {
                            let radio_id = format!("device-type-{k}");
                            let choose = move |_| {
                                kind.set(k.to_string());
                                hide_from_contacts.set(device::form_of(k).call_forward);
                                errors.set(vec![]);
                            };
                            view! {
                                <div class="radio">
                                    <input type="radio" name="device-type" id=radio_id.clone() value=*k
                                        prop:checked=move || kind.get() == *k on:change=choose />
                                    <label for=radio_id>{type_label(k)}</label>
                                </div>
                            }
                        }).collect_view()}
                    </fieldset>
                })}
                <TextField label=t("device-name") value=name required=true maxlength=128 error=error_for("name") />
                {(!creating).then(|| view! { <Checkbox label=t("device-enabled") value=enabled /> })}
                <div class="field" class:field--invalid=move || error_for("owner_id").with(Option::is_some)>
                    <label for=owner_id.clone()>{t("device-assign-to")}</label>
                    {move || is_mobile().then(|| view! { <p class="field__hint">{t("device-mobile-owner-hint")}</p> })}
                    <select id=owner_id.clone() disabled=is_mobile on:change=move |ev| owner.set(event_target_value(&ev))>
                        <option value="" selected=move || owner.get().is_empty()>{t("device-unassigned")}</option>
                        {users.into_iter().map(|(uid, uname)| {
                            let selected = { let uid = uid.clone(); move || owner.get() == uid };
                            view! { <option value=uid selected=selected>{uname}</option> }
                        }).collect_view()}
                    </select>
                    {move || error_for("owner_id").get().map(|e| view! { <p class="field__error">{e}</p> })}
                </div>
                <Show when=move || form().mac_address>
                    <TextField label=t("device-mac") value=mac maxlength=17 hint=t("device-mac-hint") error=error_for("mac_address") />
                </Show>
                {creating.then(|| view! {
                    <Show when=move || kind.get() == "sip_device" && !matches!(catalog.get(), Catalog::NotConfigured)>
                        <fieldset class="form__group">
                            <legend>{t("device-phone-model")}</legend>
                            <ModelFields catalog=catalog brand=phone_brand model=phone_model />
                        </fieldset>
                    </Show>
                })}
                <Show when=move || form().call_forward>
                    <TextField label=t("device-forward-number") value=forward required=true maxlength=36 input_type="tel" error=error_for("forward_number") />
                    <Checkbox label=t("device-keep-caller-id") value=keep_caller_id />
                    <Checkbox label=t("device-allow-voicemail") value=allow_voicemail />
                </Show>
                <Show when=move || form().sip_route>
                    <TextField label=t("device-sip-route") value=sip_route required=true hint=t("device-sip-route-hint") error=error_for("sip_route") />
                </Show>
                <Show when=move || form().call_forward || form().sip_route>
                    <Checkbox label=t("device-hide-contacts") value=hide_from_contacts />
                </Show>
                <Show when=move || form().sip_credentials>
                    <fieldset class="sip">
                        <legend>{t("device-sip")}</legend>
                        <TextField label=t("device-sip-username") value=sip_username required=true maxlength=32 error=error_for("sip_username") />
                        <TextField label=t("device-sip-password") value=sip_password input_type="password" autocomplete="new-password" required=true maxlength=32 error=error_for("sip_password") />
                        <p>{t("device-realm")}": "{realm.clone()}</p>
                    </fieldset>
                </Show>
                // Without a number that has an address there is nothing to choose; said,
                // as Smart PBX says it, rather than hidden.
                <Show when=move || !has_e911 && form().emergency_caller_id>
                    <p>{t("device-emergency-none")}</p>
                </Show>
                <Show when=move || has_e911 && form().emergency_caller_id>
                    <div class="field" class:field--invalid=move || error_for("emergency_number").with(Option::is_some)>
                        <label for=emergency_id.clone()>{t("device-emergency-caller-id")}</label>
                        <select id=emergency_id.clone() on:change=move |ev| emergency.set(event_target_value(&ev))>
                            <option value="" selected=move || emergency.get().is_empty()>{t("device-emergency-default")}</option>
                            {e911.clone().into_iter().map(|n| {
                                let selected = { let n = n.clone(); move || emergency.get() == n };
                                view! { <option value=n.clone() selected=selected>{readable(&n)}</option> }
                            }).collect_view()}
                        </select>
                        {move || error_for("emergency_number").get().map(|e| view! { <p class="field__error">{e}</p> })}
                    </div>
                </Show>
                {(!creating).then(|| view! { <MediaSettings device_type=kind.get_untracked() media=media /> })}
                {(!creating && device::form_of(&kind.get_untracked()).sip_credentials && kind.get_untracked() != "mobile").then(|| {
                    let account = client.account_id();
                    let path = format!("accounts/{}/devices/{}/sync", seg(&account), seg(&id.get_value()));
                    view! { <RestartPhone path=path name=title_name.get_untracked() /> }
                })}
                {(!creating && kind.get_untracked() == "sip_device" && !mac.get_untracked().is_empty()).then(|| {
                    view! { <UnlockPhone mac=mac.get_untracked() name=title_name.get_untracked() /> }
                })}
                <div class="form-error" role="alert">{move || form_error.get()}</div>
                <MadeOutsideConfirm
                    open=gate.confirming
                    question_key="device-made-outside-confirm"
                    on_confirm=Callback::new(move |_| save(true))
                />
                <div class="form-actions">
                    <button type="submit" class="primary" disabled=move || busy.get()>
                        {if creating { t("create") } else { t("save") }}
                    </button>
                    {deletable.then(|| view! {
                        <button type="button" class="danger" disabled=move || busy.get() on:click=move |_| confirming_delete.set(true)>
                            {t("device-delete")}
                        </button>
                    })}
                    <span role="status">{move || status.get()}</span>
                </div>
                <Show when=move || confirming_delete.get()>
                    <Confirm labelled_by="confirm-delete" on_cancel=Callback::new(move |_| confirming_delete.set(false))>
                        <p id="confirm-delete">{move || t_with("device-delete-confirm", &[("name", arg(title_name.get()))])}</p>
                        <button type="button" class="danger" node_ref=delete_button disabled=move || busy.get() on:click=remove>
                            {t("device-delete-confirm-button")}
                        </button>
                        <button type="button" on:click=move |_| confirming_delete.set(false)>{t("cancel")}</button>
                    </Confirm>
                </Show>
            </form>
            {provisioned.map(|d| view! { <PhoneKeys device=d users=users_for_keys /> })}
        </section>
    }
}
