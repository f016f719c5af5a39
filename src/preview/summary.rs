//! The error summary, in the GOV.UK Design System's pattern: a heading
//! saying how many problems there are, then every problem with where it is
//! (line, column and field path) and what is wrong. The page moves focus
//! to it after each check that found problems.
//!
//! Everything in it that comes from the file (paths, values quoted in
//! messages) is a text node.

use gloss_core::i18n::{Arg, Lang, Msg};
use gloss_core::preview::{CheckError, Diagnostic, FileError};
use leptos::prelude::*;

use crate::i18n::{current, t, tf};
use crate::preview::file::PreviewError;
use crate::preview::page::file_name;

/// The summary's id: focus moves here.
pub const SUMMARY_ID: &str = "error-summary";

/// One problem, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Line {
    /// "Line 12, column 5", or "Whole file".
    place: String,
    path: String,
    message: String,
    /// The validator's own words, which are English (the file's own
    /// problems, in the interface's language, are not).
    english: bool,
}

/// A file that is not an article at all, in the interface's language.
fn file_message(e: &FileError) -> String {
    match e {
        FileError::Empty => t(Msg::PreviewEmpty).to_owned(),
        FileError::TooLarge { size, max } => tf(
            Msg::PreviewTooLarge,
            &[
                ("size", size.div_ceil(1024).into()),
                ("max", (*max as u64 / 1024).into()),
            ],
        ),
        FileError::NotJson(format) => tf(Msg::PreviewNotJson, &[("format", Arg::Raw(format))]),
        FileError::NotText { offset } => tf(Msg::PreviewNotText, &[("offset", (*offset).into())]),
    }
}

fn lines(error: &PreviewError) -> Vec<Line> {
    let whole = |message: String| Line {
        place: t(Msg::PreviewWholeFile).to_owned(),
        path: String::new(),
        message,
        english: false,
    };
    match error {
        PreviewError::Check(CheckError::Problems(problems)) => problems
            .iter()
            .map(|d: &Diagnostic| Line {
                place: d.at.map_or_else(
                    || t(Msg::PreviewWholeFile).to_owned(),
                    |at| {
                        tf(
                            Msg::PreviewLineColumn,
                            &[("line", at.line.into()), ("column", at.column.into())],
                        )
                    },
                ),
                path: d.path.clone(),
                message: d.message.clone(),
                english: true,
            })
            .collect(),
        PreviewError::Check(CheckError::File(e)) => vec![whole(file_message(e))],
        PreviewError::Unreadable(reason) => vec![whole(tf(
            Msg::PreviewUnreadable,
            &[("reason", reason.as_str().into())],
        ))],
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
    let heading = tf(
        Msg::PreviewProblemsHeading,
        &[
            ("count", n.into()),
            ("name", file_name(&name).as_str().into()),
        ],
    );
    let items: Vec<(usize, Line)> = lines(&error).into_iter().enumerate().collect();
    // The validator's words stay English (they are `cargo xtask
    // validate`'s); say so in any other interface language.
    let english_note = (current() != Lang::En && items.iter().any(|(_, l)| l.english))
        .then(|| view! { <p class="hint">{t(Msg::PreviewDetailsEnglish)}</p> });
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
                        {if line.english {
                            view! { <span class="problem-message" lang="en" dir="ltr">{line.message}</span> }.into_any()
                        } else {
                            view! { <span class="problem-message">{line.message}</span> }.into_any()
                        }}
                    </li>
                </For>
            </ul>
            {english_note}
            <p class="error-summary-hint">
                {t(Msg::PreviewFixHint)} " " {t(Msg::PreviewSameChecks)} " " <code dir="ltr">"cargo xtask validate"</code>"."
            </p>
        </div>
    }
}
