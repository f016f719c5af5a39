//! What one language brings to the synthetic catalogue: its nouns, its
//! sentence templates and the fixed labels of an article.
//!
//! Templates name their slots in braces: `{a}`, `{b}` and `{c}` are nouns
//! picked at random (distinct within a template), `{t}` is a glossary term
//! given by the caller. Term templates keep `{t}` a whole word (a space or
//! punctuation on each side, or an unspaced script), so the glossary always
//! finds it.

use gloss_core::content::model::TextDirection;
use gloss_core::quiz::SplitMix64;

/// One language's words and templates (all original, short and neutral).
pub struct Lang {
    /// BCP 47 tag, also part of the article ids.
    pub tag: &'static str,
    pub dir: TextDirection,
    /// Put between sentences: a space, or nothing in Japanese.
    pub gap: &'static str,
    pub categories: &'static [&'static str],
    /// Noun phrases as written in a sentence (with their article in Spanish).
    /// No duplicates: glossary terms are distinct nouns.
    pub nouns: &'static [&'static str],
    /// Leading articles taken off a noun phrase to make its glossary term.
    pub articles: &'static [&'static str],
    pub titles: &'static [&'static str],
    pub hooks: &'static [&'static str],
    pub sentences: &'static [&'static str],
    /// Sentences that carry a glossary term, `{t}`.
    pub term_sentences: &'static [&'static str],
    pub definitions: &'static [&'static str],
    pub card_titles: &'static [&'static str],
    pub prompts: &'static [&'static str],
    pub choices: &'static [&'static str],
    /// How a title is numbered: `{title}` and `{n}`.
    pub numbered: &'static str,
    pub audience: &'static str,
    pub publisher: &'static str,
    /// The two choices of a true-or-false question.
    pub true_false: [&'static str; 2],
}

/// A random item of `list` (which must not be empty).
pub fn pick<'a>(rng: &mut SplitMix64, list: &[&'a str]) -> &'a str {
    list[rng.below(list.len() as u64) as usize]
}

impl Lang {
    /// The glossary term of a noun phrase: without its leading article.
    pub fn term<'a>(&self, noun: &'a str) -> &'a str {
        self.articles
            .iter()
            .find_map(|a| noun.strip_prefix(a))
            .unwrap_or(noun)
    }

    /// `n` distinct nouns, none of them the noun of glossary term `except`.
    pub fn distinct_nouns(
        &self,
        rng: &mut SplitMix64,
        n: usize,
        except: &str,
    ) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::with_capacity(n);
        while out.len() < n.min(self.nouns.len() - 1) {
            let noun = pick(rng, self.nouns);
            if !out.contains(&noun) && self.term(noun) != except {
                out.push(noun);
            }
        }
        out
    }

    /// `template` with its slots filled, its first letter capitalized.
    pub fn fill(&self, rng: &mut SplitMix64, template: &str, term: &str) -> String {
        let nouns = self.distinct_nouns(rng, 3, term);
        let mut out = String::with_capacity(template.len() + 48);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let slot = &rest[open..];
            let value = match slot.get(..3) {
                Some("{a}") => nouns[0],
                Some("{b}") => nouns[1],
                Some("{c}") => nouns[2],
                Some("{t}") => term,
                _ => {
                    out.push('{');
                    rest = &slot[1..];
                    continue;
                }
            };
            out.push_str(value);
            rest = &slot[3..];
        }
        out.push_str(rest);
        capitalize(out)
    }

    /// A random template of `list`, filled.
    pub fn one(&self, rng: &mut SplitMix64, list: &[&str]) -> String {
        let template = pick(rng, list);
        self.fill(rng, template, "")
    }

    /// `n` body sentences, joined as the language writes them.
    pub fn sentences(&self, rng: &mut SplitMix64, n: usize) -> String {
        let parts: Vec<String> = (0..n).map(|_| self.one(rng, self.sentences)).collect();
        parts.join(self.gap)
    }

    /// A sentence carrying the glossary term `term`.
    pub fn term_sentence(&self, rng: &mut SplitMix64, term: &str) -> String {
        let template = pick(rng, self.term_sentences);
        self.fill(rng, template, term)
    }

    /// Sentences joined with the language's gap.
    pub fn join(&self, parts: &[String]) -> String {
        parts.join(self.gap)
    }

    /// Title `title` numbered `n` (titles stay unique across the catalogue).
    pub fn numbered_title(&self, title: &str, n: usize) -> String {
        self.numbered
            .replace("{title}", title)
            .replace("{n}", &n.to_string())
    }
}

/// Uppercases the first character (a no-op for scripts without case).
fn capitalize(s: String) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) if first.is_lowercase() => first.to_uppercase().chain(chars).collect(),
        _ => s,
    }
}
