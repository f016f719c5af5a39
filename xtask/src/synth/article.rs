//! One synthetic article in one language: the same shape as a real one
//! (three sections, an evidence paragraph, cards, key points, a glossary
//! whose terms occur in the text, a two-question quiz).

use gloss_core::content::model::{
    AnchoredParagraph, Article, Card, Choice, GlossaryEntry, GlossaryLinks, Paragraph, Question,
    QuestionKind, Quiz, Section, SectionKind, Source, Version, FORMAT_VERSION,
};
use gloss_core::quiz::SplitMix64;

use super::lang::{pick, Lang};

/// Glossary entries per article; each term is written into the text.
pub const TERMS: usize = 3;

/// Article `i` in `lang`, with id `id` and date `published`.
pub fn build(
    lang: &Lang,
    i: usize,
    id: String,
    published: String,
    rng: &mut SplitMix64,
) -> Article {
    let title = lang.one(rng, lang.titles);
    let title = lang.numbered_title(&title, i);
    let category = pick(rng, lang.categories).to_owned();
    let terms: Vec<&str> = lang
        .distinct_nouns(rng, TERMS, "")
        .into_iter()
        .map(|noun| lang.term(noun))
        .collect();
    let summary = lang.sentences(rng, 2);
    let hook = lang.one(rng, lang.hooks);

    // Each term gets a sentence of its own in the body, in a different
    // paragraph, so every glossary entry occurs and is linked.
    let opening = lang.join(&[lang.term_sentence(rng, terms[0]), lang.sentences(rng, 2)]);
    let middle = lang.join(&[lang.sentences(rng, 3), lang.term_sentence(rng, terms[1])]);
    let evidence = lang.sentences(rng, 2);
    let thinking = lang.join(&[lang.sentences(rng, 2), lang.term_sentence(rng, terms[2])]);

    let version = Version {
        id: "main".into(),
        audience: lang.audience.into(),
        hook,
        sections: vec![
            Section {
                kind: SectionKind::WhatsGoingOn,
                heading: None,
                paragraphs: vec![
                    Paragraph::Plain(opening),
                    Paragraph::Plain(middle),
                    Paragraph::Anchored(AnchoredParagraph {
                        id: "evidence".into(),
                        text: evidence,
                    }),
                ],
                cards: vec![],
                points: vec![],
            },
            Section {
                kind: SectionKind::HowToThink,
                heading: None,
                paragraphs: vec![Paragraph::Plain(thinking)],
                cards: (0..2)
                    .map(|_| Card {
                        title: lang.one(rng, lang.card_titles),
                        text: lang.sentences(rng, 2),
                    })
                    .collect(),
                points: vec![],
            },
            Section {
                kind: SectionKind::KeyPoints,
                heading: None,
                paragraphs: vec![],
                cards: vec![],
                points: (0..3).map(|_| lang.sentences(rng, 1)).collect(),
            },
        ],
    };
    let glossary = terms
        .iter()
        .map(|t| GlossaryEntry {
            term: (*t).into(),
            definition: {
                let template = pick(rng, lang.definitions);
                lang.fill(rng, template, t)
            },
            aliases: vec![],
        })
        .collect();
    let quiz = Quiz {
        questions: vec![
            Question {
                id: "q1".into(),
                kind: QuestionKind::Single,
                prompt: lang.one(rng, lang.prompts),
                choices: (0..4)
                    .map(|_| Choice {
                        text: lang.one(rng, lang.choices),
                        explanation: None,
                    })
                    .collect(),
                answer: vec![1],
                explanation: Some(lang.sentences(rng, 1)),
                evidence: Some("evidence".into()),
            },
            Question {
                id: "q2".into(),
                kind: QuestionKind::TrueFalse,
                prompt: lang.sentences(rng, 1),
                choices: lang
                    .true_false
                    .iter()
                    .map(|t| Choice {
                        text: (*t).into(),
                        explanation: None,
                    })
                    .collect(),
                answer: vec![0],
                explanation: None,
                evidence: None,
            },
        ],
    };
    Article {
        format: FORMAT_VERSION,
        source: Source {
            publisher: lang.publisher.into(),
            title: lang.one(rng, lang.titles),
            url: format!("https://news.example/{}/{i}", lang.tag),
        },
        id,
        title,
        category,
        published,
        summary,
        lang: lang.tag.into(),
        dir: lang.dir,
        attachments: vec![],
        versions: vec![version],
        glossary,
        glossary_links: GlossaryLinks::FirstPerSection,
        quiz: Some(quiz),
    }
}
