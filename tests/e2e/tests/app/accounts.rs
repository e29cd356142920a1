//! The Accounts section: a reseller finds an account anywhere below theirs, creates one
//! with its first admin and apps (a realm already taken is refused first), acts as it
//! to add a Smart PBX user there and returns; the new admin then signs in to exactly the
//! granted apps, in the account's language. Also editing, turning off and deleting.

use anyhow::Result;
use fantoccini::Locator;
use patchbay_e2e::{Harness, Options};
use serde_json::Value;

async fn open_accounts(h: &Harness) -> Result<()> {
    h.sign_in("Patchbay Reseller", "reseller", "reseller-pass").await?;
    h.heading("Dashboard").await?;
    h.link("Accounts").await?.click().await?;
    h.heading("Accounts").await?;
    Ok(())
}

/// The one stored account named `name`, from the database.
fn stored_account(h: &Harness, name: &str) -> Result<Option<Value>> {
    let all = h.sandbox().stored_everywhere("account")?;
    Ok(all.into_iter().find(|a| a["name"] == name))
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reseller_creates_an_account_acts_as_it_and_its_admin_gets_the_granted_apps() -> Result<()> {
    let h = Harness::start().await?;
    open_accounts(&h).await?;
    // A grandchild is found from the top, by a piece of its name.
    h.fill("Search accounts", "Uptown").await?;
    h.role_with_text("status", "1 account matches").await?;
    h.link("Acme Dental Uptown").await?;

    h.button("New account").await?.click().await?;
    h.heading("New account").await?;
    h.fill("Account name", "Kestrel Dental").await?;
    let realm = h
        .eventually("the suggested realm", || async {
            let realm = h.value_of("Realm").await?;
            Ok((realm == "kestrel-dental.sip.patchbay.test").then_some(realm))
        })
        .await?;
    h.choose("Language", "Français").await?;
    h.choose("Timezone", "Europe/Paris").await?;
    h.fill("First name", "Kim").await?;
    h.fill("Last name", "Kestrel").await?;
    h.fill("Email", "kim@kestrel.example").await?;
    h.button("Make up a password").await?.click().await?;
    let password = h.value_of("Password").await?;
    assert_eq!(password.len(), 8, "{password}");
    h.choose("Smart PBX", "Administrators only").await?;
    h.choose("Callflows", "Not installed").await?;
    h.check_accessibility().await?;

    // A realm another account uses is refused on its field; nothing is made.
    h.fill("Realm", "acme-dental.sip.patchbay.test").await?;
    h.button("Create account").await?.click().await?;
    h.text("Another account already uses this realm; choose another.").await?;
    assert!(stored_account(&h, "Kestrel Dental")?.is_none(), "nothing was kept");
    h.fill("Realm", &realm).await?;
    h.button("Create account").await?.click().await?;
    h.heading("Kestrel Dental").await?;
    h.text("Account Kestrel Dental created with its administrator.").await?;

    let account = stored_account(&h, "Kestrel Dental")?.expect("the account is stored");
    let id = account["_id"].as_str().unwrap_or_default().to_string();
    assert_eq!((account["realm"].as_str(), account["language"].as_str()), (Some(realm.as_str()), Some("fr-FR")));
    assert_eq!(account["timezone"], "Europe/Paris");
    let users = h.sandbox().stored(&id, "user")?;
    assert!(users.iter().any(|u| u["username"] == "kim@kestrel.example" && u["priv_level"] == "admin"), "{users:?}");
    let apps = h.sandbox().stored(&id, "apps_store")?;
    let granted = apps.first().map(|d| d["apps"].clone()).unwrap_or_default();
    let granted = granted.as_object().cloned().unwrap_or_default();
    assert_eq!(granted.len(), 1, "only Smart PBX: {granted:?}");
    assert_eq!(granted.values().next().map(|g| g["allowed_users"].clone()), Some("admins".into()));
    let flows = h.sandbox().stored(&id, "callflow")?;
    assert!(flows.iter().any(|f| f["numbers"] == serde_json::json!(["no_match"])), "outside calls are routed");
    // One named action in the inspector.
    h.button("API inspector").await?.click().await?;
    h.button_starting("Create account Kestrel Dental").await?;
    h.button("API inspector").await?.click().await?;
    h.check_accessibility().await?;

    // Acting as it: its apps, its data, the way back.
    h.button("Act as this account").await?.click().await?;
    h.role_with_text("region", "You are working in Kestrel Dental").await?;
    h.heading("Dashboard").await?;
    assert!(!h.has_link("Callflows").await?, "the account has no Callflows");
    assert!(!h.has_link("Accounts").await?, "the account manager is the reseller's");
    h.link("Users").await?.click().await?;
    h.heading("Users").await?;
    h.start_adding_user("Lena", "Lark", "2001", "lena@kestrel.example").await?;
    h.fill("Password", "lena-pass-1").await?;
    h.button("Create").await?.click().await?;
    h.heading("Lena Lark").await?;
    let users = h.sandbox().stored(&id, "user")?;
    assert!(users.iter().any(|u| u["username"] == "lena@kestrel.example"), "made in the account acted as");
    h.button("API inspector").await?.click().await?;
    h.button_starting("Create user Lena Lark").await?.click().await?;
    let put = h.button_starting("PUT /v2/accounts/").await?;
    assert!(put.text().await?.contains(&id), "the inspector shows the account's id in the path");
    h.button("API inspector").await?.click().await?;
    h.check_accessibility().await?;
    h.button("Return to Patchbay Reseller").await?.click().await?;
    h.heading("Kestrel Dental").await?;
    assert!(h.browser.find_all(Locator::Css(".acting-banner")).await?.is_empty(), "the banner is gone");
    assert!(h.has_link("Accounts").await?);

    // The new admin signs in to Smart PBX only, in the account's language.
    h.button("Sign out").await?.click().await?;
    h.sign_in("Kestrel Dental", "kim@kestrel.example", &password).await?;
    h.heading("Tableau de bord").await?;
    // Opening the app again keeps the language (it is fetched before the first screen).
    h.open("/smartpbx").await?;
    h.heading("Tableau de bord").await?;
    assert!(h.has_link("Smart PBX").await?);
    assert!(!h.has_link("Callflows").await?, "Callflows was not granted");
    assert_eq!(h.browser.execute("return document.documentElement.lang", vec![]).await?.as_str(), Some("fr-FR"));
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn an_account_is_edited_turned_off_and_deleted() -> Result<()> {
    let h = Harness::start().await?;
    open_accounts(&h).await?;
    h.link("Acme Dental").await?.click().await?;
    h.heading("Acme Dental").await?;
    h.fill("Caller ID name", "Acme Front Desk").await?;
    h.fill("Emergency caller ID number", "+13125550911").await?;
    h.button("Save account settings").await?.click().await?;
    h.role_with_text("status", "Saved").await?;
    let acme = stored_account(&h, "Acme Dental")?.expect("stored");
    assert_eq!(acme["caller_id"]["external"]["name"], "Acme Front Desk");
    assert_eq!(acme["caller_id"]["emergency"]["number"], "+13125550911");
    assert_eq!(acme["realm"], "acme-dental.sip.patchbay.test", "the rest is kept");
    h.text("Two-way trunks").await?;
    h.text("What the plan bills").await?;

    // Apps: the account's people are read only once an app is for chosen people.
    let acme_id = stored_account(&h, "Acme Dental")?.expect("stored")["_id"].as_str().unwrap_or_default().to_string();
    let people_path = format!("/accounts/{acme_id}/users");
    let people_reads = || async {
        let names =
            h.browser.execute("return performance.getEntriesByType('resource').map(e => e.name);", vec![]).await?;
        let reads =
            names.as_array().into_iter().flatten().filter(|n| n.as_str().is_some_and(|n| n.contains(&people_path)));
        anyhow::Ok(reads.count())
    };
    h.button("Save apps").await?;
    assert_eq!(people_reads().await?, 0, "no app is for chosen people yet");
    h.choose("Callflows", "Chosen people").await?;
    h.field("Dana Whitfield").await?.click().await?;
    h.button("Save apps").await?.click().await?;
    h.role_with_text("status", "Saved").await?;
    assert_eq!(people_reads().await?, 1);
    let dana = h.sandbox().stored(&acme_id, "user")?.into_iter().find(|u| u["first_name"] == "Dana").expect("Dana");
    let apps = h.sandbox().stored(&acme_id, "apps_store")?;
    let chosen: Vec<Value> = apps
        .first()
        .and_then(|d| d["apps"].as_object().cloned())
        .unwrap_or_default()
        .into_values()
        .filter(|a| a["allowed_users"] == "specific")
        .collect();
    assert_eq!(chosen.len(), 1, "{apps:?}");
    assert_eq!(chosen[0]["users"], serde_json::json!([{ "id": dana["_id"] }]));
    // An account with accounts below it is not deleted, and says why.
    h.button("Delete this account").await?.click().await?;
    h.fill("Type Acme Dental to confirm", "Acme Dental").await?;
    h.button("Delete the account").await?.click().await?;
    h.role_with_text("alert", "still has accounts below it").await?;
    assert!(stored_account(&h, "Acme Dental")?.is_some());

    h.link("Accounts").await?.click().await?;
    h.link("Blue Harbor Law").await?.click().await?;
    h.heading("Blue Harbor Law").await?;
    h.button("Turn off this account").await?.click().await?;
    h.text("Disabled: its people cannot sign in").await?;
    assert_eq!(stored_account(&h, "Blue Harbor Law")?.expect("stored")["pvt_enabled"], false);
    h.button("Delete this account").await?.click().await?;
    h.fill("Type Blue Harbor Law to confirm", "Blue Harbor").await?;
    h.button("Delete the account").await?.click().await?;
    h.text("Type the account's name exactly as shown to confirm.").await?;
    h.fill("Type Blue Harbor Law to confirm", "Blue Harbor Law").await?;
    h.button("Delete the account").await?.click().await?;
    h.text("Account Blue Harbor Law deleted.").await?;
    h.heading("Accounts").await?;
    h.eventually("the account gone", || async { Ok(stored_account(&h, "Blue Harbor Law")?.is_none().then_some(())) })
        .await?;
    h.check_accessibility().await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn the_accounts_screens_fit_390_pixels() -> Result<()> {
    let h = Harness::start().await?;
    h.browser.set_window_size(390, 844).await?;
    h.sign_in("Patchbay Reseller", "reseller", "reseller-pass").await?;
    h.heading("Dashboard").await?;
    h.open("/accounts").await?;
    h.heading("Accounts").await?;
    let mut wide = Vec::new();
    h.fill("Search accounts", "acme").await?;
    h.role_with_text("status", "2 accounts match").await?;
    for screen in ["Accounts", "Acme Dental", "New account"] {
        match screen {
            "Acme Dental" => h.link("Acme Dental").await?.click().await?,
            "New account" => h.link("New account under Acme Dental").await?.click().await?,
            _ => {}
        }
        h.heading(screen).await?;
        let (by, culprits) = crate::interaction::overflow(&h).await?;
        if by > 0 {
            wide.push(format!("{screen}: {by}px too wide ({culprits})"));
        }
    }
    assert!(wide.is_empty(), "{}", wide.join("\n"));
    h.finish().await
}

#[tokio::test(flavor = "multi_thread")]
async fn the_sign_in_page_speaks_the_browsers_language() -> Result<()> {
    let options =
        Options { chrome_args: vec!["--lang=es-ES".into(), "--accept-lang=es-ES,es".into()], ..Options::default() };
    let h = Harness::start_with(options).await?;
    h.open("/").await?;
    h.button("Iniciar sesión").await?;
    assert_eq!(h.browser.execute("return document.documentElement.lang", vec![]).await?.as_str(), Some("es-ES"));
    h.check_accessibility().await?;
    h.finish().await
}
