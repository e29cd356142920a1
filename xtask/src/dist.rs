//! `cargo xtask dist`: the release app in `dist/`, ready for any static host or CDN —
//! hashed asset names (trunk), `.br` and `.gz` files beside them, `config.json` to edit,
//! the security headers as `_headers` and as an nginx snippet (`nginx.conf.example`),
//! both with `connect-src` derived from `config.json`'s `crossbar_url`.

use anyhow::Result;

use crate::tools::Tools;

pub fn run(_args: &[String]) -> Result<()> {
    let dist = Tools::ensure()?.build_spa()?;
    let mut files: Vec<(String, u64)> = std::fs::read_dir(&dist)?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .map(|e| (e.file_name().to_string_lossy().into_owned(), e.metadata().map(|m| m.len()).unwrap_or(0)))
        .collect();
    files.sort();
    println!("\nThe app is in {}:", dist.display());
    for (name, size) in &files {
        println!("  {name:<48} {:>8} KB", size.div_ceil(1024));
    }
    println!(
        "\nCopy the folder to any static host or CDN. Its config.json came from public/config.json:\n\
         set crossbar_url (and brand_name, environment…) there and run `cargo xtask dist` again, so\n\
         _headers and nginx.conf.example allow that Crossbar origin. See README, \"Deploy\"."
    );
    Ok(())
}
