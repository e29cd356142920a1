use patchbay_smartpbx::vmboxes;
use serde_json::Value;

use crate::support::{meta, Sandbox};

#[tokio::test]
async fn deleting_a_users_box_takes_it_out_of_their_callflow() {
    let sb = Sandbox::new().await;
    let alice = sb.rows("users?filter_username=alice").await[0]["id"].as_str().unwrap().to_string();
    let vm_id = sb.rows(&format!("vmboxes?filter_owner_id={alice}")).await[0]["id"].as_str().unwrap().to_string();
    let cf_id = sb.rows(&format!("callflows?filter_owner_id={alice}&filter_type=mainUserCallflow")).await[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let before = sb.doc(&format!("callflows/{cf_id}")).await.unwrap();
    assert!(before["flow"].to_string().contains(&vm_id), "the seeded callflow ends in the box");

    let stored = sb.doc(&format!("vmboxes/{vm_id}")).await.unwrap();
    vmboxes::delete(&sb, &meta(), &sb.account, &stored).await.expect("deleted");
    assert!(sb.doc(&format!("vmboxes/{vm_id}")).await.is_none());
    let after = sb.doc(&format!("callflows/{cf_id}")).await.unwrap();
    assert!(!after["flow"].to_string().contains(&vm_id), "{}", after["flow"]);
    // The user's own ringing step is still there.
    assert_eq!(after["flow"]["module"], Value::from("user"), "{}", after["flow"]);
}
