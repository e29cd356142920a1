//! The Python script: the standard library only (`urllib`, `hashlib`, `json`), bodies
//! written as Python literals with the wired ids as variables.

use serde_json::Value;

use super::{
    comment_path, left_out, one_line, sources, split, steps, used_in, var, Piece, Source, HOW_TO_RUN_BASH,
    SECRET_PLACEHOLDERS,
};
use crate::inspector::Action;

fn py_string(s: &str, known: &[(String, Source)]) -> String {
    let parts: Vec<String> = split(s, known)
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => Value::from(t).to_string(),
            Piece::Id(i) => var(&known[i].1, i),
        })
        .collect();
    match parts.len() {
        0 => "\"\"".into(),
        _ => parts.join(" + "),
    }
}

fn py_expr(v: &Value, known: &[(String, Source)], depth: usize) -> String {
    let pad = |d: usize| "    ".repeat(d);
    match v {
        Value::Null => "None".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Number(n) => n.to_string(),
        Value::String(s) if SECRET_PLACEHOLDERS.contains(&s.as_str()) => "NEW_SECRET".into(),
        Value::String(s) => py_string(s, known),
        Value::Array(items) if items.is_empty() => "[]".into(),
        Value::Array(items) => format!(
            "[\n{}\n{}]",
            items
                .iter()
                .map(|i| format!("{}{},", pad(depth + 1), py_expr(i, known, depth + 1)))
                .collect::<Vec<_>>()
                .join("\n"),
            pad(depth)
        ),
        Value::Object(map) if map.is_empty() => "{}".into(),
        Value::Object(map) => format!(
            "{{\n{}\n{}}}",
            map.iter()
                .map(|(k, v)| format!(
                    "{}{}: {},",
                    pad(depth + 1),
                    Value::from(k.as_str()),
                    py_expr(v, known, depth + 1)
                ))
                .collect::<Vec<_>>()
                .join("\n"),
            pad(depth)
        ),
    }
}

/// The action as a Python 3 script (standard library only).
pub fn python_script(action: &Action, root: &str, account_id: &str) -> String {
    let (steps, skipped) = steps(action, root);
    let known = sources(&steps, account_id);
    let mut out = String::new();
    out.push_str("#!/usr/bin/env python3\n");
    out.push_str(&format!(
        "# Reproduces \"{}\" as Patchbay did it: {} calls to Crossbar.\n",
        one_line(&action.label),
        steps.len()
    ));
    out.push_str(&HOW_TO_RUN_BASH.replace("bash this-script.sh", "python3 this-script.py"));
    out.push_str(&left_out(&skipped, &known));
    out.push_str(PY_PRELUDE);
    for step in &steps {
        out.push_str(&format!("\n# {}. {} /v2/{}\n", step.n, step.method, comment_path(&step.path, &known)));
        let body = step.body.as_ref().map(|b| py_expr(b, &known, 0)).unwrap_or_else(|| "None".into());
        let call = if step.may_fail { "call_may_fail" } else { "call" };
        out.push_str(&format!(
            "answer = {call}({}, {}, {body})\n",
            Value::from(step.method.as_str()),
            py_string(&step.path, &known)
        ));
        for (i, (_, source)) in known.iter().enumerate() {
            if !matches!(source, Source::Made(n) | Source::Listed(n, _) if *n == step.n)
                || !steps.iter().any(|later| later.n > step.n && used_in(later, &known).contains(&i))
            {
                continue;
            }
            let name = var(source, i);
            match source {
                Source::Made(_) => out.push_str(&format!("{name} = answer[\"data\"][\"id\"]\n")),
                Source::Listed(_, row) => out.push_str(&format!(
                    "{name} = next(r[\"id\"] for r in answer[\"data\"] if r.get(\"name\") == {})\n",
                    Value::from(row.as_str())
                )),
                Source::Account => {}
            }
        }
    }
    out.push_str("\nprint(\"Done.\")\n");
    out
}

const PY_PRELUDE: &str = r#"import hashlib
import json
import os
import sys
import urllib.error
import urllib.request

SERVER = os.environ.get("KAZOO_SERVER") or sys.exit("Set KAZOO_SERVER, e.g. http://127.0.0.1:8080")
ACCOUNT_NAME = os.environ.get("KAZOO_ACCOUNT_NAME") or sys.exit("Set KAZOO_ACCOUNT_NAME to your account's name")
NEW_SECRET = os.environ.get("KAZOO_NEW_SECRET", "change-me")
TOKEN = None


def send(method, path, body=None):
    """One request; returns (status, answer as JSON or None)."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(SERVER + "/v2/" + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if TOKEN:
        request.add_header("X-Auth-Token", TOKEN)
    try:
        with urllib.request.urlopen(request) as response:
            status, text = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, text = error.code, error.read()
    try:
        return status, json.loads(text)
    except ValueError:
        return status, None


def call(method, path, body=None):
    status, answer = send(method, path, body)
    if status >= 400:
        sys.exit(f"{method} /v2/{path} was answered {status}: {answer}")
    return answer


def call_may_fail(method, path, body=None):
    return send(method, path, body)[1]


if os.environ.get("KAZOO_API_KEY"):
    auth = call("PUT", "api_auth", {"data": {"api_key": os.environ["KAZOO_API_KEY"]}})
else:
    username = os.environ.get("KAZOO_USERNAME") or sys.exit("Set KAZOO_USERNAME and KAZOO_PASSWORD, or KAZOO_API_KEY")
    password = os.environ.get("KAZOO_PASSWORD") or sys.exit("Set KAZOO_PASSWORD")
    credentials = hashlib.md5(f"{username}:{password}".encode()).hexdigest()
    auth = call("PUT", "user_auth", {"data": {"credentials": credentials, "account_name": ACCOUNT_NAME}})
TOKEN = auth["auth_token"]
ACCOUNT_ID = auth["data"]["account_id"]
"#;
