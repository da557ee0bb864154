#![cfg(not(target_arch = "wasm32"))]
//! Locked case files against an independent age implementation: pyrage (Python bindings of
//! rage; `requirements.txt`, installed into `.venv` by scripts/setup.sh). What the file worker
//! writes decrypts with pyrage to the plain case file; what pyrage writes (binary or armored)
//! opens in the worker and in `pathways evaluate --passphrase-file`, and a wrong passphrase, a
//! missing passphrase file and a locked file without one are refused with exit code 2.

use pathways::wire::{Reply, Request};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const PASSPHRASE: &str = "trois mots au hasard";

/// pyrage through tests/age/pyrage_tool.py: `op` (encrypt, decrypt) on `input`.
fn pyrage(args: &[&str], input: &[u8]) -> Output {
    let python = Path::new(ROOT).join(".venv/bin/python");
    assert!(python.exists(), "{} is missing: run scripts/setup.sh (it installs pyrage from requirements.txt)", python.display());
    let mut child = Command::new(python)
        .arg(Path::new(ROOT).join("tests/age/pyrage_tool.py"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn tmp(name: &str) -> PathBuf {
    let dir = Path::new(ROOT).join("test-output/age");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// The case file the worker saves for this scenario, plain and locked with `PASSPHRASE`.
fn saved(scenario: &str) -> (String, String) {
    let text = std::fs::read_to_string(Path::new(ROOT).join("tests/scenarios/public").join(scenario)).unwrap();
    let Reply::Opened(o) = pathways::worker::handle(Request::import_text(&text)) else { panic!("{scenario} opens") };
    let export = |passphrase: Option<&str>| Request::Export {
        assessed_on: o.assessed_on,
        answers: o.answers.clone(),
        passphrase: passphrase.map(String::from),
    };
    let Reply::File { text: plain, locked: false } = pathways::worker::handle(export(None)) else { panic!("saves") };
    let Reply::File { text: locked, locked: true } = pathways::worker::handle(export(Some(PASSPHRASE))) else { panic!("saves locked") };
    (plain, locked)
}

#[test]
fn pyrage_decrypts_what_the_worker_locks() {
    for scenario in ["S01.json", "S13.json"] {
        let (plain, locked) = saved(scenario);
        let out = pyrage(&["decrypt", PASSPHRASE], locked.as_bytes());
        assert!(out.status.success(), "{scenario}: {}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(String::from_utf8(out.stdout).unwrap(), plain, "{scenario}: the locked file holds the plain case file");
        let wrong = pyrage(&["decrypt", "trois mots"], locked.as_bytes());
        assert!(!wrong.status.success(), "{scenario}: pyrage refuses a wrong passphrase too");
    }
}

fn evaluate(args: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pathways")).arg("evaluate").args(args).output().unwrap()
}

#[test]
fn what_pyrage_locks_opens_in_the_worker_and_the_command_line() {
    let plain_file = Path::new(ROOT).join("tests/scenarios/public/S13.json");
    let plain = std::fs::read(&plain_file).unwrap();
    let want = evaluate(&[&plain_file]);
    assert!(want.status.success());
    let Reply::Opened(opened) = pathways::worker::handle(Request::Import { file: plain.clone(), passphrase: None }) else { panic!() };
    let passphrase_file = tmp("passphrase.txt");
    std::fs::write(&passphrase_file, format!("{PASSPHRASE}\n")).unwrap();
    for armor in [false, true] {
        let args: &[&str] = if armor { &["encrypt", PASSPHRASE, "--armor"] } else { &["encrypt", PASSPHRASE] };
        let out = pyrage(args, &plain);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let locked = out.stdout;
        assert_eq!(locked.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----"), armor);
        // The worker (pyrage picks its own work factor, about a second natively: within the bound here).
        let reply = pathways::worker::handle(Request::Import { file: locked.clone(), passphrase: Some(PASSPHRASE.into()) });
        assert_eq!(reply, Reply::Opened(opened.clone()), "armored: {armor}");
        // The command line: the same JSON as the plain file.
        let file = tmp(if armor { "pyrage-armored.json.age" } else { "pyrage-binary.json.age" });
        std::fs::write(&file, &locked).unwrap();
        let got = evaluate(&[&file, Path::new("--passphrase-file"), &passphrase_file]);
        assert!(got.status.success(), "{}", String::from_utf8_lossy(&got.stderr));
        assert_eq!(got.stdout, want.stdout, "armored: {armor}");
    }
}

#[test]
fn the_command_line_refuses_a_locked_file_it_cannot_open_with_exit_code_2() {
    let (_, locked) = saved("S01.json");
    let file = tmp("worker-locked.json.age");
    std::fs::write(&file, &locked).unwrap();
    let wrong = tmp("wrong-passphrase.txt");
    std::fs::write(&wrong, "trois mots\n").unwrap();
    let said = |out: Output| (out.status.code(), String::from_utf8(out.stderr).unwrap());
    let en = pathways::i18n::english();
    let (code, err) = said(evaluate(&[&file, Path::new("--passphrase-file"), &wrong]));
    assert_eq!(code, Some(2));
    assert_eq!(err, format!("{}: {}\n", file.display(), en.render(&pathways::msg::message("file.locked.wrong_passphrase"))));
    let (code, err) = said(evaluate(&[&file]));
    assert_eq!(code, Some(2));
    assert!(err.contains("locked with a passphrase") && err.contains("--passphrase-file"), "{err}");
    let missing = tmp("no-such-passphrase.txt");
    let (code, err) = said(evaluate(&[&file, Path::new("--passphrase-file"), &missing]));
    assert_eq!(code, Some(2));
    assert!(err.starts_with(&format!("{}: cannot read the passphrase", missing.display())), "{err}");
    let (code, _) = said(evaluate(&[&file, Path::new("--passphrase-file")]));
    assert_eq!(code, Some(2), "--passphrase-file without its file is a usage error");
    // A damaged file: its own message.
    let damaged = tmp("damaged.json.age");
    let lines: Vec<&str> = locked.lines().collect();
    std::fs::write(&damaged, lines[..lines.len() - 2].join("\n")).unwrap();
    let right = tmp("right-passphrase.txt");
    std::fs::write(&right, format!("{PASSPHRASE}\r\n")).unwrap();
    let (code, err) = said(evaluate(&[&damaged, Path::new("--passphrase-file"), &right]));
    assert_eq!(code, Some(2));
    assert!(err.ends_with(&format!("{}\n", en.render(&pathways::msg::message("file.locked.damaged")))), "{err}");
    // And the right passphrase (its line ending left out) opens it.
    let ok = evaluate(&[&file, Path::new("--passphrase-file"), &right]);
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
}
