//! Case files locked with a passphrase: the age format (age-encryption.org/v1) with one scrypt
//! recipient, written ASCII-armored (`-----BEGIN AGE ENCRYPTED FILE-----`), so a lawyer opens
//! one with `age -d` and the text pipe of the app carries it unchanged. Any age file locked with
//! a passphrase opens, armored or binary. Called by the file worker and the command-line tool
//! only: the first-visit app links none of it.
//!
//! Every refusal is typed ([`Refused`]) and becomes a catalog message, so the volunteer reads it
//! in their own language; nothing here panics on what a file holds.

use crate::msg::{message, Msg};
use age::secrecy::SecretString;
use std::io::{Read, Write};

/// The scrypt work factor written (N = 2^15: 32 MiB of memory, one scrypt per save and per open).
/// age's own default is 18 (256 MiB, about a second on a laptop); in a cheap phone's Wasm that
/// is several seconds and a quarter of a gigabyte, which may not be there. See README (Privacy)
/// for the timings this was chosen from.
pub const WORK_FACTOR: u8 = 15;

/// The most work a file may ask of a device before it is refused (not tried). In the browser:
/// 18, what the `age` command line writes (256 MiB); natively: 22, age's own bound.
pub const MAX_WORK_FACTOR: u8 = if cfg!(target_arch = "wasm32") { 18 } else { 22 };

/// The first line of an armored age file, and the first bytes of a binary one.
const ARMOR_BEGIN: &str = "-----BEGIN AGE ENCRYPTED FILE-----";
const BINARY_BEGIN: &[u8] = b"age-encryption.org/";

/// Why a locked file did not open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refused {
    /// The passphrase does not open it.
    WrongPassphrase,
    /// It is an age file, but part of it is missing or changed.
    Damaged,
    /// Locked to a key (age recipients), not with a passphrase.
    NotPassphrase,
    /// Its passphrase would take more work than this device allows (the file's work factor).
    TooMuchWork(u8),
    /// A later version of the age format.
    UnknownVersion,
}

impl Refused {
    /// What to tell the volunteer.
    pub fn msg(&self) -> Msg {
        match self {
            Refused::WrongPassphrase => message("file.locked.wrong_passphrase"),
            Refused::Damaged => message("file.locked.damaged"),
            Refused::NotPassphrase => message("file.locked.not_passphrase"),
            Refused::TooMuchWork(n) => message("file.locked.too_much_work").int("n", (*n).into()),
            Refused::UnknownVersion => message("file.locked.unknown_version"),
        }
    }
}

/// Is this file an age file (armored, or binary)? Leading blank space is allowed, as age does.
pub fn is_locked(file: &[u8]) -> bool {
    let start = file.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(file.len());
    let file = &file[start..];
    file.starts_with(ARMOR_BEGIN.as_bytes()) || file.starts_with(BINARY_BEGIN)
}

/// `text` locked with `passphrase`: an armored age file (text, lines of 64 characters).
pub fn lock(text: &str, passphrase: &str) -> String {
    lock_with(text, passphrase, WORK_FACTOR)
}

fn lock_with(text: &str, passphrase: &str, work_factor: u8) -> String {
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
    recipient.set_work_factor(work_factor);
    // Writing into memory cannot fail, and one scrypt recipient is a valid set.
    let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as _)).expect("one scrypt recipient");
    let mut out = Vec::with_capacity(text.len() * 4 / 3 + 256);
    let armor = age::armor::ArmoredWriter::wrap_output(&mut out, age::armor::Format::AsciiArmor).expect("writes to memory");
    let mut writer = encryptor.wrap_output(armor).expect("writes to memory");
    writer.write_all(text.as_bytes()).expect("writes to memory");
    writer.finish().and_then(|armor| armor.finish()).expect("writes to memory");
    String::from_utf8(out).expect("armor is ASCII")
}

/// Whether an age file (armored or binary) can be opened with a passphrase, read before asking
/// for one: its header is whole, of a version we know, and locked with a passphrase.
pub fn check(file: &[u8]) -> Result<(), Refused> {
    unlocked(file, None).map(drop)
}

/// The contents of an age file locked with `passphrase` (armored or binary).
pub fn unlock(file: &[u8], passphrase: &str) -> Result<Vec<u8>, Refused> {
    unlocked(file, Some(passphrase))
}

/// The contents of `file` (nothing if no passphrase is given, once its header is read).
fn unlocked(file: &[u8], passphrase: Option<&str>) -> Result<Vec<u8>, Refused> {
    use age::DecryptError as E;
    let file = &file[file.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(file.len())..];
    let header = |e| match e {
        E::UnknownFormat => Refused::UnknownVersion,
        _ => Refused::Damaged,
    };
    let mut contents = Vec::new();
    if file.starts_with(ARMOR_BEGIN.as_bytes()) {
        let armored = std::io::BufReader::new(age::armor::ArmoredReader::new(file));
        decrypt(age::Decryptor::new_buffered(armored).map_err(header)?, passphrase, &mut contents)?;
    } else {
        decrypt(age::Decryptor::new_buffered(file).map_err(header)?, passphrase, &mut contents)?;
    }
    Ok(contents)
}

/// Decrypts what `decryptor` reads into `contents` (only checks that it is locked with a
/// passphrase, if none is given).
fn decrypt<R: std::io::BufRead>(decryptor: age::Decryptor<R>, passphrase: Option<&str>, contents: &mut Vec<u8>) -> Result<(), Refused> {
    use age::DecryptError as E;
    if !decryptor.is_scrypt() {
        return Err(if decryptor.has_recipient_stanza_tag("scrypt") == Some(true) { Refused::Damaged } else { Refused::NotPassphrase });
    }
    let Some(passphrase) = passphrase else { return Ok(()) };
    let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    let mut reader = decryptor.decrypt(std::iter::once(&identity as _)).map_err(|e| match e {
        E::DecryptionFailed | E::KeyDecryptionFailed | E::NoMatchingKeys => Refused::WrongPassphrase,
        E::ExcessiveWork { required, .. } => Refused::TooMuchWork(required),
        _ => Refused::Damaged,
    })?;
    reader.read_to_end(contents).map_err(|_| Refused::Damaged)?;
    Ok(())
}

/// A case file's text as the command-line tool reads it: a plain file as it is; a locked one
/// (armored or binary) with the passphrase in `passphrase_file` (its first line, the line break
/// left out). Each problem as `FILE: what is wrong`, in English.
pub fn read_case_file(file: &std::path::Path, passphrase_file: Option<&std::path::Path>) -> Result<String, String> {
    let (name, en) = (file.display(), crate::i18n::english());
    let bytes = std::fs::read(file).map_err(|e| format!("{name}: cannot read: {e}"))?;
    let contents = if is_locked(&bytes) {
        let Some(pf) = passphrase_file else {
            return Err(format!("{name}: the file is locked with a passphrase: give it with --passphrase-file FILE"));
        };
        let passphrase = std::fs::read_to_string(pf).map_err(|e| format!("{}: cannot read the passphrase: {e}", pf.display()))?;
        let passphrase = passphrase.lines().next().unwrap_or_default();
        unlock(&bytes, passphrase).map_err(|r| format!("{name}: {}", en.render(&r.msg())))?
    } else {
        bytes
    };
    String::from_utf8(contents).map_err(|e| format!("{name}: cannot read: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CASE: &str = "{\"case\": {\"assessed_on\": \"2026-12-07\"}}\n";

    #[test]
    fn a_locked_text_opens_with_its_passphrase_only() {
        let file = lock_with(CASE, "three random words", 10);
        assert!(file.starts_with("-----BEGIN AGE ENCRYPTED FILE-----\n"), "{file}");
        assert!(file.trim_end().ends_with("-----END AGE ENCRYPTED FILE-----"), "{file}");
        assert!(!file.contains("assessed_on"));
        assert!(is_locked(file.as_bytes()) && !is_locked(CASE.as_bytes()));
        assert_eq!(unlock(file.as_bytes(), "three random words").unwrap(), CASE.as_bytes());
        assert_eq!(unlock(file.as_bytes(), "three random word"), Err(Refused::WrongPassphrase));
        assert_eq!(unlock(file.as_bytes(), ""), Err(Refused::WrongPassphrase));
        // The salt is new each time: the same case and passphrase never give the same file.
        assert_ne!(file, lock_with(CASE, "three random words", 10));
    }

    #[test]
    fn the_work_factor_written_is_the_chosen_one() {
        let file = lock("x", "passphrase");
        let binary = armored_bytes(&file);
        let header = String::from_utf8_lossy(&binary[..80]);
        assert!(header.starts_with("age-encryption.org/v1\n-> scrypt "), "{header}");
        let n: u8 = header.lines().nth(1).unwrap().rsplit(' ').next().unwrap().parse().unwrap();
        assert_eq!(n, WORK_FACTOR);
    }

    /// The binary age file inside an armored one (base64 between the two lines).
    fn armored_bytes(file: &str) -> Vec<u8> {
        let mut out = Vec::new();
        let reader = age::armor::ArmoredReader::new(file.as_bytes());
        std::io::BufReader::new(reader).read_to_end(&mut out).unwrap();
        out
    }

    #[test]
    fn a_binary_age_file_opens_too() {
        let binary = armored_bytes(&lock_with(CASE, "pw", 10));
        assert!(binary.starts_with(b"age-encryption.org/v1\n"));
        assert!(is_locked(&binary));
        assert_eq!(unlock(&binary, "pw").unwrap(), CASE.as_bytes());
        assert_eq!(unlock(&binary, "wrong"), Err(Refused::WrongPassphrase));
    }

    #[test]
    fn a_damaged_file_is_said_to_be_damaged() {
        let file = lock_with(CASE, "pw", 10);
        let lines: Vec<&str> = file.lines().collect();
        // Cut short: the end line and the last part missing.
        let short = lines[..lines.len() - 2].join("\n");
        assert_eq!(unlock(short.as_bytes(), "pw"), Err(Refused::Damaged));
        // One character of the encrypted case changed (the payload, after the header).
        let mut binary = armored_bytes(&file);
        let last = binary.len() - 3;
        binary[last] ^= 1;
        assert_eq!(unlock(&binary, "pw"), Err(Refused::Damaged));
        // The header's MAC changed: the passphrase is right but the header is not what was written.
        let mut binary = armored_bytes(&file);
        let mac = binary.windows(4).position(|w| w == b"--- ").unwrap() + 4;
        binary[mac] = if binary[mac] == b'A' { b'B' } else { b'A' };
        assert_eq!(unlock(&binary, "pw"), Err(Refused::Damaged));
        // Not an age file at all after its first line.
        assert_eq!(unlock(b"-----BEGIN AGE ENCRYPTED FILE-----\nnot base64 at all!\n", "pw"), Err(Refused::Damaged));
        assert_eq!(unlock(b"age-encryption.org/v1\n-> scrypt\n", "pw"), Err(Refused::Damaged));
        // A header cut short is seen before any passphrase is asked; a damaged payload only after.
        assert_eq!(check(b"age-encryption.org/v1\n-> scrypt\n"), Err(Refused::Damaged));
        assert_eq!(check(&binary), Ok(()));
    }

    #[test]
    fn too_much_work_is_refused_before_it_is_tried() {
        // A file that asks for 2^(MAX + 1) (its stanza says so; writing one for real would take
        // gigabytes): refused on reading the header, before any scrypt.
        let binary = armored_bytes(&lock_with(CASE, "pw", 10));
        let text = String::from_utf8_lossy(&binary).into_owned();
        let at = text.find(" 10\n").unwrap();
        let mut asks_more = binary.clone();
        asks_more.splice(at + 1..at + 3, (MAX_WORK_FACTOR + 1).to_string().bytes());
        assert_eq!(unlock(&asks_more, "pw"), Err(Refused::TooMuchWork(MAX_WORK_FACTOR + 1)));
    }

    #[test]
    fn a_later_version_and_a_key_are_named() {
        assert_eq!(unlock(b"age-encryption.org/v2\nwhatever\n", "pw"), Err(Refused::UnknownVersion));
        let key = age::pq::Identity::generate();
        let to_key = age::encrypt(&key.to_public(), CASE.as_bytes()).unwrap();
        assert!(is_locked(&to_key));
        assert_eq!(unlock(&to_key, "pw"), Err(Refused::NotPassphrase));
        assert_eq!(check(&to_key), Err(Refused::NotPassphrase));
    }

    #[test]
    fn every_refusal_has_words() {
        let en = crate::i18n::english();
        for r in [Refused::WrongPassphrase, Refused::Damaged, Refused::NotPassphrase, Refused::TooMuchWork(20), Refused::UnknownVersion] {
            let text = en.render(&r.msg());
            assert!(!text.is_empty() && !text.contains('{'), "{r:?}: {text}");
        }
    }
}
