use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

use gloss_core::content::model::{Article, Paragraph, TextDirection};
use gloss_core::content::validate::is_slug;
use gloss_core::glossary::Matcher;

use super::*;
use crate::content::{index_of, validate_dir};

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gloss-synth-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    dir
}

/// Every text of an article a reader sees, written in its language.
fn texts(a: &Article) -> Vec<&str> {
    let mut out = vec![a.title.as_str(), &a.summary, &a.source.title];
    for v in &a.versions {
        out.push(&v.hook);
        out.push(&v.audience);
        for s in &v.sections {
            out.extend(s.paragraphs.iter().map(Paragraph::text));
            for c in &s.cards {
                out.push(&c.title);
                out.push(&c.text);
            }
            out.extend(s.points.iter().map(String::as_str));
        }
    }
    for g in &a.glossary {
        out.push(&g.term);
        out.push(&g.definition);
    }
    for q in a.quiz.iter().flat_map(|q| &q.questions) {
        out.push(&q.prompt);
        out.extend(q.choices.iter().map(|c| c.text.as_str()));
        out.extend(q.explanation.as_deref());
    }
    out
}

#[test]
fn every_language_appears_in_40() {
    let langs: HashSet<String> = (0..40).map(|i| article(i).lang).collect();
    for tag in ["en", "es", "ar", "ja"] {
        assert!(langs.contains(tag), "{tag} missing from {langs:?}");
    }
    let counts = (0..1000).fold(BTreeMap::new(), |mut m, i| {
        *m.entry(lang_of(i).tag).or_insert(0) += 1;
        m
    });
    assert_eq!(
        counts,
        BTreeMap::from([("ar", 100), ("en", 700), ("es", 150), ("ja", 50)])
    );
}

#[test]
fn directions_and_categories_follow_the_language() {
    let mut categories = HashSet::new();
    for i in 0..200 {
        let a = article(i);
        let rtl = a.lang == "ar";
        assert_eq!(a.dir == TextDirection::Rtl, rtl, "{}", a.id);
        categories.insert(a.category);
    }
    for name in ["Science", "Culture", "Educación", "علوم", "科学"] {
        assert!(categories.contains(name), "{name} in {categories:?}");
    }
    let all: HashSet<&str> = LANGS
        .iter()
        .flat_map(|l| l.categories.iter().copied())
        .collect();
    assert_eq!(all.len(), 11);
}

#[test]
fn every_article_of_200_is_valid_and_its_terms_occur() {
    let mut ids = HashSet::new();
    for i in 0..200 {
        let a = article(i);
        assert!(is_slug(&a.id) && a.id.is_ascii(), "{}", a.id);
        assert!(ids.insert(a.id.clone()), "duplicate id {}", a.id);
        let json = serde_json::to_string(&a).unwrap();
        let parsed = gloss_core::parse_article(&a.id, &json)
            .unwrap_or_else(|e| panic!("synthetic article {i} is invalid: {e}"));
        assert_eq!(parsed, a);
        let found = Matcher::for_article(&a)
            .annotate_version(&a.versions[0], a.glossary_links)
            .entries();
        assert_eq!(found.len(), a.glossary.len(), "{}: terms in the text", a.id);
        for g in &a.glossary {
            let uses = Matcher::new(std::slice::from_ref(g)).find_all(&g.definition);
            assert_eq!(
                uses.len(),
                1,
                "{}: {:?} names its term once",
                a.id,
                g.definition
            );
        }
    }
}

#[test]
fn a_written_folder_of_200_passes_validate() {
    let dir = temp_dir("valid");
    write(&dir, 200, false).unwrap();
    let report = validate_dir(&dir).unwrap();
    assert!(report.is_ok(), "{report}");
    assert_eq!(report.checked, 201);
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_index_matches_index_of_the_articles() {
    let articles: Vec<Article> = (0..200).map(article).collect();
    let entries = articles.iter().map(Article::index_entry).collect();
    assert_eq!(index_from(entries), index_of(&articles));
}

#[test]
fn japanese_text_has_no_spaces() {
    let ja: Vec<Article> = (0..200).map(article).filter(|a| a.lang == "ja").collect();
    assert_eq!(ja.len(), 10);
    for a in &ja {
        for t in texts(a) {
            assert!(!t.contains(' '), "{}: {t:?}", a.id);
        }
    }
}

#[test]
fn spanish_articles_have_accented_words() {
    let es: Vec<Article> = (0..200).map(article).filter(|a| a.lang == "es").collect();
    assert_eq!(es.len(), 30);
    for a in &es {
        let body = texts(a).join(" ");
        assert!(
            body.chars().any(|c| "áéíóúñü".contains(c)),
            "{}: {body}",
            a.id
        );
    }
    assert!(es.iter().any(|a| texts(a).join(" ").contains("sequía")));
}

#[test]
fn arabic_articles_are_in_arabic() {
    let a = (0..40).map(article).find(|a| a.lang == "ar").unwrap();
    for t in texts(&a) {
        assert!(
            t.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
            "{t:?}"
        );
    }
}

#[test]
fn nouns_are_distinct_and_templates_well_formed() {
    for lang in LANGS {
        let terms: HashSet<String> = lang
            .nouns
            .iter()
            .map(|n| lang.term(n).to_lowercase())
            .collect();
        assert_eq!(terms.len(), lang.nouns.len(), "{}", lang.tag);
        let lists = [
            lang.titles,
            lang.hooks,
            lang.sentences,
            lang.term_sentences,
            lang.definitions,
            lang.card_titles,
            lang.prompts,
            lang.choices,
        ];
        for t in lists.iter().flat_map(|l| l.iter()) {
            let mut rng = SplitMix64::new(1);
            let filled = lang.fill(&mut rng, t, "x");
            assert!(!filled.contains('{') && !filled.contains('}'), "{t}");
        }
        for t in lang.term_sentences.iter().chain(lang.definitions) {
            assert!(t.contains("{t}"), "{}: {t}", lang.tag);
        }
    }
}

#[test]
fn dates_are_real_and_spread_over_years() {
    let years: HashSet<String> = (0..2000)
        .map(|i| {
            let d = date_of(i);
            assert!(gloss_core::content::date::Date::parse(&d).is_some(), "{d}");
            d[..4].to_owned()
        })
        .collect();
    assert_eq!(years.len(), 26, "{years:?}");
    assert_eq!(civil_from_days(FIRST_DAY), (2000, 1, 1));
    assert_eq!(civil_from_days(LAST_DAY), (2025, 12, 31));
    assert_eq!(civil_from_days(11_016), (2000, 2, 29));
}

#[test]
fn the_index_is_written_only_up_to_10000() {
    assert!(writes_index(0));
    assert!(writes_index(10_000));
    assert!(!writes_index(10_001));
    assert!(!writes_index(50_000));
    let dir = temp_dir("index-only");
    let err = write(&dir, 10_001, true).unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::InvalidInput);
    assert!(err.to_string().contains("--index-only"), "{err}");
    assert!(!dir.exists(), "nothing written");
}

#[test]
fn index_only_writes_just_the_index() {
    let dir = temp_dir("only");
    write(&dir, 30, true).unwrap();
    assert_eq!(fs::read_dir(dir.join("articles")).unwrap().count(), 0);
    let text = fs::read_to_string(dir.join("index.json")).unwrap();
    assert_eq!(gloss_core::parse_index(&text).unwrap().articles.len(), 30);
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn output_is_deterministic() {
    let (a, b) = (temp_dir("same-a"), temp_dir("same-b"));
    write(&a, 60, false).unwrap();
    write(&b, 60, false).unwrap();
    let read = |dir: &Path| -> BTreeMap<String, Vec<u8>> {
        let mut files = BTreeMap::from([(
            "index.json".to_owned(),
            fs::read(dir.join("index.json")).unwrap(),
        )]);
        for e in fs::read_dir(dir.join("articles")).unwrap() {
            let e = e.unwrap();
            files.insert(
                e.file_name().to_string_lossy().into_owned(),
                fs::read(e.path()).unwrap(),
            );
        }
        files
    };
    let files = read(&a);
    assert_eq!(files.len(), 61);
    assert!(files == read(&b), "same N, same bytes");
    fs::remove_dir_all(&a).unwrap();
    fs::remove_dir_all(&b).unwrap();
}

#[test]
fn chunks_cover_every_index_once() {
    for (n, parts) in [(0, 2), (1, 4), (7, 2), (50_000, 3), (5, 8)] {
        let all: Vec<usize> = chunks(n, parts).into_iter().flatten().collect();
        assert_eq!(all, (0..n).collect::<Vec<_>>(), "{n} in {parts}");
    }
}
