//! The file worker: opens a case file (the scenario format) and saves one, off the main page.
//! Messages are text (see `crate::flow::lines`): `import\n<file>` answers `ok\n<answer lines>`,
//! then a `saved\t…` line if the file says what it was judged under, then `warning\t<text>`
//! lines; or `error\n<one problem per line>`. `export\n<answer lines>` answers `file\n<case
//! file>`, the case saved with the verdicts it has now and the rules they come from.
//! Pure functions here; `src/bin/worker.rs` only connects them to the browser.

use crate::case::Case;
use crate::casefile::{case_file_text, parse_case_file, SavedResult};
use crate::flow::answer::from_case;
use crate::flow::lines::{from_lines, saved_line, to_lines};
use crate::flow::question::MAX_RELATIVES;
use crate::flow::walk::full_case;
use crate::rules::evaluate;

pub fn handle(message: &str) -> String {
    let (op, body) = message.split_once('\n').unwrap_or((message, ""));
    match op {
        "import" => match parse_case_file(body) {
            Ok(parsed) if parsed.file.case.uk_relatives.as_ref().is_some_and(|l| l.len() > MAX_RELATIVES) => {
                let n = parsed.file.case.uk_relatives.as_ref().map_or(0, Vec::len);
                format!(
                    "error\ncase.uk_relatives: this file has {n} relatives; Pathways holds at most {MAX_RELATIVES}. Keep the {MAX_RELATIVES} closest relatives in the file and open it again."
                )
            }
            Ok(parsed) => {
                let case = &parsed.file.case;
                let mut out = format!("ok\n{}", to_lines(case.assessed_on, &from_case(case)));
                if let Some(saved) = &parsed.file.saved_result {
                    out.push_str(&saved_line(saved));
                }
                for w in &parsed.warnings {
                    out.push_str(&format!("warning\t{w}\n"));
                }
                out
            }
            Err(errors) => format!("error\n{}", errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")),
        },
        "export" => match from_lines(body) {
            Some((on, answers)) => {
                let case = full_case(&Case::new(on), &answers.into_iter().collect());
                let saved = SavedResult::of(&evaluate(&case));
                format!("file\n{}", case_file_text(&case, Some(&saved)))
            }
            None => "error\nthe answers could not be read".into(),
        },
        _ => "error\nunknown request".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::lines::{from_import_reply, Opened};

    #[test]
    fn a_case_goes_out_and_comes_back() {
        let text = include_str!("../tests/scenarios/public/S13.json");
        let Ok(Opened { assessed_on, answers, warnings, saved }) = from_import_reply(&handle(&format!("import\n{text}"))) else {
            panic!("the file opens")
        };
        assert!(warnings.is_empty() && saved.is_none());
        assert_eq!(assessed_on.to_string(), "2021-02-01");
        let file = handle(&format!("export\n{}", to_lines(assessed_on, &answers)));
        let again = parse_case_file(file.strip_prefix("file\n").unwrap()).unwrap().file;
        let original = parse_case_file(text).unwrap().file.case;
        assert_eq!(evaluate(&again.case), evaluate(&original));
        // The saved file says what it was judged under.
        let saved = again.saved_result.expect("the verdicts are saved with the case");
        assert_eq!(saved, SavedResult::of(&evaluate(&original)));
        // And it comes back when opened.
        let back = from_import_reply(&handle(&format!("import\n{}", file.strip_prefix("file\n").unwrap()))).unwrap();
        assert_eq!(back.saved, Some(saved));
    }

    #[test]
    fn errors_and_warnings_come_back_as_lines() {
        let reply = handle("import\n{\"case\": {\"assessed_on\": \"2023-02-30\"}}");
        assert_eq!(reply, "error\ncase.assessed_on: \"2023-02-30\": 2023-02-30 does not exist: that month has 28 days");
        let opened = from_import_reply(&handle("import\n{\"note\": 1, \"case\": {\"assessed_on\": \"2023-02-20\"}}")).unwrap();
        assert_eq!(opened.warnings, ["note: unknown field, ignored (check its spelling against FORMAT.md)"]);
        assert_eq!(handle("nonsense"), "error\nunknown request");
    }
}
