//! The request pipeline, in Crossbar's order (cowboy_rest callbacks): parse the envelope,
//! allowed methods (405), malformed account id (404), authentication (401),
//! authorization (403), content type (415), then the resource's own validation and work.

use crate::auth::access;
use crate::auth::restrictions::{self, Target};
use crate::ctx::{Caller, Ctx, Noun, Verb};
use crate::envelope::{self, Meta};
use crate::reply::{CbError, Outcome};
use crate::resources::{self, Resource};
use crate::serve::ClientAddr;
use crate::state::AppState;
use crate::{doc, validate::Validator};
use axum::extract::ConnectInfo;
use axum::http::{header, request::Parts, HeaderMap};
use serde_json::{json, Map, Value};

/// `crossbar.max_upload_size`.
pub const MAX_UPLOAD_BYTES: usize = 8_000_000;

/// Splits `/v2/accounts/A/users` into nouns. `None` when the path names no module first.
/// Everything after `schemas` is its arguments, as in KAZOO (`api_util.erl`
/// `parse_path_tokens`): `/v2/schemas/users` is the users schema, not the users module.
pub fn parse_nouns(path: &str) -> Option<Vec<Noun>> {
    let rest = path.strip_prefix("/v2")?;
    let mut nouns: Vec<Noun> = Vec::new();
    for raw in rest.split('/').filter(|s| !s.is_empty()) {
        let segment = percent_encoding::percent_decode_str(raw).decode_utf8_lossy().into_owned();
        let in_schemas = nouns.last().is_some_and(|n| n.name == "schemas");
        if !in_schemas && resources::lookup(&segment).is_some() {
            nouns.push(Noun { name: segment, args: Vec::new() });
        } else {
            nouns.last_mut()?.args.push(segment);
        }
    }
    (!nouns.is_empty()).then_some(nouns)
}

/// The resource handling the path and the verbs it allows there.
pub fn route(nouns: &[Noun]) -> Option<(&'static dyn Resource, &'static [Verb])> {
    let resource = resources::lookup(&nouns.last()?.name)?;
    let allowed = resource.allowed(nouns)?;
    Some((resource, allowed))
}

pub fn allow_methods_header(allowed: &[Verb], requested: Option<&str>) -> String {
    let mut out = vec!["OPTIONS".to_string()];
    out.extend(allowed.iter().map(|v| v.as_str().to_string()));
    if let Some(r) = requested {
        let r = r.to_ascii_uppercase();
        if !out.contains(&r) {
            out.push(r);
        }
    }
    out.join(", ")
}

/// JSON types, plus form-urlencoded: Crossbar accepts it and the KAZOO docs' curl
/// examples (`curl -d '{"data":...}'`) send JSON under that type.
fn is_json_type(content_type: &str) -> bool {
    let essence = content_type.split(';').next().unwrap_or("").trim();
    ["application/json", "application/x-json", "application/x-www-form-urlencoded"]
        .iter()
        .any(|t| essence.eq_ignore_ascii_case(t))
}

/// Parses the request envelope; returns (envelope, data).
fn parse_envelope(bytes: &[u8]) -> Result<(Map<String, Value>, Value), CbError> {
    let parsed: Value = serde_json::from_slice(bytes)
        .map_err(|e| CbError::field("json", "invalid", json!({"message": format!("{e}"), "target": "body"})))?;
    let Value::Object(root) = parsed else {
        return Err(CbError::field(
            "json",
            "invalid",
            json!({"message": "request body must be a JSON object envelope", "target": "body"}),
        ));
    };
    // Crossbar lower-cases the envelope's top-level keys.
    let envelope: Map<String, Value> = root.into_iter().map(|(k, v)| (k.to_ascii_lowercase(), v)).collect();
    let mut v = Validator::new();
    if v.required(&envelope, "data") {
        let data = &envelope["data"];
        if !data.is_object() && !data.is_array() {
            v.type_error("data", "object, array", data);
        }
    }
    v.finish()?;
    let data = envelope.get("data").cloned().unwrap_or_else(|| json!({}));
    Ok((envelope, data))
}

fn query_pairs(parts: &Parts) -> Vec<(String, String)> {
    parts
        .uri
        .query()
        .map(|q| url::form_urlencoded::parse(q.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned())).collect())
        .unwrap_or_default()
}

/// Runs one request through the pipeline. `meta` collects what the envelope needs.
pub fn process(state: &AppState, parts: &Parts, bytes: &[u8], meta: &mut Meta) -> Outcome {
    let nouns = parse_nouns(parts.uri.path()).ok_or_else(CbError::not_found)?;
    let (resource, allowed) = route(&nouns).ok_or_else(CbError::not_found)?;
    let query = query_pairs(parts);

    let content_type = parts.headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).map(str::to_string);
    // A request without Content-Type is treated as JSON.
    let json_body = content_type.as_deref().is_none_or(is_json_type);
    let (envelope, data) =
        if bytes.is_empty() || !json_body { (Map::new(), json!({})) } else { parse_envelope(bytes)? };

    let mut verb = Verb::parse(parts.method.as_str()).ok_or_else(CbError::invalid_method)?;
    // Crossbar tunnels other verbs through POST with `verb` in the query or envelope.
    if verb == Verb::Post {
        let tunnelled = query
            .iter()
            .find(|(k, _)| k == "verb")
            .map(|(_, v)| v.clone())
            .or_else(|| envelope.get("verb").and_then(Value::as_str).map(str::to_string));
        if let Some(t) = tunnelled {
            verb = Verb::parse(&t).ok_or_else(CbError::invalid_method)?;
        }
    }
    if !allowed.contains(&verb) {
        meta.allow_methods = allow_methods_header(allowed, Some(verb.as_str()));
        return Err(CbError::invalid_method());
    }

    let account = load_path_account(state, &nouns)?;

    let caller = if resource.public(verb, &nouns) {
        None
    } else {
        let token = find_token(&parts.headers, &query, &envelope, &data).ok_or_else(CbError::invalid_credentials)?;
        meta.auth_token = Some(token.clone());
        let caller = authenticate(state, &token)?;
        meta.authenticated = true;
        Some(caller)
    };
    if let Some(caller) = &caller {
        authorize(caller, account.as_ref(), &nouns, verb)?;
    }

    if verb.has_body() && !json_body && !resource.accepts_binary(verb, &nouns) {
        return Err(CbError::unsupported_media_type(content_type.as_deref().unwrap_or_default()));
    }

    let host = parts.headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("localhost");
    let mut ctx = Ctx {
        state,
        verb,
        nouns,
        query,
        data,
        envelope,
        caller,
        account,
        client: parts.extensions.get::<ConnectInfo<ClientAddr>>().map(|c| c.0 .0.ip()),
        base_url: format!("http://{host}"),
        path: parts.uri.path().trim_end_matches('/').to_string(),
        headers: &parts.headers,
        body: bytes,
    };
    if let Some(condition) = parts.headers.get(header::IF_MATCH).and_then(|v| v.to_str().ok()) {
        check_if_match(resource, &mut ctx, condition)?;
    }
    resource.handle(&mut ctx)
}

/// cowboy_rest's `If-Match` handling, which Crossbar inherits by exporting
/// `generate_etag/2` (api_resource.erl): the request goes ahead only if one of the
/// listed entity tags equals the resource's current `ETag` (strong comparison, so weak
/// `W/` tags never match), or the header is `*` and the resource exists. A PUT creates,
/// so its resource never exists yet and any `If-Match` fails. Otherwise 412, no body.
///
/// This is what lets a client that remembers the revision it loaded save without
/// overwriting someone else's change made in between.
fn check_if_match(resource: &dyn Resource, ctx: &mut Ctx, condition: &str) -> Result<(), CbError> {
    if ctx.verb == Verb::Put {
        return Err(CbError::precondition_failed());
    }
    // The current tag is what a GET of the same path answers now.
    let verb = std::mem::replace(&mut ctx.verb, Verb::Get);
    let current = resource.handle(ctx);
    ctx.verb = verb;
    let current = match current {
        Ok(success) => envelope::etag_of(&success),
        Err(_) => None,
    };
    let Some(current) = current else {
        return Err(CbError::precondition_failed());
    };
    let quoted = format!("\"{current}\"");
    let matches = condition.split(',').map(str::trim).any(|tag| tag == "*" || tag == quoted);
    if matches {
        Ok(())
    } else {
        Err(CbError::precondition_failed())
    }
}

/// Crossbar checks the account id in the path before authentication: a malformed id and
/// an unknown one both give 404.
fn load_path_account(state: &AppState, nouns: &[Noun]) -> Result<Option<Value>, CbError> {
    let Some(first) = nouns.first().filter(|n| n.name == "accounts") else {
        return Ok(None);
    };
    let Some(id) = first.args.first() else {
        return Ok(None);
    };
    if !doc::is_hex_id(id) {
        return Err(CbError {
            data: json!({"message": "bad identifier", "cause": id, "details": format!("invalid account_id '{id}'")}),
            ..CbError::bad_identifier(id)
        });
    }
    state
        .store
        .get_live(id, id)?
        .filter(|d| d.get("pvt_type").and_then(Value::as_str) == Some("account"))
        .map(Some)
        .ok_or_else(|| CbError::bad_identifier(id))
}

/// `api_util:get_auth_token/2`: header first, then `data`, the query string, the envelope.
fn find_token(
    headers: &HeaderMap,
    query: &[(String, String)],
    envelope: &Map<String, Value>,
    data: &Value,
) -> Option<String> {
    headers
        .get("x-auth-token")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
        .or_else(|| data.get("auth_token").and_then(Value::as_str).map(str::to_string))
        .or_else(|| query.iter().find(|(k, _)| k == "auth_token").map(|(_, v)| v.clone()))
        .or_else(|| envelope.get("auth_token").and_then(Value::as_str).map(str::to_string))
        .filter(|t| !t.is_empty())
}

/// Checks the token and loads who is calling from the server's state. A token outlives
/// nothing it was issued for: the account, every ancestor and the user must still exist
/// and be enabled on each request (a refresh goes through here too).
pub(crate) fn authenticate(state: &AppState, token: &str) -> Result<Caller, CbError> {
    let claims = state.keys.verify(token).ok_or_else(CbError::bad_token)?;
    let account = state.store.get_live(&claims.account_id, &claims.account_id)?.ok_or_else(CbError::bad_token)?;
    crate::resources::accounts::check_usable(&state.store, &account)?;
    let user = match &claims.owner_id {
        Some(owner) => Some(
            state
                .store
                .get_live(&claims.account_id, owner)?
                .filter(|u| u.get("pvt_type").and_then(Value::as_str) == Some("user"))
                .filter(|u| u.get("enabled") != Some(&Value::Bool(false)))
                .ok_or_else(CbError::bad_token)?,
        ),
        None => None,
    };
    let is_user_level =
        user.as_ref().is_some_and(|u| u.get("priv_level").and_then(Value::as_str).unwrap_or("user") == "user");
    let template = (state.restrictions && is_user_level)
        .then(|| access::user_template(claims.owner_id.as_deref().unwrap_or_default()));
    Ok(Caller { claims, account, user, template })
}

/// `cb_simple_authz` (own account or a descendant, or superduper) and then
/// `cb_token_restrictions`.
fn authorize(caller: &Caller, account: Option<&Value>, nouns: &[Noun], verb: Verb) -> Result<(), CbError> {
    let auth_id = caller.account_id();
    let superduper = caller.account.get("pvt_superduper_admin") == Some(&Value::Bool(true));
    let (target_id, in_tree) = match account {
        Some(acc) => {
            let id = acc.get("_id").and_then(Value::as_str).unwrap_or_default();
            (id, crate::resources::accounts::tree_of(acc).iter().any(|a| a == auth_id))
        }
        None => (auth_id, false),
    };
    if target_id != auth_id && !in_tree && !superduper {
        return Err(CbError::forbidden());
    }
    let Some(last) = nouns.last() else {
        return Ok(());
    };
    // The account id is the accounts noun's subject, not an argument to match.
    let args = if last.name == "accounts" { last.args.get(1..).unwrap_or(&[]) } else { last.args.as_slice() };
    let target = Target {
        endpoint: &last.name,
        args,
        account_id: target_id,
        auth_account_id: auth_id,
        is_descendant: in_tree,
        method: verb.as_str(),
    };
    if caller.template.as_ref().is_some_and(|rules| !restrictions::allows(rules, &target)) {
        return Err(CbError::restricted());
    }
    if caller.self_service() && !access::path_allowed(nouns, caller.owner_id().unwrap_or_default()) {
        return Err(CbError::restricted());
    }
    Ok(())
}
