//! Behaviour a Crossbar client sees, driven through the real router.

mod accounts_tree;
mod apps_and_branding;
mod auth;
mod bad_input;
mod callflows;
mod cdrs;
mod conditional_writes;
mod devices;
mod limits;
mod listings;
mod media;
mod messages;
mod pbx_collections;
mod phone_numbers;
mod port_requests;
mod presence;
mod recovery;
mod resources;
mod schemas;
mod security_logins;
mod security_reads;
mod security_writes;
mod served_app;
mod stamped_deletes;
mod support;
mod vmboxes;
