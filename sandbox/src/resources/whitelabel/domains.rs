//! `GET /v2/accounts/{A}/whitelabel/domains`: the DNS records a reseller creates so that
//! their white-label domain reaches this server (cb_whitelabel `load_domains`). The
//! domain is the request's `domain` (query string or body), else the one the account's
//! whitelabel document holds; without either, 400 `domain.required`.
//!
//! KAZOO fills a system-wide template (`system_config/whitelabel` `domains`, shaped as
//! `schemas/domains.json`: record type → host → `{mapping, name}`) by replacing
//! `{{domain}}` in hosts and mappings (kzd_domains `format/2`). The sandbox's template is
//! one record: the domain itself pointing at the host this request reached, which serves
//! both the app and Crossbar — an `A` record when that host is an address, else a `CNAME`.

use crate::ctx::Ctx;
use crate::reply::{CbError, Outcome, Success};
use serde_json::{json, Map, Value};

use super::files::DOC_ID;

/// The placeholder kzd_domains replaces.
const PLACEHOLDER: &str = "{{domain}}";

/// The file name under `…/whitelabel/` this module answers.
pub const NAME: &str = "domains";

pub fn hints(ctx: &Ctx, account_id: &str) -> Outcome {
    let stored = ctx.state.store.get_live(account_id, DOC_ID)?;
    let asked = ctx
        .query("domain")
        .map(str::to_string)
        .or_else(|| ctx.data.get("domain").and_then(Value::as_str).map(str::to_string));
    let domain = asked
        .or_else(|| stored.as_ref().and_then(|d| d.get("domain")).and_then(Value::as_str).map(str::to_string))
        .map(|d| d.trim().to_string())
        .filter(|d| !d.is_empty());
    let Some(domain) = domain else {
        let message =
            "No domain to describe: give one as `domain` on the request, or save one in the whitelabel document";
        return Err(CbError::field("domain", "required", json!({"message": message})));
    };
    Ok(Success::ok(format(&template(&server_host(&ctx.base_url)), &domain)))
}

/// The host (no scheme, no port) of `scheme://host[:port]`.
fn server_host(base_url: &str) -> String {
    let authority = base_url.split_once("://").map_or(base_url, |(_, rest)| rest);
    let authority = authority.split('/').next().unwrap_or_default();
    match authority.strip_prefix('[') {
        // An IPv6 literal: `[::1]:8080`.
        Some(v6) => v6.split(']').next().unwrap_or_default().to_string(),
        None => authority.rsplit_once(':').map_or(authority, |(host, _)| host).to_string(),
    }
}

/// The sandbox's system template for a server reached at `host`.
fn template(host: &str) -> Value {
    let is_address = host.parse::<std::net::IpAddr>().is_ok();
    let kind = if is_address { "A" } else { "CNAME" };
    json!({ kind: { PLACEHOLDER: { "mapping": [host], "name": "Web app and API" } } })
}

/// kzd_domains `format/2`: `{{domain}}` replaced in every host and mapping.
fn format(template: &Value, domain: &str) -> Value {
    let fill = |s: &str| s.replace(PLACEHOLDER, domain);
    let mut out = Map::new();
    for (kind, hosts) in template.as_object().into_iter().flatten() {
        let mut formatted = Map::new();
        for (host, config) in hosts.as_object().into_iter().flatten() {
            let mut config = config.clone();
            if let Some(mapping) = config.get_mut("mapping").and_then(Value::as_array_mut) {
                for m in mapping.iter_mut() {
                    if let Some(s) = m.as_str() {
                        *m = Value::String(fill(s));
                    }
                }
            }
            formatted.insert(fill(host), config);
        }
        out.insert(kind.clone(), Value::Object(formatted));
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_names_the_domain_and_the_server_it_points_at() {
        assert_eq!(server_host("http://127.0.0.1:8080"), "127.0.0.1");
        assert_eq!(server_host("http://pbx.example.com"), "pbx.example.com");
        assert_eq!(server_host("http://[::1]:8080"), "::1");
        let filled = format(&template("127.0.0.1"), "portal.example.com");
        assert_eq!(filled, json!({"A": {"portal.example.com": {"mapping": ["127.0.0.1"], "name": "Web app and API"}}}));
        let filled = format(&template("pbx.example.com"), "portal.example.com");
        assert_eq!(filled["CNAME"]["portal.example.com"]["mapping"], json!(["pbx.example.com"]));
        let kazoo_style =
            json!({"SRV": {"_sip._udp.{{domain}}": {"mapping": ["10 10 7000 us-east.{{domain}}"], "name": "SRV"}}});
        assert_eq!(
            format(&kazoo_style, "r1.test")["SRV"]["_sip._udp.r1.test"]["mapping"][0],
            "10 10 7000 us-east.r1.test"
        );
    }
}
