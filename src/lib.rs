//! Patchbay: a web console for KAZOO, talking to Crossbar straight from the browser.
//!
//! Layout: `api` is the one Crossbar client (every request goes through it and is
//! recorded for the inspector), `session` is who is signed in, `routes` has one
//! module per page, `components` the reusable pieces (each with its CSS beside it),
//! `i18n` all user-visible text. Browser-free logic lives in the `patchbay-crossbar`
//! crate and is tested natively.

pub mod api;
mod app;
pub mod branding;
pub mod components;
pub mod config;
pub mod hooks;
pub mod i18n;
pub mod routes;
pub mod session;

pub use app::App;
