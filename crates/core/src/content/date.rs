//! Calendar dates in `YYYY-MM-DD` form, validated and shown in words.

/// A valid calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    /// Parses `YYYY-MM-DD`, rejecting impossible dates such as `2026-02-30`.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u16> {
            let part = s.get(r)?;
            if !part.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        let year = num(0..4)?;
        let month = u8::try_from(num(5..7)?).ok()?;
        let day = u8::try_from(num(8..10)?).ok()?;
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// "23 April 2026".
    pub fn long(&self) -> String {
        let month = MONTHS[usize::from(self.month - 1)];
        format!("{} {} {}", self.day, month, self.year)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

/// Shows a date in words, or the raw text if it is not a valid date.
pub fn display(s: &str) -> String {
    Date::parse(s)
        .map(|d| d.long())
        .unwrap_or_else(|| s.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_formats() {
        assert_eq!(
            Date::parse("2026-04-23").map(|d| d.long()),
            Some("23 April 2026".into())
        );
        assert_eq!(display("2024-02-29"), "29 February 2024");
    }

    #[test]
    fn rejects_impossible_and_malformed() {
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-4-23",
            "26-04-23",
            "2026-04-3x",
            "",
            "２０２６-04-23",
            "+026-04-23",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert_eq!(display("soon"), "soon");
    }
}
