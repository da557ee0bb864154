//! "I think this verdict is wrong": on a route's card, the verdict a person believes right and
//! why. The case is then saved as a scenario file expecting that verdict (the file worker writes
//! it), for the maintainers to turn into a test or a change of the rules.

use super::input::InputError;
use crate::msg::message;
use crate::rules::Verdict;

/// The most characters a reason may have (a paragraph or two; a longer argument goes with the file).
pub const MAX_REASON_CHARS: usize = 2000;

/// The verdicts a person may choose instead of `current`: every other one, in RULES.md's order.
pub fn choices(current: Verdict) -> impl Iterator<Item = Verdict> {
    Verdict::ALL.into_iter().filter(move |v| *v != current)
}

/// The form's two answers checked: a verdict other than the route's own (`verdict` is its id),
/// and a reason that is written and not too long. Every problem names its field.
pub fn check(current: Verdict, verdict: &str, reason: &str) -> Result<(Verdict, String), Vec<InputError>> {
    let chosen = Verdict::from_id(verdict).filter(|v| *v != current);
    let reason = reason.trim();
    let mut errors = Vec::new();
    if chosen.is_none() {
        errors.push(InputError { field: "verdict", msg: message("dispute.error_verdict") });
    }
    if reason.is_empty() {
        errors.push(InputError { field: "reason", msg: message("dispute.error_reason") });
    } else if reason.chars().count() > MAX_REASON_CHARS {
        errors.push(InputError { field: "reason", msg: message("dispute.error_reason_long").int("n", MAX_REASON_CHARS as i64) });
    }
    match chosen {
        Some(v) if errors.is_empty() => Ok((v, reason.to_string())),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dispute_needs_another_verdict_and_a_reason() {
        assert_eq!(
            check(Verdict::Possible, "likely", "  Art 8(1): the aunt is legally present.\n"),
            Ok((Verdict::Likely, "Art 8(1): the aunt is legally present.".into()))
        );
        let fields =
            |r: Result<(Verdict, String), Vec<InputError>>| r.unwrap_err().iter().map(|e| (e.field, e.msg.key)).collect::<Vec<_>>();
        assert_eq!(fields(check(Verdict::Possible, "", "")), [("verdict", "dispute.error_verdict"), ("reason", "dispute.error_reason")]);
        // The verdict the route already has is no dispute; an unknown id is none chosen.
        assert_eq!(fields(check(Verdict::Possible, "possible", "why")), [("verdict", "dispute.error_verdict")]);
        assert_eq!(fields(check(Verdict::Possible, "unlikely", "why")), [("verdict", "dispute.error_verdict")]);
        assert_eq!(fields(check(Verdict::Likely, "closed", " \n\t")), [("reason", "dispute.error_reason")]);
        let long = "é".repeat(MAX_REASON_CHARS + 1);
        assert_eq!(fields(check(Verdict::Likely, "closed", &long)), [("reason", "dispute.error_reason_long")]);
        assert!(check(Verdict::Likely, "closed", &"é".repeat(MAX_REASON_CHARS)).is_ok());
        assert_eq!(
            choices(Verdict::Closed).collect::<Vec<_>>(),
            [Verdict::Likely, Verdict::Possible, Verdict::NotEligible, Verdict::NotApplicable]
        );
    }
}
