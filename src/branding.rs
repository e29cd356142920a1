//! White-label branding by hostname: before sign-in, `GET /v2/whitelabel/{host}`
//! (no token) names the company, colours the app and sets its logo and favicon, as
//! Monster's core app does at start-up (monster-ui `src/apps/core/app.js` `load`,
//! `displayLogo`, `displayFavicon`). A 404 is the normal answer for an unbranded
//! domain, and the standard look stays.
//!
//! Besides Monster's keys (`company_name`, `brandColor`), a brand may switch off, for
//! everyone who signs in at its domain, the documentation links and the API inspector:
//! `patchbay.hide_docs` and `patchbay.hide_inspector` in the same document (KAZOO keeps
//! keys its schema does not name, `applications/crossbar/doc/whitelabeling.md`).

use leptos::prelude::*;

use crate::hooks::watch;
use leptos::task::spawn_local;
use patchbay_crossbar::path::seg;
use serde_json::Value;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::api::Crossbar;
use crate::i18n::t;

/// The whitelabel document's object of Patchbay's own settings.
pub const PATCHBAY_KEY: &str = "patchbay";
/// Under `PATCHBAY_KEY`: hide the documentation links.
pub const HIDE_DOCS: &str = "hide_docs";
/// Under `PATCHBAY_KEY`: hide the API inspector.
pub const HIDE_INSPECTOR: &str = "hide_inspector";
/// Monster's brand colour key (`monster.config.whitelabel.brandColor`).
pub const BRAND_COLOR: &str = "brandColor";

#[derive(Clone, Copy)]
pub struct Branding {
    pub name: RwSignal<String>,
    /// The logo of the brand this web address belongs to, once it has loaded
    /// (`/v2/whitelabel/{host}/logo`); `None` while there is none to show.
    pub logo: RwSignal<Option<String>>,
    /// Documentation links are hidden on this web address.
    pub hide_docs: RwSignal<bool>,
    /// The API inspector is hidden on this web address.
    pub hide_inspector: RwSignal<bool>,
}

impl Branding {
    pub fn new(default_name: &str) -> Self {
        let name = if default_name.trim().is_empty() { t("brand-default") } else { default_name.trim().to_string() };
        Branding {
            name: RwSignal::new(name),
            logo: RwSignal::new(None),
            hide_docs: RwSignal::new(false),
            hide_inspector: RwSignal::new(false),
        }
    }
}

/// Whether this web address's brand hides documentation links; tracked, for views.
pub fn docs_hidden() -> bool {
    use_context::<Branding>().is_some_and(|b| b.hide_docs.get())
}

/// What a whitelabel document changes in the app's look, each part only when it is
/// usable: a name with text in it, a plain hex colour, switches that are booleans.
#[derive(Debug, Default, PartialEq)]
pub struct Look {
    pub name: Option<String>,
    pub colour: Option<String>,
    pub hide_docs: bool,
    pub hide_inspector: bool,
}

impl Look {
    pub fn of(doc: &Value) -> Look {
        let text = |key: &str| doc.get(key).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty());
        let switch = |key: &str| doc.get(PATCHBAY_KEY).and_then(|p| p.get(key)).and_then(Value::as_bool) == Some(true);
        Look {
            name: text("company_name").map(str::to_string),
            // Monster's key first; `brand_color` is what Patchbay read before.
            colour: text(BRAND_COLOR).or_else(|| text("brand_color")).and_then(safe_colour).map(str::to_string),
            hide_docs: switch(HIDE_DOCS),
            hide_inspector: switch(HIDE_INSPECTOR),
        }
    }
}

/// Only `#rgb`/`#rrggbb` colours: a whitelabel document is data from the network,
/// and anything else could smuggle CSS.
pub fn safe_colour(raw: &str) -> Option<&str> {
    let hex = raw.strip_prefix('#')?;
    ((hex.len() == 3 || hex.len() == 6) && hex.bytes().all(|b| b.is_ascii_hexdigit())).then_some(raw)
}

/// Sets a CSS custom property on `element` through the CSSOM: the Content-Security-Policy
/// refuses inline `style` attributes, but not properties set on an element's style object.
pub fn set_css_variable(element: &web_sys::Element, name: &str, value: Option<&str>) {
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = match value {
            Some(value) => element.style().set_property(name, value),
            None => element.style().remove_property(name).map(|_| ()),
        };
    }
}

/// Loads `url` as an image and runs `loaded` only if it loads: a brand without a logo
/// or icon keeps the standard look, quietly.
fn when_image_loads(url: &str, loaded: impl FnOnce() + 'static) {
    let Ok(probe) = document().create_element("img") else { return };
    let on_load = Closure::once_into_js(loaded);
    let _ = probe.add_event_listener_with_callback("load", on_load.unchecked_ref());
    let _ = probe.set_attribute("src", url);
}

/// The tab's icon: the brand's own replaces whatever the page had.
fn set_favicon(url: &str) {
    let document = document();
    let Some(head) = document.query_selector("head").ok().flatten() else { return };
    let link = match document.query_selector("link[rel='icon']").ok().flatten() {
        Some(link) => link,
        None => match document.create_element("link") {
            Ok(link) => {
                let _ = link.set_attribute("rel", "icon");
                let _ = head.append_child(&link);
                link
            }
            Err(_) => return,
        },
    };
    let _ = link.set_attribute("href", url);
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
        let look = Look::of(&env.data);
        if let Some(name) = look.name {
            branding.name.set(name);
        }
        if let (Some(colour), Some(root)) = (look.colour.as_deref(), document().document_element()) {
            set_css_variable(&root, "--brand", Some(colour));
        }
        branding.hide_docs.set(look.hide_docs);
        branding.hide_inspector.set(look.hide_inspector);
        // Monster asks for these with a changing query so that a new upload shows at once.
        let (root, fresh) = (client.root(), crate::api::now_ms() as u64);
        let logo = format!("{root}/whitelabel/{}/logo?_={fresh}", seg(&host));
        let icon = format!("{root}/whitelabel/{}/icon?_={fresh}", seg(&host));
        let (shown_logo, shown_icon) = (logo.clone(), icon.clone());
        when_image_loads(&logo, move || branding.logo.set(Some(shown_logo)));
        when_image_loads(&icon, move || set_favicon(&shown_icon));
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
    use super::*;
    use serde_json::json;

    #[test]
    fn only_plain_hex_colours_are_applied() {
        assert_eq!(safe_colour("#2297ff"), Some("#2297ff"));
        assert_eq!(safe_colour("#abc"), Some("#abc"));
        assert_eq!(safe_colour("red; background:url(x)"), None);
        assert_eq!(safe_colour("#12345g"), None);
        assert_eq!(safe_colour("#1234"), None);
        assert_eq!(safe_colour("2297ff"), None);
    }

    #[test]
    fn a_whitelabel_document_changes_only_what_it_holds_in_a_usable_form() {
        let doc = json!({
            "company_name": " Acme Voice ",
            "brandColor": "#1a5fb4",
            "patchbay": {"hide_docs": true, "hide_inspector": "yes"}
        });
        let look = Look::of(&doc);
        assert_eq!(look.name.as_deref(), Some("Acme Voice"));
        assert_eq!(look.colour.as_deref(), Some("#1a5fb4"));
        assert!(look.hide_docs);
        assert!(!look.hide_inspector, "only a real `true` hides the inspector");

        let look = Look::of(&json!({"company_name": "  ", "brandColor": "url(evil)", "brand_color": "#abc"}));
        assert_eq!(look, Look { name: None, colour: None, hide_docs: false, hide_inspector: false });
        assert_eq!(Look::of(&json!({"brand_color": "#abc"})).colour.as_deref(), Some("#abc"));
        assert_eq!(Look::of(&json!(null)), Look::default());
    }
}
