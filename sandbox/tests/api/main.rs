//! Behaviour a Crossbar client sees, driven through the real router.

mod apps_and_branding;
mod auth;
mod bad_input;
mod callflows;
mod cdrs;
mod devices;
mod limits;
mod listings;
mod media;
mod pbx_collections;
mod phone_numbers;
mod resources;
mod stamped_deletes;
mod support;
mod vmboxes;
