use patchbay_crossbar::Transport;
use patchbay_smartpbx::user_voicemail::{add_voicemail_box, VmboxAdded};
use serde_json::json;

use crate::support::{meta, Sandbox};

/// users.js usersAddMainVMBoxToUser: the box numbered like the user, rung after them.
#[tokio::test]
async fn a_user_without_voicemail_is_given_a_box_that_rings_after_them() {
    let sb = Sandbox::new().await;
    let alice = sb.rows("users?filter_username=alice").await[0]["id"].as_str().unwrap().to_string();
    let user = sb.doc(&format!("users/{alice}")).await.unwrap();
    let cf_id = sb.rows(&format!("callflows?filter_owner_id={alice}&filter_type=mainUserCallflow")).await[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    // Take her voicemail away: the box goes, nothing follows the user step.
    for vm in sb.rows(&format!("vmboxes?filter_owner_id={alice}")).await {
        sb.delete(&format!("{}/vmboxes/{}", sb.base(), vm["id"].as_str().unwrap())).await.unwrap();
    }
    let body =
        json!({"flow": {"children": {}}, "ui_metadata": {"origin": "voip", "ui": "monster-ui", "version": "4.3-140"}});
    sb.patch(&format!("{}/callflows/{cf_id}", sb.base()), body).await.unwrap();
    let callflow = sb.doc(&format!("callflows/{cf_id}")).await.unwrap();

    let added = add_voicemail_box(&sb, &meta(), &sb.account, &user, Some(&callflow)).await.expect("added");
    let VmboxAdded::Rung { vmbox, callflow } = added else { panic!("not rung: {added:?}") };
    assert_eq!(vmbox["mailbox"], user["presence_id"]);
    assert_eq!(vmbox["name"], "Alice Liddell's VMBox");
    assert_eq!(vmbox["owner_id"], alice.as_str());
    assert_eq!(
        callflow["flow"]["children"]["_"],
        json!({"children": {}, "data": {"id": vmbox["id"]}, "module": "voicemail"})
    );
    assert_eq!(callflow["flow"]["module"], "user", "the user step stays first");

    // A callflow another app made is not rewired.
    let other = json!({"ui_metadata": {"origin": "callflows"}, "flow": {"children": {}}, "id": cf_id});
    let mut user = user;
    user["presence_id"] = "2999".into();
    let added = add_voicemail_box(&sb, &meta(), &sb.account, &user, Some(&other)).await.expect("added");
    assert!(matches!(added, VmboxAdded::NotRung { .. }));
}
