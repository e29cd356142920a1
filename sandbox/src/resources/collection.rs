//! The plumbing every account-scoped document collection shares (`/accounts/{A}/<noun>`
//! and `/accounts/{A}/<noun>/{id}`): Crossbar's PUT/GET/POST/PATCH/DELETE semantics,
//! soft deletes, listings through `listing::respond`, and the self-service rule for
//! `priv_level: user` tokens. A resource module supplies only a `Kind`: its schema rules,
//! business rules and listing rows.

use super::{account_scoped, Resource, DOC_VERBS, GET_PUT};
use crate::auth::self_service;
use crate::ctx::{Ctx, Noun, Verb};
use crate::doc;
use crate::listing::{self, Row};
use crate::reply::{CbError, Outcome, Success};
use serde_json::{json, Map, Value};

/// One document being written, with what `Kind::prepare` may need to decide.
pub struct Write<'a, 'c> {
    pub ctx: &'a Ctx<'c>,
    pub account_id: &'a str,
    pub id: &'a str,
    /// The stored document on POST/PATCH; `None` on create.
    pub existing: Option<&'a Map<String, Value>>,
}

impl Write<'_, '_> {
    /// Whether another live document of `pvt_type` in the account satisfies `clash`
    /// (the account-wide uniqueness checks Crossbar runs through views).
    pub fn taken(&self, pvt_type: &str, clash: impl Fn(&Value) -> bool) -> Result<bool, CbError> {
        let docs = self.ctx.state.store.list(self.account_id, pvt_type)?;
        Ok(docs.iter().any(|d| d.get("_id").and_then(Value::as_str) != Some(self.id) && clash(d)))
    }
}

pub trait Kind: Sync {
    /// The path noun (`devices`).
    const NOUN: &'static str;
    /// The stored `pvt_type` (`device`).
    const TYPE: &'static str;
    /// Verbs on `/{noun}/{id}`.
    const DOC_VERBS: &'static [Verb] = DOC_VERBS;
    /// What a self-service caller (`Caller::self_service`) reads of others' documents
    /// and may change on its own (`owner`); `None` when the type has no owner, so the
    /// sandbox's user template alone decides (and never lets such callers write).
    fn self_service(&self) -> Option<&'static self_service::Rules> {
        None
    }

    /// Fills defaults and validates the whole document about to be saved (private keys
    /// included), returning Crossbar's per-field 400 map on failure.
    fn prepare(&self, write: &Write, doc: &mut Map<String, Value>) -> Result<(), CbError>;

    /// The `crossbar_listing` view row for one document.
    fn listing_row(&self, doc: &Value) -> Value;

    /// Rows for the documents a listing returns, in that order; override when rows need
    /// more than their own document.
    fn listing_rows(&self, _ctx: &Ctx, docs: &[&Value]) -> Result<Vec<Value>, CbError> {
        Ok(docs.iter().map(|d| self.listing_row(d)).collect())
    }

    /// The view key listings sort and page by; most KAZOO views key by id.
    fn sort_key(&self, doc: &Value) -> String {
        id_of(doc).to_string()
    }

    /// Verbs of a fixed sub-path such as `/devices/status`; `None` means the argument is a
    /// document id.
    fn sub_path(&self, _arg: &str) -> Option<&'static [Verb]> {
        None
    }

    /// Answers a sub-path accepted by `sub_path`.
    fn handle_sub_path(&self, _ctx: &mut Ctx, _arg: &str) -> Outcome {
        Err(CbError::not_found())
    }

    /// PUT on a document id (conference actions); only reached when `DOC_VERBS` has PUT.
    fn put_on_doc(&self, _ctx: &mut Ctx, _stored: &Value) -> Outcome {
        Err(CbError::invalid_method())
    }

    /// What clients see of a stored document.
    fn present(&self, stored: &Value) -> Value {
        doc::public_view(stored)
    }

    /// Whether a client-chosen `id` on PUT is honoured (Crossbar's check varies by
    /// module); otherwise a new id is minted.
    fn accepts_id(&self, id: &str) -> bool {
        !id.is_empty() && !id.contains('/')
    }

    /// Who owns a document for the self-service rule.
    fn owner<'d>(&self, doc: &'d Map<String, Value>) -> Option<&'d str> {
        doc.get("owner_id").and_then(Value::as_str)
    }

    /// Side effects once a write is stored: `before` is the stored document (`None` on
    /// create), `after` the saved one (`None` on delete).
    fn saved(
        &self,
        _ctx: &Ctx,
        _account_id: &str,
        _before: Option<&Value>,
        _after: Option<&Value>,
    ) -> Result<(), CbError> {
        Ok(())
    }

    /// Adds to the reply of a single-document GET.
    fn decorate_get(&self, _ctx: &Ctx, _account_id: &str, _stored: &Value, _data: &mut Value) -> Result<(), CbError> {
        Ok(())
    }

    /// Verbs of a document's sub-resource `/{noun}/{id}/{sub}`; `None` when it does not exist.
    fn doc_sub_path(&self, _sub: &str) -> Option<&'static [Verb]> {
        None
    }

    /// Whether the request (path arguments `args`) may carry a non-JSON body.
    fn accepts_binary(&self, _verb: Verb, _args: &[String]) -> bool {
        false
    }

    /// Takes over a request on a found document before the CRUD verbs (binary uploads
    /// and downloads); `sub` is the `/{id}/{sub}` segment if any.
    fn handle_doc(&self, _ctx: &mut Ctx, _account_id: &str, _stored: &Value, _sub: Option<&str>) -> Option<Outcome> {
        None
    }
}

/// A view row `{id, <keys>, flags}`: keys the document lacks are left out, as CouchDB
/// drops `undefined` values a view emits; `flags` defaults to `[]`.
pub fn view_row(doc: &Value, keys: &[&str]) -> Value {
    let mut row = Map::new();
    row.insert("id".into(), id_of(doc).into());
    for key in keys {
        if let Some(v) = doc.get(*key) {
            row.insert((*key).into(), v.clone());
        }
    }
    row.insert("flags".into(), doc.get("flags").cloned().unwrap_or_else(|| json!([])));
    Value::Object(row)
}

/// `prepare` for documents whose only rules are their schema's.
pub fn schema_only(
    doc: &mut Map<String, Value>,
    fields: &[crate::schema::Field],
    defaults: Value,
) -> Result<(), CbError> {
    crate::schema::check(doc, fields, &defaults).finish()
}

/// A document's place in its collection's listing order. The id is copied out because
/// reading it from 20,000 documents scattered in memory cost as much as the rest of a page.
struct Ranked {
    key: String,
    id: String,
    /// Position in the cached documents.
    index: usize,
}

/// A `Resource` for a `Kind`: `resources::lookup` registers `&Collection(kind)`.
pub struct Collection<K>(pub K);

pub fn id_of(doc: &Value) -> &str {
    doc.get("_id").and_then(Value::as_str).unwrap_or_default()
}

impl<K: Kind> Resource for Collection<K> {
    fn allowed(&self, nouns: &[Noun]) -> Option<&'static [Verb]> {
        match account_scoped(nouns, K::NOUN)? {
            [] => Some(GET_PUT),
            [arg] => Some(self.0.sub_path(arg).unwrap_or(K::DOC_VERBS)),
            [_, sub] => self.0.doc_sub_path(sub),
            _ => None,
        }
    }

    fn accepts_binary(&self, verb: Verb, nouns: &[Noun]) -> bool {
        account_scoped(nouns, K::NOUN).is_some_and(|args| self.0.accepts_binary(verb, args))
    }

    fn handle(&self, ctx: &mut Ctx) -> Outcome {
        let account_id = ctx.account_id().unwrap_or_default().to_string();
        let Some(arg) = ctx.args().first().cloned() else {
            return match ctx.verb {
                Verb::Get => self.list(ctx, &account_id),
                _ => self.create(ctx, &account_id),
            };
        };
        if self.0.sub_path(&arg).is_some() {
            return self.0.handle_sub_path(ctx, &arg);
        }
        let stored = ctx
            .state
            .store
            .get_live(&account_id, &arg)?
            .filter(|d| d.get("pvt_type").and_then(Value::as_str) == Some(K::TYPE))
            .ok_or_else(|| CbError::bad_identifier(&arg))?;
        let sub = ctx.args().get(1).cloned();
        if let Some(outcome) = self.0.handle_doc(ctx, &account_id, &stored, sub.as_deref()) {
            return outcome;
        }
        match ctx.verb {
            Verb::Get if self.hidden_from(ctx, &stored) => Ok(self
                .reply(&self_service::directory_card(self.0.self_service().unwrap_or(&self_service::USER), &stored))),
            Verb::Get => {
                let mut reply = self.reply(&stored);
                self.0.decorate_get(ctx, &account_id, &stored, &mut reply.data)?;
                Ok(reply)
            }
            Verb::Post | Verb::Patch => self.update(ctx, &account_id, stored),
            Verb::Delete => self.delete(ctx, &account_id, stored),
            Verb::Put => self.0.put_on_doc(ctx, &stored),
        }
    }
}

impl<K: Kind> Collection<K> {
    fn reply(&self, stored: &Value) -> Success {
        Success::doc(self.0.present(stored), stored.get("_rev").and_then(Value::as_str))
    }

    /// Whether `stored` is someone else's document that this caller may only see the
    /// directory card of.
    fn hidden_from(&self, ctx: &Ctx, stored: &Value) -> bool {
        let owner = stored.as_object().and_then(|d| self.0.owner(d));
        self.0.self_service().is_some() && ctx.caller.as_ref().is_some_and(|c| c.self_service() && !c.owns(owner))
    }

    fn list(&self, ctx: &Ctx, account_id: &str) -> Outcome {
        // The listing order is kept with the cached documents: computing and sorting
        // 20,000 keys was the bulk of what remained of a page of a large account.
        let (docs, order) = ctx.state.store.list_derived(account_id, K::TYPE, K::NOUN, |docs| self.order(docs))?;
        // A self-service caller's listing, filters included, works on what it may read:
        // its own documents whole, everyone else's directory cards.
        let cards: Vec<Value> = match self.0.self_service() {
            Some(rules) if ctx.caller.as_ref().is_some_and(|c| c.self_service()) => order
                .iter()
                .map(|r| {
                    let d = &docs[r.index];
                    if self.hidden_from(ctx, d) {
                        self_service::directory_card(rules, d)
                    } else {
                        d.clone()
                    }
                })
                .collect(),
            _ => Vec::new(),
        };
        let visible = |i: usize, r: &Ranked| cards.get(i).unwrap_or(&docs[r.index]);
        let rows: Vec<Row> = order
            .iter()
            .enumerate()
            .map(|(i, r)| Row { key: r.key.as_str().into(), id: &r.id, doc: visible(i, r) })
            .collect();
        listing::respond_sorted(ctx, &rows, |page| {
            let page: Vec<&Value> = page.iter().map(|r| r.doc).collect();
            self.0.listing_rows(ctx, &page)
        })
    }

    /// The documents in ascending listing order: by (key, id), as `listing::sort` orders
    /// rows.
    fn order(&self, docs: &[Value]) -> Vec<Ranked> {
        let mut order: Vec<Ranked> = docs
            .iter()
            .enumerate()
            .map(|(index, d)| Ranked { key: self.0.sort_key(d), id: id_of(d).to_string(), index })
            .collect();
        order.sort_by(|a, b| (&a.key, &a.id).cmp(&(&b.key, &b.id)));
        order
    }

    fn create(&self, ctx: &Ctx, account_id: &str) -> Outcome {
        let store = &ctx.state.store;
        // Crossbar honours a client-chosen `id` on PUT.
        let id = match ctx.data.get("id").and_then(Value::as_str) {
            Some(id) if self.0.accepts_id(id) => id.to_string(),
            _ => doc::new_id(),
        };
        if store.get(account_id, &id)?.is_some() {
            return Err(CbError::datastore_conflict());
        }
        let mut new = doc::public_input(&ctx.data_object());
        crate::validate::check_names(&new)?;
        self.0.prepare(&Write { ctx, account_id, id: &id, existing: None }, &mut new)?;
        new.insert("_id".into(), id.clone().into());
        new.insert("pvt_type".into(), K::TYPE.into());
        store.save(account_id, &mut new)?;
        let saved = Value::Object(new);
        self.0.saved(ctx, account_id, None, Some(&saved))?;
        let reply = self.reply(&saved);
        Ok(Success { created: true, location: Some(format!("{}/{id}", ctx.path)), ..reply })
    }

    /// POST replaces every public field; PATCH merges (`merge_left`) and then the whole
    /// document is validated again, as Crossbar does.
    fn update(&self, ctx: &Ctx, account_id: &str, stored: Value) -> Outcome {
        let stored_map = stored.as_object().cloned().unwrap_or_default();
        let mut updated =
            doc::replace_public(&stored_map, written_public(ctx, &stored_map, doc::public_input(&ctx.data_object())));
        self.guard_self_service(ctx, &stored_map, &updated)?;
        crate::validate::check_names(&updated)?;
        let id = id_of(&stored).to_string();
        self.0.prepare(&Write { ctx, account_id, id: &id, existing: Some(&stored_map) }, &mut updated)?;
        ctx.state.store.save(account_id, &mut updated)?;
        let saved = Value::Object(updated);
        self.0.saved(ctx, account_id, Some(&stored), Some(&saved))?;
        Ok(self.reply(&saved))
    }

    fn delete(&self, ctx: &Ctx, account_id: &str, stored: Value) -> Outcome {
        let saved = soft_delete(ctx, account_id, &stored)?;
        self.0.saved(ctx, account_id, Some(&saved), None)?;
        let mut reply = self.reply(&saved);
        mark_deleted(&mut reply.data);
        Ok(reply)
    }

    /// The sandbox's user template lets self-service callers reach POST/PATCH on
    /// self-service collections: the document must be theirs before and after the write,
    /// and only the fields a user may change on their own may change.
    fn guard_self_service(
        &self,
        ctx: &Ctx,
        before: &Map<String, Value>,
        after: &Map<String, Value>,
    ) -> Result<(), CbError> {
        let Some(caller) = ctx.caller.as_ref().filter(|c| c.self_service()) else {
            return Ok(());
        };
        let Some(rules) = self.0.self_service() else {
            return Err(CbError::restricted());
        };
        if !(caller.owns(self.0.owner(before)) && caller.owns(self.0.owner(after))) {
            return Err(CbError::restricted());
        }
        self_service::check_write(caller, rules, before, after)
    }
}

/// The public fields a POST/PATCH writes: POST replaces them all with `input`, PATCH
/// merges `input` into the stored ones (`merge_left`).
pub fn written_public(ctx: &Ctx, stored: &Map<String, Value>, input: Map<String, Value>) -> Map<String, Value> {
    if ctx.verb == Verb::Patch {
        let mut current = doc::public_input(stored);
        doc::merge_patch(&mut current, &input);
        current
    } else {
        input
    }
}

/// Saves `stored` with `pvt_deleted` set (Crossbar's soft delete) and returns it.
pub fn soft_delete(ctx: &Ctx, db: &str, stored: &Value) -> Result<Value, CbError> {
    let mut deleted = stored.as_object().cloned().unwrap_or_default();
    deleted.insert("pvt_deleted".into(), true.into());
    ctx.state.store.save(db, &mut deleted)?;
    Ok(Value::Object(deleted))
}

/// Marks a DELETE reply's document as deleted.
pub fn mark_deleted(data: &mut Value) {
    if let Value::Object(m) = data {
        m.insert("_read_only".into(), json!({"deleted": true}));
    }
}
