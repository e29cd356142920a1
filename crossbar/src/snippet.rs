//! "Copy as": a recorded exchange as the command a reader of the KAZOO docs would type
//! (curl), or as JavaScript `fetch`, Python `requests` or HTTPie, with the docs'
//! placeholders (`{SERVER}`, `{ACCOUNT_ID}`, `{AUTH_TOKEN}`) so the snippet is safe to
//! paste into a ticket. "With my values" keeps the real server and account; the token
//! is never written out, whichever is chosen.

use crate::inspector::Exchange;
use crate::redact::AUTH_TOKEN;

/// What to replace with placeholders.
#[derive(Debug, Clone, Default)]
pub struct SnippetContext {
    /// Scheme, host and port of Crossbar as the browser reached it (`http://127.0.0.1:8080`).
    pub server_origin: String,
    /// The signed-in account; its id in paths becomes `{ACCOUNT_ID}`.
    pub account_id: Option<String>,
    /// Keep the real server and account id rather than the placeholders.
    pub my_values: bool,
}

/// The languages a call can be copied as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Curl,
    Fetch,
    Python,
    Httpie,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::Curl, Lang::Fetch, Lang::Python, Lang::Httpie];

    /// The name people know the tool by.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Curl => "curl",
            Lang::Fetch => "fetch (JavaScript)",
            Lang::Python => "Python requests",
            Lang::Httpie => "HTTPie",
        }
    }
}

/// The exchange as `lang` would send it.
pub fn snippet(ex: &Exchange, ctx: &SnippetContext, lang: Lang) -> String {
    match lang {
        Lang::Curl => to_curl(ex, ctx),
        Lang::Fetch => to_fetch(ex, ctx),
        Lang::Python => to_python(ex, ctx),
        Lang::Httpie => to_httpie(ex, ctx),
    }
}

/// The request's headers as sent, the token always as its placeholder.
fn headers(ex: &Exchange) -> Vec<(String, String)> {
    ex.request_headers
        .iter()
        .map(|(name, value)| {
            let value = if name.eq_ignore_ascii_case("x-auth-token") { AUTH_TOKEN } else { value.as_str() };
            (name.clone(), value.to_string())
        })
        .collect()
}

fn body(ex: &Exchange) -> Option<&str> {
    ex.request_body.as_deref().filter(|b| !b.trim().is_empty())
}

/// A JSON string literal, which is also a valid JavaScript and Python one.
fn string_literal(s: &str) -> String {
    serde_json::Value::from(s).to_string()
}

fn to_fetch(ex: &Exchange, ctx: &SnippetContext) -> String {
    let mut options = vec![format!("  method: {}", string_literal(&ex.method))];
    let hs = headers(ex);
    if !hs.is_empty() {
        let lines: Vec<String> =
            hs.iter().map(|(k, v)| format!("    {}: {}", string_literal(k), string_literal(v))).collect();
        options.push(format!("  headers: {{\n{}\n  }}", lines.join(",\n")));
    }
    if let Some(b) = body(ex) {
        options.push(match serde_json::from_str::<serde_json::Value>(b) {
            Ok(v) => format!("  body: JSON.stringify({})", indented(&pretty(&v), "  ")),
            Err(_) => format!("  body: {}", string_literal(b)),
        });
    }
    format!(
        "const response = await fetch({}, {{\n{}\n}});\nconst answer = await response.json();",
        string_literal(&templated_url(&ex.url, ctx)),
        options.join(",\n")
    )
}

fn to_python(ex: &Exchange, ctx: &SnippetContext) -> String {
    let mut args = vec![format!("    {}", string_literal(&templated_url(&ex.url, ctx)))];
    let hs = headers(ex);
    // `json=` sets the Content-Type itself.
    let json = body(ex).and_then(|b| serde_json::from_str::<serde_json::Value>(b).ok());
    let hs: Vec<_> =
        hs.into_iter().filter(|(k, _)| json.is_none() || !k.eq_ignore_ascii_case("content-type")).collect();
    if !hs.is_empty() {
        let pairs: Vec<String> =
            hs.iter().map(|(k, v)| format!("{}: {}", string_literal(k), string_literal(v))).collect();
        args.push(format!("    headers={{{}}}", pairs.join(", ")));
    }
    match (&json, body(ex)) {
        (Some(v), _) => args.push(format!("    json={}", indented(&python_literal(v, 0), "    "))),
        (None, Some(b)) => args.push(format!("    data={}", string_literal(b))),
        (None, None) => {}
    }
    format!(
        "import requests\n\nresponse = requests.request(\n    {},\n{},\n)\nprint(response.json())",
        string_literal(&ex.method),
        args.join(",\n")
    )
}

fn to_httpie(ex: &Exchange, ctx: &SnippetContext) -> String {
    let mut words = vec!["http".to_string(), ex.method.clone(), quote(&templated_url(&ex.url, ctx))];
    words.extend(headers(ex).iter().map(|(k, v)| quote(&format!("{k}:{v}"))));
    let command = words.join(" ");
    match body(ex) {
        // A body piped in is sent as it is (HTTPie's "raw request body" from stdin).
        Some(b) => format!("echo {} | {command}", quote(&compact(b))),
        None => command,
    }
}

fn pretty(v: &serde_json::Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default()
}

/// Lines after the first indented by `by`, to sit inside a call.
fn indented(text: &str, by: &str) -> String {
    text.lines()
        .enumerate()
        .map(|(i, l)| if i == 0 { l.to_string() } else { format!("{by}{l}") })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A JSON value as a Python literal (`True`, `False`, `None`), laid out like
/// `json.dumps(indent=4)`.
fn python_literal(v: &serde_json::Value, depth: usize) -> String {
    use serde_json::Value;
    let pad = |d: usize| "    ".repeat(d);
    match v {
        Value::Null => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => string_literal(s),
        Value::Array(items) if items.is_empty() => "[]".into(),
        Value::Array(items) => {
            let inner: Vec<String> =
                items.iter().map(|i| format!("{}{}", pad(depth + 1), python_literal(i, depth + 1))).collect();
            format!("[\n{}\n{}]", inner.join(",\n"), pad(depth))
        }
        Value::Object(map) if map.is_empty() => "{}".into(),
        Value::Object(map) => {
            let inner: Vec<String> = map
                .iter()
                .map(|(k, v)| format!("{}{}: {}", pad(depth + 1), string_literal(k), python_literal(v, depth + 1)))
                .collect();
            format!("{{\n{}\n{}}}", inner.join(",\n"), pad(depth))
        }
    }
}

fn quote(s: &str) -> String {
    shlex::try_quote(s).map(|c| c.into_owned()).unwrap_or_else(|_| format!("'{}'", s.replace('\0', "")))
}

/// The URL with the server origin and the signed-in account id templated.
pub fn templated_url(url: &str, ctx: &SnippetContext) -> String {
    if ctx.my_values {
        return url.to_string();
    }
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
    for (name, value) in headers(ex) {
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
        SnippetContext { server_origin: "http://127.0.0.1:8080".into(), account_id: Some(A.into()), my_values: false }
    }

    fn user_put() -> Exchange {
        exchange(
            "PUT",
            &format!("http://127.0.0.1:8080/v2/accounts/{A}/users"),
            Some(
                r#"{"data":{"first_name":"Ada","enabled":true,"caller_id":null,"numbers":["2001"],"note":"O'Brien"}}"#,
            ),
            true,
        )
    }

    #[test]
    fn fetch_sends_the_same_request() {
        let js = snippet(&user_put(), &ctx(), Lang::Fetch);
        assert!(js.starts_with(r#"const response = await fetch("{SERVER}/v2/accounts/{ACCOUNT_ID}/users", {"#), "{js}");
        assert!(js.contains(r#"method: "PUT""#), "{js}");
        assert!(js.contains(r#""X-Auth-Token": "{AUTH_TOKEN}""#), "{js}");
        assert!(js.contains(r#""first_name": "Ada""#), "{js}");
        assert!(js.contains("body: JSON.stringify({"), "{js}");
    }

    #[test]
    fn python_writes_json_values_as_python_ones() {
        let py = snippet(&user_put(), &ctx(), Lang::Python);
        assert!(py.starts_with("import requests\n"), "{py}");
        assert!(
            py.contains(
                r#"requests.request(
    "PUT",
    "{SERVER}/v2/accounts/{ACCOUNT_ID}/users","#
            ),
            "{py}"
        );
        assert!(py.contains(r#""enabled": True"#) && py.contains(r#""caller_id": None"#), "{py}");
        assert!(py.contains(r#"headers={"X-Auth-Token": "{AUTH_TOKEN}"}"#), "json= sets the content type: {py}");
        assert!(py.contains(r#""note": "O'Brien""#), "{py}");
    }

    #[test]
    fn httpie_pipes_the_body_in() {
        let cmd = snippet(&user_put(), &ctx(), Lang::Httpie);
        let words = shlex::split(cmd.split(" | ").nth(1).unwrap()).unwrap();
        assert_eq!(words[..3], ["http", "PUT", "{SERVER}/v2/accounts/{ACCOUNT_ID}/users"]);
        assert!(words.contains(&"X-Auth-Token:{AUTH_TOKEN}".to_string()), "{cmd}");
        let echoed = shlex::split(cmd.split(" | ").next().unwrap()).unwrap();
        assert_eq!(echoed[0], "echo");
        let sent: serde_json::Value = serde_json::from_str(&echoed[1]).unwrap();
        assert_eq!(sent["data"]["note"], "O'Brien");
        assert_eq!(
            snippet(&exchange("GET", "http://127.0.0.1:8080/v2/about", None, false), &ctx(), Lang::Httpie),
            "http GET '{SERVER}/v2/about'"
        );
    }

    #[test]
    fn my_values_keep_the_server_and_account_but_never_the_token() {
        let mut ex = user_put();
        ex.request_headers.push(("X-Auth-Token".into(), "eyJreal.token.value".into()));
        let mine = SnippetContext { my_values: true, ..ctx() };
        for lang in Lang::ALL {
            let text = snippet(&ex, &mine, lang);
            assert!(text.contains(&format!("http://127.0.0.1:8080/v2/accounts/{A}/users")), "{lang:?}: {text}");
            assert!(!text.contains("eyJreal"), "{lang:?}: {text}");
            assert!(text.contains("{AUTH_TOKEN}"), "{lang:?}: {text}");
            let templated = snippet(&ex, &ctx(), lang);
            assert!(!templated.contains(A), "{lang:?}: {templated}");
        }
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
