//! Patchbay sandbox: a Crossbar-compatible (KAZOO REST API) server on SQLite.
//!
//! `start` opens (and seeds) the database and serves in a spawned task; `router` builds
//! the same application for in-process tests (`tower::ServiceExt::oneshot`).

mod auth;
pub mod conformance;
pub mod csp;
mod ctx;
mod doc;
mod envelope;
mod http;
pub mod kazoo_schemas;
mod listing;
pub mod outbox;
mod pipeline;
mod provisioner;
mod reply;
mod resources;
mod schema;
mod seed;
mod serve;
mod state;
mod store;
mod validate;

pub use seed::Seed;
pub use serve::ClientAddr;
pub use state::{AppState, SharedState};

use serde::{Deserialize, Serialize};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Debug, Clone)]
pub struct Config {
    /// SQLite file (created if missing).
    pub db_path: PathBuf,
    /// Port 0 picks a free port.
    pub bind: SocketAddr,
    pub token_ttl_secs: u64,
    /// `false` runs like a bare KAZOO (no default template for `user` tokens).
    pub restrictions: bool,
    /// SPA dist folder served at `/` with index.html fallback.
    pub static_dir: Option<PathBuf>,
    /// Delete the database first.
    pub fresh: bool,
    /// What an empty database is seeded with (`Seed::Demo` by default).
    pub seed: Seed,
    /// Added to every response, for realistic demos and benchmarks.
    pub latency_ms: u64,
    /// `paginate=false` listings over more documents than this answer 416, like
    /// Crossbar's memory guard.
    pub max_unpaginated: usize,
    /// KAZOO's schemas folder, served at `/v2/schemas` (nothing there when `None`).
    pub kazoo_schemas: Option<PathBuf>,
    /// `/v2/about` leaves out `"sandbox": true`, as a real KAZOO would: for rehearsing
    /// what a console asks before writing to a production server.
    pub present_as_production: bool,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            db_path: PathBuf::from(".patchbay/sandbox.sqlite"),
            bind: SocketAddr::from(([127, 0, 0, 1], 8080)),
            token_ttl_secs: 3600,
            restrictions: true,
            static_dir: None,
            fresh: false,
            seed: Seed::Demo,
            latency_ms: 0,
            max_unpaginated: 5000,
            kazoo_schemas: None,
            present_as_production: false,
        }
    }
}

/// Ids and keys of the seeded demo data (empty strings when nothing was seeded).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DemoInfo {
    pub reseller_account_id: String,
    pub demo_account_id: String,
    pub demo_api_key: String,
    pub reseller_api_key: String,
    pub admin_user_id: String,
    pub alice_user_id: String,
}

pub struct Running {
    pub addr: SocketAddr,
    pub demo: DemoInfo,
    state: SharedState,
    shutdown: tokio::sync::oneshot::Sender<()>,
    task: tokio::task::JoinHandle<()>,
}

impl Running {
    /// The email the server would have sent, oldest first (see `outbox`).
    pub fn outbox(&self) -> Vec<outbox::Mail> {
        self.state.outbox.sent()
    }

    /// The live documents of one type (`user`, `vmbox`, `callflow`…) stored in an account,
    /// as the database holds them: what landed, for tests to check.
    pub fn stored(&self, account_id: &str, pvt_type: &str) -> anyhow::Result<Vec<serde_json::Value>> {
        Ok(self.state.store.list(account_id, pvt_type)?.as_ref().clone())
    }

    /// The live documents of one type in every account (accounts themselves, say).
    pub fn stored_everywhere(&self, pvt_type: &str) -> anyhow::Result<Vec<serde_json::Value>> {
        self.state.store.list_all(pvt_type)
    }

    /// Stops accepting connections, lets in-flight requests finish, and waits.
    pub async fn shutdown(self) {
        let _ = self.shutdown.send(());
        let _ = self.task.await;
    }
}

/// Opens the database (deleting it first with `fresh`), seeds it when asked and empty,
/// and returns the shared state with the demo ids.
pub fn open_state(config: &Config) -> anyhow::Result<(SharedState, DemoInfo)> {
    if config.fresh {
        for suffix in ["", "-wal", "-shm"] {
            let mut path = config.db_path.clone().into_os_string();
            path.push(suffix);
            match std::fs::remove_file(&path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
                _ => {}
            }
        }
    }
    let store = store::Store::open(&config.db_path)?;
    let seeded = if store.is_empty()? { seed::run(&store, config.seed)? } else { None };
    let demo = match seeded {
        Some(info) => info,
        None => seed::load_demo_info(&store)?.unwrap_or_default(),
    };
    let mut state = AppState::new(store, config.token_ttl_secs, config.restrictions)?;
    state.static_dir = config.static_dir.clone();
    state.latency_ms = config.latency_ms;
    state.max_unpaginated = config.max_unpaginated;
    state.kazoo_schemas = config.kazoo_schemas.clone();
    state.present_as_production = config.present_as_production;
    Ok((Arc::new(state), demo))
}

/// Adds one CDR document to an account's call history and returns its id (seeds and
/// tests; the API itself is read-only). See `resources::cdrs::insert_cdr` for the shape.
pub fn insert_cdr(state: &AppState, account_id: &str, cdr: serde_json::Value) -> anyhow::Result<String> {
    let cdr = cdr.as_object().cloned().ok_or_else(|| anyhow::anyhow!("a CDR is a JSON object"))?;
    resources::cdrs::insert_cdr(&state.store, account_id, cdr)
}

/// The whole application as an axum router.
pub fn router(state: SharedState) -> axum::Router {
    let static_dir = state.static_dir.clone();
    http::router(state, static_dir.as_deref())
}

/// Binds, seeds and serves in a spawned task.
pub async fn start(config: Config) -> anyhow::Result<Running> {
    let (state, demo) = {
        let config = config.clone();
        tokio::task::spawn_blocking(move || open_state(&config)).await??
    };
    let listener = serve::GuardedListener(tokio::net::TcpListener::bind(config.bind).await?);
    let addr = listener.0.local_addr()?;
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let app = router(state.clone()).into_make_service_with_connect_info::<serve::ClientAddr>();
    let task = tokio::spawn(async move {
        let served = axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = rx.await;
            })
            .await;
        if let Err(err) = served {
            tracing::error!(error = %err, "sandbox server stopped");
        }
    });
    Ok(Running { addr, demo, state, shutdown: tx, task })
}
