//! Synthetic content for load tests: `cargo xtask synth N DIR` writes N
//! valid, deterministic articles to `DIR/articles/` and their index to
//! `DIR/index.json` (the benchmark uses 5,000 for the index page).

use std::fs;
use std::io;
use std::path::Path;

use gloss_core::content::model::{
    Article, Card, Choice, GlossaryEntry, GlossaryLinks, Paragraph, Question, QuestionKind, Quiz,
    Section, SectionKind, Source, TextDirection, Version, FORMAT_VERSION,
};
use gloss_core::quiz::SplitMix64;

use crate::content::index_of;

const CATEGORIES: &[&str] = &[
    "Science",
    "Economy",
    "World",
    "Technology",
    "Health",
    "Environment",
    "Space",
    "Culture",
];

const WORDS: &[&str] = &[
    "river",
    "council",
    "market",
    "planet",
    "vaccine",
    "reef",
    "budget",
    "satellite",
    "election",
    "drought",
    "museum",
    "factory",
    "glacier",
    "harbor",
    "court",
    "festival",
    "battery",
    "forest",
    "railway",
    "library",
    "telescope",
    "treaty",
    "storm",
    "school",
    "bridge",
    "orchestra",
    "mine",
    "island",
    "algorithm",
    "harvest",
    "volcano",
    "stadium",
    "canal",
    "archive",
    "signal",
    "border",
    "laboratory",
    "parliament",
    "desert",
    "pipeline",
    "festival",
    "ocean",
    "tariff",
    "comet",
    "hospital",
    "border",
    "village",
    "robot",
];

fn pick<'a>(rng: &mut SplitMix64, list: &[&'a str]) -> &'a str {
    list[rng.below(list.len() as u64) as usize]
}

fn words(rng: &mut SplitMix64, n: usize) -> String {
    (0..n)
        .map(|_| pick(rng, WORDS))
        .collect::<Vec<_>>()
        .join(" ")
}

fn sentence(rng: &mut SplitMix64, n: usize) -> String {
    let mut s = words(rng, n);
    if let Some(first) = s.get(..1) {
        s = first.to_uppercase() + &s[1..];
    }
    s + "."
}

/// Article number `i` of a synthetic collection (same `i`, same article).
pub fn article(i: usize) -> Article {
    let mut rng = SplitMix64::new(0x5EED_0000 + i as u64);
    let title = format!("{} {}", sentence(&mut rng, 5).trim_end_matches('.'), i);
    let category = pick(&mut rng, CATEGORIES).to_owned();
    // Dates from 2020-01-01 on, one a day or so.
    let day = i % 28 + 1;
    let month = (i / 28) % 12 + 1;
    let year = 2020 + (i / (28 * 12)) % 7;
    let paragraphs = |rng: &mut SplitMix64, n: usize| -> Vec<Paragraph> {
        (0..n)
            .map(|_| {
                Paragraph::Plain(format!(
                    "{} {} The *{}* matters.",
                    sentence(rng, 14),
                    sentence(rng, 10),
                    pick(rng, WORDS)
                ))
            })
            .collect()
    };
    let version = Version {
        id: "main".into(),
        audience: "Ages 14–18".into(),
        hook: format!(
            "What does the {} have to do with you?",
            pick(&mut rng, WORDS)
        ),
        sections: vec![
            Section {
                kind: SectionKind::WhatsGoingOn,
                heading: None,
                paragraphs: {
                    let mut p = paragraphs(&mut rng, 2);
                    p.push(Paragraph::Anchored(
                        gloss_core::content::model::AnchoredParagraph {
                            id: "evidence".into(),
                            text: sentence(&mut rng, 12),
                        },
                    ));
                    p
                },
                cards: vec![],
                points: vec![],
            },
            Section {
                kind: SectionKind::HowToThink,
                heading: None,
                paragraphs: paragraphs(&mut rng, 1),
                cards: (0..2)
                    .map(|_| Card {
                        title: sentence(&mut rng, 3),
                        text: sentence(&mut rng, 12),
                    })
                    .collect(),
                points: vec![],
            },
            Section {
                kind: SectionKind::KeyPoints,
                heading: None,
                paragraphs: vec![],
                cards: vec![],
                points: (0..3).map(|_| sentence(&mut rng, 8)).collect(),
            },
        ],
    };
    Article {
        format: FORMAT_VERSION,
        id: format!("synthetic-{i:05}"),
        title,
        category,
        published: format!("{year:04}-{month:02}-{day:02}"),
        summary: sentence(&mut rng, 24),
        lang: "en".into(),
        dir: TextDirection::Ltr,
        source: Source {
            publisher: "Example News".into(),
            title: sentence(&mut rng, 6),
            url: format!("https://news.example/{i}"),
        },
        attachments: vec![],
        versions: vec![version],
        glossary: ["reef", "budget", "treaty"]
            .iter()
            .map(|t| GlossaryEntry {
                term: (*t).into(),
                definition: sentence(&mut rng, 10),
                aliases: vec![],
            })
            .collect(),
        glossary_links: GlossaryLinks::FirstPerSection,
        quiz: Some(Quiz {
            questions: vec![
                Question {
                    id: "q1".into(),
                    kind: QuestionKind::Single,
                    prompt: format!("Which {} is it?", pick(&mut rng, WORDS)),
                    choices: (0..4)
                        .map(|_| Choice {
                            text: sentence(&mut rng, 3),
                            explanation: None,
                        })
                        .collect(),
                    answer: vec![1],
                    explanation: Some(sentence(&mut rng, 8)),
                    evidence: Some("evidence".into()),
                },
                Question {
                    id: "q2".into(),
                    kind: QuestionKind::TrueFalse,
                    prompt: sentence(&mut rng, 8),
                    choices: ["True", "False"]
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
        }),
    }
}

/// Writes `n` articles (unless `index_only`) and their index into `dir`.
pub fn write(dir: &Path, n: usize, index_only: bool) -> io::Result<()> {
    let articles_dir = dir.join("articles");
    fs::create_dir_all(&articles_dir)?;
    let articles: Vec<Article> = (0..n).map(article).collect();
    if !index_only {
        for a in &articles {
            let json = serde_json::to_string(a).map_err(io::Error::other)?;
            fs::write(articles_dir.join(format!("{}.json", a.id)), json)?;
        }
    }
    let index = index_of(&articles);
    let json = serde_json::to_string(&index).map_err(io::Error::other)?;
    fs::write(dir.join("index.json"), json)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_articles_are_valid_and_deterministic() {
        for i in [0, 1, 17, 4999] {
            let a = article(i);
            let json = serde_json::to_string(&a).unwrap();
            let parsed = gloss_core::parse_article(&a.id, &json)
                .unwrap_or_else(|e| panic!("synthetic article {i} is invalid: {e}"));
            assert_eq!(parsed, a);
            assert_eq!(article(i), a);
        }
    }

    #[test]
    fn an_index_of_5000_is_valid() {
        let articles: Vec<Article> = (0..5000).map(article).collect();
        let json = serde_json::to_string(&index_of(&articles)).unwrap();
        let index = gloss_core::parse_index(&json).expect("valid index");
        assert_eq!(index.articles.len(), 5000);
    }
}
