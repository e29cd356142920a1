//! A directory's members. Membership is stored on each user, not on the directory
//! (`user.directories = {<directory id>: <callflow id>}`, monster-ui-callflows
//! `submodules/directory/directory.js` `directoryUpdateUsers`): the callflow is where a
//! caller who found the name is sent, by default the user's own. The members are found
//! with `users?has_key=directories.<id>`; a save PATCHes each user whose membership
//! changed (`patchbay_monster::directory::membership_patches`).

use leptos::prelude::*;
use patchbay_crossbar::paging::fetch_all_pages;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use patchbay_monster::directory::Member;
use serde_json::Value;

use super::super::account_path;
use super::super::picker::row_name;
use crate::api::{use_load, ActionScope};
use crate::components::form::unique_id;
use crate::components::loaded::Loaded;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::json::str_field;

/// The members as read, and as the form has them now.
#[derive(Clone, Copy)]
pub struct Members {
    pub before: StoredValue<Vec<Member>>,
    pub now: RwSignal<Vec<Member>>,
}

impl Members {
    pub fn new() -> Self {
        Members { before: StoredValue::new(vec![]), now: RwSignal::new(vec![]) }
    }
}

#[derive(Clone)]
struct Read {
    /// Every user: (id, name).
    users: Vec<(String, String)>,
    /// Callflows a member may be sent to: (id, name, owner id).
    callflows: Vec<(String, String, String)>,
    members: Vec<Member>,
}

async fn read(call: &ActionScope, directory_id: Option<String>) -> Result<Read, CrossbarError> {
    let base = account_path();
    let (users_path, callflows_path) = (format!("{base}/users"), format!("{base}/callflows"));
    let (users, callflows) = futures::join!(
        fetch_all_pages(call, &users_path, ""),
        fetch_all_pages(call, &callflows_path, "key_missing=featurecode"),
    );
    let users = users?.iter().map(|u| (str_field(u, "id").to_string(), row_name(u))).collect();
    let callflows = callflows?
        .iter()
        .map(|c| (str_field(c, "id").to_string(), row_name(c), str_field(c, "owner_id").to_string()))
        .collect();
    let mut members = vec![];
    if let Some(id) = directory_id {
        let query = format!("has_key=directories.{}", seg(&id));
        for row in fetch_all_pages(call, &users_path, &query).await? {
            let user = call.get_owned(format!("{base}/users/{}", seg(str_field(&row, "id")))).await?.data;
            let callflow = user.pointer(&format!("/directories/{id}")).and_then(Value::as_str).unwrap_or_default();
            members.push(Member { user_id: str_field(&row, "id").to_string(), callflow_id: callflow.to_string() });
        }
    }
    Ok(Read { users, callflows, members })
}

#[component]
pub fn DirectoryMembers(directory_id: Option<String>, members: Members) -> impl IntoView {
    let id = StoredValue::new(directory_id);
    let load =
        use_load(|| t("action-read-directory-members"), move |call| async move { read(&call, id.get_value()).await });
    view! {
        <fieldset class="directory-members">
            <legend>{t("ent-directory-members")}</legend>
            <Loaded load=load let:read>
                <MemberList read=read members=members />
            </Loaded>
        </fieldset>
    }
}

#[component]
fn MemberList(read: Read, members: Members) -> impl IntoView {
    members.before.set_value(read.members.clone());
    members.now.set(read.members.clone());
    let users = StoredValue::new(read.users);
    let callflows = StoredValue::new(read.callflows);
    let user_name = move |id: &str| {
        users.with_value(|u| u.iter().find(|(u, _)| u == id).map_or_else(|| id.to_string(), |(_, n)| n.clone()))
    };
    let adding = RwSignal::new(String::new());
    let add_id = unique_id("member-add");
    let add = move |_| {
        let user = adding.get_untracked();
        if user.is_empty() || members.now.with_untracked(|m| m.iter().any(|m| m.user_id == user)) {
            return;
        }
        // Sent to the user's own callflow, as Smart PBX lists people.
        let own = callflows.with_value(|c| c.iter().find(|(_, _, owner)| *owner == user).map(|(id, _, _)| id.clone()));
        members.now.update(|m| m.push(Member { user_id: user, callflow_id: own.unwrap_or_default() }));
        adding.set(String::new());
    };
    view! {
        {move || members.now.with(Vec::is_empty).then(|| view! { <p>{t("ent-directory-no-members")}</p> })}
        <ul class="directory-members__list">
            <For each=move || members.now.get() key=|m| m.user_id.clone() let:member>
                {
                    let name = user_name(&member.user_id);
                    let select_id = unique_id("member-callflow");
                    let user = StoredValue::new(member.user_id.clone());
                    let choose = move |ev: leptos::ev::Event| {
                        let chosen = event_target_value(&ev);
                        members.now.update(|m| {
                            if let Some(m) = m.iter_mut().find(|m| user.with_value(|u| *u == m.user_id)) {
                                m.callflow_id = chosen;
                            }
                        });
                    };
                    let current = member.callflow_id.clone();
                    view! {
                        <li>
                            <span class="directory-members__name">{name.clone()}</span>
                            <label class="visually-hidden" for=select_id.clone()>{t_with("ent-directory-member-callflow", &[("name", arg(name.clone()))])}</label>
                            <select id=select_id on:change=choose>
                                <option value="" selected=current.is_empty()>{t("cf-choose")}</option>
                                {callflows.get_value().into_iter().map(|(id, label, _)| {
                                    let selected = id == current;
                                    view! { <option value=id selected=selected>{label}</option> }
                                }).collect_view()}
                            </select>
                            <button type="button" aria-label=t_with("ent-directory-remove-member", &[("name", arg(name))])
                                on:click=move |_| members.now.update(|m| m.retain(|m| user.with_value(|u| *u != m.user_id)))>{t("remove")}</button>
                        </li>
                    }
                }
            </For>
        </ul>
        <div class="field-row">
            <div class="field">
                <label for=add_id.clone()>{t("ent-directory-add-member")}</label>
                <select id=add_id on:change=move |ev| adding.set(event_target_value(&ev)) prop:value=move || adding.get()>
                    <option value="">{t("cf-choose")}</option>
                    {users.get_value().into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                </select>
            </div>
            <button type="button" on:click=add>{t("ent-directory-add")}</button>
        </div>
    }
}
