use patchbay_crossbar::json::strings;
use patchbay_smartpbx::numbers::{assign, buy, search, AssignError, Assignment};
use serde_json::Value;

use crate::support::{meta, Sandbox};

async fn callflow(sb: &Sandbox, query: &str) -> Value {
    let id = sb.rows(&format!("callflows?{query}")).await[0]["id"].as_str().unwrap().to_string();
    sb.doc(&format!("callflows/{id}")).await.unwrap()
}

async fn inventory(sb: &Sandbox) -> Value {
    sb.doc("phone_numbers").await.unwrap()["numbers"].clone()
}

#[tokio::test]
async fn bought_numbers_land_in_the_account_and_ring_a_user() {
    let sb = Sandbox::new().await;
    let found = search(&sb, &sb.account, "312", 0).await.expect("searched");
    assert_eq!(found.len(), 20, "a page of numbers");
    assert!(found.iter().all(|n| n.starts_with("+1312")), "{found:?}");

    let chosen = found[..2].to_vec();
    let bought = buy(&sb, &meta(), &sb.account, &chosen).await.expect("bought");
    assert_eq!(bought.numbers, chosen);
    assert!(bought.refused.is_empty());
    let numbers = inventory(&sb).await;
    for n in &chosen {
        assert_eq!(numbers[n]["state"], "in_service", "{numbers}");
    }
    // The next search no longer offers them.
    let again = search(&sb, &sb.account, "312", 0).await.unwrap();
    assert!(!again.contains(&chosen[0]));

    let alice = sb.rows("users?filter_username=alice").await[0]["id"].as_str().unwrap().to_string();
    let query = format!("filter_owner_id={alice}&filter_type=mainUserCallflow");
    let before = strings(&callflow(&sb, &query).await["numbers"]);
    assign(&sb, &meta(), &sb.account, &chosen, &Assignment::User(alice)).await.expect("assigned");
    let after = strings(&callflow(&sb, &query).await["numbers"]);
    assert_eq!(after[..before.len()], before[..], "the user's numbers are kept, in order");
    assert_eq!(after[before.len()..], chosen[..]);
    assert_eq!(inventory(&sb).await[&chosen[0]]["used_by"], "callflow");
}

#[tokio::test]
async fn a_number_not_for_sale_is_refused_with_the_carriers_reason() {
    let sb = Sandbox::new().await;
    let found = search(&sb, &sb.account, "800", 0).await.unwrap();
    buy(&sb, &meta(), &sb.account, &found[..1]).await.unwrap();
    let wanted = vec![found[0].clone(), found[1].clone()];
    let bought = buy(&sb, &meta(), &sb.account, &wanted).await.unwrap();
    // Activating a number the account already holds is no refusal (and no charge).
    assert_eq!(bought.numbers, wanted);
    assert!(bought.refused.is_empty());
    let stranger = "+13125559999".to_string();
    let bought = buy(&sb, &meta(), &sb.account, std::slice::from_ref(&stranger)).await.unwrap();
    assert!(bought.numbers.is_empty());
    assert_eq!(bought.refused, vec![(stranger, "fault by carrier".to_string())]);
}

#[tokio::test]
async fn bought_numbers_go_to_a_group_the_main_number_and_the_fax_line() {
    let sb = Sandbox::new().await;
    let found = search(&sb, &sb.account, "646", 0).await.unwrap();
    let chosen = found[..3].to_vec();
    buy(&sb, &meta(), &sb.account, &chosen).await.unwrap();

    let group = sb.rows("groups?filter_name=Sales").await[0]["id"].as_str().unwrap().to_string();
    assign(&sb, &meta(), &sb.account, &chosen[..1], &Assignment::Group(group.clone())).await.expect("group");
    let ring = callflow(&sb, &format!("filter_group_id={group}&filter_type=userGroup")).await;
    assert!(strings(&ring["numbers"]).contains(&chosen[0]), "{ring}");

    assign(&sb, &meta(), &sb.account, &chosen[1..2], &Assignment::MainNumber).await.expect("main");
    let main = callflow(&sb, "filter_name=MainCallflow").await;
    assert!(strings(&main["numbers"]).contains(&chosen[1]), "{main}");

    let fax = Assignment::Fax { email: "fax@demo.test".into(), company_name: "Demo Co".into() };
    // The demo's fax line has no number yet (Smart PBX's `undefinedfaxing` placeholder).
    assign(&sb, &meta(), &sb.account, &chosen[2..], &fax).await.expect("fax");
    let faxing = callflow(&sb, "filter_name=MainFaxing").await;
    assert_eq!(strings(&faxing["numbers"]), vec![chosen[2].clone()]);
    let faxbox = sb.doc(&format!("faxboxes/{}", faxing["flow"]["data"]["id"].as_str().unwrap())).await.unwrap();
    assert_eq!(faxbox["notifications"]["inbound"]["email"]["send_to"], "fax@demo.test");
    // Now it has one, it takes no other.
    assert_eq!(assign(&sb, &meta(), &sb.account, &chosen[..1], &fax).await, Err(AssignError::FaxTaken));
    let two = Assignment::Fax { email: "fax@demo.test".into(), company_name: "Demo Co".into() };
    assert_eq!(assign(&sb, &meta(), &sb.account, &chosen[..2], &two).await, Err(AssignError::FaxTaken));
}
