//! The callflow itself, above its steps (monster-ui-callflows `app.js` `getUIFlow`, the
//! Name and Add number dialogs): its name, the numbers that reach it — spare numbers of
//! the account, extensions, the catch-all — "Hide from contact list" and "List this
//! callflow in Main Number".

use leptos::prelude::*;
use patchbay_monster::callflow::list::NO_MATCH;
use patchbay_monster::callflow::save::Root;

use super::super::number_text;
use crate::components::form::{unique_id, CheckboxField, TextField};
use crate::i18n::{arg, t, t_with};

#[derive(Clone, Copy)]
pub struct RootFields {
    pub name: RwSignal<String>,
    pub numbers: RwSignal<Vec<String>>,
    pub hide: RwSignal<bool>,
    pub listed: RwSignal<bool>,
    /// Whether the stored document had the keys (a new one gets them when set).
    had_hide: bool,
    had_listed: bool,
}

impl RootFields {
    pub fn new(root: &Root) -> RootFields {
        RootFields {
            name: RwSignal::new(root.name.clone()),
            numbers: RwSignal::new(root.numbers.clone()),
            hide: RwSignal::new(root.hide_from_contacts.unwrap_or(false)),
            listed: RwSignal::new(root.list_in_main_number.unwrap_or(false)),
            had_hide: root.hide_from_contacts.is_some(),
            had_listed: root.list_in_main_number.is_some(),
        }
    }

    /// What the fields say, as the save body's root.
    pub fn root(&self) -> Root {
        let (hide, listed) = (self.hide.get_untracked(), self.listed.get_untracked());
        Root {
            name: self.name.get_untracked(),
            numbers: self.numbers.get_untracked(),
            hide_from_contacts: (self.had_hide || hide).then_some(hide),
            list_in_main_number: (self.had_listed || listed).then_some(listed),
        }
    }
}

#[component]
pub fn RootPanel(fields: RootFields, spare: RwSignal<Vec<String>>, read_only: RwSignal<bool>) -> impl IntoView {
    let chosen = RwSignal::new(String::new());
    let extension = RwSignal::new(String::new());
    let add = move |number: String| {
        let number = number.trim().to_string();
        if !number.is_empty() && !fields.numbers.with_untracked(|n| n.contains(&number)) {
            fields.numbers.update(|n| n.push(number));
        }
    };
    let select_id = unique_id("cf-spare");
    let extension_id = unique_id("cf-extension");
    view! {
        <fieldset class="cf-root" disabled=move || read_only.get()>
            <legend>{t("cf-root-title")}</legend>
            <TextField label=t("cf-name") value=fields.name maxlength=128 hint=t("cf-name-hint") />
            <h3 id="cf-numbers-title">{t("cf-numbers")}</h3>
            <ul class="cf-numbers" aria-labelledby="cf-numbers-title">
                {move || {
                    let numbers = fields.numbers.get();
                    if numbers.is_empty() {
                        return view! { <li>{t("cf-numbers-none")}</li> }.into_any();
                    }
                    numbers.into_iter().map(|n| {
                        let label = t_with("cf-number-remove", &[("number", arg(number_text(&n)))]);
                        let gone = n.clone();
                        view! {
                            <li>
                                {number_text(&n)} " "
                                <button type="button" class="link" aria-label=label on:click=move |_| fields.numbers.update(|l| l.retain(|x| *x != gone))>
                                    {t("remove")}
                                </button>
                            </li>
                        }
                    }).collect_view().into_any()
                }}
            </ul>
            <div class="cf-add-number">
                <div class="field">
                    <label for=select_id.clone()>{t("cf-spare-numbers")}</label>
                    <select id=select_id on:change=move |ev| chosen.set(event_target_value(&ev)) prop:value=move || chosen.get()>
                        <option value="">{t("cf-choose")}</option>
                        {move || {
                            let taken = fields.numbers.get();
                            let mut options: Vec<String> = spare.get();
                            options.push(NO_MATCH.to_string());
                            options.into_iter().filter(|n| !taken.contains(n)).map(|n| {
                                let label = number_text(&n);
                                view! { <option value=n>{label}</option> }
                            }).collect_view()
                        }}
                    </select>
                </div>
                <button type="button" on:click=move |_| { add(chosen.get_untracked()); chosen.set(String::new()); }>{t("cf-add-number")}</button>
                <div class="field">
                    <label for=extension_id.clone()>{t("cf-extension")}</label>
                    <input id=extension_id type="text" inputmode="numeric" autocomplete="off" placeholder="2001" bind:value=extension />
                </div>
                <button type="button" on:click=move |_| { add(extension.get_untracked()); extension.set(String::new()); }>{t("cf-add-extension")}</button>
            </div>
            <CheckboxField label=t("cf-hide-from-contacts") checked=fields.hide />
            <CheckboxField label=t("cf-list-in-main-number") checked=fields.listed />
        </fieldset>
    }
}
