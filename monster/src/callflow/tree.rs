//! A callflow's `flow`: nodes of `{module, data, children}`, children keyed by branch
//! (monster-ui-callflows `app.js` `buildFlow`, `getUIFlow`). Everything a node holds is
//! kept as loaded — its whole `data`, keys beside `module`/`data`/`children`, nodes of
//! modules the editor has no form for, the order of branches — so a flow written by
//! another app comes back out as it went in. (Monster drops a node it has no editor for,
//! subtree and all, and saves the rest.)

use serde_json::{Map, Value};

use super::actions::{children_of, Children};

/// Where a node is: the branch keys from the root node down to it (`[]` is the root).
pub type Path = Vec<String>;

/// One step of the flow.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub module: String,
    /// As stored, whole (`Value::Null` when the node had none).
    pub data: Value,
    /// Branch key → child, in the order they were stored or added.
    pub children: Vec<(String, Node)>,
    /// Keys of the node other than `module`, `data` and `children`.
    pub rest: Map<String, Value>,
    /// A child that is not a node at all, kept verbatim.
    pub raw: Option<Value>,
}

/// What an edit could not do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// No node at that path.
    NotFound,
    /// The parent already has a branch with this key.
    KeyTaken(String),
    /// The parent's action takes no (more) children.
    NoChildAllowed,
    /// A node cannot move into its own subtree.
    IntoItself,
    /// The flow already starts with a node.
    RootTaken,
    /// A branch key may not be empty.
    EmptyKey,
}

impl Node {
    /// A fresh node of an action: `{module, data}` with no children.
    pub fn new(module: &str, data: Value) -> Node {
        Node { module: module.to_string(), data, children: Vec::new(), rest: Map::new(), raw: None }
    }

    pub fn from_json(v: &Value) -> Node {
        let Some(obj) = v.as_object().filter(|o| o.get("module").is_some_and(Value::is_string)) else {
            return Node { raw: Some(v.clone()), ..Node::new("", Value::Null) };
        };
        let mut rest = obj.clone();
        let module = rest.remove("module").and_then(|m| m.as_str().map(str::to_string)).unwrap_or_default();
        let data = rest.remove("data").unwrap_or(Value::Null);
        let children = match rest.remove("children") {
            Some(Value::Object(children)) => children.iter().map(|(k, c)| (k.clone(), Node::from_json(c))).collect(),
            Some(other) => {
                // Not an object of branches: kept as it came.
                rest.insert("children".into(), other);
                Vec::new()
            }
            None => Vec::new(),
        };
        Node { module, data, children, rest, raw: None }
    }

    /// The node as stored. Every node has `children`, `{}` for a leaf, as Monster writes.
    pub fn to_json(&self) -> Value {
        if let Some(raw) = &self.raw {
            return raw.clone();
        }
        let mut obj = self.rest.clone();
        obj.insert("module".into(), Value::String(self.module.clone()));
        if !self.data.is_null() {
            obj.insert("data".into(), self.data.clone());
        }
        if !obj.contains_key("children") {
            let children: Map<String, Value> = self.children.iter().map(|(k, c)| (k.clone(), c.to_json())).collect();
            obj.insert("children".into(), Value::Object(children));
        }
        Value::Object(obj)
    }

    /// Turned off (`data.skip_module: true`): the call passes on to the `_` branch.
    pub fn disabled(&self) -> bool {
        self.data.get("skip_module").and_then(Value::as_bool).unwrap_or(false)
    }

    /// This node and every node below it.
    pub fn count(&self) -> usize {
        1 + self.children.iter().map(|(_, c)| c.count()).sum::<usize>()
    }

    pub fn child(&self, key: &str) -> Option<&Node> {
        self.children.iter().find(|(k, _)| k == key).map(|(_, c)| c)
    }

    fn child_mut(&mut self, key: &str) -> Option<&mut Node> {
        self.children.iter_mut().find(|(k, _)| k == key).map(|(_, c)| c)
    }

    /// Whether `key` may be added as a new branch of this node.
    fn may_add(&self, key: &str) -> Result<(), EditError> {
        if key.is_empty() {
            return Err(EditError::EmptyKey);
        }
        if self.child(key).is_some() {
            return Err(EditError::KeyTaken(key.to_string()));
        }
        match children_of(self) {
            Children::None => Err(EditError::NoChildAllowed),
            Children::One if !self.children.is_empty() || key != "_" => Err(EditError::NoChildAllowed),
            _ => Ok(()),
        }
    }

    /// The key a new child gets when none is chosen: `_` when free, else none (the
    /// person picks one, for menus and time-of-day routes).
    pub fn default_key(&self) -> Option<&'static str> {
        (self.child("_").is_none() && self.may_add("_").is_ok()).then_some("_")
    }
}

/// The flow being edited: empty, or a root node.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Flow {
    pub root: Option<Node>,
}

impl Flow {
    /// From a stored `flow` (an empty object or absent means an empty flow).
    pub fn from_json(flow: Option<&Value>) -> Flow {
        match flow {
            Some(v) if v.as_object().is_some_and(|o| !o.is_empty()) => Flow { root: Some(Node::from_json(v)) },
            _ => Flow::default(),
        }
    }

    /// As stored: `{}` when empty (Monster's save does the same).
    pub fn to_json(&self) -> Value {
        self.root.as_ref().map_or_else(|| Value::Object(Map::new()), Node::to_json)
    }

    pub fn node(&self, path: &[String]) -> Option<&Node> {
        let mut node = self.root.as_ref()?;
        for key in path {
            node = node.child(key)?;
        }
        Some(node)
    }

    fn node_mut(&mut self, path: &[String]) -> Option<&mut Node> {
        let mut node = self.root.as_mut()?;
        for key in path {
            node = node.child_mut(key)?;
        }
        Some(node)
    }

    pub fn count(&self) -> usize {
        self.root.as_ref().map_or(0, Node::count)
    }

    /// The first node of an empty flow.
    pub fn start_with(&mut self, node: Node) -> Result<Path, EditError> {
        if self.root.is_some() {
            return Err(EditError::RootTaken);
        }
        self.root = Some(node);
        Ok(vec![])
    }

    /// `node` as the `key` branch of the node at `parent`.
    pub fn add(&mut self, parent: &[String], key: &str, node: Node) -> Result<Path, EditError> {
        let at = self.node_mut(parent).ok_or(EditError::NotFound)?;
        at.may_add(key)?;
        at.children.push((key.to_string(), node));
        Ok(path_to(parent, key))
    }

    /// `node` in the place of the node at `path`, which becomes its `_` branch.
    pub fn insert_above(&mut self, path: &[String], node: Node) -> Result<(), EditError> {
        node.may_add("_")?;
        let slot = match path.split_last() {
            None => self.root.as_mut(),
            Some((key, parent)) => self.node_mut(parent).and_then(|p| p.child_mut(key)),
        }
        .ok_or(EditError::NotFound)?;
        let below = std::mem::replace(slot, node);
        slot.children.push(("_".into(), below));
        Ok(())
    }

    /// Takes the node at `path` (and everything below it) out of the flow.
    pub fn remove(&mut self, path: &[String]) -> Result<Node, EditError> {
        match path.split_last() {
            None => self.root.take().ok_or(EditError::NotFound),
            Some((key, parent)) => {
                let parent = self.node_mut(parent).ok_or(EditError::NotFound)?;
                let at = parent.children.iter().position(|(k, _)| k == key).ok_or(EditError::NotFound)?;
                Ok(parent.children.remove(at).1)
            }
        }
    }

    /// Moves the node at `from` (with its subtree) to be the `key` branch of `to`;
    /// nothing changes when it cannot.
    pub fn move_to(&mut self, from: &[String], to: &[String], key: &str) -> Result<Path, EditError> {
        if from.is_empty() || to.starts_with(from) {
            return Err(EditError::IntoItself);
        }
        let mut next = self.clone();
        let node = next.remove(from)?;
        let path = next.add(to, key, node)?;
        *self = next;
        Ok(path)
    }

    /// The branch at `path` under another key of the same parent.
    pub fn rekey(&mut self, path: &[String], key: &str) -> Result<Path, EditError> {
        let Some((old, parent_path)) = path.split_last() else { return Err(EditError::NotFound) };
        if old == key {
            return Ok(path.to_vec());
        }
        let parent = self.node_mut(parent_path).ok_or(EditError::NotFound)?;
        if key.is_empty() {
            return Err(EditError::EmptyKey);
        }
        if parent.child(key).is_some() {
            return Err(EditError::KeyTaken(key.to_string()));
        }
        let entry = parent.children.iter_mut().find(|(k, _)| k == old).ok_or(EditError::NotFound)?;
        entry.0 = key.to_string();
        Ok(path_to(parent_path, key))
    }

    /// Turns a node off or on again (`data.skip_module`, `false` when re-enabled, as
    /// Monster writes it).
    pub fn set_disabled(&mut self, path: &[String], disabled: bool) -> Result<(), EditError> {
        let node = self.node_mut(path).ok_or(EditError::NotFound)?;
        if !node.data.is_object() {
            node.data = Value::Object(Map::new());
        }
        if let Value::Object(data) = &mut node.data {
            data.insert("skip_module".into(), Value::Bool(disabled));
        }
        Ok(())
    }

    /// A node's new `data`, from its editor.
    pub fn set_data(&mut self, path: &[String], data: Value) -> Result<(), EditError> {
        self.node_mut(path).ok_or(EditError::NotFound)?.data = data;
        Ok(())
    }

    /// Every node with its path, depth first in branch order (the tree's reading order).
    pub fn walk(&self) -> Vec<(Path, &Node)> {
        let mut out = Vec::with_capacity(self.count());
        if let Some(root) = &self.root {
            walk_into(root, Vec::new(), &mut out);
        }
        out
    }
}

fn walk_into<'a>(node: &'a Node, path: Path, out: &mut Vec<(Path, &'a Node)>) {
    out.push((path.clone(), node));
    for (key, child) in &node.children {
        walk_into(child, path_to(&path, key), out);
    }
}

fn path_to(parent: &[String], key: &str) -> Path {
    let mut path = parent.to_vec();
    path.push(key.to_string());
    path
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn p(keys: &[&str]) -> Path {
        keys.iter().map(|k| k.to_string()).collect()
    }

    fn menu_flow() -> Flow {
        Flow::from_json(Some(&json!({
            "module": "menu", "data": {"id": "m1"}, "children": {
                "1": {"module": "user", "data": {"id": "u1", "timeout": "20", "can_call_self": false}, "children": {}},
                "_": {"module": "voicemail", "data": {"id": "v1"}, "children": {}}
            }
        })))
    }

    #[test]
    fn unknown_modules_odd_keys_and_non_node_children_come_back_as_they_went_in() {
        let stored = json!({
            "module": "cidlistmatch", "data": {"id": "l1", "weird": [1, {"x": null}]}, "note": "kept",
            "children": {
                "match": {"module": "park", "data": {"action": "auto", "default_ringback_timeout": 120000}, "children": {
                    "_": {"module": "transfer", "data": {"target": "2000", "skip_module": true}, "children": {}}
                }},
                "nomatch": "not a node"
            }
        });
        assert_eq!(Flow::from_json(Some(&stored)).to_json(), stored);
        // A leaf without `children` gets `{}` (as Monster writes every node); a node
        // without `data` gets none.
        assert_eq!(
            Node::from_json(&json!({"module": "hangup"})).to_json(),
            json!({"module": "hangup", "children": {}})
        );
    }

    #[test]
    fn an_empty_flow_is_an_empty_object() {
        assert_eq!(Flow::from_json(Some(&json!({}))).to_json(), json!({}));
        assert_eq!(Flow::from_json(None).root, None);
    }

    #[test]
    fn adding_respects_each_action_s_children() {
        let mut f = menu_flow();
        // A menu takes keyed branches, never the same key twice.
        assert_eq!(f.add(&[], "2", Node::new("device", json!({"id": "d1"}))), Ok(p(&["2"])));
        assert_eq!(f.add(&[], "2", Node::new("play", json!({}))), Err(EditError::KeyTaken("2".into())));
        assert_eq!(f.add(&[], "", Node::new("play", json!({}))), Err(EditError::EmptyKey));
        // A user takes one `_` child; a receive-fax none.
        assert_eq!(f.add(&p(&["1"]), "_", Node::new("receive_fax", json!({}))), Ok(p(&["1", "_"])));
        assert_eq!(f.add(&p(&["1"]), "_", Node::new("play", json!({}))), Err(EditError::KeyTaken("_".into())));
        assert_eq!(f.add(&p(&["1", "_"]), "_", Node::new("play", json!({}))), Err(EditError::NoChildAllowed));
        assert_eq!(f.add(&p(&["9"]), "_", Node::new("play", json!({}))), Err(EditError::NotFound));
        assert_eq!(f.count(), 5);
    }

    #[test]
    fn inserting_above_a_node_makes_it_the_new_node_s_default_branch() {
        let mut f = menu_flow();
        f.insert_above(&p(&["1"]), Node::new("play", json!({"id": "greeting"}))).unwrap();
        assert_eq!(f.node(&p(&["1"])).unwrap().module, "play");
        assert_eq!(f.node(&p(&["1", "_"])).unwrap().data["id"], "u1");
        f.insert_above(&[], Node::new("temporal_route", json!({}))).unwrap();
        assert_eq!(f.node(&p(&["_", "1", "_"])).unwrap().module, "user");
        // A terminal action cannot go above anything.
        assert_eq!(f.insert_above(&[], Node::new("pivot", json!({}))), Err(EditError::NoChildAllowed));
    }

    #[test]
    fn moving_a_subtree_never_into_itself_and_never_half_way() {
        let mut f = menu_flow();
        f.add(&p(&["_"]), "_", Node::new("play", json!({}))).unwrap();
        assert_eq!(f.move_to(&p(&["_"]), &p(&["_", "_"]), "_"), Err(EditError::IntoItself));
        assert_eq!(f.move_to(&[], &p(&["1"]), "_"), Err(EditError::IntoItself));
        let before = f.clone();
        // The menu already has a `1`: nothing moves.
        assert_eq!(f.move_to(&p(&["_"]), &[], "1"), Err(EditError::KeyTaken("1".into())));
        assert_eq!(f, before);
        assert_eq!(f.move_to(&p(&["_"]), &[], "2"), Ok(p(&["2"])));
        assert_eq!(f.node(&p(&["2", "_"])).unwrap().module, "play");
        assert!(f.node(&p(&["_"])).is_none());
    }

    #[test]
    fn removing_rekeying_and_turning_off() {
        let mut f = menu_flow();
        assert_eq!(f.rekey(&p(&["1"]), "timeout"), Ok(p(&["timeout"])));
        assert_eq!(f.rekey(&p(&["timeout"]), "_"), Err(EditError::KeyTaken("_".into())));
        f.set_disabled(&p(&["timeout"]), true).unwrap();
        assert!(f.node(&p(&["timeout"])).unwrap().disabled());
        f.set_disabled(&p(&["timeout"]), false).unwrap();
        assert_eq!(f.node(&p(&["timeout"])).unwrap().data["skip_module"], json!(false));
        let removed = f.remove(&p(&["_"])).unwrap();
        assert_eq!(removed.module, "voicemail");
        assert_eq!(f.walk().iter().map(|(path, _)| path.clone()).collect::<Vec<_>>(), vec![p(&[]), p(&["timeout"])]);
        f.remove(&[]).unwrap();
        assert_eq!(f.to_json(), json!({}));
        assert_eq!(f.start_with(Node::new("user", json!({}))), Ok(vec![]));
        assert_eq!(f.start_with(Node::new("user", json!({}))), Err(EditError::RootTaken));
    }
}
