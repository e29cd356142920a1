//! Parsed `list` results by (account, type), reused until the next write, and what
//! callers derive from them (a collection's sort order, a search view's keys): a large
//! account otherwise re-parses and re-sorts every document on every page.

use super::Store;
use serde_json::Value;
use std::any::Any;
use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::{Arc, MutexGuard};

/// (account id, `pvt_type`).
type ListKey = (String, String);

type Derived = Arc<dyn Any + Send + Sync>;

/// One cached listing: the generation it was read at, its documents, and values derived
/// from exactly these documents by name.
pub struct CachedList {
    generation: u64,
    docs: Arc<Vec<Value>>,
    derived: HashMap<&'static str, Derived>,
}

pub type ListCache = HashMap<ListKey, CachedList>;

impl Store {
    fn lists(&self) -> MutexGuard<'_, ListCache> {
        self.lists.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Live documents of one type in one account.
    ///
    /// Parsed results are reused until the next write. The generation is read before the
    /// query, so a write committing meanwhile only makes the entry look older than it is
    /// (a miss next time), never newer. The documents are shared, not copied: cloning a
    /// large account's documents on every request cost more than the query it saves.
    pub fn list(&self, account_id: &str, pvt_type: &str) -> anyhow::Result<Arc<Vec<Value>>> {
        let generation = self.generation.load(Ordering::SeqCst);
        let key = (account_id.to_string(), pvt_type.to_string());
        if let Some(cached) = self.lists().get(&key).filter(|c| c.generation == generation) {
            return Ok(Arc::clone(&cached.docs));
        }
        let docs = Arc::new(self.query(
            "SELECT body FROM docs WHERE pvt_type = ?1 AND account_id = ?2 AND deleted = 0",
            rusqlite::params![pvt_type, account_id],
        )?);
        let entry = CachedList { generation, docs: Arc::clone(&docs), derived: HashMap::new() };
        self.lists().insert(key, entry);
        Ok(docs)
    }

    /// `list` together with `derive(documents)`, computed once per cached listing and
    /// kept under `name` until the documents change. `name` must always derive the same
    /// type from the same documents.
    pub fn list_derived<T: Any + Send + Sync>(
        &self,
        account_id: &str,
        pvt_type: &str,
        name: &'static str,
        derive: impl FnOnce(&[Value]) -> T,
    ) -> anyhow::Result<(Arc<Vec<Value>>, Arc<T>)> {
        let docs = self.list(account_id, pvt_type)?;
        let key = (account_id.to_string(), pvt_type.to_string());
        // Only an entry still holding these very documents may answer for them.
        let same_docs = |c: &&mut CachedList| Arc::ptr_eq(&c.docs, &docs);
        let cached = self.lists().get_mut(&key).filter(same_docs).and_then(|c| c.derived.get(name).cloned());
        if let Some(found) = cached.and_then(|d| d.downcast::<T>().ok()) {
            return Ok((docs, found));
        }
        // Derived outside the lock: other listings need not wait for it.
        let derived = Arc::new(derive(&docs));
        if let Some(entry) = self.lists().get_mut(&key).filter(same_docs) {
            entry.derived.insert(name, Arc::clone(&derived) as Derived);
        }
        Ok((docs, derived))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::cell::Cell;

    fn save(store: &Store, id: &str) {
        let mut doc = json!({"_id": id, "pvt_type": "user"}).as_object().cloned().unwrap_or_default();
        store.save("a", &mut doc).expect("save");
    }

    #[test]
    fn derived_values_last_until_the_next_write() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(&dir.path().join("s.sqlite")).expect("open");
        save(&store, "u1");
        let runs = Cell::new(0);
        let count = |docs: &[Value]| {
            runs.set(runs.get() + 1);
            docs.len()
        };
        assert_eq!(*store.list_derived("a", "user", "count", count).expect("list").1, 1);
        assert_eq!(*store.list_derived("a", "user", "count", count).expect("list").1, 1);
        assert_eq!(runs.get(), 1, "reused while nothing was written");
        save(&store, "u2");
        let (docs, derived) = store.list_derived("a", "user", "count", count).expect("list");
        assert_eq!((docs.len(), *derived, runs.get()), (2, 2, 2), "derived again from the new documents");
    }
}
