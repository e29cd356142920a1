use md5::{Digest, Md5};
use patchbay_crossbar::Transport;
use patchbay_monster::account::{AccountForm, AppAccess};
use patchbay_monster::UiMetadata;
use patchbay_smartpbx::accounts::{self, NewAdmin, Step};
use serde_json::{json, Value};

use crate::support::Sandbox;

fn meta() -> UiMetadata {
    UiMetadata::accounts(None)
}

fn form(name: &str) -> AccountForm {
    AccountForm { name: name.into(), timezone: "Europe/Paris".into(), language: "fr-FR".into(), ..Default::default() }
}

fn admin() -> NewAdmin {
    NewAdmin {
        first_name: "Ana".into(),
        last_name: "Admin".into(),
        email: "Ana@Acme.example".into(),
        password: "abcd1234".into(),
        send_email: false,
    }
}

/// The id of the app named `name` in the account's apps store.
async fn app_id(sb: &Sandbox, name: &str) -> String {
    let apps = sb.rows("apps_store").await;
    let app = apps.iter().find(|a| a["name"] == name).unwrap_or_else(|| panic!("{name} in {apps:?}"));
    app["id"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn a_new_account_gets_its_admin_exactly_the_granted_apps_and_outside_calls() {
    let sb = Sandbox::new().await;
    let voip = app_id(&sb, "voip").await;
    let apps = [(voip, AppAccess::Admins)];
    let made =
        accounts::create(&sb, &meta(), &sb.account, &form("Zephyr Dental"), &admin(), &apps).await.expect("made");

    let account = sb.get(&format!("accounts/{}", made.account_id)).await.expect("account").data;
    assert_eq!((account["name"].as_str(), account["language"].as_str()), (Some("Zephyr Dental"), Some("fr-FR")));
    assert_eq!(account["ui_metadata"]["origin"], "accounts");
    let user = sb.get(&format!("accounts/{}/users/{}", made.account_id, made.admin_id)).await.expect("admin").data;
    assert_eq!((user["username"].as_str(), user["priv_level"].as_str()), (Some("ana@acme.example"), Some("admin")));
    let flows = sb.get(&format!("accounts/{}/callflows", made.account_id)).await.expect("callflows").data;
    assert!(flows.as_array().unwrap().iter().any(|f| f["numbers"] == json!(["no_match"])), "{flows}");

    // The new admin signs in and is offered Smart PBX and nothing else.
    let credentials = hex::encode(Md5::digest(b"ana@acme.example:abcd1234"));
    let login = sb
        .raw("PUT", "user_auth", json!({"data": {"credentials": credentials, "account_name": "Zephyr Dental"}}))
        .await
        .expect("the new admin signs in");
    let names: Vec<&str> = login.data["apps"].as_array().unwrap().iter().filter_map(|a| a["name"].as_str()).collect();
    assert_eq!(names, ["voip"]);
}

#[tokio::test]
async fn a_new_account_whose_admin_fails_is_taken_away_again() {
    let sb = Sandbox::new().await;
    let form = form("Quill and Ink Law");
    let err =
        accounts::create(&sb, &meta(), &sb.account, &form, &NewAdmin { email: "not an email".into(), ..admin() }, &[])
            .await
            .expect_err("the admin is refused");
    assert_eq!((err.step, err.account_id.as_deref()), (Step::Admin, None));
    // Nothing is left, so the same form goes through once corrected.
    let children = sb.get(&format!("accounts/{}/children", sb.account)).await.expect("children").data;
    assert!(!children.to_string().contains("Quill and Ink Law"), "{children}");
    accounts::create(&sb, &meta(), &sb.account, &form, &admin(), &[]).await.expect("made on the second try");
}

#[tokio::test]
async fn apps_are_installed_changed_and_uninstalled() {
    let sb = Sandbox::new().await;
    let made = accounts::create(&sb, &meta(), &sb.account, &form("Northwind"), &admin(), &[]).await.expect("made");
    let callflows = app_id(&sb, "callflows").await;
    let path = format!("accounts/{}/apps_store", made.account_id);
    let access = |rows: Value| {
        let row = rows.as_array().unwrap().iter().find(|a| a["id"] == callflows.as_str()).cloned().unwrap_or_default();
        AppAccess::of_entry(&row)
    };
    let steps = [
        AppAccess::NotInstalled,
        AppAccess::Specific(vec![made.admin_id.clone()]),
        AppAccess::All,
        AppAccess::NotInstalled,
    ];
    for pair in steps.windows(2) {
        accounts::set_app_access(&sb, &meta(), &made.account_id, &callflows, &pair[0], &pair[1]).await.expect("set");
        assert_eq!(access(sb.get(&path).await.expect("apps").data), pair[1]);
    }
}

#[tokio::test]
async fn an_account_is_disabled_and_deleted() {
    let sb = Sandbox::new().await;
    let made = accounts::create(&sb, &meta(), &sb.account, &form("Short Lived"), &admin(), &[]).await.expect("made");
    let path = format!("accounts/{}", made.account_id);
    let stored = sb.get(&path).await.expect("account").data;
    let answered = accounts::set_enabled(&sb, &meta(), &stored, false).await.expect("disabled");
    assert_eq!(answered["enabled"], false);
    assert_eq!(sb.get(&path).await.expect("still there").data["timezone"], "Europe/Paris");
    // Crossbar refuses while a sub-account is below it; that is reported, nothing goes.
    let child = NewAdmin { email: "kid@acme.example".into(), ..admin() };
    let below = accounts::create(&sb, &meta(), &made.account_id, &form("Short Lived Branch"), &child, &[])
        .await
        .expect("a sub-account");
    accounts::delete(&sb, &meta(), &made.account_id).await.expect_err("refused while it has a sub-account");
    accounts::delete(&sb, &meta(), &below.account_id).await.expect("the sub-account goes");
    accounts::delete(&sb, &meta(), &made.account_id).await.expect("deleted");
    assert!(sb.get(&path).await.is_err(), "gone");
}
