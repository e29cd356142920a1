//! Smart PBX › Numbers: the requests to bring numbers over, each with its state and, while
//! it is not over, a way to cancel it (`patchbay_smartpbx::porting`).

use leptos::prelude::*;
use patchbay_monster::holidays::GREGORIAN_UNIX_OFFSET;
use patchbay_monster::phone::readable;
use patchbay_smartpbx::porting::{cancel, cancellable, submit};
use serde_json::Value;

use crate::api::{use_save, Crossbar};
use crate::components::confirm::Confirm;
use crate::components::error_notice::error_text;
use crate::hooks::watch;
use crate::i18n::{arg, t, t_or, t_with};
use crate::routes::smartpbx::smartpbx_stamp;

/// A Gregorian day as `YYYY-MM-DD`.
fn day_of(gregorian: i64) -> String {
    let date = js_sys::Date::new(&((gregorian - GREGORIAN_UNIX_OFFSET) as f64 * 1000.0).into());
    date.to_iso_string().as_string().unwrap_or_default().chars().take(10).collect()
}

#[component]
pub fn PortRequests(requests: Vec<Value>, on_changed: Callback<()>) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let account = StoredValue::new(client.account_id());
    let meta = StoredValue::new(smartpbx_stamp());
    let canceling = RwSignal::new(None::<(String, String)>);
    let error = RwSignal::new(None::<String>);
    let write = use_save(
        |(_, name): &(String, String)| t_with("action-cancel-port", &[("name", arg(name.clone()))]),
        move |call, (id, _): (String, String)| async move {
            cancel(&call, &meta.get_value(), &account.get_value(), &id).await.map(|_| ())
        },
    );
    let send = use_save(
        |(_, name): &(String, String)| t_with("action-send-port", &[("name", arg(name.clone()))]),
        move |call, (id, _): (String, String)| async move {
            submit(&call, &meta.get_value(), &account.get_value(), &id).await.map(|_| ())
        },
    );
    for save in [write, send] {
        watch(move || match save.value().get() {
            Some(Ok(())) => {
                canceling.set(None);
                on_changed.run(());
            }
            Some(Err(e)) => error.set(Some(error_text(&e))),
            None => {}
        });
    }
    if requests.is_empty() {
        return ().into_any();
    }
    let busy = Signal::derive(move || write.pending().get() || send.pending().get());
    view! {
        <section aria-labelledby="ports-title">
            <h3 id="ports-title">{t("ports-title")}</h3>
            <table class="table">
                <caption class="visually-hidden">{t("ports-title")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("ports-col-request")}</th>
                        <th scope="col">{t("ports-col-numbers")}</th>
                        <th scope="col">{t("col-state")}</th>
                        <th scope="col">{t("ports-col-date")}</th>
                        <th scope="col"><span class="visually-hidden">{t("ports-col-actions")}</span></th>
                    </tr>
                </thead>
                <tbody>
                    {requests.into_iter().map(|r| {
                        let s = |k: &str| r.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
                        let (id, name, state) = (s("id"), s("name"), s("port_state"));
                        let numbers: Vec<String> = r.get("numbers").and_then(Value::as_object)
                            .map(|n| n.keys().map(|k| readable(k)).collect()).unwrap_or_default();
                        let date = r.get("transfer_date").and_then(Value::as_i64).map(day_of).unwrap_or_default();
                        let label = t_with("ports-cancel-named", &[("name", arg(name.clone()))]);
                        let send_label = t_with("ports-send-named", &[("name", arg(name.clone()))]);
                        let target = (id, name.clone());
                        let to_send = target.clone();
                        let sendable = matches!(state.as_str(), "unconfirmed" | "rejected");
                        view! {
                            <tr>
                                <th scope="row">{name}</th>
                                <td>{numbers.join(", ")}</td>
                                <td>{t_or(&format!("port-state-{state}"), &state)}</td>
                                <td>{date}</td>
                                <td>
                                    {sendable.then(|| view! {
                                        <button type="button" class="link" aria-label=send_label disabled=move || busy.get() on:click=move |_| send.dispatch(to_send.clone())>{t("ports-send")}</button>
                                        " "
                                    })}
                                    {cancellable(&state).then(|| view! {
                                        <button type="button" class="link" aria-label=label on:click=move |_| canceling.set(Some(target.clone()))>{t("ports-cancel")}</button>
                                    })}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            {move || canceling.get().map(|target| {
                let question = t_with("ports-cancel-confirm", &[("name", arg(target.1.clone()))]);
                view! {
                    <Confirm labelled_by="ports-cancel-question" on_cancel=Callback::new(move |_| canceling.set(None))>
                        <p id="ports-cancel-question">{question}</p>
                        <button type="button" class="danger" disabled=move || busy.get() on:click=move |_| write.dispatch(target.clone())>{t("ports-cancel-yes")}</button>
                        <button type="button" on:click=move |_| canceling.set(None)>{t("ports-keep")}</button>
                    </Confirm>
                }
            })}
            <div class="form-error" role="alert">{move || error.get()}</div>
        </section>
    }
    .into_any()
}
