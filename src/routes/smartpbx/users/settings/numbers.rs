//! Extensions and phone numbers: the `numbers` of the user's main callflow (Smart PBX's
//! Extensions and Numbers tabs). Spare numbers come from the account's inventory.

use leptos::prelude::*;
use patchbay_crossbar::path::seg;
use patchbay_monster::phone::readable;
use patchbay_monster::user_features::external_caller_id_patch;
use patchbay_monster::user_numbers::{split_numbers, user_callflow_numbers, NumbersProblem};
use serde_json::{json, Value};

use super::section::{use_section_save, SettingsSection};
use super::{Related, UserCtx};
use crate::components::feature::FeatureFact;
use crate::components::form::SaveState;
use crate::components::form::SelectField;
use crate::components::form::TextField;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::json::doc_id;
use crate::routes::smartpbx::json::strings;

fn problem_text(p: &NumbersProblem) -> String {
    match p {
        NumbersProblem::BadExtension(i) => t_with("numbers-bad-extension", &[("n", (i + 1).into())]),
        NumbersProblem::Duplicate(n) => t_with("numbers-duplicate", &[("number", arg(n.clone()))]),
        NumbersProblem::MainExtensionMissing(n) => t_with("numbers-main-missing", &[("number", arg(n.clone()))]),
        NumbersProblem::Empty => t("numbers-empty"),
    }
}

/// A user's extensions and numbers, readable: "2001, 2002 · +1 415 555 0100".
fn numbers_summary(numbers: &[String]) -> String {
    let (exts, dids) = split_numbers(numbers);
    let exts = exts.join(", ");
    if dids.is_empty() {
        t_with("numbers-summary-extensions", &[("extensions", arg(exts))])
    } else {
        let dids = dids.iter().map(|n| readable(n)).collect::<Vec<_>>().join(", ");
        t_with("numbers-summary", &[("extensions", arg(exts)), ("numbers", arg(dids))])
    }
}

#[component]
pub fn NumbersSection(ctx: UserCtx, user: Value, related: Related) -> impl IntoView {
    let Some(callflow) = related.main_callflow.clone() else {
        return view! { <FeatureFact id="user-numbers" title_key="numbers-title" summary=t("numbers-no-callflow") /> }
            .into_any();
    };
    // The callflow's numbers as last saved, for the row.
    let saved = RwSignal::new(strings(callflow.get("numbers")));
    let (exts, dids) = split_numbers(&saved.get_untracked());
    let extensions = RwSignal::new(exts.into_iter().map(RwSignal::new).collect::<Vec<_>>());
    let numbers = RwSignal::new(dids);
    let spare = RwSignal::new(related.spare_numbers.clone());
    let chosen = RwSignal::new(String::new());
    let presence = user.get("presence_id").and_then(Value::as_str).map(str::to_string);
    let caller_id =
        StoredValue::new(user.pointer("/caller_id/external/number").and_then(Value::as_str).map(str::to_string));
    let callflow_path = format!("{}/callflows/{}", ctx.base(), seg(&doc_id(&callflow)));
    let state = SaveState::plain();
    let save = {
        let ctx = ctx.clone();
        use_section_save(
            &ctx.clone(),
            "action-save-user-numbers",
            state,
            move |call, (list, drop_caller_id): (Vec<String>, bool)| {
                let (ctx, path) = (ctx.clone(), callflow_path.clone());
                async move {
                    ctx.patch(&call, &path, json!({"numbers": list.clone()})).await?;
                    let _ = saved.try_set(list);
                    if drop_caller_id {
                        ctx.patch(&call, &ctx.user_path(), external_caller_id_patch(None)).await?;
                        caller_id.set_value(None);
                    }
                    Ok(())
                }
            },
        )
    };
    let outside = ctx.outside;
    let summary = Signal::derive(move || saved.with(|l| numbers_summary(l)));
    let on_save = Callback::new(move |_| {
        let exts: Vec<String> = extensions.get_untracked().iter().map(|s| s.get_untracked()).collect();
        let dids = numbers.get_untracked();
        let list = match user_callflow_numbers(&exts, &dids, presence.as_deref()) {
            Ok(list) => list,
            Err(p) => {
                state.form_error.set(Some(problem_text(&p)));
                return;
            }
        };
        // Smart PBX drops an outbound caller ID that is no longer one of the user's numbers.
        let drop_caller_id = caller_id.get_value().filter(|n| !dids.contains(n)).is_some();
        save.dispatch((list, drop_caller_id));
    });
    let spare_options = Signal::derive(move || {
        let mut all = vec![(String::new(), t("numbers-choose-spare"))];
        all.extend(spare.get().into_iter().map(|n| (n.clone(), readable(&n))));
        all
    });
    let add_number = move |_| {
        let n = chosen.get_untracked();
        if n.is_empty() {
            return;
        }
        numbers.update(|l| l.push(n.clone()));
        spare.update(|l| l.retain(|x| *x != n));
        chosen.set(String::new());
    };
    view! {
        <SettingsSection id="user-numbers" title_key="numbers-title" save_key="numbers-save" outside=outside state=state busy=save.pending() on_save=on_save summary=summary>
            <fieldset>
                <legend>{t("numbers-extensions")}</legend>
                {move || extensions.get().into_iter().enumerate().map(|(i, value)| {
                    let label = t_with("numbers-extension-n", &[("n", (i + 1).into())]);
                    let remove = t_with("numbers-remove-extension", &[("n", (i + 1).into())]);
                    view! {
                        <div class="field-row">
                            <TextField label=label value=value maxlength=6 />
                            <button type="button" on:click=move |_| extensions.update(|l| { l.remove(i); })>{remove}</button>
                        </div>
                    }
                }).collect_view()}
                <button type="button" on:click=move |_| extensions.update(|l| l.push(RwSignal::new(String::new())))>
                    {t("numbers-add-extension")}
                </button>
            </fieldset>
            <fieldset>
                <legend>{t("numbers-phone-numbers")}</legend>
                <ul>
                    {move || numbers.get().into_iter().map(|n| {
                        let label = t_with("numbers-remove-number", &[("number", arg(readable(&n)))]);
                        let number = n.clone();
                        view! {
                            <li>{readable(&n)} " " <button type="button" on:click=move |_| {
                                numbers.update(|l| l.retain(|x| *x != number));
                                spare.update(|l| l.push(number.clone()));
                            }>{label}</button></li>
                        }
                    }).collect_view()}
                </ul>
                <SelectField label=t("numbers-spare") value=chosen options=spare_options />
                <button type="button" on:click=add_number disabled=move || chosen.with(String::is_empty)>{t("numbers-add-number")}</button>
            </fieldset>
        </SettingsSection>
    }
    .into_any()
}
