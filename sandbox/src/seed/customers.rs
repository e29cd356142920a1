//! The reseller's other customers beside Demo Co, so an account manager has a tree to
//! show: Acme Dental (with its branch Acme Dental Uptown below it), Blue Harbor Law (in
//! French) and Northwind Clinic (in Spanish, disabled). Each has its realm, timezone,
//! language and creation date; a Smart PBX admin and a few staff, each with a voicemail
//! box, main callflow and desk phone (they sign in with their email as username and
//! `<first name>-pass`, e.g. `dana@acme-dental.test` / `dana-pass`); the reseller's
//! default apps for admins; and the "Patchbay Standard" plan. Acme Dental also has
//! trunks in its `limits` document, and the first three accounts a number each.
//!
//! Only the demo seed writes them: the focused API tests count the minimal tree.

use super::base::{install_default_apps, obj, save_account};
use super::people::{self, Kind, Person};
use super::writer::Writer;
use super::{billing, numbers};
use crate::doc;
use crate::resources::limits;
use crate::store::Store;
use crate::DemoInfo;
use serde_json::json;

const DAY_SECS: i64 = 86_400;

struct Customer {
    name: &'static str,
    realm: &'static str,
    timezone: &'static str,
    language: &'static str,
    enabled: bool,
    /// Index of the parent in `CUSTOMERS`; `None` for a direct customer of the reseller.
    parent: Option<usize>,
    created_days_ago: i64,
    /// (first name, last name, username, admin?). The first is the account's admin.
    staff: &'static [(&'static str, &'static str, &'static str, bool)],
    number: Option<&'static str>,
}

/// Numbers outside the sandbox carrier's `555-01XX` stock, so they never collide with
/// a number a test buys.
const CUSTOMERS: [Customer; 4] = [
    Customer {
        name: "Acme Dental",
        realm: "acme-dental.sip.patchbay.test",
        timezone: "America/Chicago",
        language: "en-US",
        enabled: true,
        parent: None,
        created_days_ago: 410,
        staff: &[
            ("Dana", "Whitfield", "dana", true),
            ("Luis", "Ortega", "luis", false),
            ("Mei", "Tanaka", "mei", false),
        ],
        number: Some("+13125550240"),
    },
    Customer {
        name: "Acme Dental Uptown",
        realm: "uptown.acme-dental.sip.patchbay.test",
        timezone: "America/Chicago",
        language: "en-US",
        enabled: true,
        parent: Some(0),
        created_days_ago: 95,
        staff: &[("Priya", "Shah", "priya", true), ("Owen", "Brooks", "owen", false)],
        number: Some("+13125550241"),
    },
    Customer {
        name: "Blue Harbor Law",
        realm: "blue-harbor-law.sip.patchbay.test",
        timezone: "America/Toronto",
        language: "fr-FR",
        enabled: true,
        parent: None,
        created_days_ago: 260,
        staff: &[("Camille", "Tremblay", "camille", true), ("Julien", "Gagnon", "julien", false)],
        number: Some("+15145550240"),
    },
    Customer {
        name: "Northwind Clinic",
        realm: "northwind-clinic.sip.patchbay.test",
        timezone: "Europe/Madrid",
        language: "es-ES",
        enabled: false,
        parent: None,
        created_days_ago: 30,
        staff: &[("Lucía", "Fernández", "lucia", true)],
        number: None,
    },
];

pub fn seed_customers(store: &Store, info: &DemoInfo) -> anyhow::Result<()> {
    let reseller = info.reseller_account_id.as_str();
    let mut ids: Vec<String> = Vec::new();
    for customer in &CUSTOMERS {
        let id = doc::new_id();
        let mut tree = vec![reseller.to_string()];
        if let Some(parent) = customer.parent {
            tree.push(ids[parent].clone());
        }
        save_account(
            store,
            &id,
            json!({
                "name": customer.name, "realm": customer.realm,
                "timezone": customer.timezone, "language": customer.language,
                "pvt_tree": tree, "pvt_reseller": false, "pvt_superduper_admin": false,
                "pvt_enabled": customer.enabled, "pvt_api_key": doc::new_api_key(),
                "pvt_created": doc::now_gregorian() - customer.created_days_ago * DAY_SECS,
            }),
        )?;
        install_default_apps(store, &id, Some(reseller), false)?;
        billing::assign(store, &id, reseller)?;
        seed_staff(store, &id, ids.len(), customer)?;
        if let Some(number) = customer.number {
            numbers::add_numbers(store, &id, &[(number, json!({}))], &[])?;
        }
        ids.push(id);
    }
    // Acme Dental pays for two-way trunks (`schemas/limits.json`).
    let mut trunks = obj(json!({
        "_id": limits::DOC_ID, "pvt_type": limits::DOC_ID,
        "twoway_trunks": 4, "inbound_trunks": 2, "allow_prepay": true, "authz_resource_types": [],
    }));
    store.save(&ids[0], &mut trunks)
}

/// The account's people as Smart PBX makes them (the username is the email), extensions
/// from 2001, the admins' `priv_level` raised; each with a desk phone. `nth` keeps the
/// phones' MAC addresses apart.
fn seed_staff(store: &Store, account: &str, nth: usize, customer: &Customer) -> anyhow::Result<()> {
    let domain = customer.realm.trim_start_matches("uptown.").trim_end_matches(".sip.patchbay.test");
    let mut staff = Vec::new();
    let mut users = Vec::new();
    for (i, (first, last, username, admin)) in customer.staff.iter().enumerate() {
        let person = Person::new(first, last, (2001 + i).to_string());
        let password = format!("{username}-pass");
        let mut user =
            people::new_user_doc(store, account, &person, &format!("{username}@{domain}.test"), Some(&password))?;
        if *admin {
            user.insert("priv_level".into(), "admin".into());
        }
        user.insert("timezone".into(), customer.timezone.into());
        user.insert("language".into(), customer.language.into());
        users.push(user);
        staff.push(person);
    }
    store.batch(|b| {
        let w = Writer::smartpbx(b, account);
        let staff_index = |p: &Person| staff.iter().position(|s| s.id == p.id).unwrap_or(0);
        for (user, person) in users.iter_mut().zip(&staff) {
            w.restamp(user);
            w.save_raw(user)?;
            people::write_vmbox_and_callflow(&w, person)?;
            let name = format!("{} desk phone", person.first);
            let mac = format!("00:15:65:c1:{nth:02x}:{:02x}", staff_index(person));
            w.put("device", people::device_doc(Kind::DeskPhone, &name, &person.id, "", &mac))?;
        }
        Ok::<(), anyhow::Error>(())
    })?;
    Ok(())
}
