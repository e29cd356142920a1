//! Tidy tests: rules about the source tree itself, checked by `cargo test` (and so by
//! `cargo xtask test`), in the manner of rust-analyzer's `tidy.rs`.

#[cfg(test)]
mod tests {
    use crate::project_root;
    use std::path::{Path, PathBuf};

    fn rust_files(dir: &Path) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).expect("readable source folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                out.extend(rust_files(&path));
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
        out
    }

    /// The text of every `format!(…)` call in `source`: its literal and its arguments.
    fn format_calls(source: &str) -> Vec<(String, String)> {
        let mut calls = Vec::new();
        let mut rest = source;
        while let Some(start) = rest.find("format!(") {
            let after = &rest[start + "format!(".len()..];
            let (mut depth, mut in_str, mut escaped, mut end) = (1usize, false, false, None);
            for (i, c) in after.char_indices() {
                match (in_str, c) {
                    (true, _) if escaped => escaped = false,
                    (true, '\\') => escaped = true,
                    (true, '"') => in_str = false,
                    (true, _) => {}
                    (false, '"') => in_str = true,
                    (false, '(' | '[' | '{') => depth += 1,
                    (false, ')' | ']' | '}') => {
                        depth -= 1;
                        if depth == 0 {
                            end = Some(i);
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let Some(end) = end else { break };
            let call = after[..end].trim();
            if let Some(literal) = call.strip_prefix('"').and_then(|l| l.split_once('"')) {
                calls.push((literal.0.to_string(), literal.1.to_string()));
            }
            rest = &after[end..];
        }
        calls
    }

    /// Placeholders that hold an already built path or query, not a value.
    const BUILT: &[&str] = &["base", "path", "query", "collection", "account_path", "root"];

    /// Every path the app builds to Crossbar or to its own screens puts each value
    /// through `seg`, so a document id (which comes from the server) can never add
    /// segments, a query or a fragment to the request.
    #[test]
    fn document_ids_are_percent_encoded_in_every_path() {
        let mut offenders = Vec::new();
        for file in rust_files(&project_root().join("src")) {
            let source = std::fs::read_to_string(&file).expect("readable source");
            // Tests build paths from constants of their own.
            let source = source.split("#[cfg(test)]").next().unwrap_or_default();
            for (literal, args) in format_calls(source) {
                let is_path =
                    ["accounts/", "{base}", "whitelabel/", "{account_path}/"].iter().any(|p| literal.starts_with(p));
                if !is_path {
                    continue;
                }
                let positional = literal.matches("{}").count();
                let named_values = literal
                    .split('{')
                    .skip(1)
                    .filter_map(|p| p.split_once('}').map(|(name, _)| name))
                    .filter(|name| !name.is_empty() && !BUILT.contains(name))
                    .count();
                if named_values > 0 || args.matches("seg(").count() < positional {
                    offenders.push(format!("{}: format!(\"{literal}\"{args})", file.display()));
                }
            }
        }
        assert!(offenders.is_empty(), "values in paths must go through `seg`:\n{}", offenders.join("\n"));
    }

    /// Links, menus and redirects name a `Screen` of the route table
    /// (`src/routes/table.rs`) instead of writing a path by hand.
    #[test]
    fn app_paths_come_from_the_route_table() {
        let hand_written = ["\"/smartpbx", "\"/callflows", "\"/accounts", "\"/settings", "\"/which-app", "href=\"/\""];
        let mut offenders = Vec::new();
        for file in rust_files(&project_root().join("src")) {
            if file.ends_with("table.rs") {
                continue;
            }
            let source = std::fs::read_to_string(&file).expect("readable source");
            let source = source.split("#[cfg(test)]").next().unwrap_or_default();
            for (n, line) in source.lines().enumerate() {
                if hand_written.iter().any(|p| line.contains(p)) {
                    offenders.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                }
            }
        }
        assert!(offenders.is_empty(), "use routes::table::Screen:\n{}", offenders.join("\n"));
    }

    /// What the bundle budget (README, "Bundle budget") rests on, for every crate compiled
    /// into the SPA: reads, writes and effects through the app's one erased type each,
    /// requests as one boxed `Reply`, one sort, and none of the standard library's Unicode
    /// case tables or float parsing, each of which costs kilobytes per use.
    #[test]
    fn spa_code_keeps_to_the_bundle_budget() {
        // (pattern, what to use instead, files allowed to use it)
        let rules: &[(&str, &str, &[&str])] = &[
            ("LocalResource::new", "api::use_load", &["src/api/load.rs", "src/app.rs"]),
            ("Action::new", "api::use_save", &["src/api/save.rs"]),
            ("Effect::new(move |_|", "hooks::watch", &["src/hooks/watch.rs"]),
            ("Effect::new(|_|", "hooks::watch", &["src/hooks/watch.rs"]),
            (".sort(", "patchbay_crossbar::order", &[]),
            (".sort_by(", "patchbay_crossbar::order", &[]),
            (".sort_by_key(", "patchbay_crossbar::order", &[]),
            (".sort_unstable", "patchbay_crossbar::order", &[]),
            ("to_lowercase", "to_ascii_lowercase", &[]),
            ("to_uppercase", "to_ascii_uppercase", &[]),
            ("parse::<f64>", "an integer parse, or js_sys::Number", &[]),
            ("parse::<f32>", "an integer parse, or js_sys::Number", &[]),
        ];
        let mut offenders = Vec::new();
        for dir in ["src", "crossbar/src", "monster/src", "smartpbx/src"] {
            for file in rust_files(&project_root().join(dir)) {
                let relative = file.strip_prefix(project_root()).unwrap_or(&file).to_string_lossy().replace('\\', "/");
                let source = std::fs::read_to_string(&file).expect("readable source");
                let source = source.split("#[cfg(test)]").next().unwrap_or_default();
                for (n, line) in source.lines().enumerate() {
                    if line.trim_start().starts_with("//") {
                        continue;
                    }
                    for (pattern, instead, allowed) in rules {
                        if line.contains(pattern) && !allowed.contains(&relative.as_str()) {
                            offenders.push(format!("{relative}:{}: `{pattern}`: use {instead}", n + 1));
                        }
                    }
                }
            }
        }
        assert!(offenders.is_empty(), "see README, \"Bundle budget\":\n{}", offenders.join("\n"));
    }

    /// Comments cite what a maintainer can open: Monster UI's and KAZOO's public files
    /// and functions, KAZOO's docs, or this repository's `docs/` — never notes kept
    /// outside the repository.
    #[test]
    fn comments_cite_public_sources() {
        let private = ["smartpbx.md", "callflows.md", "crossbar.md", "landscape.md"];
        let mut offenders = Vec::new();
        for dir in [
            "src",
            "crossbar/src",
            "monster/src",
            "smartpbx/src",
            "smartpbx/tests",
            "sandbox/src",
            "sandbox/tests",
            "tests",
            "xtask/src",
        ] {
            for file in rust_files(&project_root().join(dir)) {
                if file.ends_with("tidy.rs") {
                    continue;
                }
                let source = std::fs::read_to_string(&file).expect("readable source");
                for (n, line) in source.lines().enumerate() {
                    if private.iter().any(|p| line.contains(p)) {
                        offenders.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                    }
                }
            }
        }
        assert!(offenders.is_empty(), "cite a public source or docs/ instead:\n{}", offenders.join("\n"));
    }

    #[test]
    fn the_checker_sees_unencoded_values() {
        let calls = format_calls(r#"let a = format!("accounts/{}/users/{id}", seg(&account)); let b = format!("x");"#);
        assert_eq!(calls[0].0, "accounts/{}/users/{id}");
        assert_eq!(calls.len(), 2);
    }
}
