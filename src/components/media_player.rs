//! Playing a sound Crossbar serves (a media's `raw`, a voicemail message's `raw`): the
//! bytes are fetched through the one client (an `<audio>` cannot send the session's
//! token), shown in a player named after what plays, and the object URL is let go when
//! another sound plays or the screen closes.

use leptos::prelude::*;

use crate::api::{use_save, Save};
use crate::components::error_notice::error_text;
use crate::components::media_file;
use crate::hooks::watch;
use crate::i18n::{arg, t_with};

type Fetched = Result<(String, String, Vec<u8>), patchbay_crossbar::CrossbarError>;

/// One player per screen: `play(path, name)`, and `<Player playback />` where it shows.
#[derive(Clone, Copy)]
pub struct Playback {
    /// What plays: its name and object URL.
    playing: RwSignal<Option<(String, String)>>,
    /// Why the last sound could not be played, in words.
    pub error: RwSignal<Option<String>>,
    fetch: Save<(String, String), Fetched>,
}

impl Playback {
    /// Fetches the sound at `path` (an API path ending in `raw`) and plays it as `name`.
    pub fn play(&self, path: String, name: String) {
        self.error.set(None);
        self.fetch.dispatch((path, name));
    }

    pub fn pending(&self) -> Memo<bool> {
        self.fetch.pending()
    }
}

pub fn use_playback() -> Playback {
    let playing = RwSignal::new(None::<(String, String)>);
    let error = RwSignal::new(None::<String>);
    let fetch = use_save(
        |(_, name): &(String, String)| t_with("action-play-media", &[("name", arg(name.clone()))]),
        move |call, (path, name): (String, String)| async move {
            call.get_bytes(&path, "audio/*").await.map(|(kind, bytes)| (name, kind, bytes))
        },
    );
    on_cleanup(move || {
        if let Some(Some((_, url))) = playing.try_get_untracked() {
            media_file::revoke(&url);
        }
    });
    watch(move || match fetch.value().get() {
        Some(Ok((name, kind, bytes))) => {
            if let Some((_, old)) = playing.get_untracked() {
                media_file::revoke(&old);
            }
            playing.set(media_file::object_url(&bytes, &kind).map(|url| (name, url)));
        }
        Some(Err(e)) => error.set(Some(t_with("media-cannot-play", &[("why", arg(error_text(&e)))]))),
        None => {}
    });
    Playback { playing, error, fetch }
}

/// The player for what `playback` plays (nothing until something is played), and why a
/// sound could not be played.
#[component]
pub fn Player(playback: Playback) -> impl IntoView {
    view! {
        <div class="form-error" role="alert">{move || playback.error.get()}</div>
        {move || {
            playback.playing.get().map(|(name, url)| {
                let label = t_with("media-playing", &[("name", arg(name))]);
                view! {
                    <figure class="media-player">
                        <figcaption>{label.clone()}</figcaption>
                        <audio controls=true autoplay=true src=url aria-label=label></audio>
                    </figure>
                }
            })
        }}
    }
}
