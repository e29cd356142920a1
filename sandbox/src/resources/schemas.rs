//! `/v2/schemas` (cb_schemas, no token needed): the names of KAZOO's JSON schemas, one
//! schema, and `PUT /v2/schemas/{name}/validation`, which checks a payload against it
//! without saving anything. The schemas are read from the folder given with
//! `--kazoo-schemas DIR`; without one the list is empty and every name is unknown.

use super::{Resource, GET, PUT};
use crate::ctx::{Ctx, Noun, Verb};
use crate::kazoo_schemas::{compile, names, read_schema, valid_name};
use crate::reply::{add_error, CbError, Outcome, Success};
use serde_json::{json, Map, Value};

pub struct Schemas;

impl Resource for Schemas {
    fn allowed(&self, nouns: &[Noun]) -> Option<&'static [Verb]> {
        match nouns {
            [schemas] if schemas.args.len() <= 1 => Some(GET),
            [schemas] if schemas.args.len() == 2 && schemas.args[1] == "validation" => Some(PUT),
            _ => None,
        }
    }

    fn public(&self, _verb: Verb, _nouns: &[Noun]) -> bool {
        true
    }

    fn handle(&self, ctx: &mut Ctx) -> Outcome {
        let dir = ctx.state.kazoo_schemas.clone();
        let name = ctx.nouns[0].args.first().cloned();
        let Some(name) = name else {
            return Ok(Success::ok(json!(dir.as_deref().map(names).unwrap_or_default())));
        };
        let dir = match dir {
            Some(dir) if valid_name(&name) && dir.join(format!("{name}.json")).is_file() => dir,
            _ => return Err(CbError::not_found()),
        };
        if ctx.nouns[0].args.len() == 1 {
            return read_schema(&dir, &name).map(Success::ok).map_err(|e| CbError::faulty_request(&e.to_string()));
        }
        let validator = compile(&dir, &name).map_err(|e| CbError::faulty_request(&e.to_string()))?;
        let mut errors = Map::new();
        for error in validator.iter_errors(&ctx.data) {
            // Crossbar names a field by its dotted path (`member.pins.0`).
            let path = error.instance_path().to_string();
            let field = path.trim_start_matches('/').replace('/', ".");
            let field = if field.is_empty() { "data".to_string() } else { field };
            add_error(&mut errors, &field, error.kind().keyword(), json!({"message": error.to_string()}));
        }
        if errors.is_empty() {
            Ok(Success::ok(Value::Object(Map::new())))
        } else {
            Err(CbError::validation(errors))
        }
    }
}
