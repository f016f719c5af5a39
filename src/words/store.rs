//! The progress context's word changes: a term opened on an article page,
//! a flashcard answered; and today's day number from the reader's clock.

use std::sync::Arc;

use gloss_core::content::model::Article;
use gloss_core::words::{day_number, text_in_article, Grade};

use crate::progress::state::{now_ms, Progress, Save};

/// Today's day number in the reader's time zone (0 natively, at build time,
/// where nothing is stored anyway).
pub fn today() -> u32 {
    if !cfg!(target_arch = "wasm32") {
        return 0;
    }
    // Time-zone offsets are whole minutes within a day.
    #[allow(clippy::cast_possible_truncation)]
    let offset = js_sys::Date::new_0().get_timezone_offset() as i32;
    day_number(now_ms(), offset)
}

impl Progress {
    /// Notes that a glossary term was opened, and keeps its text in My
    /// words (saved after the next paint, like every click).
    pub fn open_term(&self, article: &Article, term_id: &str) {
        let text = text_in_article(article, term_id, now_ms());
        self.change(Save::AfterPaint, |s| {
            let opened = s.mark_term_opened(&article.id, term_id)?;
            // A refused word (My words is full) leaves the term opened.
            let added = text.is_some_and(|t| s.record_word(&article.id, term_id, t) == Ok(true));
            Ok(opened || added)
        });
    }

    /// Adds to My words the terms of `article` opened before words were
    /// kept (progress format 2), now that their text is at hand.
    pub fn add_opened_terms(&self, article: &Arc<Article>) {
        let missing: Vec<String> = self.with_untracked(|s| {
            let words = s.words().get(&article.id);
            s.terms_opened_for(&article.id)
                .into_iter()
                .flatten()
                .filter(|t| words.is_none_or(|w| !w.contains_key(*t)))
                .cloned()
                .collect()
        });
        if missing.is_empty() {
            return;
        }
        let now = now_ms();
        self.change(Save::AfterPaint, |s| {
            let mut any = false;
            for term in &missing {
                if let Some(text) = text_in_article(article, term, now) {
                    any |= s.record_word(&article.id, term, text) == Ok(true);
                }
            }
            Ok(any)
        });
    }

    /// Records a flashcard answer given now.
    pub fn answer_word(&self, article_id: &str, term_id: &str, grade: Grade) {
        let (day, now) = (today(), now_ms());
        self.change(Save::Now, |s| {
            s.answer_word(article_id, term_id, grade, day, now)
        });
    }
}
