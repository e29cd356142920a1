//! The account tree as an account manager reads it: account search (cb_search over the
//! `accounts` database), children and descendants listings, limits, service plans, and
//! what a freshly created account's admin gets at sign-in.

use crate::support::{md5_hex, Sandbox};
use axum::http::StatusCode;
use serde_json::{json, Value};

/// The minimal tree (reseller → Demo Co) plus, under the reseller, Acme Dental with
/// its branch Acme Dental Uptown, and Blue Harbor Law. Returns (acme, uptown, blue).
async fn grow_tree(sb: &Sandbox, reseller: &str) -> (String, String, String) {
    let create = |parent: String, name: &'static str, realm: &'static str| async move {
        let r = sb
            .call("PUT", &format!("/v2/accounts/{parent}"), Some(reseller), Some(json!({"name": name, "realm": realm})))
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{name}: {}", r.body);
        r.body["data"]["id"].as_str().unwrap().to_string()
    };
    let root = sb.demo.reseller_account_id.clone();
    let acme = create(root.clone(), "Acme Dental", "acme-dental.sip.test").await;
    let uptown = create(acme.clone(), "Acme Dental Uptown", "uptown.acme-dental.sip.test").await;
    let blue = create(root, "Blue Harbor Law", "blue-harbor.sip.test").await;
    (acme, uptown, blue)
}

/// Creates an admin in `account` and signs in as them; returns the whole login reply.
async fn admin_of(sb: &Sandbox, reseller: &str, account: &str, account_name: &str) -> Value {
    let user = json!({
        "first_name": "Owner", "last_name": account_name, "username": "owner",
        "password": "owner-pass", "priv_level": "admin",
    });
    let r = sb.call("PUT", &format!("/v2/accounts/{account}/users"), Some(reseller), Some(user)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let login = json!({"credentials": md5_hex("owner:owner-pass"), "account_name": account_name});
    let r = sb.call("PUT", "/v2/user_auth", None, Some(login)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    r.body
}

fn token(login: &Value) -> String {
    login["auth_token"].as_str().unwrap().to_string()
}

fn names(body: &Value) -> Vec<String> {
    body["data"].as_array().unwrap().iter().map(|r| r["name"].as_str().unwrap_or_default().to_string()).collect()
}

#[tokio::test]
async fn account_search_by_name_realm_and_id_prefix() {
    let sb = Sandbox::new();
    let reseller = sb.reseller().await;
    let (acme, uptown, _) = grow_tree(&sb, &reseller).await;

    // `v` is normalised like the view keys: "Acme D" is "acmed". Descending by default.
    let r = sb.call("GET", "/v2/search?t=account&q=name&v=Acme%20D", Some(&reseller), None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(names(&r.body), ["Acme Dental Uptown", "Acme Dental"]);
    let acme_row = &r.body["data"][1];
    assert_eq!(
        acme_row,
        &json!({"id": acme, "descendants_count": 1, "name": "Acme Dental", "realm": "acme-dental.sip.test"})
    );
    assert_eq!(r.body["page_size"], 2);
    let r = sb.call("GET", "/v2/search?t=account&q=name&v=acme&ascending=true", Some(&reseller), None).await;
    assert_eq!(names(&r.body), ["Acme Dental", "Acme Dental Uptown"]);

    // Realms are keyed without their dots and dashes.
    let r = sb.call("GET", "/v2/search?t=account&q=realm&v=uptown.acme", Some(&reseller), None).await;
    assert_eq!(names(&r.body), ["Acme Dental Uptown"]);
    let r = sb.call("GET", &format!("/v2/search?t=account&q=id&v={}", &uptown[..10]), Some(&reseller), None).await;
    assert_eq!(names(&r.body), ["Acme Dental Uptown"]);

    // An empty value lists every descendant, never the searching account itself; pages
    // follow `next_start_key`.
    let r = sb.call("GET", "/v2/search?t=account&q=name&v=&ascending=true", Some(&reseller), None).await;
    assert_eq!(names(&r.body), ["Acme Dental", "Acme Dental Uptown", "Blue Harbor Law", "Demo Co"]);
    let mut seen = Vec::new();
    let mut next: Option<String> = None;
    loop {
        let start = next.as_ref().map(|k| format!("&start_key={k}")).unwrap_or_default();
        let path = format!("/v2/search?t=account&q=name&v=&page_size=3{start}");
        let r = sb.call("GET", &path, Some(&reseller), None).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        seen.extend(names(&r.body));
        match r.body["next_start_key"].as_str() {
            Some(k) => next = Some(k.to_string()),
            None => break,
        }
    }
    assert_eq!(seen, ["Demo Co", "Blue Harbor Law", "Acme Dental Uptown", "Acme Dental"]);

    // The usual query filters apply to the rows' documents.
    let r =
        sb.call("GET", "/v2/search?t=account&q=name&v=&filter_realm=blue-harbor.sip.test", Some(&reseller), None).await;
    assert_eq!(names(&r.body), ["Blue Harbor Law"]);
}

#[tokio::test]
async fn account_search_never_leaves_the_callers_branch() {
    let sb = Sandbox::new();
    let reseller = sb.reseller().await;
    let (acme, uptown, blue) = grow_tree(&sb, &reseller).await;
    let acme_admin = token(&admin_of(&sb, &reseller, &acme, "Acme Dental").await);

    // Under Acme Dental: its branch only, not itself, its siblings or the reseller.
    for path in
        ["/v2/search?t=account&q=name&v=".to_string(), format!("/v2/accounts/{acme}/search?t=account&q=name&v=")]
    {
        let r = sb.call("GET", &path, Some(&acme_admin), None).await;
        assert_eq!(r.status, StatusCode::OK, "{path}: {}", r.body);
        assert_eq!(names(&r.body), ["Acme Dental Uptown"], "{path}");
    }
    let r = sb.call("GET", "/v2/search?t=account&q=realm&v=blueharbor", Some(&acme_admin), None).await;
    assert_eq!(names(&r.body), Vec::<String>::new());
    let r = sb
        .call("GET", &format!("/v2/search?t=account&q=id&v={}", sb.demo.reseller_account_id), Some(&acme_admin), None)
        .await;
    assert_eq!(names(&r.body), Vec::<String>::new());

    // The search runs under the token's account (cb_search `get_start_key/3`); `{A}` in
    // the path only has to be an account the token may act on.
    let r =
        sb.call("GET", &format!("/v2/accounts/{uptown}/search?t=account&q=name&v=acme"), Some(&acme_admin), None).await;
    assert_eq!(names(&r.body), ["Acme Dental Uptown"]);
    let r = sb.call("GET", &format!("/v2/accounts/{acme}/search?t=account&q=name&v=blue"), Some(&reseller), None).await;
    assert_eq!(names(&r.body), ["Blue Harbor Law"]);

    // Another branch is refused, as every path under an account it may not act on.
    for path in [
        format!("/v2/accounts/{blue}/search?t=account&q=name&v="),
        format!("/v2/accounts/{blue}/search/multi?t=account&by_name=a"),
        format!("/v2/accounts/{}/search?t=account&q=name&v=", sb.demo.reseller_account_id),
    ] {
        let r = sb.call("GET", &path, Some(&acme_admin), None).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{path}: {}", r.body);
    }
    let demo_admin = sb.admin().await;
    let r = sb.call("GET", &format!("/v2/accounts/{acme}/search?t=account&q=name&v="), Some(&demo_admin), None).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = sb.call("GET", "/v2/search?t=account&q=name&v=", Some(&demo_admin), None).await;
    assert_eq!(names(&r.body), Vec::<String>::new(), "Demo Co has no sub-accounts");
}

#[tokio::test]
async fn multi_search_answers_each_view_under_its_name() {
    let sb = Sandbox::new();
    let reseller = sb.reseller().await;
    let (acme, uptown, _) = grow_tree(&sb, &reseller).await;

    let r = sb
        .call("GET", "/v2/search/multi?t=account&by_name=acme&by_realm=uptown&by_id=nothing", Some(&reseller), None)
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let data = r.body["data"].as_object().unwrap();
    assert_eq!(data.keys().collect::<Vec<_>>(), ["name", "realm", "id"]);
    assert_eq!(names(&json!({"data": data["name"]})), ["Acme Dental Uptown", "Acme Dental"]);
    assert_eq!(
        data["realm"],
        json!([{"id": uptown, "descendants_count": 0, "name": "Acme Dental Uptown", "realm": "uptown.acme-dental.sip.test"}])
    );
    assert_eq!(data["id"], json!([]));
    assert!(r.body.get("page_size").is_none() && r.body.get("next_start_key").is_none(), "{}", r.body);

    let path = format!("/v2/accounts/{}/search/multi?t=account&by_id={acme}", sb.demo.reseller_account_id);
    let r = sb.call("GET", &path, Some(&reseller), None).await;
    assert_eq!(names(&json!({"data": r.body["data"]["id"]})), ["Acme Dental"]);

    // Other types search the account database named in the path.
    let admin = sb.admin().await;
    let path =
        format!("/v2/accounts/{}/search/multi?t=user&by_name=ada&by_name_and_number=alice", sb.demo.demo_account_id);
    let r = sb.call("GET", &path, Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["data"]["name"][0]["name"], "Ada Admin");
    assert_eq!(r.body["data"]["name_and_number"][0]["name"], "Alice Liddell");
}

#[tokio::test]
async fn search_requests_missing_a_part_are_validation_errors() {
    let sb = Sandbox::new();
    let reseller = sb.reseller().await;
    for (path, field, validator) in [
        ("/v2/search?q=name&v=a", "t", "required"),
        ("/v2/search?t=account&v=a", "q", "required"),
        ("/v2/search?t=account&q=number&v=a", "q", "enum"),
        ("/v2/search?t=account&q=name", "v", "required"),
        ("/v2/search/multi?by_name=a", "t", "required"),
        ("/v2/search/multi?t=account&by_number=a", "q", "enum"),
        ("/v2/search/multi?t=account&name=a", "multi", "enum"),
    ] {
        let r = sb.call("GET", path, Some(&reseller), None).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{path}: {}", r.body);
        assert!(r.body["data"][field][validator]["message"].is_string(), "{path}: {}", r.body);
    }
    // Only accounts are searched without an account in the path: KAZOO has no database
    // to read for other types there.
    let r = sb.call("GET", "/v2/search?t=user&q=name&v=a", Some(&reseller), None).await;
    assert_eq!(
        (r.status, &r.body["error"], &r.body["message"]),
        (StatusCode::INTERNAL_SERVER_ERROR, &json!("500"), &json!("datastore_missing"))
    );
    let r = sb.call("GET", "/v2/search?t=account&v=a", Some(&reseller), None).await;
    assert_eq!(r.body["data"]["q"]["required"]["target"], json!(["id", "name", "realm"]));
    let r = sb.call("GET", "/v2/search?t=account&q=name&v=a", None, None).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn children_and_descendants_rows_match_the_accounts_views() {
    let sb = Sandbox::new();
    let reseller = sb.reseller().await;
    let (acme, uptown, blue) = grow_tree(&sb, &reseller).await;
    let root = &sb.demo.reseller_account_id;

    let r = sb.call("GET", &format!("/v2/accounts/{root}/children?ascending=true"), Some(&reseller), None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(names(&r.body), ["Acme Dental", "Blue Harbor Law", "Demo Co"]);
    assert_eq!(
        r.body["data"][0],
        json!({"id": acme, "name": "Acme Dental", "realm": "acme-dental.sip.test", "descendants_count": 1, "flags": []})
    );
    let r = sb.call("GET", &format!("/v2/accounts/{root}/children"), Some(&reseller), None).await;
    assert_eq!(names(&r.body), ["Demo Co", "Blue Harbor Law", "Acme Dental"], "descending by default");

    let r = sb.call("GET", &format!("/v2/accounts/{root}/descendants?ascending=true"), Some(&reseller), None).await;
    assert_eq!(names(&r.body), ["Acme Dental", "Acme Dental Uptown", "Blue Harbor Law", "Demo Co"]);
    assert_eq!(
        r.body["data"][1],
        json!({"id": uptown, "name": "Acme Dental Uptown", "realm": "uptown.acme-dental.sip.test",
               "tree": [root, acme], "flags": []})
    );

    let path = format!("/v2/accounts/{root}/children?ascending=true&page_size=2");
    let r = sb.call("GET", &path, Some(&reseller), None).await;
    assert_eq!(names(&r.body), ["Acme Dental", "Blue Harbor Law"]);
    let next = r.body["next_start_key"].as_str().unwrap().to_string();
    let r = sb.call("GET", &format!("{path}&start_key={next}"), Some(&reseller), None).await;
    assert_eq!(names(&r.body), ["Demo Co"]);
    assert!(r.body.get("next_start_key").is_none());

    let r = sb
        .call("GET", &format!("/v2/accounts/{root}/descendants?filter_name=Blue%20Harbor%20Law"), Some(&reseller), None)
        .await;
    assert_eq!(r.body["data"][0]["id"], blue.as_str());
    assert_eq!(r.body["data"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn limits_answer_defaults_until_a_reseller_sets_them() {
    let sb = Sandbox::new();
    let demo = &sb.demo.demo_account_id;
    let path = format!("/v2/accounts/{demo}/limits");
    let admin = sb.admin().await;
    let r = sb.call("GET", &path, Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["data"], json!({"allow_prepay": true, "authz_resource_types": [], "id": "limits"}));

    let reseller = sb.reseller().await;
    let r = sb
        .call(
            "POST",
            &path,
            Some(&reseller),
            Some(json!({"twoway_trunks": "3", "inbound_trunks": 2, "allow_postpay": true})),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["data"]["twoway_trunks"], 3);
    assert!(r.body["data"].get("allow_postpay").is_none(), "leaked keys are not stored: {}", r.body);
    let r = sb.call("GET", &path, Some(&admin), None).await;
    let data = &r.body["data"];
    assert_eq!((&data["twoway_trunks"], &data["inbound_trunks"]), (&json!(3), &json!(2)));
    assert_eq!(
        (&data["allow_postpay"], &data["max_postpay_amount"], &data["id"]),
        (&json!(false), &json!(0), &json!("limits"))
    );

    let r = sb.call("POST", &path, Some(&reseller), Some(json!({"outbound_trunks": -1}))).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body["data"]["outbound_trunks"]["minimum"].is_object(), "{}", r.body);

    let r = sb.call("PUT", &path, Some(&reseller), Some(json!({}))).await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(
        r.headers["access-control-allow-methods"].to_str().unwrap().starts_with("OPTIONS, GET, POST"),
        "{:?}",
        r.headers
    );

    // A user-level token and another branch are refused.
    let alice = sb.alice().await;
    assert_eq!(sb.call("GET", &path, Some(&alice), None).await.status, StatusCode::FORBIDDEN);
    let (acme, _, _) = grow_tree(&sb, &reseller).await;
    let acme_admin = token(&admin_of(&sb, &reseller, &acme, "Acme Dental").await);
    assert_eq!(sb.call("GET", &path, Some(&acme_admin), None).await.status, StatusCode::FORBIDDEN);
    let r = sb.call("GET", &format!("/v2/accounts/{acme}/limits"), Some(&acme_admin), None).await;
    assert_eq!(r.status, StatusCode::OK, "an account's own admin reads its limits: {}", r.body);
}

#[tokio::test]
async fn services_show_the_plan_priced_from_the_accounts_documents() {
    let sb = Sandbox::new();
    let demo = &sb.demo.demo_account_id;
    let root = &sb.demo.reseller_account_id;
    let admin = sb.admin().await;
    let r = sb.call("GET", &format!("/v2/accounts/{demo}/services"), Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["data"], json!({"patchbay_standard": {"vendor_id": root, "overrides": {}}}));

    let device = json!({"name": "Front desk", "device_type": "sip_device"});
    let r = sb.call("PUT", &format!("/v2/accounts/{demo}/devices"), Some(&admin), Some(device)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);

    let r = sb.call("GET", &format!("/v2/accounts/{demo}/services/summary"), Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let data = &r.body["data"];
    assert_eq!(data["plans"]["patchbay_standard"]["vendor_id"], root.as_str());
    assert_eq!(data["quantities"]["account"]["users"], json!({"admin": 1, "user": 1}));
    assert_eq!(data["quantities"]["account"]["devices"], json!({"sip_device": 1}));
    assert_eq!(data["reseller"], json!({"id": root, "is_reseller": false}));
    assert_eq!(data["status"]["acceptable"], true);
    assert_eq!(data["billing_cycle"]["unit"], "month");
    let invoice = &data["invoices"][0];
    assert_eq!(invoice["bookkeeper"]["type"], "default");
    let items = invoice["items"].as_array().unwrap();
    let item = |category: &str, name: &str| {
        items.iter().find(|i| i["category"] == category && i["item"] == name).cloned().unwrap_or(Value::Null)
    };
    let admins = item("users", "admin");
    assert_eq!((&admins["quantity"], &admins["billable"], &admins["rate"]), (&json!(1), &json!(1), &json!(24.99)));
    assert_eq!(admins["name"], "Admin seat");
    assert_eq!(item("devices", "sip_device")["total"], 4.99);
    assert_eq!(item("devices", "softphone")["quantity"], 0);
    let sum: f64 = items.iter().map(|i| i["total"].as_f64().unwrap()).sum();
    let recurring = invoice["summary"]["recurring"].as_f64().unwrap();
    assert!((sum - recurring).abs() < 0.005, "{sum} vs {recurring}");
    assert!((recurring - (24.99 + 19.99 + 4.99)).abs() < 0.005, "{recurring}");

    // The reseller's own account has no plan; its descendants' quantities cascade.
    let reseller = sb.reseller().await;
    let r = sb.call("GET", &format!("/v2/accounts/{root}/services/summary"), Some(&reseller), None).await;
    assert_eq!(r.body["data"]["invoices"], json!([]));
    assert_eq!(r.body["data"]["quantities"]["account"]["users"], json!({"admin": 1}));
    assert_eq!(r.body["data"]["quantities"]["cascade"]["users"], json!({"admin": 1, "user": 1}));
    let r = sb.call("GET", &format!("/v2/accounts/{demo}/services/summary"), Some(&reseller), None).await;
    assert_eq!(r.status, StatusCode::OK, "an ancestor's admin reads it too");

    // A new account has no plan until one is assigned.
    let (acme, _, _) = grow_tree(&sb, &reseller).await;
    let r = sb.call("GET", &format!("/v2/accounts/{acme}/services"), Some(&reseller), None).await;
    assert_eq!(r.body["data"], json!({}));

    let alice = sb.alice().await;
    for path in [format!("/v2/accounts/{demo}/services"), format!("/v2/accounts/{demo}/services/summary")] {
        assert_eq!(sb.call("GET", &path, Some(&alice), None).await.status, StatusCode::FORBIDDEN, "{path}");
    }
    let acme_admin = token(&admin_of(&sb, &reseller, &acme, "Acme Dental").await);
    let r = sb.call("GET", &format!("/v2/accounts/{demo}/services/summary"), Some(&acme_admin), None).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = sb.call("GET", &format!("/v2/accounts/{demo}/services/audit"), Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_created_account_has_exactly_the_apps_installed_afterwards() {
    let sb = Sandbox::new();
    let reseller = sb.reseller().await;
    let r = sb
        .call(
            "PUT",
            &format!("/v2/accounts/{}", sb.demo.reseller_account_id),
            Some(&reseller),
            Some(json!({"name": "Fresh Co"})),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let fresh = r.body["data"]["id"].as_str().unwrap().to_string();

    // Nothing is installed on creation (cb_accounts `put/2` writes an empty apps_store).
    let login = admin_of(&sb, &reseller, &fresh, "Fresh Co").await;
    assert_eq!(login["data"]["apps"], json!([]));

    let store = format!("/v2/accounts/{fresh}/apps_store");
    let r = sb.call("GET", &store, Some(&reseller), None).await;
    let catalogue = r.body["data"].as_array().unwrap().clone();
    let app_id = |name: &str| catalogue.iter().find(|a| a["name"] == name).unwrap()["id"].as_str().unwrap().to_string();
    let (voip, callflows) = (app_id("voip"), app_id("callflows"));
    let r = sb.call("GET", &format!("{store}/{voip}"), Some(&reseller), None).await;
    assert!(r.body["data"].get("installed").is_none(), "{}", r.body);

    let r = sb.call("PUT", &format!("{store}/{voip}"), Some(&reseller), Some(json!({"allowed_users": "admins"}))).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let again = json!({"credentials": md5_hex("owner:owner-pass"), "account_name": "Fresh Co"});
    let r = sb.call("PUT", "/v2/user_auth", None, Some(again.clone())).await;
    let apps: Vec<&str> =
        r.body["data"]["apps"].as_array().unwrap().iter().filter_map(|a| a["name"].as_str()).collect();
    assert_eq!(apps, ["voip"]);

    let owner = token(&r.body);
    let r =
        sb.call("PUT", &format!("{store}/{callflows}"), Some(&owner), Some(json!({"allowed_users": "admins"}))).await;
    assert_eq!(r.status, StatusCode::CREATED, "the new admin installs one too: {}", r.body);
    let r = sb.call("PUT", "/v2/user_auth", None, Some(again)).await;
    let mut apps: Vec<&str> =
        r.body["data"]["apps"].as_array().unwrap().iter().filter_map(|a| a["name"].as_str()).collect();
    apps.sort_unstable();
    assert_eq!(apps, ["callflows", "voip"]);
}
