//! Which server this is, in the header: "Sandbox" when Crossbar is Patchbay's sandbox
//! (its `GET /v2/about` says `"sandbox": true`), else the `environment` named in
//! `config.json` ("Production" unless the deployment calls it something else). Writes
//! that bypass the screens (the API console, replaying a call) ask more of a person
//! against a server that is not a sandbox.

mod write_guard;

use leptos::prelude::*;
use serde_json::Value;

pub use write_guard::WriteGuard;

use crate::api::use_load;
use crate::config::RuntimeConfig;
use crate::i18n::t;

/// The server's kind, once known.
#[derive(Clone, Copy)]
pub struct Environment {
    pub sandbox: Signal<bool>,
    pub name: Signal<String>,
}

impl Environment {
    /// Reads `/v2/about` once for the signed-in frame and provides what it says.
    pub fn provide() -> Environment {
        let config = expect_context::<RuntimeConfig>();
        let about = use_load(|| t("action-read-about"), |call| async move { Ok(call.get("about").await?.data) });
        let sandbox = Signal::derive(
            move || matches!(about.get(), Some(Ok(data)) if data.get("sandbox").and_then(Value::as_bool) == Some(true)),
        );
        let named = config.environment.clone().filter(|n| !n.trim().is_empty());
        let name = Signal::derive(move || {
            if sandbox.get() {
                t("environment-sandbox")
            } else {
                named.clone().unwrap_or_else(|| t("environment-production"))
            }
        });
        let environment = Environment { sandbox, name };
        provide_context(environment);
        environment
    }
}

/// The header's badge.
#[component]
pub fn EnvironmentBadge(environment: Environment) -> impl IntoView {
    view! {
        <span
            class="environment"
            class:environment--sandbox=move || environment.sandbox.get()
            title=t("environment-title")
        >
            {move || environment.name.get()}
        </span>
    }
}
