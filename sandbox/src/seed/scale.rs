//! `--seed scale --users N`: the demo office's shapes at size, in Demo Co, in one
//! transaction: the main number, feature codes and directory once, then per user a
//! Smart PBX user, vmbox, main callflow and device, and a ring group per ten users.
//! Extensions run from 10000, group extensions from 400000 (both under 7 characters,
//! so Smart PBX reads them as extensions, and clear of the feature codes).

use super::people::{self, Kind, Person};
use super::writer::Writer;
use super::{numbers, office};
use crate::doc;
use crate::store::Store;
use crate::DemoInfo;
use serde_json::json;

const MAIN_DID: &str = "+14155550100";
const CONFERENCE_DID: &str = "+14155550103";
const GROUP_SIZE: usize = 10;

const FIRST: [&str; 20] = [
    "Ava", "Ben", "Chloe", "David", "Emma", "Felix", "Grace", "Henry", "Isla", "Jack", "Kara", "Liam", "Maya", "Noah",
    "Olivia", "Paul", "Quinn", "Ruby", "Sam", "Tara",
];
const LAST: [&str; 25] = [
    "Adams", "Brown", "Clark", "Davis", "Evans", "Fischer", "Garcia", "Hughes", "Ito", "Jones", "Khan", "Lopez",
    "Martin", "Nguyen", "Okafor", "Patel", "Quinn", "Rossi", "Smith", "Taylor", "Ueda", "Varga", "Wong", "Young",
    "Zhang",
];
const KINDS: [Kind; 4] = [Kind::DeskPhone, Kind::Softphone, Kind::DeskPhone, Kind::Cellphone];

pub fn seed_users(store: &Store, info: &DemoInfo, count: usize) -> anyhow::Result<()> {
    let account = info.demo_account_id.as_str();
    // One user goes through the real user rules (validation, schema defaults); the others
    // are copies of it with their own names: running the rules per user would rescan every
    // user for username uniqueness, which is quadratic at 20,000.
    let template = people::new_user_doc(store, account, &Person::new("T", "T", "10000".into()), "t@scale.test", None)?;
    store.batch(|b| {
        let w = Writer::smartpbx(b, account);
        let main = office::write_main_number(&w, &[MAIN_DID.into()], CONFERENCE_DID, &[])?;
        let people: Vec<Person> = (0..count)
            .map(|i| {
                Person::new(FIRST[i % FIRST.len()], LAST[(i / FIRST.len()) % LAST.len()], (10_000 + i).to_string())
            })
            .collect();
        for (i, p) in people.iter().enumerate() {
            let mut user = template.clone();
            let login = format!("user{i}@scale.test");
            user.insert("_id".into(), p.id.clone().into());
            for (key, value) in
                [("first_name", &p.first), ("last_name", &p.last), ("username", &login), ("email", &login)]
            {
                user.insert(key.into(), value.as_str().into());
            }
            people::adopt_user(&mut user, p);
            user.insert("directories".into(), json!({ main.directory_id.clone(): p.callflow_id }));
            w.restamp(&mut user);
            w.save_raw(&mut user)?;
            people::write_vmbox_and_callflow(&w, p)?;
            let kind = KINDS[i % KINDS.len()];
            let name = format!("{} {} {}", p.first, p.last, p.extension);
            let mac = format!("00:15:65:{:02x}:{:02x}:{:02x}", (i >> 16) & 0xff, (i >> 8) & 0xff, i & 0xff);
            w.put("device", people::device_doc(kind, &name, &p.id, "+14155550199", &mac))?;
        }
        for (g, members) in people.chunks(GROUP_SIZE).enumerate() {
            let members: Vec<&Person> = members.iter().collect();
            let numbers = [(400_000 + g).to_string()];
            people::write_ring_group(&w, &format!("Team {}", g + 1), &members, &numbers, &doc::new_id())?;
        }
        Ok(())
    })?;
    let inventory = [(MAIN_DID, json!({})), (CONFERENCE_DID, json!({}))];
    numbers::add_numbers(store, account, &inventory, &[MAIN_DID.into(), CONFERENCE_DID.into()])
}
