//! A parking code's timeouts (Monster's cog dialog on Park and Retrieve and Valet): how
//! long a parked call waits before ringing the person who parked it, and how long it
//! rings them. Seconds here, milliseconds in the callflow's `flow.data`; empty removes
//! the setting. Written onto the callflow as read.

use leptos::prelude::*;
use patchbay_crossbar::path::seg;
use patchbay_monster::callflow::feature_codes::{parking_timeout_s, with_parking_timeouts};
use patchbay_monster::stamp::{stamp, UiMetadata};
use serde_json::Value;

use super::super::account_path;
use crate::api::{use_load, use_save};
use crate::components::dialog::{open_while, Dialog};
use crate::components::error_notice::error_text;
use crate::components::form::TextField;
use crate::components::loaded::Loaded;
use crate::config::RuntimeConfig;
use crate::hooks::watch;
use crate::i18n::{arg, t, t_with};

const CALLBACK: &str = "default_callback_timeout";
const RINGBACK: &str = "default_ringback_timeout";

#[component]
pub fn ParkingDialog(
    /// The code's callflow id and name.
    target: RwSignal<Option<(String, String)>>,
    on_saved: Callback<()>,
) -> impl IntoView {
    let open = open_while(target);
    view! {
        <Dialog open=open labelled_by="cfc-parking-title">
            {move || target.get().map(|(id, name)| view! { <ParkingForm id=id name=name done=target on_saved=on_saved /> })}
        </Dialog>
    }
}

#[component]
fn ParkingForm(
    id: String,
    name: String,
    done: RwSignal<Option<(String, String)>>,
    on_saved: Callback<()>,
) -> impl IntoView {
    let path = StoredValue::new(format!("{}/callflows/{}", account_path(), seg(&id)));
    let doc = use_load(
        move || t("action-open-parking"),
        move |call| async move { call.get_owned(path.get_value()).await.map(|e| e.data) },
    );
    view! {
        <h2 id="cfc-parking-title">{t_with("cfc-parking-title", &[("code", arg(name))])}</h2>
        <Loaded load=doc let:loaded>
            <Fields loaded=loaded path=path done=done on_saved=on_saved />
        </Loaded>
    }
}

#[component]
fn Fields(
    loaded: Value,
    path: StoredValue<String>,
    done: RwSignal<Option<(String, String)>>,
    on_saved: Callback<()>,
) -> impl IntoView {
    let version = StoredValue::new(use_context::<RuntimeConfig>().and_then(|c| c.ui_metadata_version));
    let shown = |key| parking_timeout_s(&loaded, key).map(|s| s.to_string()).unwrap_or_default();
    let callback = RwSignal::new(shown(CALLBACK));
    let ringback = RwSignal::new(shown(RINGBACK));
    let loaded = StoredValue::new(loaded);
    let error = RwSignal::new(None::<String>);
    let save = use_save(
        |_: &Value| t("action-save-parking"),
        move |call, mut doc: Value| {
            stamp(&mut doc, &UiMetadata::callflows(version.get_value().as_deref()));
            async move { call.post(&path.get_value(), doc).await.map(|_| ()) }
        },
    );
    watch(move || match save.value().get() {
        Some(Ok(())) => {
            done.set(None);
            on_saved.run(());
        }
        Some(Err(e)) => error.set(Some(error_text(&e))),
        None => {}
    });
    let seconds = |s: RwSignal<String>| -> Result<Option<u32>, String> {
        match s.get_untracked().trim() {
            "" => Ok(None),
            text => text.parse().map(Some).map_err(|_| t("cfc-parking-seconds")),
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match (seconds(callback), seconds(ringback)) {
            (Ok(c), Ok(r)) => {
                error.set(None);
                save.dispatch(loaded.with_value(|l| with_parking_timeouts(l, c, r)));
            }
            (Err(e), _) | (_, Err(e)) => error.set(Some(e)),
        }
    };
    view! {
        <form class="form" novalidate=true on:submit=submit>
            <TextField label=t("cfc-callback") value=callback input_type="number" hint=t("cfc-empty-default") />
            <TextField label=t("cfc-ringback") value=ringback input_type="number" hint=t("cfc-empty-default") />
            <div class="form-error" role="alert">{move || error.get()}</div>
            <div class="form-actions">
                <button type="submit" class="primary" disabled=move || save.pending().get()>{t("save")}</button>
                <button type="button" on:click=move |_| done.set(None)>{t("cancel")}</button>
            </div>
        </form>
    }
}
