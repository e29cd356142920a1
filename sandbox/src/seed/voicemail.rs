//! Voicemail messages waiting in the demo boxes, so a person signing in has something to
//! play, file and delete: each is a message document as KAZOO's voicemail application
//! leaves one (`resources::messages`) with a short tone as its sound.

use crate::doc;
use crate::resources::messages::{message_doc, new_message_id};
use crate::store::{Attachment, Store};
use serde_json::json;

/// One waiting message: who called, how long ago (seconds) and its folder.
pub struct Waiting<'a> {
    pub caller_name: &'a str,
    pub caller_number: &'a str,
    pub ago_secs: i64,
    pub folder: &'a str,
}

pub fn leave_messages(
    store: &Store,
    account_id: &str,
    realm: &str,
    vmbox_id: &str,
    mailbox: &str,
    waiting: &[Waiting],
) -> anyhow::Result<()> {
    for (i, w) in waiting.iter().enumerate() {
        let at = doc::now_gregorian() - w.ago_secs;
        let id = new_message_id(at);
        let secs = 2 + i as u32;
        let metadata = json!({
            "timestamp": at,
            "from": format!("{}@{realm}", w.caller_number),
            "to": format!("{mailbox}@{realm}"),
            "caller_id_number": w.caller_number,
            "caller_id_name": w.caller_name,
            "call_id": doc::new_id(),
            "folder": w.folder,
            "length": secs * 1000,
            "media_id": id,
        });
        let mut stored = message_doc(&id, vmbox_id, mailbox, metadata);
        store.save(account_id, &mut stored)?;
        let sound = Attachment { name: format!("{id}.wav"), content_type: "audio/wav".into(), bytes: tone_wav(secs) };
        store.put_attachment(account_id, &id, &sound, true)?;
    }
    Ok(())
}

/// `secs` seconds of a quiet 440 Hz tone: 8 kHz, 8-bit mono PCM in a RIFF/WAVE file.
pub fn tone_wav(secs: u32) -> Vec<u8> {
    const RATE: u32 = 8000;
    let samples: Vec<u8> = (0..RATE * secs)
        .map(|n| {
            let t = f64::from(n) / f64::from(RATE);
            (128.0 + 40.0 * (2.0 * std::f64::consts::PI * 440.0 * t).sin()).round() as u8
        })
        .collect();
    let mut wav = Vec::with_capacity(44 + samples.len());
    let len = samples.len() as u32;
    wav.extend_from_slice(b"RIFF");
    wav.extend_from_slice(&(36 + len).to_le_bytes());
    wav.extend_from_slice(b"WAVEfmt ");
    wav.extend_from_slice(&16u32.to_le_bytes());
    wav.extend_from_slice(&1u16.to_le_bytes()); // PCM
    wav.extend_from_slice(&1u16.to_le_bytes()); // mono
    wav.extend_from_slice(&RATE.to_le_bytes());
    wav.extend_from_slice(&RATE.to_le_bytes()); // bytes per second
    wav.extend_from_slice(&1u16.to_le_bytes()); // block align
    wav.extend_from_slice(&8u16.to_le_bytes()); // bits per sample
    wav.extend_from_slice(b"data");
    wav.extend_from_slice(&len.to_le_bytes());
    wav.extend_from_slice(&samples);
    wav
}
