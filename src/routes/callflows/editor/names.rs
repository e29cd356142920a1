//! What steps and branches are called on screen: the action's name ("User", "Menu"),
//! what it points at ("Ada Admin"), and the branch it hangs on ("Key 1", "All other
//! times") — one sentence per step for the tree's accessible names.

use patchbay_monster::callflow::caption::{branch_caption, caption, BranchCaption, Caption};
use patchbay_monster::callflow::{action_for, Action, Node};
use patchbay_monster::feature_codes::FeatureCode;
use serde_json::Value;

use super::super::number_text;
use crate::i18n::{arg, t, t_or, t_with};

/// An action's name in the palette and on its steps.
pub fn action_name(action: &Action) -> String {
    t_or(&format!("cf-action-{}", FeatureCode::label_key(action.key)), action.key)
}

/// A step's action name; a module Patchbay has no form for says its module.
pub fn step_name(node: &Node) -> String {
    match action_for(node) {
        Some(action) => action_name(action),
        None if node.raw.is_some() => t("cf-unreadable-step"),
        None => t_with("cf-other-module", &[("module", arg(node.module.clone()))]),
    }
}

/// What the step points at, in words; empty when there is nothing to add.
pub fn step_caption(node: &Node, metadata: &Value) -> String {
    match caption(node, metadata) {
        Caption::Name(name) => name,
        Caption::Numbers(numbers) => numbers.iter().map(|n| number_text(n)).collect::<Vec<_>>().join(", "),
        Caption::Timezone(Some(zone)) => zone,
        Caption::Timezone(None) => t("cf-default-timezone"),
        Caption::None => match node.data.get("id").and_then(Value::as_str) {
            Some("null") => t("cf-not-chosen"),
            _ => String::new(),
        },
    }
}

/// The label of the branch a step hangs on; `None` for the only branch of a step.
pub fn branch_text(parent: &Node, key: &str, metadata: &Value) -> Option<String> {
    Some(match branch_caption(parent, key, metadata) {
        BranchCaption::Next => return None,
        BranchCaption::DefaultAction => t("cf-branch-default-action"),
        BranchCaption::Timeout => t("cf-branch-timeout"),
        BranchCaption::Key(k) => t_with("cf-branch-key", &[("key", arg(k))]),
        BranchCaption::AllOtherTimes => t("cf-branch-all-other-times"),
        BranchCaption::Rule(name) => name,
        BranchCaption::Default => t("cf-branch-default"),
        BranchCaption::Value(v) => t_with("cf-branch-value", &[("value", arg(v))]),
    })
}
