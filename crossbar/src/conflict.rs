//! Two people editing one document: what each of them changed since the version both
//! started from, where those changes collide, and the writes that resolve it.
//!
//! Crossbar itself has no revision check on POST or PATCH, so the app sends the
//! revision it loaded as `If-Match` (a Crossbar on cowboy_rest answers 412 when it is
//! stale) and, when a save is refused, works out here what happened in between:
//! - `base`: the document as this tab last saw it;
//! - `theirs`: the document as it is stored now;
//! - `mine`: what this tab's write would make of `base`.
//!
//! A change is a leaf: a scalar or an array that differs, or a key that appeared or
//! went. Bookkeeping every app rewrites on each save (`ui_metadata`, `id`, `_read_only`)
//! is not a change anyone made on purpose and is left out.

use serde_json::{Map, Value};

/// One changed leaf: its path from the document's root and the values before and after
/// (`None` when absent).
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub path: Vec<String>,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

impl Change {
    /// `caller_id.internal.name`
    pub fn dotted(&self) -> String {
        self.path.join(".")
    }
}

/// What a stale write ran into.
#[derive(Debug, Clone, PartialEq)]
pub struct Collision {
    /// Changes stored since `base`.
    pub theirs: Vec<Change>,
    /// Changes this write makes to `base`.
    pub mine: Vec<Change>,
    /// Paths of mine that they changed too, to another value.
    pub overlapping: Vec<Vec<String>>,
    /// Paths of mine that they already changed the same way: nothing to send.
    pub already_there: Vec<Vec<String>>,
}

impl Collision {
    pub fn analyse(base: &Value, theirs: &Value, mine: &Value) -> Collision {
        let their_changes = changes(base, theirs);
        let my_changes = changes(base, mine);
        let overlapping = my_changes
            .iter()
            .filter(|m| {
                their_changes.iter().any(|t| related(&t.path, &m.path) && value_at(theirs, &m.path) != m.after.as_ref())
            })
            .map(|m| m.path.clone())
            .collect();
        let already_there = my_changes
            .iter()
            .filter(|m| value_at(theirs, &m.path) == m.after.as_ref())
            .map(|m| m.path.clone())
            .collect();
        Collision { theirs: their_changes, mine: my_changes, overlapping, already_there }
    }

    /// My changes still to send.
    fn to_send(&self) -> impl Iterator<Item = &Change> {
        self.mine.iter().filter(|m| !self.already_there.contains(&m.path))
    }

    pub fn overlaps(&self, path: &[String]) -> bool {
        self.overlapping.iter().any(|p| p == path)
    }

    /// The PATCH that puts all of my changes on the stored document ("keep mine"):
    /// where both changed a field mine wins, everything else they changed stays.
    pub fn keep_mine_patch(&self) -> Value {
        patch_of(self.to_send())
    }

    /// The PATCH that adds only my changes they did not touch ("merge"): where both
    /// changed a field theirs stays.
    pub fn merge_patch(&self) -> Value {
        patch_of(self.to_send().filter(|m| !self.overlaps(&m.path)))
    }
}

/// Whether one path is the other or lies inside it (`a` and `a.b` collide).
fn related(a: &[String], b: &[String]) -> bool {
    let n = a.len().min(b.len());
    a[..n] == b[..n]
}

fn value_at<'a>(doc: &'a Value, path: &[String]) -> Option<&'a Value> {
    path.iter().try_fold(doc, |v, key| v.as_object()?.get(key))
}

/// Keys that are not edits: bookkeeping each save rewrites, and what Crossbar adds.
fn is_bookkeeping(key: &str) -> bool {
    matches!(key, "ui_metadata" | "id" | "_read_only") || key.starts_with("pvt_")
}

/// Every leaf that differs between two documents, in key order of `after` then `before`.
pub fn changes(before: &Value, after: &Value) -> Vec<Change> {
    let mut out = Vec::new();
    walk(&mut Vec::new(), Some(before), Some(after), &mut out);
    out
}

fn walk(path: &mut Vec<String>, before: Option<&Value>, after: Option<&Value>, out: &mut Vec<Change>) {
    match (before, after) {
        (Some(Value::Object(b)), Some(Value::Object(a))) => {
            let keys = a.keys().chain(b.keys().filter(|k| !a.contains_key(*k)));
            let keys: Vec<&String> = keys.filter(|k| !(path.is_empty() && is_bookkeeping(k))).collect();
            for key in keys {
                path.push(key.clone());
                walk(path, b.get(key), a.get(key), out);
                path.pop();
            }
        }
        (b, a) if b == a => {}
        (b, a) => out.push(Change { path: path.clone(), before: b.cloned(), after: a.cloned() }),
    }
}

/// A merge-left PATCH setting each change's path to its new value (`null` removes).
fn patch_of<'a>(changes: impl Iterator<Item = &'a Change>) -> Value {
    let mut root = Map::new();
    for change in changes {
        let Some((last, parents)) = change.path.split_last() else { continue };
        let mut node = &mut root;
        for key in parents {
            let entry = node.entry(key.clone()).or_insert_with(|| Value::Object(Map::new()));
            if !entry.is_object() {
                *entry = Value::Object(Map::new());
            }
            node = entry.as_object_mut().expect("just made an object");
        }
        node.insert(last.clone(), change.after.clone().unwrap_or(Value::Null));
    }
    Value::Object(root)
}

/// KAZOO's `merge_left` as PATCH applies it: `null` removes, a non-empty object merges
/// key by key, an empty object, an array or a scalar replaces.
pub fn apply_patch(target: &Value, patch: &Value) -> Value {
    match (target, patch) {
        (Value::Object(t), Value::Object(p)) if !p.is_empty() => {
            let mut out = t.clone();
            for (key, value) in p {
                match value {
                    Value::Null => {
                        out.remove(key);
                    }
                    Value::Object(inner) if !inner.is_empty() => {
                        let merged = apply_patch(t.get(key).unwrap_or(&Value::Null), value);
                        out.insert(key.clone(), merged);
                    }
                    other => {
                        out.insert(key.clone(), other.clone());
                    }
                }
            }
            Value::Object(out)
        }
        (_, Value::Object(p)) if !p.is_empty() => apply_patch(&Value::Object(Map::new()), patch),
        (_, other) => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn paths(changes: &[Change]) -> Vec<String> {
        changes.iter().map(Change::dotted).collect()
    }

    #[test]
    fn changes_are_leaves_without_bookkeeping() {
        let before = json!({"first_name": "Alice", "caller_id": {"internal": {"name": "A", "number": "1001"}}, "ui_metadata": {"version": "1"}, "flags": ["a"]});
        let after = json!({"first_name": "Alice", "caller_id": {"internal": {"name": "B", "number": "1001"}}, "ui_metadata": {"version": "2"}, "flags": ["a", "b"], "email": "a@x.test"});
        assert_eq!(paths(&changes(&before, &after)), ["caller_id.internal.name", "flags", "email"]);
    }

    #[test]
    fn apply_patch_follows_merge_left() {
        let doc = json!({"a": {"b": 1, "c": 2}, "d": [1], "e": {"x": 1}, "f": 1});
        let patched = apply_patch(&doc, &json!({"a": {"b": 9}, "d": [2], "e": {}, "f": null, "g": {"h": 1}}));
        assert_eq!(patched, json!({"a": {"b": 9, "c": 2}, "d": [2], "e": {}, "g": {"h": 1}}));
    }

    #[test]
    fn two_admins_editing_one_user() {
        let base = json!({"first_name": "Alice", "last_name": "Liddell", "email": "alice@demo.test"});
        // They renamed her; this tab (with a form that sends both names) changed her
        // first name and e-mail.
        let theirs = json!({"first_name": "Alicia", "last_name": "Lid", "email": "alice@demo.test"});
        let mine =
            apply_patch(&base, &json!({"first_name": "Ally", "last_name": "Liddell", "email": "ally@demo.test"}));
        let c = Collision::analyse(&base, &theirs, &mine);
        assert_eq!(paths(&c.theirs), ["first_name", "last_name"]);
        assert_eq!(paths(&c.mine), ["first_name", "email"], "the unchanged last name is not mine to send");
        assert_eq!(c.overlapping, [vec!["first_name".to_string()]]);
        assert_eq!(c.keep_mine_patch(), json!({"first_name": "Ally", "email": "ally@demo.test"}));
        assert_eq!(c.merge_patch(), json!({"email": "ally@demo.test"}));
        assert_eq!(
            apply_patch(&theirs, &c.merge_patch()),
            json!({"first_name": "Alicia", "last_name": "Lid", "email": "ally@demo.test"}),
            "merging keeps both people's work"
        );
    }

    #[test]
    fn the_same_change_twice_is_no_collision_and_removals_collide_with_edits_inside() {
        let base = json!({"call_forward": {"enabled": false, "number": "1"}, "timezone": "UTC"});
        let theirs = json!({"timezone": "Europe/Paris"});
        let mine = json!({"call_forward": {"enabled": true, "number": "1"}, "timezone": "Europe/Paris"});
        let c = Collision::analyse(&base, &theirs, &mine);
        assert_eq!(c.overlapping, [vec!["call_forward".to_string(), "enabled".to_string()]]);
        assert_eq!(c.merge_patch(), json!({}));
        assert_eq!(c.keep_mine_patch(), json!({"call_forward": {"enabled": true}}));
    }
}
