//! Moving a step (with everything below it) under another one, by drag and drop or by
//! the keyboard's Move / Move here: into the target's free default branch, or a menu's
//! first free key; never into itself.

use leptos::prelude::*;
use patchbay_monster::callflow::{Children, KeyKind, Node, Path};

use super::state::Editor;
use crate::i18n::t;

/// A menu's keys, in the order a new option takes them.
pub const MENU_KEYS: [&str; 13] = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "*", "timeout", "_"];

/// The branch a step moved or added under `parent` gets when the person does not pick
/// one: the default branch when free, a menu's first free key.
pub fn automatic_key(parent: &Node) -> Option<String> {
    if let Some(key) = parent.default_key() {
        return Some(key.to_string());
    }
    match patchbay_monster::callflow::actions::children_of(parent) {
        Children::Keyed(KeyKind::MenuDigits) => {
            MENU_KEYS.iter().find(|k| parent.child(k).is_none()).map(|k| k.to_string())
        }
        _ => None,
    }
}

pub fn move_under(editor: Editor, from: Path, to: Path) {
    if from == to {
        return;
    }
    let key = editor.flow.with_untracked(|f| f.node(&to).and_then(automatic_key));
    let Some(key) = key else {
        editor.said.set(Some(t("cf-error-choose-branch")));
        return;
    };
    if editor.edit(|f| f.move_to(&from, &to, &key).map(Some)) {
        editor.said.set(Some(t("cf-moved")));
    }
}
