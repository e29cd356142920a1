use crate::support::{raw, Sandbox};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use serde_json::json;
use tower::ServiceExt;

fn path(sb: &Sandbox) -> String {
    format!("/v2/accounts/{}/media", sb.demo.demo_account_id)
}

#[tokio::test]
async fn record_crud_defaults_and_no_patch() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let r = sb.call("PUT", &path(&sb), Some(&admin), Some(json!({"description": "x"}))).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body["data"]["name"]["required"].is_object());
    let r = sb.call("PUT", &path(&sb), Some(&admin), Some(json!({"name": "Greeting", "media_source": "cd"}))).await;
    assert_eq!(r.body["data"]["media_source"]["enum"]["message"], "Value not found in enumerated list of values");
    let r = sb.call("PUT", &path(&sb), Some(&admin), Some(json!({"name": "Greeting", "language": "EN-US"}))).await;
    assert_eq!(r.status, StatusCode::CREATED);
    let d = &r.body["data"];
    assert_eq!(
        (d["media_source"].as_str(), d["streamable"].as_bool(), d["language"].as_str()),
        (Some("upload"), Some(true), Some("en-us"))
    );
    let one = format!("{}/{}", path(&sb), d["id"].as_str().unwrap());
    let r = sb.call("PATCH", &one, Some(&admin), Some(json!({"name": "x"}))).await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    let r = sb.call("POST", &one, Some(&admin), Some(json!({"name": "Renamed"}))).await;
    assert_eq!(r.body["data"]["name"], "Renamed");
    let r = sb.call("GET", &path(&sb), Some(&admin), None).await;
    assert_eq!(r.body["data"][0]["is_prompt"], false);
    assert_eq!(r.body["data"][0]["name"], "Renamed");
    let r = sb.call("DELETE", &one, Some(&admin), None).await;
    assert_eq!(r.body["data"]["_read_only"]["deleted"], true);
    let alice = sb.alice().await;
    let r = sb.call("PUT", &path(&sb), Some(&alice), Some(json!({"name": "n"}))).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn raw_binary_round_trip_base64_and_limits() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let r = sb.call("PUT", &path(&sb), Some(&admin), Some(json!({"name": "Hold"}))).await;
    let id = r.body["data"]["id"].as_str().unwrap().to_string();
    let raw_path = format!("{}/{id}/raw", path(&sb));

    let (status, _, _) = raw(&sb, "GET", &raw_path, &admin, None, vec![]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // An MP3 with an ID3 tag, then arbitrary frames.
    let audio: Vec<u8> = b"ID3\x04\x00".iter().copied().chain((0..=255u8).cycle().take(4096)).collect();
    let (status, _, body) = raw(&sb, "POST", &raw_path, &admin, Some("audio/mpeg"), audio.clone()).await;
    assert_eq!(status, StatusCode::OK, "{}", String::from_utf8_lossy(&body));
    let (status, headers, body) = raw(&sb, "GET", &raw_path, &admin, None, vec![]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["content-type"], "audio/mpeg");
    assert_eq!(body, audio);
    // ?auth_token= works for <audio src>.
    let res = sb
        .app
        .clone()
        .oneshot(Request::get(format!("{raw_path}?auth_token={admin}")).body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);

    let (status, headers, body) = raw(
        &sb,
        "POST",
        &raw_path,
        &admin,
        Some("application/x-base64"),
        b"data:audio/wav;base64,UklGRiQAAABXQVZFZm10IA==".to_vec(),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{}", String::from_utf8_lossy(&body));
    assert_eq!(headers["content-type"], "application/json");
    let (_, headers, body) = raw(&sb, "GET", &raw_path, &admin, None, vec![]).await;
    assert_eq!(
        (headers["content-type"].to_str().unwrap(), body.as_slice()),
        ("audio/wav", b"RIFF\x24\x00\x00\x00WAVEfmt ".as_slice())
    );

    let (status, _, _) = raw(&sb, "POST", &raw_path, &admin, Some("image/png"), vec![1]).await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let (status, _, body) = raw(&sb, "POST", &raw_path, &admin, Some("audio/mpeg"), vec![]).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert!(body["data"]["file"]["required"].is_object());
    let (status, _, body) = raw(&sb, "POST", &raw_path, &admin, Some("audio/mpeg"), vec![0; 8_000_001]).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(body["data"]["file"]["maxSize"]["target"], 8_000_000);
}

/// A person makes, plays and replaces the greeting of their own voicemail box, shaped as
/// KAZOO's voicemail application records one; nothing else in the media is theirs.
#[tokio::test]
async fn a_person_makes_only_their_own_boxs_greeting() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let alice = sb.alice().await;
    let boxes = format!("/v2/accounts/{}/vmboxes", sb.demo.demo_account_id);
    let body = json!({"name": "Alice box", "mailbox": "3401", "owner_id": sb.demo.alice_user_id});
    let mine = sb.call("PUT", &boxes, Some(&admin), Some(body)).await.body["data"]["id"].as_str().unwrap().to_string();
    let body = json!({"name": "Front desk", "mailbox": "3402"});
    let shared =
        sb.call("PUT", &boxes, Some(&admin), Some(body)).await.body["data"]["id"].as_str().unwrap().to_string();
    let greeting = |source: &str, owner: &str| json!({"name": "Greeting", "media_source": "upload", "source_type": "voicemail", "source_id": source, "owner_id": owner});
    let alice_id = sb.demo.alice_user_id.clone();
    for refused in [
        greeting(&shared, &alice_id),
        greeting(&mine, &sb.demo.admin_user_id),
        json!({"name": "Music", "owner_id": alice_id}),
    ] {
        let r = sb.call("PUT", &path(&sb), Some(&alice), Some(refused.clone())).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{refused}");
    }
    let r = sb.call("PUT", &path(&sb), Some(&alice), Some(greeting(&mine, &alice_id))).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let own = format!("{}/{}/raw", path(&sb), r.body["data"]["id"].as_str().unwrap());
    let wav = [b"RIFF\x24\0\0\0WAVEfmt ".as_slice(), &[0u8; 28]].concat();
    let (status, _, _) = raw(&sb, "POST", &own, &alice, Some("audio/wav"), wav.clone()).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, bytes) = raw(&sb, "GET", &own, &alice, None, vec![]).await;
    assert_eq!((status, bytes.starts_with(b"RIFF")), (StatusCode::OK, true));

    let r = sb.call("PUT", &path(&sb), Some(&admin), Some(json!({"name": "Company music"}))).await;
    let company = format!("{}/{}/raw", path(&sb), r.body["data"]["id"].as_str().unwrap());
    let (status, _, _) = raw(&sb, "POST", &company, &alice, Some("audio/wav"), wav).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}
