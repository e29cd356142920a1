//! The request being built: method, path, query and body; checked, guarded and sent.

use leptos::prelude::*;
use patchbay_crossbar::catalogue::{collection_of, fill, placeholders, Endpoint};
use patchbay_crossbar::inspector::Exchange;
use patchbay_crossbar::schema_seed::seed_body;
use patchbay_crossbar::CrossbarError;
use serde_json::Value;

use super::id_picker::IdPicker;
use crate::api::{use_save, ActionScope, Crossbar};
use crate::components::environment::{Environment, WriteGuard};
use crate::components::form::{unique_id, SelectField, TextField};
use crate::components::inspector::exchange_detail::ExchangeDetail;
use crate::components::leave_guard::use_unsaved_form;
use crate::hooks::watch;
use crate::i18n::{arg, t, t_with};

const METHODS: [&str; 5] = ["GET", "PUT", "POST", "PATCH", "DELETE"];

/// Crossbar's listing parameters (KAZOO docs `basics.md`, "Pagination" and "Filters"),
/// the ones ending in `_` taking a field's name after them.
const QUERY_KEYS: [&str; 11] = [
    "page_size",
    "start_key",
    "paginate",
    "filter_",
    "filter_not_",
    "has_key",
    "key_missing",
    "has_value",
    "created_from",
    "created_to",
    "ascending",
];

/// `query` with `key=value` added, each part percent-encoded.
fn with_param(query: &str, key: &str, value: &str) -> String {
    let pair = format!(
        "{}={}",
        js_sys::encode_uri_component(key).as_string().unwrap_or_default(),
        js_sys::encode_uri_component(value).as_string().unwrap_or_default()
    );
    match query.trim().trim_start_matches('?') {
        "" => pair,
        q => format!("{q}&{pair}"),
    }
}

/// The request on the form, shared with the catalogue that starts it.
#[derive(Clone, Copy)]
pub struct RequestDraft {
    method: RwSignal<String>,
    path: RwSignal<String>,
    query: RwSignal<String>,
    body: RwSignal<String>,
    endpoint: RwSignal<Option<Endpoint>>,
    client: Crossbar,
}

impl RequestDraft {
    pub fn new() -> Self {
        RequestDraft {
            method: RwSignal::new("GET".into()),
            path: RwSignal::new(String::new()),
            query: RwSignal::new(String::new()),
            body: RwSignal::new(String::new()),
            endpoint: RwSignal::new(None),
            client: expect_context::<Crossbar>(),
        }
    }

    /// A call to edit, as the inspector recorded it.
    pub fn set(&self, method: String, path: String, body: String) {
        let (path, query) =
            path.split_once('?').map(|(p, q)| (p.to_string(), q.to_string())).unwrap_or((path, String::new()));
        self.method.set(method);
        self.path.set(path);
        self.query.set(query);
        self.body.set(body);
        self.endpoint.set(None);
    }

    /// The endpoint's path with this account's id, its first method, an empty body.
    pub fn start_from(&self, e: Endpoint) {
        let account = self.client.account_id();
        let (path, query) = e.path.split_once('?').unwrap_or((e.path, ""));
        self.path.set(fill(path, &[("ACCOUNT_ID", &account)]));
        self.query.set(query.to_string());
        self.method.set(e.methods[0].to_string());
        self.body.set(String::new());
        self.endpoint.set(Some(e));
    }
}

/// What is wrong with the request before anything is sent, if anything.
fn problem(method: &str, path: &str, body: &str) -> Option<String> {
    if path.trim().is_empty() {
        return Some(t("console-path-empty"));
    }
    if let Some(name) = placeholders(path).first() {
        return Some(t_with("console-fill-placeholder", &[("placeholder", arg(format!("{{{name}}}")))]));
    }
    if matches!(method, "PUT" | "POST" | "PATCH") || !body.trim().is_empty() {
        match serde_json::from_str::<Value>(body) {
            Ok(v) if v.get("data").is_some() => {}
            Ok(_) => return Some(t("console-body-envelope")),
            Err(e) if !body.trim().is_empty() || method != "DELETE" => {
                return Some(t_with("console-body-json", &[("why", arg(e.to_string()))]))
            }
            Err(_) => {}
        }
    }
    None
}

/// The path as Crossbar's client takes it: no `/v2/`, the query joined on.
fn request_path(path: &str, query: &str) -> String {
    let path = path.trim().trim_start_matches('/');
    let path = path.strip_prefix("v2/").unwrap_or(path);
    match query.trim().trim_start_matches('?') {
        "" => path.to_string(),
        q => format!("{path}?{q}"),
    }
}

/// One send: the request, and whether the schema check comes first.
#[derive(Clone)]
struct Outgoing {
    method: String,
    path: String,
    body: Option<Value>,
    schema: Option<&'static str>,
}

/// The last call `call` made, as the inspector recorded it.
fn exchange_of(client: Crossbar, call: &ActionScope) -> Option<Exchange> {
    let id = call.action_id();
    client.log.with_untracked(|log| log.newest_first().find(|a| a.id == id).and_then(|a| a.exchanges.last().cloned()))
}

#[component]
pub fn RequestForm(draft: RequestDraft) -> impl IntoView {
    let client = expect_context::<Crossbar>();
    let environment = expect_context::<Environment>();
    let problem_text = RwSignal::new(None::<String>);
    let refused = RwSignal::new(Vec::<String>::new());
    let answer = RwSignal::new(None::<Exchange>);
    let guard_open = RwSignal::new(false);
    let waiting = StoredValue::new(None::<Outgoing>);
    // The schema is asked first for whole documents (PUT, POST); a PATCH sends part of one.
    let check = use_save(
        |o: &Outgoing| t_with("action-console-check", &[("schema", arg(o.schema.unwrap_or_default()))]),
        move |call, o: Outgoing| async move {
            let path = format!("schemas/{}/validation", o.schema.unwrap_or_default());
            let data = o.body.as_ref().and_then(|b| b.get("data")).cloned().unwrap_or(Value::Null);
            match call.send_as_typed("PUT", &path, Some(serde_json::json!({"data": data}))).await {
                Ok(_) => Ok((o, vec![])),
                Err(CrossbarError::Validation { fields }) => {
                    Ok((o, fields.iter().map(|f| format!("{}: {}", f.path, f.message)).collect()))
                }
                // A server without the schema (or without schemas) cannot check: send as is.
                Err(CrossbarError::NotFound { .. }) => Ok((o, vec![])),
                Err(e) => Err(e),
            }
        },
    );
    let send = use_save(
        |o: &Outgoing| {
            t_with("action-console-send", &[("method", arg(o.method.clone())), ("path", arg(o.path.clone()))])
        },
        move |call, o: Outgoing| async move {
            let _ = call.send_as_typed(&o.method, &o.path, o.body.clone()).await;
            // Whatever the answer, it is shown as the inspector recorded it.
            Ok::<_, CrossbarError>(exchange_of(client, &call))
        },
    );
    let go = move |o: Outgoing| {
        if o.method != "GET" && !environment.sandbox.get_untracked() {
            waiting.set_value(Some(o));
            guard_open.set(true);
        } else {
            send.dispatch(o);
        }
    };
    watch(move || match check.value().get() {
        Some(Ok((o, errors))) if errors.is_empty() => go(o),
        Some(Ok((_, errors))) => refused.set(errors),
        Some(Err(e)) => problem_text.set(Some(crate::components::error_notice::error_text(&e))),
        None => {}
    });
    watch(move || {
        if let Some(Ok(ex)) = send.value().get() {
            answer.set(ex);
        }
    });
    let outgoing = move || Outgoing {
        method: draft.method.get_untracked(),
        path: request_path(&draft.path.get_untracked(), &draft.query.get_untracked()),
        body: serde_json::from_str(&draft.body.get_untracked()).ok(),
        schema: draft.endpoint.get_untracked().and_then(|e| e.schema),
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        refused.set(vec![]);
        answer.set(None);
        let (method, path, body) =
            (draft.method.get_untracked(), draft.path.get_untracked(), draft.body.get_untracked());
        problem_text.set(problem(&method, &path, &body));
        if problem_text.with_untracked(Option::is_some) {
            return;
        }
        let o = outgoing();
        if matches!(o.method.as_str(), "PUT" | "POST") && o.schema.is_some() {
            check.dispatch(o);
        } else {
            go(o);
        }
    };
    let send_anyway = move |_| {
        refused.set(vec![]);
        go(outgoing());
    };
    // A schema's first body, when a write is chosen on an endpoint that has one.
    let read_schema = use_save(
        |schema: &&'static str| t_with("action-console-schema", &[("schema", arg(*schema))]),
        |call, schema: &'static str| async move { call.get(&format!("schemas/{schema}")).await.map(|env| env.data) },
    );
    watch(move || {
        if let Some(Ok(schema)) = read_schema.value().get() {
            draft.body.set(serde_json::to_string_pretty(&seed_body(&schema)).unwrap_or_default());
        }
    });
    let seed = move |_| {
        if let Some(schema) = draft.endpoint.get_untracked().and_then(|e| e.schema) {
            read_schema.dispatch(schema);
        }
    };
    let methods = Signal::derive(|| METHODS.iter().map(|m| (m.to_string(), m.to_string())).collect::<Vec<_>>());
    let body_id = unique_id("console-body");
    let request_line = Signal::derive(move || {
        format!("{} /v2/{}", draft.method.get(), request_path(&draft.path.get(), &draft.query.get()))
    });
    let busy = Signal::derive(move || check.pending().get() || send.pending().get());
    // A request typed by hand is asked about before leaving, until it is sent.
    let unsaved =
        use_unsaved_form(move || (draft.path.get_untracked(), draft.query.get_untracked(), draft.body.get_untracked()));
    watch(move || {
        if send.value().with(Option::is_some) {
            unsaved.saved();
        }
    });
    watch(move || {
        // Choosing an endpoint starts a fresh request: nothing typed is at stake yet.
        if draft.endpoint.with(Option::is_some) {
            unsaved.saved();
        }
    });
    view! {
        <section class="api-console__request" aria-labelledby="console-request">
            <h2 id="console-request">{t("console-request")}</h2>
            <form class="form" on:submit=submit novalidate=true>
                <SelectField label=t("console-method") value=draft.method options=methods />
                <TextField label=t("console-path") value=draft.path hint=t("console-path-hint") />
                {move || draft.endpoint.get().map(|e| {
                    e.placeholders().into_iter().filter_map(|p| collection_of(p).map(|c| (p, c))).map(|(p, c)| view! {
                        <IdPicker placeholder=p collection=c on_pick=Callback::new(move |(name, id): (String, String)| {
                            draft.path.update(|path| *path = fill(path, &[(name.as_str(), id.as_str())]));
                        }) />
                    }).collect_view()
                })}
                <TextField label=t("console-query") value=draft.query hint=t("console-query-hint") />
                <QueryBuilder query=draft.query />
                <div class="field">
                    <label for=body_id.clone()>{t("console-body")}</label>
                    <textarea id=body_id rows="10" spellcheck="false" class="api-console__body" prop:value=draft.body on:input=move |ev| draft.body.set(event_target_value(&ev))></textarea>
                    {move || draft.endpoint.get().and_then(|e| e.schema).map(|schema| view! {
                        <button type="button" on:click=seed>{t_with("console-seed", &[("schema", arg(schema))])}</button>
                    })}
                </div>
                <div class="form-error" role="alert">
                    {move || problem_text.get()}
                    {move || (!refused.with(Vec::is_empty)).then(|| view! {
                        <p>{t("console-refused")}</p>
                        <ul>{refused.get().into_iter().map(|r| view! { <li><code>{r}</code></li> }).collect_view()}</ul>
                    })}
                </div>
                <div class="form-actions">
                    <button type="submit" class="primary" disabled=move || busy.get()>{t("console-send")}</button>
                    {move || (!refused.with(Vec::is_empty)).then(|| view! {
                        <button type="button" on:click=send_anyway>{t("console-send-anyway")}</button>
                    })}
                </div>
            </form>
            <WriteGuard
                open=guard_open
                request=request_line
                on_confirm=Callback::new(move |_| {
                    if let Some(o) = waiting.get_value() {
                        send.dispatch(o);
                    }
                })
            />
            {move || answer.get().map(|ex| view! {
                <section class="api-console__answer" aria-labelledby="console-answer">
                    <h2 id="console-answer">{t("console-answer")}</h2>
                    <ExchangeDetail exchange=ex id="console-answer-detail".to_string() />
                </section>
            })}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::request_path;

    #[test]
    fn paths_are_taken_with_or_without_the_version_and_the_query_joined() {
        assert_eq!(request_path("/v2/accounts/a/users", "page_size=5"), "accounts/a/users?page_size=5");
        assert_eq!(
            request_path("accounts/a/users", "?filter_first_name=Ada"),
            "accounts/a/users?filter_first_name=Ada"
        );
        assert_eq!(request_path(" about ", ""), "about");
    }
}

/// Adds one listing parameter to the query: chosen from Crossbar's, with its field (for
/// `filter_…`) and value.
#[component]
fn QueryBuilder(query: RwSignal<String>) -> impl IntoView {
    let key = RwSignal::new(QUERY_KEYS[0].to_string());
    let field = RwSignal::new(String::new());
    let value = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    // `filter_…` reads as "filter_ and then a field".
    let shown = |k: &str| if k.ends_with('_') { format!("{k}…") } else { k.to_string() };
    let keys = Signal::derive(move || QUERY_KEYS.iter().map(|k| (k.to_string(), shown(k))).collect::<Vec<_>>());
    let needs_field = move || key.with(|k| k.ends_with('_'));
    let add = move |_| {
        let mut name = key.get_untracked();
        if needs_field() {
            let f = field.get_untracked().trim().to_string();
            if f.is_empty() {
                error.set(Some(t("console-query-field-missing")));
                return;
            }
            name.push_str(&f);
        }
        error.set(None);
        query.update(|q| *q = with_param(q, &name, value.get_untracked().trim()));
        field.set(String::new());
        value.set(String::new());
    };
    view! {
        <fieldset class="api-console__query">
            <legend>{t("console-query-add")}</legend>
            <SelectField label=t("console-query-parameter") value=key options=keys />
            <Show when=needs_field>
                <TextField label=t("console-query-field") value=field hint=t("console-query-field-hint") error=Signal::derive(move || error.get()) />
            </Show>
            <TextField label=t("console-query-value") value=value />
            <button type="button" on:click=add>{t("console-query-add-button")}</button>
        </fieldset>
    }
}
