//! Splitting text into sentences for reading aloud, one utterance each.
//!
//! [`sentences`] returns byte ranges that cover the text exactly, in order,
//! without gaps or overlaps: each sentence keeps the whitespace after it, so
//! the caller trims what it speaks. The rules, for every language the
//! content may be in:
//!
//! * A sentence ends at `.`, `?`, `!`, `…`, the Arabic `؟` and `۔`, the
//!   Devanagari `।` and `॥`, and the full-width `。！？｡` of Chinese and
//!   Japanese; a run of them (`?!`, `...`) and the closing quotes and
//!   brackets after it (`."`, `?)`, `。」`) belong to the sentence.
//! * Except for the full-width marks, which need no space after them, a
//!   stop ends a sentence only before whitespace or the end of the text:
//!   `3.5`, `U.S.A`, `example.org` and `Yahoo!Inc` never break.
//! * It does not end when the next word starts with a lowercase letter
//!   (`“Why?” she asked.`, `approx. three`, `¿Qué? dijo`), nor after a
//!   title or other abbreviation that precedes a name or number (`Dr.`,
//!   `Mr.`, `No.`, `e.g.`, `Sra.`), an initialism (`U.S.`, `a.m.`) or a
//!   single capital initial (`J. K. Rowling`; not the pronoun `I`).
//! * Spanish `¿…?` and `¡…!` need nothing special: the opening mark starts
//!   the next sentence, the closing one ends it. Scripts without case
//!   (Arabic, Han, kana) break after every stop.
//! * Text with no final stop is one last sentence to its end.

use std::ops::Range;

/// Abbreviations that come before a name, a number or more text, so the
/// period after them never ends a sentence (compared without case).
const ABBREVIATIONS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "prof", "st", "mt", "gen", "gov", "sen", "rep", "rev", "capt", "lt",
    "col", "sgt", "no", "nos", "fig", "vol", "vs", "cf", "approx", "ca", "sr", "sra", "srta",
    "dra", "ud", "uds", "ee", "pp", "pág",
];

/// Marks that end a sentence; the full-width ones need no space after.
fn stop(c: char) -> Option<bool> {
    match c {
        '.' | '?' | '!' | '…' | '؟' | '۔' | '।' | '॥' | '‼' | '⁇' | '⁈' | '⁉' => {
            Some(false)
        }
        '。' | '！' | '？' | '｡' => Some(true),
        _ => None,
    }
}

/// Closing quotes and brackets that stay with the sentence before them.
fn closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            | '’'
            | '»'
            | '›'
            | ')'
            | ']'
            | '}'
            | '」'
            | '』'
            | '）'
            | '》'
            | '〉'
            | '】'
            | '〕'
    )
}

/// Byte ranges of the sentences of `text`: they cover it exactly, in order.
/// Empty text has none; any other text at least one.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let Some(mut wide) = stop(c) else {
            continue;
        };
        // The run of stops and closers after it.
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            match stop(d) {
                Some(w) => wide |= w,
                None if closer(d) => {}
                None => break,
            }
            end = j + d.len_utf8();
            chars.next();
        }
        let rest = &text[end..];
        let spaced = rest.chars().next().is_none_or(char::is_whitespace);
        if !(spaced || wide) || !ends_here(&text[start..i], c, rest) {
            continue;
        }
        // The whitespace after the sentence is its own.
        while let Some(&(j, d)) = chars.peek() {
            if !d.is_whitespace() {
                break;
            }
            end = j + d.len_utf8();
            chars.next();
        }
        out.push(start..end);
        start = end;
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

/// Whether `stop`, after `before` (the sentence so far) and followed by
/// `rest`, ends the sentence.
fn ends_here(before: &str, stop: char, rest: &str) -> bool {
    // The next word's first letter, past opening quotes and marks.
    if rest
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(lowercase)
    {
        return false;
    }
    stop != '.' || !abbreviation(before)
}

/// Whether the word just before a period is an abbreviation, an
/// initialism (`U.S`, `e.g`) or a single capital initial.
fn abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '.'))
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    if word.contains('.') {
        let letter = |part: &str| {
            let mut chars = part.chars();
            matches!((chars.next(), chars.next()), (Some(c), None) if !c.is_ascii_digit())
        };
        return word.split('.').all(letter);
    }
    let mut letters = word.chars();
    if let (Some(c), None) = (letters.next(), letters.next()) {
        // The pronoun `I` ends sentences ("…than I. Then"); other capitals
        // alone are initials.
        return c != 'I' && c.to_lowercase().next() != Some(c);
    }
    ABBREVIATIONS
        .iter()
        .any(|a| a.chars().eq(word.chars().flat_map(char::to_lowercase)))
}

/// A lowercase letter of the scripts with case that the content uses
/// (Latin, Greek, Cyrillic). Without `char::is_lowercase`, whose Unicode
/// tables would add to the app's bundle; scripts without case have none.
fn lowercase(c: char) -> bool {
    matches!(c, 'a'..='z' | 'ß'..='ɏ' | 'Ͱ'..='Ͽ' | 'Ѐ'..='ӿ')
        && c != '÷'
        && c.to_lowercase().next() == Some(c)
}

/// The end of the word that starts at `start` (a byte offset of `text`), for
/// when a speech `boundary` event gives no length: letters, digits and
/// marks, joined by an inner apostrophe or hyphen; one character of a
/// script written without spaces; at least one character.
pub fn word_end(text: &str, start: usize) -> usize {
    let Some(rest) = text.get(start..) else {
        return text.len();
    };
    let mut chars = rest.char_indices().peekable();
    let mut end = start;
    while let Some((i, c)) = chars.next() {
        let inner = matches!(c, '\'' | '’' | '-')
            && end > start
            && chars.peek().is_some_and(|&(_, d)| d.is_alphanumeric());
        if end > start && !(c.is_alphanumeric() || inner || is_mark(c)) {
            break;
        }
        end = start + i + c.len_utf8();
        if crate::glossary::is_unspaced(c) {
            break;
        }
    }
    end
}

/// Combining marks (Arabic harakat, Devanagari vowel signs) continue a word.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{64b}'..='\u{65f}' | '\u{670}' | '\u{900}'..='\u{903}' | '\u{93a}'..='\u{94f}' | '\u{200c}' | '\u{200d}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn plain_stops_and_trailing_space() {
        assert_eq!(
            split("One. Two? Three! Four… Five"),
            ["One. ", "Two? ", "Three! ", "Four… ", "Five"]
        );
        assert_eq!(split("  Lead. Tail.  "), ["  Lead. ", "Tail.  "]);
        assert_eq!(split(""), Vec::<&str>::new());
        assert_eq!(split("No stop at all"), ["No stop at all"]);
        assert_eq!(split("   "), ["   "]);
    }

    #[test]
    fn english_abbreviations_initialisms_and_decimals() {
        assert_eq!(
            split("Dr. Smith met Mr. Jones at No. 5. They talked."),
            ["Dr. Smith met Mr. Jones at No. 5. ", "They talked."]
        );
        assert_eq!(
            split("The U.S. economy grew 3.5% in the U.S.A. this year. Prices rose."),
            [
                "The U.S. economy grew 3.5% in the U.S.A. this year. ",
                "Prices rose."
            ]
        );
        assert_eq!(
            split("Some fruit, e.g. apples. J. K. Rowling wrote it. See example.org now."),
            [
                "Some fruit, e.g. apples. ",
                "J. K. Rowling wrote it. ",
                "See example.org now."
            ]
        );
        assert_eq!(
            split("It was approx. three metres. Wait... what? Yes."),
            ["It was approx. three metres. ", "Wait... what? ", "Yes."]
        );
        assert_eq!(
            split("Nobody but I. Then rain."),
            ["Nobody but I. ", "Then rain."]
        );
    }

    #[test]
    fn quotes_and_brackets_stay_with_their_sentence() {
        assert_eq!(
            split("He said \"Stop.\" Then he left. (It rained.) Done."),
            [
                "He said \"Stop.\" ",
                "Then he left. ",
                "(It rained.) ",
                "Done."
            ]
        );
        assert_eq!(
            split("“Why?” she asked. ‘Because!’ he said."),
            ["“Why?” she asked. ", "‘Because!’ he said."]
        );
        assert_eq!(split("Really?! Yes."), ["Really?! ", "Yes."]);
    }

    #[test]
    fn spanish_inverted_marks() {
        assert_eq!(
            split("¿Qué pasaría si lloviera? ¡Nadie lo sabe! La Sra. Gómez vive en EE. UU. desde 2020."),
            [
                "¿Qué pasaría si lloviera? ",
                "¡Nadie lo sabe! ",
                "La Sra. Gómez vive en EE. UU. desde 2020."
            ]
        );
    }

    #[test]
    fn arabic_marks() {
        assert_eq!(
            split("ما هو التقويم الهجري؟ إنه تقويم قمري. يبدأ بالمحرم۔ وينتهي"),
            [
                "ما هو التقويم الهجري؟ ",
                "إنه تقويم قمري. ",
                "يبدأ بالمحرم۔ ",
                "وينتهي"
            ]
        );
    }

    #[test]
    fn cjk_needs_no_space() {
        assert_eq!(
            split("今日は晴れです。明日は雨？「はい。」と言った！終わり"),
            [
                "今日は晴れです。",
                "明日は雨？",
                "「はい。」",
                "と言った！",
                "終わり"
            ]
        );
        assert_eq!(split("你好。 再见。"), ["你好。 ", "再见。"]);
    }

    #[test]
    fn devanagari_danda() {
        assert_eq!(split("यह एक है। वह दो है।"), ["यह एक है। ", "वह दो है।"]);
    }

    #[test]
    fn lowercase_letters_of_cased_scripts() {
        for c in ['a', 'z', 'é', 'ñ', 'ß', 'ł', 'α', 'ж', 'ё'] {
            assert!(lowercase(c), "{c}");
        }
        for c in ['A', 'É', 'Ł', 'Ω', 'Ж', '1', '÷', 'ب', '日', 'ー'] {
            assert!(!lowercase(c), "{c}");
        }
    }

    #[test]
    fn word_ends() {
        let t = "Don't stop-gap, 3.5 now";
        assert_eq!(&t[0..word_end(t, 0)], "Don't");
        assert_eq!(&t[6..word_end(t, 6)], "stop-gap");
        assert_eq!(&t[14..word_end(t, 14)], ",");
        assert_eq!(&t[16..word_end(t, 16)], "3");
        let j = "日本語です";
        assert_eq!(&j[0..word_end(j, 0)], "日");
        let a = "الهجريُّ قمري";
        assert_eq!(&a[0..word_end(a, 0)], "الهجريُّ");
        assert_eq!(word_end(t, 999), t.len());
        assert_eq!(word_end(t, t.len()), t.len());
    }
}
