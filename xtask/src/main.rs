//! Project tasks for authors and CI: `cargo xtask <command>`.
//!
//! - `validate [DIR]`  check every article and the index in a content folder
//! - `index [DIR]`     regenerate DIR/index.json from DIR/articles/*.json
//! - `schema [--check]` write (or compare) the JSON Schemas in docs/schema/

use std::path::PathBuf;
use std::process::ExitCode;

use xtask::{content, schema};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = |i: usize| PathBuf::from(args.get(i).map(String::as_str).unwrap_or("content"));
    let result = match args.first().map(String::as_str) {
        Some("validate") => content::validate_dir(&dir(1)).map(|report| {
            print!("{report}");
            report.is_ok()
        }),
        Some("index") => content::write_index(&dir(1)).map(|n| {
            println!(
                "wrote {} with {n} articles",
                dir(1).join("index.json").display()
            );
            true
        }),
        Some("schema") => schema::run(args.get(1).map(String::as_str) == Some("--check")),
        _ => {
            eprintln!("usage: cargo xtask validate [DIR] | index [DIR] | schema [--check]");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
