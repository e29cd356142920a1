//! Installs the build tools, each only when missing, so that repeated runs are fast:
//!
//! - the `wasm32-unknown-unknown` target (rustup);
//! - trunk 0.21.x (`cargo install`; trunk 0.22 needs a newer rustc than we support);
//! - wasm-bindgen-cli at exactly the `wasm-bindgen` version in Cargo.lock (`cargo install`),
//!   which also provides `wasm-bindgen-test-runner`;
//! - wasm-opt from npm's `binaryen` into the project-local `.tools/binaryen` (Debian's
//!   binaryen 108 corrupts our output). The version is the one `Trunk.toml` asks for
//!   (`[tools] wasm_opt = "version_N"`).
//!
//! Trunk always runs offline (`TRUNK_OFFLINE=true`): it must use these binaries and never try to
//! download its own. The wasm-bindgen version is handed to it from Cargo.lock through
//! `TRUNK_TOOLS_WASM_BINDGEN`, so Cargo.lock is the one source of truth.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

use crate::{cmd, probe, project_root, run_cmd};

const WASM_TARGET: &str = "wasm32-unknown-unknown";
const TRUNK_SERIES: &str = "0.21.";
const TRUNK_VERSION: &str = "0.21.14";

/// What the other tasks need to know about the installed tools.
pub struct Tools {
    pub wasm_bindgen_version: String,
    /// `.tools/binaryen/node_modules/.bin`, which holds `wasm-opt`.
    binaryen_bin: PathBuf,
}

impl Tools {
    /// Installs whatever is missing and returns the tool set.
    pub fn ensure() -> Result<Tools> {
        put_cargo_bin_on_path();
        let trunk_toml = TrunkToml::read()?;
        let wasm_bindgen_version = wasm_bindgen_version_in_lockfile()?;
        if let Some(pinned) = &trunk_toml.wasm_bindgen {
            if *pinned != wasm_bindgen_version {
                bail!(
                    "Trunk.toml pins wasm_bindgen = \"{pinned}\" but Cargo.lock has wasm-bindgen \
                     {wasm_bindgen_version}; remove `wasm_bindgen` from Trunk.toml's [tools] \
                     (cargo xtask passes the Cargo.lock version to trunk)"
                );
            }
        }

        ensure_wasm_target()?;
        ensure_trunk()?;
        ensure_wasm_bindgen(&wasm_bindgen_version)?;
        let binaryen_bin = ensure_binaryen(&trunk_toml.wasm_opt)?;
        Ok(Tools { wasm_bindgen_version, binaryen_bin })
    }

    /// `trunk build --release` into `dist/`, with the project-local wasm-opt first on PATH.
    pub fn build_spa(&self) -> Result<PathBuf> {
        // Trunk runs offline, which also makes its `cargo build` run with `--offline`:
        // fetch the crates first so that a fresh clone builds.
        run_cmd(cmd("cargo").arg("fetch"))?;
        let mut path = vec![self.binaryen_bin.clone()];
        path.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()));
        run_cmd(
            cmd("trunk")
                .args(["build", "--release"])
                .env("PATH", std::env::join_paths(path)?)
                .env("TRUNK_OFFLINE", "true")
                .env("TRUNK_SKIP_VERSION_CHECK", "true")
                .env("TRUNK_TOOLS_WASM_BINDGEN", &self.wasm_bindgen_version),
        )?;
        let dist = project_root().join("dist");
        if !dist.join("index.html").is_file() {
            bail!("trunk finished but {} has no index.html", dist.display());
        }
        let cut = crate::split::cut(&dist, &self.binaryen_bin.join("wasm-opt"))?;
        crate::styles::join(&dist)?;
        let weight =
            |files: &[PathBuf]| -> u64 { files.iter().filter_map(|f| f.metadata().ok()).map(|m| m.len()).sum() };
        eprintln!(
            "cut the app into its shell ({} KB in {} files) and {} files for the sections ({} KB), before compression",
            weight(&cut.shell) / 1024,
            cut.shell.len(),
            cut.sections.len(),
            weight(&cut.sections) / 1024
        );
        // The security headers for static hosts that read `_headers` (Netlify, Cloudflare
        // Pages); the sandbox sends the same ones itself.
        let policy = patchbay_sandbox::csp::policy_for_dist(&dist)?;
        std::fs::write(dist.join("_headers"), patchbay_sandbox::csp::headers_file(&policy))?;
        // The same for nginx, to paste into its configuration.
        std::fs::write(dist.join("nginx.conf.example"), patchbay_sandbox::csp::nginx_snippet(&policy))?;
        precompress(&dist)?;
        Ok(dist)
    }
}

/// The kinds of file that get precompressed siblings.
const COMPRESSIBLE: &[&str] = &["wasm", "js", "css", "html", "json", "ftl"];

/// Writes `NAME.br` (brotli, quality 11) and `NAME.gz` (gzip, level 9) next to every
/// compressible file in `dist`, as a CDN keeps them, so that the sandbox (and any static
/// host that serves precompressed files) sends compressed bytes without compressing per
/// request. A variant that would not be smaller is left out (the file is served as is).
///
/// `config.json` is left alone: operators edit it in a deployed `dist/` (one build serves
/// any domain), and a stale `config.json.br` would be served instead of their edit.
fn precompress(dist: &Path) -> Result<()> {
    let mut files = Vec::new();
    let mut dirs = vec![dist.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).with_context(|| format!("reading {}", dir.display()))? {
            let path = entry?.path();
            if path.is_dir() {
                dirs.push(path);
            } else if compressible(&path) {
                files.push(path);
            }
        }
    }
    let (mut plain, mut br, mut gz) = (0, 0, 0);
    for path in &files {
        let data = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
        plain += data.len();
        br += write_variant(path, "br", &data, brotli_max(&data)?)?;
        gz += write_variant(path, "gz", &data, gzip_max(&data)?)?;
    }
    eprintln!(
        "precompressed {} files in {}: {} KB, {} KB gzip, {} KB brotli",
        files.len(),
        dist.display(),
        plain / 1000,
        gz / 1000,
        br / 1000
    );
    Ok(())
}

/// Writes `path.ext` when `packed` is smaller than `data` (and removes an old one when it is
/// not); returns the bytes a client accepting `ext` is sent.
fn write_variant(path: &Path, ext: &str, data: &[u8], packed: Vec<u8>) -> Result<usize> {
    let mut name = path.as_os_str().to_owned();
    name.push(format!(".{ext}"));
    let name = PathBuf::from(name);
    if packed.len() < data.len() {
        std::fs::write(&name, &packed).with_context(|| format!("writing {}", name.display()))?;
        Ok(packed.len())
    } else {
        if name.exists() {
            std::fs::remove_file(&name).with_context(|| format!("removing {}", name.display()))?;
        }
        Ok(data.len())
    }
}

fn compressible(path: &Path) -> bool {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or_default();
    COMPRESSIBLE.contains(&ext) && path.file_name().is_some_and(|n| n != "config.json")
}

fn brotli_max(data: &[u8]) -> Result<Vec<u8>> {
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        // The largest window of standard brotli (16 MiB): every browser decodes it.
        lgwin: 24,
        size_hint: data.len(),
        ..Default::default()
    };
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &data[..], &mut out, &params)?;
    Ok(out)
}

fn gzip_max(data: &[u8]) -> Result<Vec<u8>> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(data)?;
    Ok(encoder.finish()?)
}

/// The `[tools]` part of Trunk.toml that matters here.
struct TrunkToml {
    wasm_bindgen: Option<String>,
    /// e.g. `version_132`
    wasm_opt: String,
}

impl TrunkToml {
    fn read() -> Result<TrunkToml> {
        let path = project_root().join("Trunk.toml");
        let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
        Self::parse(&text).with_context(|| format!("in {}", path.display()))
    }

    fn parse(text: &str) -> Result<TrunkToml> {
        let table: toml::Table = text.parse()?;
        let tools = table.get("tools").and_then(|t| t.as_table());
        let get = |key: &str| tools.and_then(|t| t.get(key)).and_then(|v| v.as_str()).map(str::to_string);
        let wasm_opt = get("wasm_opt")
            .context("[tools] wasm_opt is missing; set it to the npm binaryen version, e.g. \"version_132\"")?;
        Ok(TrunkToml { wasm_bindgen: get("wasm_bindgen"), wasm_opt })
    }
}

/// The `wasm-bindgen` version Cargo.lock resolved (creating the lockfile if there is none).
pub fn wasm_bindgen_version_in_lockfile() -> Result<String> {
    let lock = project_root().join("Cargo.lock");
    if !lock.exists() {
        run_cmd(cmd("cargo").arg("generate-lockfile"))?;
    }
    let text = std::fs::read_to_string(&lock).with_context(|| format!("reading {}", lock.display()))?;
    package_version(&text, "wasm-bindgen").context("in Cargo.lock")
}

fn package_version(lockfile: &str, name: &str) -> Result<String> {
    let table: toml::Table = lockfile.parse()?;
    let versions: Vec<&str> = table
        .get("package")
        .and_then(|p| p.as_array())
        .into_iter()
        .flatten()
        .filter(|p| p.get("name").and_then(|n| n.as_str()) == Some(name))
        .filter_map(|p| p.get("version").and_then(|v| v.as_str()))
        .collect();
    match versions[..] {
        [one] => Ok(one.to_string()),
        [] => bail!("no `{name}` package"),
        _ => bail!("several `{name}` versions ({}); keep one", versions.join(", ")),
    }
}

/// `cargo install` puts binaries in `$CARGO_HOME/bin`; make sure we find them even when the
/// user's PATH lacks it. Affects this process and its children only.
fn put_cargo_bin_on_path() {
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")));
    let Some(bin) = cargo_home.map(|h| h.join("bin")) else {
        return;
    };
    let path = std::env::var_os("PATH").unwrap_or_default();
    let mut dirs: Vec<PathBuf> = std::env::split_paths(&path).collect();
    if !dirs.contains(&bin) {
        dirs.push(bin);
        if let Ok(joined) = std::env::join_paths(dirs) {
            std::env::set_var("PATH", joined);
        }
    }
}

fn ensure_wasm_target() -> Result<()> {
    let installed = probe("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == WASM_TARGET) {
        return Ok(());
    }
    eprintln!("installing the {WASM_TARGET} target");
    run_cmd(cmd("rustup").args(["target", "add", WASM_TARGET]))
}

fn ensure_trunk() -> Result<()> {
    // `trunk --version` prints `trunk 0.21.14`
    let found = probe("trunk", &["--version"]);
    if let Some(v) = found.as_deref().and_then(|o| o.split_whitespace().nth(1)) {
        if v.starts_with(TRUNK_SERIES) {
            return Ok(());
        }
        eprintln!("found trunk {v}; this project needs trunk {TRUNK_SERIES}x");
    }
    eprintln!("installing trunk {TRUNK_VERSION} (takes several minutes, once)");
    run_cmd(cmd("cargo").args(["install", "--locked", "trunk", "--version", TRUNK_VERSION]))
}

fn ensure_wasm_bindgen(version: &str) -> Result<()> {
    // `wasm-bindgen --version` prints `wasm-bindgen 0.2.130`
    let cli = probe("wasm-bindgen", &["--version"]);
    let cli = cli.as_deref().and_then(|o| o.split_whitespace().nth(1));
    let runner = probe("wasm-bindgen-test-runner", &["--version"]);
    let runner = runner.as_deref().and_then(|o| o.split_whitespace().nth(1));
    if cli == Some(version) && runner == Some(version) {
        return Ok(());
    }
    if let Some(cli) = cli {
        eprintln!("found wasm-bindgen {cli}; Cargo.lock needs {version}");
    }
    eprintln!("installing wasm-bindgen-cli {version} (takes a few minutes, once)");
    // Not `--locked`: one of the versions in its published lockfile is missing from the registry.
    run_cmd(cmd("cargo").args(["install", "wasm-bindgen-cli", "--version", version]))
}

/// Installs npm's binaryen into `.tools/binaryen` unless its wasm-opt already reports the
/// version `Trunk.toml` wants; returns the directory holding `wasm-opt`.
fn ensure_binaryen(wasm_opt: &str) -> Result<PathBuf> {
    let version = wasm_opt
        .strip_prefix("version_")
        .with_context(|| format!("Trunk.toml [tools] wasm_opt = \"{wasm_opt}\" should look like \"version_132\""))?;
    let prefix = project_root().join(".tools").join("binaryen");
    let bin = prefix.join("node_modules").join(".bin");
    if wasm_opt_version(&bin).as_deref() == Some(version) {
        return Ok(bin);
    }
    if probe("npm", &["--version"]).is_none() {
        bail!(
            "npm is needed to install wasm-opt (npm package binaryen@{version}) into .tools/; \
             install Node.js and npm, e.g. `sudo apt-get install -y npm`"
        );
    }
    eprintln!("installing wasm-opt (npm binaryen@{version}) into {}", prefix.display());
    std::fs::create_dir_all(&prefix)?;
    run_cmd(cmd("npm").arg("install").arg("--prefix").arg(&prefix).args([
        &format!("binaryen@{version}"),
        "--no-audit",
        "--no-fund",
    ]))?;
    match wasm_opt_version(&bin) {
        Some(v) if v == version => Ok(bin),
        other => {
            bail!("{} reports version {other:?} after installing binaryen@{version}", bin.join("wasm-opt").display())
        }
    }
}

/// The axe-core release the end-to-end tests check accessibility with.
pub const AXE_CORE_VERSION: &str = "4.14.1";

/// Installs npm's axe-core into `.tools/axe-core` unless that version is there; returns
/// the path of `axe.min.js`, which the end-to-end harness runs in every screen it visits.
pub fn ensure_axe_core() -> Result<PathBuf> {
    let prefix = project_root().join(".tools").join("axe-core");
    let package = prefix.join("node_modules").join("axe-core");
    let script = package.join("axe.min.js");
    let installed = std::fs::read_to_string(package.join("package.json"))
        .ok()
        .and_then(|json| serde_json::from_str::<serde_json::Value>(&json).ok())
        .and_then(|json| json["version"].as_str().map(str::to_string));
    if installed.as_deref() == Some(AXE_CORE_VERSION) && script.is_file() {
        return Ok(script);
    }
    if probe("npm", &["--version"]).is_none() {
        bail!("npm is needed to install axe-core@{AXE_CORE_VERSION} into .tools/; install Node.js and npm");
    }
    eprintln!("installing axe-core@{AXE_CORE_VERSION} into {}", prefix.display());
    std::fs::create_dir_all(&prefix)?;
    run_cmd(cmd("npm").arg("install").arg("--prefix").arg(&prefix).args([
        &format!("axe-core@{AXE_CORE_VERSION}"),
        "--no-audit",
        "--no-fund",
    ]))?;
    anyhow::ensure!(script.is_file(), "{} is missing after installing axe-core", script.display());
    Ok(script)
}

/// `wasm-opt --version` prints `wasm-opt version 132 (version_132)`; returns `132`.
fn wasm_opt_version(bin: &Path) -> Option<String> {
    let out = probe(bin.join("wasm-opt"), &["--version"])?;
    out.split_whitespace().nth(2).map(str::to_string)
}

/// Path of an executable on PATH, like `which`.
pub fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path).map(|dir| dir.join(name)).find(|p| is_executable(p))
}

pub fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata().map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0).unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_one_wasm_bindgen_in_a_lockfile() {
        let lock = r#"
version = 4

[[package]]
name = "wasm-bindgen"
version = "0.2.130"
source = "registry+https://github.com/rust-lang/crates.io-index"

[[package]]
name = "wasm-bindgen-test"
version = "0.3.80"
"#;
        assert_eq!(package_version(lock, "wasm-bindgen").unwrap(), "0.2.130");
        assert!(package_version(lock, "leptos").is_err());
    }

    #[test]
    fn precompresses_what_a_browser_asks_compressed_and_leaves_config_json_editable() {
        let dist = std::env::temp_dir().join(format!("xtask-precompress-{}", std::process::id()));
        std::fs::create_dir_all(dist.join("assets")).unwrap();
        let text = "body { color: red }\n".repeat(200);
        for name in ["app.css", "assets/app.js", "config.json", "logo.png"] {
            std::fs::write(dist.join(name), &text).unwrap();
        }
        std::fs::write(dist.join("tiny.js"), "1").unwrap();
        precompress(&dist).unwrap();

        let br = std::fs::read(dist.join("app.css.br")).unwrap();
        let mut unpacked = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut unpacked).unwrap();
        assert_eq!(unpacked, text.as_bytes());
        let gz = std::fs::read(dist.join("assets/app.js.gz")).unwrap();
        let mut unpacked = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut unpacked).unwrap();
        assert_eq!(unpacked, text);
        assert!(gz.len() < text.len() / 10 && br.len() < text.len() / 10);
        for absent in ["config.json.br", "config.json.gz", "logo.png.br", "tiny.js.br", "tiny.js.gz"] {
            assert!(!dist.join(absent).exists(), "{absent}");
        }
        std::fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn reads_trunk_tools() {
        let t = TrunkToml::parse("[build]\ntarget = \"index.html\"\n[tools]\nwasm_opt = \"version_132\"\n").unwrap();
        assert_eq!(t.wasm_opt, "version_132");
        assert_eq!(t.wasm_bindgen, None);
        assert!(TrunkToml::parse("[build]\n").is_err());
    }

    #[test]
    fn the_repository_trunk_toml_agrees_with_cargo_lock() {
        let t = TrunkToml::read().unwrap();
        assert!(t.wasm_opt.starts_with("version_"));
        if let Some(pinned) = t.wasm_bindgen {
            assert_eq!(pinned, wasm_bindgen_version_in_lockfile().unwrap());
        }
    }
}
