//! Every scenario file under tests/scenarios (the public cases and our own) meets its expectations,
//! and the runner does catch a wrong expectation.

use pathways::casefile::parse_case_file;
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

/// The next steps follow the facts: for every scenario file, no step asks for what was already
/// done, and none points to a route that is not open to the child.
#[test]
fn next_steps_never_contradict_a_fact_of_the_case() {
    use pathways::case::{ClaimStatus, RequestStatus, UkDecision};
    use pathways::rules::evaluate;
    let mut checked = 0;
    for f in files() {
        let file = parse_case_file(&std::fs::read_to_string(&f).unwrap()).unwrap().file;
        let c = &file.case;
        let lodged = c.asylum_claim.as_ref().is_some_and(|a| a.known_status() == Some(ClaimStatus::Lodged));
        let tcr = c.take_charge_request.as_ref().filter(|t| t.known_status() == Some(RequestStatus::Sent));
        let decision = tcr.and_then(|t| t.uk_decision);
        let dob = c.child.date_of_birth;
        for p in evaluate(c).pathways {
            for step in &p.next_steps {
                checked += 1;
                let where_ = format!("{}: {}: {}", f.display(), p.pathway.id(), step.key);
                let ok = match step.key {
                    "next.dublin_lodge_claim" => !lodged,
                    "next.dublin_ask_request" | "next.dublin_ask_request_undated" | "next.dublin_ask_request_before_end" => {
                        lodged && tcr.is_none()
                    }
                    "next.dublin_follow_reply" | "next.dublin_follow_reply_undated" => {
                        tcr.is_some() && matches!(decision, None | Some(UkDecision::Pending))
                    }
                    "next.dublin_transfer" | "next.dublin_transfer_undated" => decision == Some(UkDecision::Accepted),
                    // Accepted, by a decision or by the UK's silence; the transfer's time is up.
                    "next.dublin_transfer_passed" => {
                        tcr.is_some() && matches!(decision, None | Some(UkDecision::Pending) | Some(UkDecision::Accepted))
                    }
                    "next.dublin_deemed_accepted" => tcr.is_some() && matches!(decision, None | Some(UkDecision::Pending)),
                    "next.dublin_request_time_passed" => lodged && tcr.is_none(),
                    "next.dublin_reexamination" => decision == Some(UkDecision::Refused),
                    "next.dublin_legacy" => c.assessed_on > pathways::date::Date::ymd(2020, 12, 31) && tcr.is_some(),
                    "next.application_made" | "next.application_made_undated" => c.application_made() == Some(true),
                    "next.apply_before_18" => c.application_made() != Some(true) && dob.is_some_and(|d| d.anniversary(18) > c.assessed_on),
                    "next.apply_soon" => c.application_made() != Some(true),
                    // Routes a child cannot use, and closed ones, say why and where to turn instead.
                    _ => true,
                };
                assert!(ok, "a step that contradicts the case: {where_}");
                // A request to send is never dated after the route's own last day (a request that
                // has already reached the UK is followed up after it: those are legacy cases).
                let to_send = step.key == "next.dublin_ask_request";
                if let (true, Some(pathways::msg::Arg::Date(by)), Some(end)) = (
                    to_send,
                    step.args.iter().find(|(n, _)| *n == "by").map(|(_, a)| a),
                    p.deadlines.iter().find(|d| d.kind == pathways::rules::DeadlineKind::SchemeEnd),
                ) {
                    assert!(*by <= end.earliest, "a step dated after the route closes ({}): {where_}", end.earliest);
                }
                // Steps towards a route only while it is open to the child.
                if p.verdict == pathways::rules::Verdict::NotEligible {
                    panic!("a step for a route not open to the child: {where_}");
                }
            }
        }
    }
    assert!(checked > 500, "only {checked} steps checked");
}

/// A Dublin request sent on a day not known: while the Dublin family route is open to the child,
/// the engine asks for that day (it starts the UK's two months to reply), so the walk asks it and
/// the reply deadline can be shown; with the day known, a reply still due has its deadline.
#[test]
fn a_request_sent_on_an_unknown_day_is_asked_for_its_date() {
    use pathways::case::{RequestStatus, UkDecision};
    use pathways::rules::{evaluate, DeadlineKind, Fact};
    let mut checked = 0;
    for f in files() {
        let text = std::fs::read_to_string(&f).unwrap();
        let Ok(parsed) = parse_case_file(&text) else { continue };
        let case = parsed.file.case;
        let Some(t) = case.take_charge_request.as_ref() else { continue };
        let pending = matches!(t.uk_decision, None | Some(UkDecision::Pending));
        if t.known_status() != Some(RequestStatus::Sent) || t.sent_on.is_none() || !pending {
            continue;
        }
        let dublin = |c: &pathways::case::Case| evaluate(c).pathways.into_iter().find(|p| p.pathway == PathwayId::DublinFamily).unwrap();
        let mut undated = case.clone();
        undated.take_charge_request.as_mut().unwrap().sent_on = None;
        let without = dublin(&undated);
        if matches!(without.verdict, Verdict::Likely | Verdict::Possible) {
            assert!(
                without.missing.iter().any(|m| m.fact == Fact::RequestDate),
                "{}: the request's date is not asked for ({:?})",
                f.display(),
                without.missing
            );
            checked += 1;
        }
        let with = dublin(&case);
        let reply_by = t.sent_on.unwrap().add_months(2);
        // A reply due after the route's last day is not a deadline of this route.
        let ends_first = with.deadlines.iter().any(|d| d.kind == DeadlineKind::SchemeEnd && d.latest < reply_by);
        if matches!(with.verdict, Verdict::Likely | Verdict::Possible) && reply_by >= case.assessed_on && !ends_first {
            assert!(with.deadlines.iter().any(|d| d.kind == DeadlineKind::DublinReply), "{}: no reply deadline", f.display());
        }
    }
    assert!(checked >= 2, "the scenarios hold at least two such cases ({checked})");
}
