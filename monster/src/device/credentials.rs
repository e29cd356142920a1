//! Generated SIP credentials and MAC addresses, as Smart PBX's device forms make and
//! check them.

/// `monster.util.randomString`'s default "safe" alphabet (no 0/1/i/l/o).
pub const SAFE_ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";

/// `len` characters of the safe alphabet; `next` returns a number in [0, 1).
pub fn random_string(len: usize, mut next: impl FnMut() -> f64) -> String {
    (0..len)
        .map(|_| SAFE_ALPHABET[((next() * SAFE_ALPHABET.len() as f64) as usize).min(SAFE_ALPHABET.len() - 1)] as char)
        .collect()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SipCredentials {
    pub username: String,
    pub password: String,
}

/// Smart PBX's generated credentials: `user_` + 10 random characters, and 12 more.
pub fn generated_credentials(mut next: impl FnMut() -> f64) -> SipCredentials {
    let username = format!("user_{}", random_string(10, &mut next));
    SipCredentials { username, password: random_string(12, &mut next) }
}

/// `monster.util.formatMacAddress`: the first six hex pairs, lower case, colon
/// separated; `None` when fewer than six pairs were typed.
pub fn format_mac(input: &str) -> Option<String> {
    let hex: Vec<char> = input.to_ascii_lowercase().chars().filter(char::is_ascii_hexdigit).collect();
    let pairs: Vec<String> = hex.chunks_exact(2).take(6).map(|p| p.iter().collect()).collect();
    (pairs.len() == 6).then(|| pairs.join(":"))
}

/// A MAC address as Crossbar stores it (`provisioner_util:cleanse_mac_address`): hex
/// digits only, lower case. Lookups such as `filter_mac_address` must use this form.
pub fn stored_mac(input: &str) -> String {
    input.chars().filter(char::is_ascii_hexdigit).collect::<String>().to_ascii_lowercase()
}

/// A MAC address as typed is acceptable: twelve hex digits, optionally separated by
/// `:`, `-` or `.` (Monster's input mask), nothing else.
pub fn is_mac(input: &str) -> bool {
    let t = input.trim();
    t.chars().all(|c| c.is_ascii_hexdigit() || matches!(c, ':' | '-' | '.'))
        && t.chars().filter(char::is_ascii_hexdigit).count() == 12
}

/// Smart PBX's `alphanumeric` rule (`^[a-zA-Z0-9_]+$`) within KAZOO's 2..32 length.
pub fn is_sip_username(s: &str) -> bool {
    (2..=32).contains(&s.chars().count()) && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// KAZOO's `sip.password` length, 5..32.
pub fn is_sip_password(s: &str) -> bool {
    (5..=32).contains(&s.chars().count())
}
