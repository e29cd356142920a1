//! `cargo xtask conformance --kazoo-schemas DIR`: starts a fresh, seeded sandbox in
//! process, drives it through `patchbay_sandbox::conformance::script` over HTTP, then
//! validates every stored document (public fields, as Crossbar validates them) against
//! KAZOO's JSON schema for its `pvt_type`, and fails listing every violation.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use patchbay_sandbox::conformance::{self, Step, Who};
use patchbay_sandbox::{Config, DemoInfo};
use serde_json::{json, Value};

use crate::Args;

pub fn run(args: &[String]) -> Result<()> {
    let mut args = Args::new(args);
    let schemas: PathBuf = args.value("--kazoo-schemas")?.context("`--kazoo-schemas DIR` is required")?;
    args.finish()?;
    check(&schemas)
}

/// The whole check; also called by `cargo xtask test`.
pub fn check(schemas: &Path) -> Result<()> {
    if !schemas.join("devices.json").is_file() {
        bail!("{} does not look like KAZOO's schemas folder (no devices.json)", schemas.display());
    }
    let dir = std::env::temp_dir().join(format!("patchbay-conformance-{}", std::process::id()));
    let db_path = dir.join("sandbox.sqlite");
    let failures = drive(&db_path)?;
    let mut violations = validate(schemas, &db_path)?;
    violations.extend(validate_actions(schemas)?);
    violations.extend(validate_forms(schemas)?);
    let _ = std::fs::remove_dir_all(&dir);
    if failures.is_empty() && violations.is_empty() {
        eprintln!("conformance: every write succeeded and every stored document matches its KAZOO schema");
        return Ok(());
    }
    for line in failures.iter().chain(&violations) {
        eprintln!("  {line}");
    }
    bail!("conformance: {} failed writes, {} schema violations", failures.len(), violations.len())
}

/// Runs the script against a sandbox on a free loopback port; returns the failed steps.
fn drive(db_path: &Path) -> Result<Vec<String>> {
    let runtime = tokio::runtime::Runtime::new()?;
    let config =
        Config { db_path: db_path.to_path_buf(), bind: ([127, 0, 0, 1], 0).into(), fresh: true, ..Config::default() };
    let running = runtime.block_on(patchbay_sandbox::start(config))?;
    let client = Client::new(format!("http://{}/v2", running.addr), &running.demo);
    let result = client.map(|c| {
        let steps = conformance::script(&running.demo);
        eprintln!("conformance: {} scripted writes", steps.len());
        steps.iter().filter_map(|s| c.run(s).err()).collect()
    });
    runtime.block_on(running.shutdown());
    result
}

struct Client {
    base: String,
    agent: ureq::Agent,
    admin: String,
    reseller: String,
}

impl Client {
    fn new(base: String, demo: &DemoInfo) -> Result<Client> {
        let config = ureq::Agent::config_builder().http_status_as_error(false).build();
        let mut client = Client { base, agent: config.into(), admin: String::new(), reseller: String::new() };
        client.admin = client.login(&demo.demo_api_key)?;
        client.reseller = client.login(&demo.reseller_api_key)?;
        Ok(client)
    }

    fn login(&self, api_key: &str) -> Result<String> {
        let (status, body) = self.send("PUT", "api_auth", None, Some(&json!({"api_key": api_key})))?;
        match body["auth_token"].as_str() {
            Some(token) if status == 201 => Ok(token.to_string()),
            _ => bail!("api_auth answered {status}: {body}"),
        }
    }

    fn send(&self, method: &str, path: &str, token: Option<&str>, data: Option<&Value>) -> Result<(u16, Value)> {
        let url = format!("{}/{path}", self.base);
        let body = data.map(|d| json!({"data": d}).to_string());
        let mut req =
            ureq::http::Request::builder().method(method).uri(&url).header("Content-Type", "application/json");
        if let Some(token) = token {
            req = req.header("X-Auth-Token", token);
        }
        let mut response =
            self.agent.run(req.body(body.unwrap_or_default())?).with_context(|| format!("{method} {url}"))?;
        let text = response.body_mut().read_to_string()?;
        Ok((response.status().as_u16(), serde_json::from_str(&text).unwrap_or(Value::String(text))))
    }

    fn run(&self, step: &Step) -> std::result::Result<(), String> {
        let token = match step.who {
            Who::Admin => &self.admin,
            Who::Reseller => &self.reseller,
        };
        let line = format!("{} /v2/{}", step.method, step.path);
        match self.send(step.method, &step.path, Some(token), step.body.as_ref()) {
            Ok((status, _)) if status == step.expect => Ok(()),
            Ok((status, body)) => Err(format!("{line}: expected {}, got {status}: {}", step.expect, body["data"])),
            Err(err) => Err(format!("{line}: {err:#}")),
        }
    }
}

/// Validates every live document; returns one line per violation.
fn validate(schemas: &Path, db_path: &Path) -> Result<Vec<String>> {
    let docs = conformance::stored_documents(db_path)?;
    let mut validators: HashMap<&str, jsonschema::Validator> = HashMap::new();
    let mut checked: BTreeMap<&str, usize> = BTreeMap::new();
    let mut unchecked: BTreeSet<&str> = BTreeSet::new();
    let mut violations = Vec::new();
    for doc in &docs {
        let Some(stem) = conformance::schema_for(&doc.pvt_type) else {
            unchecked.insert(&doc.pvt_type);
            continue;
        };
        let validator = match validators.entry(stem) {
            std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::hash_map::Entry::Vacant(e) => e.insert(compile(schemas, stem)?),
        };
        *checked.entry(stem).or_default() += 1;
        for error in validator.iter_errors(&doc.public) {
            let at = error.instance_path().to_string();
            violations.push(format!(
                "{} {} (account {}) {stem}.json at '{at}': {error}",
                doc.pvt_type, doc.id, doc.account_id
            ));
        }
    }
    let summary: Vec<String> = checked.iter().map(|(s, n)| format!("{s} {n}")).collect();
    eprintln!("conformance: validated {} documents ({})", checked.values().sum::<usize>(), summary.join(", "));
    if !unchecked.is_empty() {
        let list: Vec<&str> = unchecked.into_iter().collect();
        eprintln!("conformance: no KAZOO schema for pvt_type {} (not validated)", list.join(", "));
    }
    Ok(violations)
}

/// A stand-in id for the steps that point at a document (Monster's fresh steps hold the
/// string `"null"` until something is chosen; what is saved is a 32-hex id).
const SOME_ID: &str = "0123456789abcdef0123456789abcdef";

/// What a person fills in before a step is added, where the action's fresh data leaves a
/// field empty (its form asks for it).
fn filled_in(key: &str, data: &mut Value) {
    let sample = match key {
        "ring_group[]" => json!({"endpoints": [{"endpoint_type": "user", "id": SOME_ID, "delay": 0, "timeout": 20}]}),
        "page_group[]" => json!({"endpoints": [{"endpoint_type": "user", "id": SOME_ID}]}),
        "tts[]" => json!({"text": "Welcome to Demo Co"}),
        "sleep[]" => json!({"duration": "5"}),
        "language[]" => json!({"language": "fr-fr"}),
        "pivot[]" => json!({"voice_url": "https://pivot.example.com/answer"}),
        "response[]" => json!({"code": "486", "message": "Busy here"}),
        "branch_variable[]" => json!({"variable": ["custom_channel_vars", "department"]}),
        _ => return,
    };
    for (k, v) in sample.as_object().into_iter().flatten() {
        data[k] = v.clone();
    }
}

/// Where Monster's Callflows app writes what KAZOO's schema types otherwise, and Patchbay
/// writes the same on purpose (`docs/compatibility.md#callflows`): form values kept as
/// strings, a fax owner left `null` until chosen, a variable split into its path.
const AS_MONSTER_WRITES: [(&str, &str); 8] = [
    ("user[id=*]", "/timeout"),
    ("device[id=*]", "/timeout"),
    ("collect_dtmf[]", "/timeout"),
    ("record_call[action=start]", "/time_limit"),
    ("sleep[]", "/duration"),
    ("response[]", "/code"),
    ("receive_fax[]", "/owner_id"),
    ("branch_variable[]", "/variable"),
];

/// Every action of the Callflows palette, filled in as a person would, against KAZOO's
/// schema for its module (`callflows.<module>.json`); returns one line per violation that
/// is not one of Monster's own (`AS_MONSTER_WRITES`, each reported once as kept).
fn validate_actions(schemas: &Path) -> Result<Vec<String>> {
    let mut violations = Vec::new();
    let mut kept = Vec::new();
    let mut checked = 0;
    for action in patchbay_monster::callflow::ACTIONS {
        let stem = format!("callflows.{}", action.module);
        if !schemas.join(format!("{stem}.json")).is_file() {
            continue;
        }
        let mut data = action.default_data();
        if let Some(map) = data.as_object_mut() {
            for value in map.values_mut() {
                if value.as_str() == Some("null") {
                    *value = Value::String(SOME_ID.into());
                }
            }
        }
        filled_in(action.key, &mut data);
        checked += 1;
        let validator = compile(schemas, &stem)?;
        for error in validator.iter_errors(&data) {
            let at = error.instance_path().to_string();
            let line = format!("palette action {} {stem}.json at '{at}': {error}", action.key);
            if AS_MONSTER_WRITES.contains(&(action.key, at.as_str())) {
                kept.push(line);
            } else {
                violations.push(line);
            }
        }
    }
    eprintln!("conformance: validated the data of {checked} palette actions against their module schemas");
    for line in kept {
        eprintln!("conformance: as Monster writes it (kept): {line}");
    }
    Ok(violations)
}

/// What the Callflows section's forms write — each entity form (defaults, a name, and
/// every list filled) and a time-of-day rule of each cycle and a set — against the
/// collection's KAZOO schema; one line per violation.
fn validate_forms(schemas: &Path) -> Result<Vec<String>> {
    use patchbay_monster::callflow::entity::{inputs, write, Input, Shape, ENTITIES};
    use patchbay_monster::callflow::time_of_day::{rule_doc, set_doc, Cycle, RuleForm};
    let mut docs: Vec<(String, &str, Value)> = Vec::new();
    for entity in ENTITIES {
        let mut form = inputs(entity, &json!({}));
        for (field, input) in entity.fields.iter().zip(form.iter_mut()) {
            match (field.path, field.shape, input) {
                ("name", _, Input::Text(t)) => *t = format!("Conformance {}", entity.key),
                (_, Shape::Words, Input::Text(t)) => *t = "one, two".into(),
                (_, Shape::Digits, Input::Text(t)) => *t = "3001, 1234".into(),
                (_, Shape::Emails, Input::Text(t)) => *t = "a@demo.test, b@demo.test".into(),
                (_, Shape::NumberSet, Input::Text(t)) => *t = "+14155550199".into(),
                (_, Shape::Pick(_), Input::Text(t)) => *t = SOME_ID.into(),
                (_, Shape::Text, Input::Text(t)) => *t = "1234".into(),
                _ => {}
            }
        }
        let doc = write(entity, &form, &json!({})).map_err(|e| anyhow::anyhow!("{}: {e:?}", entity.key))?;
        let stem = match entity.collection {
            "faxboxes" => "faxbox",
            other => other,
        };
        docs.push((format!("the {} form", entity.key), stem, doc));
    }
    for cycle in Cycle::ALL {
        for ordinal in ["first", "every"] {
            let form = RuleForm {
                name: "Conformance".into(),
                cycle,
                wdays: vec!["wednesday", "sunday"],
                ordinal,
                start_date: Some((2026, 12, 7)),
                ..RuleForm::default()
            };
            let doc = rule_doc(&form, &json!({}), 0).map_err(|e| anyhow::anyhow!("{e:?}"))?;
            docs.push((format!("a {} time of day ({ordinal})", cycle.key()), "temporal_rules", doc));
        }
    }
    let set = set_doc("Conformance", &[SOME_ID.into()], &json!({})).map_err(|e| anyhow::anyhow!("{e:?}"))?;
    docs.push(("a time of day set".into(), "temporal_rules_sets", set));
    let mut violations = Vec::new();
    for (what, stem, doc) in &docs {
        let validator = compile(schemas, stem)?;
        violations
            .extend(validator.iter_errors(doc).map(|e| format!("{what}, {stem}.json at '{}': {e}", e.instance_path())));
    }
    eprintln!("conformance: validated {} documents the Callflows forms write against their schemas", docs.len());
    Ok(violations)
}

use patchbay_sandbox::kazoo_schemas::compile;

#[cfg(test)]
mod tests {
    use super::*;

    /// `caller_id` lives in its own file: a wrong number type there proves `$ref`s resolve.
    #[test]
    fn references_resolve_and_violations_are_reported() {
        let dir = crate::project_root().join("../shared/kazoo/schemas");
        if !dir.is_dir() {
            eprintln!("SKIPPED: {} not found", dir.display());
            return;
        }
        let devices = compile(&dir, "devices").expect("devices.json compiles");
        assert!(devices.is_valid(&json!({"name": "Desk"})));
        assert!(!devices.is_valid(&json!({})));
        assert!(!devices.is_valid(&json!({"name": "Desk", "caller_id": {"internal": {"number": 5}}})));
    }
}
