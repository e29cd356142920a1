//! Shared server state: the database, the signing keys and the settings handlers need.

use crate::auth::bucket::LoginBuckets;
use crate::auth::token::TokenKeys;
use crate::store::Store;
use std::sync::Arc;

pub struct AppState {
    pub store: Store,
    pub keys: TokenKeys,
    pub token_ttl_secs: u64,
    /// Apply the default template to `priv_level: "user"` tokens.
    pub restrictions: bool,
    pub logins: LoginBuckets,
    /// The `node` envelope key.
    pub node: String,
    /// SPA dist folder served outside `/v2`.
    pub static_dir: Option<std::path::PathBuf>,
    /// Milliseconds added to every response (`--latency-ms`).
    pub latency_ms: u64,
    /// Largest listing `paginate=false` may return before 416.
    pub max_unpaginated: usize,
    /// KAZOO's schemas folder (`--kazoo-schemas`), for `/v2/schemas`.
    pub kazoo_schemas: Option<std::path::PathBuf>,
    /// `/v2/about` does not say "sandbox" (`--present-as-production`).
    pub present_as_production: bool,
    /// Email the sandbox would have sent (`outbox`).
    pub outbox: crate::outbox::Outbox,
}

pub type SharedState = Arc<AppState>;

impl AppState {
    pub fn new(store: Store, token_ttl_secs: u64, restrictions: bool) -> anyhow::Result<Self> {
        let keys = TokenKeys::load_or_create(&store)?;
        Ok(Self {
            store,
            keys,
            token_ttl_secs,
            restrictions,
            logins: LoginBuckets::default(),
            node: "c2FuZGJveEBwYXRjaGJheQ".to_string(),
            static_dir: None,
            latency_ms: 0,
            max_unpaginated: 5000,
            kazoo_schemas: None,
            present_as_production: false,
            outbox: Default::default(),
        })
    }
}
