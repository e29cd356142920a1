//! Authentication: signed tokens, the login brute-force bucket, token restrictions, and
//! the auth endpoints' shared response body.

pub mod bucket;
pub mod response;
pub mod restrictions;
pub mod token;
