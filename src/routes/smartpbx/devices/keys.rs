//! A provisioned desk phone's keys: as many line keys and feature keys as the model's
//! template has (read from the phone provisioner, `ui/{brand}/{family}/{model}`), each a
//! busy lamp, a parking spot, personal parking, a speed dial or (line keys) a line, with
//! an optional label on line keys. Stored in `provision.combo_keys` / `feature_keys` as
//! Smart PBX's device dialog stores them (`patchbay_monster::device::keys`); only the
//! keys are sent.

use leptos::prelude::*;
use patchbay_crossbar::path::seg;
use patchbay_monster::device::keys::{
    key_counts, key_problems, keys_of, stored_key, Key, KeyAction, KeyKind, PARKING_SPOTS,
};
use serde_json::{Map, Value};

use crate::api::{use_load, use_save, Crossbar};
use crate::components::error_notice::error_text;
use crate::components::form::{unique_id, SaveState};
use crate::components::loaded::Loaded;
use crate::hooks::watch;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::smartpbx_stamp;
use crate::routes::smartpbx::stamped;
use crate::routes::smartpbx::users::form::phone::provisioner_url;

/// One key's fields: what it does, the user / spot / number it does it with, its label.
#[derive(Clone, Copy)]
struct KeyRow {
    action: RwSignal<String>,
    value: RwSignal<String>,
    label: RwSignal<String>,
}

impl KeyRow {
    fn of(key: &Key) -> Self {
        let (action, value) = match &key.action {
            KeyAction::None => ("none", String::new()),
            KeyAction::Presence(u) => ("presence", u.clone()),
            KeyAction::Parking(s) => ("parking", s.to_string()),
            KeyAction::PersonalParking(u) => ("personal_parking", u.clone()),
            KeyAction::SpeedDial(n) => ("speed_dial", n.clone()),
            KeyAction::Line => ("line", String::new()),
        };
        KeyRow {
            action: RwSignal::new(action.into()),
            value: RwSignal::new(value),
            label: RwSignal::new(key.label.clone()),
        }
    }

    fn key(&self) -> Key {
        let value = self.value.get_untracked();
        let action = match self.action.get_untracked().as_str() {
            "presence" => KeyAction::Presence(value),
            "personal_parking" => KeyAction::PersonalParking(value),
            "speed_dial" => KeyAction::SpeedDial(value),
            "parking" => KeyAction::Parking(value.parse().ok().filter(|s| PARKING_SPOTS.contains(s)).unwrap_or(1)),
            "line" => KeyAction::Line,
            _ => KeyAction::None,
        };
        Key { action, label: self.label.get_untracked() }
    }
}

/// The provision PATCH: every key of each kind, an unused one as `null` (which removes
/// what was there).
fn keys_patch(kinds: &[(KeyKind, Vec<KeyRow>)]) -> Value {
    let mut provision = Map::new();
    for (kind, rows) in kinds {
        let keys: Map<String, Value> = rows
            .iter()
            .enumerate()
            .map(|(i, r)| (i.to_string(), stored_key(*kind, &r.key()).unwrap_or(Value::Null)))
            .collect();
        provision.insert(kind.field().into(), Value::Object(keys));
    }
    serde_json::json!({ "provision": provision })
}

#[component]
pub fn PhoneKeys(device: Value, users: Vec<(String, String)>) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let text =
        |k: &str| device.pointer(&format!("/provision/{k}")).and_then(Value::as_str).unwrap_or_default().to_string();
    let (brand, family, model) = (text("endpoint_brand"), text("endpoint_family"), text("endpoint_model"));
    let relative = format!("ui/{}/{}/{}", seg(&brand), seg(&family), seg(&model));
    let Some(url) = provisioner_url(&client, &relative).filter(|_| !brand.is_empty() && !model.is_empty()) else {
        return ().into_any();
    };
    let template = use_load(
        || t("action-load-phone-keys"),
        move |call| {
            let url = url.clone();
            async move { call.get_external(&url).await.map(|e| e.data) }
        },
    );
    view! {
        <Loaded load=template let:template>
            <KeysForm device=device.clone() users=users.clone() template=template />
        </Loaded>
    }
    .into_any()
}

#[component]
fn KeysForm(device: Value, users: Vec<(String, String)>, template: Value) -> impl IntoView {
    let counts = key_counts(&template);
    if counts.is_empty() {
        return ().into_any();
    }
    let client = expect_context::<Crossbar>();
    let name = device.get("name").and_then(Value::as_str).unwrap_or_default().to_string();
    let path = format!(
        "accounts/{}/devices/{}",
        seg(&client.account_id()),
        seg(&crate::routes::smartpbx::json::doc_id(&device))
    );
    let kinds: Vec<(KeyKind, Vec<KeyRow>)> =
        counts.iter().map(|(kind, n)| (*kind, keys_of(&device, *kind, *n).iter().map(KeyRow::of).collect())).collect();
    let kinds = StoredValue::new(kinds);
    let users = StoredValue::new(users);
    let state = SaveState::plain();
    let save = use_save(
        move |_: &Value| t_with("action-save-phone-keys", &[("name", arg(name.clone()))]),
        move |call, body: Value| {
            let path = path.clone();
            async move { call.patch(&path, stamped(body, &smartpbx_stamp())).await.map(|_| ()) }
        },
    );
    watch(move || match save.value().get() {
        Some(Ok(())) => state.saved(t("saved")),
        Some(Err(e)) => state.failed(error_text(&e), vec![]),
        None => {}
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        state.status.set(None);
        let problem = kinds.with_value(|kinds| {
            kinds.iter().find_map(|(kind, rows)| {
                let keys: Vec<Key> = rows.iter().map(KeyRow::key).collect();
                key_problems(&keys)
                    .first()
                    .map(|i| t_with("phone-key-incomplete", &[("key", arg(key_name(*kind, *i)))]))
            })
        });
        match problem {
            Some(p) => state.failed(p, vec![]),
            None => save.dispatch(kinds.with_value(|k| keys_patch(k))),
        }
    };
    view! {
        <form class="form settings-section" aria-labelledby="phone-keys-title" on:submit=submit novalidate=true>
            <h3 id="phone-keys-title">{t("phone-keys-title")}</h3>
            <p>{t("phone-keys-intro")}</p>
            {kinds.with_value(|kinds| kinds.iter().map(|(kind, rows)| {
                let legend = match kind { KeyKind::Combo => t("phone-keys-line"), KeyKind::Feature => t("phone-keys-feature") };
                view! {
                    <fieldset class="phone-keys">
                        <legend>{legend}</legend>
                        {rows.iter().enumerate().map(|(i, row)| key_fields(*kind, i, *row, users)).collect_view()}
                    </fieldset>
                }
            }).collect_view())}
            <div class="form-error" role="alert">{move || state.form_error.get()}</div>
            <div class="form-actions">
                <button type="submit" disabled=move || save.pending().get()>{t("phone-keys-save")}</button>
                <span role="status">{move || state.status.get()}</span>
            </div>
        </form>
    }
    .into_any()
}

/// "Line key 3", "Feature key 12".
fn key_name(kind: KeyKind, index: usize) -> String {
    let n = (index + 1).to_string();
    match kind {
        KeyKind::Combo => t_with("phone-key-line-n", &[("n", arg(n))]),
        KeyKind::Feature => t_with("phone-key-feature-n", &[("n", arg(n))]),
    }
}

fn key_fields(kind: KeyKind, index: usize, row: KeyRow, users: StoredValue<Vec<(String, String)>>) -> impl IntoView {
    let name = key_name(kind, index);
    let mut actions = vec![
        ("none", t("phone-key-none")),
        ("presence", t("phone-key-presence")),
        ("parking", t("phone-key-parking")),
        ("personal_parking", t("phone-key-personal-parking")),
        ("speed_dial", t("phone-key-speed-dial")),
    ];
    if kind == KeyKind::Combo {
        actions.push(("line", t("phone-key-line")));
    }
    let (action_id, label_id) = (unique_id("key-action"), unique_id("key-label"));
    let value_id = StoredValue::new(unique_id("key-value"));
    let action = row.action;
    let shows = move |wanted: &'static [&'static str]| move || wanted.contains(&action.get().as_str());
    let value_select = move |options: Vec<(String, String)>, label: String| {
        let value_id = value_id.get_value();
        view! {
            <div class="field">
                <label for=value_id.clone()>{label}</label>
                <select id=value_id on:change=move |ev| row.value.set(event_target_value(&ev))>
                    {std::iter::once((String::new(), "—".to_string())).chain(options).map(|(v, l)| {
                        let selected = { let v = v.clone(); move || row.value.get() == v };
                        view! { <option value=v selected=selected>{l}</option> }
                    }).collect_view()}
                </select>
            </div>
        }
    };
    let spots: Vec<(String, String)> = PARKING_SPOTS.map(|s| (s.to_string(), s.to_string())).collect();
    let user_label = t_with("phone-key-user-of", &[("key", arg(name.clone()))]);
    let spot_label = t_with("phone-key-spot-of", &[("key", arg(name.clone()))]);
    let number_label = t_with("phone-key-number-of", &[("key", arg(name.clone()))]);
    let label_label = t_with("phone-key-label-of", &[("key", arg(name.clone()))]);
    let number_id = unique_id("key-number");
    view! {
        <div class="phone-key">
            <div class="field">
                <label for=action_id.clone()>{t_with("phone-key-function-of", &[("key", arg(name.clone()))])}</label>
                <select id=action_id on:change=move |ev| { row.value.set(String::new()); action.set(event_target_value(&ev)); }>
                    {actions.into_iter().map(|(v, l)| {
                        let selected = move || action.get() == v;
                        view! { <option value=v selected=selected>{l}</option> }
                    }).collect_view()}
                </select>
            </div>
            <Show when=shows(&["presence", "personal_parking"])>
                {value_select(users.get_value(), user_label.clone())}
            </Show>
            <Show when=shows(&["parking"])>
                {
                    // A parking key starts on spot 1, as the form's first option.
                    if row.value.get_untracked().is_empty() { row.value.set("1".into()); }
                    value_select(spots.clone(), spot_label.clone())
                }
            </Show>
            <Show when=shows(&["speed_dial"])>
                <div class="field">
                    <label for=number_id.clone()>{number_label.clone()}</label>
                    <input id=number_id.clone() type="tel" prop:value=move || row.value.get() on:input=move |ev| row.value.set(event_target_value(&ev)) />
                </div>
            </Show>
            {(kind == KeyKind::Combo).then(|| view! {
                <Show when=shows(&["presence", "personal_parking", "speed_dial", "parking"])>
                    <div class="field">
                        <label for=label_id.clone()>{label_label.clone()}</label>
                        <input id=label_id.clone() type="text" maxlength=30 prop:value=move || row.label.get() on:input=move |ev| row.label.set(event_target_value(&ev)) />
                    </div>
                </Show>
            })}
        </div>
    }
}
