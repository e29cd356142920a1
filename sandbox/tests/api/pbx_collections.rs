//! The schema-only collections (groups, conferences, menus, temporal rules and sets,
//! faxboxes, directories): one table, the same Crossbar behaviour for each.

use crate::support::Sandbox;
use axum::http::StatusCode;
use serde_json::{json, Value};

struct Case {
    noun: &'static str,
    valid: Value,
    /// A schema default the create answer must carry: (key, value).
    default: (&'static str, Value),
    invalid: Value,
    /// The (field, validator) the invalid body must produce.
    error: (&'static str, &'static str),
    /// The listing row of the created document, without `id`.
    row: Value,
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            noun: "groups",
            valid: json!({"name": "Sales", "endpoints": {"u1": {"type": "user"}, "d1": {"type": "device"}}, "smartpbx": {"ring": {"enabled": true}}}),
            default: ("music_on_hold", json!({})),
            invalid: json!({"name": ""}),
            error: ("name", "minLength"),
            row: json!({"name": "Sales", "flags": [], "endpoints": 2, "features": ["ring"]}),
        },
        Case {
            noun: "conferences",
            valid: json!({"name": "Board", "conference_numbers": ["1234"]}),
            default: ("member", json!({"join_deaf": false, "join_muted": true, "numbers": [], "pins": []})),
            invalid: json!({"conference_numbers": ["12a"]}),
            error: ("conference_numbers.0", "pattern"),
            row: json!({"name": "Board", "member": {"join_deaf": false, "join_muted": true, "numbers": [], "pins": []},
                "moderator": {"join_deaf": false, "join_muted": false, "numbers": [], "pins": []},
                "conference_numbers": ["1234"], "flags": []}),
        },
        Case {
            noun: "menus",
            valid: json!({"name": "Main menu", "media": {"exit_media": true, "greeting": "media-greet"}}),
            default: ("retries", json!(3)),
            invalid: json!({"name": "M", "retries": 11}),
            error: ("retries", "maximum"),
            row: json!({"name": "Main menu", "flags": []}),
        },
        Case {
            noun: "temporal_rules",
            valid: json!({"name": "Open", "type": "main_weekdays", "cycle": "weekly", "wdays": ["monday"], "time_window_start": 32400, "time_window_stop": 61200}),
            default: ("start_date", json!(62_586_115_200_i64)),
            invalid: json!({"name": "Bad", "cycle": "weekly", "wdays": ["funday"]}),
            error: ("wdays.0", "enum"),
            row: json!({"name": "Open", "type": "main_weekdays", "flags": []}),
        },
        Case {
            noun: "temporal_rules_sets",
            valid: json!({"name": "Winter break", "temporal_rules": ["tr-dec", "tr-jan"]}),
            default: ("temporal_rules", json!(["tr-dec", "tr-jan"])),
            invalid: json!({"temporal_rules": "tr-dec"}),
            error: ("name", "required"),
            row: json!({"name": "Winter break", "flags": [], "rules": ["tr-dec", "tr-jan"]}),
        },
        Case {
            noun: "faxboxes",
            valid: json!({"name": "Main fax"}),
            default: ("caller_name", json!("Kazoo Fax Printer")),
            invalid: json!({"name": "Fax", "retries": 5}),
            error: ("retries", "maximum"),
            row: json!({"name": "Main fax", "flags": []}),
        },
        Case {
            noun: "directories",
            valid: json!({"name": "Company"}),
            default: ("sort_by", json!("last_name")),
            invalid: json!({"name": "D", "min_dtmf": 0}),
            error: ("min_dtmf", "minimum"),
            row: json!({"name": "Company", "flags": []}),
        },
    ]
}

#[tokio::test]
async fn each_collection_behaves_like_crossbar() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    for case in cases() {
        let base = format!("/v2/accounts/{}/{}", sb.demo.demo_account_id, case.noun);
        let noun = case.noun;

        let r = sb.call("PUT", &base, Some(&admin), Some(case.invalid.clone())).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{noun}: {}", r.body);
        let (field, validator) = case.error;
        assert!(r.body["data"][field][validator].is_object(), "{noun}: {}", r.body);

        let mut body = case.valid.clone();
        body["id"] = json!(format!("{noun}-1"));
        let r = sb.call("PUT", &base, Some(&admin), Some(body)).await;
        assert_eq!(r.status, StatusCode::CREATED, "{noun}: {}", r.body);
        let id = r.body["data"]["id"].as_str().unwrap().to_string();
        assert_eq!(id, format!("{noun}-1"), "a client-chosen id is honoured");
        assert_eq!(r.body["data"][case.default.0], case.default.1, "{noun}");
        let path = format!("{base}/{id}");

        let r = sb.call("GET", &format!("{base}?paginate=false"), Some(&admin), None).await;
        let row = r.body["data"].as_array().unwrap().iter().find(|r| r["id"] == id.as_str()).cloned();
        let mut expected = json!({"id": id});
        expected.as_object_mut().unwrap().extend(case.row.as_object().unwrap().clone());
        if noun == "faxboxes" {
            assert!(row.as_ref().is_some_and(|r| r["created"].as_i64().is_some()), "{noun}: {row:?}");
            expected["created"] = row.as_ref().unwrap()["created"].clone();
        }
        assert_eq!(row, Some(expected), "{noun} row");

        let r = sb.call("PATCH", &path, Some(&admin), Some(json!({"ui_metadata": {"origin": "voip"}}))).await;
        assert_eq!(r.status, StatusCode::OK, "{noun}: {}", r.body);
        assert_eq!(r.body["data"]["ui_metadata"]["origin"], "voip");
        assert!(r.body["revision"].as_str().unwrap().starts_with("2-"));
        let r = sb.call("POST", &path, Some(&admin), Some(case.valid.clone())).await;
        assert_eq!(r.status, StatusCode::OK, "{noun}: {}", r.body);
        assert!(r.body["data"].get("ui_metadata").is_none(), "{noun}: POST replaces public fields");
        let r = sb.call("POST", &path, Some(&admin), Some(case.invalid.clone())).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{noun}: POST validates too");

        let r = sb.call("POST", &base, Some(&admin), Some(json!({}))).await;
        assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED, "{noun}");
        let r = sb.call("DELETE", &path, Some(&admin), None).await;
        assert_eq!(r.body["data"]["_read_only"]["deleted"], true, "{noun}");
        let r = sb.call("GET", &path, Some(&admin), None).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{noun}");
    }
}

#[tokio::test]
async fn a_user_may_not_write_shared_pbx_objects() {
    let sb = Sandbox::new();
    let alice = sb.alice().await;
    for case in cases() {
        let base = format!("/v2/accounts/{}/{}", sb.demo.demo_account_id, case.noun);
        let r = sb.call("PUT", &base, Some(&alice), Some(case.valid.clone())).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", case.noun);
        // Users list only what a directory needs; the rest is the admin's.
        let directory = ["groups", "directories", "callflows", "media"].contains(&case.noun);
        let r = sb.call("GET", &base, Some(&alice), None).await;
        let expected = if directory { StatusCode::OK } else { StatusCode::FORBIDDEN };
        assert_eq!(r.status, expected, "{}", case.noun);
    }
}

#[tokio::test]
async fn put_on_a_document_is_only_for_conference_actions() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let account = &sb.demo.demo_account_id;
    let r = sb.call("PUT", &format!("/v2/accounts/{account}/menus/x"), Some(&admin), Some(json!({}))).await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    let base = format!("/v2/accounts/{account}/conferences");
    let r = sb.call("PUT", &base, Some(&admin), Some(json!({"name": "Room"}))).await;
    let path = format!("{base}/{}", r.body["data"]["id"].as_str().unwrap());
    let r = sb.call("PUT", &path, Some(&admin), Some(json!({}))).await;
    assert!(r.body["data"]["action"]["required"].is_object(), "{}", r.body);
}
