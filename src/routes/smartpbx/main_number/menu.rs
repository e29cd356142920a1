//! A period's virtual receptionist (monster-ui-voip `submodules/strategy/strategy.js`
//! `strategyBindMenuPopupEvents`): a spoken greeting on the `<label>Menu` menu, and key options on its
//! menu callflow, where users are reached through their main callflow and groups through their
//! `userGroup` callflow.

use leptos::prelude::*;
use patchbay_monster::call_handling::{menu_children, menu_options, validate_menu, MenuError, MenuTarget, MENU_KEYS};
use serde_json::{Map, Value};

use super::data::load_menu;
use super::data::{Choices, Office};
use super::use_section_save;
use super::write::{save_menu, MenuGreeting};
use crate::api::{fetch_all_pages, use_load, Crossbar};
use crate::components::form::bound;
use crate::components::form::SaveState;
use crate::components::form::TextField;
use crate::components::leave_guard::use_unsaved_form;
use crate::components::loaded::Loaded;
use crate::components::media_player::{use_playback, Player};
use crate::components::media_select::{media_choices, MediaSelect};
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::json::doc_id;
use crate::routes::smartpbx::smartpbx_stamp;
use patchbay_crossbar::path::seg;

/// One key option being edited: `target` is a `<select>` value (`user:<id>` …, or
/// `keep:<key>` for a node this editor cannot describe, written back unchanged).
#[derive(Clone, Copy)]
struct Row {
    key: RwSignal<String>,
    target: RwSignal<String>,
}

fn target_value(t: &MenuTarget, key: &str, c: &Choices) -> String {
    let owner = |map: &std::collections::BTreeMap<String, String>, id: &str| {
        map.iter().find(|(_, cf)| cf.as_str() == id).map(|(o, _)| o.clone())
    };
    match t {
        MenuTarget::Callflow(id) => {
            if let Some(u) = owner(&c.user_callflows, id) {
                format!("user:{u}")
            } else if let Some(g) = owner(&c.user_groups, id) {
                format!("group:{g}")
            } else if c.advanced.iter().any(|(a, _)| a == id) {
                format!("callflow:{id}")
            } else {
                format!("keep:{key}")
            }
        }
        MenuTarget::Voicemail(id) => format!("vmbox:{id}"),
        MenuTarget::Directory(id) => format!("directory:{id}"),
        _ => format!("keep:{key}"),
    }
}

fn target_of(value: &str, c: &Choices) -> Option<MenuTarget> {
    let (kind, id) = value.split_once(':')?;
    Some(match kind {
        "user" => MenuTarget::Callflow(c.user_callflows.get(id)?.clone()),
        "group" => MenuTarget::Callflow(c.user_groups.get(id)?.clone()),
        "callflow" => MenuTarget::Callflow(id.into()),
        "vmbox" => MenuTarget::Voicemail(id.into()),
        "directory" => MenuTarget::Directory(id.into()),
        _ => return None,
    })
}

fn key_name(k: &str) -> String {
    match k {
        "_" => t("menu-key-default"),
        "timeout" => t("menu-key-timeout"),
        "*" => t("menu-key-star"),
        digit => digit.to_string(),
    }
}

/// The "Edit the virtual receptionist" toggle; the receptionist's callflow and menu are
/// read the first time it opens, and its form then stays (hidden when closed, so nothing
/// typed is lost by closing it).
#[component]
pub fn MenuEditor(label: &'static str, office: StoredValue<Office>, on_saved: Callback<String>) -> impl IntoView {
    let period = t(&format!("period-{label}"));
    let menu_cf_id = office.with_value(|o| o.menu_callflows.get(label).map(doc_id).unwrap_or_default());
    if menu_cf_id.is_empty() {
        // Opening Main Number again recreates a missing receptionist.
        return view! { <p>{t_with("menu-missing", &[("period", arg(period))])}</p> }.into_any();
    }
    let open = RwSignal::new(false);
    let opened = RwSignal::new(false);
    let toggle_label = t_with("menu-edit", &[("period", arg(period.clone()))]);
    let region = format!("menu-{label}");
    view! {
        <p>
            <button type="button" aria-expanded=move || open.get().to_string() aria-controls=region.clone()
                on:click=move |_| { opened.set(true); open.update(|o| *o = !*o); }>
                {toggle_label}
            </button>
        </p>
        <div id=region hidden=move || !open.get()>
            <Show when=move || opened.get()>
                <MenuLoader label=label menu_cf_id=menu_cf_id.clone() office=office on_saved=on_saved />
            </Show>
        </div>
    }
    .into_any()
}

#[component]
fn MenuLoader(
    label: &'static str,
    menu_cf_id: String,
    office: StoredValue<Office>,
    on_saved: Callback<String>,
) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let period = t(&format!("period-{label}"));
    let loaded = {
        let period = period.clone();
        use_load(
            move || t_with("action-open-menu", &[("period", arg(period.clone()))]),
            move |call| {
                let (id, account) = (menu_cf_id.clone(), client.account_id());
                async move { load_menu(&call, &account, &id).await }
            },
        )
    };
    view! {
        <Loaded load=loaded let:found>
            {match found {
                (menu_cf, Some(menu)) => view! { <MenuForm label=label menu=menu menu_cf=menu_cf office=office on_saved=on_saved /> }.into_any(),
                (_, None) => view! { <p>{t_with("menu-missing", &[("period", arg(period.clone()))])}</p> }.into_any(),
            }}
        </Loaded>
    }
}

/// A receptionist's greeting and key options.
#[component]
fn MenuForm(
    label: &'static str,
    menu: Value,
    menu_cf: Value,
    office: StoredValue<Office>,
    on_saved: Callback<String>,
) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let notice = expect_context::<SaveState>().status;
    let meta = StoredValue::new(smartpbx_stamp());
    let choices = office.with_value(|o| o.choices.clone());
    let period = t(&format!("period-{label}"));
    let stored_greeting = menu.pointer("/media/greeting").and_then(Value::as_str).unwrap_or_default().to_string();
    let has_greeting = !stored_greeting.is_empty();
    // The recording chosen below; the stored one until changed.
    let recording = RwSignal::new(stored_greeting.clone());
    let stored_greeting = StoredValue::new(stored_greeting);
    let stored = menu_options(menu_cf.get("flow").unwrap_or(&Value::Null));
    let originals: Map<String, Value> =
        menu_cf.pointer("/flow/children").and_then(Value::as_object).cloned().unwrap_or_default();
    let mut initial: Vec<Row> = stored
        .iter()
        .map(|(k, target)| Row {
            key: RwSignal::new(k.clone()),
            target: RwSignal::new(target_value(target, k, &choices)),
        })
        .collect();
    initial.push(Row { key: RwSignal::new(String::new()), target: RwSignal::new(String::new()) });
    let rows = RwSignal::new(initial);
    let greeting = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    // Asked about before leaving the screen with options or a greeting not saved yet (a
    // row added and left empty is no change).
    let unsaved = use_unsaved_form(move || {
        let options: Vec<(String, String)> = rows
            .get_untracked()
            .iter()
            .map(|r| (r.key.get_untracked(), r.target.get_untracked()))
            .filter(|(k, t)| !k.is_empty() || !t.is_empty())
            .collect();
        (options, greeting.get_untracked(), recording.get_untracked())
    });
    let (menu, menu_cf, choices, originals) =
        (StoredValue::new(menu), StoredValue::new(menu_cf), StoredValue::new(choices), StoredValue::new(originals));

    let period_for_save = period.clone();
    let greeting_field = greeting;
    type MenuSave = (MenuGreeting, Map<String, Value>, String);
    let write = use_section_save(
        |(_, _, period): &MenuSave| t_with("action-save-menu", &[("period", arg(period.clone()))]),
        move |call, (greeting, children, period): MenuSave| {
            let (meta, menu, menu_cf, account) =
                (meta.get_value(), menu.get_value(), menu_cf.get_value(), client.account_id());
            let spoken_or_chosen = match &greeting {
                MenuGreeting::Recording(id) => Some(id.clone().unwrap_or_default()),
                _ => None,
            };
            async move {
                save_menu(
                    &call,
                    &meta,
                    &account,
                    label,
                    &menu,
                    &menu_cf,
                    greeting,
                    children,
                    js_sys::Date::now() as u64,
                )
                .await?;
                greeting_field.set(String::new());
                if let Some(id) = spoken_or_chosen {
                    stored_greeting.set_value(id.clone());
                    recording.set(id);
                }
                unsaved.saved();
                Ok(t_with("menu-saved", &[("period", arg(period))]))
            }
        },
        error,
        on_saved,
    );
    let busy = write.pending();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        notice.set(None);
        let c = choices.get_value();
        let mut typed: Vec<(String, MenuTarget)> = vec![];
        let mut kept: Map<String, Value> = Map::new();
        for r in rows.get_untracked() {
            let (key, target) = (r.key.get_untracked(), r.target.get_untracked());
            if target.is_empty() {
                continue;
            }
            if key.is_empty() {
                error.set(Some(t("menu-key-required")));
                return;
            }
            if let Some(old_key) = target.strip_prefix("keep:") {
                if let Some(node) = originals.with_value(|o| o.get(old_key).cloned()) {
                    typed.push((key.clone(), MenuTarget::Voicemail(String::new())));
                    kept.insert(key, node);
                }
                continue;
            }
            match target_of(&target, &c) {
                Some(t) => typed.push((key, t)),
                None => {
                    error.set(Some(t("menu-target-required")));
                    return;
                }
            }
        }
        if let Err(MenuError::DuplicateKey(k) | MenuError::UnknownKey(k)) = validate_menu(&typed) {
            error.set(Some(t_with("menu-key-twice", &[("key", arg(key_name(&k)))])));
            return;
        }
        let mut children = menu_children(&typed);
        for (k, node) in kept {
            children.insert(k, node);
        }
        error.set(None);
        // Typed text wins (a new spoken greeting); else a recording chosen in place of the
        // stored one; else the greeting stays.
        let text = greeting.get_untracked().trim().to_string();
        let chosen = recording.get_untracked();
        let greeting = if !text.is_empty() {
            MenuGreeting::Spoken(text)
        } else if chosen != stored_greeting.get_value() {
            MenuGreeting::Recording(Some(chosen).filter(|c| !c.is_empty()))
        } else {
            MenuGreeting::Keep
        };
        write.dispatch((greeting, children, period_for_save.clone()));
    };

    let target_options = choices.with_value(|c| {
        let users: Vec<(String, String)> =
            c.users.iter().filter(|(u, _)| c.user_callflows.contains_key(u)).cloned().collect();
        let groups: Vec<(String, String)> =
            c.groups.iter().filter(|(g, _)| c.user_groups.contains_key(g)).cloned().collect();
        (users, groups, c.vmboxes.clone(), c.directories.clone(), c.advanced.clone())
    });
    let target_options = StoredValue::new(target_options);
    let add_row = move |_| {
        rows.update(|r| r.push(Row { key: RwSignal::new(String::new()), target: RwSignal::new(String::new()) }))
    };
    view! {
            <form class="form" on:submit=submit novalidate=true aria-labelledby=format!("menu-{label}-title")>
                <h4 id=format!("menu-{label}-title")>{t_with("menu-title", &[("period", arg(period.clone()))])}</h4>
                <TextField
                    label=t_with("menu-greeting", &[("period", arg(period.clone()))])
                    value=greeting
                    maxlength=1000
                    hint=if has_greeting { t("menu-greeting-hint-set") } else { t("menu-greeting-hint") }
                />
                <GreetingRecording period=period.clone() recording=recording />
                <table class="table">
                    <caption>{t_with("menu-options", &[("period", arg(period.clone()))])}</caption>
                    <thead><tr><th scope="col">{t("menu-col-key")}</th><th scope="col">{t("menu-col-target")}</th></tr></thead>
                    <tbody>
                        {
                            let period = period.clone();
                            move || rows.get().into_iter().enumerate().map(|(i, r)| {
                                let n = i + 1;
                                let names = [("period", arg(period.clone())), ("n", arg(n.to_string()))];
                                let key_id = format!("menu-{label}-{n}-key");
                                let target_id = format!("menu-{label}-{n}-target");
                                let (users, groups, vmboxes, dirs, advanced) = target_options.get_value();
                                let kept = r.target.get_untracked().starts_with("keep:").then(|| {
                                    let v = r.target.get_untracked();
                                    view! { <option value=v>{t("menu-target-kept")}</option> }
                                });
                                view! {
                                    <tr>
                                        <td>
                                            <label class="visually-hidden" for=key_id.clone()>{t_with("menu-option-key", &names)}</label>
                                            <select id=key_id node_ref=bound(r.key) on:change=move |ev| r.key.set(event_target_value(&ev))>
                                                <option value="">"—"</option>
                                                {MENU_KEYS.iter().map(|k| view! { <option value=*k>{key_name(k)}</option> }).collect_view()}
                                            </select>
                                        </td>
                                        <td>
                                            <label class="visually-hidden" for=target_id.clone()>{t_with("menu-option-target", &names)}</label>
                                            <select id=target_id node_ref=bound(r.target) on:change=move |ev| r.target.set(event_target_value(&ev))>
                                                <option value="">{t("menu-target-none")}</option>
                                                {kept}
                                                <optgroup label=t("calls-users")>
                                                    {users.into_iter().map(|(u, n)| view! { <option value=format!("user:{u}")>{n}</option> }).collect_view()}
                                                </optgroup>
                                                <optgroup label=t("calls-groups")>
                                                    {groups.into_iter().map(|(g, n)| view! { <option value=format!("group:{g}")>{n}</option> }).collect_view()}
                                                </optgroup>
                                                <optgroup label=t("menu-vmboxes")>
                                                    {vmboxes.into_iter().map(|(v, n)| view! { <option value=format!("vmbox:{v}")>{n}</option> }).collect_view()}
                                                </optgroup>
                                                <optgroup label=t("menu-directories")>
                                                    {dirs.into_iter().map(|(d, n)| view! { <option value=format!("directory:{d}")>{n}</option> }).collect_view()}
                                                </optgroup>
                                                <optgroup label=t("calls-advanced")>
                                                    {advanced.into_iter().map(|(a, n)| view! { <option value=format!("callflow:{a}")>{n}</option> }).collect_view()}
                                                </optgroup>
                                            </select>
                                        </td>
                                    </tr>
                                }
                            }).collect_view()
                        }
                    </tbody>
                </table>
                <p><button type="button" aria-label=t_with("menu-add-option-for", &[("period", arg(period.clone()))]) on:click=add_row>{t("menu-add-option")}</button></p>
                <div class="form-error" role="alert">{move || error.get()}</div>
                <div class="form-actions">
                    <button type="submit" class="primary" disabled=move || busy.get()>{t_with("menu-save", &[("period", arg(period.clone()))])}</button>
                </div>
            </form>
    }
}

/// The receptionist's greeting as a recording: one of the account's media, played here,
/// or a file uploaded on the spot. The media are read when the editor is first opened.
#[component]
fn GreetingRecording(period: String, recording: RwSignal<String>) -> impl IntoView {
    let path = format!("accounts/{}/media", seg(&expect_context::<Crossbar>().account_id()));
    let media = use_load(
        || t("action-open-media-list"),
        move |call| {
            let path = path.clone();
            async move { fetch_all_pages(&call, &path, "").await }
        },
    );
    let playback = use_playback();
    let what = t_with("menu-greeting-recording", &[("period", arg(period))]);
    view! {
        <Loaded load=media let:media>
            <MediaSelect
                what=what.clone()
                choices=RwSignal::new(media_choices(&media))
                selected=recording
                meta=smartpbx_stamp()
                playback=playback
            />
        </Loaded>
        <Player playback=playback />
    }
}
