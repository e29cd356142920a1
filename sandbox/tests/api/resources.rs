use crate::support::Sandbox;
use axum::http::StatusCode;
use serde_json::json;

#[tokio::test]
async fn put_patch_post_delete_follow_crossbar_semantics() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let body = json!({"first_name": "Carol", "last_name": "Cole", "username": "Carol", "password": "pw",
        "ui_metadata": {"origin": "test"}, "caller_id": {"internal": {"name": "C", "number": "100"}},
        "pvt_secret": "x", "_rev": "9-x"});
    let r = sb.call("PUT", &sb.users_path(), Some(&admin), Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED);
    let id = r.body["data"]["id"].as_str().unwrap().to_string();
    assert_eq!(r.headers["location"], format!("{}/{id}", sb.users_path()).as_str());
    let d = &r.body["data"];
    assert_eq!(d["username"], "carol");
    assert_eq!(d["priv_level"], "user");
    assert_eq!(d["enabled"], true);
    assert_eq!(d["vm_to_email_enabled"], true);
    assert!(d.get("password").is_none() && d.get("pvt_secret").is_none() && d.get("_rev").is_none());
    assert!(r.body["revision"].as_str().unwrap().starts_with("1-"));
    assert_eq!(r.headers["etag"], format!("\"{}\"", r.body["revision"].as_str().unwrap()).as_str());
    sb.login("Demo Co", "carol", "pw").await;

    let path = format!("{}/{id}", sb.users_path());
    let r = sb
        .call("PATCH", &path, Some(&admin), Some(json!({"caller_id": {"internal": {"number": "200"}, "external": {"number": "+1555"}}, "ui_metadata": null, "extra": {"k": 1}})))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let d = &r.body["data"];
    assert_eq!(d["caller_id"], json!({"internal": {"name": "C", "number": "200"}, "external": {"number": "+1555"}}));
    assert!(d.get("ui_metadata").is_none());
    assert_eq!(d["extra"], json!({"k": 1}));
    assert!(r.body["revision"].as_str().unwrap().starts_with("2-"));

    let r = sb
        .call(
            "POST",
            &path,
            Some(&admin),
            Some(json!({"first_name": "Caro", "last_name": "Cole", "username": "carol"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body["data"].get("extra").is_none() && r.body["data"].get("caller_id").unwrap() == &json!({}));
    // Private credentials survive a POST, so the login still works.
    sb.login("Demo Co", "carol", "pw").await;

    let r = sb.call("DELETE", &path, Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body["data"]["_read_only"], json!({"deleted": true}));
    let r = sb.call("GET", &path, Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.body["data"], json!({"message": "bad identifier", "cause": id}));
}

#[tokio::test]
async fn validation_errors_use_the_per_field_map() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let r = sb
        .call(
            "PUT",
            &sb.users_path(),
            Some(&admin),
            Some(json!({"last_name": "", "username": "bad user!", "priv_level": "root", "email": "x"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.body["message"], "validation error");
    assert_eq!(r.body["error"], "400");
    let d = &r.body["data"];
    assert_eq!(d["first_name"]["required"], json!({"message": "Field is required but missing", "value": "first_name"}));
    assert_eq!(d["last_name"]["minLength"]["target"], 1);
    assert_eq!(d["username"]["pattern"]["target"], "^([+@.\\w_-]+)$");
    assert_eq!(d["priv_level"]["enum"]["message"], "Value not found in enumerated list of values");
    assert!(d["email"]["minLength"].is_object());
    let r = sb
        .call(
            "PUT",
            &sb.users_path(),
            Some(&admin),
            Some(json!({"first_name": "A", "last_name": "B", "username": "ALICE"})),
        )
        .await;
    assert!(r.body["data"]["username"]["unique"].is_object(), "{}", r.body);
    let path = format!("{}/{}", sb.users_path(), sb.demo.alice_user_id);
    let r = sb.call("PATCH", &path, Some(&admin), Some(json!({"username": "alice2"}))).await;
    assert!(r.body["data"]["password"]["required"].is_object(), "{}", r.body);
    let r = sb.call("PATCH", &path, Some(&admin), Some(json!({"first_name": 5}))).await;
    assert!(r.body["data"]["first_name"]["type"].is_object());
}

#[tokio::test]
async fn account_tree_crud() {
    let sb = Sandbox::new();
    let reseller = sb.reseller().await;
    let demo = &sb.demo.demo_account_id;
    let r = sb
        .call(
            "PUT",
            &format!("/v2/accounts/{demo}"),
            Some(&reseller),
            Some(json!({"name": "Sub Co", "superduper_admin": true})),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let sub = r.body["data"]["id"].as_str().unwrap().to_string();
    assert_eq!(r.body["data"]["superduper_admin"], false);
    assert!(r.body["data"]["realm"].as_str().unwrap().len() >= 4);
    assert_eq!(r.headers["location"], format!("/v2/accounts/{sub}").as_str());
    let r = sb.call("PUT", "/v2/accounts", Some(&reseller), Some(json!({"name": "sub-co"}))).await;
    assert!(r.body["data"]["name"]["unique"].is_object(), "{}", r.body);
    let r = sb.call("GET", &format!("/v2/accounts/{demo}/children"), Some(&reseller), None).await;
    assert_eq!(r.body["data"][0]["id"], sub.as_str());
    let r = sb
        .call("GET", &format!("/v2/accounts/{}/descendants", sb.demo.reseller_account_id), Some(&reseller), None)
        .await;
    assert_eq!(r.body["data"].as_array().unwrap().len(), 2);
    let r = sb.call("GET", &format!("/v2/accounts/{sub}/parents"), Some(&reseller), None).await;
    assert_eq!(r.body["data"][1]["name"], "Demo Co");
    let r = sb.call("DELETE", &format!("/v2/accounts/{demo}"), Some(&reseller), None).await;
    assert_eq!(r.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(r.body["message"], "account_has_descendants");
    let r = sb
        .call("PATCH", &format!("/v2/accounts/{sub}"), Some(&reseller), Some(json!({"timezone": "Europe/Paris"})))
        .await;
    assert_eq!(r.body["data"]["name"], "Sub Co");
    assert_eq!(r.body["data"]["timezone"], "Europe/Paris");
    let r = sb.call("DELETE", &format!("/v2/accounts/{sub}"), Some(&reseller), None).await;
    assert_eq!(r.status, StatusCode::OK);
    let r = sb.call("GET", &format!("/v2/accounts/{sub}"), Some(&reseller), None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let admin = sb.admin().await;
    let r = sb.call("GET", &format!("/v2/accounts/{demo}/api_key"), Some(&admin), None).await;
    assert_eq!(r.body["data"]["api_key"], sb.demo.demo_api_key.as_str());
}

#[tokio::test]
async fn whitelabel_lookup_is_public() {
    let sb = Sandbox::new();
    let r = sb.call("GET", "/v2/whitelabel/example.test", None, None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.body["message"], "bad_identifier");
    let admin = sb.admin().await;
    let path = format!("/v2/accounts/{}/whitelabel", sb.demo.demo_account_id);
    let r = sb.call("PUT", &path, Some(&admin), Some(json!({"domain": "example.test", "company_name": "Demo"}))).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let r = sb.call("GET", "/v2/whitelabel/example.test", None, None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body["data"]["company_name"], "Demo");
    assert!(r.body.get("version").is_none());
}
