//! Messages as the build writes them (`build.rs` compiles `locales/` with `ftl.rs`),
//! and filling them in.

/// One language's messages, sorted by key.
pub type Messages = &'static [(&'static str, &'static [Part])];

/// One piece of a compiled message.
pub enum Part {
    Text(&'static str),
    /// An argument's value.
    Var(&'static str),
    /// A variant chosen by an argument: the one whose key is its number, else its plural
    /// category in the language (`one`, `other` …), else the default.
    Select {
        var: &'static str,
        variants: &'static [(&'static str, &'static [Part])],
        default: usize,
    },
}

/// A message argument.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Str(String),
    Num(f64),
}

impl Arg {
    fn text(&self) -> String {
        match self {
            Arg::Str(s) => s.clone(),
            Arg::Num(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            Arg::Num(n) => fraction_text(*n),
        }
    }
}

/// A number with a fraction, as JavaScript writes it (`0.5`, `1.25`): in the browser
/// the browser does it, which keeps Rust's float formatting and its tables out of the
/// bundle (see README, "Bundle budget"); native tests use Rust's, which agrees.
fn fraction_text(n: f64) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Number::from(n).to_string_with_radix(10).map(String::from).unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        n.to_string()
    }
}

macro_rules! numeric_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Num(n as f64)
            }
        }
    )*};
}
numeric_args!(i32, i64, u32, u64, usize, f64);

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}

/// Writes `parts` with `args`; `plural` gives a number's plural category in the
/// message's language. A missing argument shows as its name in braces.
pub fn format(parts: &[Part], args: &[(&str, Arg)], plural: &dyn Fn(f64) -> String, out: &mut String) {
    let arg = |name: &str| args.iter().find(|(k, _)| *k == name).map(|(_, v)| v);
    for part in parts {
        match part {
            Part::Text(t) => out.push_str(t),
            Part::Var(v) => match arg(v) {
                Some(a) => out.push_str(&a.text()),
                None => {
                    out.push('{');
                    out.push_str(v);
                    out.push('}');
                }
            },
            Part::Select { var, variants, default } => {
                let chosen = match arg(var) {
                    Some(Arg::Num(n)) => {
                        // Exact keys are whole numbers (`[0]`); parsed as such, without float parsing.
                        let exact =
                            variants.iter().position(|(k, _)| k.parse::<i64>().ok().map(|k| k as f64) == Some(*n));
                        let category = plural(*n);
                        exact.or_else(|| variants.iter().position(|(k, _)| *k == category))
                    }
                    Some(Arg::Str(s)) => variants.iter().position(|(k, _)| k == s),
                    None => None,
                };
                let (_, chosen) = variants[chosen.unwrap_or(*default)];
                format(chosen, args, plural, out);
            }
        }
    }
}

/// English plural categories (the reference language, and what native tests use).
pub fn english_plural(n: f64) -> String {
    if n == 1.0 { "one" } else { "other" }.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const CALLS: &[Part] = &[Part::Select {
        var: "count",
        variants: &[
            ("0", &[Part::Text("no calls")]),
            ("one", &[Part::Text("1 call")]),
            ("other", &[Part::Var("count"), Part::Text(" calls")]),
        ],
        default: 2,
    }];

    fn render(args: &[(&str, Arg)]) -> String {
        let mut out = String::new();
        format(CALLS, args, &english_plural, &mut out);
        out
    }

    #[test]
    fn numbers_choose_exact_then_plural_then_default() {
        assert_eq!(render(&[("count", 0.into())]), "no calls");
        assert_eq!(render(&[("count", 1.into())]), "1 call");
        assert_eq!(render(&[("count", 12usize.into())]), "12 calls");
        assert_eq!(render(&[]), "{count} calls");
        assert_eq!(Arg::from(2.5).text(), "2.5");
    }
}
