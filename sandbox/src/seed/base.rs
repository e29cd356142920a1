//! The minimal tree every seed starts from, and which end-to-end tests rely on: the
//! reseller, Demo Co, the users admin and alice with their passwords, the API keys, the
//! app catalogue with each account's `apps_store`, and the reseller's service plan
//! assigned to Demo Co.

use super::billing;
use crate::doc;
use crate::resources::users::rules as users_rules;
use crate::store::Store;
use crate::DemoInfo;
use serde_json::{json, Map, Value};

pub(super) const DEMO_META: &str = "demo_info";

/// The app catalogue kept in the master account: (name, label, reseller-only).
const APPS: &[(&str, &str, bool)] =
    &[("voip", "Smart PBX", false), ("callflows", "Callflows", false), ("accounts", "Accounts", true)];

/// Seeds the minimal tree; call only on an empty database.
pub fn seed_minimal(store: &Store) -> anyhow::Result<DemoInfo> {
    let reseller_id = doc::new_id();
    let demo_id = doc::new_id();
    let reseller_key = doc::new_api_key();
    let demo_key = doc::new_api_key();

    save_account(
        store,
        &reseller_id,
        json!({
            "name": "Patchbay Reseller", "realm": "reseller.sip.patchbay.test",
            "timezone": "America/New_York", "language": "en-US",
            "pvt_tree": [], "pvt_reseller": true, "pvt_superduper_admin": true,
            "pvt_wnm_allow_additions": true, "pvt_api_key": reseller_key,
        }),
    )?;
    for (name, label, _) in APPS {
        let mut app = obj(json!({
            "_id": doc::new_id(), "pvt_type": "app", "name": name,
            "i18n": {"en-US": {"label": label, "description": format!("{label} app")}},
            // app.json requires an icon and absolute `uri`s, as KAZOO stores on install.
            "api_url": "http://sandbox.patchbay.test/v2/", "icon": format!("{name}.png"),
            "source_url": format!("http://sandbox.patchbay.test/apps/{name}"),
            "author": "Patchbay", "version": "1.0", "license": "MIT", "price": 0,
        }));
        store.save(&reseller_id, &mut app)?;
    }
    install_default_apps(store, &reseller_id, None, true)?;

    save_account(
        store,
        &demo_id,
        json!({
            "name": "Demo Co", "realm": "demo.sip.patchbay.test",
            "timezone": "America/New_York", "language": "en-US",
            "pvt_tree": [reseller_id], "pvt_reseller": false, "pvt_superduper_admin": false,
            "pvt_api_key": demo_key,
        }),
    )?;
    install_default_apps(store, &demo_id, Some(&reseller_id), false)?;
    billing::seed_plan(store, &reseller_id)?;
    billing::assign(store, &demo_id, &reseller_id)?;

    // Each password is `<username>-pass` and each email `<username>@demo.test`.
    let user = |account_id: &str, username: &str, first_name: &str, last_name: &str, priv_level: &str| {
        let fields = json!({
            "username": username, "password": format!("{username}-pass"), "first_name": first_name,
            "last_name": last_name, "priv_level": priv_level, "email": format!("{username}@demo.test"),
        });
        save_user(store, account_id, fields)
    };
    user(&reseller_id, "reseller", "Rhea", "Reseller", "admin")?;
    let admin_user_id = user(&demo_id, "admin", "Ada", "Admin", "admin")?;
    let alice_user_id = user(&demo_id, "alice", "Alice", "Liddell", "user")?;

    let info = DemoInfo {
        reseller_account_id: reseller_id,
        demo_account_id: demo_id,
        demo_api_key: demo_key,
        reseller_api_key: reseller_key,
        admin_user_id,
        alice_user_id,
    };
    store.meta_set(DEMO_META, &serde_json::to_string(&info)?)?;
    Ok(info)
}

/// Writes the account's `apps_store` doc: Smart PBX and Callflows for admins, plus the
/// Accounts app in reseller accounts. `master` holds the catalogue (`None` = this account).
pub fn install_default_apps(
    store: &Store,
    account_id: &str,
    master: Option<&str>,
    reseller: bool,
) -> anyhow::Result<()> {
    let catalogue = store.list(master.unwrap_or(account_id), "app")?;
    let mut apps = Map::new();
    for app in catalogue.iter() {
        let name = app.get("name").and_then(Value::as_str).unwrap_or_default();
        let reseller_only = APPS.iter().any(|(n, _, r)| *n == name && *r);
        if reseller_only && !reseller {
            continue;
        }
        if let Some(id) = app.get("_id").and_then(Value::as_str) {
            apps.insert(id.to_string(), json!({"allowed_users": "admins", "users": []}));
        }
    }
    let mut apps_store = obj(json!({
        "_id": "apps_store", "pvt_type": "apps_store", "apps": apps, "blacklist": [],
    }));
    store.save(account_id, &mut apps_store)
}

pub(super) fn obj(v: Value) -> Map<String, Value> {
    v.as_object().cloned().unwrap_or_default()
}

/// Saves an account document; `fields` may set `pvt_enabled: false` (enabled otherwise).
pub(super) fn save_account(store: &Store, id: &str, fields: Value) -> anyhow::Result<()> {
    let mut account = obj(fields);
    account.insert("_id".into(), id.into());
    account.insert("pvt_type".into(), "account".into());
    account.insert("pvt_vsn".into(), "1".into());
    account.entry("pvt_enabled").or_insert(true.into());
    store.save(id, &mut account)
}

fn save_user(store: &Store, account_id: &str, fields: Value) -> anyhow::Result<String> {
    let id = doc::new_id();
    let mut user = obj(fields);
    users_rules::prepare(store, account_id, &id, &mut user, None)
        .map_err(|e| anyhow::anyhow!("seed user is invalid: {:?}", e.data))?;
    user.insert("_id".into(), id.clone().into());
    user.insert("pvt_type".into(), "user".into());
    user.insert("timezone".into(), "America/New_York".into());
    store.save(account_id, &mut user)?;
    Ok(id)
}
