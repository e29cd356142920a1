//! Browser-free logic of the Patchbay Crossbar client.
//!
//! Everything here compiles for native and wasm32 targets and is tested with plain
//! `cargo test`: parsing Crossbar's envelopes and error shapes, hashing login
//! credentials, decoding token claims, recording exchanges for the API inspector,
//! redacting secrets, generating curl commands and mapping paths to documentation.

pub mod catalogue;
pub mod conflict;
pub mod credentials;
pub mod csv;
pub mod docs;
pub mod envelope;
pub mod error;
pub mod gating;
pub mod har;
pub mod inspector;
pub mod json;
pub mod jwt;
pub mod names;
pub mod order;
pub mod paging;
pub mod path;
pub mod redact;
pub mod reproduce;
pub mod schema_seed;
pub mod search;
pub mod snippet;
pub mod transport;

pub use envelope::{Envelope, Paging};
pub use error::{CrossbarError, FieldError};
pub use transport::{Reply, Transport};
