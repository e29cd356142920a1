//! Which apps an account has and who in it may open each (`apps_store`: all users,
//! admins, or chosen people), as Monster's app store sets them (monster-ui
//! `src/apps/appstore/app.js`).

use leptos::prelude::*;
use patchbay_crossbar::json::str_at;
use patchbay_crossbar::path::seg;
use patchbay_monster::account::AppAccess;
use patchbay_monster::UiMetadata;
use patchbay_smartpbx::accounts::set_app_access;
use serde_json::Value;

use crate::api::{fetch_all_pages, use_load, use_save};
use crate::components::error_notice::error_text;
use crate::components::form::{unique_id, SelectField};
use crate::components::loaded::Loaded;
use crate::hooks::watch;
use crate::i18n::{self, t};

/// An app's name for people: its label in the language in use, else in English, else
/// its id-like name.
pub fn app_label(app: &Value) -> String {
    let language = i18n::language();
    [language.as_str(), "en-US"]
        .iter()
        .find_map(|l| app.pointer(&format!("/i18n/{l}/label")).and_then(Value::as_str))
        .unwrap_or_else(|| str_at(app, "name"))
        .to_string()
}

/// The choices of "Who may open it", keyed as the select's values.
pub fn access_options(chosen_key: &'static str) -> Signal<Vec<(String, String)>> {
    Signal::derive(move || {
        vec![
            ("none".into(), t("apps-not-installed")),
            ("all".into(), t("apps-all-users")),
            ("admins".into(), t("apps-admins")),
            ("specific".into(), t(chosen_key)),
        ]
    })
}

pub fn access_key(access: &AppAccess) -> &'static str {
    match access {
        AppAccess::NotInstalled => "none",
        AppAccess::All => "all",
        AppAccess::Admins => "admins",
        AppAccess::Specific(_) => "specific",
    }
}

pub fn access_of(key: &str, chosen: Vec<String>) -> AppAccess {
    match key {
        "all" => AppAccess::All,
        "admins" => AppAccess::Admins,
        "specific" => AppAccess::Specific(chosen),
        _ => AppAccess::NotInstalled,
    }
}

#[derive(Clone)]
struct AppRow {
    id: String,
    label: String,
    stored: AppAccess,
    key: RwSignal<String>,
    chosen: RwSignal<Vec<String>>,
}

#[component]
pub fn AppsSection(account_id: String) -> impl IntoView {
    let account = StoredValue::new(account_id);
    let loaded = use_load(
        || t("action-open-account-apps"),
        move |call| {
            let base = format!("accounts/{}", seg(&account.get_value()));
            async move { Ok(call.get(&format!("{base}/apps_store")).await?.data.as_array().cloned().unwrap_or_default()) }
        },
    );
    view! {
        <section aria-labelledby="account-apps-title">
            <h2 id="account-apps-title">{t("apps-title")}</h2>
            <p>{t("apps-intro")}</p>
            <Loaded load=loaded let:apps>
                <AppsForm account=account.get_value() apps=apps />
            </Loaded>
        </section>
    }
}

#[component]
fn AppsForm(account: String, apps: Vec<Value>) -> impl IntoView {
    let rows: Vec<AppRow> = apps
        .iter()
        .map(|app| {
            let stored = AppAccess::of_entry(app);
            let chosen = match &stored {
                AppAccess::Specific(ids) => ids.clone(),
                _ => vec![],
            };
            AppRow {
                id: str_at(app, "id").to_string(),
                label: app_label(app),
                key: RwSignal::new(access_key(&stored).to_string()),
                chosen: RwSignal::new(chosen),
                stored,
            }
        })
        .collect();
    let rows = StoredValue::new(rows);
    let account = StoredValue::new(account);
    let status = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let write = use_save(
        |_: &()| t("action-save-account-apps"),
        move |call, _: ()| async move {
            let meta = UiMetadata::accounts(None);
            let mut saved = vec![];
            for row in rows.get_value() {
                let after = access_of(&row.key.get_untracked(), row.chosen.get_untracked());
                set_app_access(&call, &meta, &account.get_value(), &row.id, &row.stored, &after).await?;
                saved.push((row.id.clone(), after));
            }
            Ok::<_, patchbay_crossbar::CrossbarError>(saved)
        },
    );
    watch(move || match write.value().get() {
        Some(Ok(saved)) => {
            rows.update_value(|rows| {
                for row in rows.iter_mut() {
                    if let Some((_, after)) = saved.iter().find(|(id, _)| *id == row.id) {
                        row.stored = after.clone();
                    }
                }
            });
            error.set(None);
            status.set(Some(t("saved")));
        }
        Some(Err(e)) => {
            status.set(None);
            error.set(Some(error_text(&e)));
        }
        None => {}
    });
    // The account's people are read only once some app is for chosen people: most accounts
    // never need the list, and a large account's list is many pages.
    let wanted = RwSignal::new(false);
    watch(move || {
        if rows.with_value(|rows| rows.iter().any(|row| row.key.get() == "specific")) {
            wanted.set(true);
        }
    });
    let people = use_load(
        || t("action-open-account-people"),
        move |call| {
            let path = format!("accounts/{}/users", seg(&account.get_value()));
            let wanted = wanted.get();
            async move {
                if !wanted {
                    return Ok(vec![]);
                }
                let users = fetch_all_pages(&call, &path, "").await?;
                Ok(users
                    .iter()
                    .map(|u| {
                        let name = format!("{} {}", str_at(u, "first_name"), str_at(u, "last_name"));
                        (str_at(u, "id").to_string(), name.trim().to_string())
                    })
                    .collect::<Vec<_>>())
            }
        },
    );
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        status.set(None);
        write.dispatch(());
    };
    view! {
        <form on:submit=on_submit>
            {rows.get_value().into_iter().map(|row| {
                let key = row.key;
                let chosen = row.chosen;
                view! {
                    <div class="app-access">
                        <SelectField label=row.label.clone() value=key options=access_options("apps-chosen-people") />
                        <Show when=move || key.get() == "specific">
                            <fieldset class="app-people">
                                <legend>{t("apps-who")}</legend>
                                <Loaded load=people let:people>
                                {people.into_iter().map(|(id, name)| {
                                    let box_id = unique_id("app-person");
                                    let (id_check, id_set) = (id.clone(), id.clone());
                                    view! {
                                        <div class="checkbox">
                                            <input type="checkbox" id=box_id.clone()
                                                prop:checked=move || chosen.with(|c| c.contains(&id_check))
                                                on:change=move |ev| {
                                                    let on = event_target_checked(&ev);
                                                    chosen.update(|c| {
                                                        c.retain(|x| *x != id_set);
                                                        if on { c.push(id_set.clone()) }
                                                    });
                                                } />
                                            <label for=box_id>{name}</label>
                                        </div>
                                    }
                                }).collect_view()}
                                </Loaded>
                            </fieldset>
                        </Show>
                    </div>
                }
            }).collect_view()}
            <div class="form-error" role="alert">{move || error.get()}</div>
            <p class="form-actions">
                <button type="submit" class="primary" disabled=move || write.pending().get()>{t("apps-save")}</button>
                <span role="status">{move || status.get()}</span>
            </p>
        </form>
    }
}
