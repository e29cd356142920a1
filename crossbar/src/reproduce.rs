//! "Reproduce as script": one GUI action ("Create user Ada Lovelace": the user, a
//! voicemail box, a callflow…) as a script that does the same against any Crossbar —
//! bash with curl and jq, or Python with nothing beyond its standard library. The script
//! signs in itself with the runner's own credentials from the environment
//! (`KAZOO_SERVER`, `KAZOO_ACCOUNT_NAME`, `KAZOO_USERNAME` and `KAZOO_PASSWORD`, or
//! `KAZOO_API_KEY`), finds its account id, replays the calls in order, and wires ids
//! from earlier answers into later requests: the new user's id goes into the callflow
//! that rings them, whatever id the other server gives it.

use serde_json::Value;

use crate::inspector::{Action, Exchange};

/// Where a value in a later request comes from.
#[derive(Debug, Clone, PartialEq)]
enum Source {
    /// The signed-in account.
    Account,
    /// `data.id` of call `n`'s answer (a document it made or read).
    Made(usize),
    /// The id of the row named `name` in call `n`'s listing.
    Listed(usize, String),
}

/// A replayed call: what is sent, with the ids it uses named.
#[derive(Debug, Clone)]
struct Step {
    n: usize,
    method: String,
    /// After `/v2/`, query included.
    path: String,
    body: Option<Value>,
    /// The GUI expected a non-2xx answer here (a lookup that may find nothing).
    may_fail: bool,
    /// What Crossbar answered in the GUI, for the ids it offers later calls.
    answer: Option<Value>,
}

/// A call left out: method, path (or URL) and why.
type Skipped = (String, String, &'static str);

/// What the script is made from: the action's calls to Crossbar that did something.
fn steps(action: &Action, root: &str) -> (Vec<Step>, Vec<Skipped>) {
    let mut steps = Vec::new();
    let mut skipped = Vec::new();
    for ex in &action.exchanges {
        let Some(path) = ex.url.strip_prefix(root.trim_end_matches('/')).and_then(|p| p.strip_prefix('/')) else {
            skipped.push((ex.method.clone(), ex.url.clone(), "not Crossbar"));
            continue;
        };
        let auth = ["user_auth", "api_auth", "token_auth"].iter().any(|a| path.starts_with(a));
        let revision_check = ex.status == Some(412) && has_header(ex, "if-match");
        let failed = ex.is_error();
        if auth || revision_check || ex.status.is_none() || failed {
            let why = if auth {
                "signing in, which the script does itself"
            } else if revision_check {
                "a revision check of the GUI's"
            } else if ex.status.is_none() {
                "no answer came"
            } else {
                "it failed in the GUI too"
            };
            skipped.push((ex.method.clone(), format!("/v2/{path}"), why));
            continue;
        }
        let body = ex.request_body.as_deref().and_then(|b| serde_json::from_str(b).ok());
        let answer = ex.response_body.as_deref().and_then(|b| serde_json::from_str(b).ok());
        steps.push(Step {
            n: steps.len() + 1,
            method: ex.method.clone(),
            path: path.to_string(),
            body,
            may_fail: ex.expected,
            answer,
        });
    }
    (steps, skipped)
}

fn has_header(ex: &Exchange, name: &str) -> bool {
    ex.request_headers.iter().any(|(k, _)| k.eq_ignore_ascii_case(name))
}

/// Ids worth wiring: 32-hex document ids, from the account or an earlier answer.
fn is_doc_id(s: &str) -> bool {
    s.len() == 32 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The ids each step's answer offers later steps, found in the recorded answers.
fn sources(steps: &[Step], account_id: &str) -> Vec<(String, Source)> {
    let mut found: Vec<(String, Source)> = Vec::new();
    if is_doc_id(account_id) {
        found.push((account_id.to_string(), Source::Account));
    }
    for step in steps {
        let Some(answer) = &step.answer else { continue };
        let mut offer = |id: &str, source: Source| {
            if is_doc_id(id) && !found.iter().any(|(known, _)| known == id) {
                found.push((id.to_string(), source));
            }
        };
        match &answer["data"] {
            Value::Object(doc) => {
                if let Some(id) = doc.get("id").and_then(Value::as_str) {
                    offer(id, Source::Made(step.n));
                }
            }
            Value::Array(rows) => {
                for row in rows {
                    if let (Some(id), Some(name)) = (row["id"].as_str(), row["name"].as_str()) {
                        offer(id, Source::Listed(step.n, name.to_string()));
                    }
                }
            }
            _ => {}
        }
    }
    found
}

/// A variable's name in the scripts.
fn var(source: &Source, index: usize) -> String {
    match source {
        Source::Account => "ACCOUNT_ID".into(),
        Source::Made(n) | Source::Listed(n, _) => format!("ID_{n}_{index}"),
    }
}

/// Which known ids a step uses, and so which variables it needs.
fn used_in(step: &Step, known: &[(String, Source)]) -> Vec<usize> {
    let text = format!("{} {}", step.path, step.body.as_ref().map(Value::to_string).unwrap_or_default());
    (0..known.len()).filter(|i| text.contains(&known[*i].0)).collect()
}

/// Pieces of a text: literal runs and known ids.
enum Piece<'a> {
    Text(&'a str),
    Id(usize),
}

fn split<'a>(mut text: &'a str, known: &[(String, Source)]) -> Vec<Piece<'a>> {
    let mut out = Vec::new();
    while !text.is_empty() {
        let next = known.iter().enumerate().filter_map(|(i, (id, _))| text.find(id.as_str()).map(|at| (at, i))).min();
        match next {
            Some((at, i)) => {
                if at > 0 {
                    out.push(Piece::Text(&text[..at]));
                }
                out.push(Piece::Id(i));
                text = &text[at + known[i].0.len()..];
            }
            None => {
                out.push(Piece::Text(text));
                break;
            }
        }
    }
    out
}

/// A path for a comment: known ids as `{ACCOUNT_ID}`, `{ID_2_1}`.
fn comment_path(path: &str, known: &[(String, Source)]) -> String {
    split(path, known)
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => one_line(t),
            Piece::Id(i) => format!("{{{}}}", var(&known[i].1, i)),
        })
        .collect()
}

fn left_out(skipped: &[Skipped], known: &[(String, Source)]) -> String {
    skipped
        .iter()
        .map(|(method, path, why)| format!("# Left out: {method} {} ({why})\n", comment_path(path, known)))
        .collect()
}

/// What a recorded body held where a secret was: the runner gives one, or a placeholder
/// is written that nobody can sign in with by chance.
const SECRET_PLACEHOLDERS: [&str; 2] = ["{CREDENTIALS}", "{AUTH_TOKEN}"];

// ---------------------------------------------------------------- bash

fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// A path in double quotes, known ids as variables.
fn bash_path(path: &str, known: &[(String, Source)]) -> String {
    let escape = |t: &str| t.replace('\\', "\\\\").replace('"', "\\\"").replace('$', "\\$").replace('`', "\\`");
    let inner: String = split(path, known)
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => escape(t),
            Piece::Id(i) => format!("${{{}}}", var(&known[i].1, i)),
        })
        .collect();
    format!("\"{inner}\"")
}

/// A JSON value as a jq expression, known ids as jq variables of the same names.
fn jq_expr(v: &Value, known: &[(String, Source)]) -> String {
    match v {
        Value::String(s) if SECRET_PLACEHOLDERS.contains(&s.as_str()) => {
            "($ENV.KAZOO_NEW_SECRET // \"change-me\")".into()
        }
        Value::String(s) => {
            let parts: Vec<String> = split(s, known)
                .into_iter()
                .map(|p| match p {
                    Piece::Text(t) => Value::from(t).to_string(),
                    Piece::Id(i) => format!("${}", var(&known[i].1, i)),
                })
                .collect();
            match parts.len() {
                0 => "\"\"".into(),
                1 => parts[0].clone(),
                _ => format!("({})", parts.join(" + ")),
            }
        }
        Value::Array(items) => format!("[{}]", items.iter().map(|i| jq_expr(i, known)).collect::<Vec<_>>().join(", ")),
        Value::Object(map) => format!(
            "{{{}}}",
            map.iter()
                .map(|(k, v)| format!("{}: {}", Value::from(k.as_str()), jq_expr(v, known)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        other => other.to_string(),
    }
}

fn bash_capture(source: &Source, index: usize) -> String {
    let name = var(source, index);
    match source {
        Source::Account => String::new(),
        Source::Made(_) => format!("{name}=$(jq -r '.data.id' <<<\"$ANSWER\")\n"),
        Source::Listed(_, row) => format!(
            "{name}=$(jq -r --arg name {} '[.data[] | select(.name == $name)][0].id' <<<\"$ANSWER\")\n",
            sh_quote(row)
        ),
    }
}

/// The action as a bash script (curl and jq).
pub fn bash_script(action: &Action, root: &str, account_id: &str) -> String {
    let (steps, skipped) = steps(action, root);
    let known = sources(&steps, account_id);
    let mut out = String::new();
    out.push_str("#!/usr/bin/env bash\n");
    out.push_str(&format!(
        "# Reproduces \"{}\" as Patchbay did it: {} calls to Crossbar.\n",
        one_line(&action.label),
        steps.len()
    ));
    out.push_str(HOW_TO_RUN_BASH);
    out.push_str(&left_out(&skipped, &known));
    out.push_str(BASH_PRELUDE);
    for step in &steps {
        out.push_str(&format!("\n# {}. {} /v2/{}\n", step.n, step.method, comment_path(&step.path, &known)));
        let path = bash_path(&step.path, &known);
        let call = if step.may_fail { "call_may_fail" } else { "call" };
        match &step.body {
            Some(body) => {
                let vars: String = used_in(step, &known)
                    .into_iter()
                    .filter(|i| known[*i].1 != Source::Account || body.to_string().contains(&known[*i].0))
                    .map(|i| {
                        let name = var(&known[i].1, i);
                        format!(" --arg {name} \"${name}\"")
                    })
                    .collect();
                out.push_str(&format!(
                    "{call} {} {path} \"$(jq -n{vars} {})\"\n",
                    step.method,
                    sh_quote(&jq_expr(body, &known))
                ));
            }
            None => out.push_str(&format!("{call} {} {path}\n", step.method)),
        }
        for (i, (_, source)) in known.iter().enumerate() {
            if matches!(source, Source::Made(n) | Source::Listed(n, _) if *n == step.n)
                && steps.iter().any(|later| later.n > step.n && used_in(later, &known).contains(&i))
            {
                out.push_str(&bash_capture(source, i));
            }
        }
    }
    out.push_str("\necho \"Done.\"\n");
    out
}

fn one_line(s: &str) -> String {
    s.replace(['\n', '\r'], " ")
}

const HOW_TO_RUN_BASH: &str = "#
# Run it with your own server and login (never a production cluster to try things):
#   KAZOO_SERVER=http://127.0.0.1:8080 KAZOO_ACCOUNT_NAME='My Co' \\
#   KAZOO_USERNAME=admin KAZOO_PASSWORD='…' bash this-script.sh
# or KAZOO_API_KEY=… in place of the username and password.
# Passwords the GUI sent were not recorded: the script sends KAZOO_NEW_SECRET in their place.
";

const BASH_PRELUDE: &str = r#"set -euo pipefail
: "${KAZOO_SERVER:?Set KAZOO_SERVER, e.g. http://127.0.0.1:8080}"
: "${KAZOO_ACCOUNT_NAME:?Set KAZOO_ACCOUNT_NAME to the name of your account}"

if [ -n "${KAZOO_API_KEY:-}" ]; then
  AUTH=$(curl -sS -X PUT "$KAZOO_SERVER/v2/api_auth" -H 'Content-Type: application/json' \
    -d "$(jq -n --arg key "$KAZOO_API_KEY" '{data: {api_key: $key}}')")
else
  : "${KAZOO_USERNAME:?Set KAZOO_USERNAME and KAZOO_PASSWORD, or KAZOO_API_KEY}"
  : "${KAZOO_PASSWORD:?Set KAZOO_PASSWORD}"
  CREDENTIALS=$(printf '%s' "$KAZOO_USERNAME:$KAZOO_PASSWORD" | md5sum | cut -d' ' -f1)
  AUTH=$(curl -sS -X PUT "$KAZOO_SERVER/v2/user_auth" -H 'Content-Type: application/json' \
    -d "$(jq -n --arg c "$CREDENTIALS" --arg a "$KAZOO_ACCOUNT_NAME" '{data: {credentials: $c, account_name: $a}}')")
fi
AUTH_TOKEN=$(jq -r '.auth_token // empty' <<<"$AUTH")
ACCOUNT_ID=$(jq -r '.data.account_id // empty' <<<"$AUTH")
if [ -z "$AUTH_TOKEN" ] || [ -z "$ACCOUNT_ID" ]; then
  echo "Signing in was refused: $AUTH" >&2
  exit 1
fi

# call METHOD PATH [BODY]: the answer is left in $ANSWER; a refusal stops the script.
call() {
  local out code
  out=$(send "$@")
  code=${out##*$'\n'}
  ANSWER=${out%$'\n'*}
  if [ "$code" -ge 400 ]; then
    echo "$1 /v2/$2 was answered $code: $ANSWER" >&2
    exit 1
  fi
}
# The same, for a call the GUI expected might find nothing.
call_may_fail() {
  local out
  out=$(send "$@")
  ANSWER=${out%$'\n'*}
}
send() {
  local args=(-sS -X "$1" -H "X-Auth-Token: $AUTH_TOKEN" -w $'\n%{http_code}')
  if [ $# -ge 3 ]; then
    args+=(-H 'Content-Type: application/json' --data-binary "$3")
  fi
  curl "${args[@]}" "$KAZOO_SERVER/v2/$2"
}
"#;

// ---------------------------------------------------------------- Python

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

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "0123456789abcdef0123456789abcdef";
    const U: &str = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    const V: &str = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    const ROOT: &str = "http://127.0.0.1:8080/v2";

    fn ex(method: &str, path: &str, body: Option<Value>, status: u16, answer: Value) -> Exchange {
        Exchange {
            method: method.into(),
            url: format!("{ROOT}/{path}"),
            request_body: body.map(|b| b.to_string()),
            status: Some(status),
            response_body: Some(serde_json::json!({"data": answer, "status": "success"}).to_string()),
            ..Exchange::default()
        }
    }

    fn create_user() -> Action {
        use serde_json::json;
        Action {
            id: 1,
            label: "Create user Ada 'O'Lovelace".into(),
            started_at_ms: 0.0,
            exchanges: vec![
                ex(
                    "GET",
                    &format!("accounts/{A}/callflows?filter_type=mainUserCallflow"),
                    None,
                    200,
                    json!([{"id": V, "name": "MainCallflow"}]),
                ),
                ex(
                    "PUT",
                    &format!("accounts/{A}/users"),
                    Some(json!({"data": {"first_name": "Ada", "password": "{CREDENTIALS}"}})),
                    201,
                    json!({"id": U}),
                ),
                ex(
                    "PUT",
                    &format!("accounts/{A}/callflows"),
                    Some(
                        json!({"data": {"owner_id": U, "flow": {"data": {"id": U}, "module": "user"}, "note": format!("for {U}"), "next": V}}),
                    ),
                    201,
                    json!({"id": "cccccccccccccccccccccccccccccccc"}),
                ),
                Exchange {
                    url: format!("{ROOT}/user_auth"),
                    method: "PUT".into(),
                    status: Some(201),
                    ..Exchange::default()
                },
                Exchange {
                    status: Some(412),
                    request_headers: vec![("If-Match".into(), "\"0\"".into())],
                    ..ex("GET", &format!("accounts/{A}/users/{U}"), None, 412, json!({}))
                },
            ],
        }
    }

    #[test]
    fn bash_wires_made_and_listed_ids_into_later_calls() {
        let script = bash_script(&create_user(), ROOT, A);
        assert!(script.contains("call PUT \"accounts/${ACCOUNT_ID}/users\""), "{script}");
        assert!(script.contains("ID_2_2=$(jq -r '.data.id' <<<\"$ANSWER\")"), "the new user's id is kept: {script}");
        assert!(script.contains("ID_1_1=$(jq -r --arg name 'MainCallflow'"), "a listed id is found by name: {script}");
        assert!(script.contains("\"owner_id\": $ID_2_2"), "{script}");
        assert!(script.contains("(\"for \" + $ID_2_2)"), "an id inside a text: {script}");
        assert!(script.contains("--arg ID_2_2 \"$ID_2_2\""), "{script}");
        assert!(script.contains("$ENV.KAZOO_NEW_SECRET"), "no recorded secret is sent: {script}");
        assert!(!script.contains(U) && !script.contains(V), "no recorded id is left: {script}");
        assert!(script.contains("# Left out: PUT /v2/user_auth"), "{script}");
        assert!(script.contains("a revision check"), "{script}");
        assert!(
            !script.contains("call PUT \"accounts/${ACCOUNT_ID}/callflows\" \"$(jq -n --arg ACCOUNT_ID"),
            "{script}"
        );
        assert!(script.contains("# Reproduces \"Create user Ada 'O'Lovelace\""));
    }

    /// The shell reads the whole script (`bash -n`), whatever the recorded bodies held.
    #[test]
    fn bash_parses_the_script() {
        let mut action = create_user();
        action.exchanges[1].request_body =
            Some(serde_json::json!({"data": {"first_name": "O'Brien \"$(rm -rf /)\" `x` ${HOME} \\ ')'"}}).to_string());
        let script = bash_script(&action, ROOT, A);
        let dir = std::env::temp_dir().join(format!("patchbay-bash-{}", std::process::id()));
        std::fs::write(&dir, &script).unwrap();
        let checked = std::process::Command::new("bash").arg("-n").arg(&dir).output().expect("bash runs");
        let _ = std::fs::remove_file(&dir);
        assert!(checked.status.success(), "{}\n{script}", String::from_utf8_lossy(&checked.stderr));
    }

    #[test]
    fn python_does_the_same_with_its_standard_library() {
        let script = python_script(&create_user(), ROOT, A);
        assert!(script.contains("import urllib.request"), "{script}");
        assert!(script.contains("answer = call(\"PUT\", \"accounts/\" + ACCOUNT_ID + \"/users\","), "{script}");
        assert!(script.contains("ID_2_2 = answer[\"data\"][\"id\"]"), "{script}");
        assert!(script.contains("\"owner_id\": ID_2_2,"), "{script}");
        assert!(script.contains("\"password\": NEW_SECRET,"), "{script}");
        assert!(
            script.contains("next(r[\"id\"] for r in answer[\"data\"] if r.get(\"name\") == \"MainCallflow\")"),
            "{script}"
        );
        assert!(!script.contains(U), "{script}");
        // Python reads it whole.
        let file = std::env::temp_dir().join(format!("patchbay-py-{}", std::process::id()));
        std::fs::write(&file, &script).unwrap();
        let parsed = std::process::Command::new("python3")
            .args(["-c", "import ast, sys; ast.parse(open(sys.argv[1]).read())"])
            .arg(&file)
            .output()
            .expect("python3 runs");
        let _ = std::fs::remove_file(&file);
        assert!(parsed.status.success(), "{}\n{script}", String::from_utf8_lossy(&parsed.stderr));
    }
}
