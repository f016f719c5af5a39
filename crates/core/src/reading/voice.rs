//! Which of the device's voices reads an article: the policy, on plain data
//! (the shell copies each `SpeechSynthesisVoice`'s fields into a [`Voice`]).
//!
//! A voice fits the article when its language is the article's `lang`
//! exactly (`en-GB` for `en-GB`), or shares its primary subtag (`en-US` for
//! `en-GB`, `es-MX` for `es`). Among voices that fit equally, a local one
//! (it works offline) comes first, then the browser's default. A voice the
//! reader chose is used whatever its language; with none chosen and none
//! fitting, there is no voice for the article and the shell says so.

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

/// Indexes of `voices` in the order to offer them: those that fit `lang`
/// first (exact, then same primary subtag; local, then default, first
/// within each), then the others, each group in the device's order.
pub fn ordered(voices: &[Voice], lang: &str) -> Vec<usize> {
    crate::reading::plan::order_by(voices.len(), |i| {
        let v = &voices[i];
        let fit = fit(&v.lang, lang);
        // Outside the language, keep the device's order.
        let (local, default) = if fit == Fit::None {
            (false, false)
        } else {
            (v.local, v.default)
        };
        std::cmp::Reverse((fit, local, default))
    })
}

/// Whether any voice fits `lang`.
pub fn has_voice_for(voices: &[Voice], lang: &str) -> bool {
    voices.iter().any(|v| fit(&v.lang, lang) != Fit::None)
}

/// The voice to read `lang` with: the one named `chosen` if the device has
/// it, else the best that fits; `None` when none fits.
pub fn choose(voices: &[Voice], lang: &str, chosen: Option<&str>) -> Option<usize> {
    if let Some(i) = chosen.and_then(|name| voices.iter().position(|v| v.name == name)) {
        return Some(i);
    }
    ordered(voices, lang)
        .first()
        .copied()
        .filter(|&i| fit(&voices[i].lang, lang) != Fit::None)
}

/// What to tell the reader when no voice fits `lang`; `None` when one does.
pub fn missing(voices: &[Voice], lang: &str) -> Option<String> {
    if has_voice_for(voices, lang) {
        None
    } else if voices.is_empty() {
        Some("This device has no voices for reading aloud. You can add one in its speech or language settings.".to_owned())
    } else {
        Some(format!(
            "This device has no voice for this article's language ({lang}). Choose another voice, or add one in the device's speech or language settings."
        ))
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
        assert_eq!(fit("ar", "ar"), Fit::Exact);
        assert_eq!(primary("pt-BR"), "pt");
        assert_eq!(fit(" es_mx ", "es-MX"), Fit::Exact);
        assert_eq!(fit("es-MXX", "es-MX"), Fit::Primary);
    }

    #[test]
    fn exact_then_primary_then_local_then_default() {
        let d = device();
        let names = |lang: &str| -> Vec<&str> {
            ordered(&d, lang)
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
                "Jorge",
                "Amelie"
            ]
        );
        assert_eq!(
            names("en"),
            [
                "Local GB",
                "Local US",
                "Default US",
                "Remote GB",
                "Jorge",
                "Amelie"
            ]
        );
        assert_eq!(names("es")[0], "Jorge");
        assert_eq!(choose(&d, "en-GB", None), Some(2));
        assert_eq!(choose(&d, "fr", None), Some(5));
    }

    #[test]
    fn a_chosen_voice_wins_and_no_fit_means_none() {
        let d = device();
        assert_eq!(choose(&d, "en", Some("Jorge")), Some(4));
        assert_eq!(choose(&d, "en", Some("Gone")), Some(2));
        assert_eq!(choose(&d, "ar", None), None);
        assert!(!has_voice_for(&d, "ar"));
        assert!(has_voice_for(&d, "es-MX"));
        assert_eq!(choose(&d, "ar", Some("Amelie")), Some(5));
        assert_eq!(choose(&[], "en", None), None);
        assert_eq!(missing(&d, "es"), None);
        assert!(missing(&d, "ar")
            .is_some_and(|m| m.contains("no voice for this article's language (ar)")));
        assert!(missing(&[], "en").is_some_and(|m| m.starts_with("This device has no voices")));
        assert!(!has_voice_for(&[], "en"));
    }
}
