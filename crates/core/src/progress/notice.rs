//! What [`super::Persistence`] reports: where progress is kept now, what the
//! reader should be told, and what to log. The shell turns these into its
//! status line and dismissible notices.

use crate::storage::StorageError;

/// Where progress is kept right now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Everything is saved in this browser.
    Saved,
    /// The browser blocks storage: progress lives in this tab only.
    Blocked,
    /// The last save failed (full, or unreadable data that could not be
    /// set aside); the newest progress is only in this tab.
    Unsaved(StorageError),
}

/// Something the reader should know about their stored progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Storage is blocked; progress will not be kept on this device.
    Blocked,
    /// Storage is full; the latest progress is only in this tab.
    Quota,
    /// Saving failed for another reason.
    WriteFailed(String),
    /// Stored progress could not be read; it was set aside (why).
    Quarantined(String),
    /// This many stored records could not be read; the original was set aside.
    Dropped(usize),
    /// Unreadable progress could not be set aside, so it is left untouched.
    CannotSetAside(String),
    /// Progress was written by a newer Gloss (format `found`; this one reads
    /// up to `supported`): left untouched, so this tab does not save.
    NewerVersion { found: u64, supported: u32 },
}

/// A notice's kind, for dismissing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum NoticeKind {
    Blocked,
    Quota,
    WriteFailed,
    Quarantined,
    Dropped,
    CannotSetAside,
    NewerVersion,
}

impl Notice {
    pub fn kind(&self) -> NoticeKind {
        match self {
            Notice::Blocked => NoticeKind::Blocked,
            Notice::Quota => NoticeKind::Quota,
            Notice::WriteFailed(_) => NoticeKind::WriteFailed,
            Notice::Quarantined(_) => NoticeKind::Quarantined,
            Notice::Dropped(_) => NoticeKind::Dropped,
            Notice::CannotSetAside(_) => NoticeKind::CannotSetAside,
            Notice::NewerVersion { .. } => NoticeKind::NewerVersion,
        }
    }
}

impl NoticeKind {
    /// Notices about a failed save, no longer true once a save succeeds.
    pub fn cleared_by_save(self) -> bool {
        matches!(
            self,
            NoticeKind::Quota | NoticeKind::WriteFailed | NoticeKind::NewerVersion
        )
    }
}

/// The result of one storage step ([`super::Persistence`]'s `open`, `save`,
/// `incoming`, `reset`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Where progress is kept after this step.
    pub status: Status,
    /// The in-memory store changed (merged with what is stored, or trimmed).
    pub changed: bool,
    /// To tell the reader (the shell shows each kind once).
    pub notices: Vec<Notice>,
    /// To log for developers (the browser console).
    pub log: Vec<String>,
}

impl Outcome {
    pub(super) fn new(status: Status) -> Self {
        Outcome {
            status,
            changed: false,
            notices: Vec::new(),
            log: Vec::new(),
        }
    }

    /// The outcome of storage that cannot be used at all (`e`).
    pub fn failed(e: StorageError) -> Self {
        let mut out = Outcome::new(Status::Saved);
        out.fail(e);
        out
    }

    /// Adds what a later step in the same call reported.
    pub(super) fn absorb(&mut self, later: Outcome) {
        self.status = later.status;
        self.changed |= later.changed;
        self.notices.extend(later.notices);
        self.log.extend(later.log);
    }

    /// Records a failure: its status, notice and log line.
    pub(super) fn fail(&mut self, e: StorageError) {
        self.log.push(format!("progress storage: {e}"));
        let notice = match &e {
            StorageError::Blocked(_) => Notice::Blocked,
            StorageError::Quota(_) => Notice::Quota,
            StorageError::Other(m) => Notice::WriteFailed(m.clone()),
        };
        self.status = match e {
            StorageError::Blocked(_) => Status::Blocked,
            e => Status::Unsaved(e),
        };
        self.notices.push(notice);
    }
}
