//! Smart PBX › Groups › Add group: a ring group as Smart PBX creates it — the group,
//! its `baseGroup` callflow ringing the members at once, and the dialable `userGroup`
//! callflow on the extension — rolled back if a later step fails (`patchbay_smartpbx::groups::create`).

use leptos::prelude::*;

use crate::components::leave_guard::use_unsaved_form;

use crate::components::flash::Flash;

use crate::hooks::watch;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use patchbay_monster::names;
use patchbay_monster::ring_group::Member;
use serde_json::Value;

use crate::api::Crossbar;
use crate::api::{for_each_page, use_save, Rounds};
use crate::components::error_notice::{error_text, ErrorNotice};
use crate::components::form::name_problem;
use crate::components::form::TextField;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::smartpbx_stamp;
use crate::routes::table::{Screen, Spbx};
use patchbay_smartpbx::groups::create;

#[component]
pub fn CreateGroupScreen() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let navigate = use_navigate();
    let flash = expect_context::<Flash>();
    let meta = StoredValue::new(smartpbx_stamp());
    let name = RwSignal::new(String::new());
    let extension = RwSignal::new(String::new());
    let users = RwSignal::new(Vec::<(String, String)>::new());
    let chosen = RwSignal::new(Vec::<String>::new());
    // Asked about before leaving the screen while something here is not saved.
    use_unsaved_form(move || (name.get_untracked(), extension.get_untracked(), chosen.get_untracked()));
    let name_error = RwSignal::new(None::<String>);
    let ext_error = RwSignal::new(None::<String>);
    let form_error = RwSignal::new(None::<String>);
    let account = client.account_id();
    let rounds = Rounds::new();

    // Members to choose from: every user, shown page by page as they arrive. A failed
    // page keeps the ones already listed and says so, with a retry that starts over.
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
            |(n, _, _): &(String, String, Vec<Member>)| t_with("action-create-group", &[("name", arg(n.clone()))]),
            move |call, (n, x, members): (String, String, Vec<Member>)| {
                let (account, meta) = (account.clone(), meta.get_value());
                async move { create(&call, &meta, &account, &n, &x, &members, js_sys::Math::random).await }
            },
        )
    };
    watch(move || match write.value().get() {
        Some(Ok(_)) => {
            let message = t_with("done-group-added", &[("name", arg(name.get_untracked().trim().to_string()))]);
            flash.go(&navigate, Screen::SmartPbx(Spbx::Groups), message);
        }
        Some(Err(e)) => {
            if e.field_errors().iter().any(|f| f.path == "numbers") {
                ext_error.set(Some(t("user-extension-taken")));
            }
            form_error.set(Some(error_text(&e)));
        }
        None => {}
    });
    let busy = write.pending();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (n, x) = (name.get_untracked().trim().to_string(), extension.get_untracked().trim().to_string());
        name_error.set(name_problem("group-name", &n, 128, true));
        ext_error.set(
            (!names::is_extension(&x) || x.is_empty() || !x.chars().all(|c| c.is_ascii_digit()))
                .then(|| t("user-extension-format")),
        );
        let members: Vec<Member> = chosen.get_untracked().into_iter().map(Member::new).collect();
        form_error.set(members.is_empty().then(|| t("group-needs-members")));
        if name_error.with_untracked(Option::is_some) || ext_error.with_untracked(Option::is_some) || members.is_empty()
        {
            return;
        }
        write.dispatch((n, x, members));
    };
    view! {
        <section class="screen" aria-labelledby="group-form-title">
            <h2 id="group-form-title">{t("groups-add")}</h2>
            <form class="form" on:submit=submit novalidate=true>
                <TextField label=t("group-name") value=name required=true maxlength=128 error=Signal::derive(move || name_error.get()) />
                <TextField label=t("user-extension") value=extension required=true maxlength=6 error=Signal::derive(move || ext_error.get()) />
                <fieldset class="members">
                    <legend>{t("group-members")}</legend>
                    <ErrorNotice error=Signal::derive(move || members_error.get()) on_retry=retry_members />
                    <For each=move || users.get() key=|(id, _)| id.clone() let:user>
                        {
                            let (id, label) = user;
                            let checkbox_id = format!("member-{id}");
                            let checked = { let id = id.clone(); move || chosen.with(|c| c.contains(&id)) };
                            let toggle = move |_| chosen.update(|c| match c.iter().position(|x| x == &id) {
                                Some(i) => { c.remove(i); }
                                None => c.push(id.clone()),
                            });
                            view! {
                                <div class="checkbox">
                                    <input type="checkbox" id=checkbox_id.clone() prop:checked=checked on:change=toggle />
                                    <label for=checkbox_id>{label}</label>
                                </div>
                            }
                        }
                    </For>
                </fieldset>
                <div class="form-error" role="alert">{move || form_error.get()}</div>
                <div class="form-actions">
                    <button type="submit" class="primary" disabled=move || busy.get()>{t("create")}</button>
                </div>
            </form>
        </section>
    }
}
