//! What a multi-request operation needs from the network: one Crossbar request at a
//! time, answered with a parsed envelope or a typed error. The app's client (an
//! inspector action scope, which records, re-authenticates and writes conditionally)
//! is one transport; the tests' in-process sandbox router is another, so Smart PBX's
//! operations (`patchbay-smartpbx`) are tested natively with plain `cargo test`.

use std::future::Future;
use std::pin::Pin;

use serde_json::{json, Value};

use crate::{CrossbarError, Envelope};

/// One request's answer, on its way. Boxed: every request of the app is awaited as this
/// one type, so an operation's state machine holds a pointer instead of the whole
/// request machinery inline, and the wrappers below add no state machines of their own
/// (see README, "Bundle budget").
pub type Reply<'a> = Pin<Box<dyn Future<Output = Result<Envelope, CrossbarError>> + 'a>>;

/// A way to Crossbar. `data` is the request's `data` (the transport wraps it in the
/// request envelope); paths are below the `/v2` root (`accounts/{id}/users`).
// The futures are not `Send`: the app runs on the browser's one thread, the tests on one too.
pub trait Transport {
    fn send<'a>(&'a self, method: &'a str, path: &'a str, data: Option<Value>) -> Reply<'a>;

    fn get<'a>(&'a self, path: &'a str) -> Reply<'a> {
        self.send("GET", path, None)
    }

    /// GET taking its path by value, for building many requests to run at once.
    fn get_owned(&self, path: String) -> Reply<'_> {
        Box::pin(async move { self.send("GET", &path, None).await })
    }

    fn put<'a>(&'a self, path: &'a str, data: Value) -> Reply<'a> {
        self.send("PUT", path, Some(data))
    }

    fn post<'a>(&'a self, path: &'a str, data: Value) -> Reply<'a> {
        self.send("POST", path, Some(data))
    }

    fn patch<'a>(&'a self, path: &'a str, data: Value) -> Reply<'a> {
        self.send("PATCH", path, Some(data))
    }

    /// DELETE with a body: Monster's SDK sends `{"data": {"ui_metadata": …}}` with every
    /// delete (monster-ui `src/js/lib/jquery.kazoosdk.js` `request`).
    fn delete_with<'a>(&'a self, path: &'a str, data: Value) -> Reply<'a> {
        self.send("DELETE", path, Some(data))
    }

    fn delete<'a>(&'a self, path: &'a str) -> Reply<'a> {
        self.send("DELETE", path, Some(json!({})))
    }
}

impl<T: Transport + ?Sized> Transport for &T {
    fn send<'a>(&'a self, method: &'a str, path: &'a str, data: Option<Value>) -> Reply<'a> {
        (**self).send(method, path, data)
    }
}
