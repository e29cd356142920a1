//! Demo Co's small office on top of the minimal tree: 8 users (admin and alice among
//! them) with extensions 1001–1008, vmboxes and main callflows, in the SmartPBX
//! Directory; 10 devices of six kinds; the Sales and Support ring groups; the main
//! number with office hours, lunch and two holidays; an advanced "Support hotline"
//! callflow made in the Callflows app and offered on the main number; the feature codes;
//! 6 numbers in the inventory; 300 CDRs.

use super::calls::{self, Line};
use super::people::{self, Kind, Person};
use super::voicemail::{self, Waiting};
use super::writer::Writer;
use super::{numbers, office};
use crate::doc;
use crate::store::Store;
use crate::DemoInfo;
use serde_json::{json, Map, Value};

const REALM: &str = "demo.sip.patchbay.test";
const MAIN_DID: &str = "+14155550100";
const ALICE_DID: &str = "+14155550101";
const SALES_DID: &str = "+14155550102";
const CONFERENCE_DID: &str = "+14155550103";
const HOTLINE_DID: &str = "+14155550104";
const SPARE_DID: &str = "+14155550105";
/// Interactions of two legs each: 300 CDRs.
const CALLS: usize = 150;

/// New staff: (first, last, username). Their password is `<username>-pass`, like the
/// minimal tree's admin and alice.
const STAFF: [(&str, &str, &str); 6] = [
    ("Bob", "Baker", "bob"),
    ("Carol", "Chen", "carol"),
    ("Dan", "Diaz", "dan"),
    ("Erin", "Evans", "erin"),
    ("Frank", "Foster", "frank"),
    ("Grace", "Gupta", "grace"),
];

/// (owner index in the staff list, kind, name, forward-to number).
const DEVICES: [(usize, Kind, &str, &str); 10] = [
    (0, Kind::DeskPhone, "Ada desk phone", ""),
    (1, Kind::DeskPhone, "Alice desk phone", ""),
    (1, Kind::Cellphone, "Alice cell", "+14155550201"),
    (2, Kind::Softphone, "Bob laptop", ""),
    (2, Kind::DeskPhone, "Bob desk phone", ""),
    (3, Kind::DeskPhone, "Carol desk phone", ""),
    (4, Kind::Landline, "Dan home office", "+14155550202"),
    (5, Kind::Softphone, "Erin laptop", ""),
    (6, Kind::Fax, "Front desk fax", ""),
    (7, Kind::Ata, "Grace analog phone", ""),
];

fn stored_user(store: &Store, account_id: &str, id: &str) -> anyhow::Result<Map<String, Value>> {
    store.get(account_id, id)?.and_then(|d| d.as_object().cloned()).ok_or_else(|| anyhow::anyhow!("user {id} missing"))
}

pub fn seed_office(store: &Store, info: &DemoInfo) -> anyhow::Result<()> {
    let account = info.demo_account_id.as_str();
    let mut staff = vec![Person::new("Ada", "Admin", "1001".into()), Person::new("Alice", "Liddell", "1002".into())];
    staff[0].id = info.admin_user_id.clone();
    staff[1].id = info.alice_user_id.clone();
    staff[1].dids = vec![ALICE_DID.into()];
    staff.extend(STAFF.iter().enumerate().map(|(i, (f, l, _))| Person::new(f, l, (1003 + i).to_string())));

    // User documents are prepared before the batch: the user rules read the store.
    let mut users = vec![stored_user(store, account, &staff[0].id)?, stored_user(store, account, &staff[1].id)?];
    people::adopt_user(&mut users[0], &staff[0]);
    people::adopt_user(&mut users[1], &staff[1]);
    for (p, (_, _, login)) in staff[2..].iter().zip(STAFF) {
        users.push(people::new_user_doc(
            store,
            account,
            p,
            &format!("{login}@demo.test"),
            Some(&format!("{login}-pass")),
        )?);
    }

    store.batch(|b| {
        let w = Writer::smartpbx(b, account);
        let (sales_cf, support_cf, hotline_cf) = (doc::new_id(), doc::new_id(), doc::new_id());
        let options = [
            ("1", "callflow", sales_cf.as_str()),
            ("2", "callflow", support_cf.as_str()),
            ("3", "callflow", hotline_cf.as_str()),
        ];
        let main = office::write_main_number(&w, &[MAIN_DID.into()], CONFERENCE_DID, &options)?;

        for (user, p) in users.iter_mut().zip(&staff) {
            user.insert("directories".into(), json!({ main.directory_id.clone(): p.callflow_id }));
            w.restamp(user);
            w.save_raw(user)?;
            people::write_vmbox_and_callflow(&w, p)?;
        }
        let mut lines = Vec::new();
        for (i, (owner, kind, name, forward)) in DEVICES.iter().enumerate() {
            let p = &staff[*owner];
            let mac = format!("00:15:65:d0:00:{i:02x}");
            let device_id = w.put("device", people::device_doc(*kind, name, &p.id, forward, &mac))?;
            let line = Line {
                user_id: p.id.clone(),
                name: format!("{} {}", p.first, p.last),
                extension: p.extension.clone(),
                device_id,
            };
            lines.push(line);
        }

        let sales = [&staff[1], &staff[2], &staff[3]];
        let support = [&staff[4], &staff[5], &staff[6], &staff[7]];
        people::write_ring_group(&w, "Sales", &sales, &["3001".into(), SALES_DID.into()], &sales_cf)?;
        people::write_ring_group(&w, "Support", &support, &["3002".into()], &support_cf)?;
        write_hotline(&w, &support, &main.main_vmbox_id, &hotline_cf)?;
        write_leftovers(&w)?;

        calls::write_cdrs(&w, REALM, &lines, CALLS)
    })?;
    // Alice has voicemail waiting: one new message from a colleague, one she kept.
    let waiting = [
        Waiting { caller_name: "Bob Baker", caller_number: "1003", ago_secs: 2 * 3600, folder: "new" },
        Waiting { caller_name: "Acme Supplies", caller_number: "+14155550123", ago_secs: 26 * 3600, folder: "saved" },
    ];
    voicemail::leave_messages(store, account, REALM, &staff[1].vmbox_id, &staff[1].extension, &waiting)?;
    let none = json!({});
    let inventory = [
        (MAIN_DID, json!({"cnam": {"display_name": "DEMO CO"}})),
        (ALICE_DID, none.clone()),
        (SALES_DID, none.clone()),
        (CONFERENCE_DID, none.clone()),
        (HOTLINE_DID, none.clone()),
        (SPARE_DID, none),
    ];
    let used = [MAIN_DID, ALICE_DID, SALES_DID, CONFERENCE_DID, HOTLINE_DID].map(String::from);
    numbers::add_numbers(store, account, &inventory, &used)
}

/// What an older provisioning script left behind, for the compatibility doctor to find
/// (Patchbay's `docs/compatibility.md`): the box of a receptionist whose user was
/// deleted, and a callflow whose menu was deleted. Neither carries `ui_metadata`.
fn write_leftovers(w: &Writer) -> anyhow::Result<()> {
    let gone_user = doc::new_id();
    w.put_unstamped(
        "vmbox",
        json!({"name": "Former reception", "mailbox": "1099", "owner_id": gone_user, "pin": "0000",
            "require_pin": true, "check_if_owner": true, "timezone": "America/New_York"}),
    )?;
    let gone_menu = doc::new_id();
    w.put_unstamped(
        "callflow",
        json!({"name": "Old phone menu", "numbers": ["7100"], "flow": {"module": "menu", "data": {"id": gone_menu}, "children": {}}}),
    )?;
    Ok(())
}

/// An advanced callflow built in the Callflows app (monster-ui-callflows `app.js` `save`, `getUIFlow`): rings the
/// support team, then the main voicemail box; "List this callflow in Main Number" on.
fn write_hotline(w: &Writer, team: &[&Person], main_vmbox_id: &str, id: &str) -> anyhow::Result<()> {
    let endpoints: Vec<Value> =
        team.iter().map(|p| json!({"endpoint_type": "user", "id": p.id, "delay": 0, "timeout": 20})).collect();
    let body = json!({
        "name": "Support hotline", "numbers": [HOTLINE_DID, "3100"],
        "contact_list": {"exclude": false}, "ui_is_main_number_cf": true,
        "flow": {"module": "ring_group",
                 "data": {"name": "Support", "strategy": "simultaneous", "timeout": 20, "repeats": 1, "endpoints": endpoints},
                 "children": {"_": {"module": "voicemail", "data": {"id": main_vmbox_id}, "children": {}}}},
    });
    w.as_app("callflows").put_with_id(id, "callflow", body)
}
