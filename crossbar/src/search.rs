//! Crossbar's prefix search (`GET /v2/accounts/{A}/search?t=&q=&v=`, cb_search).
//!
//! The search views key documents by name (first + last, or `name`) and by number,
//! lower-cased with everything but `a-z0-9` stripped, and Crossbar compares `v` with
//! those keys as sent. A person's "Ada Ad" must therefore be sent as `adaad`.

/// Which `_design/search` view to ask (`q`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchView {
    Name,
    Number,
    NameAndNumber,
}

impl SearchView {
    pub fn as_str(self) -> &'static str {
        match self {
            SearchView::Name => "name",
            SearchView::Number => "number",
            SearchView::NameAndNumber => "name_and_number",
        }
    }
}

/// What the search views keep of a name or number: lower-case ASCII letters and digits.
pub fn normalize(text: &str) -> String {
    text.chars().map(ascii_lowercase).filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit()).collect()
}

/// The ASCII letter a character lower-cases to, if any: what Unicode lower-casing
/// followed by keeping ASCII gives, without Unicode's case tables in the app (the two
/// non-ASCII capitals whose lower case starts with an ASCII letter are spelled out).
fn ascii_lowercase(c: char) -> char {
    match c {
        '\u{130}' => 'i',  // İ → i̇
        '\u{212a}' => 'k', // Kelvin sign
        c => c.to_ascii_lowercase(),
    }
}

/// The search path and query for `doc_type` (`user`, `device`, `callflow`…) in the
/// account whose collection path is given (`accounts/{A}/users` → `accounts/{A}/search`),
/// or `None` when the typed text has nothing searchable in it.
pub fn search_request(
    collection_path: &str,
    doc_type: &str,
    view: SearchView,
    typed: &str,
) -> Option<(String, String)> {
    let value = normalize(typed);
    if value.is_empty() {
        return None;
    }
    let account = collection_path.rsplit_once('/').map_or(collection_path, |(base, _)| base);
    let encode = crate::path::seg;
    Some((format!("{account}/search"), format!("t={}&q={}&v={}", encode(doc_type), view.as_str(), encode(&value))))
}

/// The account search below `root` (`accounts/{A}/search/multi`, cb_search): one
/// request asks the name, realm and id views at once with what was typed, each view
/// keyed as KAZOO keys it (names normalised, realms lower-cased, ids as 32 hex).
/// `None` when nothing searchable was typed.
pub fn account_search_request(root_account: &str, typed: &str) -> Option<(String, String)> {
    let typed = typed.trim();
    let name = normalize(typed);
    let realm: String = typed.chars().map(ascii_lowercase).filter(|c| !c.is_whitespace()).collect();
    let id: String = realm.chars().filter(char::is_ascii_hexdigit).collect();
    let encode = crate::path::seg;
    let mut query = vec!["t=account".to_string()];
    if !name.is_empty() {
        query.push(format!("by_name={}", encode(&name)));
    }
    if !realm.is_empty() {
        query.push(format!("by_realm={}", encode(&realm)));
    }
    if id.len() == realm.len() && !id.is_empty() {
        query.push(format!("by_id={}", encode(&id)));
    }
    (query.len() > 1).then(|| (format!("accounts/{}/search/multi", encode(root_account)), query.join("&")))
}

/// The accounts a multi search found (`data: {name: [...], realm: [...], id: [...]}`),
/// each once, name matches first.
pub fn account_hits(data: &serde_json::Value) -> Vec<serde_json::Value> {
    let mut seen = std::collections::BTreeSet::new();
    let mut hits = Vec::new();
    for view in ["name", "realm", "id"] {
        for row in data.get(view).and_then(serde_json::Value::as_array).into_iter().flatten() {
            let id = row.get("id").and_then(serde_json::Value::as_str).unwrap_or_default().to_string();
            if seen.insert(id) {
                hits.push(row.clone());
            }
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_is_normalised_as_the_views_key_documents() {
        assert_eq!(normalize("Ada  Ad"), "adaad");
        assert_eq!(normalize("İSTANBUL \u{212a}elvin Émile"), "istanbulkelvinmile");
        assert_eq!(normalize("O'Brien-Smith"), "obriensmith");
        assert_eq!(normalize("+1 (415) 555-0100"), "14155550100");
        assert_eq!(normalize("Zoë"), "zo");
    }

    #[test]
    fn the_search_lives_beside_the_collection() {
        let (path, query) = search_request("accounts/abc/users", "user", SearchView::Name, "Grace H").unwrap();
        assert_eq!(path, "accounts/abc/search");
        assert_eq!(query, "t=user&q=name&v=graceh");
        assert_eq!(search_request("accounts/abc/users", "user", SearchView::Name, " -'"), None);
    }

    #[test]
    fn ascii_lowering_keeps_what_unicode_lowering_then_keeping_ascii_keeps() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let unicode: String = c.to_lowercase().filter(|l| l.is_ascii_lowercase() || l.is_ascii_digit()).collect();
            let ours: String =
                Some(ascii_lowercase(c)).filter(|l| l.is_ascii_lowercase() || l.is_ascii_digit()).into_iter().collect();
            assert_eq!(ours, unicode, "{c:?}");
        }
    }

    #[test]
    fn an_account_search_asks_the_views_that_can_match() {
        let (path, query) = account_search_request("r1", " Acme Dental ").unwrap();
        assert_eq!(path, "accounts/r1/search/multi");
        assert_eq!(query, "t=account&by_name=acmedental&by_realm=acmedental");
        let (_, query) = account_search_request("r1", "5A3f").unwrap();
        assert_eq!(query, "t=account&by_name=5a3f&by_realm=5a3f&by_id=5a3f");
        let (_, query) = account_search_request("r1", "acme.sip").unwrap();
        assert_eq!(query, "t=account&by_name=acmesip&by_realm=acme.sip");
        assert_eq!(account_search_request("r1", "  "), None);
        let (_, query) = account_search_request("r1", "a&b=c").unwrap();
        assert!(query.ends_with("by_realm=a%26b%3Dc"), "{query}");
    }

    #[test]
    fn account_hits_are_listed_once() {
        let row = |id: &str| serde_json::json!({"id": id, "name": id});
        let data = serde_json::json!({"name": [row("a"), row("b")], "realm": [row("b"), row("c")], "id": [row("a")]});
        let ids: Vec<_> = account_hits(&data).iter().map(|r| r["id"].as_str().unwrap().to_string()).collect();
        assert_eq!(ids, ["a", "b", "c"]);
    }
}
