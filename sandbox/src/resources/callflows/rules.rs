//! cb_callflows' rules: numbers rewritten to E.164, "at least one number or pattern",
//! the callflows schema, account-wide number/pattern uniqueness and number ownership;
//! plus the listing row and the `metadata` map of a single GET.

use crate::reply::CbError;
use crate::resources::{e164, number_inventory};
use crate::schema::callflow_modules;
use crate::store::Store;
use crate::validate::Validator;
use serde_json::{json, Map, Value};
use std::collections::HashSet;

pub const TYPE: &str = "callflow";

/// `kz_json:get_ne_value`: missing, null, "" and [] all count as "none".
fn non_empty<'a>(doc: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    doc.get(key).filter(|v| match v {
        Value::Null => false,
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
        _ => true,
    })
}

fn not_an_array(field: &str, value: &Value) -> CbError {
    CbError::field(field, "type", json!({"message": "Value is not of type array", "cause": value}))
}

/// Validates `cf` (public fields after POST/PATCH merging) in cb_callflows' order and
/// rewrites `numbers` to E.164. `id` is the callflow being updated (excluded from the
/// uniqueness check).
pub fn prepare(store: &Store, account_id: &str, id: &str, cf: &mut Map<String, Value>) -> Result<(), CbError> {
    match non_empty(cf, "numbers").cloned() {
        Some(Value::Array(numbers)) => {
            let normalized: Vec<Value> = numbers
                .into_iter()
                .map(|n| match n {
                    Value::String(s) => Value::String(e164::normalize(&s)),
                    other => other,
                })
                .collect();
            cf.insert("numbers".into(), Value::Array(normalized));
        }
        Some(other) => return Err(not_an_array("numbers", &other)),
        None => match non_empty(cf, "patterns") {
            None => {
                return Err(CbError::field(
                    "numbers",
                    "required",
                    json!({"message": "Callflows must be assigned at least one number or pattern"}),
                ))
            }
            Some(Value::Array(_)) => {}
            Some(other) => return Err(not_an_array("patterns", other)),
        },
    }
    check_schema(cf)?;
    check_unique(store, account_id, id, cf)?;
    check_ownership(store, account_id, &strings(cf.get("numbers")))
}

/// The facts of `callflows.json` and `callflows.action.json`, defaults filled in.
fn check_schema(cf: &mut Map<String, Value>) -> Result<(), CbError> {
    cf.entry("numbers").or_insert_with(|| json!([]));
    cf.entry("patterns").or_insert_with(|| json!([]));
    let mut v = Validator::new();
    string_items(&mut v, cf, "numbers", 36);
    string_items(&mut v, cf, "patterns", usize::MAX);
    if let Some(items) = cf.get("numbers").and_then(Value::as_array) {
        let unique = items.iter().enumerate().all(|(i, a)| !items[..i].contains(a));
        if !unique {
            v.add("numbers", "uniqueItems", json!({"message": "Non-unique array item", "value": items}));
        }
    }
    if let Some(name) = cf.get("name") {
        if !name.is_string() {
            v.type_error("name", "string", name);
        }
    }
    v.string_array(cf, "flags");
    v.object(cf, "ringback");
    v.object(cf, "metaflow");
    if let Some(code) = cf.get("featurecode") {
        match code.as_object() {
            Some(code) => {
                let mut inner = Validator::new();
                inner.string(code, "name", 1, 128);
                inner.string(code, "number", 1, 30);
                prefix_errors(&mut v, "featurecode", inner);
            }
            None => v.type_error("featurecode", "object", code),
        }
    }
    if let Some(flow) = cf.get_mut("flow") {
        check_node(&mut v, "flow", flow);
    }
    v.finish()
}

fn string_items(v: &mut Validator, cf: &Map<String, Value>, field: &str, max: usize) {
    let Some(items) = cf.get(field).and_then(Value::as_array) else { return };
    for (i, item) in items.iter().enumerate() {
        let mut one = Map::new();
        one.insert(format!("{field}.{i}"), item.clone());
        v.string(&one, &format!("{field}.{i}"), 1, max);
    }
}

/// Re-keys a nested validator's errors under `prefix.` (Crossbar joins paths with dots);
/// an empty prefix keeps them as they are.
fn prefix_errors(outer: &mut Validator, prefix: &str, inner: Validator) {
    if let Err(err) = inner.finish() {
        for (field, errors) in err.data.as_object().into_iter().flatten() {
            for (validator, detail) in errors.as_object().into_iter().flatten() {
                let key = if prefix.is_empty() { field.clone() } else { format!("{prefix}.{field}") };
                outer.add(&key, validator, detail.clone());
            }
        }
    }
}

/// A flow node: `module` (1..64) required, `data` an object (default `{}`), `children`
/// an object of nodes.
fn check_node(v: &mut Validator, path: &str, node: &mut Value) {
    let Some(obj) = node.as_object_mut() else {
        v.type_error(path, "object", node);
        return;
    };
    obj.entry("data").or_insert_with(|| json!({}));
    let mut inner = Validator::new();
    if inner.required(obj, "module") {
        inner.string(obj, "module", 1, 64);
    }
    inner.object(obj, "data");
    inner.object(obj, "children");
    prefix_errors(v, path, inner);
    // Module data errors are keyed as Crossbar keys them: relative to the node's data.
    if let (Some(module), Some(data)) = (obj.get("module").and_then(Value::as_str), obj.get("data")) {
        if let Some(data) = data.as_object() {
            prefix_errors(v, "", callflow_modules::check_data(module, data));
        }
    }
    if let Some(Value::Object(children)) = obj.get_mut("children") {
        for (branch, child) in children.iter_mut() {
            check_node(v, &format!("{path}.children.{branch}"), child);
        }
    }
}

fn strings(value: Option<&Value>) -> Vec<String> {
    value.and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).map(str::to_string).collect()
}

/// `numbers.unique` / `patterns.unique` against the account's other callflows, with
/// Crossbar's message "Number X exists in callflow ID NAME". Like Crossbar, one error per
/// field survives (the last conflict found).
fn check_unique(store: &Store, account_id: &str, id: &str, cf: &Map<String, Value>) -> Result<(), CbError> {
    let mut v = Validator::new();
    let all = store.list(account_id, TYPE)?;
    let others: Vec<&Value> = all.iter().filter(|o| o.get("_id").and_then(Value::as_str) != Some(id)).collect();
    for (field, label) in [("numbers", "Number"), ("patterns", "Pattern")] {
        for wanted in strings(cf.get(field)) {
            for other in others.iter().filter(|o| strings(o.get(field)).contains(&wanted)) {
                let other_id = other.get("_id").and_then(Value::as_str).unwrap_or_default();
                let name = other.get("name").and_then(Value::as_str).unwrap_or_default();
                v.add(
                    field,
                    "unique",
                    json!({"message": format!("{label} {wanted} exists in callflow {other_id} {name}"), "cause": wanted}),
                );
            }
        }
    }
    v.finish()
}

/// `cb_modules_util:validate_number_ownership`: a DID held by another account is 403;
/// numbers unknown to the number manager are ignored.
fn check_ownership(store: &Store, account_id: &str, numbers: &[String]) -> Result<(), CbError> {
    for number in numbers.iter().filter(|n| e164::is_reconcilable(n)) {
        if let Some(owner) = number_inventory::owner_of(store, number)? {
            if owner != account_id {
                return Err(CbError {
                    data: json!({"message": format!("unauthorized to use {number}"), "cause": number}),
                    ..CbError::forbidden()
                });
            }
        }
    }
    Ok(())
}

/// The `crossbar_listing` view row. Absent optional keys stay absent, as undefined
/// values do in the CouchDB view.
pub fn listing_row(cf: &Value) -> Value {
    let mut row = Map::new();
    row.insert("id".into(), cf.get("_id").cloned().unwrap_or(Value::Null));
    for key in ["name", "type", "owner_id", "group_id"] {
        if let Some(v) = cf.get(key) {
            row.insert(key.into(), v.clone());
        }
    }
    row.insert("numbers".into(), cf.get("numbers").cloned().unwrap_or_else(|| json!([])));
    row.insert("patterns".into(), cf.get("patterns").cloned().unwrap_or_else(|| json!([])));
    row.insert("featurecode".into(), cf.get("featurecode").cloned().unwrap_or(Value::Bool(false)));
    let mut modules = Vec::new();
    if let Some(flow) = cf.get("flow") {
        collect_modules(flow, &mut modules);
    }
    row.insert("modules".into(), json!(modules));
    row.insert("flags".into(), cf.get("flags").cloned().unwrap_or_else(|| json!([])));
    Value::Object(row)
}

/// Distinct module names, depth first; a node with `data.skip_module: true` (a disabled
/// voicemail step in Smart PBX) is not counted, its children still are.
fn collect_modules(node: &Value, out: &mut Vec<String>) {
    let skipped = node.get("data").and_then(|d| d.get("skip_module")) == Some(&Value::Bool(true));
    if let Some(module) = node.get("module").and_then(Value::as_str).filter(|_| !skipped) {
        if !out.iter().any(|m| m == module) {
            out.push(module.to_string());
        }
    }
    for child in node.get("children").and_then(Value::as_object).into_iter().flatten().map(|(_, c)| c) {
        collect_modules(child, out);
    }
}

/// `get_metadata`: for every id in a node's `data` (`id` and any `*_id` key) and every
/// branch key of `children` (temporal rule ids), the referenced document's `name`
/// (users: first and last name), `numbers` and `pvt_type`.
pub fn metadata(store: &Store, account_id: &str, flow: Option<&Value>) -> anyhow::Result<Value> {
    let mut lookup = Lookup { store, account_id, asked: HashSet::new(), meta: Map::new() };
    if let Some(flow) = flow {
        lookup.walk(flow)?;
    }
    Ok(Value::Object(lookup.meta))
}

/// One metadata walk. Each id is looked up once, found or not: a flow repeats the same
/// branch keys ("1" … "9") and placeholders at every menu, and a 500-step tree asked
/// the store a thousand times for the same few misses (9 ms a GET, `cargo xtask bench`).
struct Lookup<'a> {
    store: &'a Store,
    account_id: &'a str,
    asked: HashSet<String>,
    meta: Map<String, Value>,
}

impl Lookup<'_> {
    fn walk(&mut self, node: &Value) -> anyhow::Result<()> {
        for (key, value) in node.get("data").and_then(Value::as_object).into_iter().flatten() {
            if let Some(id) = value.as_str().filter(|_| key == "id" || key.contains("_id")) {
                self.add(id)?;
            }
        }
        for (branch, child) in node.get("children").and_then(Value::as_object).into_iter().flatten() {
            self.add(branch)?;
            self.walk(child)?;
        }
        Ok(())
    }

    fn add(&mut self, id: &str) -> anyhow::Result<()> {
        if id == "_" || id.len() < 2 || !self.asked.insert(id.to_string()) {
            return Ok(());
        }
        let Some(found) = self.store.get_live(self.account_id, id)? else { return Ok(()) };
        let mut entry = Map::new();
        let name = if found.get("pvt_type").and_then(Value::as_str) == Some("user") {
            let part = |k: &str| found.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
            Some(format!("{} {}", part("first_name"), part("last_name")))
                .filter(|n| !n.trim().is_empty())
                .map(Value::from)
        } else {
            found.get("name").cloned()
        };
        if let Some(name) = name {
            entry.insert("name".into(), name);
        }
        for key in ["numbers", "pvt_type"] {
            if let Some(v) = found.get(key) {
                entry.insert(key.into(), v.clone());
            }
        }
        self.meta.insert(id.to_string(), Value::Object(entry));
        Ok(())
    }
}
