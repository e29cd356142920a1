use patchbay_crossbar::CrossbarError;
use patchbay_monster::device::SipCredentials;
use patchbay_monster::provisioned_phone::ProvisionedPhone;
use patchbay_monster::user::NewUser;
use patchbay_monster::user_delete::DeleteChoices;
use patchbay_smartpbx::users::{self, AddError, NewPhone, Step, UserEdit};
use serde_json::Value;

use crate::support::{meta, server_error, Sandbox};

fn zed(extension: &str) -> NewUser {
    NewUser {
        first_name: "Zed".into(),
        last_name: "Zero".into(),
        username: "zed@demo.test".into(),
        password: Some("zed-secret-pass".into()),
        extension: extension.into(),
        different_email: None,
        create_vmbox: true,
        send_email_on_creation: false,
    }
}

fn origin(doc: &Value) -> &str {
    doc.pointer("/ui_metadata/origin").and_then(Value::as_str).unwrap_or_default()
}

#[tokio::test]
async fn adding_a_user_writes_the_user_its_box_its_callflow_and_its_directory_entry() {
    let sb = Sandbox::new().await;
    let id = users::add(&sb, &meta(), &sb.account, &zed("2099"), true, None).await.expect("added");

    let user = sb.doc(&format!("users/{id}")).await.expect("user stored");
    assert_eq!((user["first_name"].as_str(), user["presence_id"].as_str()), (Some("Zed"), Some("2099")));
    let boxes = sb.rows(&format!("vmboxes?filter_owner_id={id}")).await;
    assert_eq!(boxes.len(), 1);
    let vmbox = sb.doc(&format!("vmboxes/{}", boxes[0]["id"].as_str().unwrap())).await.unwrap();
    assert_eq!(vmbox["mailbox"], "2099");
    let flows = sb.rows(&format!("callflows?filter_owner_id={id}&filter_type=mainUserCallflow")).await;
    assert_eq!(flows.len(), 1);
    let callflow = sb.doc(&format!("callflows/{}", flows[0]["id"].as_str().unwrap())).await.unwrap();
    assert_eq!(callflow["numbers"], serde_json::json!(["2099"]));
    // The directory entry points at the new callflow, in the account's SmartPBX Directory.
    let entries = user["directories"].as_object().expect("directories");
    assert_eq!(entries.values().next().and_then(Value::as_str), callflow["id"].as_str());
    for doc in [&user, &vmbox, &callflow] {
        assert_eq!(origin(doc), "voip", "{doc}");
    }
}

#[tokio::test]
async fn a_user_leaves_and_rejoins_the_company_directory() {
    let sb = Sandbox::new().await;
    let id = users::add(&sb, &meta(), &sb.account, &zed("2098"), true, None).await.expect("added");
    let user = sb.doc(&format!("users/{id}")).await.unwrap();
    let (dir, cf) =
        user["directories"].as_object().and_then(|d| d.iter().next()).map(|(k, v)| (k.clone(), v.clone())).unwrap();

    let left = users::set_in_directory(&sb, &meta(), &sb.account, &id, cf.as_str().unwrap(), false).await.unwrap();
    assert_eq!(left.as_deref(), Some(dir.as_str()));
    let user = sb.doc(&format!("users/{id}")).await.unwrap();
    assert!(user["directories"].get(&dir).is_none(), "{user}");
    assert_eq!(user["first_name"], "Zed", "the rest of the user stays");

    users::set_in_directory(&sb, &meta(), &sb.account, &id, cf.as_str().unwrap(), true).await.unwrap();
    let user = sb.doc(&format!("users/{id}")).await.unwrap();
    assert_eq!(user["directories"][&dir], cf, "listed again, pointing at the main callflow");
    assert_eq!(sb.rows("directories").await.iter().filter(|d| d["name"] == "SmartPBX Directory").count(), 1);
}

#[tokio::test]
async fn a_failed_callflow_removes_the_box_then_the_user_and_leaves_nothing() {
    let sb = Sandbox::new().await;
    sb.fail_next("PUT", "callflows", server_error());
    let err = users::add(&sb, &meta(), &sb.account, &zed("2099"), false, None).await.unwrap_err();
    assert!(matches!(err, AddError::At(Step::Callflow, CrossbarError::Server { .. })), "{err:?}");

    assert!(sb.rows("users?filter_username=zed%40demo.test").await.is_empty(), "the user was left behind");
    assert!(sb.rows("vmboxes?filter_mailbox=2099").await.is_empty(), "the box was left behind");
    let writes = sb.writes();
    let order: Vec<&str> = writes.iter().map(|w| w.split('/').nth(2).unwrap_or_default()).collect();
    assert_eq!(order, ["users", "vmboxes", "callflows", "vmboxes", "users"], "{writes:?}");
    assert!(writes[3].starts_with("DELETE") && writes[4].starts_with("DELETE"), "{writes:?}");
}

#[tokio::test]
async fn an_extension_already_in_use_is_refused_before_anything_is_written() {
    let sb = Sandbox::new().await;
    // 1002 is Alice's extension (her callflow's number) and her mailbox in the demo office.
    let err = users::add(&sb, &meta(), &sb.account, &zed("1002"), false, None).await.unwrap_err();
    assert_eq!(err, AddError::ExtensionTaken);
    // A mailbox alone counts too: a box without a callflow still holds its number.
    let vmbox_only = sb.rows("vmboxes").await;
    let mailbox = vmbox_only.iter().find_map(|v| v["mailbox"].as_str()).expect("a seeded mailbox").to_string();
    let err = users::add(&sb, &meta(), &sb.account, &zed(&mailbox), false, None).await.unwrap_err();
    assert_eq!(err, AddError::ExtensionTaken);
    assert!(sb.writes().is_empty(), "nothing written: {:?}", sb.writes());
    assert!(sb.rows("users?filter_username=zed%40demo.test").await.is_empty());
}

#[tokio::test]
async fn taken_extensions_are_every_callflow_number_and_mailbox_and_suggest_the_next() {
    let sb = Sandbox::new().await;
    let taken = users::taken_extensions(&sb, &sb.account).await.unwrap();
    for ext in ["1001", "1002", "1008"] {
        assert!(taken.contains(&ext.to_string()), "{ext} in {taken:?}");
    }
    assert!(taken.iter().all(|n| n.chars().count() < 7), "phone numbers are not extensions: {taken:?}");
    // As Smart PBX: one past the highest numeric extension (the demo's is a ring group's).
    let highest = taken.iter().filter_map(|n| n.parse::<u32>().ok()).max().unwrap();
    let next = patchbay_monster::user::next_extension(taken.iter().map(String::as_str), 2001);
    assert_eq!(next, (highest + 1).to_string());
    assert!(!taken.contains(&next));
}

#[tokio::test]
async fn a_phone_whose_mac_another_device_has_stops_before_anything_is_written() {
    let sb = Sandbox::new().await;
    let taken = sb.rows("devices?has_key=mac_address").await;
    let mac = taken.iter().find_map(|d| d["mac_address"].as_str()).expect("a seeded device with a MAC").to_string();
    let phone = NewPhone {
        phone: ProvisionedPhone {
            brand: "yealink".into(),
            family: "t4x".into(),
            model: "t46s".into(),
            template_id: None,
            name: "Zed's desk".into(),
            mac_address: mac.to_uppercase(),
        },
        sip: SipCredentials { username: "user_zed".into(), password: "secret".into() },
    };
    let err = users::add(&sb, &meta(), &sb.account, &zed("2099"), false, Some(phone)).await.unwrap_err();
    assert_eq!(err, AddError::MacTaken);
    assert!(sb.writes().is_empty(), "{:?}", sb.writes());
}

#[tokio::test]
async fn renaming_and_renumbering_keeps_the_box_and_callflow_in_step() {
    let sb = Sandbox::new().await;
    let id = users::add(&sb, &meta(), &sb.account, &zed("2099"), false, None).await.expect("added");
    let user = sb.doc(&format!("users/{id}")).await.unwrap();
    let before = UserEdit {
        first_name: "Zed".into(),
        last_name: "Zero".into(),
        email: "zed@demo.test".into(),
        password: String::new(),
        extension: "2099".into(),
        username: String::new(),
    };
    let after = UserEdit { first_name: "Zoe".into(), extension: "2100".into(), ..before.clone() };
    users::update(&sb, &meta(), &sb.account, &user, &before, &after).await.expect("saved");

    let user = sb.doc(&format!("users/{id}")).await.unwrap();
    assert_eq!((user["first_name"].as_str(), user["presence_id"].as_str()), (Some("Zoe"), Some("2100")));
    let vmbox_id = sb.rows(&format!("vmboxes?filter_owner_id={id}")).await[0]["id"].as_str().unwrap().to_string();
    let vmbox = sb.doc(&format!("vmboxes/{vmbox_id}")).await.unwrap();
    assert_eq!((vmbox["mailbox"].as_str(), vmbox["name"].as_str()), (Some("2100"), Some("Zoe Zero's VMBox")));
    let cf_id = sb.rows(&format!("callflows?filter_owner_id={id}&filter_type=mainUserCallflow")).await[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let callflow = sb.doc(&format!("callflows/{cf_id}")).await.unwrap();
    assert_eq!(callflow["numbers"], serde_json::json!(["2100"]));
    // A save with nothing changed sends nothing.
    sb.sent.borrow_mut().clear();
    users::update(&sb, &meta(), &sb.account, &user, &after, &after).await.expect("nothing to save");
    assert!(sb.writes().is_empty(), "{:?}", sb.writes());

    // A new username with a new password (users.js's change-username dialog): they
    // sign in with the new pair.
    let renamed = UserEdit { username: "Zoe.Zero".into(), password: "zoe-pass-1".into(), ..after.clone() };
    users::update(&sb, &meta(), &sb.account, &user, &after, &renamed).await.expect("saved");
    assert_eq!(sb.doc(&format!("users/{id}")).await.unwrap()["username"], "zoe.zero");
    let creds = hex::encode(<md5::Md5 as md5::Digest>::digest(b"zoe.zero:zoe-pass-1"));
    let login = sb
        .raw("PUT", "user_auth", serde_json::json!({"data": {"credentials": creds, "account_name": "Demo Co"}}))
        .await;
    assert!(login.is_ok(), "{login:?}");
}

#[tokio::test]
async fn deleting_a_user_takes_their_callflow_and_box_and_unassigns_their_devices() {
    let sb = Sandbox::new().await;
    let alice = sb.rows("users?filter_username=alice").await;
    let alice = alice.first().or(None).cloned().unwrap_or_else(|| panic!("no alice"));
    let id = alice["id"].as_str().unwrap().to_string();
    let owned = users::belongings(&sb, &sb.account, &id).await.expect("belongings");
    assert!(!owned.devices.is_empty() && !owned.vmboxes.is_empty() && !owned.callflows.is_empty(), "{owned:?}");

    let choices = DeleteChoices { delete_devices: false, delete_conferences: false };
    users::delete(&sb, &meta(), &sb.account, &id, choices).await.expect("deleted");
    assert!(sb.doc(&format!("users/{id}")).await.is_none());
    for cf in &owned.callflows {
        assert!(sb.doc(&format!("callflows/{}", cf["id"].as_str().unwrap())).await.is_none(), "{cf}");
    }
    for vm in &owned.vmboxes {
        assert!(sb.doc(&format!("vmboxes/{}", vm["id"].as_str().unwrap())).await.is_none(), "{vm}");
    }
    for device in &owned.devices {
        let kept = sb.doc(&format!("devices/{}", device["id"].as_str().unwrap())).await.expect("device kept");
        assert!(kept.get("owner_id").is_none_or(Value::is_null), "{kept}");
    }
    // The user went last, after everything they owned was handled.
    assert!(sb.writes().last().is_some_and(|w| w.starts_with("DELETE") && w.contains("/users/")));
}
