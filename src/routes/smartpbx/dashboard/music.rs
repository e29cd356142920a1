//! The account's music on hold, chosen from the account's media (those without a
//! `type`, as Smart PBX lists them), "Silence", the default music, or a recording
//! uploaded on the spot (monster-ui-voip `submodules/myOffice/myOffice.js`
//! `myOfficeMusicOnHoldPopupBindEvents`).

use leptos::prelude::*;

use crate::components::leave_guard::use_unsaved_fields;

use crate::hooks::watch;
use patchbay_crossbar::path::seg;
use patchbay_monster::dashboard::{music_on_hold_patch, SILENCE};
use patchbay_monster::stamp::{made_outside, ORIGIN_SMARTPBX};
use serde_json::Value;

use super::super::{smartpbx_stamp, stamped};
use crate::api::use_save;
use crate::components::form::{unique_id, MadeOutsideConfirm, SaveState};
use crate::components::media_upload::MediaUpload;
use crate::i18n::t;

#[component]
pub fn MusicOnHoldForm(account: Value, media: Vec<(String, String)>, on_saved: Callback<String>) -> impl IntoView {
    let meta = StoredValue::new(smartpbx_stamp());
    let account_id = account.get("id").and_then(Value::as_str).unwrap_or_default().to_string();
    let outside = made_outside(&account, ORIGIN_SMARTPBX);
    let current = account.pointer("/music_on_hold/media_id").and_then(Value::as_str).unwrap_or_default().to_string();
    let mut choices = media;
    // A media id this list does not offer (another app's, or deleted) stays visible.
    if !current.is_empty() && current != SILENCE && !choices.iter().any(|(id, _)| *id == current) {
        choices.insert(0, (current.clone(), current.clone()));
    }
    let selected = RwSignal::new(current);
    // Recordings uploaded here join the choices, chosen (saved with the button below).
    let choices = RwSignal::new(choices);
    let uploaded = Callback::new(move |(id, name): (String, String)| {
        choices.update(|c| c.push((id.clone(), name)));
        selected.set(id);
    });
    let state = SaveState::new(outside);
    let account_id = StoredValue::new(account_id);
    let write = use_save(
        |_: &String| t("action-save-music-on-hold"),
        move |call, choice: String| {
            let (meta, path) = (meta.get_value(), format!("accounts/{}", seg(&account_id.get_value())));
            async move { call.patch(&path, stamped(music_on_hold_patch(Some(&choice)), &meta)).await }
        },
    );
    // Asked about before leaving the screen while the form has unsaved changes.
    let guarded = use_unsaved_fields();
    watch(move || match write.value().get() {
        Some(Ok(_)) => {
            guarded.saved();
            on_saved.run(t("music-on-hold-saved"));
        }
        Some(Err(e)) => state.failed_with(e.into()),
        None => {}
    });
    let busy = write.pending();
    let submit = move |confirmed: bool| {
        if state.pass(vec![], confirmed) {
            write.dispatch(selected.get_untracked());
        }
    };
    let select_id = unique_id("music-on-hold");

    view! {
        <section class="dashboard-card" aria-labelledby="music-title">
            <h3 id="music-title">{t("music-on-hold-title")}</h3>
            {outside.then(|| view! { <p class="badge badge--outside" role="note">{t("made-outside-smartpbx")}</p> })}
            <form class="form" novalidate=true node_ref=guarded.form on:focusin=guarded.on_focusin() on:submit=move |ev| { ev.prevent_default(); submit(false); }>
                <div class="field">
                    <label for=select_id.clone()>{t("music-on-hold-label")}</label>
                    <select id=select_id bind:value=selected>
                        <option value="">{t("music-on-hold-default")}</option>
                        <option value=SILENCE>{t("music-on-hold-silence")}</option>
                        {move || choices.get().into_iter().map(|(id, name)| {
                            let selected = { let id = id.clone(); move || selected.get() == id };
                            view! { <option value=id selected=selected>{name}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <MediaUpload meta=meta.get_value() on_uploaded=uploaded />
                <div class="form-error" role="alert">{move || state.form_error.get()}</div>
                <MadeOutsideConfirm
                    open=state.confirming
                    question_key="account-outside-confirm"
                    question_id="confirm-music-outside"
                    on_confirm=Callback::new(move |_| submit(true))
                />
                <div class="form-actions">
                    <button type="submit" class="primary" disabled=move || busy.get()>{t("music-on-hold-save")}</button>
                </div>
            </form>
        </section>
    }
}
