//! A stable content hash of a quiz (FNV-1a 64).

use std::collections::BTreeSet;

use crate::content::model::{QuestionKind, Quiz};

// ---------------------------------------------------------------------------
// Content hash
// ---------------------------------------------------------------------------

/// FNV-1a, 64-bit, over length-prefixed fields (so `["ab","c"]` and
/// `["a","bc"]` differ).
#[derive(Debug, Clone)]
pub(crate) struct Fnv64(u64);

impl Fnv64 {
    pub(crate) fn new() -> Self {
        Fnv64(0xcbf2_9ce4_8422_2325)
    }

    pub(crate) fn bytes(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    pub(crate) fn u64(&mut self, n: u64) {
        self.bytes(&n.to_le_bytes());
    }

    pub(crate) fn len(&mut self, n: usize) {
        self.u64(u64::try_from(n).unwrap_or(u64::MAX));
    }

    pub(crate) fn str(&mut self, s: &str) {
        self.len(s.len());
        self.bytes(s.as_bytes());
    }

    pub(crate) fn hex(&self) -> String {
        format!("{:016x}", self.0)
    }
}

/// True for a hash as produced by [`quiz_hash`]: 16 lowercase hex digits.
pub fn is_quiz_hash(s: &str) -> bool {
    s.len() == 16
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// A stable hash of what makes a quiz "the same quiz": for each question in
/// order, its id, kind, prompt, choice texts and answer set. Explanations and
/// evidence are left out, so fixing a typo in an explanation does not make
/// earlier attempts look outdated. 16 lowercase hex digits (FNV-1a 64 over a
/// canonical, length-prefixed byte encoding; see docs/progress-format.md).
pub fn quiz_hash(quiz: &Quiz) -> String {
    let mut h = Fnv64::new();
    h.str("gloss-quiz/1");
    h.len(quiz.questions.len());
    for q in &quiz.questions {
        h.str(&q.id);
        h.str(match q.kind {
            QuestionKind::Single => "single",
            QuestionKind::Multiple => "multiple",
            QuestionKind::TrueFalse => "true_false",
        });
        h.str(&q.prompt);
        h.len(q.choices.len());
        for c in &q.choices {
            h.str(&c.text);
        }
        // Inserted, not collected: `collect()` into a B-tree sorts a vector first,
        // and each sort is ~3 kB of wasm (docs/benchmarks.md).
        let mut answer = BTreeSet::new();
        answer.extend(q.answer.iter().copied());
        h.len(answer.len());
        for a in answer {
            h.len(a);
        }
    }
    h.hex()
}
