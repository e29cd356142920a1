use crate::support::Sandbox;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use serde_json::json;
use tower::ServiceExt;

const GREGORIAN_OFFSET: i64 = 62_167_219_200;

fn now_greg() -> i64 {
    let unix = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    unix + GREGORIAN_OFFSET
}

/// Three calls: two legs of one interaction an hour ago, one call 40 days ago.
fn seed(sb: &Sandbox) -> i64 {
    let now = now_greg();
    let account = sb.demo.demo_account_id.clone();
    let alice = sb.demo.alice_user_id.clone();
    let cdr = |call_id: &str, ts: i64, interaction: &str| {
        json!({"call_id": call_id, "timestamp": ts, "duration_seconds": 60, "billing_seconds": 55,
               "call_direction": "inbound", "caller_id_number": "+14155550100", "caller_id_name": "Bob, Jr",
               "callee_id_number": "1001", "hangup_cause": "NORMAL_CLEARING", "request": "1001@demo.sip.patchbay.test",
               "custom_channel_vars": {"owner_id": alice, "interaction_id": interaction, "account_id": account}})
    };
    for (call, ts, interaction) in
        [("a-1", now - 3600, "i-1"), ("a-2", now - 3500, "i-1"), ("b-1", now - 40 * 86_400, "i-2")]
    {
        patchbay_sandbox::insert_cdr(&sb.state, &sb.demo.demo_account_id, cdr(call, ts, interaction)).unwrap();
    }
    now
}

#[tokio::test]
async fn window_defaults_limits_and_rows() {
    let sb = Sandbox::new();
    let now = seed(&sb);
    let admin = sb.admin().await;
    let base = format!("/v2/accounts/{}/cdrs", sb.demo.demo_account_id);

    let r = sb.call("GET", &base, Some(&admin), None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let rows = r.body["data"].as_array().unwrap();
    assert_eq!(rows.len(), 2, "the default window is the last 31 days + 1 hour");
    let row = &rows[1];
    assert_eq!(row["call_id"], "a-1");
    assert_eq!(row["timestamp"], (now - 3600 - 60).to_string());
    assert_eq!(row["direction"], "inbound");
    assert_eq!(row["dialed_number"], "1001");
    assert_eq!(row["billing_seconds"], "55");
    assert!(row["id"].as_str().unwrap().ends_with("-a-1"));

    let from = now - 41 * 86_400;
    let r = sb
        .call("GET", &format!("{base}?created_from={from}&created_to={}", from + 2_682_000), Some(&admin), None)
        .await;
    assert_eq!(r.body["data"].as_array().unwrap().len(), 1);
    let r = sb
        .call("GET", &format!("{base}?created_from={from}&created_to={}", from + 2_682_001), Some(&admin), None)
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        r.body["data"]["created_from"]["date_range"]["message"],
        format!("created_to {} is more than 2682000 seconds from created_from {from}", from + 2_682_001)
    );
    let r = sb.call("GET", &format!("{base}?created_from={now}&created_to={}", now - 1), Some(&admin), None).await;
    assert_eq!(
        r.body["data"]["created_from"]["date_range"]["message"],
        format!("created_to {} is prior to created_from {now}", now - 1)
    );

    let id = rows[0]["id"].as_str().unwrap();
    let r = sb.call("GET", &format!("{base}/{id}"), Some(&admin), None).await;
    assert_eq!(r.body["data"]["custom_channel_vars"]["interaction_id"], "i-1");
    let r = sb.call("GET", &format!("{base}/interaction"), Some(&admin), None).await;
    assert_eq!(r.body["data"].as_array().unwrap().len(), 1);
    let r = sb.call("GET", &format!("{base}/legs/i-1"), Some(&admin), None).await;
    assert_eq!(r.body["data"].as_array().unwrap().len(), 2);
    let r = sb.call("GET", &format!("{base}/{id}"), Some(&admin), Some(json!({}))).await;
    assert_eq!(r.status, StatusCode::OK);
    let r = sb.call("PUT", &base, Some(&admin), Some(json!({}))).await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    let user_cdrs = format!("/v2/accounts/{}/users/{}/cdrs", sb.demo.demo_account_id, sb.demo.admin_user_id);
    let r = sb.call("GET", &user_cdrs, Some(&admin), None).await;
    assert_eq!(r.body["data"], json!([]));
}

#[tokio::test]
async fn csv_export() {
    let sb = Sandbox::new();
    seed(&sb);
    let admin = sb.admin().await;
    let uri =
        format!("/v2/accounts/{}/cdrs?paginate=false&accept=text/csv&auth_token={admin}", sb.demo.demo_account_id);
    let res = sb.app.clone().oneshot(Request::get(uri).body(Body::empty()).unwrap()).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["content-type"], "text/csv");
    let text = String::from_utf8(axum::body::to_bytes(res.into_body(), usize::MAX).await.unwrap().to_vec()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("id,call_id,caller_id_number,caller_id_name"));
    assert_eq!(lines.len(), 3);
    assert!(lines[1].contains("\"Bob, Jr\""));
}
