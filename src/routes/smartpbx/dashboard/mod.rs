//! Smart PBX › Dashboard ("myOffice"): how many users, devices (and how many are not
//! registered) and numbers the office has, its main / conference / fax numbers, the
//! company caller ID with its CNAM and E911, and the account's music on hold. Like
//! Smart PBX, opening it creates the main voicemail box when the account has none.

mod caller_id;
mod load;
mod music;

use leptos::prelude::*;

use crate::hooks::watch;
use patchbay_crossbar::CrossbarError;
use serde_json::Value;

use super::smartpbx_stamp;
use crate::api::{use_load, ActionScope, Crossbar, Rounds};
use crate::components::doc_links::DocLinks;
use crate::components::error_notice::error_text;
use crate::components::loaded::{reread_then_say, Loaded};
use crate::config::RuntimeConfig;
use crate::i18n::{arg, t, t_with};
use caller_id::CallerIdForm;
use load::{count_people, create_main_vmbox, load, Counts, Office};
use music::MusicOnHoldForm;
use patchbay_monster::UiMetadata;

#[component]
pub fn DashboardScreen() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let guide = expect_context::<RuntimeConfig>().docs.smartpbx_guide;
    let meta = StoredValue::new(smartpbx_stamp());
    // Outside the part that reloads, so a "saved" line survives the reload.
    let notice = RwSignal::new(None::<String>);
    let office = use_load(
        || t("action-open-dashboard"),
        move |call| {
            let account = client.account_id();
            let meta = meta.get_value();
            async move { open(client, &call, &meta, &account, notice).await }
        },
    );
    let saved = reread_then_say(office, notice);
    // The counts walk whole collections, so they start once the screen is shown, one
    // collection at a time, and stop when the screen is left.
    let counts = RwSignal::new(Counts::default());
    let counting = Rounds::new();
    let started = StoredValue::new(false);
    watch(move || {
        if started.get_value() || !office.is_ready() {
            return;
        }
        started.set_value(true);
        let call = counting.scope(client, t("action-count-office"));
        let account = client.account_id();
        leptos::task::spawn_local(async move {
            if let Err(e) = count_people(&call, &account, counts).await {
                if e != CrossbarError::Cancelled {
                    notice.try_set(Some(t_with("dashboard-count-failed", &[("error", arg(error_text(&e)))])));
                }
            }
        });
    });
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h2 id="screen-title">{t("spbx-dashboard")}</h2>
            <DocLinks guide=guide resources=vec!["/v2/accounts/x", "/v2/accounts/x/phone_numbers", "/v2/accounts/x/vmboxes", "/v2/accounts/x/media"] />
            <p class="notice-line" role="status">{move || notice.get()}</p>
            <Loaded load=office reread=true let:o>
                <OfficeView office=o counts=counts on_saved=saved />
            </Loaded>
        </section>
    }
}

/// Opening the dashboard: its figures, and the main voicemail box made when it is
/// missing, as Smart PBX's `getOrCreateMainVMBox` does on each visit.
async fn open(
    client: Crossbar,
    call: &ActionScope,
    meta: &UiMetadata,
    account: &str,
    notice: RwSignal<Option<String>>,
) -> Result<Office, CrossbarError> {
    let mut loaded = load(call, account).await?;
    if loaded.main_vmbox.is_none() {
        // Its own action, and not cancelled with the screen's reads: a write is finished.
        let create = client.action(t("action-create-main-vmbox"));
        match create_main_vmbox(&create, meta, account).await {
            Ok(doc) => {
                loaded.main_vmbox = Some(doc);
                notice.set(Some(t("main-vmbox-created")));
            }
            Err(e) => notice.set(Some(t_with("main-vmbox-create-failed", &[("error", arg(error_text(&e)))]))),
        }
    }
    Ok(loaded)
}

fn number_list(numbers: Vec<String>) -> AnyView {
    if numbers.is_empty() {
        view! { <p>{t("dashboard-no-number")}</p> }.into_any()
    } else {
        view! { <ul>{numbers.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul> }.into_any()
    }
}

fn text_at(v: &Value, pointer: &str) -> Option<String> {
    v.pointer(pointer).and_then(Value::as_str).filter(|s| !s.is_empty()).map(str::to_string)
}

#[component]
fn OfficeView(office: Office, counts: RwSignal<Counts>, on_saved: Callback<String>) -> impl IntoView {
    let numbers = office.numbers;
    let figures: [(&'static str, Signal<Option<usize>>); 4] = [
        ("dashboard-users", Signal::derive(move || counts.get().users)),
        ("dashboard-devices", Signal::derive(move || counts.get().devices)),
        ("dashboard-unregistered", Signal::derive(move || counts.get().unregistered)),
        ("dashboard-numbers", Signal::derive(move || Some(numbers))),
    ];
    let external = text_at(&office.account, "/caller_id/external/number");
    let external_name = text_at(&office.account, "/caller_id/external/name");
    let emergency = text_at(&office.account, "/caller_id/emergency/number");
    let vmbox = office.main_vmbox.clone().map(|v| {
        let name = text_at(&v, "/name").unwrap_or_default();
        let mailbox = text_at(&v, "/mailbox").unwrap_or_default();
        t_with("main-vmbox-line", &[("name", arg(name)), ("mailbox", arg(mailbox))])
    });
    let special = office.special.clone();
    view! {
        <dl class="counts" aria-label=t("dashboard-counts")>
            {figures.into_iter().map(|(key, n)| view! {
                <div class="count">
                    <dt>{t(key)}</dt>
                    <dd aria-busy=move || n.get().is_none().then_some("true")>
                        {move || n.get().map_or_else(|| t("dashboard-counting"), |n| n.to_string())}
                    </dd>
                </div>
            }).collect_view()}
        </dl>
        <div class="dashboard-numbers">
            <section aria-labelledby="main-numbers-title">
                <h3 id="main-numbers-title">{t("dashboard-main-numbers")}</h3>
                {number_list(special.main.clone())}
            </section>
            <section aria-labelledby="conference-numbers-title">
                <h3 id="conference-numbers-title">{t("dashboard-conference-numbers")}</h3>
                {number_list(special.conference)}
            </section>
            <section aria-labelledby="fax-numbers-title">
                <h3 id="fax-numbers-title">{t("dashboard-fax-numbers")}</h3>
                {number_list(special.faxing)}
            </section>
        </div>
        <p>{vmbox.unwrap_or_else(|| t("main-vmbox-missing"))}</p>
        <dl class="caller-id-summary">
            <dt>{t("caller-id-current")}</dt>
            <dd>{match (external, external_name) {
                (Some(n), Some(name)) => format!("{n} ({name})"),
                (Some(n), None) => n,
                _ => t("caller-id-not-set"),
            }}</dd>
            <dt>{t("caller-id-emergency")}</dt>
            <dd>{emergency.unwrap_or_else(|| t("caller-id-not-set"))}</dd>
        </dl>
        <CallerIdForm account=office.account.clone() main_numbers=special.main on_saved=on_saved />
        <MusicOnHoldForm account=office.account media=office.media on_saved=on_saved />
    }
}
