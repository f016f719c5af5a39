//! Case and punctuation folding with an offset map, and word boundaries.

// ---------------------------------------------------------------------------
// Folding and word boundaries.

/// The folding applied to both patterns and text before matching (see the
/// module docs): simple lowercase, `ς`→`σ`, `‘ ’`→`'`, `“ ”`→`"`,
/// U+2010/U+2011→`-`, whitespace runs → one space. Patterns are also trimmed.
pub fn fold(s: &str) -> String {
    Folded::new(s).text
}

/// A folded copy of a text and the way back to the original.
pub(super) struct Folded {
    pub(super) text: String,
    /// For each byte offset of `text`, and one past its end: the byte offset
    /// in the original of the character whose folding starts there, or
    /// [`NOT_ALIGNED`] if none starts there (inside a multi-byte character or
    /// a multi-character folding like `İ`→`i̇`). `None` while folding keeps
    /// every character's byte length, so offsets are the same in both.
    pub(super) map: Option<Vec<usize>>,
}

pub(super) const NOT_ALIGNED: usize = usize::MAX;

impl Folded {
    pub(super) fn new(src: &str) -> Folded {
        let mut text = String::with_capacity(src.len());
        let mut map: Option<Vec<usize>> = None;
        let mut in_space = false;
        for (o, c) in src.char_indices() {
            let before = text.len();
            let same_length = if c.is_whitespace() {
                if in_space {
                    // Collapsed into the previous space: no folded bytes.
                    if map.is_none() {
                        map = Some(identity_map(src, before));
                    }
                    continue;
                }
                in_space = true;
                text.push(' ');
                c.len_utf8() == 1
            } else {
                in_space = false;
                fold_char(c, &mut text)
            };
            if !same_length && map.is_none() {
                map = Some(identity_map(src, before));
            }
            if let Some(m) = &mut map {
                m.push(o);
                m.resize(text.len(), NOT_ALIGNED);
            }
        }
        if let Some(m) = &mut map {
            m.push(src.len());
        }
        Folded { text, map }
    }

    /// The original byte offset of folded offset `f`, if a character of the
    /// original starts (or the text ends) exactly there.
    pub(super) fn original(&self, f: usize) -> Option<usize> {
        match &self.map {
            None => self.text.is_char_boundary(f).then_some(f),
            Some(m) => m.get(f).copied().filter(|&o| o != NOT_ALIGNED),
        }
    }
}

/// The map for a prefix of `len` bytes that folded to the same offsets.
pub(super) fn identity_map(src: &str, len: usize) -> Vec<usize> {
    let mut m = Vec::with_capacity(src.len() + 1);
    m.extend((0..len).map(|i| {
        if src.is_char_boundary(i) {
            i
        } else {
            NOT_ALIGNED
        }
    }));
    m
}

/// Pushes the folding of one non-whitespace character; true when it is one
/// character of the same UTF-8 length.
pub(super) fn fold_char(c: char, out: &mut String) -> bool {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return true;
    }
    let special = match c {
        '\u{2018}' | '\u{2019}' => Some('\''),
        '\u{201C}' | '\u{201D}' => Some('"'),
        '\u{2010}' | '\u{2011}' => Some('-'),
        'ς' => Some('σ'),
        _ => None,
    };
    if let Some(s) = special {
        out.push(s);
        return s.len_utf8() == c.len_utf8();
    }
    let start = out.len();
    let mut count = 0;
    for l in c.to_lowercase() {
        out.push(l);
        count += 1;
    }
    count == 1 && out.len() - start == c.len_utf8()
}

/// Letters, digits, combining marks and zero-width (non-)joiners: the
/// characters that glue a match to its surroundings.
pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c,
            '\u{0300}'..='\u{036F}' // combining diacritical marks
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}'
            | '\u{200C}' | '\u{200D}')
}

/// Characters of scripts written without spaces between words.
pub(crate) fn is_unspaced(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}' // Thai, Lao
        | '\u{1000}'..='\u{109F}' // Myanmar
        | '\u{1780}'..='\u{17FF}' // Khmer
        | '\u{3040}'..='\u{30FF}' // Hiragana, Katakana
        | '\u{31F0}'..='\u{31FF}'
        | '\u{3400}'..='\u{4DBF}' // CJK
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF66}'..='\u{FF9F}'
        | '\u{20000}'..='\u{3FFFF}')
}

#[derive(Clone, Copy)]
pub(super) enum Side {
    Start,
    End,
}

/// Whether a match may start (or end) at byte `at` of `text`: the character
/// outside the match is absent or not a word character, or one of the two
/// characters there belongs to an unspaced script.
pub(super) fn boundary_at(text: &str, at: usize, side: Side) -> bool {
    let (Some(before), Some(after)) = (text.get(..at), text.get(at..)) else {
        return false;
    };
    let prev = before.chars().next_back();
    let next = after.chars().next();
    let (outside, inside) = match side {
        Side::Start => (prev, next),
        Side::End => (next, prev),
    };
    match outside {
        None => true,
        Some(o) => !is_word_char(o) || is_unspaced(o) || inside.is_some_and(is_unspaced),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_offsets_when_lengths_match() {
        let f = Folded::new("Émission d’API");
        assert_eq!(f.text, "émission d'api");
        // ’ (3 bytes) → ' (1 byte): a map is needed.
        let Some(map) = &f.map else {
            panic!("expected a map")
        };
        assert_eq!(map.len(), f.text.len() + 1);
        assert_eq!(f.original(f.text.len()), Some("Émission d’API".len()));
        let g = Folded::new("ÉMISSION Δ");
        assert!(g.map.is_none());
        assert_eq!(g.original(1), None);
        assert_eq!(g.original(2), Some(2));
    }

    #[test]
    fn folding_expansions_are_not_aligned_inside() {
        let f = Folded::new("İx");
        assert_eq!(f.text, "i\u{307}x");
        assert_eq!(f.original(0), Some(0));
        assert_eq!(f.original(1), None);
        assert_eq!(f.original(3), Some(2));
        assert_eq!(f.original(4), Some(3));
    }

    #[test]
    fn whitespace_runs_collapse() {
        let f = Folded::new("a \u{a0}\n b");
        assert_eq!(f.text, "a b");
        assert_eq!(f.original(1), Some(1));
        assert_eq!(f.original(2), Some("a \u{a0}\n ".len()));
    }
}
