use crate::support::Sandbox;
use axum::http::StatusCode;
use serde_json::{json, Value};
use std::collections::HashSet;

async fn walk(sb: &Sandbox, token: &str, extra: &str) -> Vec<Value> {
    let mut rows = Vec::new();
    let mut next: Option<String> = None;
    loop {
        let mut path = format!("{}?page_size=10{extra}", sb.users_path());
        if let Some(k) = &next {
            path.push_str(&format!("&start_key={k}"));
        }
        let r = sb.call("GET", &path, Some(token), None).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        let page = r.body["data"].as_array().unwrap().clone();
        assert_eq!(r.body["page_size"], page.len());
        rows.extend(page);
        match r.body.get("next_start_key").and_then(Value::as_str) {
            Some(k) => next = Some(k.to_string()),
            None => break,
        }
    }
    rows
}

#[tokio::test]
async fn pagination_walks_every_user_once_in_both_directions() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    for i in 0..137 {
        // Repeated last names make equal view keys, which must still page cleanly.
        let body = json!({"first_name": format!("F{i:03}"), "last_name": format!("L{}", i % 7)});
        let r = sb.call("PUT", &sb.users_path(), Some(&admin), Some(body)).await;
        assert_eq!(r.status, StatusCode::CREATED);
    }
    let total = 137 + 2;
    for extra in ["", "&ascending=true"] {
        let rows = walk(&sb, &admin, extra).await;
        let ids: HashSet<&str> = rows.iter().filter_map(|r| r["id"].as_str()).collect();
        assert_eq!(rows.len(), total, "direction {extra:?}");
        assert_eq!(ids.len(), total);
        let keys: Vec<String> = rows
            .iter()
            .map(|r| {
                format!("{} {}", r["last_name"].as_str().unwrap(), r["first_name"].as_str().unwrap()).to_lowercase()
            })
            .collect();
        let mut sorted = keys.clone();
        sorted.sort();
        if extra.is_empty() {
            sorted.reverse();
        }
        assert_eq!(keys, sorted, "default is descending, ascending=true ascends");
    }
    let r = sb.call("GET", &format!("{}?paginate=false", sb.users_path()), Some(&admin), None).await;
    assert_eq!(r.body["data"].as_array().unwrap().len(), total);
    assert!(r.body.get("next_start_key").is_none() && r.body.get("page_size").is_none());
    let r = sb.call("GET", &sb.users_path(), Some(&admin), None).await;
    assert_eq!(r.body["page_size"], 50);
    for bad in ["abc", "0"] {
        let r = sb.call("GET", &format!("{}?page_size={bad}", sb.users_path()), Some(&admin), None).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        assert_eq!(r.body["message"], "faulty_request");
    }
    // Crossbar has no maximum page size: the largest one still answers with every row.
    let huge = format!("{}?page_size={}", sb.users_path(), i64::MAX);
    let r = sb.call("GET", &huge, Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body["data"].as_array().unwrap().len(), total);
    let search = format!("/v2/accounts/{}/search?t=user&q=name&v=a&page_size={}", sb.demo.demo_account_id, i64::MAX);
    assert_eq!(sb.call("GET", &search, Some(&admin), None).await.status, StatusCode::OK);
}

#[tokio::test]
async fn listing_rows_have_crossbar_shape() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let r = sb.call("GET", &format!("{}?ascending=true", sb.users_path()), Some(&admin), None).await;
    let rows = r.body["data"].as_array().unwrap();
    assert_eq!(rows[0]["username"], "admin");
    assert_eq!(rows[0]["features"], json!(["vm_to_email"]));
    assert_eq!(rows[0]["flags"], json!([]));
    assert!(rows[0].get("pvt_md5_auth").is_none());
    let keys: Vec<&String> = rows[0].as_object().unwrap().keys().collect();
    for k in keys {
        assert!(
            [
                "id",
                "username",
                "email",
                "first_name",
                "last_name",
                "priv_level",
                "presence_id",
                "timezone",
                "flags",
                "features",
                "feature_level",
                "call_recording",
                "service"
            ]
            .contains(&k.as_str()),
            "{k}"
        );
    }
}

/// The view's `features` also name every enabled `smartpbx.<feature>` (find-me/follow-me,
/// call recording …) and a forward that only works when the phones do not answer.
#[tokio::test]
async fn listing_features_name_smart_pbx_features_as_kazoos_view_does() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let me = format!("{}/{}", sb.users_path(), sb.demo.alice_user_id);
    let body = json!({
        "smartpbx": {"find_me_follow_me": {"enabled": true}, "call_recording": {"enabled": true}, "faxing": {"enabled": false}},
        "call_forward": {"enabled": false, "failover": true, "number": "+14155550199"},
        "call_recording": {"inbound": {"offnet": {"enabled": true}}}
    });
    assert_eq!(sb.call("PATCH", &me, Some(&admin), Some(body)).await.status, StatusCode::OK);
    let r = sb.call("GET", &format!("{}?filter_username=alice", sb.users_path()), Some(&admin), None).await;
    let row = &r.body["data"][0];
    assert_eq!(row["features"], json!(["find_me_follow_me", "call_recording", "call_forward_failover", "vm_to_email"]));
    assert_eq!(row["call_recording"]["inbound"]["offnet"]["enabled"], true);
}

async fn names(sb: &Sandbox, token: &str, query: &str) -> Vec<String> {
    let r = sb.call("GET", &format!("{}?paginate=false&{query}", sb.users_path()), Some(token), None).await;
    assert_eq!(r.status, StatusCode::OK, "{query}: {}", r.body);
    let mut out: Vec<String> =
        r.body["data"].as_array().unwrap().iter().map(|u| u["first_name"].as_str().unwrap().to_string()).collect();
    out.sort();
    out
}

#[tokio::test]
async fn every_filter_kind_works() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let r = sb
        .call("PUT", &sb.users_path(), Some(&admin), Some(json!({"first_name": "Bob", "last_name": "B", "caller_id": {"external": {"number": "+15550001"}}, "tag": ""})))
        .await;
    assert_eq!(r.status, StatusCode::CREATED);
    assert_eq!(names(&sb, &admin, "filter_priv_level=admin").await, ["Ada"]);
    assert_eq!(names(&sb, &admin, "filter_not_priv_level=admin").await, ["Alice", "Bob"]);
    assert_eq!(names(&sb, &admin, "filter_enabled=true").await, ["Ada", "Alice", "Bob"]);
    assert_eq!(names(&sb, &admin, "filter_caller_id.external.number=%2B15550001").await, ["Bob"]);
    assert_eq!(names(&sb, &admin, "filter_username=%5B%22alice%22%2C%22admin%22%5D").await, ["Ada", "Alice"]);
    assert_eq!(names(&sb, &admin, "has_key=tag").await, ["Bob"]);
    assert_eq!(names(&sb, &admin, "key_missing=tag").await, ["Ada", "Alice"]);
    assert_eq!(names(&sb, &admin, "has_value=tag").await, Vec::<String>::new());
    assert_eq!(names(&sb, &admin, "value_missing=email").await, ["Bob"]);
    assert_eq!(names(&sb, &admin, "created_from=0&created_to=99999999999").await.len(), 3);
    assert_eq!(names(&sb, &admin, "modified_from=99999999999").await.len(), 0);
    assert_eq!(names(&sb, &admin, "modified_to=99999999999&filter_last_name=B").await, ["Bob"]);
}

#[tokio::test]
async fn ids_are_filtered_by_the_stored_documents_key() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    // KAZOO's filters read the stored document, where the id is `_id`; Patchbay's
    // devices list names a page's owners with `filter__id=[…]`. The sandbox also takes
    // `filter_id`, the id as every answer shows it.
    let one_of = |key: &str| format!("{key}=%5B%22{}%22%2C%22nobody%22%5D", sb.demo.alice_user_id);
    assert_eq!(names(&sb, &admin, &one_of("filter__id")).await, ["Alice"]);
    assert_eq!(names(&sb, &admin, &one_of("filter_id")).await, ["Alice"]);
}

mod search {
    use crate::support::Sandbox;
    use axum::http::StatusCode;
    use serde_json::Value;

    fn names(body: &Value) -> Vec<String> {
        body["data"].as_array().unwrap().iter().map(|r| r["name"].as_str().unwrap_or_default().to_string()).collect()
    }

    #[tokio::test]
    async fn prefix_search_on_normalised_names_pages_with_raw_keys() {
        let sb = Sandbox::new();
        let admin = sb.admin().await;
        let base = format!("/v2/accounts/{}/search", sb.demo.demo_account_id);
        let r = sb.call("GET", &format!("{base}?t=user&q=name&v=ada"), Some(&admin), None).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert_eq!(names(&r.body), ["Ada Admin"]);
        // Crossbar does not normalise `v`: clients send it lower-case and alphanumeric.
        let r = sb.call("GET", &format!("{base}?t=user&q=name&v=Ada"), Some(&admin), None).await;
        assert_eq!(names(&r.body), Vec::<String>::new());

        let r = sb.call("GET", &format!("{base}?t=user&q=name&v=&page_size=1"), Some(&admin), None).await;
        assert_eq!(r.body["page_size"], 1);
        let next = r.body["next_start_key"].as_str().expect("more users than one page").to_string();
        let r2 =
            sb.call("GET", &format!("{base}?t=user&q=name&v=&page_size=1&start_key={next}"), Some(&admin), None).await;
        let (first, second) = (names(&r.body), names(&r2.body));
        assert!(first.iter().all(|n| !second.contains(n)), "{first:?} / {second:?}");
        assert!(first.last() < second.first(), "ascending: {first:?} then {second:?}");

        let cf = serde_json::json!({"data": {"name": "Front desk", "numbers": ["+14155550177"], "flow": {"module": "user", "data": {}}}});
        let cfs = format!("/v2/accounts/{}/callflows", sb.demo.demo_account_id);
        assert_eq!(sb.call("PUT", &cfs, Some(&admin), Some(cf["data"].clone())).await.status, StatusCode::CREATED);
        let r = sb.call("GET", &format!("{base}?t=callflow&q=number&v=1415555017"), Some(&admin), None).await;
        assert_eq!(r.body["data"][0]["name"], "Front desk", "{}", r.body);
        assert_eq!(r.body["data"][0]["numbers"][0], "+14155550177", "{}", r.body);
    }

    #[tokio::test]
    async fn a_search_without_type_view_or_value_is_a_validation_error() {
        let sb = Sandbox::new();
        let admin = sb.admin().await;
        let base = format!("/v2/accounts/{}/search", sb.demo.demo_account_id);
        for (query, field, validator) in [
            ("q=name&v=a", "t", "required"),
            ("t=user&v=a", "q", "required"),
            ("t=user&q=nope&v=a", "q", "enum"),
            ("t=user&q=name", "v", "required"),
        ] {
            let r = sb.call("GET", &format!("{base}?{query}"), Some(&admin), None).await;
            assert_eq!(r.status, StatusCode::BAD_REQUEST, "{query}: {}", r.body);
            assert!(r.body["data"][field][validator]["message"].is_string(), "{query}: {}", r.body);
        }
    }
}
