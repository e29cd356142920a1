//! `GET /v2/about` and `/v2/accounts/{A}/about` (cb_about): the server version. It
//! needs a token, unlike most "about" endpoints. The Erlang VM figures KAZOO reports are
//! given fixed, plausible values.

use super::{Resource, GET};
use crate::ctx::{Ctx, Noun, Verb};
use crate::envelope::VERSION;
use crate::reply::{Outcome, Success};
use serde_json::json;

pub struct About;

impl Resource for About {
    fn allowed(&self, nouns: &[Noun]) -> Option<&'static [Verb]> {
        match nouns {
            [about] if about.args.is_empty() => Some(GET),
            [account, about] if account.name == "accounts" && account.args.len() == 1 && about.args.is_empty() => {
                Some(GET)
            }
            _ => None,
        }
    }

    fn handle(&self, ctx: &mut Ctx) -> Outcome {
        let mut about = json!({
            "version": VERSION, "used_memory": 0, "processes": 0, "ports": 0, "erlang_version": "sandbox",
        });
        // `sandbox` is the sandbox's own: consoles tell a practice server from a real one by it.
        if !ctx.state.present_as_production {
            about["sandbox"] = json!(true);
        }
        Ok(Success::ok(about))
    }
}
