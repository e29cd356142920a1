//! A time of day set: a name and the rules it holds, picked from the account's rules
//! (monster-ui-callflows `submodules/temporalset/temporalset.js`). Written by
//! `patchbay_monster::callflow::time_of_day::set_doc`, onto the set as loaded.

use leptos::prelude::*;
use patchbay_monster::callflow::time_of_day::set_doc;
use patchbay_monster::stamp::{stamp, UiMetadata};
use serde_json::Value;

use super::super::save_doc;
use crate::api::use_save;
use crate::components::dialog::{open_while, Dialog};
use crate::components::error_notice::error_text;
use crate::components::form::{CheckboxField, TextField};
use crate::config::RuntimeConfig;
use crate::hooks::watch;
use crate::i18n::{arg, t, t_with};

#[component]
pub fn SetDialog(
    /// The set being edited (`{}` for a new one).
    target: RwSignal<Option<Value>>,
    /// The account's rules: (id, name).
    rules: Signal<Vec<(String, String)>>,
    on_saved: Callback<()>,
) -> impl IntoView {
    let open = open_while(target);
    view! {
        <Dialog open=open labelled_by="tod-set-title" class="tod-dialog">
            {move || target.get().map(|set| view! { <SetFields loaded=set rules=rules.get_untracked() done=target on_saved=on_saved /> })}
        </Dialog>
    }
}

#[component]
fn SetFields(
    loaded: Value,
    rules: Vec<(String, String)>,
    done: RwSignal<Option<Value>>,
    on_saved: Callback<()>,
) -> impl IntoView {
    let version = StoredValue::new(use_context::<RuntimeConfig>().and_then(|c| c.ui_metadata_version));
    let id = loaded.get("id").and_then(Value::as_str).map(str::to_string);
    let is_new = id.is_none();
    let held = patchbay_crossbar::json::strings(loaded.get("temporal_rules"));
    let name = RwSignal::new(loaded.get("name").and_then(Value::as_str).unwrap_or_default().to_string());
    let picks: Vec<(String, String, RwSignal<bool>)> = rules
        .into_iter()
        .map(|(id, name)| {
            let on = RwSignal::new(held.contains(&id));
            (id, name, on)
        })
        .collect();
    let picks = StoredValue::new(picks);
    let error = RwSignal::new(None::<String>);
    let loaded = StoredValue::new(loaded);
    let set_id = StoredValue::new(id);
    let save = use_save(
        |doc: &Value| {
            let name = doc.get("name").and_then(Value::as_str).unwrap_or_default().to_string();
            t_with("action-save-time-of-day-set", &[("name", arg(name))])
        },
        move |call, mut doc: Value| {
            stamp(&mut doc, &UiMetadata::callflows(version.get_value().as_deref()));
            let id = set_id.get_value();
            async move { save_doc(&call, "temporal_rules_sets", id.as_deref(), doc).await }
        },
    );
    watch(move || match save.value().get() {
        Some(Ok(_)) => {
            done.set(None);
            on_saved.run(());
        }
        Some(Err(e)) => error.set(Some(error_text(&e))),
        None => {}
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // Rules the set held that are no longer listed (deleted since) stay out.
        let chosen: Vec<String> = picks
            .with_value(|p| p.iter().filter(|(_, _, on)| on.get_untracked()).map(|(id, _, _)| id.clone()).collect());
        match loaded.with_value(|l| set_doc(&name.get_untracked(), &chosen, l)) {
            Ok(doc) => {
                error.set(None);
                save.dispatch(doc);
            }
            Err(_) => error.set(Some(t("tod-error-name"))),
        }
    };
    view! {
        <h2 id="tod-set-title">{if is_new { t("tod-set-new-title") } else { t("tod-set-edit-title") }}</h2>
        <form class="form" novalidate=true on:submit=submit>
            <TextField label=t("tod-set-name") value=name required=true maxlength=128 />
            <fieldset>
                <legend>{t("tod-set-rules")}</legend>
                {move || picks.with_value(|p| p.is_empty()).then(|| view! { <p>{t("tod-set-no-rules")}</p> })}
                {picks.get_value().into_iter().map(|(_, name, on)| view! { <CheckboxField label=name checked=on /> }).collect_view()}
            </fieldset>
            <div class="form-error" role="alert">{move || error.get()}</div>
            <div class="form-actions">
                <button type="submit" class="primary" disabled=move || save.pending().get()>
                    {if is_new { t("tod-create-set") } else { t("save") }}
                </button>
                <button type="button" on:click=move |_| done.set(None)>{t("cancel")}</button>
            </div>
        </form>
    }
}
