//! Branding (reseller admins): the white-label customers see at the reseller's own
//! domain, as Monster's Branding app keeps it — the account's `whitelabel` document
//! (`GET/PUT/POST /v2/accounts/{A}/whitelabel`), its logo and icon
//! (`…/whitelabel/logo|icon`) and the DNS records the domain needs
//! (`…/whitelabel/domains`). KAZOO `applications/crossbar/doc/whitelabeling.md`.
//!
//! `doc` is what the form reads, checks and sends; `save` the requests of one save;
//! `fields` the colour and picture fields; `preview` the sign-in page as the domain will
//! show it; `dns` the records to create.

mod dns;
mod doc;
mod fields;
mod form;
mod preview;
mod save;

use leptos::prelude::*;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use serde_json::Value;

use crate::api::{use_load, ActionScope, Crossbar};
use crate::components::loaded::Loaded;
use crate::components::section_intro::SectionIntro;
use crate::config::RuntimeConfig;
use crate::i18n::t;
use doc::Picture;
use form::BrandingForm;

/// A picture as Crossbar served it: its content type and bytes.
pub type Stored = (String, Vec<u8>);

/// What the screen reads: the document (`None` before the first save) and its pictures.
#[derive(Clone)]
pub struct Whitelabel {
    pub doc: Option<Value>,
    pub logo: Option<Stored>,
    pub icon: Option<Stored>,
}

/// The account's `…/whitelabel` path.
pub fn whitelabel_path(account: &str) -> String {
    format!("accounts/{}/whitelabel", seg(account))
}

/// A 404 is an answer here: nothing saved yet.
fn missing_is_none<T>(result: Result<T, CrossbarError>) -> Result<Option<T>, CrossbarError> {
    match result {
        Ok(found) => Ok(Some(found)),
        Err(CrossbarError::NotFound { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

async fn read(call: ActionScope, account: String) -> Result<Whitelabel, CrossbarError> {
    let call = call.expecting(404, t("inspector-not-branded"));
    let base = whitelabel_path(&account);
    let Some(doc) = missing_is_none(call.get(&base).await)? else {
        return Ok(Whitelabel { doc: None, logo: None, icon: None });
    };
    let (logo_path, icon_path) =
        (format!("{base}/{}", seg(Picture::Logo.key())), format!("{base}/{}", seg(Picture::Icon.key())));
    let (logo, icon) = futures::join!(call.get_bytes(&logo_path, "image/*"), call.get_bytes(&icon_path, "image/*"));
    Ok(Whitelabel { doc: Some(doc.data), logo: missing_is_none(logo)?, icon: missing_is_none(icon)? })
}

#[component]
pub fn BrandingScreen() -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let config = expect_context::<RuntimeConfig>();
    let loaded = use_load(|| t("action-open-branding"), move |call| read(call, client.account_id()));
    view! {
        <section class="screen branding" aria-labelledby="branding-title">
            <SectionIntro
                id="branding-title"
                title_key="branding-title"
                intro_key="branding-intro"
                guide=config.docs.accounts_guide.clone()
                resources=vec!["/v2/accounts/x/whitelabel"]
            />
            <Loaded load=loaded let:whitelabel>
                <BrandingForm whitelabel=whitelabel />
            </Loaded>
        </section>
    }
}
