//! SQLite persistence. Every document lives in one table keyed by (account, id), like an
//! account database in CouchDB; `pvt_type` selects a resource's documents. Adding a
//! resource therefore needs no migration.

use crate::doc;
use anyhow::Context;
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};

mod attachments;
mod lists;
pub use attachments::Attachment;

pub struct Store {
    conn: Mutex<Connection>,
    /// Bumped after every committed write transaction.
    generation: AtomicU64,
    /// Parsed `list` results by (account, type), valid while `generation` is unchanged.
    lists: Mutex<lists::ListCache>,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS docs (
    account_id TEXT NOT NULL,
    id         TEXT NOT NULL,
    pvt_type   TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    body       TEXT NOT NULL,
    PRIMARY KEY (account_id, id)
);
CREATE INDEX IF NOT EXISTS docs_by_type ON docs (pvt_type, account_id, deleted);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS attachments (
    account_id   TEXT NOT NULL,
    doc_id       TEXT NOT NULL,
    name         TEXT NOT NULL,
    content_type TEXT NOT NULL,
    bytes        BLOB NOT NULL,
    PRIMARY KEY (account_id, doc_id, name)
);
";

impl Store {
    pub fn open(path: &Path) -> anyhow::Result<Self> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
        let conn = Connection::open(path).with_context(|| format!("opening {}", path.display()))?;
        // WAL lets readers (another process, a second connection) run beside the writer.
        // The pragma answers the mode actually in force; some filesystems refuse WAL.
        let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
        anyhow::ensure!(mode.eq_ignore_ascii_case("wal"), "{} refused WAL mode (got {mode})", path.display());
        // An answered write must survive. In WAL mode a commit appends the transaction to the
        // -wal file with write(2) before returning, so even NORMAL keeps it across kill -9 (the
        // bytes sit in the OS page cache and the next open replays the WAL). NORMAL skips the
        // fsync per commit, though, so an OS crash or power cut could drop the last answered
        // transactions. FULL fsyncs the WAL on every commit: one fsync per write request,
        // cheap at sandbox rates, and bulk seeding stays fast because it is one transaction.
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.execute_batch(SCHEMA)?;
        Ok(Self { conn: Mutex::new(conn), generation: AtomicU64::new(0), lists: Mutex::new(HashMap::new()) })
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave SQLite inconsistent (each statement is
        // atomic), so a poisoned lock is safe to reuse.
        self.conn.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn is_empty(&self) -> anyhow::Result<bool> {
        let n: i64 = self.conn().query_row("SELECT COUNT(*) FROM docs", [], |r| r.get(0))?;
        Ok(n == 0)
    }

    pub fn meta_get(&self, key: &str) -> anyhow::Result<Option<String>> {
        Ok(self.conn().query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()?)
    }

    pub fn meta_set(&self, key: &str, value: &str) -> anyhow::Result<()> {
        self.conn().execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }

    /// A document, soft-deleted ones included (callers decide what deleted means).
    pub fn get(&self, account_id: &str, id: &str) -> anyhow::Result<Option<Value>> {
        let body: Option<String> = self
            .conn()
            .query_row("SELECT body FROM docs WHERE account_id = ?1 AND id = ?2", params![account_id, id], |r| r.get(0))
            .optional()?;
        body.map(|b| serde_json::from_str(&b).context("stored document is not JSON")).transpose()
    }

    /// A document that exists and is not soft-deleted.
    pub fn get_live(&self, account_id: &str, id: &str) -> anyhow::Result<Option<Value>> {
        Ok(self.get(account_id, id)?.filter(|d| d.get("pvt_deleted") != Some(&Value::Bool(true))))
    }

    /// Writes `doc` in its own transaction; see [`Batch::save`].
    pub fn save(&self, account_id: &str, doc: &mut Map<String, Value>) -> anyhow::Result<()> {
        self.batch(|b| b.save(account_id, doc))
    }

    /// Runs `work` in one write transaction: all of its saves land together or not at all,
    /// and a bulk load pays one commit instead of one per document. `work` must not call
    /// back into `self` (the connection is held for the duration).
    pub fn batch<T>(&self, work: impl FnOnce(&Batch<'_>) -> anyhow::Result<T>) -> anyhow::Result<T> {
        let mut conn = self.conn();
        // IMMEDIATE takes the write lock up front, so the revision check in `Batch::save`
        // and the write that follows it cannot be interleaved by another connection.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = work(&Batch { conn: &tx })?;
        tx.commit()?;
        // After the commit: a listing cached from before it no longer matches.
        self.generation.fetch_add(1, Ordering::SeqCst);
        Ok(out)
    }

    /// Live documents of one type across all accounts (the "accounts" database views).
    pub fn list_all(&self, pvt_type: &str) -> anyhow::Result<Vec<Value>> {
        self.query("SELECT body FROM docs WHERE pvt_type = ?1 AND deleted = 0", params![pvt_type])
    }

    fn query(&self, sql: &str, args: impl rusqlite::Params) -> anyhow::Result<Vec<Value>> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(sql)?;
        let rows = stmt.query_map(args, |r| r.get::<_, String>(0))?;
        rows.map(|body| Ok(serde_json::from_str(&body?)?)).collect()
    }
}

/// Another writer saved the document since it was read: CouchDB's 409 conflict.
#[derive(Debug, thiserror::Error)]
#[error("document {0} changed since it was read")]
pub struct Conflict(pub String);

/// Saves inside one [`Store::batch`] transaction.
pub struct Batch<'c> {
    conn: &'c Connection,
}

impl Batch<'_> {
    /// Writes `doc` (which must carry `_id` and `pvt_type`), stamping `_rev`,
    /// `pvt_account_id`, `pvt_created` (first save) and `pvt_modified`.
    ///
    /// A `doc` that carries `_rev` is an update of the revision it was read at, and fails
    /// with [`Conflict`] if another request saved a newer one in between, as CouchDB does;
    /// without that check two concurrent PATCHes would both write revision N+1 and the
    /// first one's change would be silently lost.
    pub fn save(&self, account_id: &str, doc: &mut Map<String, Value>) -> anyhow::Result<()> {
        let id = doc.get("_id").and_then(Value::as_str).context("document without _id")?.to_string();
        let pvt_type = doc.get("pvt_type").and_then(Value::as_str).context("document without pvt_type")?.to_string();
        if let Some(read_rev) = doc.get("_rev").and_then(Value::as_str) {
            let stored_rev: Option<Option<String>> = self
                .conn
                .prepare_cached("SELECT json_extract(body, '$._rev') FROM docs WHERE account_id = ?1 AND id = ?2")?
                .query_row(params![account_id, id], |r| r.get(0))
                .optional()?;
            if let Some(stored_rev) = stored_rev {
                if stored_rev.as_deref() != Some(read_rev) {
                    return Err(Conflict(id).into());
                }
            }
        }
        let now = doc::now_gregorian();
        let rev = doc::next_rev(doc.get("_rev").and_then(Value::as_str));
        doc.insert("_rev".into(), rev.into());
        doc.insert("pvt_account_id".into(), account_id.into());
        doc.entry("pvt_created").or_insert(now.into());
        doc.insert("pvt_modified".into(), now.into());
        let deleted = doc.get("pvt_deleted") == Some(&Value::Bool(true));
        let body = serde_json::to_string(doc)?;
        self.conn
            .prepare_cached(
                "INSERT INTO docs (account_id, id, pvt_type, deleted, body) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT(account_id, id) DO UPDATE
                 SET pvt_type = excluded.pvt_type, deleted = excluded.deleted, body = excluded.body",
            )?
            .execute(params![account_id, id, pvt_type, deleted, body])?;
        Ok(())
    }
}
