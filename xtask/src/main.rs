//! `cargo xtask`: Patchbay's build and test orchestration, written in Rust so that a fresh
//! clone needs nothing but a Rust toolchain (plus Node/npm for wasm-opt and, for the tests,
//! Chromium). See `cargo xtask help`.
//!
//! One module per subcommand (`demo`, `dist`, `test`, `conformance`, `bench`); `tools` installs whatever is missing.

mod bench;
mod conformance;
mod demo;
mod dist;
mod locales;
mod split;
mod styles;
mod test;
mod tidy;
mod tools;

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::{bail, Context, Result};

const HELP: &str = "\
cargo xtask — Patchbay build and test tasks

USAGE:
    cargo xtask <COMMAND> [OPTIONS]

COMMANDS:
    demo    Install missing tools, build the SPA (release) and run the sandbox serving it
              --port N          port on 127.0.0.1 (default 8080)
              --fresh           delete the demo database and seed it again
              --token-ttl SECS  lifetime of issued auth tokens (default: the sandbox's, 3600)
    dist    Build the release app into dist/ for any static host: hashed assets, .br/.gz files,
            config.json to edit, the security headers as _headers and nginx.conf.example
    conformance  Drive a fresh sandbox through scripted writes for every resource, then
            validate every stored document against KAZOO's JSON schemas
              --kazoo-schemas DIR   KAZOO's schemas folder (CI: ../shared/kazoo/schemas)
    test    Run every check CI runs: fmt, clippy (native + wasm32), unit tests,
            wasm-bindgen browser tests and end-to-end tests in headless Chromium
    bench   Measure the speed and size targets (release): the sandbox answering a
            20,000-user account's listings and searches, then the SPA in headless
            Chromium (demo seed and 10,000 users): bytes to first view, sign-in page
            interactive, Dashboard and Users ready (time, requests), search, deep scroll,
            memory, beside Monster UI's sizes; exits non-zero when a target is missed
    help    Print this message

Tools are installed only when missing: the wasm32-unknown-unknown target, trunk 0.21,
wasm-bindgen-cli (the version in Cargo.lock), and wasm-opt from npm's binaryen into .tools/.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("demo") => demo::run(&args[1..]),
        Some("dist") => dist::run(&args[1..]),
        Some("test") => test::run(&args[1..]),
        Some("conformance") => conformance::run(&args[1..]),
        Some("bench") => bench::run(&args[1..]),
        None | Some("help" | "-h" | "--help") => {
            print!("{HELP}");
            Ok(())
        }
        Some(other) => Err(anyhow::anyhow!("unknown command `{other}`; run `cargo xtask help`")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("\nerror: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root (the directory holding the top-level `Cargo.toml`).
pub fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one level below the workspace root")
        .to_path_buf()
}

/// A command that runs in the workspace root.
pub fn cmd(program: impl AsRef<OsStr>) -> Command {
    let mut cmd = Command::new(program);
    cmd.current_dir(project_root());
    cmd
}

/// Prints the command line, runs it with inherited stdio and fails unless it exits with 0.
pub fn run_cmd(cmd: &mut Command) -> Result<()> {
    let line = display(cmd);
    eprintln!("$ {line}");
    let status = cmd.status().with_context(|| format!("could not start `{line}`"))?;
    if !status.success() {
        bail!("`{line}` failed ({status})");
    }
    Ok(())
}

/// Runs a command quietly and returns its trimmed stdout if it exits with 0; `None` when the
/// program is missing or fails. Used to probe for installed tools.
pub fn probe(program: impl AsRef<OsStr>, args: &[&str]) -> Option<String> {
    let out = cmd(program).args(args).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// `program arg1 arg2 …` (without the environment), for messages.
pub fn display(cmd: &Command) -> String {
    std::iter::once(cmd.get_program())
        .chain(cmd.get_args())
        .map(|s| s.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Parses `--flag`, `--key value` and `--key=value` options; rejects anything else.
pub struct Args {
    rest: Vec<String>,
}

impl Args {
    pub fn new(args: &[String]) -> Self {
        Args { rest: args.to_vec() }
    }

    /// Removes `--name` and reports whether it was there.
    pub fn flag(&mut self, name: &str) -> bool {
        let before = self.rest.len();
        self.rest.retain(|a| a != name);
        self.rest.len() != before
    }

    /// Removes `--name VALUE` or `--name=VALUE` and parses VALUE.
    pub fn value<T: std::str::FromStr>(&mut self, name: &str) -> Result<Option<T>>
    where
        T::Err: std::fmt::Display,
    {
        let prefix = format!("{name}=");
        let Some(i) = self.rest.iter().position(|a| a == name || a.starts_with(&prefix)) else {
            return Ok(None);
        };
        let arg = self.rest.remove(i);
        let raw = match arg.strip_prefix(&prefix) {
            Some(v) => v.to_string(),
            None if i < self.rest.len() => self.rest.remove(i),
            None => bail!("`{name}` needs a value"),
        };
        raw.parse().map(Some).map_err(|e| anyhow::anyhow!("bad value `{raw}` for `{name}`: {e}"))
    }

    /// Fails if anything was not consumed.
    pub fn finish(self) -> Result<()> {
        if let Some(extra) = self.rest.first() {
            bail!("unexpected argument `{extra}`; run `cargo xtask help`");
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &[&str]) -> Args {
        Args::new(&s.iter().map(|a| a.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn parses_flags_and_values() {
        let mut a = args(&["--fresh", "--port", "9000", "--token-ttl=5"]);
        assert!(a.flag("--fresh"));
        assert_eq!(a.value::<u16>("--port").unwrap(), Some(9000));
        assert_eq!(a.value::<u64>("--token-ttl").unwrap(), Some(5));
        assert_eq!(a.value::<u16>("--port").unwrap(), None);
        a.finish().unwrap();
    }

    #[test]
    fn rejects_bad_and_unknown_arguments() {
        assert!(args(&["--port", "x"]).value::<u16>("--port").is_err());
        assert!(args(&["--port"]).value::<u16>("--port").is_err());
        assert!(args(&["--bogus"]).finish().is_err());
    }
}
