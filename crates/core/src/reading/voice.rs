//! Which of the device's voices reads an article: the policy, on plain data
//! (the shell copies each `SpeechSynthesisVoice`'s fields into a [`Voice`]).
//!
//! Only voices that can read the article's language are offered: its
//! `lang` exactly (`en-GB` for `en-GB`), or the same primary subtag
//! (`en-US` for `en-GB`, `es-MX` for `es`), in that order; within each, a
//! local voice (it works offline) comes first, then the browser's default,
//! then the device's order. A voice in another language would read the
//! text with the wrong sounds, so with none that fits there is no voice for
//! the article, and the shell says so ([`missing`]).

/// One of the device's voices.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Voice {
    pub name: String,
    /// BCP 47 tag as the device reports it (`en-US`, sometimes `en_US`).
    pub lang: String,
    /// `localService`: it speaks without the network.
    pub local: bool,
    /// The browser's default voice.
    pub default: bool,
}

/// How well a voice's language fits the text's, worst first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fit {
    None,
    Primary,
    Exact,
}

/// The primary language subtag, lowercase (`pt` of `pt-BR`, `en` of `en_US`).
pub fn primary(lang: &str) -> String {
    lang.split(['-', '_'])
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// How `voice_lang` fits text in `lang`.
pub fn fit(voice_lang: &str, lang: &str) -> Fit {
    let norm = |b: u8| {
        if b == b'_' {
            b'-'
        } else {
            b.to_ascii_lowercase()
        }
    };
    let (a, b) = (voice_lang.trim(), lang.trim());
    if primary(lang).is_empty() {
        Fit::None
    } else if a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| norm(x) == norm(y)) {
        Fit::Exact
    } else if primary(voice_lang) == primary(lang) {
        Fit::Primary
    } else {
        Fit::None
    }
}

/// Indexes of the voices that can read `lang`, best first (see the module
/// docs). Empty when none can.
pub fn matching(voices: &[Voice], lang: &str) -> Vec<usize> {
    // 4..=11 for a voice that fits: fit, then local, then default.
    let rank =
        |v: &Voice| fit(&v.lang, lang) as u8 * 4 + u8::from(v.local) * 2 + u8::from(v.default);
    let ranks: Vec<u8> = voices.iter().map(rank).collect();
    let mut out = Vec::new();
    for r in (4..=11).rev() {
        out.extend((0..voices.len()).filter(|&i| ranks[i] == r));
    }
    out
}

/// The voice to read `lang` with: the one named `chosen` if it can, else
/// the best that can; `None` when none can.
pub fn choose(voices: &[Voice], lang: &str, chosen: Option<&str>) -> Option<usize> {
    let fits = matching(voices, lang);
    fits.iter()
        .copied()
        .find(|&i| Some(voices[i].name.as_str()) == chosen)
        .or(fits.first().copied())
}

/// What to tell the reader, in `words`, when no voice can read `lang`
/// (`language` is its name for the reader, e.g. "Arabic"); `None` when one
/// can.
pub fn missing(
    voices: &[Voice],
    lang: &str,
    language: &str,
    words: crate::i18n::Catalogue,
) -> Option<String> {
    use crate::i18n::Msg;
    if !matching(voices, lang).is_empty() {
        None
    } else if voices.is_empty() {
        Some(words.text(Msg::NoVoices).into_owned())
    } else {
        Some(
            words
                .format(
                    Msg::NoVoiceFor,
                    &[("language", crate::i18n::Arg::Raw(language))],
                )
                .into_owned(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(name: &str, lang: &str, local: bool, default: bool) -> Voice {
        Voice {
            name: name.into(),
            lang: lang.into(),
            local,
            default,
        }
    }

    fn device() -> Vec<Voice> {
        vec![
            v("Default US", "en-US", false, true),
            v("Remote GB", "en-GB", false, false),
            v("Local GB", "en_GB", true, false),
            v("Local US", "en-US", true, false),
            v("Jorge", "es-ES", true, false),
            v("Amelie", "fr-CA", false, false),
            v("Remote US", "en-US", false, false),
        ]
    }

    #[test]
    fn language_fit() {
        assert_eq!(fit("en-GB", "en-GB"), Fit::Exact);
        assert_eq!(fit("en_gb", "EN-GB"), Fit::Exact);
        assert_eq!(fit("en-US", "en-GB"), Fit::Primary);
        assert_eq!(fit("en-US", "en"), Fit::Primary);
        assert_eq!(fit("es-ES", "en"), Fit::None);
        assert_eq!(fit("", ""), Fit::None);
        assert_eq!(fit("en", ""), Fit::None);
        assert_eq!(fit("ar", "ar"), Fit::Exact);
        assert_eq!(primary("pt-BR"), "pt");
        assert_eq!(fit(" es_mx ", "es-MX"), Fit::Exact);
        assert_eq!(fit("es-MXX", "es-MX"), Fit::Primary);
    }

    #[test]
    fn only_voices_of_the_language_exact_then_local_then_default() {
        let d = device();
        let names = |lang: &str| -> Vec<&str> {
            matching(&d, lang)
                .into_iter()
                .map(|i| d[i].name.as_str())
                .collect()
        };
        assert_eq!(
            names("en-GB"),
            [
                "Local GB",
                "Remote GB",
                "Local US",
                "Default US",
                "Remote US"
            ]
        );
        assert_eq!(
            names("en"),
            [
                "Local GB",
                "Local US",
                "Default US",
                "Remote GB",
                "Remote US"
            ]
        );
        assert_eq!(names("es-MX"), ["Jorge"]);
        assert_eq!(names("ar"), Vec::<&str>::new());
        assert_eq!(matching(&[], "en"), Vec::<usize>::new());
    }

    #[test]
    fn a_chosen_voice_of_the_language_wins() {
        let d = device();
        assert_eq!(choose(&d, "en-GB", None), Some(2));
        assert_eq!(choose(&d, "en", Some("Remote US")), Some(6));
        // Gone from the device, or of another language: the best instead.
        assert_eq!(choose(&d, "en", Some("Gone")), Some(2));
        assert_eq!(choose(&d, "en", Some("Jorge")), Some(2));
        assert_eq!(choose(&d, "fr", Some("Amelie")), Some(5));
        assert_eq!(choose(&d, "ar", None), None);
        assert_eq!(choose(&d, "ar", Some("Amelie")), None);
        assert_eq!(choose(&[], "en", None), None);
    }

    #[test]
    fn says_so_when_no_voice_can_read_the_language() {
        let d = device();
        let en = crate::i18n::Catalogue::ENGLISH;
        assert_eq!(missing(&d, "es", "Spanish", en), None);
        assert_eq!(
            missing(&d, "ar", "Arabic", en).as_deref(),
            Some("This device has no voice for Arabic, the language of this article. One can be added in its speech or language settings.")
        );
        assert!(missing(&[], "en", "English", en)
            .is_some_and(|m| m.starts_with("This device has no voices for reading aloud.")));
    }
}
