//! Reusable pieces, one folder each with its CSS beside it.

pub mod conflict_dialog;
pub mod dialog_focus;
pub mod doc_links;
pub mod error_notice;
pub mod form;
pub mod inspector;
pub mod loaded;
pub mod paged_table;
pub mod reauth_dialog;
pub mod section_intro;
