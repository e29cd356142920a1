//! What a multi-request operation needs from the network: one Crossbar request at a
//! time, answered with a parsed envelope or a typed error. The app's client (an
//! inspector action scope, which records, re-authenticates and writes conditionally)
//! is one transport; the tests' in-process sandbox router is another, so Smart PBX's
//! operations (`patchbay-smartpbx`) are tested natively with plain `cargo test`.

use serde_json::{json, Value};

use crate::{CrossbarError, Envelope};

/// A way to Crossbar. `data` is the request's `data` (the transport wraps it in the
/// request envelope); paths are below the `/v2` root (`accounts/{id}/users`).
// The futures are not `Send`: the app runs on the browser's one thread, the tests on one too.
#[allow(async_fn_in_trait)]
pub trait Transport {
    async fn send(&self, method: &str, path: &str, data: Option<Value>) -> Result<Envelope, CrossbarError>;

    async fn get(&self, path: &str) -> Result<Envelope, CrossbarError> {
        self.send("GET", path, None).await
    }

    /// GET taking its path by value, for building many requests to run at once.
    async fn get_owned(&self, path: String) -> Result<Envelope, CrossbarError> {
        self.send("GET", &path, None).await
    }

    async fn put(&self, path: &str, data: Value) -> Result<Envelope, CrossbarError> {
        self.send("PUT", path, Some(data)).await
    }

    async fn post(&self, path: &str, data: Value) -> Result<Envelope, CrossbarError> {
        self.send("POST", path, Some(data)).await
    }

    async fn patch(&self, path: &str, data: Value) -> Result<Envelope, CrossbarError> {
        self.send("PATCH", path, Some(data)).await
    }

    /// DELETE with a body: Monster's SDK sends `{"data": {"ui_metadata": …}}` with every
    /// delete (monster-ui `src/js/lib/jquery.kazoosdk.js` `request`).
    async fn delete_with(&self, path: &str, data: Value) -> Result<Envelope, CrossbarError> {
        self.send("DELETE", path, Some(data)).await
    }

    async fn delete(&self, path: &str) -> Result<Envelope, CrossbarError> {
        self.send("DELETE", path, Some(json!({}))).await
    }
}

impl<T: Transport + ?Sized> Transport for &T {
    async fn send(&self, method: &str, path: &str, data: Option<Value>) -> Result<Envelope, CrossbarError> {
        (**self).send(method, path, data).await
    }
}
