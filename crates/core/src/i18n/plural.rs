//! CLDR cardinal plural categories for whole numbers, for the interface's
//! languages. Written out rather than shipped as locale data: each language
//! is a few comparisons (CLDR 46, `plurals.xml`, integers only).

use super::Lang;

/// A plural category, as Fluent's select expressions name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    /// Every category, in CLDR's order.
    pub const ALL: [Plural; 6] = [
        Plural::Zero,
        Plural::One,
        Plural::Two,
        Plural::Few,
        Plural::Many,
        Plural::Other,
    ];

    /// The category's name (`zero`, `one`, …), as catalogues write it.
    pub fn name(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }

    /// The category named `name` (`zero`, `one`, `two`, `few`, `many`, `other`).
    pub fn from_name(name: &str) -> Option<Plural> {
        Some(match name {
            "zero" => Plural::Zero,
            "one" => Plural::One,
            "two" => Plural::Two,
            "few" => Plural::Few,
            "many" => Plural::Many,
            "other" => Plural::Other,
            _ => return None,
        })
    }

    /// The categories `lang` uses for whole numbers: every plural message in
    /// its catalogue must say something for each (the `other` variant may
    /// stand in for the rest).
    pub fn used_by(lang: Lang) -> &'static [Plural] {
        match lang {
            Lang::En => &[Plural::One, Plural::Other],
            Lang::Es => &[Plural::One, Plural::Many, Plural::Other],
            Lang::Ar => &Plural::ALL,
        }
    }

    /// The category of the whole number `n` in `lang`.
    pub fn of(lang: Lang, n: u64) -> Plural {
        match lang {
            Lang::En => {
                if n == 1 {
                    Plural::One
                } else {
                    Plural::Other
                }
            }
            // many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0.
            Lang::Es => match n {
                1 => Plural::One,
                n if n != 0 && n % 1_000_000 == 0 => Plural::Many,
                _ => Plural::Other,
            },
            Lang::Ar => match (n, n % 100) {
                (0, _) => Plural::Zero,
                (1, _) => Plural::One,
                (2, _) => Plural::Two,
                (_, 3..=10) => Plural::Few,
                (_, 11..=99) => Plural::Many,
                _ => Plural::Other,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_and_spanish() {
        let en: Vec<_> = [0, 1, 2, 5, 21, 1_000_000]
            .map(|n| Plural::of(Lang::En, n))
            .into();
        use Plural::*;
        assert_eq!(en, [Other, One, Other, Other, Other, Other]);
        let es: Vec<_> = [0, 1, 2, 21, 1_000_000, 2_000_000, 1_000_001]
            .map(|n| Plural::of(Lang::Es, n))
            .into();
        assert_eq!(es, [Other, One, Other, Other, Many, Many, Other]);
    }

    #[test]
    fn arabic_has_six_forms() {
        use Plural::*;
        let cases = [
            (0, Zero),
            (1, One),
            (2, Two),
            (3, Few),
            (10, Few),
            (103, Few),
            (11, Many),
            (99, Many),
            (111, Many),
            (100, Other),
            (101, Other),
            (102, Other),
            (200, Other),
        ];
        for (n, want) in cases {
            assert_eq!(Plural::of(Lang::Ar, n), want, "{n}");
        }
    }

    #[test]
    fn every_category_a_language_produces_is_one_it_declares() {
        for lang in Lang::ALL {
            for n in 0..2_000_100u64 {
                if n > 1100 && n % 997 != 0 && n % 1_000_000 != 0 {
                    continue;
                }
                assert!(Plural::used_by(lang).contains(&Plural::of(lang, n)));
            }
        }
    }
}
