//! Smart PBX › Users › a user's settings beyond name and extension: one row per feature
//! (numbers, devices, ringing, call forward, do not disturb, voicemail, caller ID,
//! recording, directory, conference, fax, role and language, password), each stating how
//! it is set now and opening onto its own form with one Save. Like Smart PBX's feature
//! dialogs, each saves on its own; unlike Smart PBX's full-document POSTs, each PATCHes
//! only its own fields, so nothing else is lost.
//! The document shapes come from `patchbay_monster::user_features`.

pub(crate) mod call_forward;
mod caller_id;
mod conference;
mod devices;
mod directory;
mod fax;
mod locale;
mod numbers;
mod password_reset;
pub(crate) mod presence;
mod recording;
mod ringing;
pub(crate) mod section;
mod voicemail;

use leptos::prelude::*;
use patchbay_crossbar::path::seg;
use patchbay_monster::stamp::{made_outside, ORIGIN_SMARTPBX};
use patchbay_monster::user_features::main_vmbox_id;
use patchbay_monster::UiMetadata;
use serde_json::Value;

use crate::api::fetch_all_pages;
use crate::api::{use_load, ActionScope, Crossbar};
use crate::components::error_notice::error_text;
use crate::components::loaded::Loaded;
use crate::i18n::{arg, t, t_with};
use crate::routes::smartpbx::json::doc_id;
use crate::routes::smartpbx::{smartpbx_stamp, stamped};

/// Who is being edited, and how writes are stamped.
#[derive(Clone)]
pub struct UserCtx {
    pub account: String,
    pub user_id: String,
    pub name: String,
    pub outside: bool,
    pub meta: UiMetadata,
    /// The user's document as last read or written: what the features' rows state.
    pub stored: RwSignal<Value>,
}

impl UserCtx {
    pub fn base(&self) -> String {
        format!("accounts/{}", seg(&self.account))
    }

    pub fn user_path(&self) -> String {
        format!("accounts/{}/users/{}", seg(&self.account), seg(&self.user_id))
    }

    /// PATCH `body`, stamped as Smart PBX stamps every write; errors as text for the section.
    /// The user's own document, as Crossbar answers it, becomes what the rows state.
    pub async fn patch(&self, call: &ActionScope, path: &str, body: Value) -> Result<Value, String> {
        let written =
            call.patch(path, stamped(body, &self.meta)).await.map(|env| env.data).map_err(|e| error_text(&e))?;
        if path == self.user_path() {
            // The screen may have gone meanwhile: then there is nothing left to tell.
            let _ = self.stored.try_set(written.clone());
        }
        Ok(written)
    }

    /// POST a command (not a document: nothing to stamp); errors as text for the section.
    pub async fn post(&self, call: &ActionScope, path: &str, body: Value) -> Result<Value, String> {
        call.post(path, body).await.map(|env| env.data).map_err(|e| error_text(&e))
    }
}

/// What the sections need besides the user: its main callflow and voicemail box (found as
/// Smart PBX finds them), the account's media, its devices and the unassigned ones.
#[derive(Clone, Default)]
pub struct Related {
    pub main_callflow: Option<Value>,
    pub vmbox: Option<Value>,
    pub media: Vec<Value>,
    pub owned_devices: Vec<Value>,
    pub spare_devices: Vec<Value>,
    /// Account numbers nothing uses yet.
    pub spare_numbers: Vec<String>,
    /// The account's "SmartPBX Directory", when it has one.
    pub smartpbx_directory: Option<String>,
}

async fn load_related(
    call: &ActionScope,
    base: &str,
    user_id: &str,
    presence_id: Option<&str>,
) -> Result<Related, patchbay_crossbar::CrossbarError> {
    let owner = format!("filter_owner_id={user_id}");
    let paths = [
        format!("{base}/callflows"),
        format!("{base}/vmboxes"),
        format!("{base}/media"),
        format!("{base}/devices"),
        // The first page of unassigned devices: enough to pick from, bounded on big accounts.
        format!("{base}/devices?key_missing=owner_id&page_size=50"),
        format!("{base}/directories"),
    ];
    let account = base.trim_start_matches("accounts/");
    let (callflows, vmboxes, media, owned, spare, inventory, directories) = futures::join!(
        fetch_all_pages(call, &paths[0], &owner),
        fetch_all_pages(call, &paths[1], &owner),
        fetch_all_pages(call, &paths[2], ""),
        fetch_all_pages(call, &paths[3], &owner),
        call.get(&paths[4]),
        crate::routes::smartpbx::numbers::load_all(call, account),
        fetch_all_pages(call, &paths[5], ""),
    );
    let main_row = callflows?
        .into_iter()
        .find(|cf| matches!(cf.get("type").and_then(Value::as_str), None | Some("mainUserCallflow")));
    let main_callflow = match &main_row {
        Some(row) => Some(call.get(&format!("{base}/callflows/{}", seg(&doc_id(row)))).await?.data),
        None => None,
    };
    // The box the main callflow rings, else the one numbered like the user (a user with
    // two boxes edits the right one).
    let vm_id = main_vmbox_id(main_callflow.as_ref().and_then(|cf| cf.get("flow")), &vmboxes?, presence_id);
    let vmbox = match vm_id {
        Some(id) => Some(call.get(&format!("{base}/vmboxes/{}", seg(&id))).await?.data),
        None => None,
    };
    Ok(Related {
        main_callflow,
        vmbox,
        media: media?,
        owned_devices: owned?,
        spare_devices: spare?.data.as_array().cloned().unwrap_or_default(),
        spare_numbers: inventory?
            .into_iter()
            .filter(|(_, n)| n.get("used_by").and_then(Value::as_str).is_none_or(str::is_empty))
            .map(|(number, _)| number)
            .collect(),
        smartpbx_directory: directories?
            .iter()
            .find(|d| patchbay_monster::classify::is_smartpbx_directory(d))
            .map(doc_id),
    })
}

#[component]
pub fn UserSettings(user: Value) -> impl IntoView {
    let account = expect_context::<Crossbar>().account_id();
    let name = patchbay_monster::names::full_name(
        user.get("first_name").and_then(Value::as_str).unwrap_or_default(),
        user.get("last_name").and_then(Value::as_str).unwrap_or_default(),
    );
    let ctx = UserCtx {
        account,
        user_id: doc_id(&user),
        name,
        outside: made_outside(&user, ORIGIN_SMARTPBX),
        meta: smartpbx_stamp(),
        stored: RwSignal::new(user.clone()),
    };
    let related = {
        let ctx = ctx.clone();
        let label = {
            let ctx = ctx.clone();
            move || t_with("action-open-user-settings", &[("name", arg(ctx.name.clone()))])
        };
        let presence_id = user.get("presence_id").and_then(Value::as_str).map(str::to_string);
        use_load(label, move |call| {
            let (ctx, presence_id) = (ctx.clone(), presence_id.clone());
            async move { load_related(&call, &ctx.base(), &ctx.user_id, presence_id.as_deref()).await }
        })
    };
    let user = StoredValue::new(user);
    view! {
        <section class="screen user-settings" aria-labelledby="user-settings-title">
            <h2 id="user-settings-title">{t("user-settings-title")}</h2>
            <p class="field__hint">{t("user-settings-intro")}</p>
            <Loaded load=related let:r>
                {
                    let (ctx, user) = (ctx.clone(), user.get_value());
                    view! {
                        <numbers::NumbersSection ctx=ctx.clone() user=user.clone() related=r.clone() />
                        <devices::DevicesSection ctx=ctx.clone() related=r.clone() />
                        <ringing::RingingSection ctx=ctx.clone() related=r.clone() />
                        <call_forward::CallForwardSection ctx=ctx.clone() user=user.clone() />
                        <presence::PresenceSection ctx=ctx.clone() user=user.clone() />
                        <voicemail::VoicemailSection ctx=ctx.clone() user=user.clone() related=r.clone() />
                        <caller_id::CallerIdSection ctx=ctx.clone() user=user.clone() related=r.clone() />
                        <recording::RecordingSection ctx=ctx.clone() user=user.clone() />
                        <directory::DirectorySection ctx=ctx.clone() user=user.clone() related=r.clone() />
                        <conference::ConferenceSection ctx=ctx.clone() user=user.clone() />
                        <fax::FaxSection ctx=ctx.clone() user=user.clone() related=r.clone() />
                        <locale::LocaleSection ctx=ctx.clone() user=user.clone() />
                        <password_reset::PasswordResetSection ctx=ctx user=user />
                    }
                }
            </Loaded>
        </section>
    }
}
