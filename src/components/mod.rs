//! Reusable pieces, one folder each with its CSS beside it.

pub mod confirm;
pub mod conflict_dialog;
pub mod dialog;
pub mod doc_links;
pub mod download;
pub mod environment;
pub mod error_notice;
pub mod feature;
pub mod flash;
pub mod form;
pub mod inspector;
pub mod leave_guard;
pub mod loaded;
pub mod media_file;
pub mod media_player;
pub mod media_select;
pub mod media_upload;
pub mod paged_table;
pub mod reauth_dialog;
pub mod recorder;
pub mod section_intro;
pub mod voicemail_messages;
