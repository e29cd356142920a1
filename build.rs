//! Embeds the Fluent sources of every language in `locales/`: either one file
//! `locales/<tag>.ftl` or a folder `locales/<tag>/` whose `.ftl` files (one per area
//! of the app, so parallel work never edits the same file) are joined in name order.

use std::{env, fs, path::Path, path::PathBuf};

fn ftl_files(path: &Path) -> Vec<PathBuf> {
    if path.is_dir() {
        let mut files: Vec<PathBuf> = fs::read_dir(path)
            .expect("locale folder is readable")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        files
    } else if path.extension().is_some_and(|x| x == "ftl") {
        vec![path.to_path_buf()]
    } else {
        vec![]
    }
}

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join("locales");
    let mut locales: Vec<(String, Vec<PathBuf>)> = fs::read_dir(&dir)
        .expect("locales/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter_map(|p| {
            let tag = p.file_stem()?.to_str()?.to_string();
            if p.is_dir() {
                println!("cargo:rerun-if-changed={}", p.display());
            }
            let files = ftl_files(&p);
            (!files.is_empty()).then_some((tag, files))
        })
        .collect();
    locales.sort();
    let entries: String = locales
        .iter()
        .map(|(tag, files)| {
            let parts: Vec<String> =
                files.iter().map(|f| format!("include_str!({:?})", f.display().to_string())).collect();
            format!("    ({tag:?}, concat!({})),\n", parts.join(", \"\\n\", "))
        })
        .collect();
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("locales.rs");
    fs::write(
        out,
        format!("/// (language tag, Fluent source) for each language in locales/.\npub static LOCALES: &[(&str, &str)] = &[\n{entries}];\n"),
    )
    .expect("write locales.rs");
}
