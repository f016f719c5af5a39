//! Words in the progress store: recording an opened term, answering a
//! flashcard, and the lists the "My words" page shows.

use std::collections::BTreeMap;

use super::leitner::{answer, Grade};
use super::{count, Word, WordText, MAX_WORDS};
use crate::progress::{check, ProgressStore, RecordIssue, RecordProblem, MAX_TERMS_PER_ARTICLE};

/// One article's words, for the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordGroup {
    pub article_id: String,
    /// The title its newest word was saved with.
    pub title: String,
    /// (term id, word), in term id order.
    pub words: Vec<(String, Word)>,
}

/// A word to review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueWord {
    pub article_id: String,
    pub term_id: String,
    pub word: Word,
}

impl ProgressStore {
    /// Every word, by article id and term id.
    pub fn words(&self) -> &super::Words {
        &self.words
    }

    /// Saves an opened term's text for "My words" (the term must be a valid
    /// id, see [`ProgressStore::mark_term_opened`]); `Ok(true)` if the word
    /// is new or its text changed (content was updated). A word keeps its
    /// place in the schedule. Refused beyond [`MAX_WORDS`].
    pub fn record_word(
        &mut self,
        article_id: &str,
        term_id: &str,
        text: WordText,
    ) -> Result<bool, RecordIssue> {
        check::article_id(article_id).map_err(|p| RecordIssue::new("words", p))?;
        let path = format!("words.{article_id}");
        check::term_id(term_id).map_err(|p| RecordIssue::new(&path, p))?;
        check::word_text(&text).map_err(|i| i.under(&format!("{path}.{term_id}")))?;
        let total = count(&self.words);
        let terms = self.words.entry(article_id.to_owned()).or_default();
        match terms.get_mut(term_id) {
            Some(w) => {
                let same = (&w.text.term, &w.text.definition, &w.text.title)
                    == (&text.term, &text.definition, &text.title);
                if same || w.text >= text {
                    return Ok(false);
                }
                w.text = text;
                Ok(true)
            }
            None => {
                let max = if total >= MAX_WORDS {
                    MAX_WORDS
                } else {
                    MAX_TERMS_PER_ARTICLE
                };
                if total >= MAX_WORDS || terms.len() >= MAX_TERMS_PER_ARTICLE {
                    if terms.is_empty() {
                        self.words.remove(article_id);
                    }
                    return Err(RecordIssue::new(
                        path,
                        RecordProblem::TooMany { len: max + 1, max },
                    ));
                }
                terms.insert(term_id.to_owned(), Word { text, review: None });
                Ok(true)
            }
        }
    }

    /// Records a flashcard answer given on day `today` at `now_ms`;
    /// `Ok(false)` if there is no such word (forgotten in another tab).
    pub fn answer_word(
        &mut self,
        article_id: &str,
        term_id: &str,
        grade: Grade,
        today: u32,
        now_ms: u64,
    ) -> Result<bool, RecordIssue> {
        check::time(now_ms).map_err(|p| RecordIssue::new("words", p))?;
        let Some(word) = self
            .words
            .get_mut(article_id)
            .and_then(|t| t.get_mut(term_id))
        else {
            return Ok(false);
        };
        word.review = Some(answer(word, grade, today, now_ms));
        Ok(true)
    }

    /// The words due on `today` in the order a review goes through them:
    /// by box (new words are in box 1), then by article and term id. (No
    /// sorting: the store is already in article and term order.)
    pub fn due_words(&self, today: u32) -> Vec<DueWord> {
        let mut due = Vec::new();
        for leitner_box in 1..=super::BOXES {
            for (article, terms) in &self.words {
                for (term, word) in terms {
                    if word.leitner_box() == leitner_box && word.is_due(today) {
                        due.push(DueWord {
                            article_id: article.clone(),
                            term_id: term.clone(),
                            word: word.clone(),
                        });
                    }
                }
            }
        }
        due
    }

    /// How many words are due on `today`.
    pub fn due_count(&self, today: u32) -> usize {
        self.words
            .values()
            .flat_map(BTreeMap::values)
            .filter(|w| w.is_due(today))
            .count()
    }

    /// The words by article (in article id order), each article's in term
    /// id order (term ids are the terms, slugified), titled with the title
    /// its newest word was saved with.
    pub fn word_groups(&self) -> Vec<WordGroup> {
        self.words
            .iter()
            .map(|(article, terms)| WordGroup {
                article_id: article.clone(),
                title: terms
                    .values()
                    .map(|w| &w.text)
                    .max()
                    .map(|t| t.title.clone())
                    .unwrap_or_default(),
                words: terms.iter().map(|(t, w)| (t.clone(), w.clone())).collect(),
            })
            .collect()
    }
}
