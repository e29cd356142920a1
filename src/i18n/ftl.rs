//! The part of Fluent (https://projectfluent.org/fluent/guide/) the app's messages use,
//! read at build time: `build.rs` includes this file, parses every `locales/<tag>` and
//! writes the messages out as static Rust data (`i18n::message::Part`), so the app
//! carries neither a Fluent parser nor the Fluent sources (see README, "Bundle budget").
//!
//! Supported: `# comments`, `key = text` with `{ $variable }` and `{"literal"}`
//! placeables, and select expressions over a variable, on several lines:
//! `{ $count -> [one] … *[other] … }` (a variant key is a plural category or a number,
//! `*` marks the default). Anything else is an error naming the file and line, and so
//! is a key defined twice.

/// One piece of a message, as parsed.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    Text(String),
    Var(String),
    Select { var: String, variants: Vec<(String, Vec<Piece>)>, default: usize },
}

/// Parses one language's source (`origin` names it in errors) into (key, pieces),
/// in source order.
pub fn parse(source: &str, origin: &str) -> Result<Vec<(String, Vec<Piece>)>, String> {
    let lines: Vec<&str> = source.lines().collect();
    let mut out: Vec<(String, Vec<Piece>)> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            i += 1;
            continue;
        }
        let at = |n: usize| format!("{origin}:{}", n + 1);
        let (key, value) = line.split_once('=').ok_or_else(|| format!("{}: expected `key = value`", at(i)))?;
        let key = key.trim();
        let valid_key = key.starts_with(|c: char| c.is_ascii_alphabetic())
            && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !valid_key || line.starts_with(char::is_whitespace) {
            return Err(format!("{}: `{key}` is not a message key", at(i)));
        }
        // A select expression runs on over the following lines until its braces close.
        let mut text = value.trim_start().to_string();
        let start = i;
        while depth(&text) > 0 {
            i += 1;
            let next = lines.get(i).ok_or_else(|| format!("{}: `{key}` has an unclosed `{{`", at(start)))?;
            text.push('\n');
            text.push_str(next);
        }
        let pieces = pieces(&text).map_err(|e| format!("{}: `{key}`: {e}", at(start)))?;
        if out.iter().any(|(k, _)| k == key) {
            return Err(format!("{}: `{key}` is defined twice", at(start)));
        }
        out.push((key.to_string(), pieces));
        i += 1;
    }
    Ok(out)
}

/// How many `{` are still open in `text` (string literals counted out).
fn depth(text: &str) -> i32 {
    let mut depth = 0;
    let mut in_string = false;
    for c in text.chars() {
        match (in_string, c) {
            (true, '"') => in_string = false,
            (true, _) => {}
            (false, '"') if depth > 0 => in_string = true,
            (false, '{') => depth += 1,
            (false, '}') => depth -= 1,
            _ => {}
        }
    }
    depth
}

/// Text and placeables of a pattern.
fn pieces(text: &str) -> Result<Vec<Piece>, String> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        match rest.find('{') {
            None => {
                push_text(&mut out, rest);
                break;
            }
            Some(open) => {
                push_text(&mut out, &rest[..open]);
                let close = matching_close(&rest[open..]).ok_or("a `{` is not closed")? + open;
                match placeable(rest[open + 1..close].trim())? {
                    Piece::Text(literal) => push_text(&mut out, &literal),
                    other => out.push(other),
                }
                rest = &rest[close + 1..];
            }
        }
    }
    Ok(out)
}

fn push_text(out: &mut Vec<Piece>, text: &str) {
    if text.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(Piece::Text(prev)) => prev.push_str(text),
        _ => out.push(Piece::Text(text.to_string())),
    }
}

/// Index of the `}` closing the `{` at the start of `text`.
fn matching_close(text: &str) -> Option<usize> {
    let mut depth = 0;
    let mut in_string = false;
    for (i, c) in text.char_indices() {
        match (in_string, c) {
            (true, '"') => in_string = false,
            (true, _) => {}
            (false, '"') => in_string = true,
            (false, '{') => depth += 1,
            (false, '}') => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

fn placeable(inner: &str) -> Result<Piece, String> {
    if let Some(literal) = inner.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
        return Ok(Piece::Text(literal.to_string()));
    }
    let Some(var) = inner.strip_prefix('$') else {
        return Err(format!("unsupported placeable `{{ {inner} }}`"));
    };
    match var.split_once("->") {
        None if is_name(var.trim()) => Ok(Piece::Var(var.trim().to_string())),
        None => Err(format!("bad variable `${var}`")),
        Some((name, variants)) => select(name.trim(), variants),
    }
}

fn is_name(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// `[key] pattern` lines of a select expression over `$var`.
fn select(var: &str, body: &str) -> Result<Piece, String> {
    if !is_name(var) {
        return Err(format!("bad selector `${var}`"));
    }
    let mut variants: Vec<(String, Vec<Piece>)> = Vec::new();
    let mut default = None;
    for line in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (is_default, line) = match line.strip_prefix('*') {
            Some(rest) => (true, rest),
            None => (false, line),
        };
        let (key, pattern) = line
            .strip_prefix('[')
            .and_then(|l| l.split_once(']'))
            .ok_or_else(|| format!("expected `[key] text` in the select on `${var}`, got `{line}`"))?;
        if is_default {
            default = Some(variants.len());
        }
        variants.push((key.trim().to_string(), pieces(pattern.trim())?));
    }
    let default = default.ok_or_else(|| format!("the select on `${var}` has no `*[default]` variant"))?;
    Ok(Piece::Select { var: var.to_string(), variants, default })
}

/// The Rust expression (`&[Part]`) building `pieces` as static data.
pub fn to_rust(pieces: &[Piece]) -> String {
    let items: Vec<String> = pieces
        .iter()
        .map(|p| match p {
            Piece::Text(t) => format!("Part::Text({t:?})"),
            Piece::Var(v) => format!("Part::Var({v:?})"),
            Piece::Select { var, variants, default } => {
                let variants: Vec<String> =
                    variants.iter().map(|(k, ps)| format!("({k:?}, {})", to_rust(ps))).collect();
                format!("Part::Select {{ var: {var:?}, variants: &[{}], default: {default} }}", variants.join(", "))
            }
        })
        .collect();
    format!("&[{}]", items.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Piece {
        Piece::Text(s.to_string())
    }

    #[test]
    fn messages_placeables_literals_and_selects() {
        let source = "# comment\n\nhello = Hello, { $name }!\nbraces = GET /v2/{\"{\"}ID{\"}\"}\n\
                      calls = { $count ->\n    [one] 1 call\n   *[other] { $count } calls\n} today\n";
        let parsed = parse(source, "x.ftl").unwrap();
        assert_eq!(parsed[0], ("hello".into(), vec![text("Hello, "), Piece::Var("name".into()), text("!")]));
        assert_eq!(parsed[1].1, vec![text("GET /v2/{ID}")]);
        let Piece::Select { var, variants, default } = &parsed[2].1[0] else { panic!("{:?}", parsed[2]) };
        assert_eq!((var.as_str(), *default), ("count", 1));
        assert_eq!(variants[0], ("one".into(), vec![text("1 call")]));
        assert_eq!(variants[1].1, vec![Piece::Var("count".into()), text(" calls")]);
        assert_eq!(parsed[2].1[1], text(" today"));
    }

    #[test]
    fn mistakes_name_the_file_and_line() {
        assert_eq!(parse("a = 1\na = 2\n", "en.ftl").unwrap_err(), "en.ftl:2: `a` is defined twice");
        assert!(parse("a = { $n ->\n [one] x\n}\n", "en.ftl").unwrap_err().contains("no `*[default]`"));
        assert!(parse("a = { -term }\n", "en.ftl").unwrap_err().contains("unsupported placeable"));
        assert!(parse("a = { $n \n", "en.ftl").unwrap_err().starts_with("en.ftl:1"));
    }
}
