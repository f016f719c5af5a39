//! The content model: what authors write, as Rust types.
//!
//! Every type here is deserialized with `deny_unknown_fields`, so a typo in a
//! field name is reported with its path instead of being silently ignored.

use serde::{Deserialize, Serialize};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// The content format version this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// `content/index.json`: the list of articles shown on the index page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Index {
    /// Content format version; must be 1.
    pub format: u32,
    /// One entry per article, newest first by convention.
    pub articles: Vec<IndexEntry>,
}

/// One article as listed in the index.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IndexEntry {
    /// Slug of the article; its file is `articles/<id>.json`.
    pub id: String,
    pub title: String,
    pub category: String,
    /// Publication date, `YYYY-MM-DD`.
    pub published: String,
    pub summary: String,
    /// Estimated reading time of the first audience version, in minutes.
    pub reading_minutes: u32,
    /// BCP 47 language tag of the article.
    #[serde(default = "default_lang")]
    pub lang: String,
    #[serde(default)]
    pub dir: TextDirection,
}

/// `content/articles/<id>.json`: one explained-news article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// Content format version; must be 1.
    pub format: u32,
    /// Stable slug: lowercase letters, digits and hyphens; equals the file name.
    pub id: String,
    pub title: String,
    pub category: String,
    /// Publication date, `YYYY-MM-DD`.
    pub published: String,
    /// One or two sentences for the index card and the page description.
    pub summary: String,
    /// BCP 47 language tag, e.g. `en` or `pt-BR`.
    #[serde(default = "default_lang")]
    pub lang: String,
    #[serde(default)]
    pub dir: TextDirection,
    /// The original reporting this article explains.
    pub source: Source,
    #[serde(default)]
    pub attachments: Vec<Attachment>,
    /// One or more explanations of the story, each for an audience.
    pub versions: Vec<Version>,
    #[serde(default)]
    pub glossary: Vec<GlossaryEntry>,
    /// Whether every occurrence of a term becomes a toggletip, or only the
    /// first one in each section (the default).
    #[serde(default)]
    pub glossary_links: GlossaryLinks,
    #[serde(default)]
    pub quiz: Option<Quiz>,
}

fn default_lang() -> String {
    "en".to_owned()
}

/// Writing direction of the article's text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum TextDirection {
    #[default]
    Ltr,
    Rtl,
}

impl TextDirection {
    pub fn as_str(self) -> &'static str {
        match self {
            TextDirection::Ltr => "ltr",
            TextDirection::Rtl => "rtl",
        }
    }
}

/// Which occurrences of a glossary term become toggletips.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum GlossaryLinks {
    /// The first occurrence of each term in each section.
    #[default]
    FirstPerSection,
    /// Every occurrence.
    Every,
}

/// The original reporting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub publisher: String,
    pub title: String,
    /// Must be an `https:` URL.
    pub url: String,
}

/// A file or media item that goes with the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Attachment {
    pub kind: AttachmentKind,
    pub label: String,
    /// Must be an `https:` URL.
    pub url: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum AttachmentKind {
    Pdf,
    Video,
    Audio,
    Link,
}

impl AttachmentKind {
    /// Short label shown before the attachment's own label.
    pub fn label(self) -> &'static str {
        match self {
            AttachmentKind::Pdf => "PDF",
            AttachmentKind::Video => "Video",
            AttachmentKind::Audio => "Audio",
            AttachmentKind::Link => "Link",
        }
    }
}

/// The explanation written for one audience.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Version {
    /// Slug, unique within the article (used in the URL).
    pub id: String,
    /// Who it is written for, e.g. "Ages 14–18".
    pub audience: String,
    /// The opening question that pulls the reader in (inline markup).
    pub hook: String,
    /// The body, in reading order.
    pub sections: Vec<Section>,
}

/// A section of an explanation. The standard kinds get a standard heading;
/// `other` sections must name their own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub kind: SectionKind,
    /// Overrides the standard heading of the kind; required for `other`.
    #[serde(default)]
    pub heading: Option<String>,
    #[serde(default)]
    pub paragraphs: Vec<Paragraph>,
    /// Parallel or analogy cards ("think of it like…").
    #[serde(default)]
    pub cards: Vec<Card>,
    /// A list of key points (inline markup each).
    #[serde(default)]
    pub points: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    WhatsGoingOn,
    HowToThink,
    KeyPoints,
    WhyItMatters,
    BiggerPicture,
    Other,
}

impl SectionKind {
    /// The heading shown when the author gives none.
    pub fn default_heading(self) -> Option<&'static str> {
        match self {
            SectionKind::WhatsGoingOn => Some("What's going on"),
            SectionKind::HowToThink => Some("How to think about it"),
            SectionKind::KeyPoints => Some("Key things to know"),
            SectionKind::WhyItMatters => Some("Why it matters"),
            SectionKind::BiggerPicture => Some("The bigger picture"),
            SectionKind::Other => None,
        }
    }

    /// Stable slug used in element ids.
    pub fn slug(self) -> &'static str {
        match self {
            SectionKind::WhatsGoingOn => "whats-going-on",
            SectionKind::HowToThink => "how-to-think",
            SectionKind::KeyPoints => "key-points",
            SectionKind::WhyItMatters => "why-it-matters",
            SectionKind::BiggerPicture => "bigger-picture",
            SectionKind::Other => "section",
        }
    }
}

impl Section {
    /// The heading to display.
    pub fn heading(&self) -> &str {
        self.heading
            .as_deref()
            .or(self.kind.default_heading())
            .unwrap_or("")
    }
}

/// A paragraph: either plain text, or text with an anchor id that quiz
/// questions can cite as evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(untagged)]
pub enum Paragraph {
    Plain(String),
    Anchored(AnchoredParagraph),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AnchoredParagraph {
    /// Slug, unique within the version; cited by `quiz.questions[].evidence`.
    pub id: String,
    pub text: String,
}

impl Paragraph {
    pub fn text(&self) -> &str {
        match self {
            Paragraph::Plain(t) => t,
            Paragraph::Anchored(a) => &a.text,
        }
    }
    pub fn anchor(&self) -> Option<&str> {
        match self {
            Paragraph::Plain(_) => None,
            Paragraph::Anchored(a) => Some(&a.id),
        }
    }
}

/// A parallel or analogy card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Card {
    pub title: String,
    /// Inline markup.
    pub text: String,
}

/// A key term and what it means.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    pub term: String,
    /// Inline markup.
    pub definition: String,
    /// Other spellings and inflections that should match in the text.
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// A reading-comprehension quiz.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Quiz {
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Slug, unique within the quiz.
    pub id: String,
    pub kind: QuestionKind,
    /// Inline markup.
    pub prompt: String,
    pub choices: Vec<Choice>,
    /// Zero-based indexes of the correct choices: exactly one for `single`
    /// and `true_false`, one or more for `multiple`.
    pub answer: Vec<usize>,
    /// Shown after answering, whatever was chosen (inline markup).
    #[serde(default)]
    pub explanation: Option<String>,
    /// Anchor id of the paragraph that holds the evidence.
    #[serde(default)]
    pub evidence: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    Single,
    Multiple,
    TrueFalse,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Inline markup.
    pub text: String,
    /// Why this choice is right or wrong (inline markup).
    #[serde(default)]
    pub explanation: Option<String>,
}

impl Article {
    /// The version with this id, or the first one.
    pub fn version(&self, id: Option<&str>) -> Option<&Version> {
        id.and_then(|id| self.versions.iter().find(|v| v.id == id))
            .or_else(|| self.versions.first())
    }

    /// The entry this article contributes to the index.
    pub fn index_entry(&self) -> IndexEntry {
        IndexEntry {
            id: self.id.clone(),
            title: self.title.clone(),
            category: self.category.clone(),
            published: self.published.clone(),
            summary: self.summary.clone(),
            reading_minutes: self
                .versions
                .first()
                .map(crate::content::reading::reading_minutes)
                .unwrap_or(1),
            lang: self.lang.clone(),
            dir: self.dir,
        }
    }

    /// Glossary entries sorted alphabetically (case-insensitive) by term.
    pub fn glossary_sorted(&self) -> Vec<&GlossaryEntry> {
        glossary_order(&self.glossary)
            .into_iter()
            .map(|i| &self.glossary[i])
            .collect()
    }
}

/// Indexes of `glossary` in the order the key terms are listed:
/// alphabetically by term, without case, stably. The one sort of the key
/// terms: the list and "Listen" read them in this order.
pub fn glossary_order(glossary: &[GlossaryEntry]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..glossary.len()).collect();
    crate::sort::sort_by_key(&mut order, |&i| glossary[i].term.to_lowercase());
    order
}
