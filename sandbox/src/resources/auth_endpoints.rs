//! Session endpoints: `user_auth`, `api_auth`, `token_auth` and `auth` (refresh).

use super::accounts::{disabled_in_chain, id_of, normalize_name};
use super::{Resource, GET_DELETE, PUT};
use crate::auth::response::{claims_for, response_auth, token_created};
use crate::ctx::{Ctx, Noun, Verb};
use crate::reply::{CbError, Outcome, Success};
use crate::validate::Validator;
use serde_json::{json, Map, Value};

pub struct TokenAuth;
pub struct Auth;

fn top_level(nouns: &[Noun], verbs: &'static [Verb]) -> Option<&'static [Verb]> {
    match nouns {
        [noun] if noun.args.is_empty() => Some(verbs),
        _ => None,
    }
}

/// A login endpoint (`PUT`, no token needed) answered by the function it wraps.
pub struct Login(pub fn(&mut Ctx) -> Outcome);

impl Resource for Login {
    fn allowed(&self, nouns: &[Noun]) -> Option<&'static [Verb]> {
        top_level(nouns, PUT)
    }

    fn public(&self, _verb: Verb, _nouns: &[Noun]) -> bool {
        true
    }

    fn handle(&self, ctx: &mut Ctx) -> Outcome {
        (self.0)(ctx)
    }
}

/// `/user_auth` (`PUT`: sign in) and `/user_auth/recovery` (`PUT`: mail a reset link;
/// `POST`: sign in with one), none of which needs a token.
pub struct UserAuth;

const PUT_POST: &[Verb] = &[Verb::Put, Verb::Post];

impl Resource for UserAuth {
    fn allowed(&self, nouns: &[Noun]) -> Option<&'static [Verb]> {
        match nouns {
            [noun] if noun.args.is_empty() => Some(PUT),
            [noun] if noun.args == ["recovery"] => Some(PUT_POST),
            _ => None,
        }
    }

    fn public(&self, _verb: Verb, _nouns: &[Noun]) -> bool {
        true
    }

    fn handle(&self, ctx: &mut Ctx) -> Outcome {
        match (ctx.args().is_empty(), ctx.verb) {
            (true, _) => user_auth(ctx),
            (false, Verb::Put) => super::recovery::request(ctx),
            (false, _) => super::recovery::reset(ctx),
        }
    }
}

/// A login body with its credential `field` required as a string of `min..=max`
/// characters; further rules may be added to the returned validator.
fn login_body(ctx: &Ctx, field: &str, min: usize, max: usize) -> (Map<String, Value>, Validator) {
    let data = ctx.data_object();
    let mut v = Validator::new();
    if v.required(&data, field) {
        v.string(&data, field, min, max);
    }
    (data, v)
}

/// `PUT /user_auth`: credentials hash plus the account's phone number, realm or name.
/// A `restrictions` key in the body is ignored, as KAZOO ignores it (`user_auth.json`
/// has no such property): a caller never chooses its own restrictions.
pub fn user_auth(ctx: &mut Ctx) -> Outcome {
    let (data, mut v) = login_body(ctx, "credentials", 1, 64);
    v.one_of(&data, "method", &["md5", "sha"]);
    v.finish()?;
    let credentials = data.get("credentials").and_then(Value::as_str).unwrap_or_default().to_lowercase();
    let hash_key = match data.get("method").and_then(Value::as_str) {
        Some("sha") => "pvt_sha1_auth",
        _ => "pvt_md5_auth",
    };
    let candidates = accounts_named(ctx, &data)?;
    let candidates: Vec<&Value> = candidates.iter().collect();
    let store = &ctx.state.store;
    let mut targets: Vec<&str> = candidates.iter().map(|a| id_of(a)).collect();
    targets.sort_unstable();
    targets.dedup();
    let consumed =
        ctx.state.logins.consume(ctx.client, "user_auth", &targets).ok_or_else(CbError::too_many_requests)?;

    for account in candidates {
        let user = store
            .list(id_of(account), "user")?
            .iter()
            .find(|u| {
                u.get("enabled") != Some(&Value::Bool(false))
                    && u.get(hash_key).and_then(Value::as_str) == Some(credentials.as_str())
            })
            .cloned();
        let Some(user) = user else { continue };
        if let Some(disabled) = disabled_in_chain(store, account)? {
            return Err(account_disabled(&disabled));
        }
        let claims = claims_for(ctx, id_of(account), Some(id_of(&user)), "cb_user_auth");
        return token_created(ctx, &claims, account, Some(&user), Some(consumed.remaining));
    }
    Err(CbError::invalid_credentials())
}

/// The accounts a login body names (cb_user_auth `find_account/4`): by phone number,
/// then realm, then name.
pub fn accounts_named(ctx: &Ctx, data: &Map<String, Value>) -> Result<Vec<Value>, CbError> {
    let text = |k: &str| data.get(k).and_then(Value::as_str).filter(|s| !s.is_empty());
    let phone = text("phone_number");
    let realm = text("account_realm").or_else(|| text("realm"));
    let name = text("account_name").map(normalize_name);
    let store = &ctx.state.store;
    let accounts = store.list_all("account")?;
    let mut candidates: Vec<Value> = Vec::new();
    if let Some(phone) = phone {
        for acc in &accounts {
            let numbers = store.get_live(id_of(acc), "phone_numbers")?;
            if numbers.is_some_and(|n| n.get(phone).is_some()) {
                candidates.push(acc.clone());
            }
        }
    }
    if let Some(realm) = realm {
        candidates.extend(
            accounts
                .iter()
                .filter(|a| a.get("realm").and_then(Value::as_str).is_some_and(|r| r.eq_ignore_ascii_case(realm)))
                .cloned(),
        );
    }
    if let Some(name) = &name {
        candidates.extend(
            accounts
                .iter()
                .filter(|a| a.get("name").and_then(Value::as_str).is_some_and(|n| &normalize_name(n) == name))
                .cloned(),
        );
    }
    Ok(candidates)
}

/// `account.disabled`, answered when the account or one of its ancestors is disabled.
pub fn account_disabled(account_id: &str) -> CbError {
    CbError::field("account", "disabled", json!({"message": "account disabled", "cause": account_id}))
}

/// `PUT /api_auth`: an account's API key. Attempts are counted per client whatever key
/// they carry, so trying random keys does not buy fresh attempts.
pub fn api_auth(ctx: &mut Ctx) -> Outcome {
    let (data, v) = login_body(ctx, "api_key", 64, 64);
    v.finish()?;
    let key = data.get("api_key").and_then(Value::as_str).unwrap_or_default();
    let consumed = ctx.state.logins.consume(ctx.client, "api_auth", &[]).ok_or_else(CbError::too_many_requests)?;
    let account = ctx
        .state
        .store
        .list_all("account")?
        .into_iter()
        .find(|a| a.get("pvt_api_key").and_then(Value::as_str) == Some(key))
        .ok_or_else(|| CbError::bad_identifier_list(key))?;
    if let Some(disabled) = disabled_in_chain(&ctx.state.store, &account)? {
        return Err(account_disabled(&disabled));
    }
    let claims = claims_for(ctx, id_of(&account), None, "cb_api_auth");
    token_created(ctx, &claims, &account, None, Some(consumed.remaining))
}

impl Resource for TokenAuth {
    fn allowed(&self, nouns: &[Noun]) -> Option<&'static [Verb]> {
        top_level(nouns, GET_DELETE)
    }

    fn handle(&self, ctx: &mut Ctx) -> Outcome {
        let Some(caller) = &ctx.caller else {
            return Err(CbError::invalid_credentials());
        };
        if ctx.verb == Verb::Delete {
            // JWTs are not stored, so "logout" changes nothing server-side; Crossbar
            // still answers success.
            return Ok(Success::ok(json!({})));
        }
        let mut data = response_auth(&ctx.state.store, &ctx.base_url, &caller.account, caller.user.as_ref())?;
        if let (Value::Object(m), Ok(Value::Object(claims))) = (&mut data, serde_json::to_value(&caller.claims)) {
            for (k, v) in claims {
                m.entry(k).or_insert(v);
            }
        }
        Ok(Success::ok(data))
    }
}

impl Resource for Auth {
    fn allowed(&self, nouns: &[Noun]) -> Option<&'static [Verb]> {
        top_level(nouns, PUT)
    }

    fn handle(&self, ctx: &mut Ctx) -> Outcome {
        let action = ctx.envelope.get("action").or_else(|| ctx.data.get("action")).cloned().unwrap_or(Value::Null);
        if action.as_str() != Some("refresh_token") {
            return Err(CbError::field(
                "action",
                "enum",
                json!({"message": "Value not found in enumerated list of values", "target": ["refresh_token"], "value": action}),
            ));
        }
        let Some(caller) = &ctx.caller else {
            return Err(CbError::invalid_credentials());
        };
        let claims = claims_for(ctx, caller.account_id(), caller.owner_id(), "cb_auth");
        token_created(ctx, &claims, &caller.account, caller.user.as_ref(), None)
    }
}
