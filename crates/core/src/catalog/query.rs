//! When a typed query is long enough to search.
//!
//! In scripts written with spaces between words (Latin, Arabic, Cyrillic…)
//! a single letter is a prefix of a large share of all words: at 50,000
//! synthetic articles, "s" matched 30,783 of the 35,000 English ones and
//! loaded Spanish's largest index chunk, so the first keystroke of every
//! word cost the most and showed nothing useful. Search waits for a second
//! letter there. In scripts written without spaces (Han, kana, Thai…) one
//! character is a word, or most of one, and is searched at once.

/// Letters a word needs, in a spaced script, before search runs.
pub const MIN_LETTERS: usize = 2;

/// Whether `query` should be searched: some word of it has at least
/// [`MIN_LETTERS`] letters or digits, or it has a character of a script
/// written without spaces.
pub fn query_ready(query: &str) -> bool {
    query.chars().any(unspaced)
        || query
            .split_whitespace()
            .any(|word| word.chars().filter(|c| c.is_alphanumeric()).count() >= MIN_LETTERS)
}

/// A character of a script usually written without spaces between words
/// (Han, Hiragana, Katakana, Hangul syllables, Thai, Lao, Khmer, Myanmar,
/// Tibetan).
fn unspaced(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF // Thai, Lao
        | 0x0F00..=0x0FFF // Tibetan
        | 0x1000..=0x109F // Myanmar
        | 0x1780..=0x17FF // Khmer
        | 0x1100..=0x11FF // Hangul Jamo
        | 0x3040..=0x30FF // Hiragana, Katakana
        | 0x3130..=0x318F // Hangul compatibility Jamo
        | 0x31F0..=0x31FF // Katakana phonetic extensions
        | 0x3400..=0x4DBF // Han extension A
        | 0x4E00..=0x9FFF // Han
        | 0xAC00..=0xD7AF // Hangul syllables
        | 0xF900..=0xFAFF // Han compatibility
        | 0xFF66..=0xFF9F // half-width Katakana
        | 0x20000..=0x3134F // Han extensions B–H
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_letter_of_a_spaced_script_waits() {
        for q in ["", " ", "g", " g ", "é", "ش", "д", "5", "g h", "a-", "¿a?"] {
            assert!(!query_ready(q), "{q:?} should wait");
        }
    }

    #[test]
    fn two_letters_of_a_word_search() {
        for q in ["gl", " gl ", "sé", "الب", "да", "g hi", "42", "a-b c1"] {
            assert!(query_ready(q), "{q:?} should search");
        }
    }

    #[test]
    fn one_character_of_an_unspaced_script_searches() {
        for q in ["地", "じ", "ジ", "ｼ", "한", "ก", "𠀋"] {
            assert!(query_ready(q), "{q:?} should search");
        }
    }

    #[test]
    fn punctuation_alone_never_searches() {
        for q in ["--", "?!", "“”", "。", "、"] {
            assert!(!query_ready(q), "{q:?} should wait");
        }
    }
}
