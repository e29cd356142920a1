//! A list of the account's documents of one kind to choose from — a step's user, menu or
//! media, a menu's greeting, a conference's owner — with "New …" beside it where
//! Callflows manages that kind (menus, conferences, directories, fax boxes), making one
//! in a dialog over the form and choosing it at once, as Monster's inline "create"
//! links do.

use leptos::prelude::*;
use patchbay_crossbar::paging::fetch_all_pages;
use patchbay_monster::callflow::entity::{Entity, ENTITIES};
use serde_json::{Map, Value};

use super::account_path;
use super::entities::{EntityDialog, EntityTarget};
use super::media::MediaDialog;
use crate::api::use_load;
use crate::components::loaded::Loaded;
use crate::i18n::{arg, t, t_with};
use crate::routes::table::{Screen, Spbx};
use leptos_router::components::A;

/// The names of what steps point at (the editor's `metadata`): a target picked here is
/// named on its step at once, before Crossbar has been asked.
#[derive(Clone, Copy)]
pub struct TargetNames(pub RwSignal<Value>);

impl TargetNames {
    /// `id` is called `name` on its steps from now on.
    pub fn name(&self, id: &str, name: String) {
        self.0.update(|m| {
            if !m.is_object() {
                *m = Value::Object(Map::new());
            }
            m[id] = serde_json::json!({ "name": name });
        });
    }
}

/// Silence, as Monster's media picker offers it.
pub const SILENCE: &str = "silence_stream://300000";

/// A name for a listing row: a user's full name, else its name, else its numbers.
pub fn row_name(row: &Value) -> String {
    let text = |k: &str| row.get(k).and_then(Value::as_str).unwrap_or_default().trim().to_string();
    let full = format!("{} {}", text("first_name"), text("last_name")).trim().to_string();
    if !full.is_empty() {
        return full;
    }
    let name = text("name");
    if !name.is_empty() {
        return name;
    }
    let numbers = patchbay_crossbar::json::strings(row.get("numbers"));
    if numbers.is_empty() {
        text("id")
    } else {
        numbers.join(", ")
    }
}

/// Where Smart PBX manages what this list holds: people, phones and boxes are made and
/// changed there, and picked here.
fn smartpbx_screen(collection: &str) -> Option<(Screen, &'static str)> {
    Some(match collection {
        "users" => (Screen::SmartPbx(Spbx::Users), "cf-manage-users"),
        "devices" => (Screen::SmartPbx(Spbx::Devices), "cf-manage-devices"),
        "vmboxes" => (Screen::SmartPbx(Spbx::Vmboxes), "cf-manage-vmboxes"),
        _ => return None,
    })
}

fn managed(collection: &str) -> Option<&'static Entity> {
    ENTITIES.into_iter().find(|e| e.collection == collection)
}

#[component]
pub fn Picker(
    id: String,
    label: String,
    value: RwSignal<String>,
    collection: &'static str,
    /// Offer silence first (a media list).
    #[prop(optional)]
    silence: bool,
) -> impl IntoView {
    let targets = use_context::<TargetNames>();
    let creating = RwSignal::new(None::<EntityTarget>);
    let rows = use_load(
        move || t_with("action-list-for-step", &[("what", arg(collection))]),
        move |call| {
            let path = format!("{}/{collection}", account_path());
            async move {
                let query = if collection == "callflows" { "key_missing=featurecode" } else { "" };
                fetch_all_pages(&call, &path, query).await
            }
        },
    );
    let entity = managed(collection);
    let media = collection == "media";
    // What is made from here is listed and chosen at once.
    let created = Callback::new(move |(id, name): (String, String)| {
        if let Some(targets) = targets {
            targets.name(&id, name);
        }
        value.set(id);
        rows.refetch();
    });
    view! {
        // Mounted on the page's body: the form this list is in must not hold that one.
        {entity.map(|entity| view! { <leptos::portal::Portal><EntityDialog entity=entity target=creating on_saved=created /></leptos::portal::Portal> })}
        {media.then(|| view! { <leptos::portal::Portal><MediaDialog target=creating on_saved=created /></leptos::portal::Portal> })}
        <Loaded load=rows let:rows>
            {
                let mut options: Vec<(String, String)> = rows
                    .iter()
                    .map(|r| (r.get("id").and_then(Value::as_str).unwrap_or_default().to_string(), row_name(r)))
                    .collect();
                patchbay_crossbar::order::sort_by(&mut options, |a, b| a.1.cmp(&b.1));
                if silence {
                    options.insert(0, (SILENCE.to_string(), t("cf-silence")));
                }
                let current = value.get_untracked();
                if !current.is_empty() && current != "null" && !options.iter().any(|(id, _)| *id == current) {
                    options.insert(0, (current.clone(), current));
                }
                let id = id.clone();
                let names = StoredValue::new(options.clone());
                let pick = move |ev: leptos::ev::Event| {
                    let chosen = event_target_value(&ev);
                    let name = names.with_value(|n| n.iter().find(|(v, _)| *v == chosen).map(|(_, name)| name.clone()));
                    if let (Some(targets), Some(name)) = (targets, name) {
                        targets.name(&chosen, name);
                    }
                    value.set(chosen);
                };
                view! {
                    <div class="field">
                        <label for=id.clone()>{label.clone()}</label>
                        <select id=id on:change=pick prop:value=move || value.get()>
                            <option value="">{t("cf-choose")}</option>
                            {options.into_iter().map(|(v, name)| view! { <option value=v>{name}</option> }).collect_view()}
                        </select>
                    </div>
                    {smartpbx_screen(collection).map(|(screen, words)| view! {
                        <p class="field__hint"><A href=screen.href()>{t(words)}</A></p>
                    })}
                    {entity.map(|e| format!("ent-{}-new-inline", e.key)).or_else(|| media.then(|| "media-new-inline".to_string())).map(|key| view! {
                        <p><button type="button" on:click=move |_| creating.set(Some(EntityTarget::New))>{t(&key)}</button></p>
                    })}
                }
            }
        </Loaded>
    }
}
