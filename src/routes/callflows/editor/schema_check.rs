//! A step edited as JSON is checked against KAZOO's schema for its module before it joins
//! the flow: Crossbar validates a payload without saving it at
//! `PUT /v2/schemas/callflows.<module>/validation` (cb_schemas), so the check is the
//! server's own and the SPA carries no schema validator. A module KAZOO publishes no
//! schema for (404), or a server that cannot be asked, leaves the step as typed.

use leptos::prelude::*;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use serde_json::Value;

use crate::api::{use_save, Save};
use crate::hooks::watch;
use crate::i18n::{arg, t, t_with};

/// What the check found: the data to apply, or what is wrong with it.
type Checked = Result<Value, String>;

#[derive(Clone, Copy)]
pub struct SchemaCheck {
    save: Save<(String, Value), Checked>,
}

impl SchemaCheck {
    /// Checks `data` for a step of `module`; `apply` or `refuse` hears the outcome.
    pub fn run(&self, module: &str, data: Value) {
        self.save.dispatch((module.to_string(), data));
    }

    pub fn pending(&self) -> Memo<bool> {
        self.save.pending()
    }
}

/// Field by field, what the schema refuses: "timeout: must be an integer".
fn refusal(error: &CrossbarError) -> Option<String> {
    match error {
        CrossbarError::Validation { fields } => {
            let lines: Vec<String> = fields
                .iter()
                .map(|f| {
                    format!("{}: {}", if f.path.is_empty() || f.path == "data" { "—" } else { &f.path }, f.message)
                })
                .collect();
            Some(t_with("cf-json-schema-refused", &[("problems", arg(lines.join("; ")))]))
        }
        _ => None,
    }
}

pub fn use_schema_check(apply: impl Fn(Value) + 'static, refuse: impl Fn(String) + 'static) -> SchemaCheck {
    let save = use_save(
        |(module, _): &(String, Value)| t_with("action-check-step", &[("module", arg(module.clone()))]),
        move |call, (module, data): (String, Value)| async move {
            let path = format!("schemas/{}/validation", seg(&format!("callflows.{module}")));
            let call = call.expecting(404, t("cf-json-no-schema"));
            match call.put(&path, data.clone()).await {
                Ok(_) => Ok(data),
                Err(e) => refusal(&e).map_or(Ok(data), Err),
            }
        },
    );
    watch(move || match save.value().get() {
        Some(Ok(data)) => apply(data),
        Some(Err(why)) => refuse(why),
        None => {}
    });
    SchemaCheck { save }
}
