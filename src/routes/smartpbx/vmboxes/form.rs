//! The voicemail-box form: the fields Smart PBX's box dialog offers (basic, options,
//! email recipients, sharing), checks before sending, 400 field errors shown on their
//! fields, a confirmation before rewriting a box made by another app, and deletion
//! after a confirmation that says what goes with the box.

use leptos::prelude::*;

use crate::components::flash::Flash;

use crate::components::leave_guard::use_unsaved_form;

use crate::components::confirm::Confirm;

use crate::hooks::watch;
use leptos_router::hooks::use_navigate;
use patchbay_monster::stamp::{made_outside, ORIGIN_SMARTPBX};
use patchbay_monster::vmbox::{form_of, VmboxForm, ENVELOPE_DEFAULT};
use serde_json::{json, Value};

use super::account;
use crate::api::use_save;
use crate::components::error_notice::{error_text, problem_in_words};
use crate::components::form::name_problem;
use crate::components::form::{unique_id, FieldErrors, MadeOutsideConfirm, SaveState, TextField};
use crate::components::media_player::{use_playback, Player};
use crate::components::media_select::{media_choices, MediaSelect};
use crate::components::voicemail_messages::VoicemailMessages;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::smartpbx_stamp;
use crate::routes::table::{Screen, Spbx};
use patchbay_smartpbx::vmboxes::{create, delete, update};

/// A labelled checkbox. `shown_checked` overrides what is displayed (Smart PBX shows
/// "skip instructions" ticked and locked while the box is announcement-only).
/// Which form field a Crossbar validation error belongs to.
fn field_for(path: &str) -> Option<&'static str> {
    match path {
        "name" => Some("name"),
        "mailbox" => Some("mailbox"),
        "pin" => Some("pin"),
        p if p.starts_with("notify_email_addresses") => Some("emails"),
        _ => None,
    }
}

#[component]
fn Check(
    #[prop(into)] label: String,
    value: RwSignal<bool>,
    #[prop(optional, into)] disabled: Signal<bool>,
    #[prop(optional, into)] shown_checked: Option<Signal<bool>>,
) -> impl IntoView {
    let id = unique_id("check");
    let checked = move || shown_checked.map(|s| s.get()).unwrap_or(false) || value.get();
    view! {
        <div class="checkbox">
            <input
                type="checkbox"
                id=id.clone()
                prop:checked=checked
                disabled=move || disabled.get()
                on:change=move |ev| value.set(event_target_checked(&ev))
            />
            <label for=id>{label}</label>
        </div>
    }
}

/// A labelled `<select>` of (value, i18n key) options.
#[component]
fn Choice(
    #[prop(into)] label: String,
    value: RwSignal<String>,
    options: Vec<(&'static str, &'static str)>,
) -> impl IntoView {
    let id = unique_id("choice");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id prop:value=move || value.get() on:change=move |ev| value.set(event_target_value(&ev))>
                {options.into_iter().map(|(v, key)| view! { <option value=v selected=move || value.get() == v>{t(key)}</option> }).collect_view()}
            </select>
        </div>
    }
}

fn validate(f: &VmboxForm) -> FieldErrors {
    let mut errors = vec![];
    let required = |label: &str| t_with("field-required", &[("field", arg(t(label)))]);
    if let Some(problem) = name_problem("vmbox-name", &f.name, 128, true) {
        errors.push(("name", problem));
    }
    let mailbox = f.mailbox.trim();
    if mailbox.is_empty() {
        errors.push(("mailbox", required("vmbox-mailbox")));
    } else if mailbox.len() > 30 || !mailbox.chars().all(|c| c.is_ascii_digit()) {
        errors.push(("mailbox", t("vmbox-mailbox-format")));
    }
    let pin = f.pin.trim();
    if !pin.is_empty() && (!(4..=6).contains(&pin.len()) || !pin.chars().all(|c| c.is_ascii_digit())) {
        errors.push(("pin", t("vmbox-pin-format")));
    }
    if f.notify_email_addresses.iter().any(|e| !e.contains('@') || e.chars().any(char::is_whitespace)) {
        errors.push(("emails", t("field-email")));
    }
    if f.shared && f.members.is_empty() {
        errors.push(("members", t("vmbox-needs-members")));
    }
    errors
}

fn split_emails(s: &str) -> Vec<String> {
    s.split([',', ';', '\n']).map(str::trim).filter(|e| !e.is_empty()).map(str::to_string).collect()
}

#[component]
pub fn VmboxFormView(vmbox: Option<Value>, users: Vec<(String, String)>, media: Vec<Value>) -> impl IntoView {
    let navigate = use_navigate();
    let flash = expect_context::<Flash>();
    let meta = StoredValue::new(smartpbx_stamp());
    let creating = vmbox.is_none();
    let stored = StoredValue::new(vmbox.clone().unwrap_or_else(|| json!({})));
    let outside = vmbox.as_ref().is_some_and(|v| made_outside(v, ORIGIN_SMARTPBX));
    let initial = form_of(&stored.get_value());
    let title = if creating { t("vmbox-add") } else { initial.name.clone() };
    let owner_name = vmbox
        .as_ref()
        .and_then(|v| v.get("owner_id").and_then(Value::as_str))
        .map(|id| users.iter().find(|(u, _)| u == id).map(|(_, n)| n.clone()).unwrap_or_else(|| id.to_string()));

    let name = RwSignal::new(initial.name.clone());
    let mailbox = RwSignal::new(initial.mailbox.clone());
    let pin = RwSignal::new(initial.pin.clone());
    let emails = RwSignal::new(initial.notify_email_addresses.join(", "));
    let media_extension = RwSignal::new(initial.media_extension.clone().unwrap_or("default".into()));
    let envelope_type = RwSignal::new(initial.envelope_type.clone());
    let is_setup = RwSignal::new(initial.is_setup);
    let require_pin = RwSignal::new(initial.require_pin);
    let check_if_owner = RwSignal::new(initial.check_if_owner);
    let skip_greeting = RwSignal::new(initial.skip_greeting);
    let skip_instructions = RwSignal::new(initial.skip_instructions);
    let announcement_only = RwSignal::new(initial.announcement_only);
    let delete_after_notify = RwSignal::new(initial.delete_after_notify);
    let include_message = RwSignal::new(initial.include_message_on_notify);
    let configurable = RwSignal::new(initial.configurable);
    let skip_envelope = RwSignal::new(initial.skip_envelope);
    let shared = RwSignal::new(initial.shared);
    let members = RwSignal::new(initial.members.clone());
    let greeting = RwSignal::new(initial.media_unavailable.clone().unwrap_or_default());
    let temporary_greeting = RwSignal::new(initial.media_temporary_unavailable.clone().unwrap_or_default());
    let media_choices = RwSignal::new(media_choices(&media));
    let playback = use_playback();
    let initial = StoredValue::new(initial);

    let gate = SaveState::new(outside);
    let (errors, form_error, status) = (gate.errors, gate.form_error, gate.status);
    let confirming_delete = RwSignal::new(false);
    let error_for = move |k: &'static str| gate.error_for(k);

    let current = move || VmboxForm {
        name: name.get_untracked(),
        mailbox: mailbox.get_untracked(),
        pin: pin.get_untracked(),
        media_extension: Some(media_extension.get_untracked()).filter(|e| e != "default"),
        envelope_type: envelope_type.get_untracked(),
        is_setup: is_setup.get_untracked(),
        require_pin: require_pin.get_untracked(),
        check_if_owner: check_if_owner.get_untracked(),
        skip_greeting: skip_greeting.get_untracked(),
        skip_instructions: skip_instructions.get_untracked(),
        announcement_only: announcement_only.get_untracked(),
        delete_after_notify: delete_after_notify.get_untracked(),
        include_message_on_notify: include_message.get_untracked(),
        configurable: configurable.get_untracked(),
        skip_envelope: skip_envelope.get_untracked(),
        notify_email_addresses: split_emails(&emails.get_untracked()),
        shared: shared.get_untracked(),
        members: if shared.get_untracked() { members.get_untracked() } else { vec![] },
        media_unavailable: Some(greeting.get_untracked()).filter(|g| !g.is_empty()),
        media_temporary_unavailable: Some(temporary_greeting.get_untracked()).filter(|g| !g.is_empty()),
        ..initial.get_value()
    };
    // Asked about before leaving the screen while something here is not saved.
    let unsaved = use_unsaved_form(current);

    let write = use_save(
        move |f: &VmboxForm| {
            let key = if creating { "action-create-vmbox" } else { "action-save-vmbox" };
            t_with(key, &[("name", arg(f.name.trim().to_string()))])
        },
        move |call, f: VmboxForm| {
            let (meta, account, before) = (meta.get_value(), account(), stored.get_value());
            async move {
                match creating {
                    true => create(&call, &meta, &account, &f).await.map(|_| None),
                    false => update(&call, &meta, &account, &before, &f).await.map(Some),
                }
            }
        },
    );
    let erase = use_save(
        move |_: &()| t_with("action-delete-vmbox", &[("name", arg(initial.with_value(|f| f.name.clone())))]),
        move |call, ()| {
            let (meta, account, before) = (meta.get_value(), account(), stored.get_value());
            async move { delete(&call, &meta, &account, &before).await }
        },
    );
    {
        let navigate = navigate.clone();
        watch(move || match write.value().get() {
            Some(Ok(None)) => {
                let message = t_with("done-vmbox-added", &[("name", arg(current().name.trim().to_string()))]);
                flash.go(&navigate, Screen::SmartPbx(Spbx::Vmboxes), message);
            }
            Some(Ok(Some(doc))) => {
                stored.set_value(doc);
                unsaved.saved();
                status.set(Some(t("saved")));
            }
            Some(Err(e)) => {
                let fields: FieldErrors = e
                    .field_errors()
                    .iter()
                    .filter_map(|fe| {
                        let key = field_for(&fe.path)?;
                        let msg = if fe.validator == "unique" && key == "mailbox" {
                            t("vmbox-mailbox-taken")
                        } else {
                            problem_in_words(fe)
                        };
                        Some((key, msg))
                    })
                    .collect();
                errors.set(fields);
                form_error.set(Some(error_text(&e)));
            }
            None => {}
        });
    }
    watch(move || match erase.value().get() {
        Some(Ok(())) => {
            let message = t_with("done-vmbox-deleted", &[("name", arg(initial.with_value(|f| f.name.clone())))]);
            flash.go(&navigate, Screen::SmartPbx(Spbx::Vmboxes), message);
        }
        Some(Err(e)) => form_error.set(Some(error_text(&e))),
        None => {}
    });
    let busy = Signal::derive(move || write.pending().get() || erase.pending().get());
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
        confirming_delete.set(false);
        erase.dispatch(());
    };
    let delete_text = {
        let box_name = initial.with_value(|f| f.name.clone());
        match &owner_name {
            Some(owner) => t_with("vmbox-delete-owned", &[("name", arg(box_name)), ("owner", arg(owner.clone()))]),
            None => t_with("vmbox-delete-shared", &[("name", arg(box_name))]),
        }
    };
    let users = StoredValue::new(users);

    view! {
        <section class="screen" aria-labelledby="vmbox-form-title">
            <h2 id="vmbox-form-title">{title}</h2>
            {outside.then(|| view! { <p class="badge badge--outside" role="note">{t("made-outside-smartpbx")}</p> })}
            {owner_name.clone().map(|o| view! { <p>{t_with("vmbox-owned-by", &[("owner", arg(o))])}</p> })}
            <form class="form" on:submit=submit novalidate=true>
                <fieldset>
                    <legend>{t("vmbox-basic")}</legend>
                    <TextField label=t("vmbox-name") value=name required=true maxlength=128 error=error_for("name") />
                    <TextField label=t("vmbox-mailbox") value=mailbox required=true maxlength=30 error=error_for("mailbox") />
                    <TextField label=t("vmbox-pin") value=pin maxlength=6 hint=t("vmbox-pin-hint") error=error_for("pin") />
                </fieldset>
                <fieldset>
                    <legend>{t("vmbox-options")}</legend>
                    <Choice label=t("vmbox-media-extension") value=media_extension
                        options=vec![("default", "vmbox-format-default"), ("mp3", "vmbox-format-mp3"), ("wav", "vmbox-format-wav")] />
                    <Check label=t("vmbox-is-setup") value=is_setup />
                    <Check label=t("vmbox-require-pin") value=require_pin />
                    <Check label=t("vmbox-check-if-owner") value=check_if_owner />
                    <Check label=t("vmbox-skip-greeting") value=skip_greeting />
                    <Check label=t("vmbox-skip-instructions") value=skip_instructions
                        disabled=Signal::derive(move || announcement_only.get())
                        shown_checked=Signal::derive(move || announcement_only.get()) />
                    <Check label=t("vmbox-announcement-only") value=announcement_only />
                    <Check label=t("vmbox-delete-after-notify") value=delete_after_notify />
                    <Check label=t("vmbox-include-message") value=include_message />
                    <Check label=t("vmbox-configurable") value=configurable />
                    <Check label=t("vmbox-skip-envelope") value=skip_envelope />
                    <Choice label=t("vmbox-envelope-type") value=envelope_type
                        options=vec![(ENVELOPE_DEFAULT, "vmbox-envelope-caller-and-time"), ("default", "vmbox-envelope-default")] />
                </fieldset>
                <fieldset>
                    <legend>{t("vmbox-greetings")}</legend>
                    <p class="field__hint">{t("vmbox-greetings-hint")}</p>
                    <MediaSelect what=t("vmbox-greeting") choices=media_choices selected=greeting meta=meta.get_value() playback=playback />
                    <MediaSelect what=t("vmbox-temporary-greeting") choices=media_choices selected=temporary_greeting meta=meta.get_value() playback=playback />
                    <Player playback=playback />
                </fieldset>
                <fieldset>
                    <legend>{t("vmbox-recipients")}</legend>
                    <TextField label=t("vmbox-emails") value=emails hint=t("vmbox-emails-hint") error=error_for("emails") />
                </fieldset>
                <fieldset>
                    <legend>{t("vmbox-sharing")}</legend>
                    <Check label=t("vmbox-shared") value=shared />
                    <Show when=move || shared.get()>
                        <fieldset class="members" aria-describedby="vmbox-members-error">
                            <legend>{t("vmbox-members")}</legend>
                            {users.get_value().into_iter().map(|(id, label)| {
                                let checkbox_id = format!("vmbox-member-{id}");
                                let checked = { let id = id.clone(); move || members.with(|m| m.contains(&id)) };
                                let toggle = move |_| members.update(|m| match m.iter().position(|x| x == &id) {
                                    Some(i) => { m.remove(i); }
                                    None => m.push(id.clone()),
                                });
                                view! {
                                    <div class="checkbox">
                                        <input type="checkbox" id=checkbox_id.clone() prop:checked=checked on:change=toggle />
                                        <label for=checkbox_id>{label}</label>
                                    </div>
                                }
                            }).collect_view()}
                            <p class="field__error" id="vmbox-members-error">{move || error_for("members").get()}</p>
                        </fieldset>
                    </Show>
                </fieldset>
                <div class="form-error" role="alert">{move || form_error.get()}</div>
                <MadeOutsideConfirm
                    open=gate.confirming
                    question_key="vmbox-outside-confirm"
                    on_confirm=Callback::new(move |_| save(true))
                    take_focus=true
                />
                <div class="form-actions">
                    <button type="submit" class="primary" disabled=move || busy.get()>
                        {if creating { t("create") } else { t("save") }}
                    </button>
                    <span role="status">{move || status.get()}</span>
                </div>
            </form>
            {(!creating).then(|| view! {
                <div class="danger-zone">
                    <button type="button" class="danger" disabled=move || busy.get() on:click=move |_| confirming_delete.set(true)>
                        {t("vmbox-delete")}
                    </button>
                    <Show when=move || confirming_delete.get()>
                        {
                            let delete_text = delete_text.clone();
                            view! {
                                <Confirm labelled_by="confirm-delete-vmbox" on_cancel=Callback::new(move |_| confirming_delete.set(false))>
                                    <p id="confirm-delete-vmbox">{delete_text}</p>
                                    <button type="button" class="danger" on:click=remove>{t("vmbox-delete-confirm")}</button>
                                    <button type="button" on:click=move |_| confirming_delete.set(false)>{t("cancel")}</button>
                                </Confirm>
                            }
                        }
                    </Show>
                </div>
            })}
            {(!creating).then(|| view! {
                <VoicemailMessages vmbox=stored.get_value() meta=smartpbx_stamp() title_key="vmbox-messages-title" />
            })}
        </section>
    }
}
