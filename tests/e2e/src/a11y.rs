//! Accessibility: axe-core run on every screen a test asks about, serious and critical
//! violations failing the test.

use std::path::{Path, PathBuf};

use anyhow::{anyhow, Context, Result};

use super::Harness;

/// axe-core's script (`PATCHBAY_AXE`, which `cargo xtask test` sets, or the copy
/// `cargo xtask` installs into `.tools/`), read once per test binary.
fn axe_source() -> Result<&'static str> {
    static SOURCE: std::sync::OnceLock<Result<String, String>> = std::sync::OnceLock::new();
    let read = SOURCE.get_or_init(|| {
        let default =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.tools/axe-core/node_modules/axe-core/axe.min.js");
        let path = std::env::var_os("PATCHBAY_AXE").map(PathBuf::from).unwrap_or(default);
        std::fs::read_to_string(&path).map_err(|e| {
            format!(
                "axe-core is not at {} ({e}): run `cargo xtask test`, which installs it, or set PATCHBAY_AXE",
                path.display()
            )
        })
    });
    read.as_deref().map_err(|e| anyhow!("{e}"))
}

/// Runs axe-core on the document and answers its serious and critical violations.
const AXE_RUN: &str = r#"const done = arguments[arguments.length - 1];
axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join('; ')})`)),
  e => done([`axe-core failed: ${e}`]));"#;

impl Harness {
    /// Fails on any serious or critical accessibility violation axe-core finds in the
    /// page as it is now.
    pub async fn check_accessibility(&self) -> Result<()> {
        let loaded = self.browser.execute("return typeof axe !== 'undefined';", vec![]).await?;
        if loaded != serde_json::Value::Bool(true) {
            self.browser
                .execute(&format!("{}\nreturn true;", axe_source()?), vec![])
                .await
                .context("loading axe-core into the page")?;
        }
        let found = self.browser.execute_async(AXE_RUN, vec![]).await.context("running axe-core")?;
        let violations: Vec<String> = serde_json::from_value(found).unwrap_or_default();
        let url = self.browser.current_url().await?;
        anyhow::ensure!(violations.is_empty(), "axe-core at {}:\n{}", url.path(), violations.join("\n"));
        Ok(())
    }
}
