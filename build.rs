//! Checks the Fluent sources of every language in `locales/` (`src/i18n/ftl.rs` reads
//! them): either one file `locales/<tag>.ftl` or a folder `locales/<tag>/` whose `.ftl`
//! files (one per area of the app, so parallel work never edits the same file) are
//! joined in name order. A syntax error or a key defined twice stops the build, naming
//! the language and line. English, the fallback, is compiled into the app as static
//! data; the other languages are served beside it (`dist/locales/`, copied by trunk)
//! and fetched only by those who speak them, so each costs English speakers nothing.

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
    // English is parsed here and written out as static data sorted by key (the app
    // looks messages up by binary search); the others are only checked, and listed with
    // their files and a version that changes with their text (a cache buster).
    let mut entries = String::new();
    let mut served = String::new();
    let mut version: u64 = 0xcbf2_9ce4_8422_2325;
    for (tag, files) in &locales {
        let mut source = String::new();
        for file in files {
            source.push_str(&fs::read_to_string(file).expect("locale file is readable"));
            source.push('\n');
        }
        let mut messages = ftl::parse(&source, &format!("locales/{tag}")).unwrap_or_else(|e| panic!("{e}"));
        if tag != "en-US" {
            for byte in source.bytes() {
                version = (version ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
            }
            let names: Vec<String> = files
                .iter()
                .filter_map(|f| f.strip_prefix(&dir).ok())
                .map(|f| format!("{:?}", f.to_string_lossy().replace('\\', "/")))
                .collect();
            served.push_str(&format!("    ({tag:?}, &[{}]),\n", names.join(", ")));
            continue;
        }
        messages.sort_by(|a, b| a.0.cmp(&b.0));
        let items: Vec<String> =
            messages.iter().map(|(key, pieces)| format!("        ({key:?}, {}),\n", ftl::to_rust(pieces))).collect();
        entries.push_str(&format!("    ({tag:?}, &[\n{}    ]),\n", items.concat()));
    }
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("locales.rs");
    fs::write(
        out,
        format!(
            "/// (language tag, messages sorted by key) for the languages built in.\n\
             pub static LOCALES: &[(&str, Messages)] = &[\n{entries}];\n\
             /// (language tag, its files below `locales/`) for the languages fetched when needed.\n\
             pub static SERVED_LOCALES: &[(&str, &[&str])] = &[\n{served}];\n\
             /// Changes whenever a served language's text does.\n\
             pub const SERVED_LOCALES_VERSION: &str = \"{version:016x}\";\n"
        ),
    )
    .expect("write locales.rs");
}
