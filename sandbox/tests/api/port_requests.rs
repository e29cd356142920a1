use crate::support::Sandbox;
use axum::http::StatusCode;
use serde_json::json;

#[tokio::test]
async fn a_port_request_is_entered_submitted_and_canceled() {
    let sb = Sandbox::new();
    let admin = sb.admin().await;
    let demo = sb.demo.demo_account_id.clone();
    let base = format!("/v2/accounts/{demo}/port_requests");

    let r = sb.call("PUT", &base, Some(&admin), Some(json!({"name": "From Acme"}))).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "numbers are required: {}", r.body);
    let r = sb.call("PUT", &base, Some(&admin), Some(json!({"name": "x", "numbers": {"hello": {}}}))).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);

    // A number the system already has is refused, keyed by the number.
    let bought =
        sb.call("PUT", &format!("/v2/accounts/{demo}/phone_numbers/%2B14155550100/activate"), Some(&admin), None).await;
    assert_eq!(bought.status, StatusCode::OK, "{}", bought.body);
    let r = sb.call("PUT", &base, Some(&admin), Some(json!({"name": "x", "numbers": {"+14155550100": {}}}))).await;
    assert_eq!(r.status, StatusCode::INTERNAL_SERVER_ERROR, "{}", r.body);
    assert_eq!(r.body["message"], "invalid request");
    assert_eq!(r.body["data"]["+14155550100"]["type"]["message"], "Number exists on the system already");

    let body = json!({
        "name": "From Acme Telco", "numbers": {"2025559000": {}},
        "bill": {"carrier": "Acme Telco", "name": "Demo Co", "btn": "2025559000"},
        "pvt_port_state": "completed", "port_state": "completed",
    });
    let r = sb.call("PUT", &base, Some(&admin), Some(body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let port = r.body["data"].clone();
    assert_eq!(port["port_state"], "unconfirmed", "the state is the server's, not the client's");
    assert_eq!(port["numbers"], json!({"+12025559000": {}}), "numbers keyed as E.164");
    let id = port["id"].as_str().unwrap().to_string();

    // The same number cannot go on a second open request.
    let again = json!({"name": "Again", "numbers": {"+12025559000": {}}});
    let r = sb.call("PUT", &base, Some(&admin), Some(again.clone())).await;
    assert_eq!(r.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(r.body["data"]["+12025559000"]["type"]["message"].as_str().unwrap().contains(&id));

    // Listed grouped by account.
    let r = sb.call("GET", &base, Some(&admin), None).await;
    assert_eq!(r.body["data"][0]["account_id"], demo.as_str());
    assert_eq!(r.body["data"][0]["port_requests"][0]["name"], "From Acme Telco");
    assert_eq!(r.body["data"][0]["port_requests"][0]["port_state"], "unconfirmed");

    let r = sb.call("PATCH", &format!("{base}/{id}/submitted"), Some(&admin), Some(json!({}))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.body["data"]["port_state"], "submitted");
    // Under way, it is no longer edited, and not submitted twice.
    let r = sb.call("PATCH", &format!("{base}/{id}"), Some(&admin), Some(json!({"name": "Renamed"}))).await;
    assert_eq!(r.status, StatusCode::INTERNAL_SERVER_ERROR, "{}", r.body);
    let r = sb.call("PATCH", &format!("{base}/{id}/submitted"), Some(&admin), Some(json!({}))).await;
    assert_eq!(r.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(r.body["data"]["port_state"]["enum"]["message"], "Cannot move to new state from current state");

    let r = sb.call("PATCH", &format!("{base}/{id}/canceled"), Some(&admin), Some(json!({}))).await;
    assert_eq!(r.body["data"]["port_state"], "canceled");
    // Canceled, its number may go on a new request.
    let r = sb.call("PUT", &base, Some(&admin), Some(again)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);

    // A plain user sees none of it.
    let r = sb.call("GET", &base, Some(&sb.alice().await), None).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
}
