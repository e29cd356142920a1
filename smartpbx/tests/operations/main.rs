//! Smart PBX's multi-request operations run natively against the sandbox's real
//! router, in-process (no socket, no browser): what lands in the database after each,
//! and what is left when a step fails.

mod accounts;
mod groups;
mod main_number;
mod numbers;
mod personal;
mod porting;
mod support;
mod user_voicemail;
mod users;
mod vmboxes;
