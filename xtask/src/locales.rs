//! The translations keep up with English: every language in `locales/` has every
//! message `en-US` has (and no other), with the same `$variables`, so no screen shows a
//! key's name or loses a number. Checked by `cargo test` (and so by `cargo xtask test`).

#[cfg(test)]
mod tests {
    use crate::project_root;
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::Path;

    const REFERENCE: &str = "en-US";

    /// message id → the variables its text uses, for every `.ftl` file under `dir`.
    fn messages(dir: &Path) -> BTreeMap<String, BTreeSet<String>> {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .expect("a locale folder")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        let mut out = BTreeMap::new();
        for file in files {
            let text = std::fs::read_to_string(&file).expect("readable .ftl");
            let mut current: Option<String> = None;
            for line in text.lines() {
                let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
                if starts_message {
                    let Some((id, _)) = line.split_once('=') else { continue };
                    let id = id.trim().to_string();
                    assert!(
                        out.insert(id.clone(), BTreeSet::new()).is_none(),
                        "{}: `{id}` is defined twice",
                        dir.display()
                    );
                    current = Some(id);
                } else if line.starts_with('#') || line.trim().is_empty() {
                    current = None;
                    continue;
                }
                if let Some(id) = &current {
                    let vars = out.get_mut(id).expect("inserted above");
                    vars.extend(variables(line));
                }
            }
        }
        out
    }

    fn variables(line: &str) -> Vec<String> {
        line.split('$')
            .skip(1)
            .map(|rest| rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect())
            .filter(|v: &String| !v.is_empty())
            .collect()
    }

    #[test]
    fn every_locale_has_every_message_with_its_variables() {
        let root = project_root().join("locales");
        let english = messages(&root.join(REFERENCE));
        assert!(english.len() > 1000, "the English messages are read");
        let mut problems = Vec::new();
        let mut locales = 0;
        for entry in std::fs::read_dir(&root).expect("locales/").flatten() {
            let tag = entry.file_name().to_string_lossy().to_string();
            if tag == REFERENCE || !entry.path().is_dir() {
                continue;
            }
            locales += 1;
            let theirs = messages(&entry.path());
            for (id, vars) in &english {
                match theirs.get(id) {
                    None => problems.push(format!("{tag}: missing `{id}`")),
                    Some(v) if v != vars => problems.push(format!("{tag}: `{id}` uses {v:?}, English uses {vars:?}")),
                    Some(_) => {}
                }
            }
            for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
                problems.push(format!("{tag}: `{id}` is not an English message (renamed or removed?)"));
            }
        }
        assert!(locales >= 2, "fr-FR and es-ES are shipped");
        assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    }

    #[test]
    fn the_reader_sees_ids_and_variables() {
        assert_eq!(variables("{ $count -> [one] x *[other] { $count } of $shown"), ["count", "count", "shown"]);
    }
}
