//! The interface's languages, and which one a reader gets: their own
//! choice if they made one, else the first of the browser's preferred
//! languages that Gloss speaks, else English.

use crate::storage::{KeyValue, StorageError};

/// Where the reader's choice of interface language is kept (its code).
pub const STORAGE_KEY: &str = "gloss:ui-lang";

/// A language the interface is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
    Ar,
}

impl Lang {
    /// Every interface language, English (the source) first.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Es, Lang::Ar];

    /// The BCP 47 code (`lang` attributes, storage, URLs).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Ar => "ar",
        }
    }

    /// The writing direction (`dir` attributes).
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            Lang::En | Lang::Es => "ltr",
        }
    }

    /// The language's name in itself, for the switcher.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Ar => "العربية",
        }
    }

    /// The language a BCP 47 tag asks for (`es-MX` → Spanish), ignoring
    /// case; `None` if Gloss does not speak it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Lang::ALL
            .into_iter()
            .find(|l| primary.eq_ignore_ascii_case(l.code()))
    }

    /// The reader's language: their stored `choice` when it names one Gloss
    /// speaks, else the first of `preferred` (`navigator.languages`, most
    /// wanted first) that it speaks, else English.
    pub fn negotiate<'a>(
        choice: Option<&str>,
        preferred: impl IntoIterator<Item = &'a str>,
    ) -> Lang {
        choice
            .and_then(Lang::from_tag)
            .or_else(|| preferred.into_iter().find_map(Lang::from_tag))
            .unwrap_or_default()
    }

    /// The reader's stored choice, if any; storage that cannot be read (or
    /// holds something else) counts as no choice.
    pub fn stored(store: &impl KeyValue) -> Option<Lang> {
        store
            .get(STORAGE_KEY)
            .ok()
            .flatten()
            .and_then(|v| Lang::from_tag(&v))
    }

    /// Keeps `self` as the reader's choice.
    pub fn store(self, store: &impl KeyValue) -> Result<(), StorageError> {
        store.set(STORAGE_KEY, self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_match_by_their_primary_language() {
        assert_eq!(Lang::from_tag("es-MX"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("AR_eg"), Some(Lang::Ar));
        assert_eq!(Lang::from_tag(" en "), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr-CA"), None);
        assert_eq!(Lang::from_tag(""), None);
        assert_eq!(Lang::from_tag("e"), None);
        assert_eq!(Lang::from_tag("<script>"), None);
    }

    #[test]
    fn a_choice_beats_the_browser_and_english_is_last() {
        assert_eq!(Lang::negotiate(Some("ar"), ["es-ES", "en"]), Lang::Ar);
        assert_eq!(Lang::negotiate(None, ["fr-FR", "es-ES", "en"]), Lang::Es);
        assert_eq!(Lang::negotiate(Some("klingon"), ["ar-EG"]), Lang::Ar);
        assert_eq!(Lang::negotiate(None, ["fr", "de"]), Lang::En);
        assert_eq!(Lang::negotiate(None, []), Lang::En);
    }

    #[test]
    fn the_choice_is_kept_and_broken_storage_is_no_choice() {
        use crate::storage::MemoryStorage;
        let store = MemoryStorage::new();
        assert_eq!(Lang::stored(&store), None);
        Lang::Ar.store(&store).expect("memory storage works");
        assert_eq!(Lang::stored(&store), Some(Lang::Ar));
        store.set(STORAGE_KEY, "tlh").expect("memory storage works");
        assert_eq!(Lang::stored(&store), None);
        assert!(Lang::Es.store(&MemoryStorage::blocked()).is_err());
        assert_eq!(Lang::stored(&MemoryStorage::blocked()), None);
    }

    #[test]
    fn codes_round_trip_and_only_arabic_is_right_to_left() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_tag(l.code()), Some(l));
            assert_eq!(l.dir() == "rtl", l == Lang::Ar);
        }
    }
}
