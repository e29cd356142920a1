//! Which KAZOO documentation page explains a Crossbar request.
//!
//! Pages are named after the files of `applications/crossbar/doc/` in the KAZOO
//! repository; the URL template comes from the deployment's runtime config so a
//! reseller can point it at their own copy (`{page}` is replaced).

use crate::path::nouns;

/// Default template: the Crossbar docs in the KAZOO repository.
pub const DEFAULT_CROSSBAR_DOCS: &str =
    "https://github.com/2600hz/kazoo/blob/master/applications/crossbar/doc/{page}.md";

/// The doc page for one Crossbar noun, if there is one.
fn page_for_noun(noun: &str) -> Option<&'static str> {
    Some(match noun {
        "user_auth" => "user_authentication",
        "api_auth" => "api_authentication",
        "token_auth" => "token_auth",
        "auth" => "auth",
        "accounts" | "children" | "descendants" | "parents" | "siblings" | "tree" | "api_key" => "accounts",
        "users" => "users",
        "devices" => "devices",
        "callflows" => "callflows",
        "groups" => "groups",
        "vmboxes" => "voicemail",
        "conferences" => "conference",
        "media" => "media",
        "menus" => "menus",
        "temporal_rules" => "temporal_rules",
        "temporal_rules_sets" => "temporal_rules_sets",
        "phone_numbers" => "phone_numbers",
        "faxboxes" => "faxboxes",
        "cdrs" => "cdrs",
        "directories" => "directories",
        "apps_store" => "apps_store",
        "whitelabel" => "whitelabeling",
        "about" => "about",
        "schemas" => "schemas",
        "token_restrictions" => "token_restrictions",
        _ => return None,
    })
}

/// The doc page for a request path: the innermost noun that has a page, so
/// `/accounts/A/users/U` is `users` and `/whitelabel/example.com/logo` is `whitelabeling`.
pub fn docs_page(path: &str) -> Option<&'static str> {
    nouns(path).iter().rev().find_map(|n| page_for_noun(n.name))
}

/// Full docs URL for a request path, using a template with `{page}`.
pub fn docs_url(template: &str, path: &str) -> Option<String> {
    docs_page(path).map(|page| template.replace("{page}", page))
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "0123456789abcdef0123456789abcdef";

    #[test]
    fn innermost_documented_noun_wins() {
        assert_eq!(docs_page(&format!("/v2/accounts/{A}/users/{A}")), Some("users"));
        assert_eq!(docs_page(&format!("/v2/accounts/{A}")), Some("accounts"));
        assert_eq!(docs_page(&format!("/v2/accounts/{A}/children")), Some("accounts"));
        assert_eq!(docs_page(&format!("/v2/accounts/{A}/vmboxes?paginate=false")), Some("voicemail"));
        assert_eq!(docs_page("/v2/whitelabel/pbx.example.com/logo"), Some("whitelabeling"));
    }

    #[test]
    fn auth_endpoints_have_their_own_pages() {
        assert_eq!(docs_page("/v2/user_auth"), Some("user_authentication"));
        assert_eq!(docs_page("/v2/api_auth"), Some("api_authentication"));
        assert_eq!(docs_page("/v2/token_auth"), Some("token_auth"));
        assert_eq!(docs_page("/v2/auth"), Some("auth"));
    }

    #[test]
    fn unknown_paths_have_no_link_rather_than_a_wrong_one() {
        assert_eq!(docs_page("/v2/nonsense"), None);
        assert_eq!(docs_page("/config.json"), None);
    }

    #[test]
    fn template_is_filled() {
        assert_eq!(
            docs_url(DEFAULT_CROSSBAR_DOCS, &format!("/v2/accounts/{A}/users")).unwrap(),
            "https://github.com/2600hz/kazoo/blob/master/applications/crossbar/doc/users.md"
        );
        assert_eq!(
            docs_url("https://docs.example.com/api/{page}/", "/v2/user_auth").unwrap(),
            "https://docs.example.com/api/user_authentication/"
        );
    }
}
