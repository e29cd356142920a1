use patchbay_monster::port_request::{port_request_doc, PortForm};
use patchbay_smartpbx::porting::{cancel, enter, list, Entered};

use crate::support::{meta, server_error, Sandbox};

fn form(numbers: &str) -> PortForm {
    PortForm {
        numbers: numbers.into(),
        carrier: "Acme Telco".into(),
        bill_name: "Demo Co".into(),
        account_number: "A-1009".into(),
        street_address: "1 Main St".into(),
        locality: "Washington".into(),
        region: "DC".into(),
        postal_code: "20001".into(),
        transfer_date: "2027-01-15".into(),
        signee_name: "Ada Admin".into(),
        email: "admin@demo.test".into(),
        ..PortForm::default()
    }
}

#[tokio::test]
async fn a_port_request_is_entered_submitted_listed_and_canceled() {
    let sb = Sandbox::new().await;
    let doc = port_request_doc(&form("202 555 9000, 202 555 9001"), 63_964_000_000);
    let Entered::Submitted(port) = enter(&sb, &meta(), &sb.account, doc).await.expect("entered") else {
        panic!("not submitted");
    };
    assert_eq!(port["port_state"], "submitted");
    let stored = sb.doc(&format!("port_requests/{}", port["id"].as_str().unwrap())).await.unwrap();
    assert_eq!(stored["bill"]["carrier"], "Acme Telco");
    assert_eq!(stored["ui_metadata"]["origin"], "voip");
    assert_eq!(stored["extra"]["numbers_count"], 2);

    let listed = list(&sb, &sb.account).await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["name"], "Numbers from Acme Telco");

    let canceled = cancel(&sb, &meta(), &sb.account, port["id"].as_str().unwrap()).await.unwrap();
    assert_eq!(canceled["port_state"], "canceled");
}

#[tokio::test]
async fn a_request_whose_submission_fails_waits_unconfirmed() {
    let sb = Sandbox::new().await;
    sb.fail_next("PATCH", "port_requests/", server_error());
    let doc = port_request_doc(&form("2025559002"), 63_964_000_000);
    let Entered::NotSubmitted(port, _) = enter(&sb, &meta(), &sb.account, doc).await.expect("entered") else {
        panic!("submitted despite the failure");
    };
    let listed = list(&sb, &sb.account).await.unwrap();
    assert_eq!(listed[0]["id"], port["id"]);
    assert_eq!(listed[0]["port_state"], "unconfirmed");
}
