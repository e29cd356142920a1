//! The inspector's session as HAR 1.2 (the HTTP Archive format browsers' developer
//! tools open: <http://www.softwareishard.com/blog/har-12-spec/>), one page per GUI
//! action. Unlike a browser's own export, which keeps `X-Auth-Token`, nothing secret
//! leaves: every header, URL and body goes through `redact` once more on the way out,
//! whatever was recorded.

use serde_json::{json, Value};

use crate::inspector::{Action, Exchange};
use crate::redact::{redact_body, redact_headers, redact_url};

/// The archive for `actions` (oldest first); `iso` writes a time in milliseconds since
/// the epoch as ISO 8601, as the browser does.
pub fn to_har(actions: &[Action], version: &str, iso: impl Fn(f64) -> String) -> Value {
    let pages: Vec<Value> = actions
        .iter()
        .map(|a| {
            json!({
                "startedDateTime": iso(a.started_at_ms),
                "id": page_id(a),
                "title": a.label,
                "pageTimings": {"onContentLoad": -1, "onLoad": -1},
            })
        })
        .collect();
    let iso = &iso;
    let entries: Vec<Value> =
        actions.iter().flat_map(|a| a.exchanges.iter().map(move |ex| entry(a, ex, iso))).collect();
    json!({"log": {
        "version": "1.2",
        "creator": {"name": "Patchbay", "version": version},
        "pages": pages,
        "entries": entries,
    }})
}

fn page_id(a: &Action) -> String {
    format!("action_{}", a.id)
}

fn pairs(headers: &[(String, String)]) -> Vec<Value> {
    redact_headers(headers).into_iter().map(|(name, value)| json!({"name": name, "value": value})).collect()
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
}

fn query_string(url: &str) -> Vec<Value> {
    let Some((_, query)) = url.split_once('?') else { return vec![] };
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (name, value) = p.split_once('=').unwrap_or((p, ""));
            json!({"name": name, "value": value})
        })
        .collect()
}

fn entry(action: &Action, ex: &Exchange, iso: &impl Fn(f64) -> String) -> Value {
    let url = redact_url(&ex.url);
    let mut request = json!({
        "method": ex.method,
        "url": url,
        "httpVersion": "HTTP/1.1",
        "cookies": [],
        "headers": pairs(&ex.request_headers),
        "queryString": query_string(&url),
        "headersSize": -1,
        "bodySize": 0,
    });
    if let Some(body) = ex.request_body.as_deref().filter(|b| !b.is_empty()) {
        let text = redact_body(body, &[]);
        request["bodySize"] = json!(text.len());
        request["postData"] = json!({
            "mimeType": header(&ex.request_headers, "content-type").unwrap_or("application/json"),
            "text": text,
        });
    }
    let text = ex.response_body.as_deref().map(|b| redact_body(b, &[])).unwrap_or_default();
    let mut response = json!({
        // A call that got no answer (network lost, cancelled) is status 0, as browsers write it.
        "status": ex.status.unwrap_or(0),
        "statusText": "",
        "httpVersion": "HTTP/1.1",
        "cookies": [],
        "headers": pairs(&ex.response_headers),
        "content": {
            "size": text.len(),
            "mimeType": header(&ex.response_headers, "content-type").unwrap_or("application/json"),
            "text": text,
        },
        "redirectURL": "",
        "headersSize": -1,
        "bodySize": -1,
    });
    if let Some(note) = &ex.note {
        response["_error"] = json!(note);
    }
    json!({
        "pageref": page_id(action),
        "startedDateTime": iso(ex.started_at_ms),
        "time": ex.duration_ms,
        "request": request,
        "response": response,
        "cache": {},
        "timings": {"blocked": -1, "dns": -1, "connect": -1, "send": 0, "wait": ex.duration_ms, "receive": 0, "ssl": -1},
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secretive() -> Vec<Action> {
        let token = "eyJhbGciOi.live-token.sig";
        let put = Exchange {
            id: 2,
            method: "PUT".into(),
            url: format!("http://127.0.0.1:8080/v2/accounts/a1/users?auth_token={token}&page_size=5"),
            request_headers: vec![
                ("X-Auth-Token".into(), token.into()),
                ("Authorization".into(), format!("Bearer {token}")),
                ("Content-Type".into(), "application/json".into()),
            ],
            request_body: Some(
                r#"{"data":{"username":"ada","password":"hunter22","credentials":"d41d8cd98f00b204","api_key":"abc123def456",
                   "hotdesk":{"pin":"8642"},"vm":{"pin":"1234"},"sip":{"password":"s1p-secret"}}}"#
                    .into(),
            ),
            status: Some(201),
            response_headers: vec![("Content-Type".into(), "application/json".into())],
            response_body: Some(format!(r#"{{"auth_token":"{token}","data":{{"id":"u1"}},"status":"success"}}"#)),
            started_at_ms: 1_700_000_000_000.0,
            duration_ms: 42.0,
            ..Exchange::default()
        };
        let lost = Exchange {
            id: 3,
            method: "GET".into(),
            url: "http://127.0.0.1:8080/v2/about".into(),
            note: Some("Network lost".into()),
            ..Exchange::default()
        };
        vec![Action {
            id: 1,
            label: "Create user Ada".into(),
            started_at_ms: 1_700_000_000_000.0,
            exchanges: vec![put, lost],
        }]
    }

    #[test]
    fn no_secret_leaves_in_the_archive() {
        let har = to_har(&secretive(), "0.1.0", |ms| format!("t{ms}")).to_string();
        for secret in ["eyJhbGciOi", "hunter22", "d41d8cd98f00b204", "abc123def456", "8642", "1234", "s1p-secret"] {
            assert!(!har.contains(secret), "{secret} leaked: {har}");
        }
        assert!(har.contains("{AUTH_TOKEN}") && har.contains("{CREDENTIALS}"));
    }

    #[test]
    fn the_archive_has_the_shape_devtools_reads() {
        let har = to_har(&secretive(), "0.1.0", |ms| format!("t{ms}"));
        let log = &har["log"];
        assert_eq!(log["version"], "1.2");
        assert_eq!(log["creator"]["name"], "Patchbay");
        assert_eq!(log["pages"][0]["title"], "Create user Ada");
        let e = &log["entries"][0];
        assert_eq!(e["pageref"], log["pages"][0]["id"]);
        assert_eq!(e["request"]["method"], "PUT");
        assert_eq!(e["request"]["queryString"][1], json!({"name": "page_size", "value": "5"}));
        assert_eq!(e["request"]["postData"]["mimeType"], "application/json");
        assert_eq!(e["response"]["status"], 201);
        assert_eq!(e["time"], 42.0);
        assert_eq!(e["startedDateTime"], "t1700000000000");
        let lost = &log["entries"][1];
        assert_eq!(
            (lost["response"]["status"].clone(), lost["response"]["_error"].clone()),
            (json!(0), json!("Network lost"))
        );
        for key in ["cache", "timings"] {
            assert!(e.get(key).is_some(), "HAR 1.2 requires {key}");
        }
    }
}
