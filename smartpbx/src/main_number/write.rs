//! Writes of the Main Number screen beyond office hours and holidays: a period's call
//! handling, a virtual receptionist, and the main / conference / fax numbers
//! (monster-ui-voip `submodules/strategy/strategy.js` `strategyNumbersBindEvents`, `strategyCallsBindEvents`). Smart
//! PBX `POST`s whole documents; Patchbay PATCHes the
//! parts it changes (vanished keys as `null`), so keys it does not know survive.

use crate::account_path;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use patchbay_monster::call_handling::{menu_greeting_media, DEFAULT_TTS_VOICE};
use patchbay_monster::main_number as main;
use patchbay_monster::patch::replacing;
use patchbay_monster::UiMetadata;
use serde_json::{json, Map, Value};

use crate::{delete_stamped, stamped};
use patchbay_crossbar::json::doc_id;
use patchbay_crossbar::json::strings;
use patchbay_crossbar::Transport;

/// A period's sub-callflow gets its new `flow`.
pub async fn save_period(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    sub: &Value,
    new_flow: &Value,
) -> Result<(), CrossbarError> {
    let body = json!({"flow": replacing(sub.get("flow").unwrap_or(&Value::Null), new_flow)});
    call.patch(&format!("accounts/{}/callflows/{}", seg(account), seg(&doc_id(sub))), stamped(body, meta)).await?;
    Ok(())
}

/// What becomes of a receptionist's greeting (Smart PBX's menu popup offers the same
/// three ways: text to speech, an uploaded file, an existing recording).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MenuGreeting {
    /// Left as it is.
    Keep,
    /// New text, read by text-to-speech: a new `tts` media becomes the greeting.
    Spoken(String),
    /// One of the account's media (an upload is made into one first); `None` for no greeting.
    Recording(Option<String>),
}

/// A period's virtual receptionist: its greeting on the menu (`media.greeting`), and
/// the key options on the menu callflow's `flow.children`. `now_ms` (milliseconds since
/// the epoch) names a spoken greeting's media as Smart PBX does.
#[allow(clippy::too_many_arguments)]
pub async fn save_menu(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    label: &str,
    menu: &Value,
    menu_callflow: &Value,
    greeting: MenuGreeting,
    children: Map<String, Value>,
    now_ms: u64,
) -> Result<(), CrossbarError> {
    let base = account_path(account);
    let media_id = match greeting {
        MenuGreeting::Keep => None,
        MenuGreeting::Spoken(text) => {
            let media = menu_greeting_media(label, &text, DEFAULT_TTS_VOICE, now_ms);
            Some(Value::String(doc_id(&call.put(&format!("{base}/media"), stamped(media, meta)).await?.data)))
        }
        // `null` removes the key: the menu then plays no greeting.
        MenuGreeting::Recording(id) => Some(id.map(Value::String).unwrap_or(Value::Null)),
    };
    if let Some(id) = media_id {
        let body = json!({"media": {"greeting": id}});
        call.patch(&format!("{base}/menus/{}", seg(&doc_id(menu))), stamped(body, meta)).await?;
    }
    let old = menu_callflow.pointer("/flow/children").cloned().unwrap_or_else(|| json!({}));
    let body = json!({"flow": {"children": replacing(&old, &Value::Object(children))}});
    call.patch(&format!("{base}/callflows/{}", seg(&doc_id(menu_callflow))), stamped(body, meta)).await?;
    Ok(())
}

async fn patch_numbers(
    call: &impl Transport,
    meta: &UiMetadata,
    base: &str,
    callflow: &Value,
    numbers: Vec<String>,
) -> Result<(), CrossbarError> {
    call.patch(&format!("{base}/callflows/{}", seg(&doc_id(callflow))), stamped(json!({"numbers": numbers}), meta))
        .await?;
    Ok(())
}

/// A spare number joins MainCallflow; the first one also becomes the account's caller ID.
pub async fn add_main_number(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    main_cf: &Value,
    number: &str,
) -> Result<(), CrossbarError> {
    let base = account_path(account);
    patch_numbers(call, meta, &base, main_cf, main::add_main_number(&strings(&main_cf["numbers"]), number)).await?;
    let number_path = format!("{base}/phone_numbers/{}", seg(number));
    let (acc, num) = futures::join!(call.get(&base), call.get(&number_path));
    let has_e911 = num.ok().is_some_and(|n| strings(&n.data["features"]).iter().any(|f| f == "e911"));
    if let Some(body) = main::caller_id_after_adding(&acc?.data, number, has_e911) {
        call.patch(&base, stamped(body, meta)).await?;
    }
    Ok(())
}

/// What became of a request to remove a main number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MainRemoval {
    Removed,
    /// Not removed: it is the only main number with an E911 address.
    LastE911,
}

/// A number leaves MainCallflow and stops being the account's caller ID — unless it is
/// the last main number with an E911 address (`main::is_last_e911_main_number`).
pub async fn remove_main_number(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    main_cf: &Value,
    number: &str,
) -> Result<MainRemoval, CrossbarError> {
    let base = account_path(account);
    let all = strings(&main_cf["numbers"]);
    let inventory = call.get(&format!("{base}/phone_numbers")).await?.data;
    if main::is_last_e911_main_number(&inventory, &main::main_numbers(&all), number) {
        return Ok(MainRemoval::LastE911);
    }
    patch_numbers(call, meta, &base, main_cf, main::remove_main_number(&all, number)).await?;
    let acc = call.get(&base).await?.data;
    if let Some(body) = main::caller_id_after_removing(&acc, number) {
        call.patch(&base, stamped(body, meta)).await?;
    }
    Ok(MainRemoval::Removed)
}

pub async fn add_conference_number(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    conference: &Value,
    number: &str,
) -> Result<(), CrossbarError> {
    let numbers = main::add_conference_number(&strings(&conference["numbers"]), number);
    patch_numbers(call, meta, &account_path(account), conference, numbers).await
}

pub async fn remove_conference_number(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    conference: &Value,
    number: &str,
) -> Result<(), CrossbarError> {
    let numbers = main::remove_conference_number(&strings(&conference["numbers"]), number);
    patch_numbers(call, meta, &account_path(account), conference, numbers).await
}

/// The fax number: the main faxbox (mailing received faxes to `email`), then
/// MainFaxing answers on the number into it.
pub async fn add_fax_number(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    faxing: &Value,
    number: &str,
    email: &str,
    company_name: &str,
) -> Result<(), CrossbarError> {
    let base = account_path(account);
    let acc = call.get(&base).await?.data;
    let faxbox = call
        .put(&format!("{base}/faxboxes"), stamped(main::main_faxbox_doc(&acc, company_name, number, email), meta))
        .await?;
    let body = json!({"numbers": [number], "flow": {"data": {"id": doc_id(&faxbox.data)}}});
    call.patch(&format!("{base}/callflows/{}", seg(&doc_id(faxing))), stamped(body, meta)).await?;
    Ok(())
}

/// Removing the fax number deletes the main faxbox and empties MainFaxing.
pub async fn remove_fax_number(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    faxing: &Value,
    number: &str,
) -> Result<(), CrossbarError> {
    let base = account_path(account);
    let numbers = main::remove_faxing_number(&strings(&faxing["numbers"]), number);
    let body = json!({"numbers": numbers, "flow": {"data": {"id": null}}});
    call.patch(&format!("{base}/callflows/{}", seg(&doc_id(faxing))), stamped(body, meta)).await?;
    if let Some(faxbox) = faxing.pointer("/flow/data/id").and_then(Value::as_str) {
        delete_stamped(call, &format!("{base}/faxboxes/{}", seg(faxbox)), meta).await?;
    }
    Ok(())
}

/// Where received faxes are mailed: the main faxbox's `notifications.inbound.email.send_to`,
/// as Smart PBX's "edit faxbox" popup sets it (`strategy.js`, `popupEditFaxbox`). Sent as a
/// PATCH of that one key; the popup's POST replaces `notifications` whole and so loses
/// the outbound notifications another app set.
pub async fn set_fax_email(
    call: &impl Transport,
    meta: &UiMetadata,
    account: &str,
    faxbox_id: &str,
    email: &str,
) -> Result<(), CrossbarError> {
    let path = format!("{}/faxboxes/{}", account_path(account), seg(faxbox_id));
    let body = json!({"notifications": {"inbound": {"email": {"send_to": email.trim()}}}});
    call.patch(&path, stamped(body, meta)).await?;
    Ok(())
}
