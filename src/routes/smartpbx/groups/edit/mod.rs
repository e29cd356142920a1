//! Smart PBX › Groups › a group: rename it, choose and order its members with their
//! delay and ring time, the ring strategy, its extensions and numbers — written to the
//! group and its two callflows as Smart PBX writes them (PATCHed, so other apps' keys
//! survive) — or delete it with both callflows. The fields are Add group's (`fields`).

use leptos::prelude::*;

use crate::components::leave_guard::use_unsaved_form;

use crate::components::flash::Flash;

use crate::components::confirm::Confirm;

use crate::hooks::watch;
use leptos_router::hooks::{use_navigate, use_params_map};
use patchbay_monster::ring_group::{extensions_of, members_of, next_action_of, phone_numbers_of, strategy_of};
use patchbay_monster::stamp::{made_outside, ORIGIN_SMARTPBX};
use serde_json::Value;

use super::fields::{GroupFields, GroupSignals};
use crate::api::{use_load, use_save, Crossbar};
use crate::components::error_notice::error_text;
use crate::components::form::{MadeOutsideConfirm, SaveState};
use crate::components::loaded::Loaded;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::smartpbx_stamp;
use crate::routes::smartpbx::users::all_users::all_users;
use crate::routes::table::{Screen, Spbx};
use patchbay_smartpbx::groups::{delete, features_of, load, save, Edit, Stored};

fn account() -> String {
    expect_context::<Crossbar>().session.get_untracked().map(|s| s.account_id).unwrap_or_default()
}

#[component]
pub fn EditGroupScreen() -> impl IntoView {
    let params = use_params_map();
    let loaded = use_load(
        || t("action-open-group"),
        move |call| {
            let id = params.with(|p| p.get("id").unwrap_or_default());
            let account = account();
            async move {
                let (stored, users) = futures::join!(load(&call, &account, &id), all_users(&call, &account));
                Ok((stored?, users?))
            }
        },
    );
    view! {
        <Loaded load=loaded let:ready>
            <GroupForm stored=ready.0 users=ready.1 />
        </Loaded>
    }
}

#[component]
fn GroupForm(stored: Stored, users: Vec<(String, String)>) -> impl IntoView {
    let navigate = use_navigate();
    let flash = expect_context::<Flash>();
    let meta = StoredValue::new(smartpbx_stamp());
    let outside = [&stored.group, &stored.base, &stored.ring].iter().any(|d| made_outside(d, ORIGIN_SMARTPBX));
    let group_id = StoredValue::new(stored.group.get("id").and_then(Value::as_str).unwrap_or_default().to_string());
    let title = RwSignal::new(stored.group.get("name").and_then(Value::as_str).unwrap_or_default().to_string());
    let fields = GroupSignals::new(
        title.get_untracked(),
        extensions_of(&stored.ring).join(", "),
        phone_numbers_of(&stored.ring).join(", "),
        strategy_of(&stored.base),
        members_of(&stored.base),
        next_action_of(&stored.ring),
        features_of(&stored),
    );
    // Asked about before leaving the screen while something here is not saved.
    let unsaved = use_unsaved_form(move || fields.snapshot());
    let stored = StoredValue::new(stored);
    let users = Signal::stored(users);

    let gate = SaveState::new(outside);
    let (errors, form_error, status) = (gate.errors, gate.form_error, gate.status);
    let confirming_delete = RwSignal::new(false);

    let write = use_save(
        |edit: &Edit| t_with("action-save-group", &[("name", arg(edit.name.clone()))]),
        move |call, edit: Edit| {
            let (meta, account, before) = (meta.get_value(), account(), stored.get_value());
            async move { save(&call, &meta, &account, &before, &edit).await.map(|s| (s, edit.name)) }
        },
    );
    let erase = use_save(
        move |_: &()| t_with("action-delete-group", &[("name", arg(title.get_untracked()))]),
        move |call, ()| {
            let (meta, account, id) = (meta.get_value(), account(), group_id.get_value());
            async move { delete(&call, &meta, &account, &id).await }
        },
    );
    watch(move || match write.value().get() {
        Some(Ok((s, new_name))) => {
            stored.set_value(s);
            title.set(new_name);
            unsaved.saved();
            status.set(Some(t("saved")));
        }
        Some(Err(e)) => {
            if e.field_errors().iter().any(|f| f.path == "numbers") {
                errors.set(vec![("extensions", t("group-number-taken"))]);
            }
            form_error.set(Some(error_text(&e)));
        }
        None => {}
    });
    watch(move || match erase.value().get() {
        Some(Ok(())) => {
            let message = t_with("done-group-deleted", &[("name", arg(title.get_untracked()))]);
            flash.go(&navigate, Screen::SmartPbx(Spbx::Groups), message);
        }
        Some(Err(e)) => form_error.set(Some(error_text(&e))),
        None => {}
    });
    let busy = Signal::derive(move || write.pending().get() || erase.pending().get());
    let save_now = move |confirmed: bool| {
        let edit = fields.edit();
        if gate.pass(fields.check(&edit), confirmed) {
            write.dispatch(edit);
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save_now(false);
    };
    let remove_group = move |_| {
        confirming_delete.set(false);
        erase.dispatch(());
    };

    view! {
        <section class="screen" aria-labelledby="group-form-title">
            <h2 id="group-form-title">{move || title.get()}</h2>
            {outside.then(|| view! { <p class="badge badge--outside" role="note">{t("made-outside-smartpbx")}</p> })}
            <form class="form" on:submit=submit novalidate=true>
                <GroupFields fields=fields users=users gate=gate group_id=Some(group_id.get_value()) />
                <div class="form-error" role="alert">{move || form_error.get()}</div>
                <MadeOutsideConfirm
                    open=gate.confirming
                    question_key="group-outside-confirm"
                    on_confirm=Callback::new(move |_| save_now(true))
                    take_focus=true
                />
                <div class="form-actions">
                    <button type="submit" class="primary" disabled=move || busy.get()>{t("save")}</button>
                    <span role="status">{move || status.get()}</span>
                </div>
            </form>
            <div class="danger-zone">
                <button type="button" class="danger" disabled=move || busy.get() on:click=move |_| confirming_delete.set(true)>
                    {t("group-delete")}
                </button>
                <Show when=move || confirming_delete.get()>
                    <Confirm labelled_by="confirm-delete-group" on_cancel=Callback::new(move |_| confirming_delete.set(false))>
                        <p id="confirm-delete-group">{move || {
                            let numbers = stored.with_value(|s| [extensions_of(&s.ring), phone_numbers_of(&s.ring)].concat().join(", "));
                            t_with("group-delete-what", &[("name", arg(title.get())), ("numbers", arg(numbers))])
                        }}</p>
                        <button type="button" class="danger" on:click=remove_group>{t("group-delete-confirm")}</button>
                        <button type="button" on:click=move |_| confirming_delete.set(false)>{t("cancel")}</button>
                    </Confirm>
                </Show>
            </div>
        </section>
    }
}
