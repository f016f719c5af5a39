//! The device's voices for "Listen": the list, which arrives late (or
//! never), the choice the open controls offer, and the note when none can
//! read the article's language. The policy is `gloss_core::reading::voice`.

use gloss_core::reading::voice;

use super::reader::Reader;
use crate::platform::js::{call, construct, field, set_field};
use crate::platform::speech::Speech;

impl Reader {
    /// Takes the device's voices (`settled`: the wait for them is over)
    /// and shows them in the open controls; says so when none can read the
    /// article.
    pub(super) fn voices(&self, settled: bool) {
        let Some(speech) = Speech::get() else {
            return;
        };
        let (voices, handles) = speech.voices();
        let announce = self.with(|s| {
            let was = s.settled;
            s.settled |= settled || !voices.is_empty();
            if !voices.is_empty() {
                s.voices = voices;
                s.handles = handles;
            }
            let Some(panel) = &s.panel else {
                return false;
            };
            let lang = &s.article.lang;
            let selected = voice::choose(&s.voices, lang, s.chosen.as_deref());
            let options: Vec<(String, String, bool)> = voice::matching(&s.voices, lang)
                .into_iter()
                .map(|i| {
                    let v = &s.voices[i];
                    let mut label = v.name.clone();
                    label.push_str(" (");
                    label.push_str(&v.lang);
                    label.push(')');
                    (v.name.clone(), label, selected == Some(i))
                })
                .collect();
            panel.show_voices(&options);
            !was && s.settled
        });
        let note = self.missing();
        self.with(|s| {
            if let Some(panel) = &s.panel {
                panel.show_note(note.as_deref().unwrap_or_default());
            }
        });
        if let Some(note) = note.filter(|_| announce == Some(true)) {
            self.say(&note);
        }
    }

    /// What to say when the device is known to have no voice for the
    /// article's language.
    pub(super) fn missing(&self) -> Option<String> {
        self.with(|s| {
            let missing = voice::missing(
                &s.voices,
                &s.article.lang,
                &s.language,
                crate::i18n::catalogue(),
            );
            missing.filter(|_| s.settled)
        })
        .flatten()
    }
}

/// The language's name in the interface's language ("Arabic" for `ar`),
/// from the browser's `Intl.DisplayNames`; else the tag itself.
pub(super) fn language_name(lang: &str) -> String {
    let name = crate::platform::js::window().and_then(|window| {
        let options = js_sys::Object::new();
        set_field(&options, "type", &"language".into());
        let intl = field(&window, "Intl");
        let names = construct(
            &intl,
            "DisplayNames",
            &[&crate::i18n::current().code().into(), &options],
        )?;
        call(&names, "of", &[&lang.into()])?.as_string()
    });
    name.unwrap_or_else(|| lang.to_owned())
}
