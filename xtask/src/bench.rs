//! `cargo xtask bench`: the speed targets, measured in release builds. Tests never time
//! anything; a benchmark over its target exits non-zero and says which case.

use anyhow::Result;

use crate::{cmd, run_cmd};

pub fn run(args: &[String]) -> Result<()> {
    if let Some(extra) = args.first() {
        anyhow::bail!("`cargo xtask bench` takes no options (got `{extra}`)");
    }
    run_cmd(cmd("cargo").args(["bench", "-p", "patchbay-sandbox", "--bench", "large_account"]))
}
