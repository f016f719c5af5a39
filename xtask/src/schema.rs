//! JSON Schemas generated from the Rust content types.

use std::fs;
use std::io;
use std::path::Path;

use gloss_core::content::model::{Article, Index};

/// `(file name, schema JSON)` for every document type.
pub fn schemas() -> Vec<(&'static str, String)> {
    let render = |s: schemars::Schema| serde_json::to_string_pretty(&s).unwrap_or_default() + "\n";
    vec![
        (
            "article.schema.json",
            render(schemars::schema_for!(Article)),
        ),
        ("index.schema.json", render(schemars::schema_for!(Index))),
    ]
}

/// Writes the schemas to `docs/schema/`, or with `check` reports whether the
/// committed ones are current.
pub fn run(check: bool) -> io::Result<bool> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/schema");
    fs::create_dir_all(&dir)?;
    let mut current = true;
    for (name, json) in schemas() {
        let path = dir.join(name);
        if check {
            if fs::read_to_string(&path).ok().as_deref() != Some(json.as_str()) {
                eprintln!(
                    "{} is out of date: run `cargo xtask schema`",
                    path.display()
                );
                current = false;
            }
        } else {
            fs::write(&path, json)?;
            println!("wrote {}", path.display());
        }
    }
    Ok(current)
}
