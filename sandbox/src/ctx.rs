//! The parsed request every resource handler works on.

use crate::auth::token::Claims;
use crate::state::AppState;
use axum::http::HeaderMap;
use serde_json::{Map, Value};

/// The HTTP verbs Crossbar routes (OPTIONS is answered before routing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    Get,
    Put,
    Post,
    Patch,
    Delete,
}

impl Verb {
    pub fn parse(s: &str) -> Option<Self> {
        match s.to_ascii_uppercase().as_str() {
            "GET" | "HEAD" => Some(Self::Get),
            "PUT" => Some(Self::Put),
            "POST" => Some(Self::Post),
            "PATCH" => Some(Self::Patch),
            "DELETE" => Some(Self::Delete),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Get => "GET",
            Self::Put => "PUT",
            Self::Post => "POST",
            Self::Patch => "PATCH",
            Self::Delete => "DELETE",
        }
    }

    pub fn has_body(self) -> bool {
        matches!(self, Self::Put | Self::Post | Self::Patch)
    }
}

/// One path noun and its arguments: `/accounts/A/users/U` is `[accounts [A], users [U]]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Noun {
    pub name: String,
    pub args: Vec<String>,
}

/// Who is calling, once the token has been checked. Everything here comes from the
/// server's own state (the signed token's ids, the stored account and user), never from
/// what the request says about itself.
pub struct Caller {
    pub claims: Claims,
    pub account: Value,
    /// The token owner's user document (absent for API-key tokens).
    pub user: Option<Value>,
    /// The sandbox's template for `priv_level: user` callers (`auth::access`), when the
    /// server runs with restrictions. Like KAZOO 4.3+ (`cb_token_restrictions`
    /// `get_auth_restrictions/1`), it is worked out again on every request from the user's
    /// current `priv_level`; nothing in the token or the login body chooses it.
    pub template: Option<Value>,
}

impl Caller {
    pub fn account_id(&self) -> &str {
        &self.claims.account_id
    }

    pub fn owner_id(&self) -> Option<&str> {
        self.claims.owner_id.as_deref()
    }

    /// API-key tokens count as admin (doc/token_restrictions.md).
    pub fn is_admin(&self) -> bool {
        match &self.user {
            Some(user) => user.get("priv_level").and_then(Value::as_str) == Some("admin"),
            None => true,
        }
    }

    /// Whether the caller is a `priv_level: user` under the sandbox's self-service
    /// rules: reads of other people's things are cut down to a directory view, and
    /// writes are limited to what a user may change on their own documents.
    pub fn self_service(&self) -> bool {
        self.template.is_some()
    }

    /// Whether a document owned by `owner` is the caller's own.
    pub fn owns(&self, owner: Option<&str>) -> bool {
        owner.is_some() && owner == self.owner_id()
    }
}

pub struct Ctx<'a> {
    pub state: &'a AppState,
    pub verb: Verb,
    pub nouns: Vec<Noun>,
    pub query: Vec<(String, String)>,
    /// The request envelope's `data` (`{}` when there was no body).
    pub data: Value,
    pub envelope: Map<String, Value>,
    pub caller: Option<Caller>,
    /// The account named in the path, loaded before authentication.
    pub account: Option<Value>,
    /// The client's address (from the connection; `None` in in-process tests). Never
    /// taken from a header a client could forge.
    pub client: Option<std::net::IpAddr>,
    /// `scheme://host` of the request, for URLs in responses.
    pub base_url: String,
    /// The request path, for `Location` headers.
    pub path: String,
    /// Request headers, for binary uploads (`Content-Type`) and downloads (`Accept`).
    pub headers: &'a HeaderMap,
    /// The raw request body; only binary-accepting resources read it.
    pub body: &'a [u8],
}

impl Ctx<'_> {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn query(&self, key: &str) -> Option<&str> {
        self.query.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    pub fn data_object(&self) -> Map<String, Value> {
        self.data.as_object().cloned().unwrap_or_default()
    }

    pub fn account_id(&self) -> Option<&str> {
        self.account.as_ref().and_then(|a| a.get("_id")).and_then(Value::as_str)
    }

    /// Arguments of the last noun (the one handling the request).
    pub fn args(&self) -> &[String] {
        self.nouns.last().map(|n| n.args.as_slice()).unwrap_or(&[])
    }
}
