//! What "Listen" does next: a small state machine over the sentences of a
//! [`Plan`](super::plan::Plan), driven by the reader's controls and the
//! speech engine's events, answering with a [`Command`] for the shell.
//!
//! Every utterance is spoken under a fresh token; an event whose token is
//! not the current one is about an utterance already cancelled, and changes
//! nothing. Pausing cancels the utterance and resuming speaks its sentence
//! again from the start: `speechSynthesis.pause()` is unreliable (Chrome on
//! Android and Linux ignores it, and a long pause can lose the utterance),
//! and a sentence is short.

use crate::i18n::{Arg, Catalogue, Msg};

/// Whether it is reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Status {
    /// Not reading, no sentence shown.
    #[default]
    Stopped,
    Playing,
    /// Not reading, at a sentence (shown) that resuming reads first.
    Paused,
}

/// What the shell does after a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// Cancel what is being spoken, if anything, and speak this sentence,
    /// with this token on its events.
    Speak {
        sentence: usize,
        token: u32,
    },
    /// Cancel what is being spoken.
    Cancel,
    /// The last sentence ended: reading is over.
    Finished,
    /// Reading stopped on an error of the speech engine.
    Failed,
    Nothing,
}

/// The reader's position and status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Player {
    status: Status,
    at: usize,
    len: usize,
    token: u32,
}

impl Player {
    /// A stopped player over `len` sentences.
    pub fn new(len: usize) -> Player {
        Player {
            len,
            ..Player::default()
        }
    }

    pub fn status(&self) -> Status {
        self.status
    }

    /// The sentence being read or paused at; `None` when stopped.
    pub fn current(&self) -> Option<usize> {
        (self.status != Status::Stopped).then_some(self.at)
    }

    /// Play when stopped or paused, pause when playing.
    pub fn toggle(&mut self) -> Command {
        match self.status {
            Status::Playing => self.pause(),
            Status::Stopped | Status::Paused => self.play(),
        }
    }

    /// Reads from the current sentence (the first one after a stop).
    pub fn play(&mut self) -> Command {
        if self.len == 0 {
            return Command::Nothing;
        }
        self.status = Status::Playing;
        self.speak()
    }

    pub fn pause(&mut self) -> Command {
        if self.status != Status::Playing {
            return Command::Nothing;
        }
        self.status = Status::Paused;
        self.token = self.token.wrapping_add(1);
        Command::Cancel
    }

    /// Stops and goes back to the first sentence.
    pub fn stop(&mut self) -> Command {
        if self.status == Status::Stopped {
            return Command::Nothing;
        }
        self.halt();
        Command::Cancel
    }

    /// The next (`forward`) or previous sentence: read at once when
    /// playing, else shown, paused there. `Nothing` at either end.
    pub fn skip(&mut self, forward: bool) -> Command {
        let to = if forward {
            self.at + 1
        } else {
            match self.at.checked_sub(1) {
                Some(to) => to,
                None => return self.stay(),
            }
        };
        if to >= self.len {
            return self.stay();
        }
        self.at = to;
        match self.status {
            Status::Playing => self.speak(),
            Status::Stopped | Status::Paused => {
                self.status = Status::Paused;
                Command::Nothing
            }
        }
    }

    /// At an end, a stopped player still shows where it is.
    fn stay(&mut self) -> Command {
        if self.status == Status::Stopped && self.len > 0 {
            self.status = Status::Paused;
        }
        Command::Nothing
    }

    /// The plan now has `len` sentences (key terms added or taken away):
    /// reading goes on, unless its sentence is gone.
    pub fn resize(&mut self, len: usize) -> Command {
        self.len = len;
        if self.at < len {
            return Command::Nothing;
        }
        self.stop()
    }

    /// The utterance with `token` ended: on to the next sentence.
    pub fn ended(&mut self, token: u32) -> Command {
        if token != self.token || self.status != Status::Playing {
            return Command::Nothing;
        }
        if self.at + 1 < self.len {
            self.at += 1;
            self.speak()
        } else {
            self.halt();
            Command::Finished
        }
    }

    /// The utterance with `token` failed with the engine's `error` code.
    /// `interrupted` and `canceled` are not failures: when another page or
    /// the system cut it off, reading pauses there.
    pub fn failed(&mut self, token: u32, error: &str) -> Command {
        if token != self.token || self.status != Status::Playing {
            return Command::Nothing;
        }
        if matches!(error, "interrupted" | "canceled") {
            self.status = Status::Paused;
            self.token = self.token.wrapping_add(1);
            return Command::Nothing;
        }
        self.halt();
        Command::Failed
    }

    fn halt(&mut self) {
        self.status = Status::Stopped;
        self.at = 0;
        self.token = self.token.wrapping_add(1);
    }

    fn speak(&mut self) -> Command {
        self.token = self.token.wrapping_add(1);
        Command::Speak {
            sentence: self.at,
            token: self.token,
        }
    }

    /// What the polite status line says after a reader's action, in `words`.
    pub fn describe(&self, words: Catalogue) -> String {
        let args = [("number", (self.at + 1).into()), ("total", self.len.into())];
        match self.status {
            Status::Stopped => words.text(Msg::Stopped).into_owned(),
            Status::Playing => words.format(Msg::ReadingSentence, &args).into_owned(),
            Status::Paused => words.format(Msg::PausedAt, &args).into_owned(),
        }
    }
}

/// The status line for a failed utterance (`error` is the engine's code).
pub fn failure(words: Catalogue, error: &str) -> String {
    let code = if error.is_empty() { "unknown" } else { error };
    words
        .format(Msg::SpeechFailed, &[("code", Arg::Raw(code))])
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speak(sentence: usize, token: u32) -> Command {
        Command::Speak { sentence, token }
    }

    #[test]
    fn plays_each_sentence_in_turn_and_finishes() {
        let mut p = Player::new(2);
        assert_eq!(p.current(), None);
        assert_eq!(p.play(), speak(0, 1));
        assert_eq!(p.current(), Some(0));
        assert_eq!(p.describe(Catalogue::ENGLISH), "Reading, sentence 1 of 2.");
        assert_eq!(p.ended(1), speak(1, 2));
        assert_eq!(p.ended(1), Command::Nothing, "a stale end changes nothing");
        assert_eq!(p.ended(2), Command::Finished);
        assert_eq!((p.status(), p.current()), (Status::Stopped, None));
        assert_eq!(p.play(), speak(0, 4));
    }

    #[test]
    fn pause_resumes_the_same_sentence_and_stop_starts_over() {
        let mut p = Player::new(3);
        p.play();
        p.ended(1);
        assert_eq!(p.toggle(), Command::Cancel);
        assert_eq!(p.status(), Status::Paused);
        assert_eq!(p.describe(Catalogue::ENGLISH), "Paused at sentence 2 of 3.");
        assert_eq!(
            p.ended(2),
            Command::Nothing,
            "the cancelled utterance's end"
        );
        assert_eq!(p.failed(2, "interrupted"), Command::Nothing);
        assert_eq!(p.toggle(), speak(1, 4));
        assert_eq!(p.stop(), Command::Cancel);
        assert_eq!(p.describe(Catalogue::ENGLISH), "Stopped.");
        assert_eq!(p.stop(), Command::Nothing);
        assert_eq!(p.pause(), Command::Nothing);
        assert_eq!(p.play(), speak(0, 6));
    }

    #[test]
    fn next_and_previous() {
        let mut p = Player::new(3);
        assert_eq!(p.skip(false), Command::Nothing);
        assert_eq!((p.status(), p.current()), (Status::Paused, Some(0)));
        assert_eq!(p.skip(true), Command::Nothing);
        assert_eq!(p.current(), Some(1));
        assert_eq!(p.play(), speak(1, 1));
        assert_eq!(p.skip(true), speak(2, 2));
        assert_eq!(p.skip(true), Command::Nothing, "no sentence after the last");
        assert_eq!(p.status(), Status::Playing);
        assert_eq!(p.skip(false), speak(1, 3));
        assert_eq!(p.ended(2), Command::Nothing);
        assert_eq!(p.resize(5), Command::Nothing);
        assert_eq!(p.skip(true), speak(2, 4));
        assert_eq!(p.resize(2), Command::Cancel, "its sentence is gone");
        assert_eq!((p.status(), p.current()), (Status::Stopped, None));
        assert_eq!(p.resize(2), Command::Nothing);
        let mut empty = Player::new(0);
        assert_eq!(empty.play(), Command::Nothing);
        assert_eq!(empty.skip(true), Command::Nothing);
        assert_eq!(empty.current(), None);
    }

    #[test]
    fn errors_stop_but_interruptions_pause() {
        let mut p = Player::new(3);
        p.play();
        assert_eq!(p.failed(1, "interrupted"), Command::Nothing);
        assert_eq!((p.status(), p.current()), (Status::Paused, Some(0)));
        p.play();
        assert_eq!(p.failed(2, "synthesis-failed"), Command::Nothing, "stale");
        assert_eq!(p.failed(3, "synthesis-failed"), Command::Failed);
        assert_eq!((p.status(), p.current()), (Status::Stopped, None));
        assert_eq!(
            failure(Catalogue::ENGLISH, "audio-busy"),
            "Reading aloud stopped: the device's voice reported a problem (audio-busy)."
        );
        assert!(failure(Catalogue::ENGLISH, "").ends_with("(unknown)."));
    }
}
