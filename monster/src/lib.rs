//! What Smart PBX (Monster UI's `voip` app) writes and how it recognises its own
//! documents, in one place (`docs/compatibility.md` lists the formats and their public sources). Patchbay builds every
//! Smart-PBX-equivalent document through here, so that the real Smart PBX and
//! Callflows apps keep working on what Patchbay writes. Browser-free; tested with
//! plain `cargo test` against documents written exactly as `docs/compatibility.md` shows.

pub mod account;
pub mod bootstrap;
pub mod call_handling;
pub mod callflow;
pub mod classify;
pub mod dashboard;
pub mod device;
pub mod directory;
pub mod doctor;
pub mod feature_codes;
pub mod flow;
pub mod holiday_calendar;
pub mod holidays;
pub mod hours;
pub mod main_number;
pub mod names;
pub mod number_failover;
pub mod number_features;
pub mod patch;
pub mod phone;
pub mod port_request;
pub mod provisioned_phone;
pub mod ring_group;
pub mod ring_group_features;
pub mod stamp;
pub mod used_by;
pub mod user;
pub mod user_conference;
pub mod user_delete;
pub mod user_faxbox;
pub mod user_features;
pub mod user_listing;
pub mod user_numbers;
pub mod user_recording;
pub mod user_ringing;
pub mod vmbox;

pub use stamp::{stamp, UiMetadata};
