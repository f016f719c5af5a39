//! The interface's message catalogues: the Fluent subset's parser, the
//! catalogues checked against each other and against each language's plural
//! categories, and formatting (plurals, missing variables, isolation).

use gloss_core::i18n::ftl::{self, Part};
use gloss_core::i18n::{format, text, Arg, Catalogue, Lang, Msg, Plural};

fn catalogue(lang: Lang) -> Vec<ftl::Message> {
    let path = format!(
        "{}/messages/{}.ftl",
        env!("CARGO_MANIFEST_DIR"),
        lang.code()
    );
    let source = std::fs::read_to_string(&path).unwrap();
    ftl::parse(&source).unwrap_or_else(|e| panic!("{path}: {e}"))
}

// ------------------------------------------------------------------ parser

#[test]
fn text_variables_literals_and_continuation_lines() {
    let m = ftl::parse("# c\n\na = Hello { $name }, { \"{\" }x{\"}\"}\nb =\n    one\n    two\n")
        .unwrap();
    assert_eq!(m.len(), 2);
    assert_eq!(
        m[0].pattern,
        [
            Part::Text("Hello ".into()),
            Part::Var("name".into()),
            Part::Text(", {x}".into())
        ]
    );
    assert_eq!(m[1].pattern, [Part::Text("one two".into())]);
    assert_eq!((m[0].line, m[1].line), (3, 4));
}

#[test]
fn select_expressions() {
    let src = "n = You have { $n ->\n    [0] nothing\n    [one] one { $what }\n   *[other] { $n } things\n} left\n";
    let m = &ftl::parse(src).unwrap()[0];
    let Part::Select {
        var,
        variants,
        default,
    } = &m.pattern[1]
    else {
        panic!("{:?}", m.pattern)
    };
    assert_eq!(var, "n");
    assert_eq!(*default, 2);
    let keys: Vec<_> = variants.iter().map(|v| v.key.as_str()).collect();
    assert_eq!(keys, ["0", "one", "other"]);
    assert_eq!(m.pattern[2], Part::Text(" left".into()));
    assert_eq!(ftl::variables(&m.pattern), ["n", "what"]);
}

#[test]
fn syntax_errors_say_which_line() {
    for (src, line, says) in [
        ("a = { $n ->\n  [one] x\n", 1, "closing"),
        ("a = { $n ->\n  [one] x\n  [other] y\n  }\n", 1, "default"),
        ("a = x\na = y\n", 2, "twice"),
        ("a = x }\n", 1, "without its"),
        ("  a = x\n", 1, "outside a message"),
        ("a = { nope }\n", 1, "expected `$name`"),
        ("a = { $n \n", 1, "expected `}`"),
        ("1a = x\n", 1, "not a message id"),
        ("just words\n", 1, "expected `id = text`"),
        ("a =\n", 1, "no text"),
        (
            "a = { $n ->\n *[one] x\n *[other] y\n}\n",
            3,
            "more than one default",
        ),
        (
            "a = { $n ->\n [one] x\n [one] y\n *[other] z\n}\n",
            3,
            "twice",
        ),
        ("a = { \"open\n", 1, "closing quote"),
    ] {
        let e = ftl::parse(src).unwrap_err();
        assert_eq!(e.line, line, "{src:?}: {e}");
        assert!(e.message.contains(says), "{src:?}: {e}");
    }
}

proptest::proptest! {
    /// Any text parses or is refused with a line number inside it; never a panic.
    #[test]
    fn any_text_parses_or_is_refused(src in "(([a-z]{1,3} ?= ?)?[ \\[\\]*{}$\"a-zé٣\n-]{0,12}\n?){0,6}") {
        match ftl::parse(&src) {
            Ok(messages) => {
                for m in messages {
                    proptest::prop_assert!(m.line >= 1);
                }
            }
            Err(e) => proptest::prop_assert!(e.line >= 1 && e.line <= src.lines().count().max(1)),
        }
    }
}

#[test]
fn a_double_star_is_refused_not_a_panic() {
    let e = ftl::parse("a = { $n ->\n **[other] é\n}\n").unwrap_err();
    assert_eq!(e.line, 2);
}

// ------------------------------------------------------------------ catalogues

#[test]
fn a_translation_is_compared_with_english() {
    let en = ftl::parse("a = x\nb = { $n } y\nc = z\n").unwrap();
    let es = ftl::parse("a = x\nb = { $m } y\nd = w\n").unwrap();
    assert_eq!(
        ftl::compare(&en, "es", &es),
        [
            "messages/es.ftl line 2: `b` uses the variables [\"m\"], but English uses [\"n\"]",
            "messages/es.ftl: `c` is missing (messages/en.ftl line 3)",
            "messages/es.ftl line 3: `d` is not in messages/en.ftl",
        ]
    );
    assert!(ftl::compare(&en, "en", &en).is_empty());
}

#[test]
fn every_catalogue_parses_and_has_englishs_messages_in_order() {
    let en: Vec<String> = catalogue(Lang::En).into_iter().map(|m| m.id).collect();
    let ids: Vec<&str> = Msg::ALL.iter().map(|m| m.id()).collect();
    assert_eq!(en, ids);
    for lang in Lang::ALL {
        let mut theirs: Vec<String> = catalogue(lang).into_iter().map(|m| m.id).collect();
        let mut ours = en.clone();
        theirs.sort();
        ours.sort();
        assert_eq!(theirs, ours, "{lang:?}");
    }
}

#[test]
fn plural_variants_are_categories_the_language_uses() {
    for lang in Lang::ALL {
        for m in catalogue(lang) {
            for key in ftl::variant_keys(&m.pattern) {
                if key.parse::<u64>().is_ok() {
                    continue;
                }
                let cat =
                    Plural::from_name(&key).unwrap_or_else(|| panic!("{lang:?} {}: [{key}]", m.id));
                assert!(
                    Plural::used_by(lang).contains(&cat),
                    "{}.ftl `{}`: [{key}] is not a plural form of this language",
                    lang.code(),
                    m.id
                );
            }
        }
    }
}

#[test]
fn every_message_formats_fully_in_every_language() {
    for lang in Lang::ALL {
        let messages = catalogue(lang);
        for msg in Msg::ALL {
            let vars = ftl::variables(&messages.iter().find(|m| m.id == msg.id()).unwrap().pattern);
            for n in [0u64, 1, 2, 3, 11, 100, 1_000_000] {
                let args: Vec<(&str, Arg)> =
                    vars.iter().map(|v| (v.as_str(), Arg::Num(n))).collect();
                let out = format(lang, msg, &args);
                assert!(
                    !out.contains("{$") && !out.trim().is_empty(),
                    "{lang:?} {msg:?} {n}: {out:?}"
                );
            }
        }
    }
}

// ------------------------------------------------------------------ formatting

fn questions(lang: Lang, n: u64) -> String {
    format(lang, Msg::Questions, &[("count", n.into())]).into_owned()
}

#[test]
fn plurals_follow_each_language() {
    assert_eq!(questions(Lang::En, 1), "1 question");
    assert_eq!(questions(Lang::En, 0), "0 questions");
    assert_eq!(questions(Lang::Es, 1), "1 pregunta");
    assert_eq!(questions(Lang::Es, 7), "7 preguntas");
    assert_eq!(questions(Lang::Es, 1_000_000), "1000000 de preguntas");
    let ar: Vec<String> = [0, 1, 2, 3, 11, 100].map(|n| questions(Lang::Ar, n)).into();
    assert_eq!(
        ar,
        [
            "لا أسئلة",
            "سؤال واحد",
            "سؤالان",
            "3 أسئلة",
            "11 سؤالًا",
            "100 سؤال"
        ]
    );
    let args = [("answered", Arg::from(2u32)), ("total", Arg::from(1usize))];
    assert_eq!(
        format(Lang::En, Msg::AnsweredOf, &args),
        "You answered 2 of 1 question"
    );
}

#[test]
fn missing_variables_show_their_name_never_a_panic() {
    assert_eq!(
        text(Lang::En, Msg::ReadingTime),
        "{$minutes} min read",
        "never a panic"
    );
    let args = [("number", Arg::Num(2)), ("total", Arg::Num(7))];
    assert_eq!(format(Lang::Es, Msg::QuestionOf, &args), "Pregunta 2 de 7");
}

#[test]
fn text_arguments_are_isolated() {
    // A text argument keeps its own direction inside the sentence.
    let args = [("number", Arg::Str("٣")), ("total", Arg::Num(7))];
    assert_eq!(
        format(Lang::En, Msg::QuestionOf, &args),
        "Question \u{2068}٣\u{2069} of 7"
    );
}

#[test]
fn json_catalogues_round_trip_and_format_like_the_compiled_ones() {
    use gloss_core::i18n::Catalogue;
    for lang in Lang::ALL {
        let json = Catalogue::compiled(lang).to_json();
        let (loaded, missing) = Catalogue::from_json(lang, &json).expect("own file");
        assert_eq!(missing, 0, "{lang:?}");
        assert_eq!(loaded.lang(), lang);
        for msg in Msg::ALL {
            for n in [0u64, 1, 2, 3, 11, 100] {
                let args = [
                    ("count", n.into()),
                    ("minutes", n.into()),
                    ("total", n.into()),
                    ("title", "عنوان".into()),
                ];
                assert_eq!(loaded.format(msg, &args), format(lang, msg, &args));
            }
        }
    }
}

#[test]
fn a_bad_catalogue_file_is_refused_or_falls_back_to_english() {
    use gloss_core::i18n::{Catalogue, CatalogueError};
    let es = Catalogue::compiled(Lang::Es).to_json();
    assert!(matches!(
        Catalogue::from_json(Lang::Ar, &es),
        Err(CatalogueError::WrongLanguage { .. })
    ));
    for bad in [
        "",
        "null",
        "[]",
        "{\"lang\":\"es\"}",
        "\u{0}\u{1}",
        &es[..es.len() / 2],
    ] {
        assert!(matches!(
            Catalogue::from_json(Lang::Es, bad),
            Err(CatalogueError::Invalid(_))
        ));
    }
    let big = " ".repeat(gloss_core::i18n::MAX_CATALOGUE_BYTES + 1);
    assert!(matches!(
        Catalogue::from_json(Lang::Es, &big),
        Err(CatalogueError::TooLarge(_))
    ));
    let mut file: serde_json::Value = serde_json::from_str(&es).expect("own file");
    // From a build with other messages: refused as a whole.
    let mut other = file.clone();
    other["fingerprint"] = "0123456789abcdef".into();
    assert!(matches!(
        Catalogue::from_json(Lang::Es, &other.to_string()),
        Err(CatalogueError::OtherVersion)
    ));
    let mut short = file.clone();
    short["messages"].as_array_mut().expect("a list").pop();
    assert!(matches!(
        Catalogue::from_json(Lang::Es, &short.to_string()),
        Err(CatalogueError::Invalid(_))
    ));
    // A renamed variable, a part that is not one, a select with no default
    // in range: those messages stay English (or say nothing), never a panic.
    let at = |m: Msg| m as usize;
    file["messages"][at(Msg::ReadingTime)] = serde_json::json!([{ "v": "mins" }, " min"]);
    file["messages"][at(Msg::SkipToContent)] = serde_json::json!([42]);
    file["messages"][at(Msg::Questions)] = serde_json::json!([{ "s": ["count", [], 9] }]);
    let (cat, missing) = Catalogue::from_json(Lang::Es, &file.to_string()).expect("shape is fine");
    assert_eq!(missing, 2);
    assert_eq!(
        cat.format(Msg::ReadingTime, &[("minutes", 3u64.into())]),
        "3 min read"
    );
    assert_eq!(cat.text(Msg::SkipToContent), "Skip to content");
    assert_eq!(cat.format(Msg::Questions, &[("count", 2u64.into())]), "");
    assert_eq!(cat.text(Msg::Tagline), "Las noticias, explicadas");
}

#[test]
fn plain_text_is_the_message_or_nothing() {
    use gloss_core::i18n::Catalogue;
    let en = Catalogue::ENGLISH;
    assert_eq!(en.plain(Msg::SkipToContent), "Skip to content");
    assert_eq!(en.plain(Msg::ReadingTime), "", "has a variable");
    for lang in Lang::ALL {
        let c = Catalogue::compiled(lang);
        for msg in Msg::ALL {
            let plain = c.plain(msg);
            assert!(plain.is_empty() || plain == c.text(msg), "{lang:?} {msg:?}");
        }
    }
}

#[test]
fn numbers_are_shown_by_the_caller_and_still_choose_the_plural() {
    // As the browser's Intl.NumberFormat would group them.
    fn grouped(lang: Lang, n: u64) -> Option<String> {
        (lang == Lang::Es).then(|| {
            let digits = n.to_string();
            let mut out = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i).is_multiple_of(3) {
                    out.push('.');
                }
                out.push(c);
            }
            out
        })
    }
    let es = Catalogue::compiled(Lang::Es);
    let args = [("count", 12_345_u64.into())];
    assert_eq!(
        es.format_shown(Msg::ArticlesFound, &args, grouped),
        "Se encontraron 12.345 artículos"
    );
    let one = [("count", 1_u64.into())];
    assert_eq!(
        es.format_shown(Msg::ArticlesFound, &one, grouped),
        "Se encontró 1 artículo"
    );
    // Where the caller gives no form, ASCII digits.
    let en = Catalogue::compiled(Lang::En);
    assert_eq!(
        en.format_shown(Msg::ArticlesFound, &args, grouped),
        "12345 articles found"
    );
    assert_eq!(en.format(Msg::ArticlesFound, &args), "12345 articles found");
}
