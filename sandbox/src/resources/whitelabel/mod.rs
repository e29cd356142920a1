//! Whitelabel: the unauthenticated `GET /v2/whitelabel/{domain}` lookup and the
//! account's `whitelabel` document (id `whitelabel`, no PATCH, POST replaces), its logo
//! and icon (`files`) and the DNS records its domain needs (`domains`).

mod domains;
mod files;

use super::{account_scoped, Resource, GET, GET_PUT_POST_DELETE};
use crate::ctx::{Ctx, Noun, Verb};
use crate::doc;
use crate::reply::{CbError, Outcome, Success};
use crate::validate::Validator;
use serde_json::{json, Map, Value};

pub struct Whitelabel;

const DOC_ID: &str = "whitelabel";

impl Resource for Whitelabel {
    fn allowed(&self, nouns: &[Noun]) -> Option<&'static [Verb]> {
        match nouns {
            [noun] if noun.args.len() == 1 => Some(GET),
            [noun] if noun.args.len() == 2 && files::is_file(&noun.args[1]) => Some(GET),
            _ => match account_scoped(nouns, "whitelabel")? {
                [] => Some(GET_PUT_POST_DELETE),
                [file] if files::is_file(file) => Some(GET_POST),
                [_] => Some(GET),
                [_, file] if files::is_file(file) => Some(GET),
                _ => None,
            },
        }
    }

    fn accepts_binary(&self, verb: Verb, nouns: &[Noun]) -> bool {
        verb == Verb::Post && account_scoped(nouns, "whitelabel").is_some_and(|a| a.len() == 1)
    }

    fn public(&self, _verb: Verb, nouns: &[Noun]) -> bool {
        nouns.len() == 1
    }

    fn handle(&self, ctx: &mut Ctx) -> Outcome {
        let store = &ctx.state.store;
        if let Some(outcome) = handle_file_or_domain(ctx) {
            return outcome;
        }
        let Some(account_id) = ctx.account_id().map(str::to_string) else {
            let domain = ctx.args().first().cloned().unwrap_or_default();
            let found = files::doc_for_domain(store, &domain)?;
            return found.map(|d| reply(&d)).ok_or_else(|| CbError::bad_identifier(&domain));
        };
        let stored = store.get_live(&account_id, DOC_ID)?;
        match (ctx.verb, stored) {
            (Verb::Get, Some(d)) => Ok(reply(&d)),
            (Verb::Put, Some(_)) => Err(CbError::datastore_conflict()),
            (Verb::Put, None) => {
                let previous = store.get(&account_id, DOC_ID)?;
                let base = previous
                    .and_then(|p| p.as_object().cloned())
                    .map(|mut p| {
                        p.remove("pvt_deleted");
                        p.remove("pvt_created");
                        p
                    })
                    .unwrap_or_default();
                let mut saved = save(ctx, &account_id, &base)?;
                saved.created = true;
                saved.location = Some(ctx.path.clone());
                Ok(saved)
            }
            (Verb::Post, Some(d)) => save(ctx, &account_id, &d.as_object().cloned().unwrap_or_default()),
            (Verb::Delete, Some(d)) => {
                let mut d = d.as_object().cloned().unwrap_or_default();
                d.insert("pvt_deleted".into(), true.into());
                store.save(&account_id, &mut d)?;
                let mut r = reply(&Value::Object(d));
                if let Value::Object(m) = &mut r.data {
                    m.insert("_read_only".into(), json!({"deleted": true}));
                }
                Ok(r)
            }
            _ => Err(CbError::bad_identifier(DOC_ID)),
        }
    }
}

const GET_POST: &[Verb] = &[Verb::Get, Verb::Post];

/// Logo and icon (`…/whitelabel/logo`, `/v2/whitelabel/{domain}/logo`) and the
/// by-domain lookup under an account; `None` for the document's own paths.
fn handle_file_or_domain(ctx: &Ctx) -> Option<Outcome> {
    let store = &ctx.state.store;
    let args = ctx.args().to_vec();
    let by_domain = |domain: &str| -> Result<String, CbError> {
        files::account_for_domain(store, domain)?.ok_or_else(|| CbError::bad_identifier(domain))
    };
    Some(match (ctx.account_id(), args.as_slice()) {
        (None, [domain, file]) => by_domain(domain).and_then(|account| files::download(store, &account, file)),
        (Some(account), [file]) if files::is_file(file) && ctx.verb == Verb::Post => files::upload(ctx, account, file),
        (Some(account), [file]) if files::is_file(file) => files::download(store, account, file),
        (Some(account), [name]) if name == domains::NAME => domains::hints(ctx, account),
        (Some(_), [domain]) => by_domain(domain).and_then(|account| {
            let found = store.get_live(&account, DOC_ID)?.ok_or_else(|| CbError::bad_identifier(domain))?;
            Ok(reply(&found))
        }),
        (Some(_), [domain, file]) => by_domain(domain).and_then(|account| files::download(store, &account, file)),
        _ => return None,
    })
}

fn reply(d: &Value) -> Success {
    Success::doc(doc::public_view(d), d.get("_rev").and_then(Value::as_str))
}

fn save(ctx: &Ctx, account_id: &str, base: &Map<String, Value>) -> Outcome {
    let mut d = doc::replace_public(base, doc::public_input(&ctx.data_object()));
    crate::validate::check_names(&d)?;
    let mut v = Validator::new();
    if let Some(domain) = v.string(&d, "domain", 1, 253) {
        // cb_whitelabel `validate_unique_domain`: one account per domain in the whole
        // system, compared without letter case.
        let taken = files::account_for_domain(&ctx.state.store, domain)?.is_some_and(|owner| owner != account_id);
        if taken {
            v.add("domain", "unique", json!({"message": "White label domain is already in use", "cause": domain}));
        }
    }
    v.string(&d, "company_name", 0, 256);
    v.boolean(&d, "hide_powered");
    v.finish()?;
    d.insert("_id".into(), DOC_ID.into());
    d.insert("pvt_type".into(), "whitelabel".into());
    ctx.state.store.save(account_id, &mut d)?;
    Ok(reply(&Value::Object(d)))
}
