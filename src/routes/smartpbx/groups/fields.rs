//! What Add group and a group's page both edit: the name, extensions and numbers, the
//! ring strategy, and the members in ring order with their delay and ring time — one
//! form, so a group can be made as it will be kept.

use leptos::prelude::*;
use patchbay_monster::names;
use patchbay_monster::ring_group::{Member, STRATEGIES};
use patchbay_smartpbx::groups::Edit;

use crate::components::form::name_problem;
use crate::components::form::{unique_id, SaveState, TextField};
use crate::i18n::{arg, t, t_with};

/// The form's values.
#[derive(Clone, Copy)]
pub struct GroupSignals {
    pub name: RwSignal<String>,
    pub extensions: RwSignal<String>,
    pub numbers: RwSignal<String>,
    pub strategy: RwSignal<String>,
    pub members: RwSignal<Vec<Member>>,
}

impl GroupSignals {
    pub fn new(name: String, extensions: String, numbers: String, strategy: String, members: Vec<Member>) -> Self {
        GroupSignals {
            name: RwSignal::new(name),
            extensions: RwSignal::new(extensions),
            numbers: RwSignal::new(numbers),
            strategy: RwSignal::new(strategy),
            members: RwSignal::new(members),
        }
    }

    /// What is typed, for the unsaved-changes guard.
    pub fn snapshot(&self) -> (String, String, String, String, Vec<Member>) {
        (
            self.name.get_untracked(),
            self.strategy.get_untracked(),
            self.extensions.get_untracked(),
            self.numbers.get_untracked(),
            self.members.get_untracked(),
        )
    }

    /// The values as the save takes them.
    pub fn edit(&self) -> Edit {
        Edit {
            name: self.name.get_untracked().trim().to_string(),
            members: self.members.get_untracked(),
            strategy: self.strategy.get_untracked(),
            extensions: split_list(&self.extensions.get_untracked()),
            phone_numbers: split_list(&self.numbers.get_untracked()),
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

/// The fields, with the errors `gate` holds. `users` are the people to choose members
/// from (id, name); `members_notice` is shown above the member list (a failed read of it).
#[component]
pub fn GroupFields(
    fields: GroupSignals,
    users: Signal<Vec<(String, String)>>,
    gate: SaveState,
    #[prop(optional)] members_notice: Option<AnyView>,
) -> impl IntoView {
    let GroupSignals { name, extensions, numbers, strategy, members } = fields;
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
