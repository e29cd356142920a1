//! Embeds every `locales/*.ftl` file, so adding a language is adding a file.

use std::{env, fs, path::PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join("locales");
    let mut locales: Vec<(String, PathBuf)> = fs::read_dir(&dir)
        .expect("locales/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .filter_map(|p| Some((p.file_stem()?.to_str()?.to_string(), p)))
        .collect();
    locales.sort();
    let entries: String = locales
        .iter()
        .map(|(tag, path)| format!("    ({tag:?}, include_str!({:?})),\n", path.display().to_string()))
        .collect();
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("locales.rs");
    fs::write(out, format!("/// (language tag, Fluent source) for each file in locales/.\npub static LOCALES: &[(&str, &str)] = &[\n{entries}];\n"))
        .expect("write locales.rs");
}
