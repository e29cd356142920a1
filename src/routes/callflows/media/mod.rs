//! Callflows › Media: the account's recordings and spoken texts — greetings, prompts,
//! music on hold — each playable here, made from a file or from text, and deleted after
//! a question (monster-ui-callflows `submodules/media/media.js`).

mod dialog;

pub use dialog::MediaDialog;

use leptos::prelude::*;
use leptos_router::components::A;
use patchbay_crossbar::paging::fetch_all_pages;
use patchbay_crossbar::path::seg;
use serde_json::Value;

use super::account_path;
use super::delete_question::{use_deletion, DeleteQuestion, Deletion};
use super::entities::EntityTarget;
use crate::api::use_load;
use crate::components::doc_links::DocLinks;
use crate::components::loaded::Loaded;
use crate::components::media_player::{use_playback, Player};
use crate::config::RuntimeConfig;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::json::str_field;
use crate::routes::table::Screen;

#[component]
pub fn MediaScreen() -> impl IntoView {
    let guide = expect_context::<RuntimeConfig>().docs.callflows_guide;
    let rows = use_load(
        || t("action-open-media-list"),
        |call| async move { fetch_all_pages(&call, &format!("{}/media", account_path()), "").await },
    );
    let editing = RwSignal::new(None::<EntityTarget>);
    let said = RwSignal::new(None::<String>);
    let playback = use_playback();
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
            <h2 id="screen-title">{t("media-title")}</h2>
            <p>{t("media-intro")}</p>
            <DocLinks guide=guide resources=vec!["/v2/accounts/x/media"] />
            <p><button type="button" class="primary" on:click=move |_| editing.set(Some(EntityTarget::New))>{t("media-new")}</button></p>
            <p role="status" class="save-status">{move || said.get()}</p>
            <Player playback=playback />
            <DeleteQuestion deletion=deletion question_key="media-delete-confirm" />
            <Loaded load=rows reread=true let:rows>
                {media_table(rows, editing, deletion, Callback::new(move |(id, name): (String, String)| playback.play(format!("{}/media/{}/raw", account_path(), seg(&id)), name)))}
            </Loaded>
            <MediaDialog target=editing on_saved=on_saved />
        </section>
    }
}

fn media_table(
    rows: Vec<Value>,
    editing: RwSignal<Option<EntityTarget>>,
    deletion: Deletion,
    play: Callback<(String, String)>,
) -> AnyView {
    if rows.is_empty() {
        return view! { <p>{t("media-empty")}</p> }.into_any();
    }
    let mut rows: Vec<(String, String, String)> = rows
        .iter()
        .map(|r| {
            let kind =
                if str_field(r, "media_source") == "tts" { t("media-source-tts") } else { t("media-source-upload") };
            (str_field(r, "id").to_string(), str_field(r, "name").to_string(), kind)
        })
        .collect();
    patchbay_crossbar::order::sort_by(&mut rows, |a, b| a.1.cmp(&b.1));
    view! {
        <table class="table">
            <caption>{t("media-title")}</caption>
            <thead><tr><th scope="col">{t("col-name")}</th><th scope="col">{t("media-source")}</th><th scope="col"><span class="visually-hidden">{t("tod-col-actions")}</span></th></tr></thead>
            <tbody>
                {rows.into_iter().map(|(id, name, kind)| {
                    let (open_id, play_id, label) = (id.clone(), id.clone(), name.clone());
                    let play_name = name.clone();
                    view! {
                        <tr>
                            <th scope="row"><button type="button" class="link" on:click=move |_| editing.set(Some(EntityTarget::Existing(open_id.clone())))>{name.clone()}</button></th>
                            <td>{kind}</td>
                            <td class="row-actions">
                                <button type="button" aria-label=t_with("media-play-named", &[("name", arg(name.clone()))])
                                    on:click=move |_| play.run((play_id.clone(), play_name.clone()))>{t("media-play")}</button>
                                " "
                                <button type="button" aria-label=t_with("tod-delete-named", &[("name", arg(label.clone()))])
                                    on:click=move |_| deletion.ask("media", &id, label.clone())>{t("delete")}</button>
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
