//! Joins the stylesheets trunk copied into `dist/` into one file.
//!
//! Each component keeps its CSS beside it (`src/components/dialog/dialog.css`, …), and
//! `index.html` links each one, so trunk serves a dozen small stylesheets. A browser talks
//! to one HTTP/1.1 host over at most six connections, and stylesheets are fetched first, so
//! the shell's wasm waited behind them: measured with the browser bench, the wasm finished
//! at about 150 ms of a 280 ms sign-in. One stylesheet, in the same order, leaves those
//! connections to the wasm.

use std::path::Path;

use anyhow::{bail, Context, Result};
use sha2::Digest;

use crate::split::sri;

/// Replaces the `<link rel="stylesheet">` tags of `dist/index.html` by one, for a file
/// `styles-<hash>.css` holding them all in order; the joined files are removed.
pub fn join(dist: &Path) -> Result<()> {
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index)?;
    let links = stylesheet_links(&html);
    if links.is_empty() {
        bail!("index.html links no stylesheet: trunk's output changed shape");
    }
    let mut joined = String::new();
    for link in &links {
        let file = dist.join(link.href.trim_start_matches('/'));
        let css = std::fs::read_to_string(&file).with_context(|| format!("reading {}", file.display()))?;
        joined.push_str(&format!("/* {} */\n{css}\n", link.href.trim_start_matches('/')));
    }
    let digest = sha2::Sha256::digest(joined.as_bytes());
    let hash: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    let name = format!("styles-{hash}.css");
    let tag = format!(r#"<link rel="stylesheet" href="/{name}" integrity="{}"/>"#, sri(joined.as_bytes()));
    std::fs::write(dist.join(&name), &joined)?;
    for link in &links {
        std::fs::remove_file(dist.join(link.href.trim_start_matches('/')))?;
    }
    std::fs::write(&index, with_one_stylesheet(&html, &links, &tag))?;
    Ok(())
}

/// A stylesheet link: where its tag is in the page, and the file it names.
struct Link {
    start: usize,
    end: usize,
    href: String,
}

fn stylesheet_links(html: &str) -> Vec<Link> {
    let mut links = Vec::new();
    let mut from = 0;
    while let Some(at) = html[from..].find("<link rel=\"stylesheet\"") {
        let start = from + at;
        let Some(len) = html[start..].find('>') else { break };
        let end = start + len + 1;
        let tag = &html[start..end];
        if let Some(href) = tag.split("href=\"").nth(1).and_then(|rest| rest.split('"').next()) {
            // Only the files trunk put in `dist/` (an absolute link to elsewhere stays).
            if href.starts_with('/') && !href.starts_with("//") && href.ends_with(".css") {
                links.push(Link { start, end, href: href.to_string() });
            }
        }
        from = end;
    }
    links
}

/// `html` with the first link replaced by `tag` and the others removed.
fn with_one_stylesheet(html: &str, links: &[Link], tag: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for (i, link) in links.iter().enumerate() {
        out.push_str(&html[from..link.start]);
        if i == 0 {
            out.push_str(tag);
        }
        from = link.end;
    }
    out.push_str(&html[from..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_keeps_one_stylesheet_where_the_first_was() {
        let html =
            "<head><title>t</title>\n<link rel=\"stylesheet\" href=\"/main-1.css\" integrity=\"sha384-a\"/>\n    \
                    <link rel=\"stylesheet\" href=\"/dialog-2.css\" integrity=\"sha384-b\"/>\n\
                    <link rel=\"stylesheet\" href=\"https://cdn.example/x.css\"/>\n\
                    <link rel=\"modulepreload\" href=\"/patchbay-3.js\"></head>";
        let links = stylesheet_links(html);
        assert_eq!(links.iter().map(|l| l.href.as_str()).collect::<Vec<_>>(), ["/main-1.css", "/dialog-2.css"]);
        let out = with_one_stylesheet(html, &links, "<link rel=\"stylesheet\" href=\"/styles-9.css\"/>");
        assert_eq!(
            out,
            "<head><title>t</title>\n<link rel=\"stylesheet\" href=\"/styles-9.css\"/>\n    \n\
             <link rel=\"stylesheet\" href=\"https://cdn.example/x.css\"/>\n\
             <link rel=\"modulepreload\" href=\"/patchbay-3.js\"></head>"
        );
    }
}
