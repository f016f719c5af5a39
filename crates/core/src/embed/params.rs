//! Optional theming of the embed view through URL parameters, validated
//! here so nothing from the address ever reaches CSS unchecked:
//!
//! - `accent=<hex colour>` (`1d4e89`, `%231d4e89`, `#1d4e89` or the short
//!   `#17a`): replaces the accent colour (buttons, highlights) in each colour
//!   scheme where it keeps a contrast of at least 4.5:1 with everything it is
//!   drawn on or under; elsewhere the default accent stays.
//! - `scale=<number>` (0.8 to 1.6, at most two decimals, e.g. `1.25`):
//!   scales every font size.
//!
//! Anything else is ignored. [`Theme::css`] writes the style sheet text from
//! the parsed numbers only, never from the input.

use crate::embed::srgb::LINEAR;
use crate::route::param;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb` (lower case).
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG 2 relative luminance.
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| f64::from(LINEAR[usize::from(c)]);
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }
}

/// WCAG 2 contrast ratio of two colours (1 to 21).
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// Parses `rgb`, `rrggbb`, with or without a leading `#`. Nothing else:
/// no names, no functions, no alpha.
pub fn parse_hex_colour(s: &str) -> Option<Rgb> {
    let hex = s.trim().strip_prefix('#').unwrap_or(s.trim());
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let digit = |i: usize| u8::from_str_radix(hex.get(i..i + 1)?, 16).ok();
    let pair = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
    match hex.len() {
        3 => Some(Rgb(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
        6 => Some(Rgb(pair(0)?, pair(2)?, pair(4)?)),
        _ => None,
    }
}

/// Smallest and largest accepted font scale, in percent.
pub const MIN_SCALE: u16 = 80;
pub const MAX_SCALE: u16 = 160;

/// Parses a font scale such as `1.25` into percent (125): a plain decimal
/// number with at most two decimals, within [`MIN_SCALE`]..=[`MAX_SCALE`].
/// Integer arithmetic only.
pub fn parse_scale(s: &str) -> Option<u16> {
    let s = s.trim();
    let (whole, frac) = match s.split_once('.') {
        Some((_, "")) => return None,
        Some(parts) => parts,
        None => (s, ""),
    };
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || whole.len() > 1 || frac.len() > 2 || !digits(whole) || !digits(frac) {
        return None;
    }
    let whole: u16 = whole.parse().ok()?;
    let frac: u16 = format!("{frac:0<2}").parse().ok()?;
    let percent = whole * 100 + frac;
    (MIN_SCALE..=MAX_SCALE)
        .contains(&percent)
        .then_some(percent)
}

/// Minimum contrast for the accent: it is the text colour of category
/// labels and the background of buttons with text on them.
pub const MIN_CONTRAST: f64 = 4.5;

/// What the accent is drawn against in the light scheme (backgrounds and
/// the button text colour), from style/main.css.
pub const LIGHT_AGAINST: [Rgb; 3] = [
    Rgb(0xff, 0xff, 0xff),
    Rgb(0xfb, 0xfa, 0xf7),
    Rgb(0xf1, 0xee, 0xe7),
];
/// The same for the dark scheme.
pub const DARK_AGAINST: [Rgb; 4] = [
    Rgb(0x14, 0x14, 0x13),
    Rgb(0x1d, 0x1c, 0x1a),
    Rgb(0x27, 0x26, 0x22),
    Rgb(0x0d, 0x1b, 0x2a),
];

fn readable_on(colour: Rgb, against: &[Rgb]) -> bool {
    against.iter().all(|&c| contrast(colour, c) >= MIN_CONTRAST)
}

/// Validated theming parameters of the embed view.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Theme {
    /// The accent for the light scheme, if the requested one is readable there.
    pub accent_light: Option<Rgb>,
    /// The accent for the dark scheme, if the requested one is readable there.
    pub accent_dark: Option<Rgb>,
    /// Font scale in percent (100 = unchanged).
    pub scale: Option<u16>,
}

impl Theme {
    /// Reads `accent` and `scale` from a query string; invalid values are ignored.
    pub fn from_search(search: &str) -> Theme {
        let accent = param(search, "accent").and_then(|s| parse_hex_colour(&s));
        Theme {
            accent_light: accent.filter(|&c| readable_on(c, &LIGHT_AGAINST)),
            accent_dark: accent.filter(|&c| readable_on(c, &DARK_AGAINST)),
            scale: param(search, "scale").and_then(|s| parse_scale(&s)),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.accent_light.is_none() && self.accent_dark.is_none() && self.scale.is_none()
    }

    /// The style sheet for this theme, or `None` when nothing changes. Built
    /// from the parsed numbers only.
    pub fn css(&self) -> Option<String> {
        if self.is_empty() {
            return None;
        }
        let mut css = String::new();
        if let Some(c) = self.accent_light {
            css.push_str(&format!(
                "@media (prefers-color-scheme: light) {{ :root {{ --accent: {}; }} }}\n",
                c.hex()
            ));
        }
        if let Some(c) = self.accent_dark {
            css.push_str(&format!(
                "@media (prefers-color-scheme: dark) {{ :root {{ --accent: {}; }} }}\n",
                c.hex()
            ));
        }
        if let Some(s) = self.scale {
            css.push_str(&format!("html {{ font-size: {s}%; }}\n"));
        }
        Some(css)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours() {
        assert_eq!(parse_hex_colour("1d4e89"), Some(Rgb(0x1d, 0x4e, 0x89)));
        assert_eq!(parse_hex_colour("#1D4E89"), Some(Rgb(0x1d, 0x4e, 0x89)));
        assert_eq!(parse_hex_colour("#17a"), Some(Rgb(0x11, 0x77, 0xaa)));
        assert_eq!(parse_hex_colour(" 1d4e89 "), Some(Rgb(0x1d, 0x4e, 0x89)));
        for bad in [
            "",
            "#",
            "red",
            "#12345",
            "#1234567",
            "12345g",
            "#1d4e89;}",
            "rgb(1,2,3)",
            "#１２３",
            "+12",
            "é1d4e8",
            "##123",
        ] {
            assert_eq!(parse_hex_colour(bad), None, "{bad:?}");
        }
        assert_eq!(Rgb(1, 2, 255).hex(), "#0102ff");
    }

    #[test]
    fn contrast_matches_wcag() {
        let white = Rgb(255, 255, 255);
        let black = Rgb(0, 0, 0);
        assert!((contrast(white, black) - 21.0).abs() < 1e-9);
        assert!((contrast(white, white) - 1.0).abs() < 1e-9);
        // #767676 on white is the classic 4.54:1.
        assert!((contrast(Rgb(0x76, 0x76, 0x76), white) - 4.54).abs() < 0.01);
    }

    #[test]
    fn scales() {
        assert_eq!(parse_scale("1.25"), Some(125));
        assert_eq!(parse_scale("0.8"), Some(80));
        assert_eq!(parse_scale("1.6"), Some(160));
        assert_eq!(parse_scale("1"), Some(100));
        assert_eq!(parse_scale(" 1.05 "), Some(105));
        for bad in [
            "", "0.79", "1.61", "2", "-1", "1e0", "NaN", "inf", "1,2", "1.2.3", "1.234", ".9",
            "1.", "01.2", "+1.2",
        ] {
            assert_eq!(parse_scale(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn theme_from_search() {
        // The default dark-blue accent is readable in light mode only.
        let t = Theme::from_search("?article=x&embed=1&accent=%231d4e89&scale=1.25");
        assert_eq!(t.accent_light, Some(Rgb(0x1d, 0x4e, 0x89)));
        assert_eq!(t.accent_dark, None);
        assert_eq!(t.scale, Some(125));
        // A light colour is readable in dark mode only.
        let t = Theme::from_search("accent=8cb8ee");
        assert_eq!(
            (t.accent_light, t.accent_dark.map(Rgb::hex)),
            (None, Some("#8cb8ee".into()))
        );
        // Too little contrast anywhere: ignored.
        assert!(Theme::from_search("accent=888888").is_empty());
        assert!(Theme::from_search("accent=red&scale=9").is_empty());
        assert!(Theme::from_search("").css().is_none());
    }

    #[test]
    fn css_is_built_from_numbers_only() {
        let t = Theme::from_search("accent=%23005a9c&scale=1.1");
        let css = t.css().unwrap_or_default();
        assert_eq!(
            css,
            "@media (prefers-color-scheme: light) { :root { --accent: #005a9c; } }\nhtml { font-size: 110%; }\n"
        );
        // Hostile input never reaches the sheet.
        for evil in [
            "accent=%231d4e89%3B%7D%20body%7Bdisplay%3Anone",
            "accent=1d4e89</style>",
            "scale=1.2%3B%7D",
            "scale=1.2);x",
        ] {
            let css = Theme::from_search(evil).css().unwrap_or_default();
            assert!(
                !css.contains("display") && !css.contains('<') && !css.contains(");"),
                "{evil}: {css}"
            );
        }
    }
}
