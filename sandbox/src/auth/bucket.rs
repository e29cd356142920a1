//! Brute-force protection for the login endpoints: one token bucket per account
//! identifier, like Crossbar's `user_auth_tokens`. Each attempt costs one token.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Instant;

/// Big enough that a test suite's logins never run dry, small enough that a loop of
/// wrong passwords is stopped quickly.
pub const CAPACITY: f64 = 50.0;
/// Tokens regained per second.
pub const REFILL_PER_SEC: f64 = 1.0;

#[derive(Default)]
pub struct LoginBuckets {
    buckets: Mutex<HashMap<String, (f64, Instant)>>,
}

/// What is left after an attempt, reported in the envelope's `tokens` key.
pub struct Consumed {
    pub remaining: u64,
}

impl LoginBuckets {
    /// Takes one token for `key`; `None` when the bucket is empty (answer 429).
    pub fn consume(&self, key: &str) -> Option<Consumed> {
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        let (level, last) = buckets.entry(key.to_string()).or_insert((CAPACITY, now));
        let refilled = (*level + now.duration_since(*last).as_secs_f64() * REFILL_PER_SEC).min(CAPACITY);
        *last = now;
        if refilled < 1.0 {
            *level = refilled;
            return None;
        }
        *level = refilled - 1.0;
        Some(Consumed { remaining: level.floor() as u64 })
    }
}
