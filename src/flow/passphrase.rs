//! Passphrases, as far as the flow sees them: whether one typed to lock a saved file will do,
//! and the locked file waiting for its passphrase. The passphrase itself is never kept here: the
//! screen reads it from its field, sends it with the file to the file worker, and clears the field.

use super::input::InputError;
use crate::msg::message;
use std::rc::Rc;

/// The fewest characters a passphrase that locks a file may have (about three short words).
pub const MIN_CHARS: usize = 8;

/// How a case is saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveAs {
    /// No passphrase was typed: a plain case file.
    Plain,
    /// Locked with the passphrase typed.
    Locked,
    /// Its open deadlines, as a calendar file ("Add the deadlines to a calendar").
    Calendar,
    /// As a scenario file disputing a verdict ("I think this verdict is wrong").
    Dispute,
}

/// How the case is saved, given what was typed in "Lock the file with a passphrase": empty is
/// a plain file; otherwise it must be at least [`MIN_CHARS`] long. The error names the field.
pub fn save_as(passphrase: &str) -> Result<SaveAs, InputError> {
    match passphrase.chars().count() {
        0 => Ok(SaveAs::Plain),
        n if n < MIN_CHARS => Err(InputError { field: "lock", msg: message("lock.error_short").int("n", MIN_CHARS as i64) }),
        _ => Ok(SaveAs::Locked),
    }
}

/// A locked case file the file worker sent back, waiting for its passphrase (its bytes as read).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Locked {
    pub file: Rc<[u8]>,
    /// The passphrase was sent, and the worker has not answered yet.
    pub opening: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_passphrase_is_empty_or_long_enough() {
        assert_eq!(save_as(""), Ok(SaveAs::Plain));
        assert_eq!(save_as("correct horse"), Ok(SaveAs::Locked));
        assert_eq!(save_as("12345678"), Ok(SaveAs::Locked));
        let short = save_as("1234567").unwrap_err();
        assert_eq!((short.field, short.msg.key), ("lock", "lock.error_short"));
        // Counted in characters, not bytes: seven Arabic letters are still too short.
        assert!(save_as("كلمةسرة").is_err());
        assert_eq!(save_as("كلمة سرية"), Ok(SaveAs::Locked));
    }
}
