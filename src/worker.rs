//! The file worker: opens a case file (the scenario format) and saves one, off the main page.
//! Requests and replies are typed (`crate::wire`): opening gives the flow every fact of the file
//! as answers (but those it says were not asked), with its warnings and what it was judged under;
//! saving writes the case the answers make, with what was not asked and the verdicts it has now.
//! A file locked with a passphrase (`crate::lock`, the age format) is written and read here, and
//! only here in the browser. It also writes the case's open deadlines as a calendar file
//! (`crate::ics`), and the case as a scenario file disputing one verdict, for the maintainers.
//! Pure functions here; `src/bin/worker.rs` only connects them to the browser.

use crate::case::Case;
use crate::casefile::{case_file_text, parse_case_file, scenario_file_text, Expectation, SavedResult};
use crate::date::Date;
use crate::fact::{all_facts, Answer, Fact};
use crate::flow::passphrase::{save_as, SaveAs};
use crate::flow::walk::full_case;
use crate::flow::{dispute, Answers, Opened};
use crate::lock::{self, Refused};
use crate::rules::evaluate;
use crate::wire::{Reply, Request};

pub fn handle(request: Request) -> Reply {
    match request {
        Request::Import { file, passphrase } => open(file, passphrase),
        Request::Export { assessed_on, answers, passphrase } => {
            // The app checks the passphrase before asking; a request that skipped it is refused the same way.
            let passphrase = passphrase.unwrap_or_default();
            if let Err(e) = save_as(&passphrase) {
                return Reply::Failed(vec![e.msg]);
            }
            let (case, not_asked) = case_of(assessed_on, answers);
            let text = case_file_text(&case, &not_asked, Some(&SavedResult::of(&evaluate(&case))));
            match save_as(&passphrase) {
                Ok(SaveAs::Locked) => Reply::File { text: lock::lock(&text, &passphrase), locked: true },
                _ => Reply::File { text, locked: false },
            }
        }
        Request::Calendar { assessed_on, answers, reference } => {
            let (case, _) = case_of(assessed_on, answers);
            // In English, as `pathways evaluate --ics` writes it (the worker has no other catalog).
            Reply::File { text: crate::ics::calendar(&evaluate(&case), &reference, crate::i18n::calendar_english()), locked: false }
        }
        Request::Dispute { assessed_on, answers, pathway, verdict, reason } => {
            let (case, not_asked) = case_of(assessed_on, answers);
            let a = evaluate(&case);
            // The app checks the form before asking; a request that skipped it is refused the same way.
            let reason = match dispute::check(a.get(pathway).verdict, verdict.id(), &reason) {
                Ok((_, reason)) => reason,
                Err(errors) => return Reply::Failed(errors.into_iter().map(|e| e.msg).collect()),
            };
            // For the maintainers, in English: the route's name and the reason as written.
            let title = format!("Disputed: {}", crate::i18n::english().text(pathway.name_key()));
            let expect = [(pathway, verdict)].into_iter().collect();
            let e = Expectation { title: &title, basis: &reason, expect };
            Reply::File { text: scenario_file_text(&case, &not_asked, Some(&SavedResult::of(&a)), &e), locked: false }
        }
    }
}

/// The case these answers make on this date, and the facts that are `null` in it because nobody
/// asked them (every fact with no answer at all).
fn case_of(assessed_on: Date, answers: Vec<(Fact, Answer)>) -> (Case, Vec<Fact>) {
    let answers: Answers = answers.into_iter().collect();
    let (case, _) = full_case(&Case::new(assessed_on), &answers);
    let n = case.uk_relatives.as_ref().map_or(0, Vec::len);
    let not_asked = all_facts(n).into_iter().filter(|f| answers.get(f).is_none() && f.read(&case) == Answer::Unknown).collect();
    (case, not_asked)
}

/// Opens a file: a plain case file at once; a locked one with its passphrase, or back to the app
/// to ask for it (again, if it did not open the file). A file whose lock cannot be opened at all
/// is said so before any passphrase is asked.
fn open(file: Vec<u8>, passphrase: Option<String>) -> Reply {
    if !lock::is_locked(&file) {
        return read(&file);
    }
    if let Err(refused) = lock::check(&file) {
        return Reply::Failed(vec![refused.msg()]);
    }
    let Some(passphrase) = passphrase else { return Reply::Locked { file, wrong_passphrase: false } };
    match lock::unlock(&file, &passphrase) {
        Ok(contents) => read(&contents),
        Err(Refused::WrongPassphrase) => Reply::Locked { file, wrong_passphrase: true },
        Err(refused) => Reply::Failed(vec![refused.msg()]),
    }
}

/// A case file's bytes read as the browser reads a file's text (`Blob.text()`: UTF-8, a byte
/// order mark dropped, any broken sequence replaced).
fn read(bytes: &[u8]) -> Reply {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match parse_case_file(&String::from_utf8_lossy(bytes)) {
        Ok(parsed) => Reply::Opened(Opened::of(&parsed)),
        Err(errors) => Reply::failed(&errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(text: &str) -> Opened {
        match handle(Request::import_text(text)) {
            Reply::Opened(o) => o,
            other => panic!("the file opens: {other:?}"),
        }
    }

    fn save(o: &Opened) -> String {
        match handle(Request::Export { assessed_on: o.assessed_on, answers: o.answers.clone(), passphrase: None }) {
            Reply::File { text, locked: false } => text,
            other => panic!("the case saves: {other:?}"),
        }
    }

    #[test]
    fn a_case_goes_out_and_comes_back() {
        let text = include_str!("../tests/scenarios/public/S13.json");
        let opened = open(text);
        assert!(opened.warnings.is_empty() && opened.changes.is_empty());
        assert_eq!(opened.assessed_on.to_string(), "2021-02-01");
        let file = save(&opened);
        let again = parse_case_file(&file).unwrap().file;
        let original = parse_case_file(text).unwrap().file.case;
        assert_eq!(evaluate(&again.case), evaluate(&original));
        // The saved file says what it was judged under; opened under the same rules, nothing changed.
        let saved = again.saved_result.expect("the verdicts are saved with the case");
        assert_eq!(saved, SavedResult::of(&evaluate(&original)));
        assert_eq!(open(&file).changes, []);
        // A fact of the file is an answer; nothing was "not asked" in a file that lists none.
        assert!(again.not_asked.is_empty(), "{:?}", again.not_asked);
    }

    fn import(file: &[u8], passphrase: Option<&str>) -> Reply {
        handle(Request::Import { file: file.to_vec(), passphrase: passphrase.map(String::from) })
    }

    #[test]
    fn a_locked_case_asks_for_its_passphrase_and_opens_with_it_only() {
        let opened = open(include_str!("../tests/scenarios/public/S13.json"));
        let request = |passphrase: &str| Request::Export {
            assessed_on: opened.assessed_on,
            answers: opened.answers.clone(),
            passphrase: Some(passphrase.into()),
        };
        let Reply::File { text: locked, locked: true } = handle(request("correct horse battery")) else { panic!("a locked file") };
        assert!(locked.starts_with("-----BEGIN AGE ENCRYPTED FILE-----\n"), "{locked}");
        assert!(!locked.contains("2021-02-01"), "nothing of the case in the clear");
        // No passphrase yet: the file comes back, to be asked for it.
        assert_eq!(import(locked.as_bytes(), None), Reply::Locked { file: locked.as_bytes().to_vec(), wrong_passphrase: false });
        // A wrong one: asked again, saying so.
        assert_eq!(
            import(locked.as_bytes(), Some("correct horse")),
            Reply::Locked { file: locked.as_bytes().to_vec(), wrong_passphrase: true }
        );
        // The right one: the same case as the plain file gives.
        let Reply::Opened(again) = import(locked.as_bytes(), Some("correct horse battery")) else { panic!("opens") };
        assert_eq!(again, open(&save(&opened)));
        // Too short a passphrase is refused by the worker too, naming the field's rule.
        let Reply::Failed(e) = handle(request("short")) else { panic!("refused") };
        assert_eq!(e[0].key, "lock.error_short");
    }

    #[test]
    fn a_damaged_locked_file_is_said_to_be_damaged_before_and_after_the_passphrase() {
        let opened = open(include_str!("../tests/scenarios/public/S01.json"));
        let export = Request::Export { assessed_on: opened.assessed_on, answers: opened.answers, passphrase: Some("12345678".into()) };
        let Reply::File { text, .. } = handle(export) else { panic!() };
        // The header cut short: said at once, no passphrase asked.
        let header_only: String = text.lines().take(2).collect::<Vec<_>>().join("\n");
        assert_eq!(import(header_only.as_bytes(), None), Reply::Failed(vec![Refused::Damaged.msg()]));
        // The end cut off: the header reads, so the passphrase is asked; then it is damaged.
        let lines: Vec<&str> = text.lines().collect();
        let short = lines[..lines.len() - 2].join("\n");
        assert!(matches!(import(short.as_bytes(), None), Reply::Locked { .. }));
        assert_eq!(import(short.as_bytes(), Some("12345678")), Reply::Failed(vec![Refused::Damaged.msg()]));
    }

    #[test]
    fn a_plain_file_still_opens_as_text_with_or_without_a_byte_order_mark() {
        let text = include_str!("../tests/scenarios/public/S13.json");
        let with_bom = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
        assert_eq!(import(&with_bom, None), Reply::Opened(open(text)));
        // A passphrase sent with a plain file changes nothing.
        assert_eq!(import(text.as_bytes(), Some("anything")), Reply::Opened(open(text)));
    }

    #[test]
    fn errors_and_warnings_are_typed() {
        let Reply::Failed(e) = handle(Request::import_text("{\"case\": {\"assessed_on\": \"2023-02-30\"}}")) else { panic!() };
        let en = crate::i18n::english();
        assert_eq!(
            en.render(&e[0]),
            "As of which date should the rules be applied? \"2023-02-30\" does not exist: that month has 28 days. (in the file: case.assessed_on)"
        );
        let opened = open("{\"note\": 1, \"case\": {\"assessed_on\": \"2023-02-20\"}}");
        assert_eq!(opened.warnings.len(), 1);
        assert_eq!(
            en.render(&opened.warnings[0]),
            "This is not a field of the case format, so it was ignored (check its spelling against FORMAT.md). (in the file: note)"
        );
    }
}
