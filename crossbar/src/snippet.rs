//! "Copy as curl": a recorded exchange as the command a reader of the KAZOO docs
//! would type, with the docs' placeholders (`{SERVER}`, `{ACCOUNT_ID}`,
//! `{AUTH_TOKEN}`) so the snippet is safe to paste into a ticket.

use crate::inspector::Exchange;
use crate::redact::AUTH_TOKEN;

/// What to replace with placeholders.
#[derive(Debug, Clone, Default)]
pub struct SnippetContext {
    /// Scheme, host and port of Crossbar as the browser reached it (`http://127.0.0.1:8080`).
    pub server_origin: String,
    /// The signed-in account; its id in paths becomes `{ACCOUNT_ID}`.
    pub account_id: Option<String>,
}

fn quote(s: &str) -> String {
    shlex::try_quote(s).map(|c| c.into_owned()).unwrap_or_else(|_| format!("'{}'", s.replace('\0', "")))
}

/// The URL with the server origin and the signed-in account id templated.
pub fn templated_url(url: &str, ctx: &SnippetContext) -> String {
    let mut out = match url.strip_prefix(ctx.server_origin.trim_end_matches('/')) {
        Some(rest) if !ctx.server_origin.is_empty() => format!("{{SERVER}}{rest}"),
        _ => url.to_string(),
    };
    if let Some(account) = ctx.account_id.as_deref().filter(|a| !a.is_empty()) {
        out = out.replace(&format!("/accounts/{account}"), "/accounts/{ACCOUNT_ID}");
    }
    out
}

/// Compact one-line JSON for `-d`, as the docs print it.
fn compact(body: &str) -> String {
    serde_json::from_str::<serde_json::Value>(body).map(|v| v.to_string()).unwrap_or_else(|_| body.to_string())
}

/// A curl command for the exchange (bash quoting, one option per line).
pub fn to_curl(ex: &Exchange, ctx: &SnippetContext) -> String {
    let mut lines = vec![format!("curl -v -X {}", ex.method)];
    for (name, value) in &ex.request_headers {
        let value = if name.eq_ignore_ascii_case("x-auth-token") { AUTH_TOKEN } else { value.as_str() };
        lines.push(format!("-H {}", quote(&format!("{name}: {value}"))));
    }
    if let Some(body) = ex.request_body.as_deref().filter(|b| !b.trim().is_empty()) {
        lines.push(format!("-d {}", quote(&compact(body))));
    }
    let url = templated_url(&ex.url, ctx);
    // Placeholders contain braces, which curl would glob: keep them literal.
    lines.push(if url.contains('{') { format!("-g {}", quote(&url)) } else { quote(&url) });
    lines.join(" \\\n    ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "0123456789abcdef0123456789abcdef";

    fn ctx() -> SnippetContext {
        SnippetContext { server_origin: "http://127.0.0.1:8080".into(), account_id: Some(A.into()) }
    }

    fn exchange(method: &str, url: &str, body: Option<&str>, token: bool) -> Exchange {
        let mut headers = vec![];
        if token {
            headers.push(("X-Auth-Token".to_string(), "{AUTH_TOKEN}".to_string()));
        }
        if body.is_some() {
            headers.push(("Content-Type".to_string(), "application/json".to_string()));
        }
        Exchange {
            method: method.into(),
            url: url.into(),
            request_headers: headers,
            request_body: body.map(str::to_string),
            ..Exchange::default()
        }
    }

    #[test]
    fn a_listing_looks_like_the_kazoo_docs() {
        let ex = exchange("GET", &format!("http://127.0.0.1:8080/v2/accounts/{A}/users"), None, true);
        assert_eq!(
            to_curl(&ex, &ctx()),
            "curl -v -X GET \\\n    -H 'X-Auth-Token: {AUTH_TOKEN}' \\\n    -g '{SERVER}/v2/accounts/{ACCOUNT_ID}/users'"
        );
    }

    #[test]
    fn a_write_carries_its_envelope_compactly() {
        let ex = exchange(
            "PATCH",
            &format!("http://127.0.0.1:8080/v2/accounts/{A}/users/{A}x"),
            Some("{\n  \"data\": {\"first_name\": \"Ada\"}\n}"),
            true,
        );
        let curl = to_curl(&ex, &ctx());
        assert!(curl.contains(r#"-d '{"data":{"first_name":"Ada"}}'"#), "{curl}");
        assert!(curl.contains("-H 'Content-Type: application/json'"));
    }

    #[test]
    fn a_delete_carries_its_stamped_envelope_too() {
        // Smart PBX screens send `{"data": {"ui_metadata": …}}` with every DELETE.
        let body = r#"{"data":{"ui_metadata":{"origin":"voip","ui":"monster-ui","version":null}}}"#;
        let ex = exchange("DELETE", &format!("http://127.0.0.1:8080/v2/accounts/{A}/devices/d1"), Some(body), true);
        assert_eq!(
            to_curl(&ex, &ctx()),
            format!(
                "curl -v -X DELETE \\\n    -H 'X-Auth-Token: {{AUTH_TOKEN}}' \\\n    -H 'Content-Type: application/json' \\\n    -d '{body}' \\\n    -g '{{SERVER}}/v2/accounts/{{ACCOUNT_ID}}/devices/d1'"
            )
        );
    }

    #[test]
    fn single_quotes_in_data_are_escaped_for_the_shell() {
        let ex = exchange("PATCH", "http://127.0.0.1:8080/v2/x", Some(r#"{"data":{"last_name":"O'Brien"}}"#), false);
        let curl = to_curl(&ex, &ctx());
        // shlex quotes the body so that the shell yields it back verbatim.
        let d = curl.lines().find(|l| l.trim_start().starts_with("-d")).unwrap().trim_start().trim_end_matches(" \\");
        let words = shlex::split(d).unwrap();
        assert_eq!(words[1], r#"{"data":{"last_name":"O'Brien"}}"#);
    }

    #[test]
    fn a_live_token_never_reaches_the_snippet() {
        let mut ex = exchange("GET", "http://127.0.0.1:8080/v2/token_auth", None, false);
        ex.request_headers.push(("X-Auth-Token".into(), "eyJreal.token.value".into()));
        assert!(!to_curl(&ex, &ctx()).contains("eyJreal"));
    }

    #[test]
    fn other_accounts_keep_their_ids_and_foreign_servers_their_origin() {
        let other = "ffffffffffffffffffffffffffffffff";
        let ex = exchange("GET", &format!("https://api.example.com/v2/accounts/{other}"), None, true);
        assert!(to_curl(&ex, &ctx()).ends_with(&format!("https://api.example.com/v2/accounts/{other}")));
    }
}
