//! Smart PBX › Feature Codes: the star codes of the account, read-only and grouped as Smart PBX groups
//! them (monster-ui-voip `submodules/featureCodes/featureCodes.js` `featureCodesFormatData`). When
//! standard codes are missing it offers Smart PBX's bootstrap: each missing code created exactly as
//! Smart PBX creates it (see `bootstrap`).

mod bootstrap;

use leptos::prelude::*;
use patchbay_crossbar::order;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use patchbay_monster::feature_codes::FeatureCode;
use patchbay_monster::stamp::{made_outside, ORIGIN_SMARTPBX};
use serde_json::Value;

use self::bootstrap::MissingCodes;
use crate::api::fetch_all_pages;
use crate::api::{use_load, ActionScope, Crossbar};
use crate::components::doc_links::DocLinks;
use crate::components::loaded::{reread_then_say, Loaded};
use crate::config::RuntimeConfig;
use crate::i18n::{t, t_or};

/// One code as shown.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeRow {
    pub id: String,
    pub name: String,
    pub category: String,
    /// What to dial: the exact number, or `*` + digits for pattern codes.
    pub dial: String,
    pub outside: bool,
}

impl CodeRow {
    pub fn from_listing(row: &Value) -> Option<CodeRow> {
        let name = row.pointer("/featurecode/name")?.as_str()?.to_string();
        let digits = row.pointer("/featurecode/number").and_then(Value::as_str).unwrap_or_default();
        let number = row.get("numbers").and_then(Value::as_array).and_then(|n| n.first()).and_then(Value::as_str);
        let dial = match number {
            Some(n) => n.to_string(),
            // Pattern codes store their digits with the star escaped (`\*`).
            None => format!("*{}", digits.replace('\\', "")),
        };
        Some(CodeRow {
            id: row.get("id").and_then(Value::as_str).unwrap_or_default().to_string(),
            category: FeatureCode::category(&name).to_string(),
            name,
            dial,
            outside: made_outside(row, ORIGIN_SMARTPBX),
        })
    }
}

/// Every feature-code callflow, page after page (never `paginate=false`).
async fn load_all(call: &ActionScope, account: &str) -> Result<Vec<CodeRow>, CrossbarError> {
    let listing =
        fetch_all_pages(call, &format!("accounts/{}/callflows", seg(account)), "has_key=featurecode&ascending=true")
            .await?;
    let mut rows: Vec<CodeRow> = listing.iter().filter_map(CodeRow::from_listing).collect();
    order::sort_by(&mut rows, |a, b| {
        (a.category.as_str(), a.dial.as_str()).cmp(&(b.category.as_str(), b.dial.as_str()))
    });
    Ok(rows)
}

/// The account's feature codes as a table, or what to do when there are none.
fn codes_table(rows: Vec<CodeRow>) -> AnyView {
    if rows.is_empty() {
        return view! { <p>{t("fc-empty")}</p> }.into_any();
    }
    view! {
        <table class="table">
            <caption class="visually-hidden">{t("spbx-feature-codes")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("fc-col-code")}</th>
                    <th scope="col">{t("fc-col-feature")}</th>
                    <th scope="col">{t("fc-col-category")}</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|c| view! {
                    <tr>
                        <th scope="row"><code>{c.dial.clone()}</code></th>
                        <td>
                            {feature_label(&c.name)}
                            {c.outside.then(|| view! { " " <span class="badge badge--outside">{t("made-outside-smartpbx")}</span> })}
                        </td>
                        <td>{category_label(&c.category)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// A code's name in words ("Call forward — update"); a code Smart PBX does not know
/// keeps its stored name (`featurecode.name`, which the inspector shows as well).
pub fn feature_label(name: &str) -> String {
    t_or(&format!("fc-name-{}", FeatureCode::label_key(name)), name)
}

fn category_label(category: &str) -> String {
    t(&format!("fc-category-{category}"))
}

#[component]
pub fn FeatureCodesScreen() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let guide = expect_context::<RuntimeConfig>().docs.smartpbx_guide;
    let notice = RwSignal::new(None::<String>);
    let rows = use_load(
        || t("action-open-feature-codes"),
        move |call| {
            let account = client.account_id();
            async move { load_all(&call, &account).await }
        },
    );
    let done = reread_then_say(rows, notice);
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h2 id="screen-title">{t("spbx-feature-codes")}</h2>
            <p>{t("fc-intro")}</p>
            <DocLinks guide=guide resources=vec!["/v2/accounts/x/callflows"] />
            <Loaded load=rows reread=true let:r>
                {
                    let present: Vec<String> = r.iter().map(|c| c.name.clone()).collect();
                    view! {
                        <MissingCodes present=present on_done=done />
                        <p class="notice-line" role="status">{move || notice.get()}</p>
                        {codes_table(r)}
                    }
                }
            </Loaded>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn dial_strings_for_number_and_pattern_codes() {
        let number =
            json!({"id": "a", "featurecode": {"name": "hotdesk[action=login]", "number": "11"}, "numbers": ["*11"]});
        let pattern = json!({"id": "b", "featurecode": {"name": "voicemail[action=check]", "number": "97"}, "patterns": ["^\\*97([0-9]*)$"]});
        let escaped = json!({"id": "c", "featurecode": {"name": "voicemail[action=\"direct\"]", "number": "\\*"}, "patterns": ["^\\*\\*([0-9]*)$"]});
        assert_eq!(CodeRow::from_listing(&number).unwrap().dial, "*11");
        assert_eq!(CodeRow::from_listing(&pattern).unwrap().dial, "*97");
        assert_eq!(CodeRow::from_listing(&escaped).unwrap().dial, "**");
        assert_eq!(CodeRow::from_listing(&number).unwrap().category, "hotdesk");
        assert!(CodeRow::from_listing(&json!({"id": "x", "name": "Not a code"})).is_none());
    }
}
