//! The rules reference as data: for each pathway, its conditions (a sentence, its source, and the
//! reason keys the engine gives when it checks that condition) and the dated parameters it reads.
//! `crate::report::rules_page` renders it (`pathways rules`, the static Rules pages). A test ties
//! every reason the engine gives to one of these conditions, and every condition to a reason the
//! engine gives, so this reference cannot drift from the code; the dates and values come from the
//! parameters themselves.

use super::cite::Cite;
use super::data::*;
use super::outcome::PathwayId;
use super::param::{Notes, Param, Phase, SINCE_EVER};
use crate::case::{Country, Time};
use crate::date::Date;

/// One condition of a pathway: its text (a catalog key), its source, and the reason keys the engine
/// gives when it checks it (met, failed or unknown).
pub struct Condition {
    pub text: &'static str,
    pub cite: Cite,
    pub reasons: &'static [&'static [&'static str]],
}

/// A pathway's conditions and the dated parameters it reads.
pub struct PathwayRules {
    pub pathway: PathwayId,
    pub conditions: &'static [Condition],
    pub params: &'static [&'static dyn Dated],
}

/// A parameter's value, as the reference shows it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Shown {
    Phase(Phase),
    Number(i32),
    Date(Date),
    /// An optional date that is absent (no arrival-date criterion).
    NoDate,
    YesNo(bool),
    Countries(&'static [Country]),
    Notes(Notes),
}

/// One entry of a parameter, as the reference shows it.
pub struct DatedValue {
    pub from: Date,
    pub time: Option<Time>,
    pub value: Shown,
    pub source: Cite,
}

/// A parameter of any value type, for the reference.
pub trait Dated: Sync {
    fn name(&self) -> &'static str;
    fn values(&self) -> Vec<DatedValue>;
}

pub trait Show {
    fn show(&self) -> Shown;
}
impl Show for Phase {
    fn show(&self) -> Shown {
        Shown::Phase(*self)
    }
}
impl Show for i32 {
    fn show(&self) -> Shown {
        Shown::Number(*self)
    }
}
impl Show for Date {
    fn show(&self) -> Shown {
        Shown::Date(*self)
    }
}
impl Show for Option<Date> {
    fn show(&self) -> Shown {
        self.map_or(Shown::NoDate, Shown::Date)
    }
}
impl Show for bool {
    fn show(&self) -> Shown {
        Shown::YesNo(*self)
    }
}
impl Show for &'static [Country] {
    fn show(&self) -> Shown {
        Shown::Countries(self)
    }
}
impl Show for Notes {
    fn show(&self) -> Shown {
        Shown::Notes(self)
    }
}

impl<T: Show + Sync> Dated for Param<T> {
    fn name(&self) -> &'static str {
        self.name
    }
    fn values(&self) -> Vec<DatedValue> {
        self.entries.iter().map(|e| DatedValue { from: e.from, time: e.time, value: e.value.show(), source: e.source }).collect()
    }
}

impl DatedValue {
    /// True for the first entry of a parameter (in force since before any date the rules know).
    pub fn always(&self) -> bool {
        self.from == SINCE_EVER
    }
}

// Reason keys shared by several pathways.
const AGE_DISPUTE: &[&str] = &["age.disputed", "age.dispute_unknown"];
const BEST_INTERESTS: &[&str] = &["best_interests.against", "best_interests.not_against", "best_interests.required"];
const RELATIVES: &[&str] = &["relatives.unknown", "relatives.none"];
const RELATIVE_UNKNOWN: &[&str] = &["rel.relation_unknown", "rel.status_unknown"];
const CHILD_ROUTE: &[&str] = &[
    "child.under_18",
    "child.not_under_18",
    "child.under_18_unknown",
    "age.disputed",
    "age.dispute_unknown",
    "child.married",
    "child.married_unknown",
];
const DUBLIN_MINORITY: &[&str] = &["d8.minor_at_claim", "d8.minor_at_claim_unknown", "d8.now_adult"];
const ART8_RELATIVE: &[&str] = &[
    "d8.relation_unknown",
    "d8.family_after_flight",
    "d8.family_unknown",
    "d8.half_sibling",
    "d8.present",
    "d8.pending",
    "d8.no_status",
    "d8.status_unknown",
    "d8.not_family",
];
const ART8_2: &[&str] = &["d8.relative_not_adult", "d8.relative_adult_unknown", "d8.can_care", "d8.cannot_care", "d8.care_unknown"];
const DUBS_AGE: &[&str] =
    &["dubs.minor", "dubs.adult", "dubs.minor_unknown", "dubs.unaccompanied", "dubs.accompanied", "dubs.unaccompanied_unknown"];
const DUBS_ARRIVAL: &[&str] = &["dubs.arrived_before", "dubs.arrived_after", "dubs.arrival_unknown"];
const DUBS_WINDOW: &[&str] = &["dubs.not_yet", "dubs.closed"];

const DUBLIN_WINDOW: Condition = Condition {
    text: "ref.dublin.window",
    cite: Cite::DublinExit,
    reasons: &[&[
        "dublin.not_yet",
        "dublin.dublin_ii",
        "dublin.closed",
        "dublin.closed_request_late",
        "dublin.closed_received_late",
        "dublin.closed_claim_late",
        "dublin.closed_refused",
        "dublin.legacy_request",
        "dublin.legacy_last_day_received",
        "dublin.legacy_last_day_unknown",
        "dublin.legacy_date_unknown",
        "dublin.legacy_decision_unknown",
    ]],
};
const DUBLIN_LOCATION: Condition = Condition {
    text: "ref.dublin_family.1",
    cite: Cite::DublinArt3,
    reasons: &[&["dublin.location_unknown", "dublin.in_uk", "dublin.not_dublin_state", "dublin.in_dublin_state"]],
};
const DUBLIN_CLAIM: Condition = Condition {
    text: "ref.dublin_family.2",
    cite: Cite::DublinArt20_2,
    reasons: &[&[
        "dublin.claim_unknown",
        "dublin.no_claim",
        "dublin.claim_country_unknown",
        "dublin.claim_outside",
        "dublin.claim_lodged",
        "dublin.claim_lodged_undated",
    ]],
};
const DUBLIN_TIME_LIMITS: Condition = Condition {
    text: "ref.dublin.time_limits",
    cite: Cite::DublinArt21_1,
    reasons: &[&[
        "dublin.claim_date_unknown",
        "dublin.request_time_passed",
        "dublin.request_late",
        "dublin.request_date_unknown",
        "dublin.transfer_time_passed",
        "dublin.refused",
        "dublin.accepted",
        "dublin.transfer_unknown",
        "dublin.decision_unknown",
        "dublin.deemed_accepted",
    ]],
};
const DUBLIN_PARAMS: &[&dyn Dated] =
    &[&DUBLIN, &DUBLIN_ASSOCIATES, &DUBLIN_REQUEST_MONTHS, &DUBLIN_REPLY_MONTHS, &DUBLIN_TRANSFER_MONTHS, &MAJORITY_AGE];

/// The reference, in RULES.md order.
pub static REFERENCE: &[PathwayRules] = &[
    PathwayRules {
        pathway: PathwayId::DublinFamily,
        conditions: &[
            DUBLIN_WINDOW,
            DUBLIN_LOCATION,
            DUBLIN_CLAIM,
            Condition {
                text: "ref.dublin_family.3",
                cite: Cite::DublinArt7_2,
                reasons: &[DUBLIN_MINORITY, &["d8.adult_at_claim"], AGE_DISPUTE],
            },
            Condition {
                text: "ref.dublin_family.4",
                cite: Cite::DublinArt2j,
                reasons: &[&["d8.unaccompanied", "d8.accompanied", "d8.unaccompanied_unknown"]],
            },
            Condition { text: "ref.dublin_family.5", cite: Cite::DublinArt8_1, reasons: &[RELATIVES, ART8_RELATIVE] },
            Condition { text: "ref.dublin_family.6", cite: Cite::DublinArt8_2, reasons: &[ART8_2] },
            Condition { text: "ref.dublin_family.7", cite: Cite::DublinArt6, reasons: &[BEST_INTERESTS] },
            DUBLIN_TIME_LIMITS,
        ],
        params: DUBLIN_PARAMS,
    },
    PathwayRules {
        pathway: PathwayId::DublinOther,
        conditions: &[
            DUBLIN_WINDOW,
            DUBLIN_LOCATION,
            DUBLIN_CLAIM,
            Condition {
                text: "ref.dublin_other.1",
                cite: Cite::DublinArt9,
                reasons: &[
                    &[
                        "dx.art9_10",
                        "dx.consent_unknown",
                        "dx.no_consent",
                        "dx.parent_status_unknown",
                        "dx.relation_unknown",
                        "dx.adult_at_claim",
                        "dx.married",
                        "dx.married_unknown",
                    ],
                    DUBLIN_MINORITY,
                    AGE_DISPUTE,
                ],
            },
            Condition { text: "ref.dublin_other.2", cite: Cite::DublinArt17_2, reasons: &[&["dx.art17_2"], RELATIVES] },
            DUBLIN_TIME_LIMITS,
        ],
        params: DUBLIN_PARAMS,
    },
    PathwayRules {
        pathway: PathwayId::DubsCalais,
        conditions: &[
            Condition { text: "ref.dubs_calais.window", cite: Cite::DubsCalaisWindow, reasons: &[DUBS_WINDOW] },
            Condition {
                text: "ref.dubs_calais.1",
                cite: Cite::DubsCalaisGuidance,
                reasons: &[
                    &["calais.relatives_unknown", "calais.use_dublin", "calais.no_dublin_link", "calais.maybe_dublin"],
                    // Why a relative does not send the child to Dublin: the Art 8 test's own reasons.
                    &["d8.family_after_flight", "d8.no_status", "d8.not_family", "d8.relative_not_adult", "d8.cannot_care"],
                ],
            },
            Condition {
                text: "ref.dubs_calais.ages",
                cite: Cite::DubsCalaisGuidance,
                reasons: &[&["calais.a1", "calais.a2", "calais.a3", "calais.a4", "calais.no_criterion", "calais.criterion_unknown"]],
            },
            Condition {
                text: "ref.dubs_calais.2",
                cite: Cite::DubsCalaisGuidance,
                reasons: &[&["calais.in_camp", "calais.not_in_camp", "calais.camp_unknown"]],
            },
            Condition { text: "ref.dubs_calais.3", cite: Cite::DubsArrivalCutoff, reasons: &[DUBS_ARRIVAL] },
            Condition { text: "ref.dubs_calais.4", cite: Cite::DubsS67, reasons: &[DUBS_AGE, AGE_DISPUTE, BEST_INTERESTS] },
        ],
        params: &[
            &CALAIS,
            &CALAIS_AGE_ANY_NATIONALITY,
            &CALAIS_AGE_NATIONALITY,
            &CALAIS_NATIONALITIES,
            &CALAIS_CAMP_BY,
            &CALAIS_ARRIVED_BEFORE,
            &MAJORITY_AGE,
        ],
    },
    PathwayRules {
        pathway: PathwayId::DubsReferral,
        conditions: &[
            Condition { text: "ref.dubs_referral.window", cite: Cite::DubsFactsheet, reasons: &[DUBS_WINDOW] },
            Condition {
                text: "ref.dubs_referral.states",
                cite: Cite::DubsFactsheet,
                reasons: &[&["referral.location_unknown", "referral.participating", "referral.not_participating"]],
            },
            Condition {
                text: "ref.dubs_referral.1",
                cite: Cite::DubsFactsheet,
                reasons: &[&["referral.referred", "referral.not_referred", "referral.referral_unknown"]],
            },
            Condition { text: "ref.dubs_referral.2", cite: Cite::DubsS67, reasons: &[DUBS_AGE, AGE_DISPUTE, BEST_INTERESTS] },
            Condition {
                text: "ref.dubs_referral.date",
                cite: Cite::DubsArrivalCutoff,
                reasons: &[DUBS_ARRIVAL, &["referral.no_date_criterion"]],
            },
            Condition { text: "ref.dubs_referral.3", cite: Cite::DubsFactsheet, reasons: &[&["referral.discretion"]] },
        ],
        params: &[&DUBS_REFERRAL, &DUBS_REFERRAL_STATES, &DUBS_ARRIVED_BEFORE, &MAJORITY_AGE],
    },
    PathwayRules {
        pathway: PathwayId::RefugeeFamilyReunion,
        conditions: &[
            Condition {
                text: "ref.refugee_family_reunion.window",
                cite: Cite::Hc1298,
                reasons: &[&[
                    "frp.closed",
                    "frp.closed_application",
                    "frp.application_date_unknown",
                    "frp.closure_day_time_unknown",
                    "frp.transitional",
                ]],
            },
            Condition {
                text: "ref.refugee_family_reunion.1",
                cite: Cite::AppendixFrp,
                reasons: &[
                    RELATIVES,
                    RELATIVE_UNKNOWN,
                    &["frp.not_parent", "frp.protection", "frp.settled", "frp.british", "frp.no_protection"],
                ],
            },
            Condition {
                text: "ref.refugee_family_reunion.2",
                cite: Cite::AppendixFrp,
                reasons: &[&["frp.family_before", "frp.family_after", "frp.family_unknown"]],
            },
            Condition { text: "ref.refugee_family_reunion.3", cite: Cite::AppendixFrp, reasons: &[CHILD_ROUTE] },
            Condition {
                text: "ref.refugee_family_reunion.notes",
                cite: Cite::DmReview,
                reasons: &[&["status_note.frp_dm", "status_note.frp_challenge"]],
            },
        ],
        params: &[&FAMILY_REUNION, &FAMILY_REUNION_NOTES, &MAJORITY_AGE],
    },
    PathwayRules {
        pathway: PathwayId::ChildRelativeProtection,
        conditions: &[
            Condition {
                text: "ref.child_relative_protection.1",
                cite: Cite::AppendixCrp,
                reasons: &[
                    RELATIVES,
                    RELATIVE_UNKNOWN,
                    &["crp.parent", "crp.not_close_relative", "crp.protection", "crp.settled", "crp.pending", "crp.no_protection"],
                ],
            },
            Condition { text: "ref.child_relative_protection.2", cite: Cite::AppendixCrp, reasons: &[CHILD_ROUTE] },
            Condition {
                text: "ref.child_relative_protection.3",
                cite: Cite::AppendixCrp,
                reasons: &[&["crp.serious_compelling", "crp.identity"]],
            },
        ],
        params: &[&CHILD_RELATIVE, &MAJORITY_AGE],
    },
    PathwayRules {
        pathway: PathwayId::Para297,
        conditions: &[
            Condition {
                text: "ref.para_297.1",
                cite: Cite::Para297,
                reasons: &[
                    RELATIVES,
                    // An unknown relation is asked for but gives no reason of its own here.
                    &["rel.status_unknown"],
                    &[
                        "p297.settled",
                        "p297.not_settled",
                        "p297.parent",
                        "p297.parent_hc1691",
                        "p297.other_parent_kone",
                        "p297.other_parent_limited",
                        "p297.other_parent_unknown",
                        "p297.relative",
                        "p297.weak_relative",
                    ],
                ],
            },
            Condition { text: "ref.para_297.2", cite: Cite::Para297, reasons: &[CHILD_ROUTE, &["p297.serious_compelling"]] },
        ],
        params: &[&PARA_297, &PARA_297_OTHER_PARENT_LIMITED_REFUSED, &MAJORITY_AGE],
    },
    PathwayRules {
        pathway: PathwayId::AppendixFm,
        conditions: &[
            Condition {
                text: "ref.appendix_fm.1",
                cite: Cite::AppendixFm,
                reasons: &[
                    RELATIVES,
                    RELATIVE_UNKNOWN,
                    &[
                        "fm.not_parent",
                        "fm.step_parent",
                        "fm.settled_parent",
                        "fm.protection_parent",
                        "fm.protection_before",
                        "fm.no_status",
                    ],
                ],
            },
            Condition { text: "ref.appendix_fm.2", cite: Cite::AppendixFm, reasons: &[CHILD_ROUTE, &["fm.requirements"]] },
        ],
        params: &[&APPENDIX_FM, &FM_PROTECTION_PARENT, &MAJORITY_AGE],
    },
    PathwayRules {
        pathway: PathwayId::Article8OutsideRules,
        conditions: &[
            Condition {
                text: "ref.article8_outside_rules.1",
                cite: Cite::Article8,
                reasons: &[&["a8.relatives_unknown", "relatives.none", "a8.stronger", "a8.weak", "a8.arguable"]],
            },
            Condition { text: "ref.article8_outside_rules.notes", cite: Cite::ImmigrationAsylumBill, reasons: &[&["status_note.a8_bill"]] },
        ],
        params: &[&ARTICLE_8, &ARTICLE_8_NOTES],
    },
    PathwayRules {
        pathway: PathwayId::UkFrancePilot,
        conditions: &[
            Condition {
                text: "ref.uk_france_pilot.window",
                cite: Cite::Eats,
                reasons: &[&["eats.not_yet", "eats.closed", "status_note.eats_extended"]],
            },
            Condition {
                text: "ref.uk_france_pilot.1",
                cite: Cite::EatsEligibility,
                reasons: &[&[
                    "eats.unaccompanied_child",
                    "eats.adult",
                    "eats.with_parent",
                    "eats.unknown",
                    "eats.in_france",
                    "eats.not_in_france",
                    "eats.location_unknown",
                ]],
            },
            Condition { text: "ref.uk_france_pilot.eea", cite: Cite::EatsEligibility, reasons: &[&["eats.eea_national"]] },
        ],
        params: &[&EATS, &EEA_EFTA_STATES, &MAJORITY_AGE],
    },
];

impl PathwayRules {
    /// Is `key` a reason this pathway's conditions declare?
    pub fn declares(&self, key: &str) -> bool {
        self.conditions.iter().any(|c| c.reasons.iter().any(|group| group.contains(&key)))
    }
}

/// The reference entry of a pathway.
pub fn of(pathway: PathwayId) -> &'static PathwayRules {
    &REFERENCE[pathway as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_entry_per_pathway_in_order() {
        assert_eq!(REFERENCE.len(), PathwayId::ALL.len());
        for (r, p) in REFERENCE.iter().zip(PathwayId::ALL) {
            assert_eq!(r.pathway, p);
            assert!(!r.conditions.is_empty() && !r.params.is_empty(), "{p:?}");
        }
    }

    #[test]
    fn every_window_is_shown_with_a_pathway() {
        for w in WINDOWS {
            assert!(REFERENCE.iter().any(|r| r.params.iter().any(|p| p.name() == w.name)), "{} is not in the reference", w.name);
        }
    }
}
