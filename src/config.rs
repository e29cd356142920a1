//! Runtime configuration read from `config.json` beside index.html, so one static
//! build serves any domain and any Crossbar (white-label deployment).

use patchbay_crossbar::docs::DEFAULT_CROSSBAR_DOCS;
use serde::Deserialize;

/// The Monster UI release whose Smart PBX formats Patchbay writes (`docs/compatibility.md#ui_metadata`).
pub const DEFAULT_UI_VERSION: &str = "4.3-140";

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default)]
pub struct RuntimeConfig {
    /// Crossbar root: relative (`/v2`, same origin) or absolute (`https://pbx.example.com:8000/v2`).
    pub crossbar_url: String,
    /// Product name shown until a whitelabel document names the company.
    pub brand_name: String,
    /// Show the API inspector (resellers may turn it off).
    pub inspector: bool,
    /// `ui_metadata.version` on every Smart-PBX-equivalent write: Monster stamps its
    /// VERSION file there, so Patchbay writes a Monster-style version to match.
    pub ui_metadata_version: Option<String>,
    /// A phone provisioner's root (Monster's `api.provisioner`), for deployments whose
    /// Crossbar does not advertise one at sign-in; it wins over the advertised one.
    pub provisioner_url: Option<String>,
    /// What to call the server in the header ("Production", "Staging"); a Patchbay
    /// sandbox always shows as "Sandbox".
    pub environment: Option<String>,
    pub docs: DocsConfig,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default)]
pub struct DocsConfig {
    /// Crossbar docs page template; `{page}` is replaced by e.g. `users`.
    pub crossbar: String,
    pub smartpbx_guide: String,
    pub callflows_guide: String,
    pub accounts_guide: String,
    pub patchbay_guide: String,
}

impl Default for RuntimeConfig {
    fn default() -> Self {
        RuntimeConfig {
            crossbar_url: "/v2".into(),
            brand_name: String::new(),
            inspector: true,
            ui_metadata_version: Some(DEFAULT_UI_VERSION.into()),
            provisioner_url: None,
            environment: None,
            docs: DocsConfig::default(),
        }
    }
}

impl Default for DocsConfig {
    fn default() -> Self {
        DocsConfig {
            crossbar: DEFAULT_CROSSBAR_DOCS.into(),
            smartpbx_guide: "https://docs.2600hz.com/frontends/monsterui/user-guides/app-docs/smartpbx/user-guide"
                .into(),
            callflows_guide: "https://github.com/2600hz/monster-ui-callflows#readme".into(),
            accounts_guide: "https://github.com/2600hz/monster-ui-accounts#readme".into(),
            patchbay_guide: "https://github.com/2600hz/kazoo/blob/master/applications/crossbar/doc/basics.md".into(),
        }
    }
}

impl RuntimeConfig {
    /// Absolute Crossbar root without a trailing slash, resolved against the page.
    pub fn crossbar_root(&self, page_origin: &str) -> String {
        let url = self.crossbar_url.trim().trim_end_matches('/');
        if url.starts_with("http://") || url.starts_with("https://") {
            url.to_string()
        } else {
            format!("{}/{}", page_origin.trim_end_matches('/'), url.trim_start_matches('/'))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_and_absolute_roots() {
        let mut c = RuntimeConfig::default();
        assert_eq!(c.crossbar_root("http://127.0.0.1:8080"), "http://127.0.0.1:8080/v2");
        c.crossbar_url = "https://pbx.example.com:8443/v2/".into();
        assert_eq!(c.crossbar_root("http://127.0.0.1:8080"), "https://pbx.example.com:8443/v2");
    }

    #[test]
    fn missing_keys_take_defaults() {
        let c: RuntimeConfig = serde_json::from_str(r#"{"brand_name":"Acme Voice"}"#).unwrap();
        assert_eq!(c.crossbar_url, "/v2");
        assert!(c.inspector);
        assert!(c.docs.crossbar.contains("{page}"));
    }
}
