//! A media document (a greeting, a prompt, music on hold) as the Callflows app's Media
//! form writes it (monster-ui-callflows `submodules/media/media.js` `mediaCleanFormData`,
//! `mediaNormalizeData`): made first, then the file uploaded to `media/{id}/raw` as
//! base64 (`application/x-base64`); or spoken from text (`media_source: "tts"`). Written
//! onto the document as loaded, so keys other apps wrote survive.

use serde_json::{json, Map, Value};

/// The voices the Callflows app offers, the first being its default.
pub const VOICES: [&str; 10] = [
    "female/en-US",
    "male/en-US",
    "female/en-GB",
    "female/es-US",
    "female/de-DE",
    "female/es-ES",
    "female/fr-CA",
    "female/fr-FR",
    "female/nl-BE",
    "male/nl-BE",
];

/// Where the sound comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A file; its name becomes the description.
    Upload { file_name: String },
    /// Text to speech.
    Tts { text: String, voice: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaForm {
    pub name: String,
    pub source: Source,
    pub streamable: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MediaError {
    Name,
    /// No file chosen for a new upload.
    NoFile,
    /// No text to speak.
    NoText,
}

/// The form for a stored media document.
pub fn media_form(doc: &Value) -> MediaForm {
    let text = |p: &str| doc.pointer(p).and_then(Value::as_str).unwrap_or_default().to_string();
    let source = if text("/media_source") == "tts" {
        let voice = text("/tts/voice");
        Source::Tts { text: text("/tts/text"), voice: if voice.is_empty() { VOICES[0].into() } else { voice } }
    } else {
        Source::Upload { file_name: String::new() }
    };
    MediaForm {
        name: text("/name"),
        source,
        streamable: doc.get("streamable").and_then(Value::as_bool).unwrap_or(true),
    }
}

/// The media document; `is_new` requires a file for an upload.
pub fn media_doc(form: &MediaForm, loaded: &Value, is_new: bool) -> Result<Value, MediaError> {
    let name = form.name.trim();
    if name.is_empty() || name.chars().count() > 128 {
        return Err(MediaError::Name);
    }
    let mut doc: Map<String, Value> = loaded.as_object().cloned().unwrap_or_default();
    doc.remove("metadata");
    doc.remove("id");
    doc.insert("name".into(), Value::String(name.into()));
    doc.insert("streamable".into(), Value::Bool(form.streamable));
    match &form.source {
        Source::Upload { file_name } => {
            if is_new && file_name.is_empty() {
                return Err(MediaError::NoFile);
            }
            doc.insert("media_source".into(), json!("upload"));
            doc.remove("tts");
            if !file_name.is_empty() {
                doc.insert("description".into(), Value::String(file_name.clone()));
            }
        }
        Source::Tts { text, voice } => {
            if text.trim().is_empty() {
                return Err(MediaError::NoText);
            }
            doc.insert("media_source".into(), json!("tts"));
            doc.insert("tts".into(), json!({"text": text.trim(), "voice": voice}));
            doc.insert("description".into(), json!("tts file"));
        }
    }
    Ok(Value::Object(doc))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_upload_is_named_after_its_file_and_text_is_spoken() {
        let upload = MediaForm {
            name: "Welcome".into(),
            source: Source::Upload { file_name: "welcome.wav".into() },
            streamable: true,
        };
        let doc = media_doc(&upload, &json!({}), true).unwrap();
        assert_eq!(
            doc,
            json!({"name": "Welcome", "streamable": true, "media_source": "upload", "description": "welcome.wav"})
        );
        let tts = MediaForm {
            name: "Closed".into(),
            source: Source::Tts { text: " We are closed. ".into(), voice: "female/en-GB".into() },
            streamable: true,
        };
        let doc = media_doc(&tts, &json!({"x": 1}), true).unwrap();
        assert_eq!(doc["tts"], json!({"text": "We are closed.", "voice": "female/en-GB"}));
        assert_eq!(
            (doc["media_source"].clone(), doc["description"].clone(), doc["x"].clone()),
            (json!("tts"), json!("tts file"), json!(1))
        );
        assert_eq!(
            media_form(&doc).source,
            Source::Tts { text: "We are closed.".into(), voice: "female/en-GB".into() }
        );
    }

    #[test]
    fn what_the_form_refuses() {
        let form =
            MediaForm { name: "A".into(), source: Source::Upload { file_name: String::new() }, streamable: true };
        assert_eq!(media_doc(&form, &json!({}), true), Err(MediaError::NoFile));
        // Editing an upload's name needs no new file.
        assert!(media_doc(&form, &json!({"media_source": "upload", "description": "a.wav"}), false).is_ok());
        let blank = MediaForm { source: Source::Tts { text: " ".into(), voice: VOICES[0].into() }, ..form.clone() };
        assert_eq!(media_doc(&blank, &json!({}), true), Err(MediaError::NoText));
        assert_eq!(media_doc(&MediaForm { name: " ".into(), ..form }, &json!({}), true), Err(MediaError::Name));
    }
}
