//! Smart PBX › Dashboard ("myOffice"): how many users, devices (and how many are not
//! registered) and numbers the office has, its main / conference / fax numbers, the
//! company caller ID with its CNAM and E911, and the account's music on hold. Like
//! Smart PBX, opening it creates the main voicemail box when the account has none.

mod caller_id;
mod load;
mod music;

use leptos::prelude::*;
use patchbay_monster::phone::readable;

use crate::hooks::watch;
use patchbay_crossbar::CrossbarError;
use serde_json::Value;

use super::smartpbx_stamp;
use crate::api::{use_load, ActionScope, Crossbar, Rounds};
use crate::components::doc_links::DocLinks;
use crate::components::error_notice::{error_text, ErrorNotice};
use crate::components::loaded::{part_of, reread_then_say_at, Loaded};
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
    let saved = reread_then_say_at(office);
    // The last answer read. After a save the office is read again, and each part of the
    // screen is drawn again only when its own share changed: music on hold chosen but
    // not saved yet stays chosen while the caller ID is saved, and the reverse.
    let latest = RwSignal::new(None::<Office>);
    watch(move || {
        if let Some(Ok(answer)) = office.get() {
            latest.set(Some(answer));
        }
    });
    // A re-read that failed after a save: said above the cards, which stay.
    let reread_failed = move || match office.get() {
        Some(Err(CrossbarError::Cancelled)) | Some(Ok(_)) | None => None,
        Some(Err(error)) => latest.with(Option::is_some).then_some(error),
    };
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
            <Show
                when=move || latest.with(Option::is_some)
                fallback=move || view! { <Loaded load=office let:_first>{""}</Loaded> }
            >
                {move || reread_failed().map(|error| {
                    let error = Signal::derive(move || Some(error.clone()));
                    view! { <ErrorNotice error=error on_retry=Callback::new(move |_| office.refetch()) /> }
                })}
                <OfficeView office=latest counts=counts saved=saved />
            </Show>
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
        view! { <ul>{numbers.into_iter().map(|n| view! { <li>{readable(&n)}</li> }).collect_view()}</ul> }.into_any()
    }
}

fn text_at(v: &Value, pointer: &str) -> Option<String> {
    v.pointer(pointer).and_then(Value::as_str).filter(|s| !s.is_empty()).map(str::to_string)
}

/// Only the named keys of a document: what one form reads of the account.
fn only(doc: &Value, keys: &[&str]) -> Value {
    Value::Object(keys.iter().filter_map(|k| Some((k.to_string(), doc.get(*k)?.clone()))).collect())
}

#[component]
fn OfficeView(
    office: RwSignal<Option<Office>>,
    counts: RwSignal<Counts>,
    saved: Callback<(String, RwSignal<Option<String>>)>,
) -> impl IntoView {
    // Each card says what its save did on its own line, just below it (outside the part
    // drawn again, so the line outlives the redraw).
    let (caller_id_status, music_status) = (RwSignal::new(None::<String>), RwSignal::new(None::<String>));
    let say_at = |status: RwSignal<Option<String>>| Callback::new(move |message: String| saved.run((message, status)));
    let (caller_id_saved, music_saved) = (say_at(caller_id_status), say_at(music_status));
    let numbers = part_of(office, |o| o.numbers);
    let figures: [(&'static str, Signal<Option<usize>>); 4] = [
        ("dashboard-users", Signal::derive(move || counts.get().users)),
        ("dashboard-devices", Signal::derive(move || counts.get().devices)),
        ("dashboard-unregistered", Signal::derive(move || counts.get().unregistered)),
        ("dashboard-numbers", Signal::derive(move || Some(numbers.get()))),
    ];
    let special = part_of(office, |o| o.special.clone());
    let vmbox = part_of(office, |o| {
        o.main_vmbox.as_ref().map(|v| {
            let name = text_at(v, "/name").unwrap_or_default();
            let mailbox = text_at(v, "/mailbox").unwrap_or_default();
            t_with("main-vmbox-line", &[("name", arg(name)), ("mailbox", arg(mailbox))])
        })
    });
    let caller_id = part_of(office, |o| {
        let external = text_at(&o.account, "/caller_id/external/number").map(|n| readable(&n));
        let external_name = text_at(&o.account, "/caller_id/external/name");
        let emergency = text_at(&o.account, "/caller_id/emergency/number").map(|n| readable(&n));
        let external = match (external, external_name) {
            (Some(n), Some(name)) => format!("{n} ({name})"),
            (Some(n), None) => n,
            _ => t("caller-id-not-set"),
        };
        (external, emergency.unwrap_or_else(|| t("caller-id-not-set")))
    });
    let caller_id_form =
        part_of(office, |o| (only(&o.account, &["id", "name", "caller_id", "ui_metadata"]), o.special.main.clone()));
    let music_form = part_of(office, |o| (only(&o.account, &["id", "music_on_hold", "ui_metadata"]), o.media.clone()));
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
                {move || number_list(special.get().main)}
            </section>
            <section aria-labelledby="conference-numbers-title">
                <h3 id="conference-numbers-title">{t("dashboard-conference-numbers")}</h3>
                {move || number_list(special.get().conference)}
            </section>
            <section aria-labelledby="fax-numbers-title">
                <h3 id="fax-numbers-title">{t("dashboard-fax-numbers")}</h3>
                {move || number_list(special.get().faxing)}
            </section>
        </div>
        <p>{move || vmbox.get().unwrap_or_else(|| t("main-vmbox-missing"))}</p>
        <dl class="caller-id-summary">
            <dt>{t("caller-id-current")}</dt>
            <dd>{move || caller_id.get().0}</dd>
            <dt>{t("caller-id-emergency")}</dt>
            <dd>{move || caller_id.get().1}</dd>
        </dl>
        {move || {
            let (account, main_numbers) = caller_id_form.get();
            view! { <CallerIdForm account=account main_numbers=main_numbers on_saved=caller_id_saved /> }
        }}
        <p class="notice-line" role="status">{move || caller_id_status.get()}</p>
        {move || {
            let (account, media) = music_form.get();
            view! { <MusicOnHoldForm account=account media=media on_saved=music_saved /> }
        }}
        <p class="notice-line" role="status">{move || music_status.get()}</p>
    }
}
