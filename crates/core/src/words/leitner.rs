//! The Leitner schedule: a word answered "knew it" moves up one box and
//! comes back after that box's interval; "not yet" goes back to box 1 and
//! comes back tomorrow. Days are whole day numbers in the reader's time
//! zone, computed by the caller from its clock.

use super::{Review, Word, MAX_DAY};

/// Number of boxes.
pub const BOXES: u8 = 5;

/// Days until a word in box `n` (1-based) is due again.
pub const INTERVALS: [u32; BOXES as usize] = [1, 2, 4, 8, 16];

const DAY_MS: i64 = 86_400_000;

/// The reader's answer to a flashcard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grade {
    KnewIt,
    NotYet,
}

/// The day number (days since 1970-01-01) of `now_ms` in a time zone
/// `offset_minutes` behind UTC (JavaScript's `getTimezoneOffset`: 60 in the
/// Azores, -540 in Tokyo). Clamped to 0 ..= [`MAX_DAY`].
pub fn day_number(now_ms: u64, offset_minutes: i32) -> u32 {
    let local = i64::try_from(now_ms)
        .unwrap_or(i64::MAX)
        .saturating_sub(i64::from(offset_minutes).saturating_mul(60_000));
    let day = local.div_euclid(DAY_MS).clamp(0, i64::from(MAX_DAY));
    u32::try_from(day).unwrap_or(0)
}

/// Where a word goes after an answer given on `today` at `now_ms`.
pub fn answer(word: &Word, grade: Grade, today: u32, now_ms: u64) -> Review {
    let leitner_box = match grade {
        Grade::KnewIt => (word.leitner_box() + 1).min(BOXES),
        Grade::NotYet => 1,
    };
    // A first "knew it" skips no box: an unreviewed word is in box 1, so it
    // moves to box 2.
    let interval = INTERVALS[usize::from(leitner_box - 1)];
    Review {
        // A review is never older than the one it replaces, so merging
        // keeps it even when the clock went back.
        at_ms: word.review.map_or(now_ms, |r| now_ms.max(r.at_ms + 1)),
        leitner_box,
        due_day: today.saturating_add(interval).min(MAX_DAY),
    }
}

/// Where a word stands on `today`, in words: "New · due today",
/// "Box 3 · due in 4 days".
pub fn schedule(word: &Word, today: u32) -> String {
    let due = match word.review {
        None => return "New · due today".to_owned(),
        Some(r) if r.due_day <= today => "due today".to_owned(),
        Some(r) if r.due_day == today + 1 => "due tomorrow".to_owned(),
        Some(r) => format!("due in {} days", r.due_day - today),
    };
    format!("Box {} · {due}", word.leitner_box())
}

#[cfg(test)]
mod tests {
    use super::super::WordText;
    use super::*;

    fn word() -> Word {
        Word {
            text: WordText::new(0, "term", "definition", "Title"),
            review: None,
        }
    }

    #[test]
    fn knew_it_climbs_the_boxes_and_the_intervals_double() {
        let mut w = word();
        let mut today = 100;
        let mut seen = Vec::new();
        for _ in 0..6 {
            assert!(w.is_due(today));
            let r = answer(&w, Grade::KnewIt, today, u64::from(today) * 1000);
            seen.push((r.leitner_box, r.due_day - today));
            w.review = Some(r);
            assert!(!w.is_due(today));
            assert!(!w.is_due(r.due_day - 1));
            today = r.due_day;
        }
        assert_eq!(seen, [(2, 2), (3, 4), (4, 8), (5, 16), (5, 16), (5, 16)]);
    }

    #[test]
    fn not_yet_goes_back_to_box_one_due_tomorrow() {
        let mut w = word();
        w.review = Some(Review {
            at_ms: 5,
            leitner_box: 4,
            due_day: 10,
        });
        let r = answer(&w, Grade::NotYet, 10, 1);
        assert_eq!((r.leitner_box, r.due_day), (1, 11));
        assert!(r.at_ms > 5, "a later review even when the clock went back");
    }

    #[test]
    fn the_schedule_reads_as_words() {
        let mut w = word();
        assert_eq!(schedule(&w, 9), "New · due today");
        for (due, text) in [
            (8, "due today"),
            (10, "due tomorrow"),
            (13, "due in 4 days"),
        ] {
            w.review = Some(Review {
                at_ms: 0,
                leitner_box: 3,
                due_day: due,
            });
            assert_eq!(schedule(&w, 9), format!("Box 3 · {text}"));
        }
    }

    #[test]
    fn a_new_word_is_due_at_once_in_box_one() {
        assert!(word().is_due(0));
        assert_eq!(word().leitner_box(), 1);
    }

    #[test]
    fn day_numbers_follow_the_readers_midnight() {
        let noon_utc = 20_000 * 86_400_000 + 12 * 3_600_000;
        assert_eq!(day_number(noon_utc, 0), 20_000);
        // Tokyo (UTC+9): already 21:00 the same day; UTC+13: the next day.
        assert_eq!(day_number(noon_utc, -540), 20_000);
        assert_eq!(day_number(noon_utc, -780), 20_001);
        // UTC-13: still the day before.
        assert_eq!(day_number(noon_utc, 780), 19_999);
        assert_eq!(day_number(0, 600), 0);
        assert_eq!(day_number(u64::MAX, 0), MAX_DAY);
    }
}
