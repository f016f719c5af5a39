//! Flashcard review: the words due today, one at a time. The term first;
//! "Show definition" reveals it (and moves focus to it, so it is read);
//! "Knew it" or "Not yet" moves the word between Leitner boxes and goes
//! on, focus on the next term. A polite status line says where the review
//! is ("2 of 7 · Box 1") and what the last answer did.
//!
//! One fixed structure; which parts show is one `data-step` attribute the
//! stylesheet reads (`none`, `idle`, `card`, `revealed`), rather than a view
//! per step: much less code in the bundle, and the same elements (and ids)
//! throughout, so focus always has somewhere to go.

use crate::i18n::{t, tf};
use gloss_core::i18n::Msg;
use gloss_core::words::{DueWord, Grade, BOXES};
use leptos::prelude::*;

use crate::platform::focus::focus_by_id_when_present;
use crate::progress::state::use_progress;
use crate::words::store::today;

#[component]
pub fn Review() -> impl IntoView {
    let progress = use_progress();
    let deck = StoredValue::new(Vec::<DueWord>::new());
    // The card shown (`None`: not reviewing), whether its definition shows,
    // and how many cards of this review were known.
    let at = RwSignal::new(None::<usize>);
    let revealed = RwSignal::new(false);
    let knew = RwSignal::new(0usize);
    let finished = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    let card = move |f: fn(&DueWord) -> String| {
        at.get()
            .and_then(|i| deck.with_value(|d| d.get(i).map(f)))
            .unwrap_or_default()
    };
    let show = move |i: usize| {
        let (total, leitner_box) =
            deck.with_value(|d| (d.len(), d.get(i).map_or(1, |w| w.word.leitner_box())));
        at.set(Some(i));
        revealed.set(false);
        focus_by_id_when_present("card-term");
        tf(
            Msg::CardPosition,
            &[
                ("number", (i + 1).into()),
                ("total", total.into()),
                ("box", u32::from(leitner_box).into()),
            ],
        )
    };
    let start = move |_| {
        deck.set_value(progress.with_untracked(|s| s.due_words(today())));
        knew.set(0);
        finished.set(false);
        if deck.with_value(|d| !d.is_empty()) {
            status.set(show(0));
        }
    };
    let reveal = move |_| {
        revealed.set(true);
        focus_by_id_when_present("card-definition");
    };
    let answer = move |grade: Grade| {
        let Some(i) = at.get_untracked() else { return };
        let Some(word) = deck.with_value(|d| d.get(i).cloned()) else {
            return;
        };
        progress.answer_word(&word.article_id, &word.term_id, grade);
        let moved = if grade == Grade::KnewIt {
            knew.update(|k| *k += 1);
            let next = (word.word.leitner_box() + 1).min(BOXES);
            tf(Msg::KnewItBox, &[("box", u32::from(next).into())])
        } else {
            t(Msg::NotYetBox).to_owned()
        };
        if i + 1 < deck.with_value(Vec::len) {
            status.set(format!("{moved} {}", show(i + 1)));
        } else {
            at.set(None);
            finished.set(true);
            status.set(format!("{moved} {}", t(Msg::ReviewFinished)));
            focus_by_id_when_present("review-summary");
        }
    };
    let due = move || progress.with(|s| s.due_count(today()));
    let summary = move || {
        let due = match due() {
            0 => t(Msg::NothingToReview).to_owned(),
            n => tf(Msg::WordsDueToday, &[("count", n.into())]),
        };
        if finished.get() {
            let total = deck.with_value(Vec::len);
            let args = [("knew", knew.get().into()), ("total", total.into())];
            format!("{} {due}", tf(Msg::ReviewResult, &args))
        } else {
            due
        }
    };
    // Which parts show is one attribute the stylesheet reads.
    let step = move || match (at.get().is_some(), revealed.get()) {
        (false, _) if due() == 0 => "none",
        (false, _) => "idle",
        (true, false) => "card",
        (true, true) => "revealed",
    };
    let source = move || {
        card(|w| {
            tf(
                Msg::CardFrom,
                &[("title", w.word.text.title.as_str().into())],
            )
        })
    };
    view! {
        <div class="review" data-step=step>
            <p class="review-status" role="status">{move || status.get()}</p>
            <p id="review-summary" tabindex="-1">{summary}</p>
            <button type="button" class="button review-start" on:click=start>{t(Msg::StartReview)}</button>
            <div class="flashcard" role="group" aria-labelledby="card-term">
                <p class="card-term" id="card-term" tabindex="-1">{move || card(|w| w.word.text.term.clone())}</p>
                <p class="card-source">{source}</p>
                <p class="card-definition" id="card-definition" tabindex="-1">
                    {move || card(|w| w.word.text.definition.clone())}
                </p>
                <div class="card-actions">
                    <button type="button" class="button card-reveal" on:click=reveal>{t(Msg::ShowDefinition)}</button>
                    <button type="button" class="button card-answer" on:click=move |_| answer(Grade::KnewIt)>{t(Msg::KnewIt)}</button>
                    <button type="button" class="button button-secondary card-answer" on:click=move |_| answer(Grade::NotYet)>{t(Msg::NotYet)}</button>
                </div>
            </div>
        </div>
    }
}
