//! Crossbar's listings, page by page with `next_start_key` (never `paginate=false`,
//! which Crossbar refuses with 416 on large accounts): the one walk every list,
//! lookup and count of the app goes through.

use serde_json::Value;

use crate::transport::Transport;
use crate::CrossbarError;

/// Rows per page a person looks at.
pub const PAGE_SIZE: u32 = 50;

/// `path?query&page_size=..[&start_key=..]`, the start key URL-encoded.
pub fn page_path(path: &str, query: &str, start_key: Option<&str>) -> String {
    page_path_sized(path, query, start_key, PAGE_SIZE)
}

fn page_path_sized(path: &str, query: &str, start_key: Option<&str>, page_size: u32) -> String {
    let mut out = format!("{path}?");
    if !query.is_empty() {
        out.push_str(query);
        out.push('&');
    }
    out.push_str(&format!("page_size={page_size}"));
    if let Some(key) = start_key {
        out.push_str("&start_key=");
        out.push_str(&crate::path::seg(key));
    }
    out
}

/// `filter_{key}=["a","b"]`, URL-encoded: Crossbar's "one of these values" filter
/// (KAZOO `applications/crossbar/src/crossbar_filter.erl` `should_filter`), for asking only about the rows of the page
/// on screen.
pub fn one_of_filter(key: &str, values: &[&str]) -> String {
    let list = serde_json::to_string(values).unwrap_or_default();
    format!("filter_{key}={}", crate::path::seg(&list))
}

/// Rows per counting request: a 10,000-user account's Dashboard counts its users and
/// phones in about ten round trips (the Dashboard's budget is 25 requests in all), while
/// one reply stays under half a megabyte. Crossbar sets no maximum page size.
pub const COUNT_PAGE_SIZE: u32 = 2000;

/// Rows per request when a listing is walked to its end: Crossbar applies filters
/// after reading a page of the view, so a filtered lookup on a large account needs
/// few requests only when pages are large.
pub const WALK_PAGE_SIZE: u32 = 500;

/// Every row of a listing, following `next_start_key` (for bounded lookups such as
/// "the devices of these 50 users", never for a whole unbounded collection). The
/// phone-number listing is an object keyed by number; its entries come back as rows
/// with the number as `id`.
pub async fn fetch_all_pages(call: &impl Transport, path: &str, query: &str) -> Result<Vec<Value>, CrossbarError> {
    let mut rows = Vec::new();
    for_each_page(call, path, query, |page| rows.extend(page)).await?;
    Ok(rows)
}

/// The same walk as [`fetch_all_pages`], handing each page over as it arrives, so a
/// screen can show the first rows while later pages load and keep what it got if a
/// later page fails (the error is still returned).
pub async fn for_each_page(
    call: &impl Transport,
    path: &str,
    query: &str,
    mut on_page: impl FnMut(Vec<Value>),
) -> Result<(), CrossbarError> {
    walk_pages(call, path, query, WALK_PAGE_SIZE, |page| {
        on_page(page);
        true
    })
    .await
    .map(|_| ())
}

/// The one `next_start_key` walk: pages of `page_size` rows until the last page, or
/// until `on_page` answers false. `Ok(true)` when the walk reached the last page.
pub async fn walk_pages(
    call: &impl Transport,
    path: &str,
    query: &str,
    page_size: u32,
    mut on_page: impl FnMut(Vec<Value>) -> bool,
) -> Result<bool, CrossbarError> {
    let mut start: Option<String> = None;
    loop {
        let env = call.get(&page_path_sized(path, query, start.as_deref(), page_size)).await?;
        if !on_page(page_rows(env.data)) {
            return Ok(false);
        }
        match env.paging.next_start_key {
            // A key equal to the one just sent would loop forever: stop there.
            Some(next) if start.as_deref() != Some(next.as_str()) => start = Some(next),
            _ => return Ok(true),
        }
    }
}

/// The rows of one listing page: an array as is, or the phone-number listing's
/// `numbers` object as rows with the number as `id`.
fn page_rows(data: Value) -> Vec<Value> {
    match data {
        Value::Array(page) => page,
        Value::Object(o) => {
            let numbers = o.get("numbers").and_then(Value::as_object).cloned().unwrap_or_default();
            numbers
                .into_iter()
                .map(|(number, mut row)| {
                    row["id"] = number.into();
                    row
                })
                .collect()
        }
        _ => vec![],
    }
}

/// Every row of the listing, counted page by page; `keep_going` is asked after each
/// page so a superseded count (a new search) stops early. `None` when it stopped.
pub async fn count_rows(
    call: &impl Transport,
    path: &str,
    query: &str,
    keep_going: impl Fn() -> bool,
) -> Result<Option<usize>, CrossbarError> {
    let mut total = 0;
    let finished = walk_pages(call, path, query, COUNT_PAGE_SIZE, |page| {
        total += page.len();
        keep_going()
    })
    .await?;
    Ok(finished.then_some(total))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn start_keys_are_sent_back_url_encoded() {
        assert_eq!(
            page_path("accounts/a/users", "ascending=true", None),
            "accounts/a/users?ascending=true&page_size=50"
        );
        assert_eq!(
            page_path("accounts/a/devices", "", Some("g2+/=")),
            "accounts/a/devices?page_size=50&start_key=g2%2B%2F%3D"
        );
    }

    #[test]
    fn counting_pages_are_large_and_resume_from_the_opaque_key() {
        assert_eq!(page_path_sized("accounts/a/users", "", None, COUNT_PAGE_SIZE), "accounts/a/users?page_size=2000");
        assert_eq!(
            page_path_sized("accounts/a/search", "t=user&q=name&v=ad", Some("g2+/"), COUNT_PAGE_SIZE),
            "accounts/a/search?t=user&q=name&v=ad&page_size=2000&start_key=g2%2B%2F"
        );
    }

    #[test]
    fn one_of_filters_are_json_lists_url_encoded() {
        assert_eq!(one_of_filter("owner_id", &["a1", "b2"]), "filter_owner_id=%5B%22a1%22%2C%22b2%22%5D");
    }

    #[test]
    fn rows_come_from_arrays_and_from_the_number_listing() {
        let data = json!({"numbers": {"+15550001": {"state": "in_service"}}, "cascade_quantity": 0});
        assert_eq!(page_rows(data), vec![json!({"state": "in_service", "id": "+15550001"})]);
        assert_eq!(page_rows(json!([{"id": "a"}, {}, {}])).len(), 3);
        assert!(page_rows(Value::Null).is_empty());
    }
}
