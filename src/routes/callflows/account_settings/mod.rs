//! Callflows › Account settings (monster-ui-callflows `app.js` `renderAccountSettings`): the
//! account's caller IDs, music on hold, the callflow run before every call, outbound
//! flags and the blocklists in force. Saved as a PATCH of what changed (built by
//! `patchbay_monster::callflow::account_settings`), where Monster POSTs the whole account.

use leptos::prelude::*;
use leptos_router::components::A;
use patchbay_crossbar::paging::fetch_all_pages;
use patchbay_monster::callflow::account_settings::{settings_of, settings_patch, Settings, CALLER_ID_KINDS};
use patchbay_monster::stamp::UiMetadata;
use serde_json::Value;

use super::account_path;
use super::picker::{row_name, Picker};
use crate::api::{use_load, use_save};
use crate::components::doc_links::DocLinks;
use crate::components::error_notice::error_text;
use crate::components::form::{unique_id, CheckboxField, TextField};
use crate::components::loaded::Loaded;
use crate::config::RuntimeConfig;
use crate::hooks::watch;
use crate::i18n::t;
use crate::routes::smartpbx::json::str_field;
use crate::routes::table::Screen;
use patchbay_smartpbx::stamped;

#[derive(Clone)]
struct Read {
    account: Value,
    /// The account's blocklists: (id, name).
    blocklists: Vec<(String, String)>,
}

#[component]
pub fn AccountSettingsScreen() -> impl IntoView {
    let guide = expect_context::<RuntimeConfig>().docs.callflows_guide;
    let load = use_load(
        || t("action-open-account-settings"),
        |call| async move {
            let path = account_path();
            let lists = format!("{path}/blacklists");
            let (account, lists) = futures::join!(call.get(&path), fetch_all_pages(&call, &lists, ""));
            let blocklists = lists?.iter().map(|r| (str_field(r, "id").to_string(), row_name(r))).collect();
            Ok(Read { account: account?.data, blocklists })
        },
    );
    // Outside the form: a save whose conflict was resolved reads the account again and
    // draws the form afresh, and what the save said must outlive that.
    let said = RwSignal::new(None::<String>);
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <p><A href=Screen::Callflows.href()>{t("cf-back-to-list")}</A></p>
            <h2 id="screen-title">{t("cas-title")}</h2>
            <p>{t("cas-intro")}</p>
            <DocLinks guide=guide resources=vec!["/v2/accounts/x"] />
            <Loaded load=load reread=true let:read>
                <SettingsForm read=read said=said />
            </Loaded>
        </section>
    }
}

#[component]
fn SettingsForm(read: Read, said: RwSignal<Option<String>>) -> impl IntoView {
    let version = StoredValue::new(use_context::<RuntimeConfig>().and_then(|c| c.ui_metadata_version));
    let s = settings_of(&read.account);
    let caller_ids = s.caller_ids.clone().map(|(name, number)| (RwSignal::new(name), RwSignal::new(number)));
    let moh = RwSignal::new(s.music_on_hold.clone());
    let preflow = RwSignal::new(s.preflow.clone());
    let static_flags = RwSignal::new(s.static_flags.clone());
    let dynamic_flags = RwSignal::new(s.dynamic_flags.clone());
    let lists: Vec<(String, String, RwSignal<bool>)> = read
        .blocklists
        .iter()
        .map(|(id, name)| (id.clone(), name.clone(), RwSignal::new(s.blocklists.contains(id))))
        .collect();
    let lists = StoredValue::new(lists);
    let account = StoredValue::new(read.account);
    let error = RwSignal::new(None::<String>);
    let save = use_save(
        |_: &serde_json::Map<String, Value>| t("action-save-account-settings"),
        move |call, patch: serde_json::Map<String, Value>| {
            let meta = UiMetadata::callflows(version.get_value().as_deref());
            async move { call.patch(&account_path(), stamped(Value::Object(patch), &meta)).await.map(|e| e.data) }
        },
    );
    watch(move || match save.value().get() {
        // The answer is the account as stored now: the next save compares with it.
        Some(Ok(stored)) => {
            account.set_value(stored);
            error.set(None);
            said.set(Some(t("saved")));
        }
        Some(Err(e)) => error.set(Some(error_text(&e))),
        None => {}
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let now = Settings {
            caller_ids: caller_ids.map(|(name, number)| (name.get_untracked(), number.get_untracked())),
            music_on_hold: moh.get_untracked(),
            preflow: preflow.get_untracked(),
            static_flags: static_flags.get_untracked(),
            dynamic_flags: dynamic_flags.get_untracked(),
            // Blocklists the account names that no longer exist stay as they are.
            blocklists: {
                let mut kept: Vec<String> = settings_of(&account.get_value())
                    .blocklists
                    .into_iter()
                    .filter(|id| lists.with_value(|l| !l.iter().any(|(known, _, _)| known == id)))
                    .collect();
                kept.extend(lists.with_value(|l| {
                    l.iter().filter(|(_, _, on)| on.get_untracked()).map(|(id, _, _)| id.clone()).collect::<Vec<_>>()
                }));
                kept
            },
        };
        let patch = account.with_value(|a| settings_patch(a, &now));
        if patch.is_empty() {
            return said.set(Some(t("cfc-nothing-changed")));
        }
        said.set(None);
        save.dispatch(patch);
    };
    let (moh_id, preflow_id) = (unique_id("cas-moh"), unique_id("cas-preflow"));
    view! {
        <form class="form" novalidate=true on:submit=submit>
            {CALLER_ID_KINDS.into_iter().zip(caller_ids).map(|(kind, (name, number))| view! {
                <fieldset>
                    <legend>{t(&format!("cas-caller-id-{kind}"))}</legend>
                    <p class="field__hint">{t(&format!("cas-caller-id-{kind}-hint"))}</p>
                    <TextField label=t(&format!("cas-caller-id-{kind}-name")) value=name maxlength=35 />
                    <TextField label=t(&format!("cas-caller-id-{kind}-number")) value=number maxlength=35 />
                </fieldset>
            }).collect_view()}
            <fieldset>
                <legend>{t("cas-calls")}</legend>
                <Picker id=moh_id label=t("cas-moh") value=moh collection="media" silence=true />
                <Picker id=preflow_id label=t("cas-preflow") value=preflow collection="callflows" />
                <TextField label=t("cas-static-flags") value=static_flags hint=t("cas-flags-hint") />
                <TextField label=t("cas-dynamic-flags") value=dynamic_flags hint=t("cas-flags-hint") />
            </fieldset>
            <fieldset>
                <legend>{t("cas-blocklists")}</legend>
                {move || lists.with_value(Vec::is_empty).then(|| view! {
                    <p>{t("cas-no-blocklists")}" "<A href=Screen::Entities("blocklists").href()>{t("ent-blocklists-title")}</A></p>
                })}
                {lists.get_value().into_iter().map(|(_, name, on)| view! { <CheckboxField label=name checked=on /> }).collect_view()}
            </fieldset>
            <div class="form-error" role="alert">{move || error.get()}</div>
            <div class="form-actions">
                <button type="submit" class="primary" disabled=move || save.pending().get()>{t("save")}</button>
                <span role="status">{move || said.get()}</span>
            </div>
        </form>
    }
}
