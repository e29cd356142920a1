//! Uploading a recording where Smart PBX lets one choose media (music on hold): a file
//! becomes a media document, then its sound is sent to the document's `raw`, and a file
//! Crossbar refuses takes its just-made document with it — as Smart PBX's music on hold
//! popup does it (monster-ui-voip `submodules/myOffice/myOffice.js`, "upload-submit":
//! `media.create` with `{streamable, name, media_source: "upload", description}`, then
//! `media.upload`, `media.delete` on failure).

use leptos::prelude::*;
use patchbay_crossbar::path::seg;
use patchbay_monster::stamp::UiMetadata;
use serde_json::{json, Value};

use crate::api::{use_save, ActionScope, Crossbar};
use crate::components::error_notice::error_text;
use crate::components::form::unique_id;
use crate::components::media_file::send_sound;
use crate::components::recorder::MicRecorder;
use crate::hooks::watch;
use crate::i18n::{arg, t, t_with};

/// Smart PBX's upload limit (the popup's `maxSize: 5`, in MB).
const MAX_BYTES: f64 = 5.0 * 1024.0 * 1024.0;

/// The document a chosen file becomes.
pub fn upload_doc(file_name: &str) -> Value {
    json!({"streamable": true, "name": file_name, "media_source": "upload", "description": file_name})
}

async fn upload(
    call: &ActionScope,
    account: &str,
    meta: &UiMetadata,
    extra: &Value,
    file: web_sys::File,
) -> Result<(String, String), String> {
    let base = format!("accounts/{}/media", seg(account));
    let mut doc = upload_doc(&file.name());
    if let (Some(doc), Some(extra)) = (doc.as_object_mut(), extra.as_object()) {
        doc.extend(extra.clone());
    }
    patchbay_monster::stamp(&mut doc, meta);
    let made = call.put(&base, doc).await.map_err(|e| error_text(&e))?.data;
    let id = made.get("id").and_then(Value::as_str).unwrap_or_default().to_string();
    send_sound(call, &format!("{base}/{}", seg(&id)), &file, Some(meta)).await?;
    Ok((id, file.name()))
}

#[component]
pub fn MediaUpload(
    /// How the uploads are stamped (the app the person is in).
    meta: UiMetadata,
    /// The new media's id and name.
    on_uploaded: Callback<(String, String)>,
    /// What the recording is for ("Greeting"), naming the field and its button when a
    /// screen has more than one upload.
    #[prop(optional, into)]
    what: Option<String>,
    /// Fields the new media document has besides the upload's own (a greeting's owner).
    #[prop(optional)]
    extra: Option<Value>,
) -> impl IntoView {
    let extra = StoredValue::new(extra.unwrap_or_else(|| json!({})));
    let what_for_recorder = what.clone();
    let (field_label, button_label) = match &what {
        Some(w) => (
            t_with("media-upload-for", &[("what", arg(w.clone()))]),
            t_with("media-upload-button-for", &[("what", arg(w.clone()))]),
        ),
        None => (t("media-upload-label"), t("media-upload")),
    };
    let client = expect_context::<Crossbar>();
    let input = NodeRef::<leptos::html::Input>::new();
    let error = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<String>);
    let meta = StoredValue::new(meta);
    let send = use_save(
        |f: &web_sys::File| t_with("action-upload-media", &[("name", arg(f.name()))]),
        move |call, file: web_sys::File| async move {
            upload(&call, &client.account_id(), &meta.get_value(), &extra.get_value(), file).await
        },
    );
    watch(move || match send.value().get() {
        Some(Ok((id, name))) => {
            if let Some(i) = input.get_untracked() {
                i.set_value("");
            }
            status.set(Some(t_with("media-uploaded", &[("name", arg(name.clone()))])));
            on_uploaded.run((id, name));
        }
        Some(Err(why)) => error.set(Some(why)),
        None => {}
    });
    let start = move |_| {
        error.set(None);
        status.set(None);
        let file = input.get_untracked().and_then(|i| i.files()).and_then(|f| f.get(0));
        match file {
            None => error.set(Some(t("media-upload-choose"))),
            Some(f) if f.size() > MAX_BYTES => error.set(Some(t("media-upload-too-big"))),
            Some(f) => send.dispatch(f),
        }
    };
    let id = unique_id("upload");
    view! {
        <div class="field">
            <label for=id.clone()>{field_label}</label>
            <p class="field__hint">{t("media-upload-hint")}</p>
            <input id=id type="file" accept="audio/*" node_ref=input />
        </div>
        <MicRecorder what=what_for_recorder on_recorded=Callback::new(move |file: web_sys::File| { error.set(None); status.set(None); send.dispatch(file); }) />
        <div class="form-actions">
            <button type="button" disabled=move || send.pending().get() on:click=start>{button_label}</button>
            <span role="status">{move || status.get()}</span>
        </div>
        <div class="form-error" role="alert">{move || error.get()}</div>
    }
}
