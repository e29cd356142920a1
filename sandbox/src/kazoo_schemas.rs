//! KAZOO's JSON schemas, read from a folder given at start (`--kazoo-schemas DIR`; the
//! files stay outside this project): served at `/v2/schemas` as Crossbar serves them, used
//! to validate a payload (`PUT /v2/schemas/{name}/validation`), and by `cargo xtask
//! conformance`.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde_json::Value;

/// Whether `name` may name a schema file: KAZOO's names are lower-case words joined by
/// `.` and `_` (`callflows.menu`); nothing else ever reaches the file system.
pub fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.' || c == '-')
}

/// The schema names in `dir`, sorted.
pub fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().to_str().and_then(|n| n.strip_suffix(".json")).map(str::to_string))
        .filter(|n| valid_name(n))
        .collect();
    names.sort();
    names
}

/// KAZOO's schemas are draft-04 and refer to each other by file name (`"$ref": "caller_id"`).
/// Each is compiled under a base URI in one made-up folder, so a relative `$ref` resolves to
/// a sibling that `SchemaFiles` reads from DIR.
pub fn compile(schemas: &Path, stem: &str) -> Result<jsonschema::Validator> {
    let schema = read_schema(schemas, stem)?;
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft4)
        .with_base_uri(format!("{BASE}{stem}"))
        .with_retriever(SchemaFiles(schemas.to_path_buf()))
        // whitelabel.json types `domain` as `format: uri`, yet KAZOO's own whitelabel docs
        // and Monster's Branding app store bare host names there and Crossbar accepts them:
        // KAZOO's validator does not hold "uri" to RFC 3986. Check what it does rely on.
        .with_format("uri", |s: &str| !s.trim().is_empty() && !s.chars().any(char::is_whitespace))
        .build(&schema)
        .map_err(|e| anyhow::anyhow!("compiling {stem}.json: {e}"))
}

const BASE: &str = "kazoo://schemas/";

pub fn read_schema(schemas: &Path, stem: &str) -> Result<Value> {
    anyhow::ensure!(valid_name(stem), "no schema is called {stem:?}");
    let path = schemas.join(format!("{stem}.json"));
    let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let mut schema: Value = serde_json::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
    // KAZOO names schemas with `_id`, which draft-04 ignores; drop any `id` so the base
    // URI we give stays the one relative references resolve against.
    if let Some(obj) = schema.as_object_mut() {
        obj.remove("id");
    }
    Ok(schema)
}

struct SchemaFiles(PathBuf);

impl jsonschema::Retrieve for SchemaFiles {
    fn retrieve(
        &self,
        uri: &jsonschema::Uri<String>,
    ) -> std::result::Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        let name = uri.path().as_str().rsplit('/').next().unwrap_or_default();
        let stem = name.strip_suffix(".json").unwrap_or(name);
        Ok(read_schema(&self.0, stem)?)
    }
}
