//! The times of day an Enable, Disable or Reset Time of Day step acts on (`data.rules`,
//! rule ids; monster-ui-callflows `submodules/timeofday/timeofday.js`, a two-column
//! picker there): one checkbox per rule of the account. An id the step holds whose rule
//! is gone stays chosen, shown by its id, so nothing is dropped unseen.

use leptos::prelude::*;
use patchbay_crossbar::paging::fetch_all_pages;

use super::super::account_path;
use crate::api::use_load;
use crate::components::form::unique_id;
use crate::components::loaded::Loaded;
use crate::i18n::t;
use crate::routes::smartpbx::json::str_field;

#[component]
pub fn RuleChoice(chosen: RwSignal<Vec<String>>) -> impl IntoView {
    let rules = use_load(
        || t("action-list-time-of-day"),
        |call| async move {
            let rows = fetch_all_pages(&call, &format!("{}/temporal_rules", account_path()), "").await?;
            Ok(rows
                .iter()
                .map(|r| (str_field(r, "id").to_string(), str_field(r, "name").to_string()))
                .collect::<Vec<_>>())
        },
    );
    view! {
        <fieldset class="cf-rules">
            <legend>{t("cf-rules-chosen")}</legend>
            <Loaded load=rules let:rules>
                {
                    let mut shown = rules.clone();
                    for id in chosen.get_untracked() {
                        if !shown.iter().any(|(r, _)| *r == id) {
                            shown.push((id.clone(), id));
                        }
                    }
                    if shown.is_empty() {
                        return view! { <p>{t("cf-rules-none")}</p> }.into_any();
                    }
                    shown.into_iter().map(|(id, name)| {
                        let box_id = unique_id("cf-rule");
                        let rule = StoredValue::new(id);
                        let on = move || chosen.with(|c| rule.with_value(|r| c.contains(r)));
                        let toggle = move |_| {
                            let r = rule.get_value();
                            chosen.update(|c| if c.contains(&r) { c.retain(|x| *x != r) } else { c.push(r) });
                        };
                        view! {
                            <div class="field field--check">
                                <input id=box_id.clone() type="checkbox" prop:checked=on on:change=toggle />
                                <label for=box_id>{name}</label>
                            </div>
                        }
                    }).collect_view().into_any()
                }
            </Loaded>
        </fieldset>
    }
}
