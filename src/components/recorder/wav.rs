//! A recording as telephony plays it: 8 kHz, 16-bit, mono PCM in a RIFF/WAVE file.
//! Browsers record Opus in WebM, which KAZOO's media server does not play on calls, so
//! the recorder decodes the take at 8 kHz (the browser resamples) and writes it here.

/// The sample rate recordings are made at: the telephone's.
pub const RATE: u32 = 8000;

/// `samples` (−1.0 … 1.0, at `RATE`) as a WAV file.
pub fn wav_from_samples(samples: &[f32]) -> Vec<u8> {
    let data_len = (samples.len() * 2) as u32;
    let mut wav = Vec::with_capacity(44 + samples.len() * 2);
    wav.extend_from_slice(b"RIFF");
    wav.extend_from_slice(&(36 + data_len).to_le_bytes());
    wav.extend_from_slice(b"WAVEfmt ");
    wav.extend_from_slice(&16u32.to_le_bytes());
    wav.extend_from_slice(&1u16.to_le_bytes()); // PCM
    wav.extend_from_slice(&1u16.to_le_bytes()); // mono
    wav.extend_from_slice(&RATE.to_le_bytes());
    wav.extend_from_slice(&(RATE * 2).to_le_bytes()); // bytes per second
    wav.extend_from_slice(&2u16.to_le_bytes()); // block align
    wav.extend_from_slice(&16u16.to_le_bytes()); // bits per sample
    wav.extend_from_slice(b"data");
    wav.extend_from_slice(&data_len.to_le_bytes());
    for s in samples {
        let clamped = if s.is_nan() { 0.0 } else { s.clamp(-1.0, 1.0) };
        wav.extend_from_slice(&((clamped * i16::MAX as f32) as i16).to_le_bytes());
    }
    wav
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wav_header_says_8_khz_16_bit_mono_and_samples_are_clamped() {
        let wav = wav_from_samples(&[0.0, 1.0, -1.0, 2.0, f32::NAN]);
        assert_eq!(&wav[..4], b"RIFF");
        assert_eq!(&wav[8..16], b"WAVEfmt ");
        assert_eq!(u32::from_le_bytes(wav[24..28].try_into().unwrap()), 8000);
        assert_eq!(u16::from_le_bytes(wav[34..36].try_into().unwrap()), 16);
        assert_eq!(u32::from_le_bytes(wav[40..44].try_into().unwrap()), 10, "five samples of two bytes");
        let sample = |i: usize| i16::from_le_bytes(wav[44 + 2 * i..46 + 2 * i].try_into().unwrap());
        assert_eq!((sample(0), sample(1), sample(2), sample(3), sample(4)), (0, i16::MAX, -i16::MAX, i16::MAX, 0));
    }
}
