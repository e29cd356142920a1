//! Smart PBX › Voicemail Boxes: the account's boxes (a name opens the box), adding a
//! box — which, as in Smart PBX, belongs to no user and may be shared with members —
//! editing and deleting one. Documents are built by `patchbay_monster::vmbox`.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};
use patchbay_crossbar::path::seg;
use serde_json::Value;

mod form;

use crate::api::{fetch_all_pages, use_load, Crossbar};
use crate::components::doc_links::DocLinks;
use crate::components::loaded::Loaded;
use crate::components::paged_table::{PagedTable, TableSearch};
use crate::config::RuntimeConfig;
use crate::i18n::t;
use crate::routes::smartpbx::json::str_field;
use crate::routes::smartpbx::users::all_users::all_users;
use crate::routes::table::{Screen, Spbx};
use form::VmboxFormView;
use patchbay_crossbar::search::SearchView;

/// A search hit: Crossbar's search views give the id and the name only.
fn vmbox_hit(v: &Value) -> AnyView {
    let href = Screen::SmartPbx(Spbx::Vmbox(str_field(v, "id").to_string())).href();
    let name = str_field(v, "name").to_string();
    view! {
        <th scope="row"><A href=href>{name}</A></th>
        <td colspan="2">{t("vmbox-hit-open-for-details")}</td>
    }
    .into_any()
}

fn vmbox_row(v: &Value) -> AnyView {
    let messages = v.get("messages").and_then(Value::as_u64).unwrap_or(0);
    let href = Screen::SmartPbx(Spbx::Vmbox(str_field(v, "id").to_string())).href();
    let (name, mailbox) = (str_field(v, "name").to_string(), str_field(v, "mailbox").to_string());
    view! {
        <th scope="row"><A href=href>{name}</A></th>
        <td>{mailbox}</td>
        <td>{messages}</td>
    }
    .into_any()
}

fn account() -> String {
    expect_context::<Crossbar>().account_id()
}

#[component]
pub fn VoicemailBoxesScreen() -> impl IntoView {
    let guide = expect_context::<RuntimeConfig>().docs.smartpbx_guide;
    let navigate = use_navigate();
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <h2 id="screen-title">{t("spbx-vmboxes")}</h2>
            <DocLinks guide=guide resources=vec!["/v2/accounts/x/vmboxes"] />
            <p>
                <button type="button" class="primary" on:click=move |_| navigate(&Screen::SmartPbx(Spbx::NewVmbox).href(), Default::default())>
                    {t("vmbox-add")}
                </button>
            </p>
            <PagedTable
                path=format!("accounts/{}/vmboxes", seg(&account()))
                caption_key="spbx-vmboxes"
                action_key="action-open-vmboxes"
                columns=vec!["col-name", "col-mailbox", "col-messages"]
                row=vmbox_row
                empty_key="vmboxes-empty"
                search=TableSearch { doc_type: "vmbox", view: SearchView::Name, label_key: "vmboxes-search", row: vmbox_hit, filtered: false }
            />
        </section>
    }
}

/// Loads the users (members to choose from) and, when editing, the box; then the form.
#[component]
fn VmboxLoader(editing: bool) -> impl IntoView {
    let params = use_params_map();
    let loaded = use_load(
        || t("action-open-vmbox"),
        move |call| {
            let id = params.with(|p| p.get("id").unwrap_or_default());
            let account = account();
            async move {
                let path = format!("accounts/{}/vmboxes/{}", seg(&account), seg(&id));
                let media_path = format!("accounts/{}/media", seg(&account));
                let (vmbox, users, media) = futures::join!(
                    async {
                        match editing {
                            true => call.get(&path).await.map(|e| Some(e.data)),
                            false => Ok(None),
                        }
                    },
                    all_users(&call, &account),
                    fetch_all_pages(&call, &media_path, "")
                );
                Ok((vmbox?, users?, media?))
            }
        },
    );
    view! {
        <Loaded load=loaded let:ready>
            <VmboxFormView vmbox=ready.0 users=ready.1 media=ready.2 />
        </Loaded>
    }
}

#[component]
pub fn CreateVmboxScreen() -> impl IntoView {
    view! { <VmboxLoader editing=false /> }
}

#[component]
pub fn EditVmboxScreen() -> impl IntoView {
    view! { <VmboxLoader editing=true /> }
}
