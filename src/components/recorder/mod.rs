//! Recording a greeting with the microphone, where a file can be uploaded: the browser
//! asks for the microphone, records until "Stop recording", and the take — played back
//! here first — becomes a WAV file (`wav`) that is uploaded as a chosen file would be.
//! Nothing is sent before "Use this recording".

mod wav;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::components::media_file;
use crate::i18n::{arg, t, t_with};

#[derive(Clone)]
enum Take {
    Idle,
    Recording(web_sys::MediaRecorder),
    Working,
    /// The recording as a WAV file, and an object URL to play it.
    Ready(web_sys::File, String),
}

fn js_text(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).or_else(|| e.as_string()).unwrap_or_default()
}

/// Starts the microphone and a recorder on it; the recorder's chunks land in `chunks`.
async fn start(chunks: std::rc::Rc<std::cell::RefCell<Vec<web_sys::Blob>>>) -> Result<web_sys::MediaRecorder, String> {
    let devices = window().navigator().media_devices().map_err(|e| js_text(&e))?;
    let constraints = web_sys::MediaStreamConstraints::new();
    constraints.set_audio(&JsValue::TRUE);
    let promise = devices.get_user_media_with_constraints(&constraints).map_err(|e| js_text(&e))?;
    let stream: web_sys::MediaStream = JsFuture::from(promise).await.map_err(|e| js_text(&e))?.unchecked_into();
    let recorder = web_sys::MediaRecorder::new_with_media_stream(&stream).map_err(|e| js_text(&e))?;
    let on_data = Closure::<dyn FnMut(web_sys::BlobEvent)>::new(move |ev: web_sys::BlobEvent| {
        if let Some(blob) = ev.data() {
            chunks.borrow_mut().push(blob);
        }
    });
    recorder.set_ondataavailable(Some(on_data.as_ref().unchecked_ref()));
    on_data.forget();
    recorder.start().map_err(|e| js_text(&e))?;
    Ok(recorder)
}

/// Stops `recorder` and its microphone; resolves once the last chunk is in.
async fn stop(recorder: &web_sys::MediaRecorder) -> Result<(), String> {
    let done = js_sys::Promise::new(&mut |resolve, _| {
        let on_stop = Closure::once_into_js(move |_: JsValue| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        recorder.set_onstop(Some(on_stop.unchecked_ref()));
    });
    recorder.stop().map_err(|e| js_text(&e))?;
    let tracks = recorder.stream().get_tracks();
    for track in tracks.iter() {
        track.unchecked_into::<web_sys::MediaStreamTrack>().stop();
    }
    JsFuture::from(done).await.map_err(|e| js_text(&e))?;
    Ok(())
}

/// The recorded chunks decoded at 8 kHz and written as a WAV file named `name`.
async fn to_wav(chunks: Vec<web_sys::Blob>, name: &str) -> Result<web_sys::File, String> {
    let parts = js_sys::Array::new();
    for c in &chunks {
        parts.push(c);
    }
    let recorded = web_sys::Blob::new_with_blob_sequence(&parts).map_err(|e| js_text(&e))?;
    let buffer = JsFuture::from(recorded.array_buffer()).await.map_err(|e| js_text(&e))?;
    let options = web_sys::AudioContextOptions::new();
    options.set_sample_rate(wav::RATE as f32);
    let context = web_sys::AudioContext::new_with_context_options(&options).map_err(|e| js_text(&e))?;
    let decoding = context.decode_audio_data(&buffer.unchecked_into()).map_err(|e| js_text(&e))?;
    let decoded: web_sys::AudioBuffer = JsFuture::from(decoding).await.map_err(|e| js_text(&e))?.unchecked_into();
    let _ = context.close();
    let samples = decoded.get_channel_data(0).map_err(|e| js_text(&e))?;
    let bytes = wav::wav_from_samples(&samples);
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes.as_slice()));
    let options = web_sys::FilePropertyBag::new();
    options.set_type("audio/wav");
    web_sys::File::new_with_u8_array_sequence_and_options(&parts, name, &options).map_err(|e| js_text(&e))
}

/// "Record with the microphone", then "Stop recording", a player for the take, and "Use
/// this recording" (which hands the file to `on_recorded`) or "Record again".
#[component]
pub fn MicRecorder(
    /// What the recording is for, naming the buttons where a screen has several.
    #[prop(optional_no_strip, into)]
    what: Option<String>,
    on_recorded: Callback<web_sys::File>,
) -> impl IntoView {
    let take = RwSignal::new_local(Take::Idle);
    // How long the take has run, shown while recording (a clock that only ticks then).
    let started_ms = RwSignal::new(0.0_f64);
    let now_ms = RwSignal::new(0.0_f64);
    let ticking = leptos_use::use_interval_fn(move || now_ms.set(js_sys::Date::now()), 250);
    (ticking.pause)();
    let (pause, resume) = (StoredValue::new_local(ticking.pause), StoredValue::new_local(ticking.resume));
    let elapsed =
        move || crate::routes::smartpbx::call_logs::clock(((now_ms.get() - started_ms.get()).max(0.0) / 1000.0) as u64);
    let error = RwSignal::new(None::<String>);
    let chunks: std::rc::Rc<std::cell::RefCell<Vec<web_sys::Blob>>> = Default::default();
    let chunks = StoredValue::new_local(chunks);
    let forget_take = move || {
        if let Some(Take::Ready(_, url)) = take.try_get_untracked() {
            media_file::revoke(&url);
        }
    };
    on_cleanup(move || {
        if let Some(Take::Recording(recorder)) = take.try_get_untracked() {
            let _ = recorder.stop();
            for track in recorder.stream().get_tracks().iter() {
                track.unchecked_into::<web_sys::MediaStreamTrack>().stop();
            }
        }
        forget_take();
    });
    let begin = move |_| {
        error.set(None);
        forget_take();
        let chunks = chunks.get_value();
        chunks.borrow_mut().clear();
        take.set(Take::Working);
        // Browser media work, not a Crossbar request (so no `use_save`): asking for the
        // microphone must run to its end, and if the recorder leaves meanwhile its
        // cleanup stops the microphone and these writes are dropped (`try_set`).
        leptos::task::spawn_local(async move {
            match start(chunks).await {
                Ok(recorder) if take.try_get_untracked().is_none() => {
                    // The recorder left while the browser asked: let the microphone go.
                    let _ = stop(&recorder).await;
                }
                Ok(recorder) => {
                    started_ms.try_set(js_sys::Date::now());
                    now_ms.try_set(js_sys::Date::now());
                    resume.try_with_value(|r| r());
                    take.try_set(Take::Recording(recorder));
                }
                Err(why) => {
                    take.try_set(Take::Idle);
                    error.try_set(Some(t_with("recorder-no-microphone", &[("why", arg(why))])));
                }
            }
        });
    };
    let what_for_name = StoredValue::new(what.clone().unwrap_or_else(|| t("recorder-file-name")));
    let end = move |_| {
        let Take::Recording(recorder) = take.get_untracked() else { return };
        pause.with_value(|p| p());
        take.set(Take::Working);
        let chunks = chunks.get_value();
        let what = what_for_name.get_value();
        leptos::task::spawn_local(async move {
            let stamp = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
            let name = format!("{} {}.wav", what, stamp.get(..16).unwrap_or_default().replace(['T', ':'], " "));
            let made = async {
                stop(&recorder).await?;
                let recorded = chunks.borrow().clone();
                to_wav(recorded, &name).await
            };
            match made.await {
                Ok(file) => {
                    let url = web_sys::Url::create_object_url_with_blob(&file).unwrap_or_default();
                    take.try_set(Take::Ready(file, url));
                }
                Err(why) => {
                    take.try_set(Take::Idle);
                    error.try_set(Some(t_with("recorder-failed", &[("why", arg(why))])));
                }
            }
        });
    };
    let use_it = move |_| {
        if let Take::Ready(file, _) = take.get_untracked() {
            on_recorded.run(file);
        }
    };
    // (key without a name, key naming what the recording is for)
    let label = |(plain, named): (&str, &str)| match &what {
        Some(w) => t_with(named, &[("what", arg(w.clone()))]),
        None => t(plain),
    };
    let (record_label, stop_label, use_label, again_label, preview_label) = (
        label(("recorder-record", "recorder-record-for")),
        label(("recorder-stop", "recorder-stop-for")),
        label(("recorder-use", "recorder-use-for")),
        label(("recorder-again", "recorder-again-for")),
        label(("recorder-preview", "recorder-preview-for")),
    );
    view! {
        <div class="recorder">
            {move || match take.get() {
                Take::Idle => view! { <button type="button" on:click=begin>{record_label.clone()}</button> }.into_any(),
                Take::Working => view! { <p role="status">{t("recorder-working")}</p> }.into_any(),
                Take::Recording(_) => view! {
                    <p role="status" class="recorder__live">{t("recorder-live")}</p>
                    <p class="recorder__clock" role="timer" aria-label=t("recorder-length")>{elapsed}</p>
                    <button type="button" class="primary" on:click=end>{stop_label.clone()}</button>
                }
                .into_any(),
                Take::Ready(_, url) => view! {
                    <audio controls=true src=url aria-label=preview_label.clone()></audio>
                    <div class="form-actions">
                        <button type="button" class="primary" on:click=use_it>{use_label.clone()}</button>
                        <button type="button" on:click=begin>{again_label.clone()}</button>
                    </div>
                }
                .into_any(),
            }}
            <div class="form-error" role="alert">{move || error.get()}</div>
        </div>
    }
}
