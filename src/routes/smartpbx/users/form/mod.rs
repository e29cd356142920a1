//! Smart PBX › Users › Add user / edit user. Creating writes the user, its voicemail
//! box and its main callflow exactly as Smart PBX does (rolling back if a later step
//! fails, so a retry does not trip over half-made documents). Editing PATCHes only
//! what changed on each document, so fields other apps wrote survive; documents made
//! outside Smart PBX are shown as such and need a confirmation first.

use leptos::prelude::*;

use crate::components::flash::Flash;

use crate::components::leave_guard::use_unsaved_form;

use crate::hooks::watch;
use leptos_router::hooks::{use_navigate, use_params_map};
use patchbay_crossbar::path::seg;
use patchbay_monster::names;
use patchbay_monster::provisioned_phone::ProvisionedPhone;
use patchbay_monster::stamp::{made_outside, ORIGIN_SMARTPBX};
use serde_json::Value;

mod delete;
mod fields;
pub(crate) mod phone;
mod save;

use super::settings::UserSettings;
use crate::api::{use_load, use_save, Crossbar};
use crate::components::form::CheckboxField;
use crate::components::form::TextField;
use crate::components::form::{MadeOutsideConfirm, SaveState};
use crate::components::loaded::Loaded;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::smartpbx_stamp;
use crate::routes::table::{Screen, Spbx};
use delete::DeleteUser;
use fields::{fields_of, validate, validate_phone, validate_username, Fields};
use patchbay_monster::user::next_extension;
use patchbay_smartpbx::users;
use phone::{load_catalog, Catalog, PhoneFields, PhoneSection};
use save::{create, update};

/// "Add user" starts from the next free extension, as Smart PBX suggests it (one past
/// the highest extension or mailbox in use).
#[component]
pub fn CreateUserScreen() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let taken = use_load(
        || t("action-read-extensions"),
        move |call| {
            let account = client.account_id();
            async move { users::taken_extensions(&call, &account).await }
        },
    );
    view! {
        <Loaded load=taken let:taken>
            {
                let suggested = next_extension(taken.iter().map(String::as_str), FIRST_EXTENSION);
                view! { <UserForm user=None suggested_extension=suggested /> }
            }
        </Loaded>
    }
}

/// The extension Smart PBX suggests in an account that has none yet.
const FIRST_EXTENSION: u32 = 2001;

#[component]
pub fn EditUserScreen() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let params = use_params_map();
    let user = use_load(
        || t("action-open-user"),
        move |call| {
            let id = params.with(|p| p.get("id").unwrap_or_default());
            let path = format!("accounts/{}/users/{}", seg(&client.account_id()), seg(&id));
            async move { Ok(call.get(&path).await?.data) }
        },
    );
    view! {
        <Loaded load=user let:u>
            {
                // Deleting comes last on the page, after everything that can be edited.
                let id = u.get("id").and_then(Value::as_str).unwrap_or_default().to_string();
                let name = {
                    let f = fields_of(&u);
                    names::full_name(&f.first_name, &f.last_name)
                };
                view! {
                    <UserForm user=Some(u.clone()) />
                    <UserSettings user=u />
                    <DeleteUser user_id=id name=name />
                }
            }
        </Loaded>
    }
}

#[component]
fn UserForm(user: Option<Value>, #[prop(optional)] suggested_extension: String) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let navigate = use_navigate();
    let flash = expect_context::<Flash>();
    let meta = StoredValue::new(smartpbx_stamp());
    let creating = user.is_none();
    let before = user.as_ref().map(fields_of).unwrap_or_default();
    let outside = user.as_ref().is_some_and(|u| made_outside(u, ORIGIN_SMARTPBX));
    let first_name = RwSignal::new(before.first_name.clone());
    let last_name = RwSignal::new(before.last_name.clone());
    let extension = RwSignal::new(if creating { suggested_extension } else { before.extension.clone() });
    let email = RwSignal::new(before.email.clone());
    let password = RwSignal::new(String::new());
    let username = RwSignal::new(before.username.clone());
    // The heading follows the saved name.
    let title = RwSignal::new(names::full_name(&before.first_name, &before.last_name));
    let create_vmbox = RwSignal::new(true);
    let in_directory = RwSignal::new(false);
    let send_email = RwSignal::new(false);
    let phone_brand = RwSignal::new(String::new());
    let phone_model = RwSignal::new(String::new());
    let phone_name = RwSignal::new(String::new());
    let phone_mac = RwSignal::new(String::new());
    // Only "Add user" offers a phone; editing manages devices in their own section.
    let catalog = if creating { load_catalog(client) } else { RwSignal::new(Catalog::NotConfigured) };
    let brands = move || match catalog.get_untracked() {
        Catalog::Ready(b) => b,
        _ => vec![],
    };
    let gate = SaveState::new(outside);
    let user = StoredValue::new(user);
    let before = StoredValue::new(before);

    let current = move || Fields {
        first_name: first_name.get_untracked(),
        last_name: last_name.get_untracked(),
        extension: extension.get_untracked(),
        email: email.get_untracked(),
        password: password.get_untracked(),
        username: username.get_untracked(),
        create_vmbox: create_vmbox.get_untracked(),
        in_directory: in_directory.get_untracked(),
        send_email: send_email.get_untracked(),
        phone: PhoneFields {
            brand: phone_brand.get_untracked(),
            model: phone_model.get_untracked(),
            name: phone_name.get_untracked(),
            mac_address: phone_mac.get_untracked(),
        },
    };
    // Asked about before leaving the screen while something here is not saved.
    let unsaved = use_unsaved_form(current);

    let write = use_save(
        move |(f, _): &(Fields, Option<ProvisionedPhone>)| {
            let key = if creating { "action-create-user" } else { "action-save-user" };
            t_with(key, &[("name", arg(names::full_name(&f.first_name, &f.last_name)))])
        },
        move |call, (f, phone): (Fields, Option<ProvisionedPhone>)| {
            let (account, meta, user, before) =
                (client.account_id(), meta.get_value(), user.get_value(), before.get_value());
            async move {
                match user {
                    None => create(&call, &meta, &account, &f, phone).await.map(|id| (f, Some(id))),
                    Some(u) => update(&call, &meta, &account, &u, &before, &f).await.map(|_| (f, None)),
                }
            }
        },
    );
    watch(move || match write.value().get() {
        Some(Ok((f, Some(new_id)))) => flash.go(
            &navigate,
            Screen::SmartPbx(Spbx::User(new_id)),
            t_with("done-user-added", &[("name", arg(names::full_name(&f.first_name, &f.last_name)))]),
        ),
        Some(Ok((f, None))) => {
            title.set(names::full_name(&f.first_name, &f.last_name));
            before.set_value(Fields { password: String::new(), ..f });
            password.set(String::new());
            unsaved.saved();
            gate.saved(t("saved"));
        }
        Some(Err(e)) => gate.failed_with(e),
        None => {}
    });
    let busy = write.pending();
    let save = move |confirmed: bool| {
        let f = current();
        let mut local = validate(&f, creating);
        if creating {
            local.extend(validate_phone(&f.phone, &brands()));
        } else {
            local.extend(validate_username(&before.get_value(), &f));
        }
        if gate.pass(local, confirmed) {
            let phone = f.phone.chosen(&brands());
            write.dispatch((f, phone));
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save(false);
    };

    view! {
        <section class="screen" aria-labelledby="user-form-title">
            <h2 id="user-form-title">
                {move || if creating { t("users-add") } else { title.get() }}
            </h2>
            {outside.then(|| view! { <p class="badge badge--outside" role="note">{t("made-outside-smartpbx")}</p> })}
            <form class="form" on:submit=submit novalidate=true>
                <TextField label=t("user-first-name") value=first_name autocomplete="off" required=true maxlength=128 error=gate.error_for("first_name") />
                <TextField label=t("user-last-name") value=last_name autocomplete="off" required=true maxlength=128 error=gate.error_for("last_name") />
                <TextField label=t("user-extension") value=extension autocomplete="off" required=true maxlength=6 hint=t("user-extension-hint") error=gate.error_for("extension") />
                <TextField label=t("user-email") value=email input_type="email" autocomplete="off" required=creating maxlength=254 error=gate.error_for("email") />
                {(!creating).then(|| view! {
                    <TextField label=t("user-username") value=username autocomplete="off" maxlength=254 hint=t("user-username-hint") error=gate.error_for("username") />
                })}
                <TextField
                    label=t("user-password")
                    value=password
                    input_type="password"
                    autocomplete="new-password"
                    hint=if creating { t("user-password-hint-new") } else { t("user-password-hint-edit") }
                    error=gate.error_for("password")
                />
                {creating.then(|| view! {
                    <CheckboxField label=t("user-create-vmbox") checked=create_vmbox />
                    <CheckboxField label=t("user-in-directory") checked=in_directory />
                    <CheckboxField label=t("user-send-email") checked=send_email />
                    <PhoneSection
                        catalog=catalog
                        brand=phone_brand
                        model=phone_model
                        name=phone_name
                        mac_address=phone_mac
                        name_error=gate.error_for("phone_name")
                        mac_error=gate.error_for("phone_mac")
                        model_error=gate.error_for("phone_model")
                    />
                })}
                <div class="form-error" role="alert">{move || gate.form_error.get()}</div>
                <MadeOutsideConfirm
                    open=gate.confirming
                    question_key="made-outside-confirm"
                    on_confirm=Callback::new(move |_| save(true))
                />
                <div class="form-actions">
                    <button type="submit" class="primary" disabled=move || busy.get()>
                        {if creating { t("create") } else { t("save") }}
                    </button>
                    <span role="status">{move || gate.status.get()}</span>
                </div>
            </form>
        </section>
    }
}
