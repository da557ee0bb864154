//! Every scenario file under tests/scenarios (the public cases and our own) meets its expectations,
//! and the runner does catch a wrong expectation.

use pathways::case::parse_case_file;
use pathways::rules::{PathwayId, Verdict};
use pathways::scenario::{check, collect, run_file, Mismatch};
use std::path::PathBuf;

fn files() -> Vec<PathBuf> {
    collect(&[PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios")]).unwrap()
}

#[test]
fn every_scenario_file_passes() {
    let files = files();
    assert!(files.len() >= 26 + 60, "expected the public and our own scenarios, found {}", files.len());
    let failures: Vec<String> = files.iter().flat_map(|f| run_file(f).problems).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn all_public_scenarios_are_present() {
    let public = collect(&[PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios/public")]).unwrap();
    assert_eq!(public.len(), 26);
}

#[test]
fn a_wrong_expectation_is_reported() {
    let text = std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios/public/S01.json")).unwrap();
    let mut file = parse_case_file(&text).unwrap().file;
    assert!(check(&file).is_empty());
    file.expect.as_mut().unwrap().insert(PathwayId::DublinFamily, Verdict::Possible);
    file.expect_citation.as_mut().unwrap().insert(PathwayId::DublinFamily, "Art 99".into());
    let found = check(&file);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(matches!(found[0], Mismatch::Verdict { pathway: PathwayId::DublinFamily, expected: Verdict::Possible, got: Verdict::Likely }));
    assert!(matches!(&found[1], Mismatch::Citation { expected, .. } if expected == "Art 99"));
}
