//! Crossbar URL paths split into nouns (KAZOO `applications/crossbar/src/api_util.erl`
//! `parse_path_tokens`): `/v2/accounts/A/users/U` is `[accounts(A), users(U)]`. Used to name docs pages
//! and to template curl URLs.

/// One path segment or query value, percent-encoded: everything but RFC 3986's
/// unreserved characters (`A-Z a-z 0-9 - . _ ~`). Every id, number or name the app puts
/// in a path goes through here, so a value holding `/`, `?`, `#`, `%` or `..` stays one
/// segment and can never point a request somewhere else.
pub fn seg(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    // A segment of only dots would still be read as "this" or "parent" folder.
    if !out.is_empty() && out.bytes().all(|b| b == b'.') {
        return out.replace('.', "%2E");
    }
    out
}

/// `scheme://host[:port]` of an absolute URL (`None` for a relative one). Written out
/// rather than taken from the `url` crate, whose international-domain tables would
/// cost the app's bundle more than the rest of this crate (see README, "Bundle budget").
pub fn origin(url: &str) -> Option<&str> {
    let (scheme, rest) = url.split_once("://")?;
    if scheme.is_empty() || !scheme.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.')) {
        return None;
    }
    let authority = rest.find(['/', '?', '#']).map_or(rest.len(), |i| i);
    (authority > 0).then(|| &url[..scheme.len() + 3 + authority])
}

/// `reference` resolved against the absolute URL `base` as a browser resolves a link:
/// absolute references as they are, `//host/…`, `/path` from the origin, anything
/// else from `base`'s folder, with `.` and `..` segments applied.
pub fn resolve(base: &str, reference: &str) -> Option<String> {
    if origin(reference).is_some() {
        return Some(reference.to_string());
    }
    let base_origin = origin(base)?;
    if let Some(rest) = reference.strip_prefix("//") {
        let scheme = base_origin.split("://").next()?;
        return Some(format!("{scheme}://{rest}"));
    }
    let base_path = base[base_origin.len()..].split(['?', '#']).next().unwrap_or_default();
    let joined = if reference.starts_with('/') {
        reference.to_string()
    } else {
        let folder = base_path.rfind('/').map_or("/", |i| &base_path[..=i]);
        format!("{folder}{reference}")
    };
    let (path, tail) = joined.find(['?', '#']).map_or((joined.as_str(), ""), |i| joined.split_at(i));
    let mut segments: Vec<&str> = Vec::new();
    let parts: Vec<&str> = path.split('/').skip(1).collect();
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        match *part {
            "." if last => segments.push(""),
            "." => {}
            ".." => {
                segments.pop();
                if last {
                    segments.push("");
                }
            }
            other => segments.push(other),
        }
    }
    Some(format!("{base_origin}/{}{tail}", segments.join("/")))
}

/// One noun of a Crossbar path with its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Noun<'a> {
    pub name: &'a str,
    pub args: Vec<&'a str>,
}

/// A 32-hex Crossbar id.
/// The part of `url` after the Crossbar `root` (`accounts/…?query`), when `url` is a
/// call to that Crossbar (not to a provisioner or another server).
pub fn after_root<'a>(url: &'a str, root: &str) -> Option<&'a str> {
    url.strip_prefix(root.trim_end_matches('/')).and_then(|rest| rest.strip_prefix('/'))
}

pub fn is_id(segment: &str) -> bool {
    segment.len() == 32 && segment.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
}

/// Split a path (with or without the `/v2` prefix and query string) into nouns.
/// A segment starts a new noun when it is not an id and the previous noun already
/// has an argument or takes none; the Crossbar router uses its module list for this,
/// which a client does not have, so ids and the known argument-taking nouns decide.
pub fn nouns(path: &str) -> Vec<Noun<'_>> {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let mut segments = path.split('/').filter(|s| !s.is_empty()).peekable();
    if segments.peek().is_some_and(|s| s.len() > 1 && s.starts_with('v') && s[1..].bytes().all(|b| b.is_ascii_digit()))
    {
        segments.next();
    }
    let mut out: Vec<Noun<'_>> = Vec::new();
    for seg in segments {
        let takes_arg = out.last().is_some_and(|n| n.args.is_empty() && accepts_argument(n.name, seg));
        match out.last_mut() {
            Some(last) if takes_arg => last.args.push(seg),
            _ => out.push(Noun { name: seg, args: Vec::new() }),
        }
    }
    out
}

/// Whether `seg` following noun `name` is that noun's argument rather than a new noun.
fn accepts_argument(name: &str, seg: &str) -> bool {
    if is_id(seg) {
        return true;
    }
    // Nouns whose argument is not an id (domains, numbers, tokens, actions).
    matches!(
        name,
        "whitelabel" | "phone_numbers" | "user_auth" | "schemas" | "quickcall" | "classifiers" | "screenshot"
    ) && !matches!(seg, "logo" | "icon" | "welcome" | "domains" | "recovery" | "activate" | "classifiers")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_is_known_as_crossbars_by_its_root() {
        assert_eq!(after_root("http://h:8000/v2/accounts/a?x=1", "http://h:8000/v2/"), Some("accounts/a?x=1"));
        assert_eq!(after_root("http://h:8000/v2x/a", "http://h:8000/v2"), None);
        assert_eq!(after_root("http://p:9000/api/phones", "http://h:8000/v2"), None);
    }

    const A: &str = "0123456789abcdef0123456789abcdef";
    const U: &str = "fedcba9876543210fedcba9876543210";

    #[test]
    fn segments_are_encoded_so_they_stay_one_segment() {
        assert_eq!(seg(A), A);
        assert_eq!(seg("+14155550100"), "%2B14155550100");
        assert_eq!(seg("../api_key"), "..%2Fapi_key");
        assert_eq!(seg(".."), "%2E%2E");
        assert_eq!(seg("a b?c#d%e&f=g"), "a%20b%3Fc%23d%25e%26f%3Dg");
        assert_eq!(seg("Zoë"), "Zo%C3%AB");
    }

    #[test]
    fn origins_and_relative_references_resolve_as_in_a_browser() {
        assert_eq!(origin("https://pbx.example.com:8443/v2"), Some("https://pbx.example.com:8443"));
        assert_eq!(origin("http://127.0.0.1:8080"), Some("http://127.0.0.1:8080"));
        assert_eq!(origin("/v2"), None);
        let root = "http://127.0.0.1:8080/v2";
        assert_eq!(resolve(root, "/provisioner/").as_deref(), Some("http://127.0.0.1:8080/provisioner/"));
        assert_eq!(resolve(root, "provisioner/phones").as_deref(), Some("http://127.0.0.1:8080/provisioner/phones"));
        assert_eq!(resolve("http://h/a/b/", "../c/./d").as_deref(), Some("http://h/a/c/d"));
        assert_eq!(resolve("https://h/v2", "//cdn.test/p").as_deref(), Some("https://cdn.test/p"));
        assert_eq!(resolve(root, "https://prov.test/api/").as_deref(), Some("https://prov.test/api/"));
    }

    #[test]
    fn splits_account_scoped_paths() {
        let p = format!("/v2/accounts/{A}/users/{U}");
        let n = nouns(&p);
        assert_eq!(n, vec![Noun { name: "accounts", args: vec![A] }, Noun { name: "users", args: vec![U] }]);
    }

    #[test]
    fn sub_resources_and_query_strings() {
        let p = format!("/v2/accounts/{A}/users?page_size=10");
        let n = nouns(&p);
        assert_eq!(n.last().unwrap().name, "users");
        let p = format!("/v2/accounts/{A}/children");
        let n = nouns(&p);
        assert_eq!(n.last().unwrap(), &Noun { name: "children", args: vec![] });
    }

    #[test]
    fn non_id_arguments() {
        let n = nouns("/v2/whitelabel/pbx.example.com/logo");
        assert_eq!(
            n,
            vec![Noun { name: "whitelabel", args: vec!["pbx.example.com"] }, Noun { name: "logo", args: vec![] }]
        );
        assert_eq!(nouns("/v2/user_auth")[0].name, "user_auth");
    }

    #[test]
    fn ids_are_lowercase_hex_of_32() {
        assert!(is_id(A));
        assert!(!is_id(&A.to_uppercase()));
        assert!(!is_id("0123"));
    }
}
