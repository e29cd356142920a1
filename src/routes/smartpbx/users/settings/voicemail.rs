//! Voicemail on/off (the main callflow's voicemail node is skipped, never removed) and
//! voicemail to email, with Smart PBX's vmbox quirks kept (see `user_features`).

use leptos::prelude::*;
use patchbay_crossbar::path::seg;
use patchbay_monster::user_features::{
    user_vm_to_email_patch, vm_to_email_shown, vmbox_settings_patch, voicemail_enabled, voicemail_flow, voicemail_patch,
};
use serde_json::Value;

use super::section::{use_section_save, SettingsSection};
use super::{Related, UserCtx};
use crate::api::use_save;
use crate::components::error_notice::error_text;
use crate::components::feature::FeatureFact;
use crate::components::form::CheckboxField;
use crate::components::form::SaveState;
use crate::hooks::watch;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::json::doc_id;
use patchbay_smartpbx::user_voicemail::{add_voicemail_box, AddVmboxError, VmboxAdded};

fn flag(v: Option<&Value>, key: &str, default: bool) -> bool {
    v.and_then(|v| v.get(key)).and_then(Value::as_bool).unwrap_or(default)
}

/// The section, or — for a person without a voicemail box — the offer to give them one
/// (`patchbay_smartpbx::user_voicemail`), after which the section is shown for it.
#[component]
pub fn VoicemailSection(ctx: UserCtx, user: Value, related: Related) -> impl IntoView {
    let current = RwSignal::new(related.vmbox.clone().map(|vmbox| (vmbox, related.main_callflow.clone())));
    let note = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let add = {
        let (ctx, user, callflow) = (ctx.clone(), user.clone(), related.main_callflow.clone());
        use_save(
            {
                let name = ctx.name.clone();
                move |_: &()| t_with("action-add-voicemail-box", &[("name", arg(name.clone()))])
            },
            move |call, ()| {
                let (ctx, user, callflow) = (ctx.clone(), user.clone(), callflow.clone());
                async move { add_voicemail_box(&call, &ctx.meta, &ctx.account, &user, callflow.as_ref()).await }
            },
        )
    };
    let callflow_before = related.main_callflow.clone();
    watch(move || match add.value().get() {
        Some(Ok(VmboxAdded::Rung { vmbox, callflow })) => {
            note.set(Some(t("voicemail-box-added")));
            current.set(Some((vmbox, Some(callflow))));
        }
        Some(Ok(VmboxAdded::NotRung { vmbox })) => {
            note.set(Some(t("voicemail-box-added-not-rung")));
            current.set(Some((vmbox, callflow_before.clone())));
        }
        Some(Err(AddVmboxError::NoExtension)) => error.set(Some(t("voicemail-box-no-extension"))),
        Some(Err(AddVmboxError::Crossbar(e))) => {
            let taken = e.field_errors().iter().any(|f| f.path == "mailbox");
            error.set(Some(if taken { t("voicemail-box-number-taken") } else { error_text(&e) }))
        }
        None => {}
    });
    move || {
        match current.get() {
        Some((vmbox, callflow)) => view! {
            <VoicemailForm ctx=ctx.clone() user=user.clone() vmbox=vmbox main_callflow=callflow note=note />
        }
        .into_any(),
        None => view! {
            <FeatureFact id="user-voicemail" title_key="voicemail-title" summary=t("voicemail-no-box")>
                <button type="button" disabled=move || add.pending().get() on:click=move |_| { error.set(None); add.dispatch(()); }>
                    {t("voicemail-add-box")}
                </button>
                <div class="form-error" role="alert">{move || error.get()}</div>
            </FeatureFact>
        }
        .into_any(),
    }
    }
}

#[component]
fn VoicemailForm(
    ctx: UserCtx,
    user: Value,
    vmbox: Value,
    main_callflow: Option<Value>,
    /// What giving the person a box did (shown inside the feature, opened to say it).
    note: RwSignal<Option<String>>,
) -> impl IntoView {
    let flow = main_callflow.as_ref().and_then(|cf| cf.get("flow")).cloned().unwrap_or(Value::Null);
    let was_enabled = voicemail_enabled(&flow);
    let enabled = RwSignal::new(was_enabled.unwrap_or(false));
    let to_email = RwSignal::new(vm_to_email_shown(&user, was_enabled == Some(true)));
    let include = RwSignal::new(flag(Some(&vmbox), "include_message_on_notify", true));
    let delete_after = RwSignal::new(flag(Some(&vmbox), "delete_after_notify", false));
    let transcribe = RwSignal::new(flag(Some(&vmbox), "transcribe", false));
    // On or off as last saved (None: the callflow has no voicemail step).
    let known_enabled = RwSignal::new(was_enabled);
    let mailbox = vmbox.get("mailbox").and_then(Value::as_str).unwrap_or_default().to_string();
    let stored = ctx.stored;
    let summary = Signal::derive(move || match known_enabled.get() {
        None => t_with("voicemail-summary-elsewhere", &[("mailbox", arg(mailbox.clone()))]),
        Some(false) => t("feature-off"),
        Some(true) if stored.with(|u| vm_to_email_shown(u, true)) => {
            t_with("voicemail-summary-on-email", &[("mailbox", arg(mailbox.clone()))])
        }
        Some(true) => t_with("voicemail-summary-on", &[("mailbox", arg(mailbox.clone()))]),
    });
    let open = RwSignal::new(note.get_untracked().is_some());
    let callflow_id = main_callflow.as_ref().map(doc_id);
    let vmbox_id = doc_id(&vmbox);
    let flow = StoredValue::new(flow);
    let state = SaveState::plain();
    let save = {
        let ctx = ctx.clone();
        use_section_save(
            &ctx.clone(),
            "action-save-voicemail",
            state,
            move |call, (on, new_flow, vm_patch, user_patch): (bool, Option<Value>, Value, Value)| {
                let ctx = ctx.clone();
                let (callflow_id, vmbox_id) = (callflow_id.clone(), vmbox_id.clone());
                async move {
                    let base = ctx.base();
                    let callflow = async {
                        match (&new_flow, &callflow_id) {
                            (Some(f), Some(id)) => match voicemail_patch(f, on) {
                                // Only the voicemail step's switch: other steps stay as stored.
                                Some(patch) => {
                                    ctx.patch(&call, &format!("{base}/callflows/{}", seg(id)), patch).await.map(|_| ())
                                }
                                None => Ok(()),
                            },
                            _ => Ok(()),
                        }
                    };
                    let (vmbox_path, user_path) = (format!("{base}/vmboxes/{}", seg(&vmbox_id)), ctx.user_path());
                    let (a, b, c) = futures::join!(
                        callflow,
                        ctx.patch(&call, &vmbox_path, vm_patch),
                        ctx.patch(&call, &user_path, user_patch),
                    );
                    a.and(b.map(|_| ())).and(c.map(|_| ()))?;
                    if let Some(f) = new_flow {
                        flow.set_value(f);
                        let _ = known_enabled.try_set(Some(on));
                    }
                    Ok(())
                }
            },
        )
    };
    let outside = ctx.outside;
    let on_save = Callback::new(move |_| {
        let on = enabled.get_untracked();
        // Only a change of on/off touches the callflow.
        let new_flow =
            (known_enabled.get_untracked() != Some(on)).then(|| voicemail_flow(&flow.get_value(), on)).flatten();
        let vm_patch = vmbox_settings_patch(
            to_email.get_untracked(),
            include.get_untracked(),
            delete_after.get_untracked(),
            transcribe.get_untracked(),
        );
        let user_patch = user_vm_to_email_patch(on, to_email.get_untracked());
        save.dispatch((on, new_flow, vm_patch, user_patch));
    });
    view! {
        <SettingsSection id="user-voicemail" title_key="voicemail-title" save_key="voicemail-save" outside=outside state=state busy=save.pending() on_save=on_save summary=summary open=open>
            <p role="status" class="settings-note">{move || note.get()}</p>
            {if was_enabled.is_some() {
                view! { <CheckboxField label=t("voicemail-enabled") checked=enabled /> }.into_any()
            } else {
                view! { <p>{t("voicemail-not-in-callflow")}</p> }.into_any()
            }}
            <CheckboxField label=t("voicemail-to-email") checked=to_email />
            <CheckboxField label=t("voicemail-include-message") checked=include />
            <CheckboxField label=t("voicemail-delete-after") checked=delete_after />
            <CheckboxField label=t("voicemail-transcribe") checked=transcribe />
        </SettingsSection>
    }
}
