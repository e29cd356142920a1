//! Authentication: signed tokens, the login brute-force bucket, token restrictions, and
//! the auth endpoints' shared response body.

pub mod access;
pub mod bucket;
pub mod response;
pub mod restrictions;
pub mod self_service;
pub mod token;
