use crate::support::Sandbox;
use axum::http::StatusCode;
use serde_json::json;

fn numbers(account: &str) -> String {
    format!("/v2/accounts/{account}/phone_numbers")
}

#[tokio::test]
async fn inventory_add_assign_patch_release() {
    let sb = Sandbox::new();
    let reseller = sb.reseller().await;
    let admin = sb.admin().await;
    let demo = sb.demo.demo_account_id.clone();
    let base = numbers(&demo);

    // Demo Co may not add numbers itself; the master account may.
    let r = sb.call("PUT", &format!("{base}/%2B14155550100"), Some(&admin), Some(json!({}))).await;
    assert_eq!(r.status, StatusCode::INTERNAL_SERVER_ERROR, "{}", r.body);
    assert_eq!(r.body["message"], "unauthorized");
    let r =
        sb.call("PUT", &format!("{base}/4155550100"), Some(&reseller), Some(json!({"ui_metadata": {"ui": "t"}}))).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert_eq!(r.body["data"]["id"], "+14155550100");
    assert_eq!(r.body["data"]["state"], "reserved");
    assert_eq!(r.body["data"]["ui_metadata"], json!({"ui": "t"}));
    let r = sb.call("PUT", &format!("{base}/%2B14155550100"), Some(&reseller), Some(json!({}))).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(r.body["message"], "number_exists");

    let r = sb.call("GET", &base, Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::OK);
    let entry = &r.body["data"]["numbers"]["+14155550100"];
    assert_eq!(entry["state"], "reserved");
    assert_eq!(entry["assigned_to"], demo.as_str());
    assert!(entry.get("used_by").is_none());
    assert_eq!(r.body["data"]["cascade_quantity"], 0);

    // A callflow using the number marks it; deleting the callflow frees it.
    let cf = sb
        .call(
            "PUT",
            &format!("/v2/accounts/{demo}/callflows"),
            Some(&admin),
            Some(json!({"numbers": ["+14155550100"]})),
        )
        .await;
    assert_eq!(cf.status, StatusCode::CREATED);
    let r = sb.call("GET", &base, Some(&admin), None).await;
    assert_eq!(r.body["data"]["numbers"]["+14155550100"]["used_by"], "callflow");
    let cf_id = cf.body["data"]["id"].as_str().unwrap();
    sb.call("DELETE", &format!("/v2/accounts/{demo}/callflows/{cf_id}"), Some(&admin), None).await;
    let r = sb.call("GET", &format!("{base}/%2B14155550100"), Some(&admin), None).await;
    assert!(r.body["data"].get("used_by").is_none(), "{}", r.body);

    let one = format!("{base}/%2B14155550100");
    let r = sb.call("PATCH", &one, Some(&admin), Some(json!({"cnam": {"display_name": "Demo Co"}}))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["data"]["features"], json!(["outbound_cnam"]));
    assert_eq!(r.body["data"]["ui_metadata"], json!({"ui": "t"}));
    assert_eq!(r.body["data"]["_read_only"]["state"], "reserved");
    let r = sb.call("PUT", &format!("{one}/activate"), Some(&admin), Some(json!({}))).await;
    assert_eq!(r.body["data"]["state"], "in_service");

    // Login by phone number finds the account through the inventory.
    let creds = crate::support::md5_hex("admin:admin-pass");
    let r = sb
        .call("PUT", "/v2/user_auth", None, Some(json!({"credentials": creds, "phone_number": "+14155550100"})))
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);

    let r = sb.call("DELETE", &one, Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::OK);
    let r = sb.call("GET", &one, Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn numbers_of_another_account_cannot_be_used_in_callflows() {
    let sb = Sandbox::new();
    let reseller = sb.reseller().await;
    let admin = sb.admin().await;
    let base = numbers(&sb.demo.reseller_account_id);
    let r = sb.call("PUT", &format!("{base}/%2B14155550199"), Some(&reseller), Some(json!({}))).await;
    assert_eq!(r.status, StatusCode::CREATED);
    let r = sb
        .call(
            "PUT",
            &format!("/v2/accounts/{}/callflows", sb.demo.demo_account_id),
            Some(&admin),
            Some(json!({"numbers": ["4155550199"]})),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(r.body["data"]["message"], "unauthorized to use +14155550199");
}

#[tokio::test]
async fn collection_classifiers_and_user_restrictions() {
    let sb = Sandbox::new();
    let reseller = sb.reseller().await;
    let alice = sb.alice().await;
    let base = numbers(&sb.demo.demo_account_id);
    let r = sb
        .call(
            "PUT",
            &format!("{base}/collection"),
            Some(&reseller),
            Some(json!({"numbers": ["+14155550101", "+14155550102", "1001"]})),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body["data"]["success"]["+14155550101"].is_object());
    assert_eq!(r.body["data"]["error"]["1001"]["error"], "not_reconcilable");
    let r = sb
        .call(
            "PATCH",
            &format!("{base}/collection"),
            Some(&reseller),
            Some(json!({"numbers": ["+14155550102"], "e911": {
                "street_address": "1 Main St", "locality": "San Francisco", "region": "CA", "postal_code": "94105"
            }})),
        )
        .await;
    assert_eq!(r.body["data"]["success"]["+14155550102"]["features"], json!(["e911"]));

    let r = sb.call("GET", &format!("{base}/classifiers"), Some(&reseller), None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body["data"]["did_us"]["friendly_name"], "US DID");
    let r = sb.call("GET", &format!("{base}/classifiers/8005550100"), Some(&reseller), None).await;
    assert_eq!(r.body["data"]["classifier"], "tollfree_us");
    assert_eq!(r.body["data"]["e164"], "+18005550100");

    let r = sb.call("GET", &base, Some(&alice), None).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "the number inventory is the admin's");
    let r = sb.call("PATCH", &format!("{base}/%2B14155550101"), Some(&alice), Some(json!({}))).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn number_features_are_checked_against_the_phone_numbers_schema() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let base = format!("/v2/accounts/{}/phone_numbers", sb.demo.demo_account_id);
    let one = format!("{base}/%2B14155550177");
    let reseller = sb.reseller().await;
    assert_eq!(sb.call("PUT", &one, Some(&reseller), Some(json!({}))).await.status, StatusCode::CREATED);

    let long = json!({"cnam": {"display_name": "A name far too long"}});
    let r = sb.call("PATCH", &one, Some(&admin), Some(long)).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert!(r.body["data"]["cnam.display_name"]["maxLength"].is_object(), "{}", r.body);

    let partial = json!({"e911": {"street_address": "1 Main St", "region": "California"}});
    let r = sb.call("PATCH", &one, Some(&admin), Some(partial)).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    for field in ["e911.locality", "e911.postal_code"] {
        assert!(r.body["data"][field]["required"].is_object(), "{field}: {}", r.body);
    }
    assert!(r.body["data"]["e911.region"]["maxLength"].is_object(), "{}", r.body);

    let ok = json!({"e911": {"street_address": "1 Main St", "locality": "San Francisco", "region": "CA", "postal_code": "94105"}});
    let r = sb.call("PATCH", &one, Some(&admin), Some(ok)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body["data"]["features"].as_array().unwrap().contains(&json!("e911")), "{}", r.body);
}

#[tokio::test]
async fn a_numbers_carrier_says_what_it_offers_and_checks_e911_addresses() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let base = format!("/v2/accounts/{}/phone_numbers", sb.demo.demo_account_id);
    let number = format!("{base}/%2B14155550177");
    let reseller = sb.reseller().await;
    assert_eq!(sb.call("PUT", &number, Some(&reseller), Some(json!({}))).await.status, StatusCode::CREATED);
    let toll_free = format!("{base}/%2B18005550177");
    assert_eq!(sb.call("PUT", &toll_free, Some(&reseller), Some(json!({}))).await.status, StatusCode::CREATED);
    let r = sb.call("GET", &toll_free, Some(&admin), None).await;
    let offered = &r.body["data"]["_read_only"]["features_available"];
    assert!(offered.as_array().is_some_and(|f| !f.contains(&json!("e911")) && f.contains(&json!("cnam"))), "{offered}");
    let r = sb.call("GET", &number, Some(&admin), None).await;
    let offered = &r.body["data"]["_read_only"]["features_available"];
    assert!(offered.as_array().is_some_and(|f| f.contains(&json!("e911")) && f.contains(&json!("cnam"))), "{offered}");

    let at = |street: &str| json!({"e911": {"street_address": street, "locality": "San Francisco", "region": "CA", "postal_code": "94105"}});
    let r = sb.call("PATCH", &number, Some(&admin), Some(at("Nowhere Lane"))).await;
    assert_eq!((r.status, r.body["message"].clone()), (StatusCode::BAD_REQUEST, json!("invalid data")));
    assert_eq!(r.body["data"]["address"]["invalid"]["message"], "Location is not geocoded");
    let r = sb.call("PATCH", &number, Some(&admin), Some(at("1 Park"))).await;
    assert_eq!((r.status, r.body["message"].clone()), (StatusCode::BAD_REQUEST, json!("multiple_choice")));
    let choice = r.body["data"]["multiple_choice"]["e911"]["details"][0].clone();
    assert_eq!(choice["street_address"], "1 Park Ave");
    let r = sb.call("PATCH", &number, Some(&admin), Some(json!({"e911": choice}))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["data"]["e911"]["street_address"], "1 Park Ave");
    // Unchanged addresses are not checked again: other keys still save.
    let r = sb.call("PATCH", &number, Some(&admin), Some(json!({"cnam": {"display_name": "DEMO"}}))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
}

#[tokio::test]
async fn carrier_search_buy_and_release() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let alice = sb.alice().await;
    let demo = sb.demo.demo_account_id.clone();
    let base = numbers(&demo);

    // Anyone may search the carrier; the answer has the documented fields.
    let r = sb.call("GET", "/v2/phone_numbers?prefix=%2B1312&quantity=3", None, None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let found = r.body["data"].as_array().unwrap();
    assert_eq!(found.len(), 3);
    assert_eq!(found[0]["number"], "+13125550100");
    assert_eq!(found[0]["formatted_number"], "1-312-555-0100");
    assert_eq!(found[0]["status"], "Available");
    let r = sb.call("GET", "/v2/phone_numbers?prefix=312&quantity=2&offset=2", None, None).await;
    assert_eq!(r.body["data"][0]["number"], "+13125550102");
    let r = sb.call("GET", "/v2/phone_numbers?prefix=999999&quantity=2", None, None).await;
    assert_eq!(r.body["data"], json!([]), "nothing stocked under that prefix");
    let r = sb.call("GET", "/v2/phone_numbers?prefix=312&quantity=many", None, None).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);

    // The account's own search (what a console uses) answers number and state.
    let r = sb.call("GET", &format!("{base}?prefix=800&quantity=2"), Some(&admin), None).await;
    assert_eq!(
        r.body["data"],
        json!([{"number": "+18005550100", "state": "available"}, {"number": "+18005550101", "state": "available"}])
    );

    // Buying two at once puts them in service in the account; no additions right needed.
    let body = json!({"numbers": ["+13125550100", "+18005550101"]});
    let r = sb.call("PUT", &format!("{base}/collection/activate"), Some(&admin), Some(body)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["data"]["success"]["+13125550100"]["state"], "in_service");
    assert_eq!(r.body["data"]["success"]["+18005550101"]["state"], "in_service");
    let r = sb.call("GET", &base, Some(&admin), None).await;
    assert_eq!(r.body["data"]["numbers"]["+13125550100"]["state"], "in_service");
    assert_eq!(r.body["data"]["numbers"]["+13125550100"]["assigned_to"], demo.as_str());

    // A bought number is no longer for sale, to anyone.
    let r = sb.call("GET", "/v2/phone_numbers?prefix=312&quantity=1", None, None).await;
    assert_eq!(r.body["data"][0]["number"], "+13125550101");
    let r = sb.call("PUT", &format!("{base}/%2B13125550100/activate"), Some(&sb.reseller().await), None).await;
    assert_eq!(r.body["data"]["state"], "in_service", "activating a held number only sets its state");
    let other = format!("/v2/accounts/{}/phone_numbers/%2B13125550100/activate", sb.demo.reseller_account_id);
    let r = sb.call("PUT", &other, Some(&sb.reseller().await), None).await;
    assert_eq!(r.status, StatusCode::INTERNAL_SERVER_ERROR, "{}", r.body);
    assert_eq!(r.body["message"], "unspecified_fault");

    // A number the carrier does not stock cannot be bought.
    let r = sb.call("PUT", &format!("{base}/%2B13125559999/activate"), Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(r.body["data"]["message"], "fault by carrier");

    // A plain user may not buy.
    let r = sb.call("PUT", &format!("{base}/%2B13125550105/activate"), Some(&alice), None).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);

    // Releasing puts it back on sale.
    let r = sb.call("DELETE", &format!("{base}/%2B13125550100"), Some(&admin), None).await;
    assert_eq!(r.body["data"]["state"], "available");
    let r = sb.call("GET", "/v2/phone_numbers?prefix=312&quantity=1", None, None).await;
    assert_eq!(r.body["data"][0]["number"], "+13125550100");
}
