//! Smart PBX's feature-code bootstrap (monster-ui-voip `submodules/strategy/strategy.js`
//! `strategyHandleFeatureCodes`): every standard code whose `featurecode.name` no callflow carries is
//! created with `PUT /callflows`, all at once, each exactly as Smart PBX writes it
//! (`patchbay_monster::feature_codes`) and stamped `origin: "voip"`. Smart PBX runs it silently on each
//! Main Number visit; here it is offered, named, and shown in the inspector as its own action.

use leptos::prelude::*;

use crate::hooks::watch;
use patchbay_monster::feature_codes::{missing, FeatureCode};
use patchbay_smartpbx::feature_codes::create_all;

use super::feature_label;
use crate::api::{use_save, Crossbar};
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::smartpbx_stamp;

/// The "standard codes missing" notice and its create button; nothing when all exist.
/// `on_done` hears what happened (for a status line that outlives the reload).
#[component]
pub fn MissingCodes(present: Vec<String>, on_done: Callback<String>) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let meta = StoredValue::new(smartpbx_stamp());
    let todo: Vec<&'static FeatureCode> = missing(present.iter().map(String::as_str));
    if todo.is_empty() {
        return ().into_any();
    }
    let names: Vec<&'static str> = todo.iter().map(|c| c.name).collect();
    let write = use_save(
        |codes: &Vec<&'static FeatureCode>| t_with("action-create-feature-codes", &[("count", codes.len().into())]),
        move |call, codes: Vec<&'static FeatureCode>| {
            let (meta, account) = (meta.get_value(), client.account_id());
            async move {
                let errors = create_all(&call, &meta, &account, &codes).await;
                let mut message = t_with("fc-created", &[("count", (codes.len() - errors.len()).into())]);
                if !errors.is_empty() {
                    message.push(' ');
                    let names: Vec<String> = errors.iter().map(|n| feature_label(n)).collect();
                    message.push_str(&t_with("fc-create-failed", &[("names", arg(names.join(", ")))]));
                }
                message
            }
        },
    );
    watch(move || {
        if let Some(message) = write.value().get() {
            on_done.run(message);
        }
    });
    let busy = write.pending();
    let todo = StoredValue::new(todo);
    let create = move |_| {
        write.dispatch(todo.get_value());
    };
    view! {
        <section class="notice" aria-labelledby="fc-missing-title">
            <h3 id="fc-missing-title">{t_with("fc-missing-title", &[("count", names.len().into())])}</h3>
            <p>{t("fc-missing-intro")}</p>
            <ul>{names.into_iter().map(|n| view! { <li>{feature_label(n)}</li> }).collect_view()}</ul>
            <button type="button" class="primary" on:click=create disabled=move || busy.get()>
                {t("fc-create-missing")}
            </button>
        </section>
    }
    .into_any()
}
