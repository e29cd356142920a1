//! Advanced Callflows (monster-ui-callflows): a callflow's `flow` as an editable tree,
//! the actions the editor offers and the `data` each writes, how a save is built, and
//! which callflows the list hides. Browser-free; the Callflows section draws and edits
//! through here (see `docs/compatibility.md#callflows`).

pub mod account_settings;
pub mod actions;
pub mod caption;
pub mod entity;
pub mod feature_codes;
pub mod history;
pub mod list;
pub mod media;
pub mod ring_group;
pub mod save;
pub mod time_of_day;
pub mod tree;

pub use actions::{action_for, Action, Category, Children, KeyKind, ACTIONS};
pub use history::History;
pub use tree::{EditError, Flow, Node, Path};
