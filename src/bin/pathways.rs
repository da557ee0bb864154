//! `pathways`: the command-line tool over the same rules engine as the app.
//!
//!   pathways evaluate CASE.json [--text]   the result as JSON, or a readable report
//!   pathways evaluate CASE.json --ics      the open deadlines as a calendar (RFC 5545)
//!   pathways triage FILES... | DIR         one row per case file, the nearest deadline first
//!                   [--passphrase-file F]  (a case file locked with a passphrase: the age format)
//!   pathways scenarios PATH...             check scenario files' expectations
//!   pathways rules                          the rules reference as Markdown
//!   pathways start-page                     the start page's markup (written into index.html)
//!   pathways catalog export|import|status   translators' PO files (src/translation)
//!
//! Exit codes: 0 success; 1 scenarios failed, or (triage) some files could not be read; 2 bad
//! input or usage.

use pathways::casefile::parse_case_file;
use pathways::i18n::english;
use pathways::{report, rules, scenario};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage:
  pathways evaluate CASE.json [--text [--lang CODE]] [--passphrase-file FILE]
                                         print the assessment as JSON (or a readable report, in a language);
                                         a locked case file (age) opens with the passphrase in FILE (its first line)
  pathways evaluate CASE.json --ics      print the open deadlines as an iCalendar file (RFC 5545)
  pathways triage FILES...|DIR [--as-of YYYY-MM-DD] [--format text|csv|json]
                                         one row per case file, judged today (or on that date), the nearest deadline first
  pathways scenarios PATH...             run scenario files (or folders of them) against their expectations
  pathways rules [--html [--lang CODE]]   print the rules reference as Markdown (or as the app's HTML page)
  pathways start-page [--into index.html] print the start page's markup as the app renders it (or write it into index.html)
  pathways catalog export|import|status   a language's texts as a PO file for translators, and back (pathways catalog --help)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("evaluate") => evaluate(&args[1..]),
        Some("scenarios") => scenarios(&args[1..]),
        Some("triage") => triage(&args[1..]),
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
        #[cfg(not(target_arch = "wasm32"))]
        Some("catalog") => pathways::translation::command(&args[1..]),
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
    let ics = args.iter().any(|a| a == "--ics");
    if ics && (text_mode || args.iter().any(|a| a == "--lang")) {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
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
        .filter(|(i, a)| *a != "--text" && *a != "--ics" && !valued(a) && (*i == 0 || !valued(&args[i - 1])))
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
    if ics {
        return calendar(&result, file);
    }
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

/// `evaluate --ics`: the calendar, its events named by the file's own name without `.json`.
#[cfg(not(target_arch = "wasm32"))]
fn calendar(result: &rules::Assessment, file: &str) -> ExitCode {
    let path = std::path::Path::new(file);
    let reference = path.file_stem().unwrap_or(path.as_os_str()).to_string_lossy();
    print!("{}", pathways::ics::calendar(result, &reference, english()));
    ExitCode::SUCCESS
}

#[cfg(target_arch = "wasm32")]
fn calendar(_result: &rules::Assessment, _file: &str) -> ExitCode {
    eprintln!("evaluate --ics: not available in this build");
    ExitCode::from(2)
}

/// `pathways triage FILES... | DIR [--as-of DATE] [--format text|csv|json]`: every file judged on
/// one date (today by the clock, or `--as-of`), a row each, the nearest deadline first. A file
/// that cannot be read is a row with its problem; the exit code is then 1.
fn triage(args: &[String]) -> ExitCode {
    let usage = |problem: &str| {
        if !problem.is_empty() {
            eprintln!("triage: {problem}");
        }
        eprintln!("{USAGE}");
        ExitCode::from(2)
    };
    let (mut on, mut format, mut paths) = (None, "text", Vec::new());
    let mut rest = args.iter();
    while let Some(a) = rest.next() {
        match a.as_str() {
            "--as-of" => match rest.next().map(|d| (d, pathways::date::Date::parse(d))) {
                Some((_, Ok(d))) => on = Some(d),
                Some((d, Err(e))) => return usage(&format!("--as-of {d}: {e}")),
                None => return usage("--as-of needs a date (YYYY-MM-DD)"),
            },
            "--format" => match rest.next().map(String::as_str) {
                Some(f @ ("text" | "csv" | "json")) => format = f,
                Some(f) => return usage(&format!("--format {f}: not one of: text, csv, json")),
                None => return usage("--format needs one of: text, csv, json"),
            },
            flag if flag.starts_with("--") => return usage(&format!("{flag}: not an option of triage")),
            path => paths.push(PathBuf::from(path)),
        }
    }
    if paths.is_empty() {
        return usage("no case file or folder given");
    }
    let Some(on) = on.or_else(today) else { return usage("the clock gives no date: give one with --as-of") };
    let mut texts = Vec::new();
    let mut rows = Vec::new();
    for p in &paths {
        // A folder: its `*.json` files, at any depth.
        let files = if p.is_dir() { scenario::collect(std::slice::from_ref(p)) } else { Ok(vec![p.clone()]) };
        match files {
            Ok(files) => {
                for f in files {
                    let name = f.display().to_string();
                    match std::fs::read_to_string(&f) {
                        Ok(text) => texts.push((name, text)),
                        Err(e) => rows.push(pathways::triage::unreadable(&name, vec![format!("cannot read: {e}")])),
                    }
                }
            }
            Err(e) => rows.push(pathways::triage::unreadable(&p.display().to_string(), vec![e])),
        }
    }
    rows.extend(pathways::triage::triage(&texts, on));
    pathways::triage::sort(&mut rows);
    print!(
        "{}",
        match format {
            "csv" => pathways::triage::to_csv(&rows),
            "json" => pathways::triage::to_json(&rows, on),
            _ => pathways::triage::to_text(&rows),
        }
    );
    if rows.iter().all(|r| r.errors.is_empty()) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// Today's date by the clock (UTC): the one place the tool reads it (the library reads no clock).
fn today() -> Option<pathways::date::Date> {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).ok()?.as_secs();
    let days = i64::try_from(secs / 86_400).ok()?;
    pathways::date::Date::from_days(days)
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
