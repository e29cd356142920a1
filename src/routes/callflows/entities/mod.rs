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
use patchbay_crossbar::path::seg;
use patchbay_monster::callflow::entity::Entity;
use patchbay_monster::stamp::UiMetadata;

use super::account_path;
use super::picker::row_name;
use crate::api::{use_load, use_save};
use crate::components::confirm::Confirm;
use crate::components::doc_links::DocLinks;
use crate::components::error_notice::error_text;
use crate::components::loaded::Loaded;
use crate::config::RuntimeConfig;
use crate::hooks::watch;
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
    let version = StoredValue::new(use_context::<RuntimeConfig>().and_then(|c| c.ui_metadata_version));
    let key = entity.key;
    let rows = use_load(
        move || t(&format!("action-open-{key}")),
        move |call| async move { fetch_all_pages(&call, &format!("{}/{}", account_path(), entity.collection), "").await },
    );
    let editing = RwSignal::new(None::<EntityTarget>);
    let said = RwSignal::new(None::<String>);
    let deleting = RwSignal::new(None::<(String, String)>);
    let on_saved = Callback::new(move |(_, name): (String, String)| {
        said.set(Some(t_with("ent-saved", &[("name", arg(name))])));
        rows.refetch();
    });
    let delete = use_save(
        |(_, name): &(String, String)| t_with("action-delete-named", &[("name", arg(name.clone()))]),
        move |call, (id, _): (String, String)| {
            let path = format!("{}/{}/{}", account_path(), entity.collection, seg(&id));
            let meta = UiMetadata::callflows(version.get_value().as_deref());
            async move { call.delete_stamped(&path, &meta).await.map(|_| ()) }
        },
    );
    watch(move || match delete.value().get() {
        Some(Ok(())) => {
            deleting.set(None);
            said.set(Some(t("ent-deleted")));
            rows.refetch();
        }
        Some(Err(e)) => said.set(Some(error_text(&e))),
        None => {}
    });
    view! {
        <section class="screen" aria-labelledby="screen-title">
            <p><A href=Screen::Callflows.href()>{t("cf-back-to-list")}</A></p>
            <h2 id="screen-title">{t(&format!("ent-{key}-title"))}</h2>
            <p>{t(&format!("ent-{key}-intro"))}</p>
            <DocLinks guide=guide resources=vec![api_doc(entity)] />
            <p><button type="button" class="primary" on:click=move |_| editing.set(Some(EntityTarget::New))>{t(&format!("ent-{key}-new"))}</button></p>
            <p role="status" class="save-status">{move || said.get()}</p>
            {move || deleting.get().map(|(_, name)| view! {
                <Confirm labelled_by="ent-delete-question" on_cancel=Callback::new(move |_| deleting.set(None))>
                    <p id="ent-delete-question">{t_with(&format!("ent-{key}-delete-confirm"), &[("name", arg(name))])}</p>
                    <p class="form-actions">
                        <button type="button" class="danger" disabled=move || delete.pending().get()
                            on:click=move |_| if let Some(d) = deleting.get_untracked() { delete.dispatch(d) }>{t("delete")}</button>
                        <button type="button" on:click=move |_| deleting.set(None)>{t("cancel")}</button>
                    </p>
                </Confirm>
            })}
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
                                                on:click=move |_| deleting.set(Some((id.clone(), label.clone())))>{t("delete")}</button></td>
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
