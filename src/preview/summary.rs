//! The error summary, in the GOV.UK Design System's pattern: a heading
//! saying how many problems there are, then every problem with where it is
//! (line, column and field path) and what is wrong. The page moves focus
//! to it after each check that found problems.
//!
//! Everything in it that comes from the file (paths, values quoted in
//! messages) is a text node.

use gloss_core::preview::{CheckError, Diagnostic};
use gloss_core::wording::count;
use leptos::prelude::*;

use crate::preview::file::PreviewError;

/// The summary's id: focus moves here.
pub const SUMMARY_ID: &str = "error-summary";

/// One problem, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Line {
    /// "Line 12, column 5", or "Whole file".
    place: String,
    path: String,
    message: String,
}

fn lines(error: &PreviewError) -> Vec<Line> {
    let whole = |message: String| Line {
        place: "Whole file".to_owned(),
        path: String::new(),
        message,
    };
    match error {
        PreviewError::Check(CheckError::Problems(problems)) => problems
            .iter()
            .map(|d: &Diagnostic| Line {
                place: d.at.map_or_else(
                    || "Whole file".to_owned(),
                    |at| format!("Line {}, column {}", at.line, at.column),
                ),
                path: d.path.clone(),
                message: d.message.clone(),
            })
            .collect(),
        PreviewError::Check(CheckError::File(e)) => vec![whole(e.to_string())],
        PreviewError::Unreadable(_) => vec![whole(error.to_string())],
    }
}

/// How many problems an error is.
pub fn problem_count(error: &PreviewError) -> usize {
    match error {
        PreviewError::Check(e) => e.count(),
        PreviewError::Unreadable(_) => 1,
    }
}

/// The error summary for a file that could not be previewed.
#[component]
pub fn ErrorSummary(name: String, error: PreviewError) -> impl IntoView {
    let n = problem_count(&error);
    let heading = match (n, name.is_empty()) {
        (1, true) => "There is a problem with the file".to_owned(),
        (1, false) => format!("There is a problem with {name}"),
        (_, true) => format!("There are {} in the file", count(n, "problem", "problems")),
        (_, false) => format!("There are {} in {name}", count(n, "problem", "problems")),
    };
    let items: Vec<(usize, Line)> = lines(&error).into_iter().enumerate().collect();
    view! {
        <div class="error-summary" id=SUMMARY_ID tabindex="-1" aria-labelledby="error-summary-title">
            <h2 class="error-summary-title" id="error-summary-title">{heading}</h2>
            <ul class="error-summary-list">
                <For each=move || items.clone() key=|(i, line)| (*i, line.clone()) let((_, line))>
                    <li>
                        <span class="problem-place">{line.place}</span>
                        {(!line.path.is_empty()).then(|| view! {
                            " " <code class="problem-path">{line.path}</code>
                        })}
                        <span class="problem-message">{line.message}</span>
                    </li>
                </For>
            </ul>
            <p class="error-summary-hint">
                "Fix the file in your editor and save it, then choose “Check again”. "
                "The same checks run in "<code>"cargo xtask validate"</code>"."
            </p>
        </div>
    }
}
