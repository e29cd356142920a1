//! Compiles the Fluent sources of every language in `locales/` into static Rust data
//! (`src/i18n/ftl.rs` reads them): either one file `locales/<tag>.ftl` or a folder
//! `locales/<tag>/` whose `.ftl` files (one per area of the app, so parallel work never
//! edits the same file) are joined in name order. A syntax error or a key defined twice
//! stops the build, naming the language and line.

use std::{env, fs, path::Path, path::PathBuf};

#[path = "src/i18n/ftl.rs"]
mod ftl;

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
    // Each language's messages, parsed here and written out as static data sorted by
    // key (the app looks them up by binary search and carries no Fluent parser).
    let mut entries = String::new();
    for (tag, files) in &locales {
        let mut source = String::new();
        for file in files {
            source.push_str(&fs::read_to_string(file).expect("locale file is readable"));
            source.push('\n');
        }
        let mut messages = ftl::parse(&source, &format!("locales/{tag}")).unwrap_or_else(|e| panic!("{e}"));
        messages.sort_by(|a, b| a.0.cmp(&b.0));
        let items: Vec<String> =
            messages.iter().map(|(key, pieces)| format!("        ({key:?}, {}),\n", ftl::to_rust(pieces))).collect();
        entries.push_str(&format!("    ({tag:?}, &[\n{}    ]),\n", items.concat()));
    }
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("locales.rs");
    fs::write(
        out,
        format!(
            "/// (language tag, messages sorted by key) for each language in locales/.\n\
             pub static LOCALES: &[(&str, Messages)] = &[\n{entries}];\n"
        ),
    )
    .expect("write locales.rs");
}
