//! The seeds: the demo office has the shapes and counts the issue promises, and every
//! collection of the scale seed pages by `next_start_key` with each document seen once.

mod common;

use common::{call, login};
use patchbay_sandbox::{start, Config, Seed};
use serde_json::Value;
use std::collections::HashSet;
use std::net::SocketAddr;

struct Server {
    runtime: tokio::runtime::Runtime,
    running: Option<patchbay_sandbox::Running>,
    addr: SocketAddr,
    token: String,
    account: String,
    _dir: tempfile::TempDir,
}

impl Server {
    fn start(seed: Seed) -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("rt");
        let config = Config {
            db_path: dir.path().join("sandbox.sqlite"),
            bind: SocketAddr::from(([127, 0, 0, 1], 0)),
            seed,
            ..Config::default()
        };
        let running = runtime.block_on(start(config)).expect("start");
        let addr = running.addr;
        let (token, account) = login(addr, "Demo Co", "admin", "admin-pass");
        Self { runtime, running: Some(running), addr, token, account, _dir: dir }
    }

    fn get(&self, path: &str) -> (u16, Value) {
        let r = call(self.addr, "GET", &format!("/v2/accounts/{}/{path}", self.account), Some(&self.token), None)
            .expect("GET");
        (r.status, r.body)
    }

    fn rows(&self, path: &str) -> Vec<Value> {
        let sep = if path.contains('?') { '&' } else { '?' };
        let (status, body) = self.get(&format!("{path}{sep}paginate=false"));
        assert_eq!(status, 200, "{path}: {body}");
        body["data"].as_array().cloned().unwrap_or_default()
    }

    /// Every row of a collection by following `next_start_key`, asserting no id twice.
    fn walk(&self, collection: &str) -> Option<HashSet<String>> {
        let mut seen = HashSet::new();
        let mut next: Option<String> = None;
        loop {
            let mut path = format!("{collection}?page_size=300");
            if let Some(k) = &next {
                path.push_str(&format!("&start_key={k}"));
            }
            let (status, body) = self.get(&path);
            if status == 404 && next.is_none() {
                return None; // a collection this build does not serve yet
            }
            assert_eq!(status, 200, "{path}: {body}");
            for row in body["data"].as_array().expect("rows") {
                let id = row["id"].as_str().expect("row id").to_string();
                assert!(seen.insert(id.clone()), "{collection}: {id} seen twice");
            }
            match body.get("next_start_key").and_then(Value::as_str) {
                Some(k) => next = Some(k.to_string()),
                None => return Some(seen),
            }
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(r) = self.running.take() {
            self.runtime.block_on(r.shutdown());
        }
    }
}

#[test]
fn demo_seed_builds_the_small_office() {
    let s = Server::start(Seed::Demo);
    let users = s.rows("users");
    assert_eq!(users.len(), 8);
    let mut extensions: Vec<&str> = users.iter().filter_map(|u| u["presence_id"].as_str()).collect();
    extensions.sort();
    assert_eq!(extensions, ["1001", "1002", "1003", "1004", "1005", "1006", "1007", "1008"]);
    login(s.addr, "Demo Co", "alice", "alice-pass");
    login(s.addr, "Demo Co", "bob@demo.test", "bob-pass");

    let callflows = s.rows("callflows");
    let of_type = |t: &str| callflows.iter().filter(|c| c["type"] == t).count();
    assert_eq!(of_type("mainUserCallflow"), 8);
    assert_eq!((of_type("baseGroup"), of_type("userGroup")), (2, 2));
    assert_eq!(s.rows("callflows?has_key=featurecode").len(), 17);
    let main = s.rows("callflows?filter_name=MainCallflow");
    assert_eq!(main.len(), 1);
    assert_eq!(main[0]["numbers"], serde_json::json!(["0", "+14155550100"]));
    let listed = s.rows("callflows?filter_ui_is_main_number_cf=true");
    assert_eq!(listed.len(), 1, "the advanced callflow is offered on the main number");
    let (_, hotline) = s.get(&format!("callflows/{}", listed[0]["id"].as_str().unwrap_or_default()));
    assert_eq!(hotline["data"]["ui_metadata"]["origin"], "callflows");

    let (status, numbers) = s.get("phone_numbers");
    assert_eq!(status, 200, "{numbers}");
    assert_eq!(numbers["data"]["numbers"].as_object().map(|m| m.len()), Some(6));
    let cdrs = s.rows("cdrs");
    assert_eq!(cdrs.len(), 300);
    for (collection, count) in [("devices", 10), ("groups", 2), ("vmboxes", 10), ("temporal_rules", 6)] {
        if s.get(collection).0 == 200 {
            assert_eq!(s.rows(collection).len(), count, "{collection}");
        }
    }
}

#[test]
fn demo_seed_gives_the_reseller_a_tree_of_customers() {
    let s = Server::start(Seed::Demo);
    let (reseller, root) = login(s.addr, "Patchbay Reseller", "reseller", "reseller-pass");
    let get = |path: &str| {
        let r = call(s.addr, "GET", path, Some(&reseller), None).expect("GET");
        assert_eq!(r.status, 200, "{path}: {}", r.body);
        r.body
    };
    let names = |body: &Value| -> Vec<String> {
        body["data"].as_array().expect("rows").iter().filter_map(|r| r["name"].as_str().map(str::to_string)).collect()
    };
    let children = get(&format!("/v2/accounts/{root}/children?ascending=true"));
    assert_eq!(names(&children), ["Acme Dental", "Blue Harbor Law", "Demo Co", "Northwind Clinic"]);
    let acme = &children["data"][0];
    assert_eq!(acme["descendants_count"], 1);
    let acme_id = acme["id"].as_str().expect("id");
    assert_eq!(names(&get(&format!("/v2/accounts/{acme_id}/children"))), ["Acme Dental Uptown"]);
    assert_eq!(get(&format!("/v2/accounts/{root}/descendants"))["data"].as_array().map(Vec::len), Some(5));

    let account =
        |row: usize| get(&format!("/v2/accounts/{}", children["data"][row]["id"].as_str().unwrap_or_default()));
    let (blue, northwind) = (account(1), account(3));
    assert_eq!((&blue["data"]["language"], &blue["data"]["timezone"]), (&"fr-FR".into(), &"America/Toronto".into()));
    assert_eq!((&northwind["data"]["language"], &northwind["data"]["enabled"]), (&"es-ES".into(), &false.into()));
    assert!(account(0)["data"]["created"].as_i64() < northwind["data"]["created"].as_i64());

    // Their admins sign in with the default apps; the disabled clinic's cannot.
    let (dana, _) = login(s.addr, "Acme Dental", "dana@acme-dental.test", "dana-pass");
    let summary =
        call(s.addr, "GET", &format!("/v2/accounts/{acme_id}/services/summary"), Some(&dana), None).expect("GET");
    assert_eq!(summary.body["data"]["quantities"]["account"]["users"], serde_json::json!({"admin": 1, "user": 2}));
    assert_eq!(summary.body["data"]["quantities"]["account"]["limits"]["twoway_trunks"], 4);
    assert_eq!(summary.body["data"]["invoices"].as_array().map(Vec::len), Some(1));
    let md5 = {
        use md5::{Digest, Md5};
        hex::encode(Md5::digest(b"lucia@northwind-clinic.test:lucia-pass"))
    };
    let creds = serde_json::json!({"credentials": md5, "account_name": "Northwind Clinic"});
    let refused = call(s.addr, "PUT", "/v2/user_auth", None, Some(creds)).expect("PUT");
    assert_eq!(refused.body["data"]["account"]["disabled"]["message"], "account disabled", "{}", refused.body);
    let found = get("/v2/search?t=account&q=name&v=acme");
    assert_eq!(names(&found), ["Acme Dental Uptown", "Acme Dental"]);
}

#[test]
fn every_scale_collection_pages_each_document_exactly_once() {
    const USERS: usize = 2_000;
    let s = Server::start(Seed::Scale { users: USERS });
    let expected = [
        ("users", Some(USERS + 2)),
        // user callflows, 2 per group of ten, 4 menus + 4 labels + main, conference,
        // faxing, 17 feature codes
        ("callflows", Some(USERS + USERS / 10 * 2 + 28)),
        ("devices", Some(USERS)),
        ("vmboxes", Some(USERS + 1)),
        ("groups", Some(USERS / 10)),
        ("temporal_rules", None),
        ("temporal_rules_sets", None),
        ("menus", None),
        ("directories", None),
    ];
    let mut walked = Vec::new();
    for (collection, count) in expected {
        let Some(seen) = s.walk(collection) else {
            assert!(!["users", "callflows"].contains(&collection), "{collection} must be served");
            continue;
        };
        let all = s.rows(collection);
        assert_eq!(seen.len(), all.len(), "{collection}: paging and paginate=false disagree");
        if let Some(n) = count {
            assert_eq!(seen.len(), n, "{collection}");
        }
        walked.push(collection);
    }
    eprintln!("walked: {walked:?}");
}

#[test]
fn a_callflow_s_get_names_what_its_steps_point_at_each_once() {
    let s = Server::start(Seed::Demo);
    let user = s.rows("users").into_iter().find(|u| u["presence_id"] == "1001").expect("user 1001");
    let rule = s.rows("temporal_rules").into_iter().next().expect("a temporal rule");
    let (user_id, rule_id) = (user["id"].as_str().unwrap_or_default(), rule["id"].as_str().unwrap_or_default());
    let leaf = |id: &str| serde_json::json!({"module": "user", "data": {"id": id}, "children": {}});
    // The same user under every key, a rule id as a branch key, and ids that name nothing.
    let flow = serde_json::json!({"module": "temporal_route", "data": {}, "children": {
        rule_id: {"module": "menu", "data": {"id": "null"}, "children": {"1": leaf(user_id), "2": leaf(user_id), "3": leaf("null")}},
        "_": leaf(user_id)
    }});
    let body = serde_json::json!({"name": "Metadata", "numbers": ["2991"], "flow": flow});
    let path = format!("/v2/accounts/{}/callflows", s.account);
    let created = call(s.addr, "PUT", &path, Some(&s.token), Some(body)).expect("PUT");
    assert_eq!(created.status, 201, "{}", created.body);
    let (status, got) = s.get(&format!("callflows/{}", created.body["data"]["id"].as_str().unwrap_or_default()));
    assert_eq!(status, 200, "{got}");
    let metadata = got["data"]["metadata"].as_object().expect("metadata");
    let mut keys: Vec<&str> = metadata.keys().map(String::as_str).collect();
    keys.sort();
    let mut expected = vec![user_id, rule_id];
    expected.sort();
    assert_eq!(keys, expected, "{got}");
    let full_name = format!(
        "{} {}",
        user["first_name"].as_str().unwrap_or_default(),
        user["last_name"].as_str().unwrap_or_default()
    );
    assert_eq!(metadata[user_id]["name"], full_name.as_str());
    assert_eq!(metadata[user_id]["pvt_type"], "user");
    assert_eq!(metadata[rule_id]["name"], rule["name"]);
}
