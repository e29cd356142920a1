//! Monster's SDK sends every DELETE with an envelope, `{"data": {"ui_metadata": …}}`
//! (monster-ui `src/js/lib/jquery.kazoosdk.js` `request`), and Patchbay's Smart PBX screens do the same. The body must
//! not turn the DELETE into a 400 on any collection those screens delete from.

use crate::support::Sandbox;
use axum::http::StatusCode;
use serde_json::{json, Value};

fn stamp() -> Value {
    json!({"ui_metadata": {"version": "4.3-140", "ui": "monster-ui", "origin": "voip"}})
}

#[tokio::test]
async fn a_delete_with_a_stamped_envelope_deletes() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let base = format!("/v2/accounts/{}", sb.demo.demo_account_id);
    let docs = [
        ("users", json!({"first_name": "Dee", "last_name": "Lete"})),
        ("devices", json!({"name": "Desk", "device_type": "sip_device"})),
        ("vmboxes", json!({"name": "Box", "mailbox": "3901"})),
        ("callflows", json!({"numbers": ["3902"], "flow": {"module": "user", "data": {}}})),
        ("groups", json!({"name": "Sales"})),
        ("temporal_rules", json!({"name": "Open", "cycle": "weekly", "wdays": ["monday"]})),
        ("temporal_rules_sets", json!({"name": "Winter break", "temporal_rules": []})),
        ("faxboxes", json!({"name": "Main fax"})),
    ];
    for (noun, doc) in docs {
        let r = sb.call("PUT", &format!("{base}/{noun}"), Some(&admin), Some(doc)).await;
        assert_eq!(r.status, StatusCode::CREATED, "{noun}: {}", r.body);
        let one = format!("{base}/{noun}/{}", r.body["data"]["id"].as_str().unwrap());
        let r = sb.call("DELETE", &one, Some(&admin), Some(stamp())).await;
        assert_eq!(r.status, StatusCode::OK, "{noun}: {}", r.body);
        assert_eq!(r.body["data"]["_read_only"]["deleted"], true, "{noun}");
        let r = sb.call("GET", &one, Some(&admin), None).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{noun}");
    }
}

#[tokio::test]
async fn releasing_a_number_with_a_stamped_envelope_works() {
    let sb = Sandbox::new();
    let reseller = sb.reseller().await;
    let admin = sb.admin().await;
    let numbers = format!("/v2/accounts/{}/phone_numbers", sb.demo.demo_account_id);
    let r = sb.call("PUT", &format!("{numbers}/4155550199"), Some(&reseller), Some(json!({}))).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let one = format!("{numbers}/%2B14155550199");
    let common = json!({"ui_metadata": {"version": null, "ui": "monster-ui", "origin": "common"}});
    let r = sb.call("DELETE", &one, Some(&admin), Some(common)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let r = sb.call("GET", &one, Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}
