//! Setting unreadable progress aside under a quarantine key (never deleting
//! it), and keeping only the newest few so they cannot fill the quota.

use super::{quarantine_key, QUARANTINE_PREFIX};
use crate::storage::{KeyValue, StorageError};

/// Quarantine keys kept, newest first.
pub const KEEP_QUARANTINED: usize = 3;

/// Sets `text` aside under a new [`quarantine_key`] (unless the same text is
/// already set aside), then removes all but the newest [`KEEP_QUARANTINED`]
/// (counting the new one).
/// The key's time is `now_ms`, or the first free millisecond after it.
pub fn set_aside(storage: &impl KeyValue, text: &str, now_ms: u64) -> Result<(), StorageError> {
    let mut existing: Vec<(u64, String)> = storage
        .keys()?
        .into_iter()
        .filter_map(|k| {
            let t = k.strip_prefix(QUARANTINE_PREFIX)?.parse::<u64>().ok()?;
            Some((t, k))
        })
        .collect();
    for (_, key) in &existing {
        if storage.get(key)?.as_deref() == Some(text) {
            return Ok(());
        }
    }
    let mut t = now_ms;
    while existing.iter().any(|(e, _)| *e == t) {
        t = t.wrapping_add(1);
    }
    storage.set(&quarantine_key(t), text)?;
    // The text just set aside is kept even if older keys carry later times
    // (a clock set back); of the others, the newest.
    crate::sort::sort_by_key(&mut existing, |e| std::cmp::Reverse(e.0));
    for (_, old) in existing.iter().skip(KEEP_QUARANTINED - 1) {
        // Housekeeping only: a key that cannot be removed does no harm.
        let _ = storage.remove(old);
    }
    Ok(())
}
