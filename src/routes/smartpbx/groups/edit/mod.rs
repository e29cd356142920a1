//! Smart PBX › Groups › a group: rename it, choose and order its members with their
//! delay and ring time, the ring strategy, its extensions and numbers — written to the
//! group and its two callflows as Smart PBX writes them (PATCHed, so other apps' keys
//! survive) — or delete it with both callflows.

use leptos::prelude::*;

use crate::components::leave_guard::use_unsaved_form;

use crate::components::flash::Flash;

use crate::components::confirm::Confirm;

use crate::hooks::watch;
use leptos_router::hooks::{use_navigate, use_params_map};
use patchbay_monster::names;
use patchbay_monster::ring_group::{extensions_of, members_of, phone_numbers_of, strategy_of, Member, STRATEGIES};
use patchbay_monster::stamp::{made_outside, ORIGIN_SMARTPBX};
use serde_json::Value;

use crate::api::{use_load, use_save, Crossbar};
use crate::components::error_notice::error_text;
use crate::components::form::name_problem;
use crate::components::form::{unique_id, MadeOutsideConfirm, SaveState, TextField};
use crate::components::loaded::Loaded;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::smartpbx_stamp;
use crate::routes::smartpbx::users::all_users::all_users;
use crate::routes::table::{Screen, Spbx};
use patchbay_smartpbx::groups::{delete, load, save, Edit, Stored};

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

fn split_list(s: &str) -> Vec<String> {
    s.split([',', ' ', ';']).map(str::trim).filter(|n| !n.is_empty()).map(str::to_string).collect()
}

fn validate(e: &Edit) -> Vec<(&'static str, String)> {
    let mut errors = vec![];
    if let Some(problem) = name_problem("group-name", &e.name, 128, true) {
        errors.push(("name", problem));
    }
    if e.extensions.is_empty() && e.phone_numbers.is_empty() {
        errors.push(("extensions", t("group-needs-number")));
    }
    if e.extensions.iter().any(|x| !names::is_extension(x) || !x.chars().all(|c| c.is_ascii_digit())) {
        errors.push(("extensions", t("user-extension-format")));
    }
    if e.phone_numbers
        .iter()
        .any(|n| names::is_extension(n) || !n.trim_start_matches('+').chars().all(|c| c.is_ascii_digit()))
    {
        errors.push(("numbers", t("group-number-format")));
    }
    if e.members.is_empty() {
        errors.push(("members", t("group-needs-members")));
    }
    if e.members.iter().any(|m| m.delay > 600 || m.timeout == 0 || m.timeout > 600) {
        errors.push(("members", t("group-member-times")));
    }
    errors
}

/// A member's delay or ring time, as a labelled number field.
#[component]
fn Seconds(#[prop(into)] label: String, value: Signal<u32>, on_set: Callback<u32>) -> impl IntoView {
    let id = unique_id("seconds");
    view! {
        <label for=id.clone() class="visually-hidden">{label}</label>
        <input id=id type="number" min="0" max="600" inputmode="numeric" class="seconds"
            prop:value=move || value.get().to_string()
            on:input=move |ev| {
                // Half-typed (empty) values are left alone rather than turned into 0 under the cursor.
                if let Ok(v) = event_target_value(&ev).trim().parse() {
                    on_set.run(v)
                }
            } />
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
    let name = RwSignal::new(title.get_untracked());
    let strategy = RwSignal::new(strategy_of(&stored.base));
    let extensions = RwSignal::new(extensions_of(&stored.ring).join(", "));
    let numbers = RwSignal::new(phone_numbers_of(&stored.ring).join(", "));
    let members = RwSignal::new(members_of(&stored.base));
    let to_add = RwSignal::new(String::new());
    // Asked about before leaving the screen while something here is not saved.
    let unsaved = use_unsaved_form(move || {
        (
            name.get_untracked(),
            strategy.get_untracked(),
            extensions.get_untracked(),
            numbers.get_untracked(),
            members.get_untracked(),
        )
    });
    let stored = StoredValue::new(stored);
    let users = StoredValue::new(users);
    let name_of = move |id: &str| {
        users
            .with_value(|u| u.iter().find(|(u, _)| u == id).map(|(_, n)| n.clone()))
            .unwrap_or_else(|| t("group-member-deleted"))
    };

    let gate = SaveState::new(outside);
    let (errors, form_error, status) = (gate.errors, gate.form_error, gate.status);
    let confirming_delete = RwSignal::new(false);
    let error_for = move |k: &'static str| gate.error_for(k);

    let move_member = move |id: String, by: isize| {
        members.update(|m| {
            if let Some(i) = m.iter().position(|x| x.user_id == id) {
                let j = i as isize + by;
                if j >= 0 && (j as usize) < m.len() {
                    m.swap(i, j as usize);
                }
            }
        })
    };
    let set_member = move |id: String, f: fn(&mut Member, u32)| {
        Callback::new(move |v: u32| {
            members.update(|m| {
                if let Some(x) = m.iter_mut().find(|x| x.user_id == id) {
                    f(x, v)
                }
            })
        })
    };

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
        let edit = Edit {
            name: name.get_untracked().trim().to_string(),
            members: members.get_untracked(),
            strategy: strategy.get_untracked(),
            extensions: split_list(&extensions.get_untracked()),
            phone_numbers: split_list(&numbers.get_untracked()),
        };
        if gate.pass(validate(&edit), confirmed) {
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
    let strategy_id = unique_id("strategy");
    let add_id = unique_id("add-member");

    view! {
        <section class="screen" aria-labelledby="group-form-title">
            <h2 id="group-form-title">{move || title.get()}</h2>
            {outside.then(|| view! { <p class="badge badge--outside" role="note">{t("made-outside-smartpbx")}</p> })}
            <form class="form" on:submit=submit novalidate=true>
                <TextField label=t("group-name") value=name required=true maxlength=128 error=error_for("name") />
                <TextField label=t("group-extensions") value=extensions hint=t("group-list-hint") error=error_for("extensions") />
                <TextField label=t("group-numbers") value=numbers hint=t("group-list-hint") error=error_for("numbers") />
                <div class="field">
                    <label for=strategy_id.clone()>{t("group-strategy")}</label>
                    <select id=strategy_id prop:value=move || strategy.get() on:change=move |ev| strategy.set(event_target_value(&ev))>
                        {STRATEGIES.iter().map(|s| view! {
                            <option value=*s selected=move || strategy.get() == *s>{t(&format!("group-strategy-{s}"))}</option>
                        }).collect_view()}
                    </select>
                </div>
                <table class="members-table">
                    <caption>{t("group-members")}</caption>
                    <thead><tr>
                        <th scope="col">{t("col-name")}</th>
                        <th scope="col">{t("group-delay")}</th>
                        <th scope="col">{t("group-timeout")}</th>
                        <th scope="col">{t("group-order")}</th>
                    </tr></thead>
                    <tbody>
                        <For each=move || members.get() key=|m| m.user_id.clone() let:member>
                            {
                                let id = member.user_id.clone();
                                let who = name_of(&id);
                                let delay = { let id = id.clone(); Signal::derive(move || members.with(|m| m.iter().find(|x| x.user_id == id).map(|x| x.delay).unwrap_or(0))) };
                                let timeout = { let id = id.clone(); Signal::derive(move || members.with(|m| m.iter().find(|x| x.user_id == id).map(|x| x.timeout).unwrap_or(0))) };
                                let first = { let id = id.clone(); move || members.with(|m| m.first().map(|x| x.user_id == id).unwrap_or(false)) };
                                let last = { let id = id.clone(); move || members.with(|m| m.last().map(|x| x.user_id == id).unwrap_or(false)) };
                                let (up, down, out) = (id.clone(), id.clone(), id.clone());
                                view! {
                                    <tr>
                                        <th scope="row">{who.clone()}</th>
                                        <td><Seconds label=t_with("group-delay-of", &[("name", arg(who.clone()))]) value=delay on_set=set_member(id.clone(), |m, v| m.delay = v) /></td>
                                        <td><Seconds label=t_with("group-timeout-of", &[("name", arg(who.clone()))]) value=timeout on_set=set_member(id.clone(), |m, v| m.timeout = v) /></td>
                                        <td class="order-buttons">
                                            <button type="button" disabled=first aria-label=t_with("group-move-up", &[("name", arg(who.clone()))])
                                                on:click=move |_| move_member(up.clone(), -1)>"↑"</button>
                                            <button type="button" disabled=last aria-label=t_with("group-move-down", &[("name", arg(who.clone()))])
                                                on:click=move |_| move_member(down.clone(), 1)>"↓"</button>
                                            <button type="button" aria-label=t_with("group-remove-member", &[("name", arg(who.clone()))])
                                                on:click=move |_| members.update(|m| m.retain(|x| x.user_id != out))>{t("remove")}</button>
                                        </td>
                                    </tr>
                                }
                            }
                        </For>
                    </tbody>
                </table>
                <p class="field__error" role="alert">{move || error_for("members").get()}</p>
                <div class="field">
                    <label for=add_id.clone()>{t("group-add-member-label")}</label>
                    <select id=add_id prop:value=move || to_add.get() on:change=move |ev| to_add.set(event_target_value(&ev))>
                        <option value="">{t("group-choose-user")}</option>
                        {move || users.get_value().into_iter()
                            .filter(|(id, _)| members.with(|m| !m.iter().any(|x| &x.user_id == id)))
                            .map(|(id, n)| view! { <option value=id>{n}</option> })
                            .collect_view()}
                    </select>
                </div>
                <div class="form-actions">
                    <button type="button" on:click=move |_| {
                        let id = to_add.get_untracked();
                        if !id.is_empty() {
                            members.update(|m| m.push(Member::new(id)));
                            to_add.set(String::new());
                        }
                    }>{t("group-add-member")}</button>
                </div>
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
