//! A tiny blocking HTTP/1.1 client over `std::net`, so tests can drive a sandbox over a real
//! socket (in-process or a child process) without pulling an HTTP client crate into the
//! build. One request per connection (`Connection: close`), which also means a killed
//! server shows up as an I/O error on exactly the requests it never answered.

#![allow(dead_code)] // each test crate uses a different subset

use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

pub struct Reply {
    pub status: u16,
    pub body: Value,
}

pub fn call(
    addr: SocketAddr,
    method: &str,
    path: &str,
    token: Option<&str>,
    data: Option<Value>,
) -> std::io::Result<Reply> {
    let mut stream = TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(Duration::from_secs(60)))?;
    let body = data.map(|d| json!({ "data": d }).to_string()).unwrap_or_default();
    let auth = token.map(|t| format!("X-Auth-Token: {t}\r\n")).unwrap_or_default();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\n{auth}\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    stream.write_all(body.as_bytes())?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    parse(&raw).ok_or_else(|| std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "truncated HTTP response"))
}

fn parse(raw: &[u8]) -> Option<Reply> {
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = std::str::from_utf8(&raw[..split]).ok()?;
    let status = head.split_whitespace().nth(1)?.parse().ok()?;
    let mut payload = raw[split + 4..].to_vec();
    if head.to_ascii_lowercase().contains("transfer-encoding: chunked") {
        payload = dechunk(&payload)?;
    }
    let body = if payload.is_empty() { Value::Null } else { serde_json::from_slice(&payload).ok()? };
    Some(Reply { status, body })
}

fn dechunk(mut rest: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = rest.windows(2).position(|w| w == b"\r\n")?;
        let size = usize::from_str_radix(std::str::from_utf8(&rest[..line_end]).ok()?.trim(), 16).ok()?;
        if size == 0 {
            return Some(out);
        }
        let start = line_end + 2;
        out.extend_from_slice(rest.get(start..start + size)?);
        rest = rest.get(start + size + 2..)?;
    }
}

/// Signs in with username and password; returns `(token, account_id)`.
pub fn login(addr: SocketAddr, account: &str, user: &str, pass: &str) -> (String, String) {
    use md5::{Digest, Md5};
    let creds = hex::encode(Md5::digest(format!("{user}:{pass}").as_bytes()));
    let r = call(addr, "PUT", "/v2/user_auth", None, Some(json!({"credentials": creds, "account_name": account})))
        .expect("login request");
    assert_eq!(r.status, 201, "login: {}", r.body);
    let token = r.body["auth_token"].as_str().expect("auth_token").to_string();
    let account_id = r.body["data"]["account_id"].as_str().expect("account_id").to_string();
    (token, account_id)
}

/// The revision counter `N` of a CouchDB-style `N-<hash>` revision.
pub fn rev_number(reply: &Reply) -> u64 {
    reply.body["revision"].as_str().and_then(|r| r.split('-').next()).and_then(|n| n.parse().ok()).unwrap_or(0)
}
