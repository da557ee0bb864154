#![cfg(not(target_arch = "wasm32"))]
//! The rules reference cannot drift from the engine: every reason a pathway gives belongs to one of
//! the conditions the reference declares for it, and every reason a condition declares is given
//! for some case (the scenario files and 20,000 generated cases near the rules' boundaries).

use pathways::case::Case;
use pathways::casefile::parse_case_file;
use pathways::rules::{evaluate, reference, PathwayId};
use pathways::scenario::collect;
use pathways::validate::validate;
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use std::collections::BTreeSet;
use std::path::PathBuf;

mod common;

fn cases() -> Vec<Case> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let mut out: Vec<Case> =
        collect(&[dir]).unwrap().iter().map(|f| parse_case_file(&std::fs::read_to_string(f).unwrap()).unwrap().file.case).collect();
    let mut runner = TestRunner::new_with_rng(Config::default(), TestRng::deterministic_rng(RngAlgorithm::ChaCha));
    let strategy = common::case();
    while out.len() < 20_000 {
        let case = strategy.new_tree(&mut runner).unwrap().current();
        if validate(&case).0.is_empty() {
            out.push(case);
        }
    }
    out
}

#[test]
fn every_reason_belongs_to_a_declared_condition_and_every_condition_is_reached() {
    let mut given: BTreeSet<(PathwayId, &'static str)> = BTreeSet::new();
    for case in cases() {
        for p in evaluate(&case).pathways {
            for r in &p.reasons {
                given.insert((p.pathway, r.msg.key));
            }
        }
    }
    let undeclared: Vec<String> =
        given.iter().filter(|(p, key)| !reference::of(*p).declares(key)).map(|(p, key)| format!("{}: {key}", p.id())).collect();
    assert!(
        undeclared.is_empty(),
        "reasons the reference does not declare (add them to a condition in rules/reference.rs):\n{}",
        undeclared.join("\n")
    );
    // Reached only once an end of the pilot is entered in the data: the unit test
    // `a_confirmed_end_closes_the_pilot` (src/rules/pathways/uk_france.rs) gives it.
    let later = [(PathwayId::UkFrancePilot, "eats.closed")];
    let mut unreached = Vec::new();
    for r in reference::REFERENCE {
        for c in r.conditions {
            for key in c.reasons.iter().flat_map(|g| g.iter()) {
                if !given.contains(&(r.pathway, *key)) && !later.contains(&(r.pathway, *key)) {
                    unreached.push(format!("{}: {} ({key})", r.pathway.id(), c.text));
                }
            }
        }
    }
    assert!(unreached.is_empty(), "declared reasons the engine never gives (dead text, or a case missing):\n{}", unreached.join("\n"));
}
