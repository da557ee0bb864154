//! The file worker: opens a case file (the scenario format) and saves one, off the main page.
//! Messages are text: `import\n<file>` answers `ok\n<answer lines>` (then `warning\t<text>` lines)
//! or `error\n<one problem per line>`; `export\n<answer lines>` answers `file\n<case file>`.
//! Pure functions here; `src/bin/worker.rs` only connects them to the browser.

use crate::case::{case_file_text, parse_case_file, Case};
use crate::flow::answer::from_case;
use crate::flow::lines::{from_lines, to_lines};
use crate::flow::question::MAX_RELATIVES;
use crate::flow::walk::full_case;

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
                for w in &parsed.warnings {
                    out.push_str(&format!("warning\t{w}\n"));
                }
                out
            }
            Err(errors) => format!("error\n{}", errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")),
        },
        "export" => match from_lines(body) {
            Some((on, answers)) => format!("file\n{}", case_file_text(&full_case(&Case::new(on), &answers.into_iter().collect()))),
            None => "error\nthe answers could not be read".into(),
        },
        _ => "error\nunknown request".into(),
    }
}

/// Splits an `ok` reply into the answer lines and the warnings.
pub fn split_reply(reply: &str) -> (&str, Vec<&str>) {
    let body = reply.strip_prefix("ok\n").unwrap_or("");
    match body.find("warning\t") {
        Some(i) => (&body[..i], body[i..].lines().filter_map(|l| l.strip_prefix("warning\t")).collect()),
        None => (body, Vec::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_case_goes_out_and_comes_back() {
        let text = include_str!("../tests/scenarios/public/S13.json");
        let reply = handle(&format!("import\n{text}"));
        assert!(reply.starts_with("ok\n"), "{reply}");
        let (lines, warnings) = split_reply(&reply);
        assert!(warnings.is_empty());
        let (on, answers) = from_lines(lines).unwrap();
        assert_eq!(on.to_string(), "2021-02-01");
        let file = handle(&format!("export\n{lines}"));
        let again = parse_case_file(file.strip_prefix("file\n").unwrap()).unwrap().file.case;
        let original = parse_case_file(text).unwrap().file.case;
        assert_eq!(crate::rules::evaluate(&again), crate::rules::evaluate(&original));
        assert!(!answers.is_empty());
    }

    #[test]
    fn errors_and_warnings_come_back_as_lines() {
        let reply = handle("import\n{\"case\": {\"assessed_on\": \"2023-02-30\"}}");
        assert_eq!(reply, "error\ncase.assessed_on: \"2023-02-30\": 2023-02-30 does not exist: that month has 28 days");
        let reply = handle("import\n{\"note\": 1, \"case\": {\"assessed_on\": \"2023-02-20\"}}");
        let (_, warnings) = split_reply(&reply);
        assert_eq!(warnings, ["note: unknown field, ignored (check its spelling against FORMAT.md)"]);
        assert_eq!(handle("nonsense"), "error\nunknown request");
    }
}
