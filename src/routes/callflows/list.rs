//! The callflows of the account, page by page and searchable on the server, with the
//! filters Monster's app uses to hide what other apps own (monster-ui-callflows `app.js`
//! `listData`). Unlike Monster, "Show all callflows" is offered to every admin; what it
//! reveals says which app made it.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::search::SearchView;
use patchbay_monster::callflow::list::{hiding_filters, owner, Owner};
use serde_json::Value;

use super::{account_path, number_text};
use crate::components::doc_links::DocLinks;
use crate::components::paged_table::{PagedTable, TableSearch};
use crate::config::RuntimeConfig;
use crate::i18n::t;
use crate::routes::smartpbx::json::str_field;
use crate::routes::table::Screen;

/// The listing's query: never feature codes (the Feature Codes screen has them), and,
/// unless everything is wanted, nothing another app owns.
fn list_query(show_all: bool) -> String {
    let mut query = vec!["key_missing=featurecode".to_string()];
    if !show_all {
        query.extend(hiding_filters().into_iter().map(|(k, v)| format!("{k}={}", seg(v))));
    }
    query.join("&")
}

fn owner_text(owner: Owner) -> String {
    t(match owner {
        Owner::SmartPbx => "cf-made-by-smartpbx",
        Owner::CallQueues => "cf-made-by-call-queues",
        Owner::Onboarding => "cf-made-by-onboarding",
        Owner::CatchAll => "cf-made-by-catch-all",
        Owner::Emergency => "cf-made-by-emergency",
    })
}

/// One callflow: its name (or its numbers) opens it.
fn callflow_row(cf: &Value) -> AnyView {
    let numbers: Vec<String> = cf
        .get("numbers")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(number_text)
        .collect();
    let name = str_field(cf, "name");
    let title = if name.is_empty() {
        if numbers.is_empty() {
            t("cf-unnamed")
        } else {
            numbers.join(", ")
        }
    } else {
        name.to_string()
    };
    let href = Screen::Callflow(str_field(cf, "id").to_string()).href();
    let made_by = owner(cf).map(|o| view! { <span class="badge badge--outside">{owner_text(o)}</span> });
    view! {
        <th scope="row"><A href=href>{title}</A></th>
        <td>{numbers.join(", ")}</td>
        <td>{made_by}</td>
    }
    .into_any()
}

#[component]
pub fn CallflowsScreen() -> impl IntoView {
    let guide = expect_context::<RuntimeConfig>().docs.callflows_guide;
    let navigate = use_navigate();
    let show_all = RwSignal::new(false);
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h2 id="screen-title">{t("callflows-title")}</h2>
            <p>{t("callflows-intro")}</p>
            <DocLinks guide=guide resources=vec!["/v2/accounts/x/callflows"] />
            <Tools />
            <Recipe />
            <p>
                <button type="button" class="primary" on:click=move |_| navigate(&Screen::NewCallflow.href(), Default::default())>
                    {t("cf-new")}
                </button>
            </p>
            <div class="field field--check">
                <input id="cf-show-all" type="checkbox" role="switch" bind:checked=show_all aria-describedby="cf-show-all-hint" />
                <label for="cf-show-all">{t("cf-show-all")}</label>
                <p class="field__hint" id="cf-show-all-hint">{t("cf-show-all-hint")}</p>
            </div>
            {move || {
                let query = list_query(show_all.get());
                view! {
                    <PagedTable
                        path=format!("{}/callflows", account_path())
                        query=query
                        caption_key="callflows-title"
                        action_key="action-open-callflows"
                        columns=vec!["col-name", "cf-col-numbers", "cf-col-made-by"]
                        row=callflow_row
                        empty_key="cf-empty"
                        search=TableSearch {
                            doc_type: "callflow",
                            view: SearchView::NameAndNumber,
                            label_key: "cf-search",
                            row: callflow_row,
                            filtered: true,
                        }
                    />
                }
            }}
        </section>
    }
}

/// Tiles for Callflows' other screens, as Monster's Callflows app opens on them.
#[component]
fn Tools() -> impl IntoView {
    use patchbay_monster::callflow::entity::ENTITIES;
    let mut tiles = vec![
        (Screen::AccountSettings, "cas-title".to_string(), "cas-tile".to_string()),
        (Screen::CallflowFeatureCodes, "cfc-title".to_string(), "cfc-tile".to_string()),
        (Screen::TimeOfDay, "cf-tile-time-of-day".to_string(), "cf-tile-time-of-day-text".to_string()),
        (Screen::Media, "media-title".to_string(), "media-tile".to_string()),
    ];
    tiles.extend(
        ENTITIES
            .into_iter()
            .map(|e| (Screen::Entities(e.key), format!("ent-{}-title", e.key), format!("ent-{}-tile", e.key))),
    );
    view! {
        <nav class="cf-tiles" aria-label=t("cf-tools")>
            <ul>
                {tiles.into_iter().map(|(screen, name, text)| view! {
                    <li><A href=screen.href()>{t(&name)}</A><span>{t(&text)}</span></li>
                }).collect_view()}
            </ul>
        </nav>
    }
}

/// The walkthrough of what admins most often come here for: a sub-menu for the main
/// number, made of Smart PBX's ring groups, so later changes to the groups apply to it.
#[component]
fn Recipe() -> impl IntoView {
    use crate::routes::table::Spbx;
    view! {
        <details class="cf-recipe">
            <summary>{t("cf-recipe-title")}</summary>
            <ol>
                <li>{t("cf-recipe-groups")}" "<A href=Screen::SmartPbx(Spbx::Groups).href()>{t("cf-recipe-groups-link")}</A></li>
                <li>{t("cf-recipe-new")}" "<A href=Screen::NewCallflow.href()>{t("cf-new")}</A></li>
                <li>{t("cf-recipe-menu")}</li>
                <li>{t("cf-recipe-keys")}</li>
                <li>{t("cf-recipe-list")}</li>
                <li>{t("cf-recipe-main-number")}" "<A href=Screen::SmartPbx(Spbx::MainNumber).href()>{t("cf-recipe-main-number-link")}</A></li>
            </ol>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::list_query;

    #[test]
    fn the_list_hides_feature_codes_always_and_other_apps_callflows_unless_asked() {
        assert_eq!(list_query(true), "key_missing=featurecode");
        let hidden = list_query(false);
        assert!(hidden.contains("filter_not_name=US%20Emergency%20Dispatcher"), "{hidden}");
        assert!(
            hidden.contains("filter_not_ui_metadata.origin=voip&filter_not_ui_metadata.origin=callqueues"),
            "{hidden}"
        );
    }
}
