//! A step's settings: one field per key of its `data` (the keys the action writes, as
//! monster-ui-callflows writes them, plus any the step already had), typed as stored —
//! a string stays a string (`timeout: "20"`), a number a number — and a list to pick
//! from where a key points at a user, a device, a box, a menu… Any step, and every step
//! of a module Patchbay has no form for, can also be edited as JSON.

use leptos::prelude::*;
use patchbay_monster::callflow::ring_group::{endpoints_of, with_endpoints, Endpoint};
use patchbay_monster::callflow::Action;
use serde_json::{Map, Value};

use crate::components::form::unique_id;
use crate::i18n::{arg, t, t_or, t_with};
use crate::routes::callflows::picker::Picker;

/// What a key points at: the collection to pick from.
fn collection_for(module: &str, key: &str) -> Option<&'static str> {
    Some(match (module, key) {
        ("user", "id") | ("receive_fax", "owner_id") => "users",
        ("device", "id") => "devices",
        ("voicemail", "id") => "vmboxes",
        ("menu", "id") => "menus",
        ("conference", "id") => "conferences",
        ("play", "id") => "media",
        ("callflow", "id") | ("ring_group_toggle", "callflow_id") => "callflows",
        ("directory", "id") => "directories",
        ("faxbox", "id") => "faxboxes",
        _ => return None,
    })
}

#[derive(Clone, Copy)]
enum Field {
    Text(RwSignal<String>),
    Whole(RwSignal<String>),
    Flag(RwSignal<bool>),
    Pick {
        value: RwSignal<String>,
        collection: &'static str,
        was_null: bool,
    },
    Json(RwSignal<String>),
    /// Time-of-day rules to turn on, off or back to the clock (their ids).
    Rules(RwSignal<Vec<String>>),
    /// One of these values.
    Choice(RwSignal<String>, &'static [&'static str]),
    /// A ring or page group's members (`ring`: with delays and timeouts).
    Members {
        list: RwSignal<Vec<Endpoint>>,
        ring: bool,
    },
}

/// Keys with a fixed set of values.
fn choices_for(module: &str, key: &str) -> Option<&'static [&'static str]> {
    Some(match (module, key) {
        ("ring_group", "strategy") => &["simultaneous", "single"],
        ("page_group", "audio") => &["one-way", "two-way"],
        // As monster-ui-callflows `submodules/misc/misc.js miscRenderEditWebhook` offers
        // them (KAZOO's own `callflows.webhook` schema lists only get and post).
        ("webhook", "http_verb") => &["get", "post", "put"],
        _ => return None,
    })
}

/// The form of one step's data.
#[derive(Clone, Copy)]
pub struct StepForm {
    module: StoredValue<String>,
    base: StoredValue<Value>,
    fields: StoredValue<Vec<(String, Field)>>,
    pub as_json: RwSignal<bool>,
    json: RwSignal<String>,
}

impl StepForm {
    /// For a step of `module` (with `action`, if Patchbay knows it) holding `data`.
    pub fn new(module: &str, action: Option<&Action>, data: &Value) -> StepForm {
        let defaults = action.map(Action::default_data).unwrap_or(Value::Null);
        let mut keys: Vec<String> = defaults.as_object().map(|o| o.keys().cloned().collect()).unwrap_or_default();
        for key in data.as_object().into_iter().flat_map(|o| o.keys()) {
            if !keys.contains(key) {
                keys.push(key.clone());
            }
        }
        keys.retain(|k| k != "skip_module");
        // A ring group's timeout follows from its members (`ring_group::group_timeout`).
        if module == "ring_group" {
            keys.retain(|k| k != "timeout");
        }
        let fields = match action {
            None => vec![],
            Some(_) => keys
                .into_iter()
                .map(|key| {
                    let value = data.get(&key).or_else(|| defaults.get(&key)).cloned().unwrap_or(Value::Null);
                    let group = matches!(module, "ring_group" | "page_group") && key == "endpoints";
                    let field = match (collection_for(module, &key), &value) {
                        (_, Value::Array(ids)) if module == "temporal_route" && key == "rules" => Field::Rules(
                            RwSignal::new(ids.iter().filter_map(Value::as_str).map(str::to_string).collect()),
                        ),
                        _ if group => {
                            Field::Members { list: RwSignal::new(endpoints_of(data)), ring: module == "ring_group" }
                        }
                        (_, Value::String(s)) if choices_for(module, &key).is_some() => {
                            Field::Choice(RwSignal::new(s.clone()), choices_for(module, &key).unwrap_or_default())
                        }
                        (Some(collection), Value::String(_) | Value::Null) => Field::Pick {
                            value: RwSignal::new(value.as_str().unwrap_or_default().to_string()),
                            collection,
                            was_null: value.is_null(),
                        },
                        (_, Value::String(s)) => Field::Text(RwSignal::new(s.clone())),
                        (_, Value::Bool(b)) => Field::Flag(RwSignal::new(*b)),
                        (_, Value::Number(n)) if n.is_i64() || n.is_u64() => Field::Whole(RwSignal::new(n.to_string())),
                        (_, other) => {
                            Field::Json(RwSignal::new(serde_json::to_string_pretty(other).unwrap_or_default()))
                        }
                    };
                    (key, field)
                })
                .collect(),
        };
        StepForm {
            module: StoredValue::new(module.to_string()),
            base: StoredValue::new(data.clone()),
            as_json: RwSignal::new(action.is_none()),
            json: RwSignal::new(serde_json::to_string_pretty(data).unwrap_or_else(|_| "{}".into())),
            fields: StoredValue::new(fields),
        }
    }

    /// The step's new `data`, or what is wrong with the form.
    pub fn value(&self) -> Result<Value, String> {
        if self.as_json.get_untracked() {
            let parsed: Value = serde_json::from_str(&self.json.get_untracked())
                .map_err(|e| t_with("cf-json-invalid", &[("error", arg(e.to_string()))]))?;
            return match parsed {
                Value::Object(_) => Ok(parsed),
                _ => Err(t("cf-json-not-object")),
            };
        }
        let mut data: Map<String, Value> = self.base.with_value(|b| b.as_object().cloned().unwrap_or_default());
        let mut members = None;
        for (key, field) in self.fields.get_value() {
            let label = field_label(&key);
            let value = match field {
                Field::Text(v) => Value::String(v.get_untracked()),
                Field::Whole(v) => {
                    let text = v.get_untracked();
                    let n: i64 =
                        text.trim().parse().map_err(|_| t_with("cf-field-whole-number", &[("field", arg(label))]))?;
                    Value::from(n)
                }
                Field::Flag(v) => Value::Bool(v.get_untracked()),
                Field::Pick { value, was_null, .. } => {
                    let chosen = value.get_untracked();
                    match (chosen.as_str(), was_null) {
                        ("", true) => Value::Null,
                        ("" | "null", false) => return Err(t_with("cf-field-choose", &[("field", arg(label))])),
                        (id, _) => Value::String(id.to_string()),
                    }
                }
                Field::Choice(v, _) => Value::String(v.get_untracked()),
                Field::Rules(ids) => ids.get_untracked().into_iter().map(Value::String).collect(),
                Field::Members { list, ring } => {
                    members = Some((list.get_untracked(), ring));
                    continue;
                }
                Field::Json(v) => serde_json::from_str(&v.get_untracked())
                    .map_err(|e| t_with("cf-field-json", &[("field", arg(label)), ("error", arg(e.to_string()))]))?,
            };
            data.insert(key, value);
        }
        let data = Value::Object(data);
        Ok(match members {
            Some((list, ring)) => with_endpoints(&data, &list, ring),
            None => data,
        })
    }

    /// Switching to JSON starts from what the fields say now.
    fn switch_to_json(&self) {
        if let Ok(v) = self.value() {
            self.json.set(serde_json::to_string_pretty(&v).unwrap_or_default());
        }
        self.as_json.set(true);
    }
}

fn field_label(key: &str) -> String {
    t_or(&format!("cf-field-{}", key.replace('_', "-")), &key.replace('_', " "))
}

/// The fields of a step form.
#[component]
pub fn StepFields(form: StepForm) -> impl IntoView {
    let module = form.module.get_value();
    let fields = form.fields.get_value();
    let json_id = unique_id("step-json");
    let has_fields = !fields.is_empty();
    view! {
        <Show when=move || !form.as_json.get()>
            {
                let fields = fields.clone();
                let module = module.clone();
                if fields.is_empty() {
                    view! { <p>{t("cf-step-nothing-to-set")}</p> }.into_any()
                } else {
                    fields.into_iter().map(|(key, field)| field_view(&module, &key, field)).collect_view().into_any()
                }
            }
        </Show>
        <Show when=move || form.as_json.get()>
            <div class="field">
                <label for=json_id.clone()>{t("cf-step-json")}</label>
                <textarea id=json_id.clone() class="cf-json" rows="10" spellcheck="false" bind:value=form.json></textarea>
            </div>
        </Show>
        {has_fields.then(|| view! {
            <p>
                <button type="button" class="link" on:click=move |_| if form.as_json.get_untracked() { form.as_json.set(false) } else { form.switch_to_json() }>
                    {move || if form.as_json.get() { t("cf-step-as-fields") } else { t("cf-step-as-json") }}
                </button>
            </p>
        })}
    }
}

fn field_view(module: &str, key: &str, field: Field) -> AnyView {
    let id = unique_id("step-field");
    let label = field_label(key);
    match field {
        Field::Text(v) | Field::Whole(v) => view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <input id=id type="text" bind:value=v />
            </div>
        }
        .into_any(),
        Field::Flag(v) => view! {
            <div class="field field--check">
                <input id=id.clone() type="checkbox" bind:checked=v />
                <label for=id>{label}</label>
            </div>
        }
        .into_any(),
        Field::Choice(v, values) => view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <select id=id on:change=move |ev| v.set(event_target_value(&ev)) prop:value=move || v.get()>
                    {values.iter().map(|c| view! { <option value=*c>{t_or(&format!("cf-choice-{c}"), c)}</option> }).collect_view()}
                </select>
            </div>
        }
        .into_any(),
        Field::Members { list, ring } => view! { <super::members::MembersField list=list ring=ring /> }.into_any(),
        Field::Rules(ids) => view! { <super::rule_choice::RuleChoice chosen=ids /> }.into_any(),
        Field::Json(v) => view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <textarea id=id class="cf-json" rows="4" spellcheck="false" bind:value=v></textarea>
            </div>
        }
        .into_any(),
        Field::Pick { value, collection, .. } => {
            let silence = module == "play";
            view! { <Picker id=id label=label value=value collection=collection silence=silence /> }.into_any()
        }
    }
}
