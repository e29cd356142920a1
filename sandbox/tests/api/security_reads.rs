//! What a caller can learn: filters never see private fields, and a plain user reads
//! only a directory card of other people's things.

use crate::support::{md5_hex, Sandbox};
use axum::http::StatusCode;
use serde_json::{json, Value};

fn ids(reply: &Value) -> Vec<String> {
    reply["data"]
        .as_array()
        .map(|rows| rows.iter().filter_map(|r| r["id"].as_str()).map(String::from).collect())
        .unwrap_or_default()
}

#[tokio::test]
async fn filters_cannot_test_password_hashes_or_other_private_fields() {
    let sb = Sandbox::new();
    let alice = sb.alice().await;
    let admin = sb.admin().await;
    let users = sb.users_path();
    let hash = md5_hex("admin:admin-pass");
    for token in [&alice, &admin] {
        for query in [
            format!("filter_pvt_md5_auth={hash}"),
            format!("filter_pvt_md5_auth=%5B%22{hash}%22%5D"),
            "has_key=pvt_md5_auth".to_string(),
            "has_value=pvt_sha1_auth".to_string(),
            "has_key=_rev".to_string(),
            "filter_pvt_type=user".to_string(),
        ] {
            let r = sb.call("GET", &format!("{users}?{query}"), Some(token), None).await;
            assert_eq!(r.status, StatusCode::OK);
            assert_eq!(ids(&r.body), Vec::<String>::new(), "{query} matched");
        }
        // The negations see the field as absent for everyone: they tell nothing either.
        let all = ids(&sb.call("GET", &users, Some(token), None).await.body);
        for query in ["key_missing=pvt_md5_auth", "filter_not_pvt_md5_auth=x"] {
            let r = sb.call("GET", &format!("{users}?{query}"), Some(token), None).await;
            assert_eq!(ids(&r.body), all, "{query}");
        }
    }
    // Account API keys neither.
    let reseller = sb.reseller().await;
    let descendants = format!("/v2/accounts/{}/descendants", sb.demo.reseller_account_id);
    let r = sb
        .call("GET", &format!("{descendants}?filter_pvt_api_key={}", sb.demo.demo_api_key), Some(&reseller), None)
        .await;
    assert_eq!(ids(&r.body), Vec::<String>::new());
    // Public fields still filter, and ids both ways.
    let r = sb.call("GET", &format!("{users}?filter_username=alice"), Some(&admin), None).await;
    assert_eq!(ids(&r.body), std::slice::from_ref(&sb.demo.alice_user_id));
}

/// Admin makes one device and one voicemail box for each of alice and admin.
async fn devices_and_boxes(sb: &Sandbox) -> (String, String, String, String) {
    let admin = sb.admin().await;
    let account = format!("/v2/accounts/{}", sb.demo.demo_account_id);
    let mut made = Vec::new();
    for (who, owner) in [("admin", &sb.demo.admin_user_id), ("alice", &sb.demo.alice_user_id)] {
        let device = json!({
            "name": format!("{who} desk"), "device_type": "sip_device", "owner_id": owner,
            "sip": {"username": format!("{who}-sip"), "password": format!("{who}-secret")},
            "mac_address": if who == "admin" { "00:11:22:33:44:55" } else { "00:11:22:33:44:66" },
        });
        let r = sb.call("PUT", &format!("{account}/devices"), Some(&admin), Some(device)).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        made.push(format!("{account}/devices/{}", r.body["data"]["id"].as_str().unwrap()));
        let mailbox = if who == "admin" { "3001" } else { "3002" };
        let vmbox =
            json!({"name": format!("{who} box"), "mailbox": mailbox, "owner_id": owner, "pin": format!("{mailbox}9")});
        let r = sb.call("PUT", &format!("{account}/vmboxes"), Some(&admin), Some(vmbox)).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        made.push(format!("{account}/vmboxes/{}", r.body["data"]["id"].as_str().unwrap()));
    }
    (made[0].clone(), made[1].clone(), made[2].clone(), made[3].clone())
}

#[tokio::test]
async fn a_user_reads_only_a_directory_card_of_other_peoples_devices_and_boxes() {
    let sb = Sandbox::new();
    let (admin_device, admin_box, alice_device, alice_box) = devices_and_boxes(&sb).await;
    let alice = sb.alice().await;

    let theirs = sb.call("GET", &admin_device, Some(&alice), None).await;
    assert_eq!(theirs.status, StatusCode::OK);
    let card = theirs.body["data"].as_object().unwrap();
    let mut keys: Vec<&str> = card.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["device_type", "enabled", "id", "name", "owner_id"]);
    let mine = sb.call("GET", &alice_device, Some(&alice), None).await;
    assert_eq!(mine.body["data"]["sip"]["password"], "alice-secret");

    let theirs = sb.call("GET", &admin_box, Some(&alice), None).await;
    assert!(theirs.body["data"].get("pin").is_none(), "{}", theirs.body);
    assert_eq!(theirs.body["data"]["mailbox"], "3001");
    let mine = sb.call("GET", &alice_box, Some(&alice), None).await;
    assert_eq!(mine.body["data"]["pin"], "30029");

    // Listings and their filters see the same cards.
    let devices = format!("/v2/accounts/{}/devices", sb.demo.demo_account_id);
    let r = sb.call("GET", &devices, Some(&alice), None).await;
    for row in r.body["data"].as_array().unwrap() {
        let own = row["owner_id"] == sb.demo.alice_user_id.as_str();
        assert_eq!(row.get("username").is_some(), own, "{row}");
        assert_eq!(row["mac_address"] != "", own, "{row}");
    }
    for query in ["filter_sip.password=admin-secret", "filter_mac_address=001122334455"] {
        let r = sb.call("GET", &format!("{devices}?{query}"), Some(&alice), None).await;
        assert_eq!(ids(&r.body), Vec::<String>::new(), "{query}");
    }
    let alice_device_id = alice_device.rsplit('/').next().unwrap().to_string();
    for query in ["has_key=sip", "filter_sip.password=alice-secret"] {
        let r = sb.call("GET", &format!("{devices}?{query}"), Some(&alice), None).await;
        assert_eq!(ids(&r.body), std::slice::from_ref(&alice_device_id), "her own device is hers to filter: {query}");
    }
    let vmboxes = format!("/v2/accounts/{}/vmboxes?filter_pin=30019", sb.demo.demo_account_id);
    assert_eq!(ids(&sb.call("GET", &vmboxes, Some(&alice), None).await.body), Vec::<String>::new());

    // The users directory: names, not e-mail addresses or usernames.
    let r = sb.call("GET", &sb.users_path(), Some(&alice), None).await;
    let admin_row =
        r.body["data"].as_array().unwrap().iter().find(|u| u["id"] == sb.demo.admin_user_id.as_str()).unwrap();
    assert!(admin_row.get("email").is_none() && admin_row.get("username").is_none(), "{admin_row}");
    assert_eq!(admin_row["first_name"], "Ada");
    let r = sb.call("GET", &format!("{}?filter_email=admin@demo.test", sb.users_path()), Some(&alice), None).await;
    assert_eq!(ids(&r.body), Vec::<String>::new());
    // An admin still reads everything.
    let admin = sb.admin().await;
    assert_eq!(sb.call("GET", &admin_box, Some(&admin), None).await.body["data"]["pin"], "30019");
}

#[tokio::test]
async fn call_history_is_read_through_ones_own_user() {
    let sb = Sandbox::new();
    let alice = sb.alice().await;
    let account = format!("/v2/accounts/{}", sb.demo.demo_account_id);
    let r = sb.call("GET", &format!("{account}/users/{}/cdrs", sb.demo.alice_user_id), Some(&alice), None).await;
    assert_eq!(r.status, StatusCode::OK);
    let r = sb.call("GET", &format!("{account}/users/{}/cdrs", sb.demo.admin_user_id), Some(&alice), None).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = sb.call("GET", &format!("{account}/cdrs"), Some(&alice), None).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = sb.call("GET", &format!("{account}/cdrs"), Some(&sb.admin().await), None).await;
    assert_eq!(r.status, StatusCode::OK);
}
