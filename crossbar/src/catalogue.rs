//! The API console's catalogue: Crossbar's endpoints as Patchbay knows them (the ones
//! its screens and its sandbox use), each with its methods, the KAZOO schema its
//! documents follow and — through `docs` — its docs page. Paths are written as KAZOO's
//! docs write them: `{ACCOUNT_ID}`, `{USER_ID}`…

use crate::docs::docs_page;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Endpoint {
    /// After `/v2/`.
    pub path: &'static str,
    pub methods: &'static [&'static str],
    /// The schema of the documents written here (`GET /v2/schemas/{name}`).
    pub schema: Option<&'static str>,
}

const READ: &[&str] = &["GET"];
const LIST_CREATE: &[&str] = &["GET", "PUT"];
const DOC: &[&str] = &["GET", "POST", "PATCH", "DELETE"];

macro_rules! collection {
    ($list:literal, $item:literal, $schema:literal) => {
        [
            Endpoint { path: $list, methods: LIST_CREATE, schema: Some($schema) },
            Endpoint { path: $item, methods: DOC, schema: Some($schema) },
        ]
    };
}

/// Every endpoint, in the order of the docs' table of contents (roughly: the account,
/// people and phones, routing, numbers, media, the rest).
pub fn endpoints() -> Vec<Endpoint> {
    let mut all = vec![
        Endpoint { path: "about", methods: READ, schema: None },
        Endpoint { path: "accounts/{ACCOUNT_ID}", methods: &["GET", "POST", "PATCH"], schema: Some("accounts") },
        Endpoint { path: "accounts/{ACCOUNT_ID}/children", methods: READ, schema: None },
        Endpoint { path: "accounts/{ACCOUNT_ID}/descendants", methods: READ, schema: None },
    ];
    for pair in [
        collection!("accounts/{ACCOUNT_ID}/users", "accounts/{ACCOUNT_ID}/users/{USER_ID}", "users"),
        collection!("accounts/{ACCOUNT_ID}/devices", "accounts/{ACCOUNT_ID}/devices/{DEVICE_ID}", "devices"),
        collection!("accounts/{ACCOUNT_ID}/callflows", "accounts/{ACCOUNT_ID}/callflows/{CALLFLOW_ID}", "callflows"),
        collection!("accounts/{ACCOUNT_ID}/vmboxes", "accounts/{ACCOUNT_ID}/vmboxes/{VMBOX_ID}", "vmboxes"),
        collection!("accounts/{ACCOUNT_ID}/groups", "accounts/{ACCOUNT_ID}/groups/{GROUP_ID}", "groups"),
        collection!(
            "accounts/{ACCOUNT_ID}/conferences",
            "accounts/{ACCOUNT_ID}/conferences/{CONFERENCE_ID}",
            "conferences"
        ),
        collection!("accounts/{ACCOUNT_ID}/menus", "accounts/{ACCOUNT_ID}/menus/{MENU_ID}", "menus"),
        collection!(
            "accounts/{ACCOUNT_ID}/directories",
            "accounts/{ACCOUNT_ID}/directories/{DIRECTORY_ID}",
            "directories"
        ),
        collection!(
            "accounts/{ACCOUNT_ID}/temporal_rules",
            "accounts/{ACCOUNT_ID}/temporal_rules/{TEMPORAL_RULE_ID}",
            "temporal_rules"
        ),
        collection!(
            "accounts/{ACCOUNT_ID}/temporal_rules_sets",
            "accounts/{ACCOUNT_ID}/temporal_rules_sets/{TEMPORAL_RULE_SET_ID}",
            "temporal_rules_sets"
        ),
        collection!("accounts/{ACCOUNT_ID}/media", "accounts/{ACCOUNT_ID}/media/{MEDIA_ID}", "media"),
        collection!("accounts/{ACCOUNT_ID}/faxboxes", "accounts/{ACCOUNT_ID}/faxboxes/{FAXBOX_ID}", "faxbox"),
        collection!(
            "accounts/{ACCOUNT_ID}/blacklists",
            "accounts/{ACCOUNT_ID}/blacklists/{BLACKLIST_ID}",
            "blacklists"
        ),
        collection!(
            "accounts/{ACCOUNT_ID}/port_requests",
            "accounts/{ACCOUNT_ID}/port_requests/{PORT_REQUEST_ID}",
            "port_requests"
        ),
    ] {
        all.extend(pair);
    }
    all.extend([
        Endpoint { path: "accounts/{ACCOUNT_ID}/users/{USER_ID}/presence", methods: &["POST"], schema: None },
        Endpoint {
            path: "accounts/{ACCOUNT_ID}/vmboxes/{VMBOX_ID}/messages",
            methods: &["GET", "POST", "DELETE"],
            schema: None,
        },
        Endpoint { path: "accounts/{ACCOUNT_ID}/media/{MEDIA_ID}/raw", methods: &["GET", "POST"], schema: None },
        Endpoint { path: "accounts/{ACCOUNT_ID}/phone_numbers", methods: READ, schema: None },
        Endpoint {
            path: "accounts/{ACCOUNT_ID}/phone_numbers/{PHONE_NUMBER}",
            methods: DOC,
            schema: Some("phone_numbers"),
        },
        Endpoint { path: "phone_numbers?prefix={AREA_CODE}&quantity=5", methods: READ, schema: None },
        Endpoint { path: "accounts/{ACCOUNT_ID}/cdrs", methods: READ, schema: None },
        Endpoint { path: "accounts/{ACCOUNT_ID}/cdrs/interaction", methods: READ, schema: None },
        Endpoint {
            path: "accounts/{ACCOUNT_ID}/whitelabel",
            methods: &["GET", "PUT", "POST", "DELETE"],
            schema: Some("whitelabel"),
        },
        Endpoint { path: "accounts/{ACCOUNT_ID}/whitelabel/domains", methods: READ, schema: None },
        Endpoint { path: "accounts/{ACCOUNT_ID}/apps_store", methods: READ, schema: None },
        Endpoint { path: "accounts/{ACCOUNT_ID}/search?t=user&q=name&v={TEXT}", methods: READ, schema: None },
        Endpoint { path: "schemas", methods: READ, schema: None },
        Endpoint { path: "schemas/{SCHEMA_NAME}", methods: READ, schema: None },
        Endpoint { path: "user_auth", methods: &["PUT"], schema: None },
        Endpoint { path: "api_auth", methods: &["PUT"], schema: None },
        Endpoint { path: "token_auth", methods: &["GET", "DELETE"], schema: None },
    ]);
    all
}

impl Endpoint {
    /// The KAZOO docs page of the endpoint, as the inspector links it.
    pub fn docs_page(&self) -> Option<&'static str> {
        docs_page(&format!("/v2/{}", self.path))
    }

    /// The placeholders left after the account's own id is filled in (`USER_ID`).
    pub fn placeholders(&self) -> Vec<&'static str> {
        placeholders(self.path).into_iter().filter(|p| *p != "ACCOUNT_ID").collect()
    }
}

/// The endpoint a concrete path (after `/v2/`, query allowed) belongs to: its segments
/// match the template's, a `{…}` matching any one segment.
pub fn endpoint_for(path: &str) -> Option<Endpoint> {
    let path = path.split('?').next().unwrap_or_default().trim_matches('/');
    let segments: Vec<&str> = path.split('/').collect();
    endpoints().into_iter().find(|e| {
        let template: Vec<&str> = e.path.split('?').next().unwrap_or_default().split('/').collect();
        template.len() == segments.len()
            && template.iter().zip(&segments).all(|(t, s)| (t.starts_with('{') && t.ends_with('}')) || t == s)
    })
}

/// How far 2600Hz stands behind each field a body sets, as its KAZOO schema marks it
/// (`support_level`: `supported`, `beta`, `alpha`; KAZOO's docs: alpha and beta
/// features are not supported by 2600Hz). Fields the schema does not mark are left out.
pub fn support_levels(schema: &serde_json::Value, data: &serde_json::Value) -> Vec<(String, String)> {
    let Some(fields) = data.as_object() else { return vec![] };
    fields
        .keys()
        .filter_map(|k| {
            let level =
                schema.pointer(&format!("/properties/{}/support_level", k.replace('~', "~0").replace('/', "~1")))?;
            Some((k.clone(), level.as_str()?.to_string()))
        })
        .collect()
}

/// The `{NAME}`s in a path, in order.
pub fn placeholders(path: &str) -> Vec<&str> {
    path.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name)).collect()
}

/// The path with `{ACCOUNT_ID}` (and any other given value) filled in.
pub fn fill(path: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(path.to_string(), |out, (name, value)| out.replace(&format!("{{{name}}}"), value))
}

/// The endpoints whose path, method or docs page holds every word of `query`.
pub fn search(query: &str) -> Vec<Endpoint> {
    let words: Vec<String> = query.split_whitespace().map(str::to_ascii_lowercase).collect();
    endpoints()
        .into_iter()
        .filter(|e| {
            let hay = format!("{} {} {}", e.path, e.methods.join(" "), e.docs_page().unwrap_or_default())
                .to_ascii_lowercase();
            words.iter().all(|w| hay.contains(w.as_str()))
        })
        .collect()
}

/// The collection an id placeholder is chosen from (`USER_ID` → `users`), for pickers.
pub fn collection_of(placeholder: &str) -> Option<&'static str> {
    Some(match placeholder {
        "USER_ID" => "users",
        "DEVICE_ID" => "devices",
        "CALLFLOW_ID" => "callflows",
        "VMBOX_ID" => "vmboxes",
        "GROUP_ID" => "groups",
        "CONFERENCE_ID" => "conferences",
        "MENU_ID" => "menus",
        "DIRECTORY_ID" => "directories",
        "TEMPORAL_RULE_ID" => "temporal_rules",
        "TEMPORAL_RULE_SET_ID" => "temporal_rules_sets",
        "MEDIA_ID" => "media",
        "FAXBOX_ID" => "faxboxes",
        "BLACKLIST_ID" => "blacklists",
        "PORT_REQUEST_ID" => "port_requests",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_endpoint_has_a_docs_page_and_ids_name_their_collection() {
        for e in endpoints() {
            assert!(
                e.docs_page().is_some() || e.path == "schemas" || e.path.starts_with("schemas/"),
                "{} has no docs page",
                e.path
            );
            for p in e.placeholders() {
                let known =
                    collection_of(p).is_some() || ["PHONE_NUMBER", "AREA_CODE", "TEXT", "SCHEMA_NAME"].contains(&p);
                assert!(known, "{} in {}", p, e.path);
            }
        }
    }

    #[test]
    fn search_finds_by_words_in_any_order() {
        let found: Vec<&str> = search("users put").iter().map(|e| e.path).collect();
        assert_eq!(found, ["accounts/{ACCOUNT_ID}/users"]);
        assert!(search("VMBOXES messages").iter().any(|e| e.path.ends_with("/messages")));
        assert!(search("nothing-like-this").is_empty());
        assert_eq!(search("").len(), endpoints().len());
    }

    #[test]
    fn a_concrete_path_finds_its_endpoint() {
        assert_eq!(
            endpoint_for("accounts/a1/users/u1?x=1").map(|e| e.path),
            Some("accounts/{ACCOUNT_ID}/users/{USER_ID}")
        );
        assert_eq!(endpoint_for("accounts/a1/faxboxes").and_then(|e| e.schema), Some("faxbox"));
        assert_eq!(endpoint_for("accounts/a1/nothing"), None);
    }

    #[test]
    fn fields_carry_the_support_level_their_schema_marks() {
        let schema = serde_json::json!({"properties": {
            "name": {"support_level": "supported"}, "smtp_permission_list": {"support_level": "beta"}, "notes": {}}});
        let data = serde_json::json!({"name": "Fax", "smtp_permission_list": [], "notes": "x"});
        assert_eq!(
            support_levels(&schema, &data),
            [("name".to_string(), "supported".to_string()), ("smtp_permission_list".to_string(), "beta".to_string())]
        );
    }

    #[test]
    fn paths_are_filled_from_the_account_and_chosen_ids() {
        let e = search("users/{USER_ID}/presence")[0];
        assert_eq!(e.placeholders(), ["USER_ID"]);
        assert_eq!(fill(e.path, &[("ACCOUNT_ID", "a1"), ("USER_ID", "u1")]), "accounts/a1/users/u1/presence");
    }
}
