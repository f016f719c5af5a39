//! Checks a parsed document against the rules of the content format and
//! collects every problem with its field path.

use std::collections::BTreeSet;

use crate::content::date::Date;
use crate::content::error::{Problem, ProblemKind};
use crate::content::markup;
use crate::content::model::{
    Article, Index, Question, QuestionKind, Section, SectionKind, Version,
};
use crate::content::url::check_https_url;

/// Longest slug.
pub const MAX_SLUG: usize = 80;

/// True for `lowercase-slug-123`: ASCII lowercase letters and digits joined by
/// single hyphens, 1 to 80 characters. Safe to put in a URL and a file name.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_SLUG
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_lang_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let first_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    first_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Field limits (characters).
mod max {
    pub const TITLE: usize = 200;
    pub const CATEGORY: usize = 40;
    pub const SUMMARY: usize = 600;
    pub const NAME: usize = 200;
    pub const HEADING: usize = 120;
    pub const HOOK: usize = 800;
    pub const PARAGRAPH: usize = 5000;
    pub const CARD: usize = 2000;
    pub const POINT: usize = 1000;
    pub const TERM: usize = 80;
    pub const DEFINITION: usize = 1000;
    pub const PROMPT: usize = 1000;
    pub const CHOICE: usize = 500;
    pub const EXPLANATION: usize = 2000;
}

struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn push(&mut self, path: impl Into<String>, kind: ProblemKind) {
        self.problems.push(Problem::new(path, kind));
    }

    /// Plain text: not blank, not too long, no control characters.
    fn text(&mut self, path: &str, value: &str, max: usize) {
        if value.trim().is_empty() {
            return self.push(path, ProblemKind::Empty);
        }
        let len = value.chars().count();
        if len > max {
            self.push(path, ProblemKind::TooLong { len, max });
        }
        if let Some(c) = value
            .chars()
            .find(|&c| c.is_control() && c != '\n' && c != '\t')
        {
            self.push(path, ProblemKind::ControlChar(u32::from(c)));
        }
    }

    /// Text with inline markup: also every link must be safe.
    fn rich(&mut self, path: &str, value: &str, max: usize) {
        self.text(path, value, max);
        for issue in markup::parse(value).issues {
            self.push(path, ProblemKind::Markup(issue));
        }
    }

    fn count(&mut self, path: &str, len: usize, min: usize, max: usize) {
        if len < min || len > max {
            self.push(path, ProblemKind::Count { len, min, max });
        }
    }

    fn slug(&mut self, path: &str, value: &str) {
        if !is_slug(value) {
            self.push(path, ProblemKind::BadSlug(value.to_owned()));
        }
    }

    fn url(&mut self, path: &str, value: &str) {
        if let Err(e) = check_https_url(value) {
            self.push(path, ProblemKind::BadUrl(e));
        }
    }

    fn date(&mut self, path: &str, value: &str) {
        if Date::parse(value).is_none() {
            self.push(path, ProblemKind::BadDate(value.to_owned()));
        }
    }

    fn lang(&mut self, path: &str, value: &str) {
        if !is_lang_tag(value) {
            self.push(path, ProblemKind::BadLang(value.to_owned()));
        }
    }

    /// Records `key` in `seen`, reporting a duplicate at `path`.
    fn unique(&mut self, seen: &mut BTreeSet<String>, path: &str, key: &str) {
        if !seen.insert(key.to_owned()) {
            self.push(path, ProblemKind::Duplicate(key.to_owned()));
        }
    }
}

/// Every problem in an article. An empty list means the article is valid.
pub fn validate_article(a: &Article) -> Vec<Problem> {
    let mut c = Checker {
        problems: Vec::new(),
    };
    c.slug("id", &a.id);
    c.text("title", &a.title, max::TITLE);
    c.text("category", &a.category, max::CATEGORY);
    c.date("published", &a.published);
    c.text("summary", &a.summary, max::SUMMARY);
    c.lang("lang", &a.lang);
    c.text("source.publisher", &a.source.publisher, max::NAME);
    c.text("source.title", &a.source.title, max::TITLE);
    c.url("source.url", &a.source.url);
    c.count("attachments", a.attachments.len(), 0, 10);
    for (i, att) in a.attachments.iter().enumerate() {
        c.text(&format!("attachments[{i}].label"), &att.label, max::NAME);
        c.url(&format!("attachments[{i}].url"), &att.url);
    }
    c.count("versions", a.versions.len(), 1, 6);
    let mut version_ids = BTreeSet::new();
    let mut anchors = BTreeSet::new();
    for (i, v) in a.versions.iter().enumerate() {
        let path = format!("versions[{i}]");
        c.unique(&mut version_ids, &format!("{path}.id"), &v.id);
        check_version(&mut c, &path, v, &mut anchors);
    }
    c.count("glossary", a.glossary.len(), 0, 300);
    let mut terms = BTreeSet::new();
    for (i, g) in a.glossary.iter().enumerate() {
        let path = format!("glossary[{i}]");
        c.text(&format!("{path}.term"), &g.term, max::TERM);
        c.unique(&mut terms, &format!("{path}.term"), &g.term.to_lowercase());
        c.rich(
            &format!("{path}.definition"),
            &g.definition,
            max::DEFINITION,
        );
        c.count(&format!("{path}.aliases"), g.aliases.len(), 0, 20);
        for (j, alias) in g.aliases.iter().enumerate() {
            let apath = format!("{path}.aliases[{j}]");
            c.text(&apath, alias, max::TERM);
            c.unique(&mut terms, &apath, &alias.to_lowercase());
        }
    }
    if let Some(quiz) = &a.quiz {
        c.count("quiz.questions", quiz.questions.len(), 1, 100);
        let mut ids = BTreeSet::new();
        for (i, q) in quiz.questions.iter().enumerate() {
            let path = format!("quiz.questions[{i}]");
            c.unique(&mut ids, &format!("{path}.id"), &q.id);
            check_question(&mut c, &path, q, &anchors);
        }
    }
    c.problems
}

fn check_version(c: &mut Checker, path: &str, v: &Version, anchors: &mut BTreeSet<String>) {
    c.slug(&format!("{path}.id"), &v.id);
    c.text(&format!("{path}.audience"), &v.audience, max::HEADING);
    c.rich(&format!("{path}.hook"), &v.hook, max::HOOK);
    c.count(&format!("{path}.sections"), v.sections.len(), 1, 30);
    let mut own_anchors = BTreeSet::new();
    for (i, s) in v.sections.iter().enumerate() {
        check_section(c, &format!("{path}.sections[{i}]"), s, &mut own_anchors);
    }
    anchors.extend(own_anchors);
}

fn check_section(c: &mut Checker, path: &str, s: &Section, anchors: &mut BTreeSet<String>) {
    match &s.heading {
        Some(h) => c.text(&format!("{path}.heading"), h, max::HEADING),
        None if s.kind == SectionKind::Other => {
            c.push(format!("{path}.heading"), ProblemKind::HeadingRequired)
        }
        None => {}
    }
    if s.paragraphs.is_empty() && s.cards.is_empty() && s.points.is_empty() {
        c.push(path, ProblemKind::EmptySection);
    }
    c.count(&format!("{path}.paragraphs"), s.paragraphs.len(), 0, 50);
    for (i, p) in s.paragraphs.iter().enumerate() {
        let ppath = format!("{path}.paragraphs[{i}]");
        if let Some(id) = p.anchor() {
            c.slug(&format!("{ppath}.id"), id);
            c.unique(anchors, &format!("{ppath}.id"), id);
        }
        c.rich(
            &if p.anchor().is_some() {
                format!("{ppath}.text")
            } else {
                ppath
            },
            p.text(),
            max::PARAGRAPH,
        );
    }
    c.count(&format!("{path}.cards"), s.cards.len(), 0, 12);
    for (i, card) in s.cards.iter().enumerate() {
        c.text(
            &format!("{path}.cards[{i}].title"),
            &card.title,
            max::HEADING,
        );
        c.rich(&format!("{path}.cards[{i}].text"), &card.text, max::CARD);
    }
    c.count(&format!("{path}.points"), s.points.len(), 0, 30);
    for (i, point) in s.points.iter().enumerate() {
        c.rich(&format!("{path}.points[{i}]"), point, max::POINT);
    }
}

fn check_question(c: &mut Checker, path: &str, q: &Question, anchors: &BTreeSet<String>) {
    c.slug(&format!("{path}.id"), &q.id);
    c.rich(&format!("{path}.prompt"), &q.prompt, max::PROMPT);
    let n = q.choices.len();
    if q.kind == QuestionKind::TrueFalse {
        if n != 2 {
            c.push(format!("{path}.choices"), ProblemKind::TrueFalseChoices(n));
        }
    } else {
        c.count(&format!("{path}.choices"), n, 2, 10);
    }
    for (i, choice) in q.choices.iter().enumerate() {
        c.rich(
            &format!("{path}.choices[{i}].text"),
            &choice.text,
            max::CHOICE,
        );
        if let Some(e) = &choice.explanation {
            c.rich(
                &format!("{path}.choices[{i}].explanation"),
                e,
                max::EXPLANATION,
            );
        }
    }
    let apath = format!("{path}.answer");
    let mut seen = BTreeSet::new();
    for &index in &q.answer {
        if index >= n {
            c.push(
                apath.clone(),
                ProblemKind::AnswerOutOfRange { index, choices: n },
            );
        }
        c.unique(&mut seen, &apath, &index.to_string());
    }
    let (kind, expected, ok) = match q.kind {
        QuestionKind::Single => ("single-choice", "exactly 1", q.answer.len() == 1),
        QuestionKind::TrueFalse => ("true/false", "exactly 1", q.answer.len() == 1),
        QuestionKind::Multiple => ("multiple-select", "at least 1", !q.answer.is_empty()),
    };
    if !ok {
        c.push(
            apath,
            ProblemKind::AnswerCount {
                kind,
                expected,
                found: q.answer.len(),
            },
        );
    }
    if let Some(e) = &q.explanation {
        c.rich(&format!("{path}.explanation"), e, max::EXPLANATION);
    }
    if let Some(ev) = &q.evidence {
        if !anchors.contains(ev) {
            c.push(
                format!("{path}.evidence"),
                ProblemKind::UnknownEvidence(ev.clone()),
            );
        }
    }
}

/// Every problem in the index.
pub fn validate_index(index: &Index) -> Vec<Problem> {
    let mut c = Checker {
        problems: Vec::new(),
    };
    let mut ids = BTreeSet::new();
    for (i, e) in index.articles.iter().enumerate() {
        let path = format!("articles[{i}]");
        c.slug(&format!("{path}.id"), &e.id);
        c.unique(&mut ids, &format!("{path}.id"), &e.id);
        c.text(&format!("{path}.title"), &e.title, max::TITLE);
        c.text(&format!("{path}.category"), &e.category, max::CATEGORY);
        c.date(&format!("{path}.published"), &e.published);
        c.text(&format!("{path}.summary"), &e.summary, max::SUMMARY);
        c.lang(&format!("{path}.lang"), &e.lang);
    }
    c.problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        for ok in ["a", "ai-distillation", "chips-2026", "x1"] {
            assert!(is_slug(ok), "{ok}");
        }
        for bad in [
            "",
            "-a",
            "a-",
            "a--b",
            "A",
            "a_b",
            "a b",
            "../etc",
            "é",
            &"a".repeat(81),
        ] {
            assert!(!is_slug(bad), "{bad}");
        }
    }

    #[test]
    fn lang_tags() {
        for ok in ["en", "pt-BR", "zh-Hant-TW", "fil"] {
            assert!(is_lang_tag(ok), "{ok}");
        }
        for bad in ["", "e", "english", "en_US", "en-", "<x>"] {
            assert!(!is_lang_tag(bad), "{bad}");
        }
    }
}
