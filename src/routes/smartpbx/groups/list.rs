//! Smart PBX › Groups: the account's ring groups as Smart PBX shows them (a group's name
//! opens it). Devices and Voicemail Boxes have their own modules.

use leptos::prelude::*;
use leptos_router::components::A;
use patchbay_crossbar::path::seg;
use serde_json::Value;

use crate::api::{fetch_all_pages, use_load, Crossbar, Load};
use crate::components::doc_links::DocLinks;
use crate::components::paged_table::{PagedTable, TableSearch};
use crate::config::RuntimeConfig;
use crate::i18n::t;
use crate::routes::smartpbx::json::str_field;
use crate::routes::table::{Screen, Spbx};
use patchbay_crossbar::json::strings;
use patchbay_crossbar::search::SearchView;
use patchbay_monster::phone::readable;
use std::collections::HashMap;
use std::rc::Rc;

fn account_path(collection: &str) -> String {
    let account = expect_context::<Crossbar>().session.get_untracked().map(|s| s.account_id).unwrap_or_default();
    format!("accounts/{}/{collection}", seg(&account))
}

/// Each group's extensions and numbers, from its dialable (`userGroup`) callflow, as
/// Smart PBX's list shows them (`groups.js groupsFormatListData`): one listing of those
/// callflows for the whole screen, joined to the rows by `group_id`.
#[derive(Clone, Copy)]
struct GroupNumbers(Load<Rc<HashMap<String, Vec<String>>>>);

fn group_row(g: &Value) -> AnyView {
    let members = g.get("endpoints").and_then(Value::as_u64).unwrap_or(0);
    let id = str_field(g, "id").to_string();
    let (href, name) = (Screen::SmartPbx(Spbx::Group(id.clone())).href(), str_field(g, "name").to_string());
    let numbers = use_context::<GroupNumbers>();
    let reach = move || match numbers.and_then(|n| n.0.get()) {
        Some(Ok(map)) => {
            map.get(&id).map(|n| n.iter().map(|x| readable(x)).collect::<Vec<_>>().join(", ")).unwrap_or_default()
        }
        Some(Err(_)) => t("group-numbers-unknown"),
        None => t("loading"),
    };
    view! {
        <th scope="row"><A href=href>{name}</A></th>
        <td>{reach}</td>
        <td>{members}</td>
    }
    .into_any()
}

/// A search hit: Crossbar's search views give the id and the name only.
fn group_hit(g: &Value) -> AnyView {
    let (href, name) =
        (Screen::SmartPbx(Spbx::Group(str_field(g, "id").to_string())).href(), str_field(g, "name").to_string());
    view! {
        <th scope="row"><A href=href>{name}</A></th>
        <td></td>
        <td>{t("group-hit-open-for-details")}</td>
    }
    .into_any()
}

#[component]
fn ListScreen(
    title_key: &'static str,
    collection: &'static str,
    docs: &'static str,
    #[prop(optional)] query: &'static str,
    /// A creation form for this list, and its button's i18n key.
    #[prop(optional)]
    add: Option<(Spbx, &'static str)>,
    action_key: &'static str,
    columns: Vec<&'static str>,
    row: fn(&Value) -> AnyView,
    empty_key: &'static str,
    search: TableSearch,
) -> impl IntoView {
    let guide = expect_context::<RuntimeConfig>().docs.smartpbx_guide;
    let navigate = leptos_router::hooks::use_navigate();
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h2 id="screen-title">{t(title_key)}</h2>
            <DocLinks guide=guide resources=vec![docs] />
            {add.map(|(screen, key)| view! {
                <p><button type="button" class="primary" on:click=move |_| navigate(&Screen::SmartPbx(screen.clone()).href(), Default::default())>{t(key)}</button></p>
            })}
            <PagedTable
                path=account_path(collection)
                query=query
                caption_key=title_key
                action_key=action_key
                columns=columns
                row=row
                empty_key=empty_key
                search=search
            />
        </section>
    }
}

#[component]
pub fn GroupsScreen() -> impl IntoView {
    let numbers = use_load(
        || t("action-read-group-numbers"),
        move |call| async move {
            let rows = fetch_all_pages(&call, &account_path("callflows"), "filter_type=userGroup").await?;
            let mut map: HashMap<String, Vec<String>> = HashMap::new();
            for cf in &rows {
                let numbers = strings(cf.get("numbers"));
                map.entry(str_field(cf, "group_id").to_string()).or_default().extend(numbers);
            }
            Ok(Rc::new(map))
        },
    );
    provide_context(GroupNumbers(numbers));
    view! {
        <ListScreen
            title_key="spbx-groups"
            collection="groups"
            add=(Spbx::NewGroup, "groups-add")
            docs="/v2/accounts/x/groups"
            action_key="action-open-groups"
            columns=vec!["col-name", "col-extensions-numbers", "col-members"]
            row=group_row
            empty_key="groups-empty"
            search=TableSearch { doc_type: "group", view: SearchView::Name, label_key: "groups-search", row: group_hit, filtered: false }
        />
    }
}
