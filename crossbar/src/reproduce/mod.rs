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

mod bash;
mod python;
#[cfg(test)]
mod tests;

pub use bash::bash_script;
pub use python::python_script;

/// Where a value in a later request comes from.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Source {
    /// The signed-in account.
    Account,
    /// `data.id` of call `n`'s answer (a document it made or read).
    Made(usize),
    /// The id of the row named `name` in call `n`'s listing.
    Listed(usize, String),
}

/// A replayed call: what is sent, with the ids it uses named.
#[derive(Debug, Clone)]
pub(super) struct Step {
    pub(super) n: usize,
    pub(super) method: String,
    /// After `/v2/`, query included.
    pub(super) path: String,
    pub(super) body: Option<Value>,
    /// The GUI expected a non-2xx answer here (a lookup that may find nothing).
    pub(super) may_fail: bool,
    /// What Crossbar answered in the GUI, for the ids it offers later calls.
    answer: Option<Value>,
}

/// A call left out: method, path (or URL) and why.
pub(super) type Skipped = (String, String, &'static str);

/// What the script is made from: the action's calls to Crossbar that did something.
pub(super) fn steps(action: &Action, root: &str) -> (Vec<Step>, Vec<Skipped>) {
    let mut steps = Vec::new();
    let mut skipped = Vec::new();
    for ex in &action.exchanges {
        let Some(path) = crate::path::after_root(&ex.url, root) else {
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
pub(super) fn sources(steps: &[Step], account_id: &str) -> Vec<(String, Source)> {
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
pub(super) fn var(source: &Source, index: usize) -> String {
    match source {
        Source::Account => "ACCOUNT_ID".into(),
        Source::Made(n) | Source::Listed(n, _) => format!("ID_{n}_{index}"),
    }
}

/// Which known ids a step uses, and so which variables it needs.
pub(super) fn used_in(step: &Step, known: &[(String, Source)]) -> Vec<usize> {
    let text = format!("{} {}", step.path, step.body.as_ref().map(Value::to_string).unwrap_or_default());
    (0..known.len()).filter(|i| text.contains(&known[*i].0)).collect()
}

/// Pieces of a text: literal runs and known ids.
pub(super) enum Piece<'a> {
    Text(&'a str),
    Id(usize),
}

pub(super) fn split<'a>(mut text: &'a str, known: &[(String, Source)]) -> Vec<Piece<'a>> {
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
pub(super) fn comment_path(path: &str, known: &[(String, Source)]) -> String {
    split(path, known)
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => one_line(t),
            Piece::Id(i) => format!("{{{}}}", var(&known[i].1, i)),
        })
        .collect()
}

pub(super) fn left_out(skipped: &[Skipped], known: &[(String, Source)]) -> String {
    skipped
        .iter()
        .map(|(method, path, why)| format!("# Left out: {method} {} ({why})\n", comment_path(path, known)))
        .collect()
}

/// What a recorded body held where a secret was: the runner gives one, or a placeholder
/// is written that nobody can sign in with by chance.
pub(super) const SECRET_PLACEHOLDERS: [&str; 2] = ["{CREDENTIALS}", "{AUTH_TOKEN}"];

pub(super) fn one_line(s: &str) -> String {
    s.replace(['\n', '\r'], " ")
}

pub(super) const HOW_TO_RUN_BASH: &str = "#
# Run it with your own server and login (never a production cluster to try things):
#   KAZOO_SERVER=http://127.0.0.1:8080 KAZOO_ACCOUNT_NAME='My Co' \\
#   KAZOO_USERNAME=admin KAZOO_PASSWORD='…' bash this-script.sh
# or KAZOO_API_KEY=… in place of the username and password.
# Passwords the GUI sent were not recorded: the script sends KAZOO_NEW_SECRET in their place.
";
