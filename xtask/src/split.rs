//! Cuts the SPA's wasm into the shell and one file per section (see README, "Bundle budget",
//! and `src/routes/chunks.rs` for where the cuts are).
//!
//! Trunk builds the app as one module. The cut has to be made on the linker's output, before
//! wasm-bindgen, because it needs the relocations that `-Clink-args=--emit-relocs`
//! (`.cargo/config.toml`) keeps; trunk has no step there. So trunk builds as before (with
//! `data-wasm-opt="0"`: its one-module optimisation would be thrown away), and this step then
//! replaces trunk's `patchbay-<hash>.js` and `patchbay-<hash>_bg.wasm` with the cut ones,
//! under the same names:
//!
//! 1. `wasm_split_cli_support` (the splitter cargo-leptos uses for Leptos' `#[lazy]`) cuts
//!    the raw module at the `#[wasm_split]` functions into the shell, one module per section
//!    and shared chunks, plus a small JS loader;
//! 2. wasm-bindgen makes the shell's JS glue, as trunk would have (`--keep-lld-exports`: the
//!    section modules call the shell's functions by their linker names);
//! 3. wasm-opt `-Oz` shrinks each module on its own;
//! 4. the section files and the loader are named after trunk's hash (so a new build never
//!    meets an old file in a cache), and the shell's subresource-integrity hashes in
//!    `index.html` are written anew.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use base64::Engine;
use sha2::Digest;

use crate::{cmd, project_root, run_cmd};

/// What the cut produced, for the build's summary.
pub struct Cut {
    /// The files the first view needs (the shell's JS glue and wasm, the loader).
    pub shell: Vec<PathBuf>,
    /// The section modules and shared chunks, fetched when a section is first opened.
    pub sections: Vec<PathBuf>,
}

/// Cuts trunk's build in `dist` (see the module comment). `wasm_opt` is the wasm-opt binary.
pub fn cut(dist: &Path, wasm_opt: &Path) -> Result<Cut> {
    let stem = trunk_stem(dist)?;
    let raw = raw_module()?;
    let input = std::fs::read(&raw).with_context(|| format!("reading {}", raw.display()))?;
    let work = target_dir().join("wasm-split");
    if work.exists() {
        std::fs::remove_dir_all(&work).with_context(|| format!("emptying {}", work.display()))?;
    }
    std::fs::create_dir_all(work.join("bindgen"))?;

    // 1. The cut. The loader is imported by the shell as `./<stem>-split.js` and imports
    //    `initSync` from the shell's glue, both beside it in `dist/`.
    let main = work.join("main.wasm");
    let link_name = format!("./{stem}-split.js");
    let main_module = format!("./{stem}.js");
    let split = wasm_split_cli_support::transform({
        let mut opts = wasm_split_cli_support::Options::new(&input);
        opts.output_dir = &work;
        opts.main_out_path = &main;
        opts.link_name = &link_name;
        opts.main_module = &main_module;
        opts
    })
    .map_err(|e| anyhow::anyhow!("cutting {} into sections: {e:?}", raw.display()))?;
    if split.split_modules.is_empty() {
        bail!("{} has no `#[wasm_split]` functions: nothing was cut (see src/routes/chunks.rs)", raw.display());
    }

    // 2. The shell's glue, exactly as trunk names it.
    let bindgen = work.join("bindgen");
    run_cmd(cmd("wasm-bindgen").args(["--target", "web", "--keep-lld-exports", "--no-typescript"]).args([
        "--out-name".as_ref(),
        stem.as_ref(),
        "--out-dir".as_ref(),
        bindgen.as_os_str(),
        main.as_os_str(),
    ]))?;
    let shell_js = dist.join(format!("{stem}.js"));
    let shell_wasm = dist.join(format!("{stem}_bg.wasm"));
    std::fs::copy(bindgen.join(format!("{stem}.js")), &shell_js)?;

    // 3. Each module shrunk on its own.
    optimise(wasm_opt, &bindgen.join(format!("{stem}_bg.wasm")), &shell_wasm)?;
    let mut loader = std::fs::read_to_string(work.join(link_name.trim_start_matches("./")))
        .context("the splitter wrote no loader")?;
    let mut sections = Vec::new();
    for module in &split.split_modules {
        let name = module.file_name().and_then(|n| n.to_str()).context("a split module without a name")?;
        // 4. `split_smartpbx.wasm` → `patchbay-<hash>-split_smartpbx.wasm`, in the loader too.
        let served = format!("{stem}-{name}");
        let quoted = format!("\"./{name}\"");
        if !loader.contains(&quoted) {
            bail!("the loader does not fetch {name}; the splitter's output changed shape");
        }
        loader = loader.replace(&quoted, &format!("\"./{served}\""));
        let out = dist.join(&served);
        optimise(wasm_opt, module, &out)?;
        sections.push(out);
    }
    let loader_path = dist.join(format!("{stem}-split.js"));
    std::fs::write(&loader_path, loader)?;

    reintegrate(dist, &[&shell_js, &shell_wasm])?;
    preload_loader(dist, &stem, &loader_path)?;
    Ok(Cut { shell: vec![shell_js, shell_wasm, loader_path], sections })
}

/// `patchbay-<hash>`: the name trunk gave the app's glue and wasm.
fn trunk_stem(dist: &Path) -> Result<String> {
    let mut stems = Vec::new();
    for entry in std::fs::read_dir(dist)? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if let Some(stem) = name.strip_suffix("_bg.wasm") {
            stems.push(stem.to_string());
        }
    }
    match &stems[..] {
        [one] => Ok(one.clone()),
        _ => bail!("expected one `*_bg.wasm` from trunk in {}, found {stems:?}", dist.display()),
    }
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| project_root().join("target"))
}

/// The linker's output trunk's `cargo build --release` left, relocations included.
fn raw_module() -> Result<PathBuf> {
    let raw = target_dir().join("wasm32-unknown-unknown/release/patchbay.wasm");
    if !raw.is_file() {
        bail!("{} is missing: trunk's cargo build should have made it", raw.display());
    }
    Ok(raw)
}

fn optimise(wasm_opt: &Path, input: &Path, output: &Path) -> Result<()> {
    // `-Oz` is what trunk ran on the one module (`data-wasm-opt="z"`) before the cut.
    run_cmd(cmd(wasm_opt).arg("-Oz").arg(input).arg("-o").arg(output))
}

/// Writes the `integrity="sha384-…"` trunk put on the preload links of `files` in
/// `index.html` anew, for their new content.
fn reintegrate(dist: &Path, files: &[&Path]) -> Result<()> {
    let index = dist.join("index.html");
    let mut html = std::fs::read_to_string(&index)?;
    for file in files {
        let name = file.file_name().and_then(|n| n.to_str()).context("a file without a name")?;
        let fresh = sri(&std::fs::read(file)?);
        html = with_integrity(&html, name, &fresh)
            .with_context(|| format!("index.html has no preload link for {name} with an integrity hash"))?;
    }
    std::fs::write(&index, html)?;
    Ok(())
}

/// The shell's glue imports the loader, so the browser would ask for it only once the glue
/// has arrived and been parsed (about 40 ms later, measured by the browser bench); a
/// `modulepreload` beside the glue's fetches both at once.
fn preload_loader(dist: &Path, stem: &str, loader: &Path) -> Result<()> {
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index)?;
    let name = loader.file_name().and_then(|n| n.to_str()).context("the loader has no name")?;
    let tag = format!(
        r#"<link rel="modulepreload" href="/{name}" crossorigin="anonymous" integrity="{}">"#,
        sri(&std::fs::read(loader)?)
    );
    let html = with_preload_before(&html, &format!("{stem}.js"), &tag)
        .with_context(|| format!("index.html has no modulepreload link for {stem}.js"))?;
    std::fs::write(&index, html)?;
    Ok(())
}

/// `html` with `tag` inserted just before the `modulepreload` link of `/name`.
fn with_preload_before(html: &str, name: &str, tag: &str) -> Option<String> {
    let href = html.find(&format!("href=\"/{name}\""))?;
    let start = html[..href].rfind("<link")?;
    html[start..href].contains("modulepreload").then(|| format!("{}{tag}{}", &html[..start], &html[start..]))
}

/// A subresource-integrity value (`sha384-…`) for `content`.
pub fn sri(content: &[u8]) -> String {
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(content)))
}

/// `html` with the integrity attribute of the tag whose `href` ends in `/name` set to `value`.
fn with_integrity(html: &str, name: &str, value: &str) -> Option<String> {
    let href = html.find(&format!("/{name}\""))?;
    let tag_end = href + html[href..].find('>')?;
    let attr = href + html[href..tag_end].find("integrity=\"")? + "integrity=\"".len();
    let attr_end = attr + html[attr..].find('"')?;
    Some(format!("{}{value}{}", &html[..attr], &html[attr_end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_integrity_of_the_named_file_alone_is_replaced() {
        let html = r#"<link rel="modulepreload" href="/patchbay-1.js" crossorigin="anonymous" integrity="sha384-old"><link rel="preload" href="/patchbay-1_bg.wasm" crossorigin="anonymous" integrity="sha384-old2" as="fetch">"#;
        let out = with_integrity(html, "patchbay-1_bg.wasm", "sha384-new").unwrap();
        assert!(out.contains(r#"href="/patchbay-1.js" crossorigin="anonymous" integrity="sha384-old">"#), "{out}");
        assert!(
            out.contains(r#"href="/patchbay-1_bg.wasm" crossorigin="anonymous" integrity="sha384-new" as"#),
            "{out}"
        );
        assert_eq!(with_integrity(html, "missing.js", "x"), None);
    }

    #[test]
    fn the_loader_is_preloaded_beside_the_shell_s_glue() {
        let html = r#"<link rel="stylesheet" href="/patchbay-1.css"/><link rel="modulepreload" href="/patchbay-1.js" crossorigin="anonymous">"#;
        let out =
            with_preload_before(html, "patchbay-1.js", "<link rel=\"modulepreload\" href=\"/patchbay-1-split.js\">");
        assert_eq!(
            out.as_deref(),
            Some(
                r#"<link rel="stylesheet" href="/patchbay-1.css"/><link rel="modulepreload" href="/patchbay-1-split.js"><link rel="modulepreload" href="/patchbay-1.js" crossorigin="anonymous">"#
            )
        );
        assert_eq!(with_preload_before(html, "patchbay-1.css", "x"), None);
    }
}
