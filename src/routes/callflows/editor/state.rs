//! What the editor holds while a callflow is edited: the flow (every change through
//! `edit`, so each can be undone), the selected step, and what Crossbar said about the
//! ids in the flow (`metadata`: names for captions).

use leptos::prelude::*;
use patchbay_monster::callflow::{EditError, Flow, History, Path};
use serde_json::Value;

use crate::i18n::{t, t_with};

#[derive(Clone, Copy)]
pub struct Editor {
    pub flow: RwSignal<Flow>,
    history: StoredValue<History<Flow>>,
    /// Bumped by every edit, undo and redo: the Undo / Redo buttons follow it.
    revision: RwSignal<u64>,
    pub selected: RwSignal<Option<Path>>,
    pub metadata: RwSignal<Value>,
    /// A step being moved (keyboard "Move", or a drag), until it is put somewhere.
    pub moving: RwSignal<Option<Path>>,
    /// What the last edit did or why it could not, for the status line.
    pub said: RwSignal<Option<String>>,
    /// While a made-elsewhere callflow is only being looked at.
    pub read_only: RwSignal<bool>,
    /// Steps whose branches are hidden (the tree's Left key, or "Fold branches").
    pub folded: RwSignal<Vec<Path>>,
}

impl Editor {
    pub fn new(flow: Flow, metadata: Value, read_only: bool) -> Editor {
        let selected = flow.root.as_ref().map(|_| Vec::new());
        Editor {
            flow: RwSignal::new(flow),
            history: StoredValue::new(History::default()),
            revision: RwSignal::new(0),
            selected: RwSignal::new(selected),
            metadata: RwSignal::new(metadata),
            moving: RwSignal::new(None),
            said: RwSignal::new(None),
            read_only: RwSignal::new(read_only),
            folded: RwSignal::new(Vec::new()),
        }
    }

    /// One change of the flow, recorded for Undo; nothing changes when it fails, and
    /// the status line says why.
    pub fn edit(&self, change: impl FnOnce(&mut Flow) -> Result<Option<Path>, EditError>) -> bool {
        if self.read_only.get_untracked() {
            return false;
        }
        let mut next = self.flow.get_untracked();
        let before = next.clone();
        match change(&mut next) {
            Ok(select) => {
                self.history.update_value(|h| h.record(before));
                self.flow.set(next);
                self.revision.update(|r| *r += 1);
                if let Some(path) = select {
                    self.selected.set(Some(path));
                }
                true
            }
            Err(e) => {
                self.said.set(Some(edit_error_text(&e)));
                false
            }
        }
    }

    pub fn undo(&self) {
        let now = self.flow.get_untracked();
        if let Some(before) = self.history.try_update_value(|h| h.undo(now)).flatten() {
            self.restore(before, "cf-undone");
        }
    }

    pub fn redo(&self) {
        let now = self.flow.get_untracked();
        if let Some(after) = self.history.try_update_value(|h| h.redo(now)).flatten() {
            self.restore(after, "cf-redone");
        }
    }

    fn restore(&self, flow: Flow, message: &str) {
        // The selection may point at a step that is not there any more.
        let keep = self.selected.with_untracked(|s| s.as_ref().is_some_and(|p| flow.node(p).is_some()));
        if !keep {
            self.selected.set(flow.root.as_ref().map(|_| Vec::new()));
        }
        self.flow.set(flow);
        self.revision.update(|r| *r += 1);
        self.said.set(Some(t(message)));
    }

    /// Hides (or shows again) a step's branches; the step keeps the focus.
    pub fn fold(&self, path: Path, fold: bool) {
        self.folded.update(|f| {
            f.retain(|p| *p != path);
            if fold {
                f.push(path.clone());
            }
        });
        let focus = path.clone();
        set_timeout(move || super::tree::focus_step(&focus), std::time::Duration::from_millis(0));
    }

    pub fn can_undo(&self) -> bool {
        self.revision.track();
        self.history.with_value(History::can_undo)
    }

    pub fn can_redo(&self) -> bool {
        self.revision.track();
        self.history.with_value(History::can_redo)
    }

    /// After a save: what is on screen is what is stored; Undo starts from here.
    pub fn saved(&self) {
        self.history.update_value(History::clear);
        self.revision.update(|r| *r += 1);
    }
}

pub fn edit_error_text(e: &EditError) -> String {
    match e {
        EditError::NotFound => t("cf-error-not-found"),
        EditError::KeyTaken(key) => t_with("cf-error-key-taken", &[("key", crate::i18n::arg(key.clone()))]),
        EditError::NoChildAllowed => t("cf-error-no-child"),
        EditError::IntoItself => t("cf-error-into-itself"),
        EditError::RootTaken => t("cf-error-root-taken"),
        EditError::EmptyKey => t("cf-error-empty-key"),
    }
}
