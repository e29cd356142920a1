//! Behaviour a Crossbar client sees, driven through the real router.

mod auth;
mod bad_input;
mod listings;
mod resources;
mod support;
