//! `pathways`: the command-line tool over the same rules engine as the app.
//!
//!   pathways evaluate CASE.json [--text]   the result as JSON, or a readable report
//!                   [--passphrase-file F]  (a case file locked with a passphrase: the age format)
//!   pathways scenarios PATH...             check scenario files' expectations
//!   pathways rules                          the rules reference as Markdown
//!   pathways start-page                     the start page's markup (written into index.html)
//!
//! Exit codes: 0 success; 1 scenarios failed; 2 bad input or usage.

use pathways::casefile::parse_case_file;
use pathways::i18n::english;
use pathways::{report, rules, scenario};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage:
  pathways evaluate CASE.json [--text [--lang CODE]] [--passphrase-file FILE]
                                         print the assessment as JSON (or a readable report, in a language);
                                         a locked case file (age) opens with the passphrase in FILE (its first line)
  pathways scenarios PATH...             run scenario files (or folders of them) against their expectations
  pathways rules [--html [--lang CODE]]   print the rules reference as Markdown (or as the app's HTML page)
  pathways start-page [--into index.html] print the start page's markup as the app renders it (or write it into index.html)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("evaluate") => evaluate(&args[1..]),
        Some("scenarios") => scenarios(&args[1..]),
        Some("rules") if args.len() == 1 => {
            print!("{}", report::rules_page::markdown(&pathways::i18n::english_with_rules()));
            ExitCode::SUCCESS
        }
        Some("rules") if args.get(1).map(String::as_str) == Some("--html") => {
            let lang = match args[2..] {
                [] => "en",
                [ref flag, ref code] if flag == "--lang" => code.as_str(),
                _ => {
                    eprintln!("{USAGE}");
                    return ExitCode::from(2);
                }
            };
            match pathways::i18n::catalog_with_rules(lang) {
                Ok(cat) => {
                    let dir = if pathways::i18n::language(lang).is_some_and(|l| l.rtl) { "rtl" } else { "ltr" };
                    print!("{}", report::rules_page::html(&cat, dir));
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("{e}");
                    ExitCode::from(2)
                }
            }
        }
        Some("start-page") => start_page(&args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// `pathways start-page [--into FILE]` (not in a Wasm build of this tool: there it has no use).
#[cfg(not(target_arch = "wasm32"))]
fn start_page(args: &[String]) -> ExitCode {
    // On the day the law was last checked: a fixed day, so the file changes only with the
    // texts or the markup; static/boot.js writes today's date into it in the browser.
    use pathways::ui::prerender::{into_index, start_page_html, CLOSE, OPEN};
    let markup = start_page_html(rules::data::LAW_CHECKED_TO);
    match args {
        [] => print!("{markup}"),
        [flag, file] if flag == "--into" => {
            let written = std::fs::read_to_string(file).map_err(|e| e.to_string()).and_then(|html| {
                let out = into_index(&html, &markup).ok_or(format!("no {OPEN}…{CLOSE} in it"))?;
                std::fs::write(file, out).map_err(|e| e.to_string())
            });
            if let Err(e) = written {
                eprintln!("{file}: {e}");
                return ExitCode::from(2);
            }
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}

#[cfg(target_arch = "wasm32")]
fn start_page(_args: &[String]) -> ExitCode {
    eprintln!("start-page: not available in this build");
    ExitCode::from(2)
}

fn evaluate(args: &[String]) -> ExitCode {
    let text_mode = args.iter().any(|a| a == "--text");
    // `--lang CODE`: the text report in that language (English where it has no text yet).
    let lang = args.iter().position(|a| a == "--lang").map(|i| args.get(i + 1));
    let lang = match lang {
        None => "en",
        Some(Some(code)) if text_mode => code.as_str(),
        Some(_) => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let valued = |a: &str| a == "--lang" || a == "--passphrase-file";
    let passphrase_file = args.iter().position(|a| a == "--passphrase-file").map(|i| args.get(i + 1));
    let passphrase_file = match passphrase_file {
        None => None,
        Some(Some(f)) => Some(std::path::Path::new(f)),
        Some(None) => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let files: Vec<&String> = args
        .iter()
        .enumerate()
        .filter(|(i, a)| *a != "--text" && !valued(a) && (*i == 0 || !valued(&args[i - 1])))
        .map(|(_, a)| a)
        .collect();
    let [file] = files.as_slice() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let content = match pathways::lock::read_case_file(std::path::Path::new(file), passphrase_file) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let parsed = match parse_case_file(&content) {
        Ok(p) => p,
        Err(errors) => {
            for e in errors {
                eprintln!("{file}: {e}");
            }
            return ExitCode::from(2);
        }
    };
    for w in &parsed.warnings {
        eprintln!("{file}: warning: {w}");
    }
    let result = rules::evaluate(&parsed.file.case);
    let cat = english();
    let saved = parsed.file.saved_result.as_ref();
    if text_mode {
        let chosen = match pathways::i18n::language(lang).map(|_| pathways::i18n::catalog_with_rules(lang)) {
            Some(Ok(c)) => c,
            Some(Err(e)) => {
                eprintln!("{e}");
                return ExitCode::from(2);
            }
            None => {
                eprintln!("--lang {lang}: not one of: {}", pathways::i18n::LANGUAGES.iter().map(|l| l.code).collect::<Vec<_>>().join(", "));
                return ExitCode::from(2);
            }
        };
        let cat = &chosen;
        let fmt = pathways::i18n::Plain(cat);
        // The answers as the app lists them: the file's facts through the same question flow.
        let answers: pathways::flow::Answers = parsed.file.answers().into_iter().collect();
        let derived = pathways::flow::Derived::of(parsed.file.case.assessed_on, &answers);
        let rows = report::answers::rows(&derived.summary(&answers), cat, &fmt);
        print!("{}", report::to_text(&derived.assessment, &rows, saved, cat, &fmt));
    } else {
        print!("{}", report::to_json(&result, saved, cat));
    }
    ExitCode::SUCCESS
}

fn scenarios(args: &[String]) -> ExitCode {
    if args.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let paths: Vec<PathBuf> = args.iter().map(PathBuf::from).collect();
    let files = match scenario::collect(&paths) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let (mut passed, mut failed) = (0, 0);
    for f in &files {
        let outcome = scenario::run_file(f);
        if outcome.problems.is_empty() {
            passed += 1;
        } else {
            failed += 1;
            for p in &outcome.problems {
                println!("{p}");
            }
        }
    }
    println!("{passed} passed, {failed} failed");
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
