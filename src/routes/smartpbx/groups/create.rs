//! Smart PBX › Groups › Add group: a ring group as Smart PBX creates it — the group,
//! its `baseGroup` callflow ringing the members, and the dialable `userGroup` callflow on
//! its extensions and numbers — rolled back if a later step fails
//! (`patchbay_smartpbx::groups::create`). The form is the group page's (`fields`): ring
//! order, delays, strategy and numbers are chosen here already.

use leptos::prelude::*;

use crate::components::leave_guard::use_unsaved_form;

use crate::components::flash::Flash;

use crate::hooks::watch;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use patchbay_monster::names;
use patchbay_smartpbx::groups::{create, Edit};
use serde_json::Value;

use super::fields::{GroupFields, GroupSignals};
use crate::api::Crossbar;
use crate::api::{for_each_page, use_save, Rounds};
use crate::components::error_notice::{error_text, ErrorNotice};
use crate::components::form::SaveState;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::smartpbx_stamp;
use crate::routes::table::{Screen, Spbx};
use patchbay_monster::ring_group_features::Features;

#[component]
pub fn CreateGroupScreen() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let navigate = use_navigate();
    let flash = expect_context::<Flash>();
    let meta = StoredValue::new(smartpbx_stamp());
    let fields = GroupSignals::new(
        String::new(),
        String::new(),
        String::new(),
        "simultaneous".into(),
        vec![],
        None,
        Features::default(),
    );
    let users = RwSignal::new(Vec::<(String, String)>::new());
    // Asked about before leaving the screen while something here is not saved.
    use_unsaved_form(move || fields.snapshot());
    let gate = SaveState::new(false);
    let account = client.account_id();
    let rounds = Rounds::new();

    // Members to choose from: every user, listed page by page as they arrive. A failed
    // page keeps the ones already listed and says so, with a retry that starts over; the
    // rest of the form stays usable meanwhile.
    let members_error = RwSignal::new(None::<CrossbarError>);
    let load_members = {
        let account = account.clone();
        move || {
            let account = account.clone();
            members_error.set(None);
            users.set(vec![]);
            let call = rounds.scope(client, t("action-open-users"));
            spawn_local(async move {
                let path = format!("accounts/{}/users", seg(&account));
                let walked = for_each_page(&call, &path, "ascending=true", |page| {
                    let page: Vec<(String, String)> = page
                        .iter()
                        .map(|u| {
                            let s = |k: &str| u.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
                            (s("id"), names::full_name(&s("first_name"), &s("last_name")))
                        })
                        .collect();
                    users.update(|u| u.extend(page));
                })
                .await;
                members_error.set(walked.err().filter(|e| *e != CrossbarError::Cancelled));
            });
        }
    };
    load_members();
    let retry_members = Callback::new(move |_| load_members());

    let write = {
        let account = account.clone();
        use_save(
            |new: &Edit| t_with("action-create-group", &[("name", arg(new.name.clone()))]),
            move |call, new: Edit| {
                let (account, meta) = (account.clone(), meta.get_value());
                async move { create(&call, &meta, &account, &new, js_sys::Math::random).await.map(|_| new.name) }
            },
        )
    };
    watch(move || match write.value().get() {
        Some(Ok(name)) => {
            let message = t_with("done-group-added", &[("name", arg(name))]);
            flash.go(&navigate, Screen::SmartPbx(Spbx::Groups), message);
        }
        Some(Err(e)) => {
            if e.field_errors().iter().any(|f| f.path == "numbers") {
                gate.errors.set(vec![("extensions", t("group-number-taken"))]);
            }
            gate.form_error.set(Some(error_text(&e)));
        }
        None => {}
    });
    let busy = write.pending();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let new = fields.edit();
        if gate.pass(fields.check(&new), true) {
            write.dispatch(new);
        }
    };
    let notice =
        view! { <ErrorNotice error=Signal::derive(move || members_error.get()) on_retry=retry_members /> }.into_any();
    view! {
        <section class="screen" aria-labelledby="group-form-title">
            <h2 id="group-form-title">{t("groups-add")}</h2>
            <form class="form" on:submit=submit novalidate=true>
                <GroupFields fields=fields users=users.into() gate=gate members_notice=notice group_id=None />
                <div class="form-error" role="alert">{move || gate.form_error.get()}</div>
                <div class="form-actions">
                    <button type="submit" class="primary" disabled=move || busy.get()>{t("create")}</button>
                </div>
            </form>
        </section>
    }
}
