//! A user's personal conference and fax box (users.js `usersUpdateConferencing`,
//! `usersDeleteConferencing`, `usersUpdateFaxing`, `usersDeleteFaxing`).

use patchbay_smartpbx::{user_conference, user_fax};
use serde_json::{json, Value};

use crate::support::{meta, Sandbox};

async fn alice(sb: &Sandbox) -> Value {
    let id = sb.rows("users?filter_username=alice").await[0]["id"].as_str().unwrap().to_string();
    sb.doc(&format!("users/{id}")).await.unwrap()
}

#[tokio::test]
async fn a_personal_conference_is_made_changed_and_removed_as_smart_pbx_does() {
    let sb = Sandbox::new().await;
    let user = alice(&sb).await;
    let id = user["id"].as_str().unwrap().to_string();
    // A conference of hers another app made is not Smart PBX's, and stays.
    let board = json!({"name": "Board room", "owner_id": id});
    patchbay_crossbar::Transport::put(&sb, &format!("{}/conferences", sb.base()), board).await.unwrap();

    let found = user_conference::load(&sb, &sb.account, &id).await.unwrap();
    assert_eq!(found.line_numbers, ["+14155550103"], "the MainConference callflow's numbers");
    assert_eq!(found.conference, None);

    let made = user_conference::save(&sb, &meta(), &sb.account, &user, "2001", false, None).await.unwrap();
    let stored = sb.doc(&format!("conferences/{}", made["id"].as_str().unwrap())).await.unwrap();
    assert_eq!(stored["name"], "Alice Liddell SmartPBX Conference");
    assert_eq!(stored["conference_numbers"], json!(["2001"]));
    assert_eq!(
        (stored["play_name_on_join"].clone(), stored["member"]["join_muted"].clone()),
        (json!(true), json!(false))
    );
    assert_eq!(stored["markers"], json!({"monster": {"source": "smartpbx"}}));
    let user = sb.doc(&format!("users/{id}")).await.unwrap();
    assert_eq!(user["smartpbx"]["conferencing"]["enabled"], true);

    let found = user_conference::load(&sb, &sb.account, &id).await.unwrap();
    let again = found.conference.expect("found by its name");
    user_conference::save(&sb, &meta(), &sb.account, &user, "2002", true, Some(&again)).await.unwrap();
    let stored = sb.doc(&format!("conferences/{}", made["id"].as_str().unwrap())).await.unwrap();
    assert_eq!(
        (stored["conference_numbers"].clone(), stored["profile_name"].clone()),
        (json!(["2002"]), json!("video"))
    );

    user_conference::remove(&sb, &meta(), &sb.account, &id).await.unwrap();
    let left = sb.rows(&format!("conferences?filter_owner_id={id}")).await;
    assert_eq!(left.iter().map(|c| c["name"].clone()).collect::<Vec<_>>(), [json!("Board room")]);
    assert_eq!(sb.doc(&format!("users/{id}")).await.unwrap()["smartpbx"]["conferencing"]["enabled"], false);
}

#[tokio::test]
async fn a_fax_box_is_made_moved_to_another_number_and_removed() {
    let sb = Sandbox::new().await;
    let user = alice(&sb).await;
    let id = user["id"].as_str().unwrap().to_string();
    assert_eq!(user_fax::load(&sb, &sb.account, &id).await.unwrap(), None);

    user_fax::save(&sb, &meta(), &sb.account, &user, "Demo Co", "+14155550105", None).await.unwrap();
    let line = user_fax::load(&sb, &sb.account, &id).await.unwrap().expect("a fax line");
    assert_eq!(line.number(), "+14155550105");
    assert_eq!(line.callflow["type"], "faxing");
    let faxbox = line.faxbox.clone().expect("its faxbox");
    assert_eq!(faxbox["name"], "Alice Liddell's Faxbox");
    assert_eq!(
        (faxbox["owner_id"].as_str(), faxbox["fax_identity"].as_str()),
        (Some(id.as_str()), Some("+1 415 555 0105"))
    );
    assert_eq!(line.callflow["flow"]["data"]["id"], faxbox["id"]);
    assert_eq!(sb.doc(&format!("users/{id}")).await.unwrap()["smartpbx"]["faxing"]["enabled"], true);

    let user = sb.doc(&format!("users/{id}")).await.unwrap();
    user_fax::save(&sb, &meta(), &sb.account, &user, "Demo Co", "2901", Some(&line)).await.unwrap();
    let moved = user_fax::load(&sb, &sb.account, &id).await.unwrap().expect("still a fax line");
    assert_eq!(moved.number(), "2901");
    assert_eq!(moved.faxbox.as_ref().unwrap()["id"], faxbox["id"], "the same faxbox");
    assert_eq!(moved.faxbox.as_ref().unwrap()["caller_id"], "2901");

    user_fax::remove(&sb, &meta(), &sb.account, &id, &moved).await.unwrap();
    assert_eq!(user_fax::load(&sb, &sb.account, &id).await.unwrap(), None);
    assert_eq!(sb.doc(&format!("faxboxes/{}", faxbox["id"].as_str().unwrap())).await, None);
    assert_eq!(sb.doc(&format!("users/{id}")).await.unwrap()["smartpbx"]["faxing"]["enabled"], false);
}
