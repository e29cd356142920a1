use patchbay_monster::ring_group::Member;
use patchbay_monster::ring_group_features::{Features, Recording};
use patchbay_smartpbx::groups::{self, Edit};
use serde_json::json;

use crate::support::{meta, random, server_error, Sandbox};

async fn user_ids(sb: &Sandbox, n: usize) -> Vec<String> {
    sb.rows("users").await.iter().take(n).map(|u| u["id"].as_str().unwrap().to_string()).collect()
}

async fn group_named(sb: &Sandbox, name: &str) -> String {
    let rows = sb.rows(&format!("groups?filter_name={name}")).await;
    rows.first().and_then(|g| g["id"].as_str()).unwrap_or_else(|| panic!("no group {name}")).to_string()
}

/// A group as Add group's form gives it: one extension, members at the defaults.
fn new_group(name: &str, extension: &str, members: &[Member]) -> Edit {
    Edit {
        name: name.into(),
        members: members.to_vec(),
        strategy: "simultaneous".into(),
        extensions: vec![extension.into()],
        phone_numbers: vec![],
        next_action: None,
        features: Features::default(),
    }
}

#[tokio::test]
async fn adding_a_ring_group_writes_the_group_and_both_callflows() {
    let sb = Sandbox::new().await;
    let members: Vec<Member> = user_ids(&sb, 2).await.into_iter().map(Member::new).collect();
    let id = groups::create(&sb, &meta(), &sb.account, &new_group("Billing", "3050", &members), random())
        .await
        .expect("created");

    let stored = groups::load(&sb, &sb.account, &id).await.expect("the group and its callflows");
    assert_eq!(stored.group["name"], "Billing");
    assert_eq!(stored.ring["numbers"], json!(["3050"]));
    assert_eq!(stored.base["group_id"], json!(id));
    // The defaults give exactly what Smart PBX's creation dialog writes.
    assert_eq!(stored.base["flow"]["data"]["strategy"], "simultaneous");
    assert_eq!(stored.base["flow"]["data"]["timeout"], 20);
    assert_eq!(stored.base["flow"]["data"]["endpoints"][0]["timeout"], "20");
    let base_number = stored.base["numbers"][0].as_str().unwrap_or_default();
    assert_eq!(base_number.len(), 25, "Smart PBX's unused 25-character number");
    assert_eq!(stored.ring["flow"]["data"]["id"], stored.base["id"], "the dialable callflow rings the base one");
}

#[tokio::test]
async fn a_failed_dialable_callflow_removes_the_base_callflow_and_the_group() {
    let sb = Sandbox::new().await;
    let members: Vec<Member> = user_ids(&sb, 1).await.into_iter().map(Member::new).collect();
    let groups_before = sb.rows("groups").await.len();
    let callflows_before = sb.rows("callflows?page_size=500").await.len();
    // The base callflow is refused: the group made before it is removed again.
    sb.fail_next("PUT", "callflows", server_error());
    assert!(groups::create(&sb, &meta(), &sb.account, &new_group("Billing", "3050", &members), random())
        .await
        .is_err());
    assert_eq!(sb.rows("groups").await.len(), groups_before);

    // Now the base callflow is made and the dialable one clashes with Sales' extension.
    let err =
        groups::create(&sb, &meta(), &sb.account, &new_group("Billing", "3001", &members), random()).await.unwrap_err();
    assert!(err.field_errors().iter().any(|f| f.path == "numbers"), "{err:?}");
    assert_eq!(sb.rows("groups").await.len(), groups_before, "the group was left behind");
    assert_eq!(sb.rows("callflows?page_size=500").await.len(), callflows_before, "a callflow was left behind");
}

#[tokio::test]
async fn an_edit_patches_only_the_documents_that_change() {
    let sb = Sandbox::new().await;
    let id = group_named(&sb, "Support").await;
    let stored = groups::load(&sb, &sb.account, &id).await.expect("loaded");
    let members: Vec<Member> =
        stored.group["endpoints"].as_object().map(|e| e.keys().map(Member::new).collect()).unwrap_or_default();
    let same = Edit {
        name: "Support".into(),
        members,
        strategy: stored.base["flow"]["data"]["strategy"].as_str().unwrap_or("simultaneous").into(),
        extensions: vec!["3002".into()],
        phone_numbers: vec![],
        next_action: None,
        features: groups::features_of(&stored),
    };
    // Only the extensions change: only the dialable callflow is written.
    let moved = Edit { extensions: vec!["3003".into()], ..same.clone() };
    sb.sent.borrow_mut().clear();
    let after = groups::save(&sb, &meta(), &sb.account, &stored, &moved).await.expect("saved");
    let writes = sb.writes();
    assert_eq!(writes.len(), 1, "{writes:?}");
    assert!(writes[0].starts_with("PATCH") && writes[0].ends_with(stored.ring["id"].as_str().unwrap()), "{writes:?}");
    assert_eq!(after.ring["numbers"], json!(["3003"]));
    assert_eq!(after.group, stored.group, "the group document is untouched");
}

#[tokio::test]
async fn unanswered_calls_go_to_a_voicemail_box_then_back_to_the_message() {
    use patchbay_monster::ring_group::{next_action_of, NextAction, NO_ANSWER_MEDIA};
    let sb = Sandbox::new().await;
    let id = group_named(&sb, "Support").await;
    let stored = groups::load(&sb, &sb.account, &id).await.expect("loaded");
    let members: Vec<Member> =
        stored.group["endpoints"].as_object().map(|e| e.keys().map(Member::new).collect()).unwrap_or_default();
    let vmbox = sb.rows("vmboxes").await[0]["id"].as_str().unwrap().to_string();
    let edit = Edit {
        name: "Support".into(),
        members,
        strategy: stored.base["flow"]["data"]["strategy"].as_str().unwrap_or("simultaneous").into(),
        extensions: vec!["3002".into()],
        phone_numbers: vec![],
        next_action: Some(NextAction { module: "voicemail".into(), id: vmbox.clone() }),
        features: groups::features_of(&stored),
    };
    let after = groups::save(&sb, &meta(), &sb.account, &stored, &edit).await.expect("saved");
    // groups.js groupsRenderNextAction: the step after the ring step, and the group's flag.
    let ring = sb.doc(&format!("callflows/{}", stored.ring["id"].as_str().unwrap())).await.unwrap();
    assert_eq!(ring["flow"]["children"]["_"], json!({"children": {}, "module": "voicemail", "data": {"id": vmbox}}));
    assert_eq!(sb.doc(&format!("groups/{id}")).await.unwrap()["smartpbx"]["next_action"]["enabled"], true);
    assert_eq!(next_action_of(&after.ring), edit.next_action);

    let back =
        groups::save(&sb, &meta(), &sb.account, &after, &Edit { next_action: None, ..edit }).await.expect("saved");
    assert_eq!(back.ring["flow"]["children"]["_"]["data"]["id"], NO_ANSWER_MEDIA);
    assert_eq!(back.group["smartpbx"]["next_action"]["enabled"], false);
}

#[tokio::test]
async fn deleting_a_group_deletes_it_and_both_its_callflows() {
    let sb = Sandbox::new().await;
    let id = group_named(&sb, "Sales").await;
    let stored = groups::load(&sb, &sb.account, &id).await.expect("loaded");
    groups::delete(&sb, &meta(), &sb.account, &id).await.expect("deleted");
    assert!(sb.doc(&format!("groups/{id}")).await.is_none());
    for cf in [&stored.base, &stored.ring] {
        let cf_id = cf["id"].as_str().unwrap();
        assert!(sb.doc(&format!("callflows/{cf_id}")).await.is_none(), "{cf_id} still stored");
    }
    // A group whose callflows are already gone still deletes.
    let members: Vec<Member> = user_ids(&sb, 1).await.into_iter().map(Member::new).collect();
    let id = groups::create(&sb, &meta(), &sb.account, &new_group("Gone", "3051", &members), random()).await.unwrap();
    let stored = groups::load(&sb, &sb.account, &id).await.unwrap();
    let path = format!("{}/callflows/{}", sb.base(), stored.ring["id"].as_str().unwrap());
    patchbay_smartpbx::delete_stamped(&sb, &path, &meta()).await.unwrap();
    groups::delete(&sb, &meta(), &sb.account, &id).await.expect("deleted without its dialable callflow");
    assert!(sb.doc(&format!("groups/{id}")).await.is_none());
}

/// Repeats, ringback, forwarded phones and call recording, written at creation and
/// changed on edit where Smart PBX's group page writes them (`groups.js`
/// `groupsBindSettings`, `groupsRenderRingback`, `groupsRenderForward`,
/// `groupsRenderCallRecording`).
#[tokio::test]
async fn group_features_land_on_the_group_and_its_callflows() {
    let sb = Sandbox::new().await;
    let members: Vec<Member> = user_ids(&sb, 2).await.into_iter().map(Member::new).collect();
    let recording = Recording { url: "https://rec.example.com/up".into(), format: "mp3".into(), time_limit: 600 };
    let features = Features {
        repeats: 2,
        ringback: "silence_stream://300000".into(),
        ring_forwarded: true,
        recording: Some(recording),
    };
    let new = Edit { features: features.clone(), ..new_group("Billing", "3050", &members) };
    let id = groups::create(&sb, &meta(), &sb.account, &new, random()).await.expect("created");
    let stored = groups::load(&sb, &sb.account, &id).await.unwrap();
    assert_eq!(stored.base["flow"]["data"]["repeats"], 2);
    assert_eq!(stored.base["flow"]["data"]["ringback"], "silence_stream://300000");
    assert_eq!(stored.base["flow"]["data"]["ignore_forward"], false);
    assert_eq!(stored.ring["flow"]["module"], "record_call");
    assert_eq!(stored.ring["flow"]["children"]["_"]["module"], "callflow");
    assert_eq!(stored.ring["flow"]["children"]["_"]["data"]["id"], stored.base["id"]);
    assert_eq!(stored.group["smartpbx"]["call_recording"]["enabled"], true);
    assert_eq!(stored.group["ignore_forward"], false);
    assert_eq!(groups::features_of(&stored), features);

    // Recording off and one ring: the dialable callflow rings the base one directly again.
    let off = Edit { features: Features { repeats: 1, recording: None, ..features.clone() }, ..new };
    let after = groups::save(&sb, &meta(), &sb.account, &stored, &off).await.expect("saved");
    assert_eq!(after.ring["flow"]["module"], "callflow");
    assert_eq!(after.base["flow"]["data"]["repeats"], 1);
    assert_eq!(after.group["smartpbx"]["call_recording"]["enabled"], false);
    assert_eq!(after.base["flow"]["data"]["ringback"], "silence_stream://300000", "the ringback is kept");
    assert_eq!(after.ring["flow"]["data"], serde_json::json!({"id": stored.base["id"]}), "no recording keys left");

    // On again through an edit (a PATCH): the ring step's `id` does not stay on the recording step.
    let on = Edit { features: features.clone(), ..off };
    let again = groups::save(&sb, &meta(), &sb.account, &after, &on).await.expect("saved");
    assert!(again.ring["flow"]["data"].get("id").is_none(), "{}", again.ring["flow"]);
    assert_eq!(again.ring["flow"]["children"]["_"]["data"]["id"], stored.base["id"]);
}
