//! The sign-in page, cold: how soon it is usable and what it downloads.

use super::*;

/// One cold load of the sign-in page.
pub(crate) struct Load {
    pub(crate) ready_ms: f64,
    /// (url, transferSize, encodedBodySize) for the document and every resource that had
    /// started by the time the form was ready.
    pub(crate) resources: Vec<(String, f64, f64)>,
}

/// The cold loads, and for the first one which encoding each response came in.
pub(crate) struct SignIn {
    pub(crate) loads: Vec<Load>,
    pub(crate) served: Vec<Served>,
    pub(crate) dist: PathBuf,
}

pub(crate) async fn sign_in_page(h: &Harness, dist: &Path) -> Result<SignIn> {
    h.cdp("Network.setCacheDisabled", json!({ "cacheDisabled": true })).await?;
    let mut loads = Vec::new();
    for _ in 0..SIGN_IN_LOADS {
        h.browser.goto("about:blank").await?;
        h.open("/").await?;
        let out = page(
            h,
            "const done = arguments[0];
             __bench.within(__bench.signIn, 30000, 'the sign-in form').then(ready => {
                 const nav = performance.getEntriesByType('navigation');
                 const res = performance.getEntriesByType('resource').filter(e => e.startTime <= ready);
                 done({ ready, resources: [...nav, ...res].map(e => [e.name, e.transferSize, e.encodedBodySize]) });
             }, e => done({ error: String(e) }));",
            vec![],
        )
        .await?;
        let resources = out["resources"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|r| (r[0].as_str().unwrap_or_default().to_string(), num(&r[1]), num(&r[2])))
            .collect();
        loads.push(Load { ready_ms: num(&out["ready"]), resources });
    }
    let served = served(dist, &loads[0].resources);
    Ok(SignIn { loads, served, dist: dist.to_path_buf() })
}

/// A response of the first view, next to the files in `dist`.
pub(crate) struct Served {
    /// `br`, `gzip`, `identity`, or `api` for what is not a file.
    pub(crate) encoding: &'static str,
    /// What it would weigh as its `.br` file (or as it is without one).
    pub(crate) as_br: f64,
    /// What it weighs as its `.gz` file (`gzip -9`, or as it is without one); 0 for what
    /// is not a file.
    pub(crate) as_gz: f64,
}

/// Which encoding each response came in, judged by comparing its encoded size with the
/// `.br`, `.gz` and plain files on disk.
fn file_size(dist: &Path, name: &str) -> Option<f64> {
    std::fs::metadata(dist.join(name)).map(|m| m.len() as f64).ok()
}

/// What a file weighs as gzip: its precompressed `.gz` beside it, else the file itself (the
/// server leaves files too small to gain from compression as they are).
fn gzip_weight(dist: &Path, file: &str) -> f64 {
    file_size(dist, &format!("{file}.gz")).or(file_size(dist, file)).unwrap_or(0.0)
}

pub(crate) fn served(dist: &Path, resources: &[(String, f64, f64)]) -> Vec<Served> {
    resources
        .iter()
        .map(|(url, _, encoded)| {
            let path = url.split("://").nth(1).and_then(|rest| rest.find('/').map(|i| &rest[i..])).unwrap_or("/");
            let path = path.split(['?', '#']).next().unwrap_or("/");
            let file = if path == "/" { "index.html" } else { path.trim_start_matches('/') };
            let size = |ext: &str| file_size(dist, &format!("{file}{ext}"));
            let (br, gz, plain) = (size(".br"), size(".gz"), size(""));
            let encoding = if br == Some(*encoded) {
                "br"
            } else if gz == Some(*encoded) {
                "gzip"
            } else if plain == Some(*encoded) {
                "identity"
            } else {
                "api"
            };
            let as_gz = if encoding == "api" { 0.0 } else { gzip_weight(dist, file) };
            Served { encoding, as_br: br.or(plain).unwrap_or(*encoded), as_gz }
        })
        .collect()
}

pub(crate) fn report_sign_in(table: &mut Table, sign_in: &SignIn) {
    let Some(first) = sign_in.loads.first() else { return };
    let transferred: f64 = first.resources.iter().map(|(_, t, _)| t).sum();
    let uncached = first.resources.iter().all(|(_, t, _)| *t > 0.0);
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for s in &sign_in.served {
        *kinds.entry(s.encoding).or_default() += 1;
    }
    let kinds: Vec<String> = kinds.iter().map(|(k, n)| format!("{n} {k}")).collect();
    let all_br: f64 = sign_in.served.iter().map(|s| s.as_br).sum();
    let files = sign_in.served.iter().filter(|s| s.encoding != "api").count();
    let gzip: f64 = sign_in.served.iter().map(|s| s.as_gz).sum();
    table.row(
        "bytes to first view (gzip -9 of the files it loads)",
        format!("{} in {files} files", kb(gzip)),
        format!("≤ {}", kb(TARGET_FIRST_VIEW_BYTES)),
        uncached && gzip <= TARGET_FIRST_VIEW_BYTES,
    );
    let (whole, sections) = whole_app(&sign_in.dist);
    table.info(
        "  the whole app, every section's file too (gzip -9; a section's file comes when it is opened)",
        kb(whole),
    );
    table
        .notes
        .push(format!("section files (gzip -9, with the chunks they share not counted): {}", sections.join(", ")));
    table.info(
        "  reference: Monster UI's Smart PBX (gzip -9, libraries + app, see notes)",
        kb(MONSTER_SHARED_LIBRARIES_GZIP + MONSTER_SMARTPBX_OWN_GZIP + MONSTER_COMMON_GZIP),
    );
    table.info(
        "bytes to first view as sent (Resource Timing transferSize, headers incl.)",
        format!("{} in {} responses", kb(transferred), first.resources.len()),
    );
    table.notes.push(format!(
        "first view: {} as sent ({}); {} if every file came as its .br (bodies only); the browser's \
         Accept-Encoding decides which",
        kb(transferred),
        kinds.join(", "),
        kb(all_br)
    ));
    if !uncached {
        table.notes.push("first view: some responses came from a cache (transferSize 0), so the bytes are low".into());
    }
    table.notes.push(format!(
        "Monster UI reference (gzip -9, measured from its repositories): {} of shared libraries + {} of \
         Smart PBX's own ({} voip app + {} apps/common) = {}",
        kb(MONSTER_SHARED_LIBRARIES_GZIP),
        kb(MONSTER_SMARTPBX_OWN_GZIP + MONSTER_COMMON_GZIP),
        kb(MONSTER_SMARTPBX_OWN_GZIP),
        kb(MONSTER_COMMON_GZIP),
        kb(MONSTER_SHARED_LIBRARIES_GZIP + MONSTER_SMARTPBX_OWN_GZIP + MONSTER_COMMON_GZIP)
    ));
    let mut times: Vec<f64> = sign_in.loads.iter().map(|l| l.ready_ms).collect();
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    table.row(
        format!("sign-in page interactive, cold (median of {})", times.len()),
        format!("{} (min {}, max {})", ms(median), ms(times[0]), ms(times[times.len() - 1])),
        format!("≤ {}", ms(TARGET_SIGN_IN_MS)),
        median <= TARGET_SIGN_IN_MS,
    );
}

/// Everything the app can download (every `.wasm`, `.js` and `.css` in `dist`, as its `.gz`
/// when there is one), and each section's own file (`…-split_<section>.wasm`, cut by
/// `xtask/src/split.rs`) with its weight.
fn whole_app(dist: &Path) -> (f64, Vec<String>) {
    let mut whole = 0.0;
    let mut sections = Vec::new();
    for entry in std::fs::read_dir(dist).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !(name.ends_with(".wasm") || name.ends_with(".js") || name.ends_with(".css")) {
            continue;
        }
        let weight = gzip_weight(dist, &name);
        whole += weight;
        if let Some(section) = name.split("-split_").nth(1).and_then(|s| s.strip_suffix(".wasm")) {
            sections.push((section.to_string(), weight));
        }
    }
    sections.sort_by(|a, b| b.1.total_cmp(&a.1));
    (whole, sections.into_iter().map(|(s, w)| format!("{s} {}", kb(w))).collect())
}
