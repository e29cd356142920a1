//! My settings: what the signed-in person may change about themselves — name, email,
//! timezone and language; their password (the current one asked first); call forward;
//! do not disturb and hot desking; their voicemail PIN and greeting, and the messages
//! waiting for them — and what they may look at: their phones and their recent calls. Everything goes through their own user document and sub-resources,
//! which is all a user token may reach.

mod calls;
mod password;
mod phones;
mod profile;
mod voicemail;

use leptos::prelude::*;
use patchbay_crossbar::path::seg;
use patchbay_monster::UiMetadata;
use serde_json::Value;

use crate::api::{use_load, Crossbar};
use crate::components::loaded::Loaded;
use crate::components::section_intro::SectionIntro;
use crate::config::RuntimeConfig;
use crate::i18n::t;
use crate::routes::smartpbx::users::settings::call_forward::CallForwardSection;
use crate::routes::smartpbx::users::settings::presence::PresenceSection;
use crate::routes::smartpbx::users::settings::UserCtx;

/// Monster's own-account app stamps what a person changes about themselves.
const ORIGIN_MYACCOUNT: &str = "myaccount";

#[component]
pub fn MySettingsPage() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let config = expect_context::<RuntimeConfig>();
    let Some(session) = client.session.get_untracked() else { return ().into_any() };
    let Some(owner_id) = session.owner_id.clone() else { return ().into_any() };
    let path = format!("accounts/{}/users/{}", seg(&session.account_id), seg(&owner_id));
    let stored = {
        let path = path.clone();
        use_load(
            || t("action-open-settings"),
            move |call| {
                let path = path.clone();
                async move { call.get(&path).await.map(|env| env.data) }
            },
        )
    };
    let version = config.ui_metadata_version.clone();
    view! {
        <section class="screen" aria-labelledby="settings-title">
            <SectionIntro
                id="settings-title"
                title_key="settings-title"
                intro_key="settings-intro"
                guide=config.docs.smartpbx_guide.clone()
                resources=vec!["/v2/accounts/x/users/x"]
            />
            <Loaded load=stored let:user>
                {
                    let settings: profile::Settings = serde_json::from_value(user.clone()).unwrap_or_default();
                    let name = patchbay_monster::names::full_name(&settings.first_name, &settings.last_name);
                    let ctx = UserCtx {
                        account: session.account_id.clone(),
                        user_id: owner_id.clone(),
                        name,
                        outside: false,
                        meta: UiMetadata { version: version.clone(), origin: ORIGIN_MYACCOUNT.into() },
                        stored: RwSignal::new(user.clone()),
                    };
                    let username = user.get("username").and_then(Value::as_str).unwrap_or_default().to_string();
                    let presence_id = user.get("presence_id").and_then(Value::as_str).map(str::to_string);
                    view! {
                        <profile::ProfileForm path=path.clone() stored=settings />
                        <password::PasswordSection path=path.clone() username=username />
                        <CallForwardSection ctx=ctx.clone() user=user.clone() />
                        <PresenceSection ctx=ctx.clone() user=user.clone() />
                        <voicemail::MyVoicemail ctx=ctx.clone() presence_id=presence_id />
                        <phones::MyPhones owner_id=owner_id.clone() />
                        <calls::MyCalls owner_id=owner_id.clone() />
                    }
                }
            </Loaded>
        </section>
    }
    .into_any()
}
