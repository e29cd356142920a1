//! White-label branding by hostname: before sign-in, `GET /v2/whitelabel/{host}`
//! (no token) names the company and colours the app. A 404 is the normal answer
//! for an unbranded domain.

use leptos::prelude::*;

use crate::hooks::watch;
use leptos::task::spawn_local;
use patchbay_crossbar::path::seg;
use serde::Deserialize;
use wasm_bindgen::JsCast;

use crate::api::Crossbar;
use crate::i18n::t;

#[derive(Clone, Copy)]
pub struct Branding {
    pub name: RwSignal<String>,
}

#[derive(Deserialize, Default)]
struct Whitelabel {
    #[serde(default)]
    company_name: Option<String>,
    #[serde(default, alias = "brandColor")]
    brand_color: Option<String>,
}

impl Branding {
    pub fn new(default_name: &str) -> Self {
        let name = if default_name.trim().is_empty() { t("brand-default") } else { default_name.trim().to_string() };
        Branding { name: RwSignal::new(name) }
    }
}

/// Only `#rgb`/`#rrggbb` colours: a whitelabel document is data from the network,
/// and anything else could smuggle CSS.
pub fn safe_colour(raw: &str) -> Option<&str> {
    let hex = raw.strip_prefix('#')?;
    ((hex.len() == 3 || hex.len() == 6) && hex.bytes().all(|b| b.is_ascii_hexdigit())).then_some(raw)
}

pub fn load_branding(client: Crossbar, branding: Branding) {
    let host = window().location().hostname().unwrap_or_default();
    if host.is_empty() {
        return;
    }
    spawn_local(async move {
        let call = client.action(t("action-load-branding")).expecting(404, t("inspector-no-branding"));
        let Ok(env) = call.get_anonymous(&format!("whitelabel/{}", seg(&host))).await else {
            return;
        };
        let wl: Whitelabel = env.data_as().unwrap_or_default();
        if let Some(name) = wl.company_name.filter(|n| !n.trim().is_empty()) {
            branding.name.set(name.trim().to_string());
        }
        if let Some(colour) = wl.brand_color.as_deref().and_then(safe_colour) {
            // Through the CSSOM: the Content-Security-Policy refuses inline `style`
            // attributes, but not properties set on an element's style object.
            if let Some(root) = document().document_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = root.style().set_property("--brand", colour);
            }
        }
    });
    // The brand names the tab until a screen names it (`hooks::follow_screen`), which
    // this leaves alone.
    let shown = StoredValue::new(document().title());
    watch(move || {
        let name = branding.name.get();
        let document = document();
        if document.title() == shown.get_value() || document.title().is_empty() {
            document.set_title(&name);
            shown.set_value(name);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::safe_colour;

    #[test]
    fn only_plain_hex_colours_are_applied() {
        assert_eq!(safe_colour("#2297ff"), Some("#2297ff"));
        assert_eq!(safe_colour("#abc"), Some("#abc"));
        assert_eq!(safe_colour("red; background:url(x)"), None);
        assert_eq!(safe_colour("#12345g"), None);
    }
}
