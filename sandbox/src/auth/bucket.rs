//! Brute-force protection for the login endpoints, like Crossbar's `user_auth_tokens`
//! token buckets: each attempt costs one token, and an empty bucket answers 429.
//!
//! Buckets are keyed on what an attempt targets as the server resolves it (the account
//! the credentials would be checked in) and on the client's address — never on the
//! request's own text, so adding a random `phone_number` or changing a name's case
//! does not buy a fresh bucket. Three limits apply together:
//! - per client and target account: the one a guessing loop runs into;
//! - per client over all targets: spraying many accounts from one address;
//! - per target account over all clients: a distributed attack. It is large and refills
//!   fast, so a flood from elsewhere locks the real users of an account out for
//!   seconds at most.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::Instant;

/// One limit: how many attempts fit in the bucket and how fast it refills.
#[derive(Clone, Copy)]
pub struct Limit {
    pub capacity: f64,
    pub refill_per_sec: f64,
}

/// Per client and account: big enough that a test suite's logins never run dry, small
/// enough that a loop of wrong passwords is stopped quickly.
pub const PER_CLIENT_ACCOUNT: Limit = Limit { capacity: 50.0, refill_per_sec: 1.0 };
/// Per client over every account it tries.
pub const PER_CLIENT: Limit = Limit { capacity: 200.0, refill_per_sec: 2.0 };
/// Per account over every client: empties only under a flood, and refills in seconds.
pub const PER_ACCOUNT: Limit = Limit { capacity: 300.0, refill_per_sec: 20.0 };

/// Above this many tracked buckets, full ones are forgotten (they behave as new).
const PRUNE_ABOVE: usize = 10_000;

/// Who is trying: the client's address (`None` when unknown, e.g. in-process tests).
pub type Client = Option<IpAddr>;

#[derive(Default)]
pub struct LoginBuckets {
    buckets: Mutex<HashMap<String, (f64, Instant, Limit)>>,
}

/// What is left after an attempt, reported in the envelope's `tokens` key.
pub struct Consumed {
    pub remaining: u64,
}

impl LoginBuckets {
    /// Takes one token from every bucket the attempt falls in: the client's own, and for
    /// each account it targets (none when nothing matched), the client-and-account and
    /// the account-wide ones. `None` (answer 429) when any of them is empty; then
    /// nothing is taken.
    pub fn consume(&self, client: Client, method: &str, targets: &[&str]) -> Option<Consumed> {
        let who = client.map(|ip| ip.to_string()).unwrap_or_else(|| "-".to_string());
        let mut keys = vec![(format!("client/{who}"), PER_CLIENT)];
        let targets: Vec<&str> = if targets.is_empty() { vec!["(no account)"] } else { targets.to_vec() };
        for target in targets {
            keys.push((format!("{method}/{who}/{target}"), PER_CLIENT_ACCOUNT));
            keys.push((format!("{method}/*/{target}"), PER_ACCOUNT));
        }
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        if buckets.len() > PRUNE_ABOVE {
            buckets.retain(|_, (level, last, limit)| refilled(*level, *last, *limit, now) < limit.capacity);
        }
        let levels: Vec<f64> = keys
            .iter()
            .map(|(key, limit)| {
                buckets.get(key).map_or(limit.capacity, |(l, last, _)| refilled(*l, *last, *limit, now))
            })
            .collect();
        if levels.iter().any(|l| *l < 1.0) {
            return None;
        }
        let mut remaining = f64::MAX;
        for ((key, limit), level) in keys.into_iter().zip(levels) {
            buckets.insert(key.clone(), (level - 1.0, now, limit));
            if limit.capacity == PER_CLIENT_ACCOUNT.capacity {
                remaining = remaining.min(level - 1.0);
            }
        }
        Some(Consumed { remaining: remaining.max(0.0).floor() as u64 })
    }
}

fn refilled(level: f64, last: Instant, limit: Limit, now: Instant) -> f64 {
    (level + now.duration_since(last).as_secs_f64() * limit.refill_per_sec).min(limit.capacity)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(last: u8) -> Client {
        Some(IpAddr::from([10, 0, 0, last]))
    }

    #[test]
    fn one_client_runs_dry_on_one_account_without_locking_out_another_client() {
        let buckets = LoginBuckets::default();
        let mut allowed = 0;
        while buckets.consume(ip(1), "user_auth", &["acct"]).is_some() {
            allowed += 1;
            assert!(allowed <= 60, "never throttled");
        }
        assert!(allowed >= 49);
        assert!(buckets.consume(ip(2), "user_auth", &["acct"]).is_some(), "another client is not locked out");
        assert!(buckets.consume(ip(1), "user_auth", &["other"]).is_some(), "the client may still try elsewhere");
    }

    #[test]
    fn a_refused_attempt_takes_nothing() {
        let buckets = LoginBuckets::default();
        while buckets.consume(ip(1), "user_auth", &["a"]).is_some() {}
        // Refused attempts on "a" did not drain the client's own bucket.
        for _ in 0..100 {
            assert!(buckets.consume(ip(1), "user_auth", &["a"]).is_none());
        }
        assert!(buckets.consume(ip(1), "user_auth", &["b"]).is_some());
    }
}
