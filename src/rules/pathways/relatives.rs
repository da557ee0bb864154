//! The UK relatives and the legal tests about them, each written once: the relationship test of
//! Dublin III Art 8 (used by `dublin_family`, and by the Calais scheme to send a child to Dublin,
//! Resolved convention 10), legal presence (convention 7), and how several relatives are weighed.

use super::Ctx;
use crate::case::{Relation, Relative, UkStatus};
use crate::fact::Fact;
use crate::msg::{message, Msg};
use crate::rules::cite::Cite;
use crate::rules::facts::Tri;
use crate::rules::judge::{best_of, Judge};
use crate::rules::outcome::Verdict;

/// The message key for a relation (or "unknown").
pub fn relation_key(r: Option<Relation>) -> &'static str {
    match r {
        Some(Relation::Parent) => "relation.parent",
        Some(Relation::StepParent) => "relation.step_parent",
        Some(Relation::ResponsibleAdult) => "relation.responsible_adult",
        Some(Relation::Sibling) => "relation.sibling",
        Some(Relation::HalfSibling) => "relation.half_sibling",
        Some(Relation::AuntUncle) => "relation.aunt_uncle",
        Some(Relation::Grandparent) => "relation.grandparent",
        Some(Relation::Cousin) => "relation.cousin",
        Some(Relation::Other) => "relation.other",
        None => "relation.unknown",
    }
}

/// The message key for a UK status (or "unknown").
pub fn status_key(s: Option<UkStatus>) -> &'static str {
    match s {
        Some(UkStatus::British) => "status.british",
        Some(UkStatus::Settled) => "status.settled",
        Some(UkStatus::Protection) => "status.protection",
        Some(UkStatus::OtherLeave) => "status.other_leave",
        Some(UkStatus::AsylumPending) => "status.asylum_pending",
        Some(UkStatus::NoStatus) => "status.no_status",
        None => "status.unknown",
    }
}

/// A message about relative number `i + 1`, with its relation and status as arguments.
pub fn about(key: &'static str, i: usize, rel: &Relative) -> Msg {
    message(key).text("n", (i + 1).to_string()).key("relation", relation_key(rel.relation)).key("status", status_key(rel.status))
}

/// The relatives list: unknown (cap), empty (fail), or the list to judge one by one.
pub fn relatives_or<'a>(ctx: &Ctx<'a>, j: &mut Judge, cite: Cite) -> Option<&'a [Relative]> {
    match ctx.relatives {
        None => {
            j.cap(message("relatives.unknown"), cite, &[Fact::Relatives]);
            None
        }
        Some([]) => {
            j.fail(message("relatives.none"), cite);
            None
        }
        Some(list) => Some(list),
    }
}

/// Judges each relative with `judge_one` and keeps the best (see [`best_of`]).
pub fn judge_relatives(ctx: &Ctx, j: &mut Judge, cite: Cite, judge_one: impl Fn(usize, &Relative) -> Judge) {
    if let Some(list) = relatives_or(ctx, j, cite) {
        let candidates = list
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let one = judge_one(i, r);
                let v = one.verdict(Verdict::Likely);
                (one, v)
            })
            .collect();
        if let Some(best) = best_of(candidates) {
            j.absorb(best);
        }
    }
}

/// Is the relative legally present in the UK for Dublin Art 8 (Resolved convention 7)? British,
/// settled, protection and other lawful leave count; a pending asylum claim is uncertain (RULES.md
/// Q1: at most `possible`); no status does not count.
pub fn legally_present(i: usize, rel: &Relative, j: &mut Judge, cite: Cite) -> Tri {
    match rel.status {
        Some(UkStatus::British | UkStatus::Settled | UkStatus::Protection | UkStatus::OtherLeave) => {
            j.lead(about("d8.present", i, rel), cite);
            Tri::Yes
        }
        Some(UkStatus::AsylumPending) => {
            j.cap(about("d8.pending", i, rel), Cite::DublinArt8_1Q1, &[]);
            Tri::Unknown
        }
        Some(UkStatus::NoStatus) => {
            j.fail(about("d8.no_status", i, rel), cite);
            Tri::No
        }
        None => {
            j.cap(about("d8.status_unknown", i, rel), cite, &[Fact::RelativeStatus(i)]);
            Tri::Unknown
        }
    }
}

/// One relative under Dublin III Art 8: the reasons, and whether the relative could ground an
/// Art 8 claim.
pub struct Art8Link {
    pub judge: Judge,
    /// `Yes`: a family member, sibling or relative (Art 2(g)-(h), 8(1)-(2)) who is legally present,
    /// even if their ability to care or the family's existence before the flight is still unknown
    /// (Resolved convention 10, as in S29). `No`: a known fact disqualifies them. `Unknown`: the
    /// relation, adulthood or legal presence is not settled.
    pub grounds: Tri,
}

/// The Art 8 relationship test, written once (Resolved conventions 7 and 10): (a) a parent or other
/// adult responsible for the child, in the family before the flight (Art 2(g)), or a sibling:
/// Art 8(1); (b) an adult aunt, uncle or grandparent who can take care of the child: Art 8(2).
pub fn art8_link(i: usize, rel: &Relative) -> Art8Link {
    let mut j = Judge::new();
    let (relation, cite) = match rel.relation {
        None => {
            j.cap(about("d8.relation_unknown", i, rel), Cite::DublinArt2g, &[Fact::Relation(i)]);
            (Tri::Unknown, Cite::DublinArt8_1)
        }
        Some(Relation::Parent | Relation::ResponsibleAdult) => {
            // A "family member" only if the family already existed in the country of origin (Art 2(g)).
            match rel.family_before_flight {
                Some(true) => {}
                Some(false) => j.fail(about("d8.family_after_flight", i, rel), Cite::DublinArt2g),
                None => j.cap(about("d8.family_unknown", i, rel), Cite::DublinArt2g, &[Fact::RelativeFamilyBeforeFlight(i)]),
            }
            (Tri::Yes, Cite::DublinArt8_1)
        }
        // Siblings need not be adult nor family before the flight (Art 8(1) names them apart).
        Some(Relation::Sibling) => (Tri::Yes, Cite::DublinArt8_1),
        Some(Relation::HalfSibling) => {
            j.cap(about("d8.half_sibling", i, rel), Cite::DublinArt8_1Q3, &[]);
            (Tri::Unknown, Cite::DublinArt8_1)
        }
        Some(Relation::AuntUncle | Relation::Grandparent) => {
            let adult = Tri::from(rel.adult);
            match adult {
                Tri::Yes => {}
                Tri::No => j.fail(about("d8.relative_not_adult", i, rel), Cite::DublinArt2h),
                Tri::Unknown => j.cap(about("d8.relative_adult_unknown", i, rel), Cite::DublinArt2h, &[Fact::RelativeAdult(i)]),
            }
            (adult, Cite::DublinArt8_2)
        }
        Some(Relation::StepParent | Relation::Cousin | Relation::Other) => {
            j.fail(about("d8.not_family", i, rel), Cite::DublinArt2h);
            return Art8Link { judge: j, grounds: Tri::No };
        }
    };
    let present = legally_present(i, rel, &mut j, cite);
    if matches!(rel.relation, Some(Relation::AuntUncle | Relation::Grandparent)) {
        j.check(
            Tri::from(rel.able_to_care),
            Cite::DublinArt8_2,
            about("d8.can_care", i, rel),
            about("d8.cannot_care", i, rel),
            about("d8.care_unknown", i, rel),
            &[Fact::RelativeCanCare(i)],
        );
    }
    let grounds = if j.failed() { Tri::No } else { relation.and(present) };
    Art8Link { judge: j, grounds }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rel(relation: Relation, status: UkStatus) -> Relative {
        Relative { relation: Some(relation), adult: Some(true), status: Some(status), ..Relative::default() }
    }

    #[test]
    fn the_relationship_test_for_dublin_and_calais() {
        let grounds = |r: Relative| art8_link(0, &r).grounds;
        let parent = rel(Relation::Parent, UkStatus::British);
        assert_eq!(grounds(Relative { family_before_flight: Some(true), ..parent.clone() }), Tri::Yes);
        assert_eq!(grounds(Relative { family_before_flight: Some(false), ..parent.clone() }), Tri::No, "family formed after the flight");
        assert_eq!(grounds(parent.clone()), Tri::Yes, "family before the flight unknown still routes (convention 10)");
        assert_eq!(grounds(rel(Relation::ResponsibleAdult, UkStatus::Settled)), Tri::Yes);
        assert_eq!(grounds(rel(Relation::Sibling, UkStatus::NoStatus)), Tri::No);
        assert_eq!(grounds(rel(Relation::Sibling, UkStatus::AsylumPending)), Tri::Unknown);
        assert_eq!(grounds(rel(Relation::HalfSibling, UkStatus::British)), Tri::Unknown);
        let aunt = rel(Relation::AuntUncle, UkStatus::British);
        assert_eq!(grounds(aunt.clone()), Tri::Yes, "ability to care unknown still routes (S29)");
        assert_eq!(grounds(Relative { able_to_care: Some(false), ..aunt.clone() }), Tri::No);
        assert_eq!(grounds(Relative { adult: Some(false), ..aunt.clone() }), Tri::No);
        assert_eq!(grounds(Relative { adult: None, ..aunt }), Tri::Unknown);
        for r in [Relation::StepParent, Relation::Cousin, Relation::Other] {
            assert_eq!(grounds(rel(r, UkStatus::British)), Tri::No, "{r:?}");
        }
    }
}
