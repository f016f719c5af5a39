//! The reader's display settings ("reading comfort"): text size, line
//! spacing, letter and word spacing, font and theme.
//!
//! Each setting is one `data-*` attribute on `<html>`, which the stylesheet
//! turns into CSS (`style/main.css`, "Reading comfort"). The default of each
//! is no attribute at all, so a page rendered at build time is already in
//! the default state. The settings are stored as one small JSON object of
//! strings under [`STORAGE_KEY`]; the inline boot script of `index.html`
//! copies its fields to `<html>` before the first paint (only names and
//! values that look like the ones below: anything else is ignored there and
//! here).

use crate::i18n::Msg;
use crate::storage::{KeyValue, StorageError};

/// Where the settings live in `localStorage`.
pub const STORAGE_KEY: &str = "gloss:reading";

/// One setting: a closed set of choices, each with the attribute value the
/// stylesheet knows and a label for the settings panel.
pub trait Choice: Copy + PartialEq + Default + Send + Sync + 'static {
    /// The field in storage, and the attribute `data-<NAME>` on `<html>`.
    const NAME: &'static str;
    /// What the group of choices is called in the panel.
    const LEGEND: Msg;
    /// Every choice, the default first.
    const ALL: &'static [Self];
    /// The attribute value (and stored value).
    fn value(self) -> &'static str;
    /// The label shown next to the choice.
    fn label(self) -> Msg;
    /// The choice stored as `value`, if it is one.
    fn from_value(value: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.value() == value)
    }
}

macro_rules! choice {
    ($(#[$doc:meta])* $name:ident, $field:literal, $legend:ident,
     $($variant:ident = $value:literal, $label:ident;)+) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
        pub enum $name {
            #[default]
            $($variant,)+
        }
        impl Choice for $name {
            const NAME: &'static str = $field;
            const LEGEND: Msg = Msg::$legend;
            const ALL: &'static [Self] = &[$(Self::$variant,)+];
            fn value(self) -> &'static str {
                match self { $(Self::$variant => $value,)+ }
            }
            fn label(self) -> Msg {
                match self { $(Self::$variant => Msg::$label,)+ }
            }
        }
    };
}

choice! {
    /// Text size, as a share of the browser's own size (which it multiplies:
    /// a reader who already set a large size in the browser keeps it).
    TextSize, "size", SettingSize,
    Normal = "100", Size100;
    Larger = "125", Size125;
    Large = "150", Size150;
    Huge = "175", Size175;
    Double = "200", Size200;
}

choice! {
    /// Space between lines (and between paragraphs at the widest).
    LineSpacing, "line", SettingLine,
    Normal = "normal", ChoiceNormal;
    Wide = "wide", ChoiceWide;
    Wider = "wider", ChoiceWider;
}

choice! {
    /// Space between letters and words; the widest is WCAG 1.4.12's
    /// (0.12 em between letters, 0.16 em between words).
    Spacing, "spacing", SettingSpacing,
    Normal = "normal", ChoiceNormal;
    Wide = "wide", ChoiceWide;
    Wider = "wider", ChoiceWider;
}

choice! {
    /// The typeface: the device's own fonts only (nothing to download).
    Font, "font", SettingFont,
    Default = "default", FontDefault;
    Serif = "serif", FontSerif;
    Readable = "readable", FontReadable;
}

choice! {
    /// Colours. "System" follows the device's light or dark setting.
    Theme, "theme", SettingTheme,
    System = "system", ThemeSystem;
    Light = "light", ThemeLight;
    Dark = "dark", ThemeDark;
    Sepia = "sepia", ThemeSepia;
    Contrast = "contrast", ThemeContrast;
}

/// Every display setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Settings {
    pub size: TextSize,
    pub line: LineSpacing,
    pub spacing: Spacing,
    pub font: Font,
    pub theme: Theme,
}

/// One setting as plain data, for a settings panel that is written once for
/// every setting (one generic view per setting would cost bytes in the
/// reader's WebAssembly).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub name: &'static str,
    pub legend: Msg,
    /// Value and label of each choice, the default first.
    pub choices: Vec<(&'static str, Msg)>,
}

fn group<C: Choice>() -> Group {
    Group {
        name: C::NAME,
        legend: C::LEGEND,
        choices: C::ALL.iter().map(|c| (c.value(), c.label())).collect(),
    }
}

/// Every setting, in the panel's order.
pub fn groups() -> [Group; 5] {
    [
        group::<TextSize>(),
        group::<LineSpacing>(),
        group::<Spacing>(),
        group::<Font>(),
        group::<Theme>(),
    ]
}

/// What [`Settings::load`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub settings: Settings,
    /// Storage could not be read: changes will last only while the page is
    /// open (the panel says so).
    pub unavailable: Option<StorageError>,
}

impl Settings {
    /// The settings in `text`, as stored. Lenient by design: a field that is
    /// missing, of the wrong type or unknown keeps its default, and text that
    /// is not a JSON object gives the defaults (these are preferences; there
    /// is nothing to rescue).
    pub fn parse(text: &str) -> Settings {
        let Ok(serde_json::Value::Object(map)) = serde_json::from_str(text) else {
            return Settings::default();
        };
        fn field<C: Choice>(map: &serde_json::Map<String, serde_json::Value>) -> C {
            map.get(C::NAME)
                .and_then(|v| v.as_str())
                .and_then(C::from_value)
                .unwrap_or_default()
        }
        Settings {
            size: field(&map),
            line: field(&map),
            spacing: field(&map),
            font: field(&map),
            theme: field(&map),
        }
    }

    /// The `data-*` attributes of `<html>`: name and value, `None` for a
    /// default (no attribute).
    pub fn attributes(&self) -> [(&'static str, Option<&'static str>); 5] {
        fn pair<C: Choice>(c: C) -> (&'static str, Option<&'static str>) {
            (C::NAME, (c != C::default()).then(|| c.value()))
        }
        [
            pair(self.size),
            pair(self.line),
            pair(self.spacing),
            pair(self.font),
            pair(self.theme),
        ]
    }

    /// The value of the setting called `name` (see [`groups`]).
    pub fn value(&self, name: &str) -> Option<&'static str> {
        match name {
            TextSize::NAME => Some(self.size.value()),
            LineSpacing::NAME => Some(self.line.value()),
            Spacing::NAME => Some(self.spacing.value()),
            Font::NAME => Some(self.font.value()),
            Theme::NAME => Some(self.theme.value()),
            _ => None,
        }
    }

    /// Sets the setting called `name` to the choice stored as `value`;
    /// anything unknown changes nothing.
    pub fn set_value(&mut self, name: &str, value: &str) {
        fn put<C: Choice>(slot: &mut C, value: &str) {
            if let Some(c) = C::from_value(value) {
                *slot = c;
            }
        }
        match name {
            TextSize::NAME => put(&mut self.size, value),
            LineSpacing::NAME => put(&mut self.line, value),
            Spacing::NAME => put(&mut self.spacing, value),
            Font::NAME => put(&mut self.font, value),
            Theme::NAME => put(&mut self.theme, value),
            _ => {}
        }
    }

    /// The stored form: the fields that are not the default, and a version.
    pub fn to_json(&self) -> String {
        let mut map = serde_json::Map::new();
        map.insert("v".to_owned(), 1.into());
        for (name, value) in self.attributes() {
            if let Some(value) = value {
                map.insert(name.to_owned(), value.into());
            }
        }
        serde_json::Value::Object(map).to_string()
    }

    /// The settings kept in `store` (defaults when none are, or when the
    /// storage cannot be read).
    pub fn load(store: &impl KeyValue) -> Loaded {
        match store.get(STORAGE_KEY) {
            Ok(text) => Loaded {
                settings: text.as_deref().map(Settings::parse).unwrap_or_default(),
                unavailable: None,
            },
            Err(e) => Loaded {
                settings: Settings::default(),
                unavailable: Some(e),
            },
        }
    }

    /// Keeps these settings in `store`; the defaults remove the key.
    pub fn save(&self, store: &impl KeyValue) -> Result<(), StorageError> {
        if *self == Settings::default() {
            store.remove(STORAGE_KEY)
        } else {
            store.set(STORAGE_KEY, &self.to_json())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::MemoryStorage;

    fn sample() -> Settings {
        Settings {
            size: TextSize::Double,
            line: LineSpacing::Wider,
            spacing: Spacing::Wider,
            font: Font::Readable,
            theme: Theme::Contrast,
        }
    }

    #[test]
    fn defaults_are_no_attributes_and_store_nothing() {
        let d = Settings::default();
        assert!(d.attributes().iter().all(|(_, v)| v.is_none()));
        let store = MemoryStorage::new();
        store.set(STORAGE_KEY, "{\"size\":\"150\"}").unwrap();
        d.save(&store).unwrap();
        assert_eq!(store.get(STORAGE_KEY).unwrap(), None);
    }

    #[test]
    fn round_trips_through_storage() {
        let store = MemoryStorage::new();
        sample().save(&store).unwrap();
        let text = store.get(STORAGE_KEY).unwrap().unwrap();
        assert_eq!(
            text,
            r#"{"font":"readable","line":"wider","size":"200","spacing":"wider","theme":"contrast","v":1}"#
        );
        assert_eq!(
            Settings::load(&store),
            Loaded {
                settings: sample(),
                unavailable: None
            }
        );
    }

    #[test]
    fn attributes_name_the_stylesheet_hooks() {
        let attrs = sample().attributes();
        assert_eq!(
            attrs,
            [
                ("size", Some("200")),
                ("line", Some("wider")),
                ("spacing", Some("wider")),
                ("font", Some("readable")),
                ("theme", Some("contrast")),
            ]
        );
    }

    #[test]
    fn stored_values_the_boot_script_accepts_are_the_only_ones_written() {
        // The boot script in index.html copies a field only when its value
        // matches /^[a-z0-9]{1,9}$/: every value must.
        fn check<C: Choice>() {
            for c in C::ALL {
                let v = c.value();
                assert!(
                    (1..=9).contains(&v.len())
                        && v.bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()),
                    "{}={v}",
                    C::NAME
                );
            }
        }
        check::<TextSize>();
        check::<LineSpacing>();
        check::<Spacing>();
        check::<Font>();
        check::<Theme>();
    }

    #[test]
    fn bad_stored_text_gives_defaults_field_by_field() {
        for text in ["", "null", "[]", "\"dark\"", "{", "{\"v\":1,\"size\":200}"] {
            assert_eq!(Settings::parse(text), Settings::default(), "{text}");
        }
        let s = Settings::parse(
            r#"{"size":"999","line":"wide","theme":"neon","font":{"x":1},"spacing":"wider","extra":"x"}"#,
        );
        assert_eq!(
            s,
            Settings {
                line: LineSpacing::Wide,
                spacing: Spacing::Wider,
                ..Settings::default()
            }
        );
    }

    #[test]
    fn blocked_storage_gives_defaults_and_says_so() {
        let loaded = Settings::load(&MemoryStorage::blocked());
        assert_eq!(loaded.settings, Settings::default());
        assert!(matches!(loaded.unavailable, Some(StorageError::Blocked(_))));
        assert!(sample().save(&MemoryStorage::blocked()).is_err());
    }

    #[test]
    fn full_storage_fails_the_save_and_keeps_the_old_value() {
        let store = MemoryStorage::new();
        store.set(STORAGE_KEY, r#"{"v":1,"size":"125"}"#).unwrap();
        store.set_quota(Some(40));
        assert!(matches!(sample().save(&store), Err(StorageError::Quota(_))));
        assert_eq!(Settings::load(&store).settings.size, TextSize::Larger);
    }

    #[test]
    fn groups_read_and_write_every_setting_by_name() {
        let mut s = Settings::default();
        for g in groups() {
            assert_eq!(
                s.value(g.name),
                Some(g.choices[0].0),
                "{} starts at its default",
                g.name
            );
            let (last, _) = *g.choices.last().unwrap();
            s.set_value(g.name, last);
            assert_eq!(s.value(g.name), Some(last));
            s.set_value(g.name, "no-such-value");
            assert_eq!(s.value(g.name), Some(last), "unknown values change nothing");
        }
        assert_eq!(s, sample());
        assert_eq!(s.value("colour"), None);
        s.set_value("colour", "dark");
        assert_eq!(s, sample());
    }

    #[test]
    fn every_choice_parses_back_from_its_value() {
        fn check<C: Choice + std::fmt::Debug>() {
            assert_eq!(C::ALL[0], C::default());
            for c in C::ALL {
                assert_eq!(C::from_value(c.value()), Some(*c));
                assert!(!crate::i18n::text(crate::i18n::Lang::En, c.label()).is_empty());
            }
        }
        check::<TextSize>();
        check::<LineSpacing>();
        check::<Spacing>();
        check::<Font>();
        check::<Theme>();
    }
}
