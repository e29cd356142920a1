//! A media's form in a dialog: a name, then a file to upload or text to speak. A new
//! upload is made as Monster makes it — the document first, then the file to its `raw`
//! path — and when the file is refused, the document just made is deleted again, so no
//! silent "media" is left behind (monster-ui-callflows `submodules/media/media.js`).

use leptos::prelude::*;
use patchbay_crossbar::path::seg;
use patchbay_crossbar::CrossbarError;
use patchbay_monster::callflow::media::{media_doc, media_form, MediaError, MediaForm, Source, VOICES};
use patchbay_monster::stamp::{stamp, UiMetadata};
use serde_json::Value;
use wasm_bindgen::JsCast;

use super::super::{account_path, save_doc};
use crate::api::{use_load, use_save, ActionScope};
use crate::components::dialog::{open_while, Dialog};
use crate::components::error_notice::error_text;
use crate::components::form::{unique_id, CheckboxField, SelectField, TextField};
use crate::components::loaded::Loaded;
use crate::components::media_file::send_sound;
use crate::config::RuntimeConfig;
use crate::hooks::watch;
use crate::i18n::{arg, t, t_with};

use super::super::entities::EntityTarget;

#[component]
pub fn MediaDialog(target: RwSignal<Option<EntityTarget>>, on_saved: Callback<(String, String)>) -> impl IntoView {
    let open = open_while(target);
    view! {
        <Dialog open=open labelled_by="media-title">
            {move || target.get().map(|which| match which {
                EntityTarget::New => view! { <MediaFields loaded=Value::Object(Default::default()) done=target on_saved=on_saved /> }.into_any(),
                EntityTarget::Existing(id) => view! { <ReadThenEdit id=id done=target on_saved=on_saved /> }.into_any(),
            })}
        </Dialog>
    }
}

#[component]
fn ReadThenEdit(
    id: String,
    done: RwSignal<Option<EntityTarget>>,
    on_saved: Callback<(String, String)>,
) -> impl IntoView {
    let path = StoredValue::new(format!("{}/media/{}", account_path(), seg(&id)));
    let doc = use_load(
        || t("action-open-media"),
        move |call| async move { call.get_owned(path.get_value()).await.map(|e| e.data) },
    );
    view! {
        <Loaded load=doc let:doc>
            <MediaFields loaded=doc done=done on_saved=on_saved />
        </Loaded>
    }
}

/// What a save sends: the document, and the file (name, `data:` URI) when one was chosen.
#[derive(Clone)]
struct Sending {
    doc: Value,
    file: Option<web_sys::File>,
}

/// Makes or updates the document, then uploads the file; a new document whose file is
/// refused is deleted again.
async fn send(call: &ActionScope, id: Option<String>, sending: Sending, meta: UiMetadata) -> Result<Value, String> {
    let base = format!("{}/media", account_path());
    let failed = |e: CrossbarError| error_text(&e);
    let mut doc = sending.doc;
    stamp(&mut doc, &meta);
    let saved = save_doc(call, "media", id.as_deref(), doc).await.map_err(failed)?;
    let Some(file) = sending.file else { return Ok(saved) };
    let media_id = saved.get("id").and_then(Value::as_str).unwrap_or_default().to_string();
    let media = format!("{base}/{}", seg(&media_id));
    send_sound(call, &media, &file, id.is_none().then_some(&meta)).await?;
    Ok(saved)
}

#[component]
fn MediaFields(
    loaded: Value,
    done: RwSignal<Option<EntityTarget>>,
    on_saved: Callback<(String, String)>,
) -> impl IntoView {
    let version = StoredValue::new(use_context::<RuntimeConfig>().and_then(|c| c.ui_metadata_version));
    let id = loaded.get("id").and_then(Value::as_str).map(str::to_string);
    let is_new = id.is_none();
    let form = media_form(&loaded);
    let name = RwSignal::new(form.name.clone());
    let (source, text, voice) = match &form.source {
        Source::Tts { text, voice } => ("tts", text.clone(), voice.clone()),
        Source::Upload { .. } => ("upload", String::new(), VOICES[0].to_string()),
    };
    let source = RwSignal::new(source.to_string());
    let text = RwSignal::new(text);
    let voice = RwSignal::new(voice);
    let streamable = RwSignal::new(form.streamable);
    let file = NodeRef::<leptos::html::Input>::new();
    let error = RwSignal::new(None::<String>);
    let loaded = StoredValue::new(loaded);
    let media_id = StoredValue::new(id);
    let save = use_save(
        |s: &Sending| {
            let name = s.doc.get("name").and_then(Value::as_str).unwrap_or_default().to_string();
            t_with("action-save-media", &[("name", arg(name))])
        },
        move |call, sending: Sending| {
            let meta = UiMetadata::callflows(version.get_value().as_deref());
            let id = media_id.get_value();
            async move { send(&call, id, sending, meta).await }
        },
    );
    watch(move || match save.value().get() {
        Some(Ok(media)) => {
            let text = |k: &str| media.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
            done.set(None);
            on_saved.run((text("id"), text("name")));
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen: Option<web_sys::File> = file.get_untracked().and_then(|input| {
            let input: web_sys::HtmlInputElement = input.unchecked_into();
            input.files().and_then(|f| f.get(0))
        });
        let upload = source.get_untracked() == "upload";
        let form = MediaForm {
            name: name.get_untracked(),
            source: if upload {
                Source::Upload { file_name: chosen.as_ref().map(web_sys::File::name).unwrap_or_default() }
            } else {
                Source::Tts { text: text.get_untracked(), voice: voice.get_untracked() }
            },
            streamable: streamable.get_untracked(),
        };
        match loaded
            .with_value(|l| media_doc(&form, l, is_new || l.get("media_source") != Some(&Value::from("upload"))))
        {
            Ok(doc) => {
                error.set(None);
                save.dispatch(Sending { doc, file: if upload { chosen } else { None } });
            }
            Err(e) => error.set(Some(t(match e {
                MediaError::Name => "media-error-name",
                MediaError::NoFile => "media-error-no-file",
                MediaError::NoText => "media-error-no-text",
            }))),
        }
    };
    let sources = Signal::derive(|| {
        vec![("upload".to_string(), t("media-source-upload")), ("tts".to_string(), t("media-source-tts"))]
    });
    let voices = Signal::derive(|| VOICES.iter().map(|v| (v.to_string(), v.to_string())).collect());
    let (file_id, text_id) = (unique_id("media-file"), unique_id("media-text"));
    view! {
        <h2 id="media-title">{if is_new { t("media-new-title") } else { t("media-edit-title") }}</h2>
        <form class="form" novalidate=true on:submit=submit>
            <TextField label=t("media-name") value=name required=true maxlength=128 />
            <SelectField label=t("media-source") value=source options=sources />
            <Show when=move || source.get() == "upload">
                <div class="field">
                    <label for=file_id.clone()>{if is_new { t("media-file") } else { t("media-file-replace") }}</label>
                    <input id=file_id.clone() type="file" accept="audio/*" node_ref=file />
                </div>
            </Show>
            <Show when=move || source.get() == "tts">
                <div class="field">
                    <label for=text_id.clone()>{t("media-text")}</label>
                    <textarea id=text_id.clone() rows="4" bind:value=text></textarea>
                </div>
                <SelectField label=t("media-voice") value=voice options=voices />
            </Show>
            <CheckboxField label=t("media-streamable") checked=streamable />
            <div class="form-error" role="alert">{move || error.get()}</div>
            <div class="form-actions">
                <button type="submit" class="primary" disabled=move || save.pending().get()>
                    {if is_new { t("media-create") } else { t("save") }}
                </button>
                <button type="button" on:click=move |_| done.set(None)>{t("cancel")}</button>
            </div>
        </form>
    }
}
