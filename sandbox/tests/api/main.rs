//! Behaviour a Crossbar client sees, driven through the real router.

mod auth;
mod bad_input;
mod callflows;
mod limits;
mod listings;
mod media;
mod phone_numbers;
mod resources;
mod support;
