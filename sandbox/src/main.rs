//! `patchbay-sandbox`: run the Crossbar-compatible sandbox until Ctrl-C.

use clap::Parser;
use patchbay_sandbox::{start, Config};
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(version, about = "Crossbar-compatible KAZOO sandbox on SQLite")]
struct Args {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    host: IpAddr,
    /// Port to listen on (0 picks a free one).
    #[arg(long, default_value_t = 8080)]
    port: u16,
    /// SQLite database file.
    #[arg(long, default_value = ".patchbay/sandbox.sqlite")]
    db: PathBuf,
    /// Delete the database and start over.
    #[arg(long)]
    fresh: bool,
    /// Token lifetime in seconds.
    #[arg(long = "token-ttl", default_value_t = 3600)]
    token_ttl: u64,
    /// Run like a bare KAZOO: no default restrictions for `user` tokens.
    #[arg(long)]
    no_restrictions: bool,
    /// Serve this SPA build folder at `/` (index.html for unknown paths).
    #[arg(long = "static")]
    static_dir: Option<PathBuf>,
    /// Do not seed the demo data into an empty database.
    #[arg(long)]
    no_seed: bool,
    /// Add this many milliseconds to every response.
    #[arg(long = "latency-ms", default_value_t = 0)]
    latency_ms: u64,
    /// `paginate=false` above this many documents answers 416, like Crossbar's memory guard.
    #[arg(long = "max-unpaginated", default_value_t = 5000)]
    max_unpaginated: usize,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "patchbay_sandbox=info".into()),
        )
        .init();
    let args = Args::parse();
    let config = Config {
        db_path: args.db.clone(),
        bind: SocketAddr::new(args.host, args.port),
        token_ttl_secs: args.token_ttl,
        restrictions: !args.no_restrictions,
        static_dir: args.static_dir,
        fresh: args.fresh,
        seed: !args.no_seed,
        latency_ms: args.latency_ms,
        max_unpaginated: args.max_unpaginated,
    };
    let running = start(config).await?;
    let demo = &running.demo;
    println!("Patchbay sandbox listening on http://{}/", running.addr);
    println!("  Crossbar API: http://{}/v2", running.addr);
    println!("  Database:     {}", args.db.display());
    if !demo.demo_account_id.is_empty() {
        println!("Demo logins (account / username / password):");
        println!("  Patchbay Reseller / reseller / reseller-pass   (admin, reseller)");
        println!("  Demo Co / admin / admin-pass                   (admin)");
        println!("  Demo Co / alice / alice-pass                   (user)");
        println!("API keys:");
        println!("  Patchbay Reseller: {}", demo.reseller_api_key);
        println!("  Demo Co:           {}", demo.demo_api_key);
    }
    println!("Press Ctrl-C to stop.");
    tokio::signal::ctrl_c().await?;
    println!("Stopping…");
    running.shutdown().await;
    Ok(())
}
