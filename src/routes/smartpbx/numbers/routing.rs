//! Smart PBX › Numbers › one number: where its calls go when nothing here answers
//! (failover) and the word put before callers' names (prepend), each shown only when
//! the number's carrier offers it, written as Monster's shared widgets write them
//! (`patchbay_monster::number_failover`).

use leptos::prelude::*;
use patchbay_monster::number_failover::{failover_is_valid, failover_of, failover_patch, prepend_of, prepend_patch};
use patchbay_monster::number_features::{common_stamp, features_offered, offers};
use serde_json::{Map, Value};

use crate::api::use_save;
use crate::components::error_notice::error_text;
use crate::components::form::TextField;
use crate::components::leave_guard::use_unsaved_fields;
use crate::config::RuntimeConfig;
use crate::hooks::watch;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::stamped;

#[component]
pub fn NumberRoutingForm(number: String, path: String, doc: Value) -> impl IntoView {
    let offered = features_offered(&doc);
    let (failover_offered, prepend_offered) =
        (offers(offered.as_deref(), "failover"), offers(offered.as_deref(), "prepend"));
    if !failover_offered && !prepend_offered {
        return ().into_any();
    }
    let version = use_context::<RuntimeConfig>().and_then(|c| c.ui_metadata_version);
    let meta = StoredValue::new(common_stamp(version.as_deref()));
    let saved = StoredValue::new((failover_of(&doc), prepend_of(&doc)));
    let failover = RwSignal::new(saved.get_value().0);
    let prepend = RwSignal::new(saved.get_value().1);
    let failover_error = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<String>);
    let form_error = RwSignal::new(None::<String>);
    let (path, label) = (StoredValue::new(path), StoredValue::new(number));
    let write = use_save(
        move |_: &Value| t_with("action-save-number-routing", &[("number", arg(label.get_value()))]),
        move |call, body: Value| async move { call.patch(&path.get_value(), body).await.map(|_| ()) },
    );
    let guarded = use_unsaved_fields();
    watch(move || match write.value().get() {
        Some(Ok(())) => {
            guarded.saved();
            saved.set_value((failover.get_untracked().trim().to_string(), prepend.get_untracked().trim().to_string()));
            status.set(Some(t("saved")));
        }
        Some(Err(e)) => form_error.set(Some(error_text(&e))),
        None => {}
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        status.set(None);
        let (typed_failover, typed_prepend) = (failover.get_untracked(), prepend.get_untracked());
        if !failover_is_valid(&typed_failover) {
            failover_error.set(Some(t("number-failover-invalid")));
            form_error.set(Some(t("form-has-errors")));
            return;
        }
        failover_error.set(None);
        form_error.set(None);
        // Only what changed is sent, so a number nobody gave a prefix gets no empty one.
        let (old_failover, old_prepend) = saved.get_value();
        let mut body = Map::new();
        if typed_failover.trim() != old_failover {
            body.insert("failover".into(), failover_patch(&typed_failover));
        }
        if typed_prepend.trim() != old_prepend {
            body.insert("prepend".into(), prepend_patch(&typed_prepend));
        }
        if body.is_empty() {
            status.set(Some(t("saved")));
            return;
        }
        write.dispatch(stamped(Value::Object(body), &meta.get_value()));
    };
    let busy = write.pending();
    view! {
        <form class="form" on:submit=submit novalidate=true aria-labelledby="number-routing-title" node_ref=guarded.form on:focusin=guarded.on_focusin()>
            <h3 id="number-routing-title">{t("number-routing-title")}</h3>
            {failover_offered.then(|| view! {
                <TextField label=t("number-failover") value=failover hint=t("number-failover-hint") error=Signal::derive(move || failover_error.get()) />
            })}
            {prepend_offered.then(|| view! {
                <TextField label=t("number-prepend") value=prepend hint=t("number-prepend-hint") maxlength=20 />
            })}
            <div class="form-error" role="alert">{move || form_error.get()}</div>
            <div class="form-actions">
                <button type="submit" class="primary" disabled=move || busy.get()>{t("number-routing-save")}</button>
                <span role="status">{move || status.get()}</span>
            </div>
        </form>
    }
    .into_any()
}
