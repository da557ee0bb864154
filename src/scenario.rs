//! The scenario runner: checks a case file's `expect` and `expect_citation` against the engine.

use crate::casefile::{parse_case_file, ScenarioFile};
use crate::rules::{evaluate, PathwayId, Verdict};
use std::fmt;
use std::path::{Path, PathBuf};

/// One expectation that the engine did not meet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mismatch {
    Verdict { pathway: PathwayId, expected: Verdict, got: Verdict },
    Citation { pathway: PathwayId, expected: String, got: Vec<String> },
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Mismatch::Verdict { pathway, expected, got } => {
                write!(f, "{}: expected {}, got {}", pathway.id(), expected.id(), got.id())
            }
            Mismatch::Citation { pathway, expected, got } => {
                write!(f, "{}: expected a citation containing \"{expected}\", got: {}", pathway.id(), got.join(" | "))
            }
        }
    }
}

/// Every expectation of the file that fails (empty when all pass).
pub fn check(file: &ScenarioFile) -> Vec<Mismatch> {
    let result = evaluate(&file.case);
    let mut out = Vec::new();
    for (&pathway, &expected) in file.expect.iter().flatten() {
        let got = result.get(pathway).verdict;
        if got != expected {
            out.push(Mismatch::Verdict { pathway, expected, got });
        }
    }
    for (&pathway, expected) in file.expect_citation.iter().flatten() {
        let cites: Vec<String> = result.get(pathway).reasons.iter().map(|r| r.cite.info().text.to_string()).collect();
        let needle = expected.to_lowercase();
        if !cites.iter().any(|c| c.to_lowercase().contains(&needle)) {
            out.push(Mismatch::Citation { pathway, expected: expected.clone(), got: cites });
        }
    }
    out
}

/// The outcome of one scenario file: its name (id, or file name) and its problems, one line each.
pub struct FileOutcome {
    pub name: String,
    pub problems: Vec<String>,
}

/// Reads and checks one file. A file that cannot be read or parsed fails with the reason.
pub fn run_file(path: &Path) -> FileOutcome {
    let shown = path.display().to_string();
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => return FileOutcome { name: shown.clone(), problems: vec![format!("{shown}: cannot read: {e}")] },
    };
    match parse_case_file(&text) {
        Err(errors) => FileOutcome { name: shown.clone(), problems: errors.iter().map(|e| format!("{shown}: {e}")).collect() },
        Ok(parsed) => {
            let name = parsed.file.id.clone().unwrap_or_else(|| shown.clone());
            let problems = check(&parsed.file).iter().map(|m| format!("{name} {m}")).collect();
            FileOutcome { name, problems }
        }
    }
}

/// The `*.json` files named, or inside the folders named (recursively), sorted.
pub fn collect(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            walk(p, &mut files).map_err(|e| format!("{}: cannot read folder: {e}", p.display()))?;
        } else if p.is_file() {
            files.push(p.clone());
        } else {
            return Err(format!("{}: no such file or folder", p.display()));
        }
    }
    files.sort();
    files.dedup();
    Ok(files)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, files)?;
        } else if path.extension().is_some_and(|e| e == "json") {
            files.push(path);
        }
    }
    Ok(())
}
