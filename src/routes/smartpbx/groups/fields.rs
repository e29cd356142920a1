//! What Add group and a group's page both edit: the name, extensions and numbers, the
//! ring strategy, and the members in ring order with their delay and ring time — one
//! form, so a group can be made as it will be kept.

use leptos::prelude::*;
use patchbay_monster::names;
use patchbay_monster::ring_group::{Member, NextAction, STRATEGIES};
use patchbay_monster::ring_group_features::Features;
use patchbay_smartpbx::groups::Edit;

use super::features::{FeatureSignals, GroupFeatureFields};

use crate::api::{fetch_all_pages, use_load, ActionScope, Crossbar};
use crate::components::form::name_problem;
use crate::components::form::{unique_id, SaveState, TextField};
use crate::i18n::{arg, t, t_with};
use patchbay_crossbar::path::seg;
use patchbay_crossbar::{order, CrossbarError};
use serde_json::Value;

/// The form's values.
#[derive(Clone, Copy)]
pub struct GroupSignals {
    pub name: RwSignal<String>,
    pub extensions: RwSignal<String>,
    pub numbers: RwSignal<String>,
    pub strategy: RwSignal<String>,
    pub members: RwSignal<Vec<Member>>,
    /// Where unanswered calls go: `module:id`, or empty for the default message.
    pub next: RwSignal<String>,
    pub features: FeatureSignals,
}

impl GroupSignals {
    pub fn new(
        name: String,
        extensions: String,
        numbers: String,
        strategy: String,
        members: Vec<Member>,
        next: Option<NextAction>,
        features: Features,
    ) -> Self {
        GroupSignals {
            name: RwSignal::new(name),
            extensions: RwSignal::new(extensions),
            numbers: RwSignal::new(numbers),
            strategy: RwSignal::new(strategy),
            members: RwSignal::new(members),
            next: RwSignal::new(next.map(|n| format!("{}:{}", n.module, n.id)).unwrap_or_default()),
            features: FeatureSignals::new(features),
        }
    }

    /// What is typed, for the unsaved-changes guard.
    pub fn snapshot(&self) -> (String, String, String, String, Vec<Member>, String, Vec<String>) {
        (
            self.name.get_untracked(),
            self.strategy.get_untracked(),
            self.extensions.get_untracked(),
            self.numbers.get_untracked(),
            self.members.get_untracked(),
            self.next.get_untracked(),
            self.features.snapshot(),
        )
    }

    /// What is wrong with the form, by field: the group's own checks and its features'.
    pub fn check(&self, e: &Edit) -> Vec<(&'static str, String)> {
        let mut errors = validate(e);
        errors.extend(self.features.problems());
        errors
    }

    /// The values as the save takes them.
    pub fn edit(&self) -> Edit {
        Edit {
            name: self.name.get_untracked().trim().to_string(),
            members: self.members.get_untracked(),
            strategy: self.strategy.get_untracked(),
            extensions: split_list(&self.extensions.get_untracked()),
            phone_numbers: split_list(&self.numbers.get_untracked()),
            next_action: self.next.with_untracked(|n| {
                n.split_once(':').map(|(module, id)| NextAction { module: module.into(), id: id.into() })
            }),
            // A value that does not read is named by `check`, which stops the save.
            features: self.features.features().unwrap_or_default(),
        }
    }
}

fn split_list(s: &str) -> Vec<String> {
    s.split([',', ' ', ';']).map(str::trim).filter(|n| !n.is_empty()).map(str::to_string).collect()
}

/// What is wrong with the form, by field.
pub fn validate(e: &Edit) -> Vec<(&'static str, String)> {
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

/// One kind of place unanswered calls can go, and the choices of it (`module:id`, name;
/// for people, their user id, named when shown from the people the form already has).
#[derive(Clone)]
struct NextChoices {
    label_key: &'static str,
    options: Vec<(String, String)>,
    people: bool,
}

/// Where a group's unanswered calls can go, as Smart PBX's "Next action" offers
/// (`groups.js groupsFormatNextActionData`): people (their main callflow), other groups
/// (their dialable callflow), voicemail boxes and devices, each sorted by name.
async fn next_choices(call: &ActionScope, group_id: Option<&str>) -> Result<Vec<NextChoices>, CrossbarError> {
    let account = expect_context::<Crossbar>().account_id();
    let base = format!("accounts/{}", seg(&account));
    let (callflows, vmboxes_path, devices_path) =
        (format!("{base}/callflows"), format!("{base}/vmboxes"), format!("{base}/devices"));
    let (users_cf, groups_cf, vmboxes, devices) = futures::join!(
        fetch_all_pages(call, &callflows, "filter_type=mainUserCallflow"),
        fetch_all_pages(call, &callflows, "filter_type=userGroup"),
        fetch_all_pages(call, &vmboxes_path, ""),
        fetch_all_pages(call, &devices_path, ""),
    );
    let s = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
    let mut kinds = vec![
        NextChoices {
            label_key: "group-next-people",
            options: users_cf?.iter().map(|cf| (format!("callflow:{}", s(cf, "id")), s(cf, "owner_id"))).collect(),
            people: true,
        },
        NextChoices {
            label_key: "group-next-groups",
            options: groups_cf?
                .iter()
                .filter(|cf| group_id.is_none_or(|g| s(cf, "group_id") != g))
                .map(|cf| (format!("callflow:{}", s(cf, "id")), s(cf, "name")))
                .collect(),
            people: false,
        },
        NextChoices {
            label_key: "group-next-vmboxes",
            options: vmboxes?.iter().map(|b| (format!("voicemail:{}", s(b, "id")), s(b, "name"))).collect(),
            people: false,
        },
        NextChoices {
            label_key: "group-next-devices",
            options: devices?.iter().map(|d| (format!("device:{}", s(d, "id")), s(d, "name"))).collect(),
            people: false,
        },
    ];
    kinds.retain(|k| !k.options.is_empty());
    Ok(kinds)
}

/// The fields, with the errors `gate` holds. `users` are the people to choose members
/// from (id, name); `members_notice` is shown above the member list (a failed read of it).
#[component]
pub fn GroupFields(
    fields: GroupSignals,
    users: Signal<Vec<(String, String)>>,
    gate: SaveState,
    #[prop(optional)] members_notice: Option<AnyView>,
    /// The group being edited (it is not offered as its own next step).
    group_id: Option<String>,
) -> impl IntoView {
    let GroupSignals { name, extensions, numbers, strategy, members, next, features } = fields;
    let choices = use_load(
        || t("action-read-next-actions"),
        move |call| {
            let group_id = group_id.clone();
            async move { next_choices(&call, group_id.as_deref()).await }
        },
    );
    let next_id = unique_id("next-action");
    let error_for = move |k: &'static str| gate.error_for(k);
    let to_add = RwSignal::new(String::new());
    let name_of = move |id: &str| {
        users
            .with_untracked(|u| u.iter().find(|(u, _)| u == id).map(|(_, n)| n.clone()))
            .unwrap_or_else(|| t("group-member-deleted"))
    };
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
    let strategy_id = unique_id("strategy");
    let add_id = unique_id("add-member");
    view! {
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
        {members_notice}
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
            <label for=next_id.clone()>{t("group-next")}</label>
            <p class="field__hint">{t("group-next-hint")}</p>
            <select id=next_id prop:value=move || next.get() on:change=move |ev| next.set(event_target_value(&ev))>
                <option value="">{t("group-next-default")}</option>
                {move || match choices.get() {
                    Some(Ok(kinds)) => {
                        // A step chosen elsewhere (not one of these) stays chosen, said as such.
                        let current = next.get_untracked();
                        let known = current.is_empty() || kinds.iter().any(|k| k.options.iter().any(|(v, _)| *v == current));
                        let other = (!known).then(|| view! { <option value=current.clone() selected=true>{t("group-next-current")}</option> });
                        let groups = kinds.into_iter().map(|k| {
                        // People are named from the form's own list of them; each kind sorted by name.
                        let mut options: Vec<(String, String)> = k.options.into_iter().filter_map(|(value, label)| match k.people {
                            true => users.with(|u| u.iter().find(|(id, _)| *id == label).map(|(_, n)| (value.clone(), n.clone()))),
                            false => Some((value, label)),
                        }).collect();
                        order::sort_by(&mut options, |a, b| a.1.to_ascii_lowercase().cmp(&b.1.to_ascii_lowercase()));
                        view! {
                        <optgroup label=t(k.label_key)>
                            {options.into_iter().map(|(value, label)| {
                                let selected = { let value = value.clone(); move || next.get() == value };
                                view! { <option value=value selected=selected>{label}</option> }
                            }).collect_view()}
                        </optgroup>
                        }
                    }).collect_view();
                        view! { {other} {groups} }.into_any()
                    }
                    // A stored choice stays selectable while the list is read (or could not be).
                    _ => next.get_untracked().is_empty().then_some(()).map_or_else(
                        || view! { <option value=next.get_untracked() selected=true>{t("group-next-current")}</option> }.into_any(),
                        |_| ().into_any(),
                    ),
                }}
            </select>
            {move || matches!(choices.get(), Some(Err(_))).then(|| view! { <p class="field__hint" role="note">{t("group-next-unreadable")}</p> })}
        </div>
        <GroupFeatureFields features=features gate=gate />
        <div class="field">
            <label for=add_id.clone()>{t("group-add-member-label")}</label>
            <select id=add_id prop:value=move || to_add.get() on:change=move |ev| to_add.set(event_target_value(&ev))>
                <option value="">{t("group-choose-user")}</option>
                {move || users.get().into_iter()
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
    }
}
