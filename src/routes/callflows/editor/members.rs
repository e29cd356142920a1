//! A ring group or page group step's members: people, phones and groups picked from the
//! account's, each with how long after the call starts it rings and for how long (a
//! ring group's), added, taken out and moved up or down. What is written is built by
//! `patchbay_monster::callflow::ring_group`, the group's ringing time included.

use leptos::prelude::*;
use patchbay_crossbar::paging::fetch_all_pages;
use patchbay_monster::callflow::ring_group::Endpoint;

use super::super::account_path;
use super::super::picker::row_name;
use crate::api::use_load;
use crate::components::form::unique_id;
use crate::components::loaded::Loaded;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::json::str_field;

/// (kind, id, name) of everything that may be a member.
type Candidates = Vec<(&'static str, String, String)>;

#[component]
pub fn MembersField(list: RwSignal<Vec<Endpoint>>, ring: bool) -> impl IntoView {
    let load = use_load(
        || t("action-list-group-members"),
        |call| async move {
            let base = account_path();
            let (u, d, g) = (format!("{base}/users"), format!("{base}/devices"), format!("{base}/groups"));
            let (users, devices, groups) = futures::join!(
                fetch_all_pages(&call, &u, ""),
                fetch_all_pages(&call, &d, ""),
                fetch_all_pages(&call, &g, "")
            );
            let mut all: Candidates = vec![];
            for (kind, rows) in [("user", users?), ("device", devices?), ("group", groups?)] {
                let mut named: Vec<(String, String)> =
                    rows.iter().map(|r| (str_field(r, "id").to_string(), row_name(r))).collect();
                patchbay_crossbar::order::sort_by(&mut named, |a, b| a.1.cmp(&b.1));
                all.extend(named.into_iter().map(|(id, name)| (kind, id, name)));
            }
            Ok(all)
        },
    );
    view! {
        <fieldset class="cf-members">
            <legend>{t("cf-members")}</legend>
            <Loaded load=load let:all>
                <MemberRows all=all list=list ring=ring />
            </Loaded>
        </fieldset>
    }
}

#[component]
fn MemberRows(all: Candidates, list: RwSignal<Vec<Endpoint>>, ring: bool) -> impl IntoView {
    let all = StoredValue::new(all);
    let name_of = move |e: &Endpoint| {
        all.with_value(|a| a.iter().find(|(_, id, _)| *id == e.id).map_or_else(|| e.id.clone(), |(_, _, n)| n.clone()))
    };
    let adding = RwSignal::new(String::new());
    let add_id = unique_id("member-add");
    let add = move |_| {
        let chosen = adding.get_untracked();
        let found =
            all.with_value(|a| a.iter().find(|(_, id, _)| *id == chosen).map(|(kind, id, _)| Endpoint::new(kind, id)));
        if let Some(endpoint) = found.filter(|e| list.with_untracked(|l| !l.iter().any(|m| m.id == e.id))) {
            list.update(|l| l.push(endpoint));
            adding.set(String::new());
        }
    };
    let seconds = move |i: usize, delay: bool| {
        move |ev: leptos::ev::Event| {
            let value: u32 = event_target_value(&ev).trim().parse().unwrap_or(0);
            list.update(|l| {
                if let Some(m) = l.get_mut(i) {
                    if delay {
                        m.delay = value;
                    } else {
                        m.timeout = value.max(1);
                    }
                }
            });
        }
    };
    let group = |kind: &'static str, words: &'static str| {
        view! {
            <optgroup label=t(words)>
                {all.get_value().into_iter().filter(|(k, _, _)| *k == kind).map(|(_, id, name)| view! { <option value=id>{name}</option> }).collect_view()}
            </optgroup>
        }
    };
    view! {
        {move || list.with(Vec::is_empty).then(|| view! { <p>{t("cf-members-none")}</p> })}
        <ol class="cf-members__list">
            {move || list.get().into_iter().enumerate().map(|(i, m)| {
                let name = name_of(&m);
                let (delay_id, timeout_id) = (unique_id("member-delay"), unique_id("member-timeout"));
                let last = list.with_untracked(Vec::len) - 1;
                view! {
                    <li>
                        <span class="cf-members__name">{name.clone()}</span>
                        {ring.then(|| view! {
                            <label for=delay_id.clone()>{t_with("cf-member-delay", &[("name", arg(name.clone()))])}</label>
                            <input id=delay_id type="number" min="0" size="3" prop:value=m.delay.to_string() on:change=seconds(i, true) />
                            <label for=timeout_id.clone()>{t_with("cf-member-timeout", &[("name", arg(name.clone()))])}</label>
                            <input id=timeout_id type="number" min="1" size="3" prop:value=m.timeout.to_string() on:change=seconds(i, false) />
                        })}
                        <button type="button" disabled=i == 0 aria-label=t_with("cf-member-up", &[("name", arg(name.clone()))])
                            on:click=move |_| list.update(|l| l.swap(i, i - 1))>"↑"</button>
                        <button type="button" disabled=i == last aria-label=t_with("cf-member-down", &[("name", arg(name.clone()))])
                            on:click=move |_| list.update(|l| l.swap(i, i + 1))>"↓"</button>
                        <button type="button" aria-label=t_with("cf-member-remove", &[("name", arg(name.clone()))])
                            on:click=move |_| list.update(|l| { l.remove(i); })>{t("remove")}</button>
                    </li>
                }
            }).collect_view()}
        </ol>
        <div class="field-row">
            <div class="field">
                <label for=add_id.clone()>{t("cf-member-add")}</label>
                <select id=add_id on:change=move |ev| adding.set(event_target_value(&ev)) prop:value=move || adding.get()>
                    <option value="">{t("cf-choose")}</option>
                    {group("user", "cf-members-people")}
                    {group("device", "cf-members-phones")}
                    {group("group", "cf-members-groups")}
                </select>
            </div>
            <button type="button" on:click=add>{t("cf-member-add-button")}</button>
        </div>
    }
}
