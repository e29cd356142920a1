//! `kill -9` during writes loses no acknowledged write: the real binary is started as a
//! child process, hammered with creates and patches over HTTP, SIGKILLed mid-stream,
//! restarted on the same database, and every write that got its 201/200 must be there.

mod common;

use common::{call, login};
use serde_json::json;
use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const WRITERS: usize = 8;
/// Acknowledged writes to wait for before pulling the plug.
const ACKS_BEFORE_KILL: usize = 120;

/// Starts the sandbox on `db` and reads its address from the banner.
fn spawn(db: &Path) -> (Child, SocketAddr) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_patchbay-sandbox"))
        .args(["--port", "0", "--db"])
        .arg(db)
        .env("RUST_LOG", "patchbay_sandbox=warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the sandbox binary");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let addr = loop {
        let line = lines.next().expect("sandbox exited before listening").expect("read stdout");
        if let Some(rest) = line.strip_prefix("Patchbay sandbox listening on http://") {
            break rest.trim_end_matches('/').parse().expect("address in banner");
        }
    };
    // Keep draining stdout so the child never blocks on a full pipe.
    std::thread::spawn(move || lines.for_each(drop));
    (child, addr)
}

#[derive(Default)]
struct Acks {
    /// user id → last name it was created with
    created: HashMap<String, String>,
    /// user id → highest `seq` a PATCH was acknowledged for
    patched: HashMap<String, u64>,
}

fn writer(addr: SocketAddr, token: String, users: String, me: usize, acks: Arc<Mutex<Acks>>, count: Arc<AtomicUsize>) {
    for i in 0u64.. {
        let last_name = format!("W{me}-{i}");
        let body = json!({"first_name": "Durable", "last_name": last_name});
        let Ok(r) = call(addr, "PUT", &users, Some(&token), Some(body)) else { return };
        assert_eq!(r.status, 201, "{}", r.body);
        let id = r.body["data"]["id"].as_str().expect("id").to_string();
        acks.lock().unwrap().created.insert(id.clone(), last_name);
        count.fetch_add(1, Ordering::SeqCst);
        for seq in 1..=3 {
            let path = format!("{users}/{id}");
            let Ok(r) = call(addr, "PATCH", &path, Some(&token), Some(json!({"seq": seq}))) else { return };
            assert_eq!(r.status, 200, "{}", r.body);
            acks.lock().unwrap().patched.insert(id.clone(), seq);
            count.fetch_add(1, Ordering::SeqCst);
        }
    }
}

#[test]
fn sigkill_mid_write_loses_no_acknowledged_write() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("sandbox.sqlite");
    let (mut child, addr) = spawn(&db);
    let (token, account_id) = login(addr, "Demo Co", "admin", "admin-pass");
    let users = format!("/v2/accounts/{account_id}/users");

    let acks = Arc::new(Mutex::new(Acks::default()));
    let count = Arc::new(AtomicUsize::new(0));
    let writers: Vec<_> = (0..WRITERS)
        .map(|me| {
            let (token, users, acks, count) = (token.clone(), users.clone(), acks.clone(), count.clone());
            std::thread::spawn(move || writer(addr, token, users, me, acks, count))
        })
        .collect();
    let deadline = Instant::now() + Duration::from_secs(120);
    while count.load(Ordering::SeqCst) < ACKS_BEFORE_KILL {
        assert!(Instant::now() < deadline, "the sandbox acknowledged too few writes");
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().expect("SIGKILL"); // std's kill is SIGKILL on Unix
    child.wait().expect("reap");
    for w in writers {
        w.join().expect("writer thread");
    }

    let (mut child, addr) = spawn(&db);
    let (token, _) = login(addr, "Demo Co", "admin", "admin-pass");
    let acks = acks.lock().unwrap();
    assert!(acks.created.len() >= WRITERS, "every writer got at least one create through");
    for (id, last_name) in &acks.created {
        let r = call(addr, "GET", &format!("{users}/{id}"), Some(&token), None).expect("GET");
        assert_eq!(r.status, 200, "acknowledged create of {id} is gone: {}", r.body);
        assert_eq!(r.body["data"]["last_name"], last_name.as_str());
        // A later PATCH may have landed without its answer; an acknowledged one never regresses.
        let seq = r.body["data"]["seq"].as_u64().unwrap_or(0);
        assert!(seq >= acks.patched.get(id).copied().unwrap_or(0), "acknowledged PATCH of {id} lost");
    }
    child.kill().expect("stop the restarted sandbox");
    child.wait().expect("reap");
}
