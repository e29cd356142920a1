//! What a node and a branch are called on screen (monster-ui-callflows: each action's
//! `caption` and `key_caption`): the name of what the node points at, from the
//! `metadata` map Crossbar returns with a callflow (`cb_callflows.erl` `get_metadata`,
//! `{id: {name, numbers, pvt_type}}`), or words from the node's own data.

use serde_json::Value;

use super::actions::{children_of, Children, KeyKind};
use super::tree::Node;

/// A node's caption.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Caption {
    /// A name: the target's (`metadata[id].name`) or the node's own (`data.name`).
    Name(String),
    /// The numbers of a callflow the node goes to.
    Numbers(Vec<String>),
    /// A time-of-day route's zone; `None` is the account's.
    Timezone(Option<String>),
    /// Nothing to say beyond the action's name.
    None,
}

fn metadata_of<'a>(metadata: &'a Value, id: &str) -> Option<&'a Value> {
    metadata.get(id).filter(|_| !id.is_empty() && id != "null")
}

pub fn caption(node: &Node, metadata: &Value) -> Caption {
    let data = &node.data;
    let text = |key: &str| data.get(key).and_then(Value::as_str).filter(|s| !s.is_empty()).map(str::to_string);
    match node.module.as_str() {
        "ring_group" | "page_group" => return text("name").map_or(Caption::None, Caption::Name),
        "temporal_route" if data.get("action").is_none() => return Caption::Timezone(text("timezone")),
        _ => {}
    }
    let id = text("id").or_else(|| text("callflow_id")).or_else(|| text("owner_id"));
    let Some(meta) = id.as_deref().and_then(|id| metadata_of(metadata, id)) else { return Caption::None };
    if node.module == "callflow" || node.module == "ring_group_toggle" {
        let numbers = patchbay_crossbar::json::strings(meta.get("numbers"));
        if !numbers.is_empty() {
            return Caption::Numbers(numbers);
        }
    }
    meta.get("name")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .map_or(Caption::None, |n| Caption::Name(n.into()))
}

/// A branch's label, under its parent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BranchCaption {
    /// The only branch of a one-child action: no label.
    Next,
    /// A menu's `_`: "Default action".
    DefaultAction,
    /// A menu's `timeout`.
    Timeout,
    /// A menu key: a digit or `*`.
    Key(String),
    /// A time-of-day route's `_`: "All other times".
    AllOtherTimes,
    /// A rule or set, by name (its id when it has none in `metadata`).
    Rule(String),
    /// A branch-variable's `_`: "Default".
    Default,
    /// Any other key, as stored.
    Value(String),
}

pub fn branch_caption(parent: &Node, key: &str, metadata: &Value) -> BranchCaption {
    match (children_of(parent), key) {
        (Children::One, _) => BranchCaption::Next,
        (Children::Keyed(KeyKind::MenuDigits), "_") => BranchCaption::DefaultAction,
        (Children::Keyed(KeyKind::MenuDigits), "timeout") => BranchCaption::Timeout,
        (Children::Keyed(KeyKind::MenuDigits), k) => BranchCaption::Key(k.to_string()),
        (Children::Keyed(KeyKind::TemporalRules), "_") => BranchCaption::AllOtherTimes,
        (Children::Keyed(KeyKind::TemporalRules), id) => BranchCaption::Rule(
            metadata_of(metadata, id).and_then(|m| m.get("name")).and_then(Value::as_str).unwrap_or(id).to_string(),
        ),
        (_, "_") => BranchCaption::Default,
        (_, k) => BranchCaption::Value(k.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn captions_come_from_metadata_or_the_node_s_own_data() {
        let metadata = json!({
            "u1": {"name": "Ada Admin", "pvt_type": "user"},
            "cf2": {"name": "Sales line", "numbers": ["3000"], "pvt_type": "callflow"},
            "r1": {"name": "Weekdays", "pvt_type": "temporal_rule"}
        });
        let n = |module: &str, data: Value| Node::new(module, data);
        assert_eq!(caption(&n("user", json!({"id": "u1"})), &metadata), Caption::Name("Ada Admin".into()));
        assert_eq!(caption(&n("user", json!({"id": "null"})), &metadata), Caption::None);
        assert_eq!(caption(&n("callflow", json!({"id": "cf2"})), &metadata), Caption::Numbers(vec!["3000".into()]));
        assert_eq!(caption(&n("ring_group", json!({"name": "Sales"})), &metadata), Caption::Name("Sales".into()));
        assert_eq!(caption(&n("temporal_route", json!({})), &metadata), Caption::Timezone(None));
        let menu = n("menu", json!({"id": "m"}));
        assert_eq!(branch_caption(&menu, "_", &metadata), BranchCaption::DefaultAction);
        assert_eq!(branch_caption(&menu, "1", &metadata), BranchCaption::Key("1".into()));
        let route = n("temporal_route", json!({}));
        assert_eq!(branch_caption(&route, "r1", &metadata), BranchCaption::Rule("Weekdays".into()));
        assert_eq!(branch_caption(&route, "_", &metadata), BranchCaption::AllOtherTimes);
        assert_eq!(branch_caption(&n("user", json!({"id": "u1"})), "_", &metadata), BranchCaption::Next);
        assert_eq!(
            branch_caption(&n("cidlistmatch", json!({})), "match", &metadata),
            BranchCaption::Value("match".into())
        );
    }
}
