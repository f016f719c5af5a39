//! Flashcard review: the words due today, one at a time. The term first;
//! "Show definition" reveals it (and moves focus to it, so it is read);
//! "Knew it" or "Not yet" moves the word between Leitner boxes and goes
//! on, focus on the next term. A polite status line says where the review
//! is ("2 of 7 · Box 1") and what the last answer did.

use gloss_core::wording;
use gloss_core::words::{DueWord, Grade, BOXES};
use leptos::prelude::*;

use crate::platform::focus::focus_by_id_when_present;
use crate::progress::state::use_progress;
use crate::words::store::today;

/// Where the review is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    /// Not started (or finished): how many are due is shown.
    Idle,
    /// Showing card `at` of the deck; `revealed` once the definition shows.
    Card { at: usize, revealed: bool },
    /// Every card answered: how many were known.
    Done { knew: usize, total: usize },
}

#[component]
pub fn Review() -> impl IntoView {
    let progress = use_progress();
    let due = Memo::new(move |_| progress.with(|s| s.due_count(today())));
    let deck = StoredValue::new(Vec::<DueWord>::new());
    let step = RwSignal::new(Step::Idle);
    let knew = StoredValue::new(0usize);
    let status = RwSignal::new(String::new());
    let position = move |at: usize| {
        let total = deck.with_value(Vec::len);
        let box_no = deck.with_value(|d| d.get(at).map_or(1, |w| w.word.leitner_box()));
        format!("{} of {total} · Box {box_no}", at + 1)
    };
    let start = move |_| {
        deck.set_value(progress.with_untracked(|s| s.due_words(today())));
        knew.set_value(0);
        if deck.with_value(Vec::is_empty) {
            return;
        }
        status.set(position(0));
        step.set(Step::Card {
            at: 0,
            revealed: false,
        });
        focus_by_id_when_present("card-term");
    };
    let reveal = move |_| {
        if let Step::Card { at, .. } = step.get_untracked() {
            step.set(Step::Card { at, revealed: true });
            focus_by_id_when_present("card-definition");
        }
    };
    let answer = move |grade: Grade| {
        let Step::Card { at, .. } = step.get_untracked() else {
            return;
        };
        let Some(card) = deck.with_value(|d| d.get(at).cloned()) else {
            return;
        };
        progress.answer_word(&card.article_id, &card.term_id, grade);
        let moved = match grade {
            Grade::KnewIt => {
                knew.update_value(|k| *k += 1);
                let to = (card.word.leitner_box() + 1).min(BOXES);
                format!("Knew it: box {to}.")
            }
            Grade::NotYet => "Not yet: back to box 1.".to_owned(),
        };
        let total = deck.with_value(Vec::len);
        if at + 1 < total {
            status.set(format!("{moved} {}", position(at + 1)));
            step.set(Step::Card {
                at: at + 1,
                revealed: false,
            });
            focus_by_id_when_present("card-term");
        } else {
            let known = knew.get_value();
            status.set(format!("{moved} Review finished."));
            step.set(Step::Done { knew: known, total });
            focus_by_id_when_present("review-done");
        }
    };
    let card = move |at: usize, revealed: bool| {
        let Some(card) = deck.with_value(|d| d.get(at).cloned()) else {
            return ().into_any();
        };
        let text = card.word.text;
        let source = (!text.title.is_empty()).then(|| format!("From “{}”", text.title));
        let back = if revealed {
            view! {
                <p class="card-definition" id="card-definition" tabindex="-1">{text.definition}</p>
                <div class="card-actions">
                    <button type="button" class="button" on:click=move |_| answer(Grade::KnewIt)>"Knew it"</button>
                    <button type="button" class="button button-secondary" on:click=move |_| answer(Grade::NotYet)>"Not yet"</button>
                </div>
            }
            .into_any()
        } else {
            view! {
                <div class="card-actions">
                    <button type="button" class="button" on:click=reveal>"Show definition"</button>
                </div>
            }
            .into_any()
        };
        view! {
            <div class="flashcard" role="group" aria-labelledby="card-term">
                <p class="card-term" id="card-term" tabindex="-1">{text.term}</p>
                {source.map(|s| view! { <p class="card-source">{s}</p> })}
                {back}
            </div>
        }
        .into_any()
    };
    let idle = move || {
        let n = due.get();
        if n == 0 {
            view! { <p>"Nothing to review today."</p> }.into_any()
        } else {
            view! {
                <p>{format!("{} due today.", wording::count(n, "word", "words"))}</p>
                <button type="button" class="button" on:click=start>"Start review"</button>
            }
            .into_any()
        }
    };
    let body = move || {
        match step.get() {
        Step::Idle => idle().into_any(),
        Step::Card { at, revealed } => card(at, revealed),
        Step::Done { knew, total } => view! {
            <p id="review-done" tabindex="-1">
                {format!("Review finished: you knew {knew} of {}.", wording::count(total, "word", "words"))}
            </p>
            {idle}
        }
        .into_any(),
    }
    };
    view! {
        <div class="review">
            <p class="review-status" role="status">{move || status.get()}</p>
            {body}
        </div>
    }
}
