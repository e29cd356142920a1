//! One account's page: where it sits in the tree, its state, "Act as this account", its
//! settings, apps and billing, and the accounts below it.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};
use patchbay_crossbar::json::str_at;
use patchbay_crossbar::path::seg;
use patchbay_monster::holidays::GREGORIAN_UNIX_OFFSET;
use serde_json::Value;

use super::acting::{act_as, name_of};
use super::apps::AppsSection;
use super::billing::BillingSection;
use super::settings::SettingsForm;
use super::state::StateSection;
use super::sub_accounts::SubAccounts;
use crate::api::{use_load, use_save, Crossbar};
use crate::components::error_notice::error_text;
use crate::components::loaded::Loaded;
use crate::i18n::{self, arg, t, t_with};
use crate::routes::table::Screen;

/// What the page shows, read as one action.
#[derive(Clone)]
pub struct AccountPage {
    pub account: Value,
    /// From the signed-in account down to this one's parent: `(id, name)`.
    pub trail: Vec<(String, String)>,
}

#[component]
pub fn AccountScreen() -> impl IntoView {
    let params = use_params_map();
    let client = expect_context::<Crossbar>();
    let loaded = use_load(
        || t("action-open-account"),
        move |call| {
            let id = params.with(|p| p.get("id").unwrap_or_default());
            let own = client.own_account_id();
            async move {
                let path = format!("accounts/{}", seg(&id));
                let parents_path = format!("{path}/parents");
                let (account, parents) = futures::join!(call.get(&path), call.get(&parents_path));
                let parents = parents?.data.as_array().cloned().unwrap_or_default();
                // Only the part of the tree from the signed-in account down is theirs to see.
                let from_own = parents.iter().position(|p| str_at(p, "id") == own).unwrap_or(parents.len());
                let trail = parents[from_own..]
                    .iter()
                    .map(|p| (str_at(p, "id").to_string(), str_at(p, "name").to_string()))
                    .collect();
                Ok(AccountPage { account: account?.data, trail })
            }
        },
    );
    view! {
        <section class="screen accounts" aria-labelledby="account-title">
            <Loaded load=loaded let:page>
                <AccountView page=page reread=Callback::new(move |_| loaded.refetch()) />
            </Loaded>
        </section>
    }
}

#[component]
fn AccountView(page: AccountPage, reread: Callback<()>) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let navigate = use_navigate();
    let account = page.account.clone();
    let id = str_at(&account, "id").to_string();
    let name = name_of(&account);
    let own = id == client.own_account_id();
    // The new account's sections take over this page's place as soon as the session
    // changes (this page is the reseller's), so the way on is taken in the same step.
    let acting = use_save(
        |(_, name): &(String, String)| t_with("action-act-as", &[("account", arg(name.clone()))]),
        move |call, (id, name): (String, String)| {
            let navigate = navigate.clone();
            async move {
                act_as(&call, client, &id, &name).await?;
                navigate(&Screen::Home.href(), Default::default());
                Ok::<_, patchbay_crossbar::CrossbarError>(())
            }
        },
    );
    let act_error = RwSignal::new(None::<String>);
    crate::hooks::watch(move || {
        if let Some(Err(e)) = acting.value().get() {
            act_error.set(Some(error_text(&e)));
        }
    });
    let enabled = account.get("enabled").and_then(Value::as_bool).unwrap_or(true);
    let created = account.get("created").and_then(Value::as_i64).filter(|c| *c > GREGORIAN_UNIX_OFFSET).map(|c| {
        let language = i18n::language();
        i18n::format_timestamp_ms((c - GREGORIAN_UNIX_OFFSET) as f64 * 1000.0, &language, None)
    });
    let trail = page.trail.clone();
    let (act_id, act_name) = (id.clone(), name.clone());
    view! {
        <nav aria-label=t("accounts-trail")>
            <ol class="trail" role="list">
                <li><A href=Screen::Accounts.href()>{t("accounts-title")}</A></li>
                {trail.into_iter().skip(1).map(|(id, name)| view! {
                    <li><A href=Screen::Account(id).href()>{name}</A></li>
                }).collect_view()}
                <li aria-current="page">{name.clone()}</li>
            </ol>
        </nav>
        <h1 id="account-title">{name.clone()}</h1>
        <dl class="account-facts">
            <dt>{t("accounts-state")}</dt>
            <dd>{if enabled { t("accounts-enabled") } else { t("accounts-disabled") }}</dd>
            <dt>{t("accounts-col-realm")}</dt>
            <dd>{str_at(&account, "realm").to_string()}</dd>
            {created.map(|c| view! { <dt>{t("accounts-created-on")}</dt><dd>{c}</dd> })}
            <dt>{t("accounts-id")}</dt>
            <dd><code>{id.clone()}</code></dd>
        </dl>
        {(!own).then(|| view! {
            <p>
                <button type="button" class="primary" disabled=move || acting.pending().get()
                    on:click=move |_| acting.dispatch((act_id.clone(), act_name.clone()))>
                    {t("accounts-act-as")}
                </button>
                " "
                <span class="field__hint">{t("accounts-act-as-hint")}</span>
            </p>
            {move || act_error.get().map(|e| view! { <p role="alert" class="form-error">{e}</p> })}
        })}
        <SettingsForm account=account.clone() />
        <AppsSection account_id=id.clone() />
        <BillingSection account_id=id.clone() />
        <section aria-labelledby="sub-accounts-title">
            <h2 id="sub-accounts-title">{t("accounts-below")}</h2>
            <p>
                <A href=Screen::NewAccount(Some(id.clone())).href() attr:class="button">{t_with("accounts-new-below", &[("account", arg(name.clone()))])}</A>
            </p>
            <SubAccounts parent=id.clone() caption_key="accounts-below" />
        </section>
        {(!own).then(|| view! { <StateSection account=account.clone() reread=reread /> })}
    }
}
