//! Files tests hand to the app.

/// A tiny valid WAV file (RIFF/WAVE header, 8 kHz mono, a few samples of silence).
pub fn wav_bytes() -> Vec<u8> {
    let samples = [0u8; 16];
    let mut b = Vec::new();
    b.extend(b"RIFF");
    b.extend(&(36 + samples.len() as u32).to_le_bytes());
    b.extend(b"WAVEfmt ");
    b.extend(&16u32.to_le_bytes());
    b.extend(&1u16.to_le_bytes());
    b.extend(&1u16.to_le_bytes());
    b.extend(&8000u32.to_le_bytes());
    b.extend(&8000u32.to_le_bytes());
    b.extend(&1u16.to_le_bytes());
    b.extend(&8u16.to_le_bytes());
    b.extend(b"data");
    b.extend(&(samples.len() as u32).to_le_bytes());
    b.extend(samples);
    b
}
