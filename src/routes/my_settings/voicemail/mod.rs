//! My settings › my voicemail: the PIN and greeting of the person's own box, and the
//! messages waiting in it — played, filed as saved (or new again) and deleted, as the
//! Voicemails app lets a person do (monster-ui-voicemails; KAZOO `doc/voicemail.md`,
//! the `/vmboxes/{VM}/messages` sub-resources). The box is the one numbered like the
//! person's presence id, else the first they own (`user_features::main_vmbox_id`).

mod settings;

use leptos::prelude::*;
use patchbay_crossbar::path::seg;
use patchbay_monster::user_features::main_vmbox_id;
use serde_json::Value;

use crate::api::{fetch_all_pages, use_load, Crossbar};
use crate::components::loaded::Loaded;
use crate::components::voicemail_messages::VoicemailMessages;
use crate::i18n::t;
use crate::routes::smartpbx::users::settings::UserCtx;

#[component]
pub fn MyVoicemail(ctx: UserCtx, presence_id: Option<String>) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let base = format!("accounts/{}", seg(&client.own_account_id()));
    let owner = ctx.user_id.clone();
    let found = {
        let base = base.clone();
        use_load(
            || t("action-open-my-voicemail"),
            move |call| {
                let (base, owner, presence_id) = (base.clone(), owner.clone(), presence_id.clone());
                async move {
                    let query = format!("filter_owner_id={owner}");
                    let boxes = fetch_all_pages(&call, &format!("{base}/vmboxes"), &query).await?;
                    let Some(id) = main_vmbox_id(None, &boxes, presence_id.as_deref()) else { return Ok(None) };
                    let vmbox = call.get(&format!("{base}/vmboxes/{}", seg(&id))).await?.data;
                    let greetings =
                        fetch_all_pages(&call, &format!("{base}/media"), &format!("filter_source_id={id}")).await?;
                    Ok(Some((vmbox, greetings)))
                }
            },
        )
    };
    view! {
        <Loaded load=found let:found>
            {match found {
                Some((vmbox, greetings)) => view! {
                    <settings::VoicemailSettings ctx=ctx.clone() vmbox=vmbox.clone() greetings=greetings />
                    <VoicemailMessages vmbox=vmbox meta=ctx.meta.clone() title_key="my-messages-title" />
                }
                .into_any(),
                None => view! {
                    <section class="settings-section" aria-labelledby="my-voicemail-title">
                        <h3 id="my-voicemail-title">{t("my-voicemail-title")}</h3>
                        <p>{t("my-voicemail-none")}</p>
                    </section>
                }
                .into_any(),
            }}
        </Loaded>
    }
}

/// The box's id and `accounts/{A}/vmboxes/{VM}` path.
fn box_path(vmbox: &Value) -> String {
    let account = expect_context::<Crossbar>().own_account_id();
    format!("accounts/{}/vmboxes/{}", seg(&account), seg(&crate::routes::smartpbx::json::doc_id(vmbox)))
}
