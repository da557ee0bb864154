//! Article 8 ECHR outside the Immigration Rules (`article8_outside_rules`): `possible` whenever a
//! UK relative exists, with a note on how strong the case is (Resolved conventions 6 and 15).

use super::relatives::about;
use super::Ctx;
use crate::case::{Relation, UkStatus};
use crate::fact::Fact;
use crate::msg::message;
use crate::rules::data::{ARTICLE_8, ARTICLE_8_NOTES};
use crate::rules::judge::Judge;
use crate::rules::outcome::{PathwayId, PathwayResult, Verdict};

pub fn evaluate(ctx: &Ctx) -> PathwayResult {
    let id = PathwayId::Article8OutsideRules;
    let cite = ARTICLE_8.at(ctx.app.date).source;
    let mut j = Judge::new();
    // Strength notes (a bill that would narrow family life): verdicts unchanged.
    for n in ctx.notes(&ARTICLE_8_NOTES) {
        j.note(n.msg, n.cite);
    }
    match ctx.relatives {
        None => j.cap(message("a8.relatives_unknown"), cite, &[Fact::Relatives]),
        Some([]) => j.fail(message("relatives.none"), cite),
        Some(list) => {
            // The strongest relative decides the strength note.
            let strong = list.iter().position(|r| {
                matches!(r.relation, Some(Relation::Parent | Relation::Sibling | Relation::HalfSibling))
                    && matches!(r.status, Some(UkStatus::British | UkStatus::Settled | UkStatus::Protection))
            });
            let weak = list.iter().all(|r| matches!(r.status, Some(UkStatus::NoStatus | UkStatus::AsylumPending)));
            match (strong, weak) {
                (Some(i), _) => j.cap(about("a8.stronger", i, &list[i]), cite, &[]),
                (None, true) => j.cap(message("a8.weak"), cite, &[]),
                (None, false) => j.cap(message("a8.arguable"), cite, &[]),
            }
        }
    }
    // Not a route for children: the 18th birthday closes nothing here.
    j.next_steps.push(message("next.article8"));
    j.finish(id, Verdict::Possible, ARTICLE_8.status(ctx.on))
}
