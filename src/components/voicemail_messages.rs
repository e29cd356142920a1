//! The messages in a voicemail box — the person's own (My settings), or any box an admin
//! opens (Voicemail Boxes) — newest first: who left each and when, how long it
//! is, and whether it is new; each can be played, filed as saved (or new again) and,
//! after a question, deleted (`GET`/`POST`/`DELETE …/vmboxes/{VM}/messages[/{MSG}]`,
//! `GET …/{MSG}/raw` to play).

use leptos::prelude::*;
use patchbay_crossbar::path::seg;
use patchbay_monster::holidays::GREGORIAN_UNIX_OFFSET;
use patchbay_monster::UiMetadata;
use serde_json::{json, Value};

use crate::api::{use_load, use_save};
use crate::components::confirm::Confirm;
use crate::components::error_notice::error_text;
use crate::components::loaded::Loaded;
use crate::components::media_player::{use_playback, Player};
use crate::hooks::watch;
use crate::i18n::{self, arg, t, t_with};
use crate::routes::smartpbx::call_logs::{clock, session_timezone};

/// One message as its row reads it.
#[derive(Clone, Debug, PartialEq)]
pub struct MessageRow {
    pub id: String,
    /// The caller's name and number ("Bob Baker (1003)"), or what is known of them.
    pub from: String,
    /// Gregorian seconds.
    pub timestamp: i64,
    pub length: String,
    pub is_new: bool,
}

pub fn message_row(m: &Value) -> MessageRow {
    let text = |k: &str| m.get(k).and_then(Value::as_str).unwrap_or_default().trim().to_string();
    let (name, number) = (text("caller_id_name"), text("caller_id_number"));
    let from = match (name.is_empty(), number.is_empty()) {
        (false, false) if name != number => format!("{name} ({number})"),
        (false, _) => name,
        (true, false) => number,
        (true, true) => t("my-voicemail-unknown-caller"),
    };
    MessageRow {
        id: text("media_id"),
        from,
        timestamp: m.get("timestamp").and_then(Value::as_i64).unwrap_or(0),
        length: clock(m.get("length").and_then(Value::as_u64).unwrap_or(0).div_ceil(1000)),
        is_new: m.get("folder").and_then(Value::as_str) != Some("saved"),
    }
}

#[derive(Clone)]
enum Change {
    File { id: String, from: String, to_saved: bool },
    Delete { id: String, from: String },
}

#[component]
pub fn VoicemailMessages(
    vmbox: Value,
    meta: UiMetadata,
    /// The section's heading ("My voicemail messages", "Messages in this box").
    title_key: &'static str,
) -> impl IntoView {
    let meta = StoredValue::new(meta);
    let account = expect_context::<crate::api::Crossbar>().account_id();
    let path = format!("accounts/{}/vmboxes/{}", seg(&account), seg(&crate::routes::smartpbx::json::doc_id(&vmbox)));
    let list = {
        let path = path.clone();
        use_load(
            || t("action-open-my-messages"),
            move |call| {
                let path = format!("{}/messages", path);
                async move { call.get(&path).await.map(|e| e.data.as_array().cloned().unwrap_or_default()) }
            },
        )
    };
    let playback = use_playback();
    let said = RwSignal::new(None::<String>);
    let deleting = RwSignal::new(None::<(String, String)>);
    let change = {
        let path = path.clone();
        use_save(
            |c: &Change| match c {
                Change::File { from, to_saved: true, .. } => {
                    t_with("action-save-message", &[("from", arg(from.clone()))])
                }
                Change::File { from, .. } => t_with("action-unsave-message", &[("from", arg(from.clone()))]),
                Change::Delete { from, .. } => t_with("action-delete-message", &[("from", arg(from.clone()))]),
            },
            move |call, c: Change| {
                let (base, meta) = (format!("{}/messages", path), meta.get_value());
                async move {
                    match c {
                        Change::File { id, to_saved, .. } => {
                            let folder = if to_saved { "saved" } else { "new" };
                            call.post(&format!("{base}/{}", seg(&id)), json!({"folder": folder})).await?;
                            Ok(if to_saved { t("my-voicemail-filed-saved") } else { t("my-voicemail-filed-new") })
                        }
                        Change::Delete { id, .. } => {
                            call.delete_stamped(&format!("{base}/{}", seg(&id)), &meta).await?;
                            Ok(t("my-voicemail-deleted"))
                        }
                    }
                }
            },
        )
    };
    watch(move || match change.value().get() {
        Some(Ok(message)) => {
            said.set(Some(message));
            list.refetch();
        }
        Some(Err::<String, patchbay_crossbar::CrossbarError>(e)) => said.set(Some(error_text(&e))),
        None => {}
    });
    let (tz, language) = (StoredValue::new(session_timezone()), StoredValue::new(i18n::language()));
    let raw_base = StoredValue::new(format!("{path}/messages"));
    let row = move |m: MessageRow| {
        let when_ms = (m.timestamp - GREGORIAN_UNIX_OFFSET) as f64 * 1000.0;
        let when = i18n::format_timestamp_ms(when_ms, &language.get_value(), tz.get_value().as_deref());
        let names = [("from", arg(m.from.clone()))];
        let play = {
            let (id, from) = (m.id.clone(), m.from.clone());
            move |_| {
                playback.play(
                    format!("{}/{}/raw", raw_base.get_value(), seg(&id)),
                    t_with("my-voicemail-message-from", &[("from", arg(from.clone()))]),
                )
            }
        };
        let file = {
            let (id, from, to_saved) = (m.id.clone(), m.from.clone(), m.is_new);
            move |_| change.dispatch(Change::File { id: id.clone(), from: from.clone(), to_saved })
        };
        let ask = {
            let (id, from) = (m.id.clone(), m.from.clone());
            move |_| deleting.set(Some((id.clone(), from.clone())))
        };
        view! {
            <tr class:message--new=m.is_new>
                <th scope="row">{when}</th>
                <td>{m.from.clone()}</td>
                <td>{m.length.clone()}</td>
                <td>{if m.is_new { t("my-voicemail-new") } else { t("my-voicemail-saved") }}</td>
                <td class="row-actions">
                    <button type="button" on:click=play>{t_with("my-voicemail-play", &names)}</button>
                    <button type="button" disabled=move || change.pending().get() on:click=file>
                        {if m.is_new { t_with("my-voicemail-mark-saved", &names) } else { t_with("my-voicemail-mark-new", &names) }}
                    </button>
                    <button type="button" class="danger" disabled=move || change.pending().get() on:click=ask>
                        {t_with("my-voicemail-delete", &names)}
                    </button>
                </td>
            </tr>
        }
    };
    let confirm_delete = move |_| {
        if let Some((id, from)) = deleting.get_untracked() {
            deleting.set(None);
            change.dispatch(Change::Delete { id, from });
        }
    };
    view! {
        <section class="settings-section" aria-labelledby="my-messages-title">
            <h3 id="my-messages-title">{t(title_key)}</h3>
            <p role="status">{move || said.get()}</p>
            <Show when=move || deleting.get().is_some()>
                {move || deleting.get().map(|(_, from)| view! {
                    <Confirm labelled_by="confirm-delete-message" on_cancel=Callback::new(move |_| deleting.set(None))>
                        <p id="confirm-delete-message">{t_with("my-voicemail-delete-question", &[("from", arg(from))])}</p>
                        <button type="button" class="danger" on:click=confirm_delete>{t("my-voicemail-delete-confirm")}</button>
                        <button type="button" on:click=move |_| deleting.set(None)>{t("cancel")}</button>
                    </Confirm>
                })}
            </Show>
            <Loaded load=list reread=true let:messages>
                {
                    let rows: Vec<MessageRow> = messages.iter().map(message_row).collect();
                    if rows.is_empty() {
                        view! { <p>{t("my-voicemail-no-messages")}</p> }.into_any()
                    } else {
                        let waiting = rows.iter().filter(|r| r.is_new).count();
                        view! {
                            <table class="table">
                                <caption>{t_with("my-messages-caption", &[("new", arg(waiting.to_string()))])}</caption>
                                <thead><tr>
                                    <th scope="col">{t("my-voicemail-col-received")}</th>
                                    <th scope="col">{t("my-voicemail-col-from")}</th>
                                    <th scope="col">{t("my-voicemail-col-length")}</th>
                                    <th scope="col">{t("my-voicemail-col-status")}</th>
                                    <th scope="col">{t("my-voicemail-col-actions")}</th>
                                </tr></thead>
                                <tbody>{rows.into_iter().map(row).collect_view()}</tbody>
                            </table>
                        }
                        .into_any()
                    }
                }
            </Loaded>
            <Player playback=playback />
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_names_the_caller_and_reads_the_length_in_seconds() {
        let m = json!({"media_id": "202612-x", "caller_id_name": "Bob Baker", "caller_id_number": "1003",
            "timestamp": 63_900_000_000_i64, "length": 2001, "folder": "new"});
        let row = message_row(&m);
        assert_eq!((row.from.as_str(), row.length.as_str(), row.is_new), ("Bob Baker (1003)", "0:03", true));
        let m = json!({"caller_id_number": "+14155550123", "folder": "saved", "length": 61000});
        let row = message_row(&m);
        assert_eq!((row.from.as_str(), row.length.as_str(), row.is_new), ("+14155550123", "1:01", false));
    }
}
