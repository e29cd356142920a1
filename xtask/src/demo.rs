//! `cargo xtask demo [--port N] [--fresh] [--token-ttl SECS]`: build the SPA in release mode and
//! run the sandbox in the foreground, serving it and Crossbar under `/v2`.

use std::process::Command;

use anyhow::Result;

use crate::tools::Tools;
use crate::{cmd, display, project_root, Args};

pub fn run(args: &[String]) -> Result<()> {
    let mut args = Args::new(args);
    let port: u16 = args.value("--port")?.unwrap_or(8080);
    let fresh = args.flag("--fresh");
    let token_ttl: Option<u64> = args.value("--token-ttl")?;
    args.finish()?;

    let tools = Tools::ensure()?;
    let dist = tools.build_spa()?;

    let data_dir = project_root().join(".patchbay");
    std::fs::create_dir_all(&data_dir)?;
    let mut sandbox = cmd("cargo");
    sandbox
        .args(["run", "--release", "-p", "patchbay-sandbox", "--"])
        .arg("--static")
        .arg(&dist)
        .args(["--port", &port.to_string()])
        .arg("--db")
        .arg(data_dir.join("demo.sqlite"));
    if fresh {
        sandbox.arg("--fresh");
    }
    if let Some(ttl) = token_ttl {
        sandbox.args(["--token-ttl", &ttl.to_string()]);
    }
    // KAZOO's schemas, where the machine has them beside the project: the sandbox serves
    // them at /v2/schemas, and the Callflows editor checks steps edited as JSON with them.
    let schemas = project_root().join("../shared/kazoo/schemas");
    if schemas.join("callflows.json").is_file() {
        sandbox.arg("--kazoo-schemas").arg(schemas);
    }
    foreground(sandbox)
}

/// Replaces this process with `cmd` (cargo in turn execs the sandbox), so Ctrl-C reaches the
/// sandbox directly and its exit status becomes ours.
fn foreground(mut cmd: Command) -> Result<()> {
    use std::os::unix::process::CommandExt;
    eprintln!("$ {}", display(&cmd));
    let err = cmd.exec();
    Err(anyhow::anyhow!(err).context(format!("could not start `{}`", display(&cmd))))
}
