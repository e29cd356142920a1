//! Many clients at once: 16 concurrent clients create users and PATCH a few shared ones
//! over real sockets. Every acknowledged write must be stored, and each shared user's
//! revision counter must equal its creation plus exactly the PATCHes that were answered
//! 200 (a lost update would leave the counter short; racing PATCHes get 409 instead).

mod common;

use common::{call, login, rev_number};
use patchbay_sandbox::{start, Config};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::net::SocketAddr;

const CLIENTS: usize = 16;
const CREATES_PER_CLIENT: usize = 5;
const PATCHES_PER_CLIENT: usize = 12;
const SHARED_USERS: usize = 3;

/// What one client saw acknowledged.
#[derive(Default)]
struct Seen {
    created: Vec<String>,
    /// shared user id → keys whose PATCH was answered 200
    patched: HashMap<String, Vec<String>>,
    conflicts: usize,
}

fn client(addr: SocketAddr, token: &str, users: &str, me: usize, shared: &[String]) -> Seen {
    let mut seen = Seen::default();
    for i in 0..PATCHES_PER_CLIENT {
        if i < CREATES_PER_CLIENT {
            let body = json!({"first_name": format!("C{me}"), "last_name": format!("N{i}")});
            let r = call(addr, "PUT", users, Some(token), Some(body)).expect("PUT");
            assert_eq!(r.status, 201, "{}", r.body);
            seen.created.push(r.body["data"]["id"].as_str().expect("id").to_string());
        }
        let target = &shared[(me + i) % shared.len()];
        let key = format!("k_{me}_{i}");
        let r = call(addr, "PATCH", &format!("{users}/{target}"), Some(token), Some(json!({ key.clone(): true })))
            .expect("PATCH");
        match r.status {
            200 => seen.patched.entry(target.clone()).or_default().push(key),
            409 => seen.conflicts += 1,
            other => panic!("PATCH answered {other}: {}", r.body),
        }
    }
    seen
}

#[test]
fn concurrent_clients_keep_every_acknowledged_write() {
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(4).enable_all().build().expect("runtime");
    let config = Config {
        db_path: dir.path().join("sandbox.sqlite"),
        bind: SocketAddr::from(([127, 0, 0, 1], 0)),
        ..Config::default()
    };
    let running = runtime.block_on(start(config)).expect("start sandbox");
    let addr = running.addr;
    let (token, account_id) = login(addr, "Demo Co", "admin", "admin-pass");
    let users = format!("/v2/accounts/{account_id}/users");
    let count_users = || {
        let r = call(addr, "GET", &format!("{users}?paginate=false"), Some(&token), None).expect("list");
        r.body["data"].as_array().map(Vec::len).unwrap_or(0)
    };
    let before = count_users();
    let shared: Vec<String> = (0..SHARED_USERS)
        .map(|i| {
            let body = json!({"first_name": "Shared", "last_name": format!("S{i}")});
            let r = call(addr, "PUT", &users, Some(&token), Some(body)).expect("PUT");
            r.body["data"]["id"].as_str().expect("id").to_string()
        })
        .collect();

    let seen: Vec<Seen> = std::thread::scope(|s| {
        let (token, users, shared) = (&token, &users, &shared);
        let handles: Vec<_> = (0..CLIENTS).map(|me| s.spawn(move || client(addr, token, users, me, shared))).collect();
        handles.into_iter().map(|h| h.join().expect("client thread")).collect()
    });

    for id in seen.iter().flat_map(|s| &s.created) {
        let r = call(addr, "GET", &format!("{users}/{id}"), Some(&token), None).expect("GET");
        assert_eq!(r.status, 200, "acknowledged create {id} missing");
    }
    assert_eq!(count_users(), before + SHARED_USERS + CLIENTS * CREATES_PER_CLIENT);
    let mut answered = 0;
    for id in &shared {
        let acked: Vec<&String> = seen.iter().flat_map(|s| s.patched.get(id).into_iter().flatten()).collect();
        let r = call(addr, "GET", &format!("{users}/{id}"), Some(&token), None).expect("GET");
        for key in &acked {
            assert_eq!(r.body["data"][key.as_str()], Value::Bool(true), "acknowledged PATCH {key} on {id} lost");
        }
        assert_eq!(rev_number(&r), 1 + acked.len() as u64, "revision counter of {id}");
        answered += acked.len();
    }
    let conflicts: usize = seen.iter().map(|s| s.conflicts).sum();
    assert_eq!(answered + conflicts, CLIENTS * PATCHES_PER_CLIENT);
    runtime.block_on(running.shutdown());
}
