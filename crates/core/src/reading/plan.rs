//! The reading plan: what "Listen" reads, in which order, one sentence per
//! utterance, and where each sentence is on the page.
//!
//! The plan is built from the article model, never from the page's text:
//! what is spoken is what the reader sees of the content (inline markup
//! removed, [`markup::plain_text`]), and no interface text hidden in the page
//! (a link's "(opens in a new tab)", a toggletip's bubble) can be read. In
//! order: the hook, then each section's heading (only when the article is in
//! the interface's language, which the headings are in), paragraphs, card
//! titles and texts, and points; then, if asked, every key term and its
//! definition in the order the key-terms list shows them.
//!
//! Each [`Block`] is one element of the page ([`Place`]); each [`Sentence`]
//! a range of its block's text, in bytes and in UTF-16 code units: the DOM's
//! text offsets and the speech `boundary` event's `charIndex` count UTF-16.

use std::ops::Range;

use crate::content::anchors::{glossary_ids, section_ids};
use crate::content::markup;
use crate::content::model::{glossary_order, GlossaryEntry, Version};
use crate::reading::sentences::{sentences, word_end};

/// The element of the article page a block of text is, by position in the
/// model (sections and entries by index; ids in [`Plan::section_ids`] and
/// [`Plan::term_ids`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The hook (`p.hook`).
    Hook,
    /// A section's heading.
    Heading { section: usize },
    /// A section's paragraph (`Section::paragraphs` index).
    Paragraph { section: usize, index: usize },
    /// A card's title.
    CardTitle { section: usize, index: usize },
    /// A card's text.
    Card { section: usize, index: usize },
    /// A key point.
    Point { section: usize, index: usize },
    /// A key term (`Article::glossary` index).
    Term { entry: usize },
    /// A key term's definition.
    Definition { entry: usize },
}

/// One element's visible text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub place: Place,
    pub text: String,
}

/// One sentence: a range of its block's text, without surrounding space.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Index into [`Plan::blocks`].
    pub block: usize,
    /// Byte range in the block's text.
    pub bytes: Range<usize>,
    /// The same range in UTF-16 code units.
    pub utf16: Range<usize>,
}

/// What to read besides the article's own text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Options {
    /// Section headings (they are interface text: see [`Options::for_lang`]).
    pub headings: bool,
    /// The key terms and their definitions, after the sections.
    pub key_terms: bool,
}

impl Options {
    /// Headings are read when the article's language is the interface's
    /// (the same primary subtag), so one voice reads everything.
    pub fn for_lang(lang: &str, key_terms: bool) -> Options {
        let ui = crate::reading::voice::primary(crate::wording::UI_LANG);
        Options {
            headings: crate::reading::voice::primary(lang) == ui,
            key_terms,
        }
    }
}

/// Everything "Listen" reads, in order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    pub blocks: Vec<Block>,
    pub sentences: Vec<Sentence>,
    /// Element ids of the sections (`section-…`), by section index.
    pub section_ids: Vec<String>,
    /// Element ids of the key terms (`term-…`), by `Article::glossary` index.
    pub term_ids: Vec<String>,
}

impl Plan {
    /// The plan for one audience version of an article.
    pub fn new(version: &Version, glossary: &[GlossaryEntry], options: Options) -> Plan {
        let mut plan = Plan {
            section_ids: section_ids(&version.sections),
            term_ids: glossary_ids(glossary),
            ..Plan::default()
        };
        plan.push(Place::Hook, markup::plain_text(&version.hook));
        for (s, section) in version.sections.iter().enumerate() {
            if options.headings {
                plan.push(Place::Heading { section: s }, section.heading().to_owned());
            }
            for (index, p) in section.paragraphs.iter().enumerate() {
                plan.push(
                    Place::Paragraph { section: s, index },
                    markup::plain_text(p.text()),
                );
            }
            for (index, card) in section.cards.iter().enumerate() {
                plan.push(Place::CardTitle { section: s, index }, card.title.clone());
                plan.push(
                    Place::Card { section: s, index },
                    markup::plain_text(&card.text),
                );
            }
            for (index, point) in section.points.iter().enumerate() {
                plan.push(
                    Place::Point { section: s, index },
                    markup::plain_text(point),
                );
            }
        }
        if options.key_terms {
            // The key-terms list's order (src/glossary/list.rs).
            for entry in glossary_order(glossary) {
                plan.push(Place::Term { entry }, glossary[entry].term.clone());
                let definition = markup::plain_text(&glossary[entry].definition);
                plan.push(Place::Definition { entry }, definition);
            }
        }
        plan
    }

    fn push(&mut self, place: Place, text: String) {
        let block = self.blocks.len();
        for range in sentences(&text) {
            let piece = &text[range.clone()];
            let lead = piece.len() - piece.trim_start().len();
            let bytes = range.start + lead..range.start + piece.trim_end().len();
            if bytes.is_empty() {
                continue;
            }
            let utf16 = utf16_len(&text[..bytes.start])..utf16_len(&text[..bytes.end]);
            self.sentences.push(Sentence {
                block,
                bytes,
                utf16,
            });
        }
        self.blocks.push(Block { place, text });
    }

    /// The number of sentences.
    pub fn len(&self) -> usize {
        self.sentences.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sentences.is_empty()
    }

    /// The text to speak for sentence `i`.
    pub fn text(&self, i: usize) -> Option<&str> {
        let s = self.sentences.get(i)?;
        self.blocks.get(s.block)?.text.get(s.bytes.clone())
    }

    /// Sentence `i` and its block.
    pub fn sentence(&self, i: usize) -> Option<(&Sentence, &Block)> {
        let s = self.sentences.get(i)?;
        Some((s, self.blocks.get(s.block)?))
    }

    /// The word a `boundary` event names in sentence `i`, as a UTF-16 range
    /// of its block's text: `char_index` counts UTF-16 units from the
    /// sentence's start; without a usable `char_length` the word runs to its
    /// end ([`word_end`]). Clamped to the sentence; `None` past its end.
    pub fn word(
        &self,
        i: usize,
        char_index: usize,
        char_length: Option<usize>,
    ) -> Option<Range<usize>> {
        let (s, block) = self.sentence(i)?;
        let text = block.text.get(s.bytes.clone())?;
        let start = byte_at_utf16(text, char_index)?;
        let end = match char_length.filter(|&n| n > 0) {
            Some(n) => byte_at_utf16(text, char_index + n).unwrap_or(text.len()),
            None => word_end(text, start),
        };
        if end <= start {
            return None;
        }
        let base = s.utf16.start;
        Some(base + utf16_len(&text[..start])..base + utf16_len(&text[..end]))
    }
}

fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// The byte offset of UTF-16 offset `u` in `s` (rounded up to the next
/// character boundary), or `None` when `u` is at or past the end.
fn byte_at_utf16(s: &str, u: usize) -> Option<usize> {
    let mut units = 0;
    for (i, c) in s.char_indices() {
        if units >= u {
            return Some(i);
        }
        units += c.len_utf16();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::{AnchoredParagraph, Card, Paragraph, Section, SectionKind};

    fn version() -> Version {
        Version {
            id: "v".into(),
            audience: "All".into(),
            hook: "Why *now*? Because.".into(),
            sections: vec![
                Section {
                    kind: SectionKind::WhatsGoingOn,
                    heading: None,
                    paragraphs: vec![
                        Paragraph::Plain("See the [U.N.](https://un.org/) site. It helps.".into()),
                        Paragraph::Anchored(AnchoredParagraph {
                            id: "a".into(),
                            text: "**Anchored** one.".into(),
                        }),
                    ],
                    cards: vec![Card {
                        title: "Like a map".into(),
                        text: "A map. Not land.".into(),
                    }],
                    points: vec!["Point.".into()],
                },
                Section {
                    kind: SectionKind::Other,
                    heading: Some("More".into()),
                    paragraphs: vec![],
                    cards: vec![],
                    points: vec!["  ".into(), "Last".into()],
                },
            ],
        }
    }

    fn glossary() -> Vec<GlossaryEntry> {
        ["Zeta", "alpha"]
            .iter()
            .map(|t| GlossaryEntry {
                term: (*t).into(),
                definition: format!("*{t}* means {t}. Really."),
                aliases: vec![],
            })
            .collect()
    }

    fn texts(plan: &Plan) -> Vec<&str> {
        (0..plan.len()).filter_map(|i| plan.text(i)).collect()
    }

    #[test]
    fn reads_the_visible_text_in_page_order() {
        let plan = Plan::new(&version(), &glossary(), Options::for_lang("en-GB", false));
        assert_eq!(
            texts(&plan),
            [
                "Why now?",
                "Because.",
                "What's going on",
                "See the U.N. site.",
                "It helps.",
                "Anchored one.",
                "Like a map",
                "A map.",
                "Not land.",
                "Point.",
                "More",
                "Last"
            ]
        );
        assert_eq!(plan.section_ids, ["section-whats-going-on", "section-more"]);
        assert_eq!(plan.term_ids, ["term-zeta", "term-alpha"]);
        let places: Vec<Place> = plan
            .sentences
            .iter()
            .map(|s| plan.blocks[s.block].place)
            .collect();
        assert_eq!(places[0], Place::Hook);
        assert_eq!(
            places[4],
            Place::Paragraph {
                section: 0,
                index: 0
            }
        );
        assert_eq!(
            places[5],
            Place::Paragraph {
                section: 0,
                index: 1
            }
        );
        assert_eq!(
            places[6],
            Place::CardTitle {
                section: 0,
                index: 0
            }
        );
        assert_eq!(
            places[8],
            Place::Card {
                section: 0,
                index: 0
            }
        );
        assert_eq!(
            places[11],
            Place::Point {
                section: 1,
                index: 1
            }
        );
        // The blank point is a block with no sentence.
        assert!(plan.blocks.iter().any(|b| b.place
            == Place::Point {
                section: 1,
                index: 0
            }));
        // The second sentence's offsets in its block.
        assert_eq!(plan.sentences[1].bytes, 9..17);
        assert_eq!(plan.sentences[1].utf16, 9..17);
    }

    #[test]
    fn headings_only_in_the_interface_language_and_key_terms_on_request() {
        let plan = Plan::new(&version(), &glossary(), Options::for_lang("es", true));
        let t = texts(&plan);
        assert!(!t.contains(&"What's going on") && !t.contains(&"More"));
        assert_eq!(
            &t[t.len() - 6..],
            [
                "alpha",
                "alpha means alpha.",
                "Really.",
                "Zeta",
                "Zeta means Zeta.",
                "Really."
            ]
        );
        let last = plan.sentences.last().map(|s| plan.blocks[s.block].place);
        assert_eq!(last, Some(Place::Definition { entry: 0 }));
        assert_eq!(
            Plan::new(&version(), &[], Options::default()).text(0),
            Some("Why now?")
        );
    }

    #[test]
    fn words_from_boundary_events_in_utf16() {
        let mut v = version();
        v.hook = "Ça va? Le 😀 sourit déjà. 今日は".into();
        let plan = Plan::new(&v, &[], Options::default());
        assert_eq!(
            texts(&plan)[..3],
            ["Ça va?", "Le 😀 sourit déjà.", "今日は"]
        );
        // "sourit": after "Le 😀 " (6 UTF-16 units), 7 from the block start.
        let s = &plan.sentences[1];
        assert_eq!(s.utf16, 7..25);
        assert_eq!(plan.word(1, 6, Some(6)), Some(13..19));
        // No length: to the end of the word.
        assert_eq!(plan.word(1, 13, None), Some(20..24));
        assert_eq!(plan.word(1, 13, Some(0)), Some(20..24));
        // A length past the end is clamped; an index past the end is nothing.
        assert_eq!(plan.word(1, 13, Some(99)), Some(20..25));
        assert_eq!(plan.word(1, 18, Some(1)), None);
        assert_eq!(plan.word(99, 0, None), None);
        // Unspaced script: one character.
        assert_eq!(plan.word(2, 0, None), Some(26..27));
    }
}
