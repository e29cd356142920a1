//! The bash script: curl for the calls, jq for every body (built with `jq -n --arg`, so
//! recorded text stays data whatever it holds) and for reading ids from answers.

use serde_json::Value;

use super::{
    comment_path, left_out, one_line, sources, split, steps, used_in, var, Piece, Source, HOW_TO_RUN_BASH,
    SECRET_PLACEHOLDERS,
};
use crate::inspector::Action;

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
