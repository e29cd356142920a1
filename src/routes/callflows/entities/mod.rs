//! Callflows' entity managers, as the tiles of Monster's Callflows app open them
//! (monster-ui-callflows `app.js` `renderEntityManager`): menus, conferences,
//! directories, blocklists and fax boxes, each a list whose names open the form in a
//! dialog, with "New …" and a delete that asks first. The forms are data
//! (`patchbay_monster::callflow::entity`), so one screen serves them all.

mod dialog;
mod members;

pub use dialog::{EntityDialog, EntityTarget};

use leptos::prelude::*;
use leptos_router::components::A;
use patchbay_crossbar::paging::fetch_all_pages;
use patchbay_monster::callflow::entity::Entity;

use super::account_path;
use super::delete_question::{use_deletion, DeleteQuestion};
use super::picker::row_name;
use crate::api::use_load;
use crate::components::doc_links::DocLinks;
use crate::components::loaded::Loaded;
use crate::config::RuntimeConfig;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::json::str_field;
use crate::routes::table::Screen;

/// The Crossbar docs page of each collection, for the screen's links.
fn api_doc(entity: &Entity) -> &'static str {
    match entity.collection {
        "menus" => "/v2/accounts/x/menus",
        "conferences" => "/v2/accounts/x/conferences",
        "directories" => "/v2/accounts/x/directories",
        "blacklists" => "/v2/accounts/x/blacklists",
        _ => "/v2/accounts/x/faxboxes",
    }
}

#[component]
pub fn EntityScreen(entity: &'static Entity) -> impl IntoView {
    let guide = expect_context::<RuntimeConfig>().docs.callflows_guide;
    let key = entity.key;
    let rows = use_load(
        move || t(&format!("action-open-{key}")),
        move |call| async move { fetch_all_pages(&call, &format!("{}/{}", account_path(), entity.collection), "").await },
    );
    let editing = RwSignal::new(None::<EntityTarget>);
    let said = RwSignal::new(None::<String>);
    let on_saved = Callback::new(move |(_, name): (String, String)| {
        said.set(Some(t_with("ent-saved", &[("name", arg(name))])));
        rows.refetch();
    });
    let deletion = use_deletion("action-delete-named", move |outcome| match outcome {
        Ok(()) => {
            said.set(Some(t("ent-deleted")));
            rows.refetch();
        }
        Err(e) => said.set(Some(e)),
    });
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <p><A href=Screen::Callflows.href()>{t("cf-back-to-list")}</A></p>
            <h2 id="screen-title">{t(&format!("ent-{key}-title"))}</h2>
            <p>{t(&format!("ent-{key}-intro"))}</p>
            <DocLinks guide=guide resources=vec![api_doc(entity)] />
            <p><button type="button" class="primary" on:click=move |_| editing.set(Some(EntityTarget::New))>{t(&format!("ent-{key}-new"))}</button></p>
            <p role="status" class="save-status">{move || said.get()}</p>
            <DeleteQuestion deletion=deletion question_key=format!("ent-{key}-delete-confirm") />
            <Loaded load=rows reread=true let:rows>
                {if rows.is_empty() {
                    view! { <p>{t(&format!("ent-{key}-empty"))}</p> }.into_any()
                } else {
                    let mut rows: Vec<(String, String)> = rows.iter().map(|r| (str_field(r, "id").to_string(), row_name(r))).collect();
                    patchbay_crossbar::order::sort_by(&mut rows, |a, b| a.1.cmp(&b.1));
                    view! {
                        <table class="table">
                            <caption>{t(&format!("ent-{key}-title"))}</caption>
                            <thead><tr><th scope="col">{t("col-name")}</th><th scope="col"><span class="visually-hidden">{t("tod-col-actions")}</span></th></tr></thead>
                            <tbody>
                                {rows.into_iter().map(|(id, name)| {
                                    let (open_id, label) = (id.clone(), name.clone());
                                    view! {
                                        <tr>
                                            <th scope="row"><button type="button" class="link" on:click=move |_| editing.set(Some(EntityTarget::Existing(open_id.clone())))>{name.clone()}</button></th>
                                            <td><button type="button" aria-label=t_with("tod-delete-named", &[("name", arg(label.clone()))])
                                                on:click=move |_| deletion.ask(entity.collection, &id, label.clone())>{t("delete")}</button></td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any()
                }}
            </Loaded>
            <EntityDialog entity=entity target=editing on_saved=on_saved />
        </section>
    }
}
