//! The whitelabel document as the Branding screen edits it: the fields it shows, the
//! body it sends, and what it checks first. Crossbar has no PATCH for this document and
//! its POST replaces the whole of it (KAZOO `applications/crossbar/doc/whitelabeling.md`),
//! so the body is the document as stored just before the save with only the fields this
//! form changed put in: keys other apps wrote (Monster's Branding app keeps many of its
//! own, `applications/crossbar/doc/whitelabeling.md`) go back as they were.

use serde_json::{Map, Value};

use crate::branding::{safe_colour, BRAND_COLOR, HIDE_DOCS, HIDE_INSPECTOR, PATCHBAY_KEY};
use crate::components::form::{name_problem, FieldErrors};
use crate::i18n::{arg, t, t_with};

/// Where Monster's error dialogs send problem reports (`whitelabel.callReportEmail`).
const SUPPORT_EMAIL: &str = "callReportEmail";
/// The help link of KAZOO's whitelabel schema (`nav.help`).
const HELP: [&str; 2] = ["nav", "help"];
/// The key Patchbay read the colour from before it used Monster's `brandColor`.
const OLD_COLOUR: &str = "brand_color";

/// The fields of the form, as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BrandForm {
    pub company_name: String,
    pub brand_color: String,
    pub domain: String,
    pub support_email: String,
    pub help_url: String,
    pub hide_docs: bool,
    pub hide_inspector: bool,
}

fn text_at<'a>(doc: &'a Value, path: &[&str]) -> &'a str {
    path.iter().try_fold(doc, |v, key| v.get(key)).and_then(Value::as_str).unwrap_or_default()
}

fn switch(doc: &Value, key: &str) -> bool {
    doc.get(PATCHBAY_KEY).and_then(|p| p.get(key)).and_then(Value::as_bool).unwrap_or(false)
}

impl BrandForm {
    /// The form for a stored document (`{}` when the account has none yet).
    pub fn of(doc: &Value) -> BrandForm {
        let colour = match text_at(doc, &[BRAND_COLOR]) {
            "" => text_at(doc, &[OLD_COLOUR]),
            c => c,
        };
        BrandForm {
            company_name: text_at(doc, &["company_name"]).to_string(),
            brand_color: colour.to_string(),
            domain: text_at(doc, &["domain"]).to_string(),
            support_email: text_at(doc, &[SUPPORT_EMAIL]).to_string(),
            help_url: text_at(doc, &HELP).to_string(),
            hide_docs: switch(doc, HIDE_DOCS),
            hide_inspector: switch(doc, HIDE_INSPECTOR),
        }
    }
}

/// Sets the text at `path` (objects on the way made as needed), or removes it when
/// `value` is empty, with an object on the way that this leaves empty.
fn set_text(doc: &mut Map<String, Value>, path: &[&str], value: &str) {
    let Some((last, parents)) = path.split_last() else { return };
    if let Some((first, rest)) = parents.split_first() {
        let child = doc.entry(first.to_string()).or_insert_with(|| Value::Object(Map::new()));
        if !child.is_object() {
            *child = Value::Object(Map::new());
        }
        if let Some(child) = child.as_object_mut() {
            let mut inner = rest.to_vec();
            inner.push(*last);
            set_text(child, &inner, value);
            if child.is_empty() {
                doc.remove(*first);
            }
        }
        return;
    }
    if value.is_empty() {
        doc.remove(*last);
    } else {
        doc.insert(last.to_string(), Value::String(value.to_string()));
    }
}

fn set_switch(doc: &mut Map<String, Value>, key: &str, on: bool) {
    let settings = doc.entry(PATCHBAY_KEY.to_string()).or_insert_with(|| Value::Object(Map::new()));
    if !settings.is_object() {
        *settings = Value::Object(Map::new());
    }
    if let Some(settings) = settings.as_object_mut() {
        settings.insert(key.to_string(), Value::Bool(on));
    }
}

/// The body of the save: `stored` (the document as read just before saving, `{}` for
/// none) with each field that differs between `loaded` (the form as it was shown) and
/// `edited` written in, so a field someone else changed meanwhile that this form left
/// alone keeps their value. Domains are kept lower-case, as KAZOO compares them.
pub fn body(stored: &Value, loaded: &BrandForm, edited: &BrandForm) -> Value {
    let mut doc = stored.as_object().cloned().unwrap_or_default();
    // The server's own: the id is the path's, `_read_only` is never written.
    doc.remove("id");
    doc.remove("_read_only");
    if edited.company_name != loaded.company_name {
        set_text(&mut doc, &["company_name"], edited.company_name.trim());
    }
    if edited.brand_color != loaded.brand_color {
        doc.remove(OLD_COLOUR);
        set_text(&mut doc, &[BRAND_COLOR], &edited.brand_color.trim().to_ascii_lowercase());
    }
    if edited.domain != loaded.domain {
        set_text(&mut doc, &["domain"], &edited.domain.trim().to_ascii_lowercase());
    }
    if edited.support_email != loaded.support_email {
        set_text(&mut doc, &[SUPPORT_EMAIL], edited.support_email.trim());
    }
    if edited.help_url != loaded.help_url {
        set_text(&mut doc, &HELP, edited.help_url.trim());
    }
    if edited.hide_docs != loaded.hide_docs {
        set_switch(&mut doc, HIDE_DOCS, edited.hide_docs);
    }
    if edited.hide_inspector != loaded.hide_inspector {
        set_switch(&mut doc, HIDE_INSPECTOR, edited.hide_inspector);
    }
    Value::Object(doc)
}

/// What is wrong with a domain as typed (an i18n key), if anything: a host name of
/// letters, digits and hyphens between dots, as the browser's `location.hostname`
/// gives it, without scheme, port or path.
pub fn domain_problem(domain: &str) -> Option<&'static str> {
    let domain = domain.trim();
    if domain.is_empty() {
        return None;
    }
    if domain.contains("://") || domain.contains(['/', '?', '#', '@', ':']) {
        return Some("branding-domain-bare");
    }
    let label_ok = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    };
    (domain.len() > 253 || !domain.split('.').all(label_ok)).then_some("branding-domain-format")
}

/// Whether `url` is a web address a browser opens (`format: uri` in KAZOO's schema for
/// `nav.help`, narrowed to the web).
fn is_web_address(url: &str) -> bool {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !r.starts_with('/') && !r.contains(char::is_whitespace))
}

fn is_email(email: &str) -> bool {
    email.split_once('@').is_some_and(|(user, host)| !user.is_empty() && host.contains('.') && !host.contains('@'))
        && !email.contains(char::is_whitespace)
}

/// The form's own checks, by form field (`"company_name"`, `"brand_color"` …).
pub fn validate(f: &BrandForm) -> FieldErrors {
    let mut errors = FieldErrors::new();
    if let Some(problem) = name_problem("branding-company-name", &f.company_name, 128, false) {
        errors.push(("company_name", problem));
    }
    let colour = f.brand_color.trim();
    if !colour.is_empty() && safe_colour(colour).is_none() {
        errors.push(("brand_color", t("branding-colour-format")));
    }
    if let Some(key) = domain_problem(&f.domain) {
        errors.push(("domain", t(key)));
    }
    let email = f.support_email.trim();
    if !email.is_empty() && !is_email(email) {
        errors.push(("support_email", t("field-email")));
    }
    let help = f.help_url.trim();
    if !help.is_empty() && !is_web_address(help) {
        errors.push(("help_url", t("branding-help-url-format")));
    }
    errors
}

/// Which form field a path in Crossbar's 400 answer belongs to.
pub fn field_for(path: &str) -> Option<&'static str> {
    match path {
        "company_name" => Some("company_name"),
        "brandColor" | "brand_color" => Some("brand_color"),
        "domain" => Some("domain"),
        "callReportEmail" => Some("support_email"),
        "nav.help" | "nav" => Some("help_url"),
        _ => None,
    }
}

/// `#rgb` as `#rrggbb` (what `<input type="color">` holds); `None` for what is not a
/// usable colour.
pub fn six_digits(colour: &str) -> Option<String> {
    let colour = safe_colour(colour.trim())?.to_ascii_lowercase();
    Some(match colour.len() {
        4 => colour.chars().skip(1).fold(String::from("#"), |mut out, c| {
            out.push(c);
            out.push(c);
            out
        }),
        _ => colour,
    })
}

/// Whether white text on `colour` (buttons) and `colour` text on white (links) are
/// too faint to read: a contrast under WCAG's 4.5:1 for text.
pub fn too_light(colour: &str) -> bool {
    let Some(hex) = six_digits(colour) else { return false };
    let channel = |i: usize| {
        let v = u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0);
        let c = f64::from(v) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    // White's luminance is 1: the ratio is (1 + 0.05) / (L + 0.05).
    1.05 / (luminance + 0.05) < 4.5
}

/// The logo and the icon: `…/whitelabel/logo` and `…/whitelabel/icon`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Picture {
    Logo,
    Icon,
}

/// The largest logo or icon the form sends: they are read by every sign-in page of the
/// domain, and Crossbar takes the file as one request body.
pub const MAX_PICTURE_BYTES: f64 = 1024.0 * 1024.0;

impl Picture {
    /// The path's last segment and the form field's key.
    pub fn key(self) -> &'static str {
        match self {
            Picture::Logo => "logo",
            Picture::Icon => "icon",
        }
    }

    /// The types Crossbar takes for it (cb_whitelabel's `WHITELABEL_MIME_TYPES` and, for
    /// icons, `WHITELABEL_ICON_MIME_TYPES`), as browsers name the files.
    pub fn types(self) -> &'static [&'static str] {
        match self {
            Picture::Logo => &["image/png", "image/jpeg", "image/gif"],
            Picture::Icon => &["image/png", "image/jpeg", "image/gif", "image/x-icon", "image/vnd.microsoft.icon"],
        }
    }

    /// The file chooser's `accept`.
    pub fn accept(self) -> String {
        let mut accept = self.types().join(",");
        if self == Picture::Icon {
            accept.push_str(",.ico");
        }
        accept
    }

    /// Its name in a sentence ("logo", "icon").
    pub fn what(self) -> String {
        t(match self {
            Picture::Logo => "branding-logo-word",
            Picture::Icon => "branding-icon-word",
        })
    }

    /// What is wrong with a chosen file of type `mime` and `size` bytes, if anything.
    pub fn problem(self, mime: &str, size: f64) -> Option<String> {
        if !self.types().contains(&mime.trim().to_ascii_lowercase().as_str()) {
            return Some(t(match self {
                Picture::Logo => "branding-logo-type",
                Picture::Icon => "branding-icon-type",
            }));
        }
        if size <= 0.0 {
            return Some(t("branding-picture-empty"));
        }
        if size > MAX_PICTURE_BYTES {
            let kb = (size / 1024.0).ceil() as u64;
            return Some(t_with("branding-picture-too-big", &[("size", kb.into()), ("what", arg(self.what()))]));
        }
        None
    }
}

/// One DNS record the server suggests for the domain (`GET …/whitelabel/domains`,
/// shaped as KAZOO's `domains` schema: record type → host → `{mapping, name}`).
#[derive(Clone, Debug, PartialEq)]
pub struct DnsRecord {
    pub kind: String,
    pub host: String,
    pub points_to: Vec<String>,
    pub purpose: String,
}

pub fn dns_records(data: &Value) -> Vec<DnsRecord> {
    let mut records = Vec::new();
    for (kind, hosts) in data.as_object().into_iter().flatten() {
        for (host, config) in hosts.as_object().into_iter().flatten() {
            let points_to = config
                .get("mapping")
                .and_then(Value::as_array)
                .map(|m| m.iter().filter_map(Value::as_str).map(str::to_string).collect())
                .unwrap_or_default();
            let purpose = config.get("name").and_then(Value::as_str).unwrap_or_default().to_string();
            records.push(DnsRecord { kind: kind.clone(), host: host.clone(), points_to, purpose });
        }
    }
    records
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn stored() -> Value {
        json!({
            "id": "whitelabel",
            "company_name": "Old Name",
            "brandColor": "#123456",
            "domain": "portal.example.com",
            "hide_powered": true,
            "custom_welcome_message": "Hello from Monster",
            "nav": {"help": "https://help.example.com", "learn_more": "https://learn.example.com"},
            "patchbay": {"hide_docs": false, "later_setting": 3},
            "_read_only": {"x": 1}
        })
    }

    #[test]
    fn the_form_reads_monster_s_keys_and_patchbay_s_switches() {
        let form = BrandForm::of(&stored());
        assert_eq!(form.company_name, "Old Name");
        assert_eq!(form.brand_color, "#123456");
        assert_eq!(form.help_url, "https://help.example.com");
        assert!(!form.hide_docs && !form.hide_inspector);
        assert_eq!(BrandForm::of(&json!({"brand_color": "#abc"})).brand_color, "#abc");
        assert_eq!(BrandForm::of(&json!({})), BrandForm::default());
    }

    #[test]
    fn a_save_changes_only_the_edited_fields_and_keeps_everything_else() {
        let loaded = BrandForm::of(&stored());
        let edited = BrandForm {
            company_name: " Acme Voice ".into(),
            domain: "Portal.Acme.TEST".into(),
            hide_inspector: true,
            ..loaded.clone()
        };
        let body = body(&stored(), &loaded, &edited);
        assert_eq!(body["company_name"], "Acme Voice");
        assert_eq!(body["domain"], "portal.acme.test");
        assert_eq!(body["patchbay"], json!({"hide_docs": false, "later_setting": 3, "hide_inspector": true}));
        // What this form did not touch goes back as it was, Monster's keys included.
        assert_eq!(body["brandColor"], "#123456");
        assert_eq!(body["hide_powered"], true);
        assert_eq!(body["custom_welcome_message"], "Hello from Monster");
        assert_eq!(body["nav"]["learn_more"], "https://learn.example.com");
        assert!(body.get("id").is_none() && body.get("_read_only").is_none());
    }

    #[test]
    fn a_field_someone_else_changed_meanwhile_keeps_their_value_unless_edited_here() {
        let loaded = BrandForm::of(&stored());
        let mut theirs = stored();
        theirs["company_name"] = json!("Their Name");
        theirs["announcement"] = json!("New");
        let edited = BrandForm { brand_color: "#ABCDEF".into(), ..loaded.clone() };
        let body = body(&theirs, &loaded, &edited);
        assert_eq!(body["company_name"], "Their Name");
        assert_eq!(body["announcement"], "New");
        assert_eq!(body["brandColor"], "#abcdef");
    }

    #[test]
    fn emptied_fields_are_removed_and_empty_objects_with_them() {
        let doc =
            json!({"nav": {"help": "https://h.example.com"}, "callReportEmail": "a@b.example", "brand_color": "#abc"});
        let loaded = BrandForm::of(&doc);
        let edited = BrandForm {
            help_url: String::new(),
            support_email: " ".into(),
            brand_color: String::new(),
            ..loaded.clone()
        };
        assert_eq!(body(&doc, &loaded, &edited), json!({}));
        // The first save of an account without branding: only what was typed.
        let first = BrandForm { company_name: "Acme".into(), hide_docs: true, ..BrandForm::default() };
        assert_eq!(
            body(&json!({}), &BrandForm::default(), &first),
            json!({"company_name": "Acme", "patchbay": {"hide_docs": true}})
        );
    }

    #[test]
    fn the_form_checks_colours_domains_addresses_and_links() {
        let fine = BrandForm {
            company_name: "Acme".into(),
            brand_color: "#1a5fb4".into(),
            domain: "portal.acme.test".into(),
            support_email: "help@acme.test".into(),
            help_url: "https://help.acme.test/start".into(),
            ..BrandForm::default()
        };
        assert!(validate(&fine).is_empty());
        assert!(validate(&BrandForm::default()).is_empty(), "every field may be left empty");
        let bad = BrandForm {
            brand_color: "blue".into(),
            domain: "https://portal.acme.test/".into(),
            support_email: "help at acme".into(),
            help_url: "help.acme.test".into(),
            ..fine.clone()
        };
        let keys: Vec<&str> = validate(&bad).iter().map(|(k, _)| *k).collect();
        assert_eq!(keys, ["brand_color", "domain", "support_email", "help_url"]);
        assert_eq!(domain_problem("localhost"), None);
        assert_eq!(domain_problem("-bad.example.com"), Some("branding-domain-format"));
        assert_eq!(domain_problem("a..example.com"), Some("branding-domain-format"));
        assert_eq!(domain_problem("portal.example.com:8080"), Some("branding-domain-bare"));
        assert_eq!(domain_problem("bad_name.example.com"), Some("branding-domain-format"));
    }

    #[test]
    fn colours_too_light_for_white_text_are_flagged() {
        assert_eq!(six_digits("#AbC").as_deref(), Some("#aabbcc"));
        assert_eq!(six_digits("#1a5fb4").as_deref(), Some("#1a5fb4"));
        assert_eq!(six_digits("red"), None);
        assert!(!too_light("#1a5fb4"));
        assert!(!too_light("#000"));
        assert!(too_light("#ffff00"));
        assert!(too_light("#2297ff"), "3.0:1 against white");
    }

    #[test]
    fn pictures_are_checked_for_type_and_size_before_sending() {
        assert_eq!(Picture::Logo.problem("image/png", 2048.0), None);
        assert_eq!(Picture::Icon.problem("image/x-icon", 2048.0), None);
        assert!(Picture::Logo.problem("image/x-icon", 2048.0).is_some(), "an .ico is an icon, not a logo");
        assert!(Picture::Logo.problem("image/svg+xml", 2048.0).is_some(), "Crossbar refuses SVG");
        assert!(Picture::Logo.problem("", 2048.0).is_some());
        assert_eq!(Picture::Logo.problem("image/png", 0.0), Some(t("branding-picture-empty")));
        let big = Picture::Logo.problem("image/png", 3.0 * 1024.0 * 1024.0).unwrap_or_default();
        assert!(big.contains("3072 KB") && big.contains("1 MB"), "{big}");
        assert_eq!(Picture::Logo.problem("image/png", MAX_PICTURE_BYTES), None);
        assert!(Picture::Icon.accept().ends_with(",.ico"));
    }

    #[test]
    fn dns_records_are_read_from_kazoo_s_domains_shape() {
        let data = json!({
            "CNAME": {"portal.acme.test": {"mapping": ["ui.example.net"], "name": "Web GUI"}},
            "MX": {}
        });
        assert_eq!(
            dns_records(&data),
            [DnsRecord {
                kind: "CNAME".into(),
                host: "portal.acme.test".into(),
                points_to: vec!["ui.example.net".into()],
                purpose: "Web GUI".into()
            }]
        );
        assert!(dns_records(&json!("nonsense")).is_empty());
    }
}
