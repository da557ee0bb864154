//! The law as dated data: every date, cut-off, age limit, country list and route window the rules
//! use, each a series of entries (the day it takes effect, the value, the source). When the law
//! moves, add an entry here; the engine, the app, `pathways rules` and the Rules pages follow.
//!
//! Worked example: on 20 November 2026 the UK-France pilot's end is confirmed for 15 December
//! 2026. Add its source to `cite.rs` (say `EatsEnd`, with the link), then one entry to [`EATS`]:
//! `on_fixed(Date::ymd(2026, 12, 16), Phase::Closed, Cite::EatsEnd, Date::ymd(2026, 11, 20))`,
//! and raise [`RULES_VERSION`]. Assessments from 16 December 2026 then give `closed`; those from
//! 20 November count down to 15 December 2026 as the route's last day; earlier ones say that the
//! route later closed (nobody knew its end then).

use super::cite::Cite;
use super::param::{at, at_fixed, on, on_fixed, Notes, Param, Phase, SINCE_EVER};
use crate::case::Country;
use crate::date::Date;

/// The version of this rules bundle; every result and every saved case carries it.
pub const RULES_VERSION: &str = "2026.12.0";
/// How far the legal research behind the rules runs (RULES.md, "Legal currency"): the law is
/// checked to this date, whatever the build date.
pub const LAW_CHECKED_TO: Date = Date::ymd(2026, 10, 6);

const fn day(y: i32, m: u32, d: u32) -> Date {
    Date::ymd(y, m, d)
}

const fn c(code: &str) -> Country {
    Country::code(code)
}

// Age.

/// A minor is under 18 (Dublin III Art 2(i)); the age is reached at the start of the birthday.
pub static MAJORITY_AGE: Param<i32> = Param { name: "majority_age", entries: &[on(SINCE_EVER, 18, Cite::AgeOfMajority)] };

// Dublin III.

/// Dublin III applies to claims lodged from 1 January 2014 (Art 49; before it, Dublin II); the UK
/// took part until 23:00 UK time on 31 December 2020 (SI 2019/745), the end of the transition
/// period, fixed when the UK left the EU on 31 January 2020 (RULES.md, key dates).
pub static DUBLIN: Param<Phase> = Param {
    name: "dublin",
    entries: &[
        on(SINCE_EVER, Phase::NotYetInForce, Cite::DublinArt49),
        on(day(2014, 1, 1), Phase::Open, Cite::DublinArt49),
        at_fixed(day(2020, 12, 31), 23, 0, Phase::Closed, Cite::DublinExit, day(2020, 1, 31)),
    ],
};
/// Take-charge request within 3 months of lodging (Art 21(1)).
pub static DUBLIN_REQUEST_MONTHS: Param<i32> = Param { name: "dublin_request_months", entries: &[on(SINCE_EVER, 3, Cite::DublinArt21_1)] };
/// Reply within 2 months of the request; silence is acceptance (Art 22(1), 22(7)).
pub static DUBLIN_REPLY_MONTHS: Param<i32> = Param { name: "dublin_reply_months", entries: &[on(SINCE_EVER, 2, Cite::DublinArt22)] };
/// Transfer within 6 months of acceptance (Art 29(1)).
pub static DUBLIN_TRANSFER_MONTHS: Param<i32> = Param { name: "dublin_transfer_months", entries: &[on(SINCE_EVER, 6, Cite::DublinArt29)] };

/// The 27 EU member states (the UK left on 31 January 2020; Denmark applies Dublin by agreement).
pub const EU_STATES: &[Country] = &[
    c("AT"),
    c("BE"),
    c("BG"),
    c("CY"),
    c("CZ"),
    c("DE"),
    c("DK"),
    c("EE"),
    c("ES"),
    c("FI"),
    c("FR"),
    c("GR"),
    c("HR"),
    c("HU"),
    c("IE"),
    c("IT"),
    c("LT"),
    c("LU"),
    c("LV"),
    c("MT"),
    c("NL"),
    c("PL"),
    c("PT"),
    c("RO"),
    c("SE"),
    c("SI"),
    c("SK"),
];
/// The Dublin states other than the UK besides the EU states: four associated states.
pub static DUBLIN_ASSOCIATES: Param<&[Country]> =
    Param { name: "dublin_associates", entries: &[on(SINCE_EVER, &[c("CH"), c("IS"), c("LI"), c("NO")], Cite::DublinArt3)] };

/// Is the country a Dublin state other than the UK on `d`?
pub fn dublin_state(country: Country, d: Date) -> bool {
    EU_STATES.contains(&country) || DUBLIN_ASSOCIATES.value(d).contains(&country)
}

// Section 67 (Dubs), Calais clearance.

/// From the first Calais transfers (17 October 2016) to the assumed end of the operation
/// (31 December 2016, RULES.md Q9: never fixed in advance, so never counted down).
pub static CALAIS: Param<Phase> = Param {
    name: "calais",
    entries: &[
        on(SINCE_EVER, Phase::NotYetInForce, Cite::DubsCalaisWindow),
        on(day(2016, 10, 17), Phase::Open, Cite::DubsCalaisWindow),
        on(day(2017, 1, 1), Phase::Closed, Cite::DubsCalaisWindow),
    ],
};
/// Criterion A1: aged 12 or under.
pub static CALAIS_AGE_ANY_NATIONALITY: Param<i32> =
    Param { name: "calais_age_any", entries: &[on(SINCE_EVER, 12, Cite::DubsCalaisGuidance)] };
/// Criterion A3: aged 15 or under and of one of [`CALAIS_NATIONALITIES`].
pub static CALAIS_AGE_NATIONALITY: Param<i32> =
    Param { name: "calais_age_nationality", entries: &[on(SINCE_EVER, 15, Cite::DubsCalaisGuidance)] };
pub static CALAIS_NATIONALITIES: Param<&[Country]> =
    Param { name: "calais_nationalities", entries: &[on(SINCE_EVER, &[c("SD"), c("SY")], Cite::DubsCalaisGuidance)] };
/// Criterion B2: in the camp on or before this day.
pub static CALAIS_CAMP_BY: Param<Date> =
    Param { name: "calais_camp_by", entries: &[on(SINCE_EVER, day(2016, 10, 24), Cite::DubsCalaisGuidance)] };
/// Criterion B3: arrived in Europe strictly before this day.
pub static CALAIS_ARRIVED_BEFORE: Param<Date> =
    Param { name: "calais_arrived_before", entries: &[on(SINCE_EVER, day(2016, 3, 20), Cite::DubsArrivalCutoff)] };

// Section 67 (Dubs), referrals.

/// Referrals by France, Greece and Italy from 2017 until the commitment was complete: the last
/// two children transferred, announced in the factsheet of 27 July 2020 (RULES.md, key dates).
pub static DUBS_REFERRAL: Param<Phase> = Param {
    name: "dubs_referral",
    entries: &[
        on(SINCE_EVER, Phase::NotYetInForce, Cite::DubsFactsheet),
        on(day(2017, 1, 1), Phase::Open, Cite::DubsFactsheet),
        on_fixed(day(2020, 7, 28), Phase::Closed, Cite::DubsFactsheet, day(2020, 7, 27)),
    ],
};
pub static DUBS_REFERRAL_STATES: Param<&[Country]> =
    Param { name: "dubs_referral_states", entries: &[on(SINCE_EVER, &[c("FR"), c("GR"), c("IT")], Cite::DubsFactsheet)] };
/// The arrival-date criterion on the date of the referral: arrived before this day, or none.
pub static DUBS_ARRIVED_BEFORE: Param<Option<Date>> = Param {
    name: "dubs_arrived_before",
    entries: &[
        on(SINCE_EVER, Some(day(2016, 3, 20)), Cite::DubsArrivalCutoff),
        on(day(2018, 1, 19), Some(day(2018, 1, 18)), Cite::Dubs2018Date),
        on(day(2018, 12, 20), None, Cite::DubsDateRemoved),
    ],
};

// Refugee family reunion.

/// Paras 352D and 352FG, then Appendix Family Reunion (Protection) from 12 April 2023; closed to
/// new applications from 15:00 UK time on 4 September 2025 (HC 1298), announced that day ("3pm
/// today", RULES.md 3.1). Judged on the application date.
pub static FAMILY_REUNION: Param<Phase> = Param {
    name: "family_reunion",
    entries: &[
        on(SINCE_EVER, Phase::Open, Cite::Para352D),
        on(day(2023, 4, 12), Phase::Open, Cite::AppendixFrp),
        at(day(2025, 9, 4), 15, 0, Phase::Closed, Cite::Hc1298),
    ],
};
/// The notes shown with refugee family reunion's verdict (RULES.md, "Legal currency").
pub static FAMILY_REUNION_NOTES: Param<Notes> = Param {
    name: "family_reunion_notes",
    entries: &[
        on(SINCE_EVER, &[], Cite::Hc1298),
        on(day(2025, 10, 8), &[("status_note.frp_dm", Cite::DmReview)], Cite::DmReview),
        on(
            day(2026, 7, 7),
            &[("status_note.frp_dm", Cite::DmReview), ("status_note.frp_challenge", Cite::SafePassageChallenge)],
            Cite::SafePassageChallenge,
        ),
    ],
};

// Child relative with protection.

/// Paras 319X to 319Y, then Appendix CNP (now Child Relative (Sponsors with Protection)) from
/// 12 April 2023; it stayed open after 4 September 2025.
pub static CHILD_RELATIVE: Param<Phase> = Param {
    name: "child_relative",
    entries: &[on(SINCE_EVER, Phase::Open, Cite::Para319X), on(day(2023, 4, 12), Phase::Open, Cite::AppendixCrp)],
};

// Paragraph 297.

/// Para 297(i)(f); amended by HC 259 from 30 July 2026 (text not seen: wording to be re-checked).
pub static PARA_297: Param<Phase> = Param {
    name: "para_297",
    entries: &[on(SINCE_EVER, Phase::Open, Cite::Para297), on(day(2026, 7, 30), Phase::Open, Cite::Para297Hc259)],
};
/// Is the parent limb refused when the other parent holds limited leave? Not under *Kone*; yes
/// from 26 March 2026 (HC 1691).
pub static PARA_297_OTHER_PARENT_LIMITED_REFUSED: Param<bool> =
    Param { name: "para_297_other_parent", entries: &[on(SINCE_EVER, false, Cite::Kone), on(day(2026, 3, 26), true, Cite::Hc1691)] };

// Appendix FM.

/// Appendix FM; amended by HC 259 from 30 July 2026 (text not seen: wording to be re-checked).
pub static APPENDIX_FM: Param<Phase> = Param {
    name: "appendix_fm",
    entries: &[on(SINCE_EVER, Phase::Open, Cite::AppendixFm), on(day(2026, 7, 30), Phase::Open, Cite::AppendixFmHc259)],
};
/// May a parent with protection sponsor under Appendix FM? From 4 September 2025 (HC 1298).
pub static FM_PROTECTION_PARENT: Param<bool> = Param {
    name: "fm_protection_parent",
    entries: &[on(SINCE_EVER, false, Cite::AppendixFm), on(day(2025, 9, 4), true, Cite::AppendixFmProtection)],
};

// Article 8 ECHR outside the Rules.

pub static ARTICLE_8: Param<Phase> = Param { name: "article8", entries: &[on(SINCE_EVER, Phase::Open, Cite::Article8)] };
/// A note on the strength of an Article 8 case (verdicts unchanged).
pub static ARTICLE_8_NOTES: Param<Notes> = Param {
    name: "article8_notes",
    entries: &[
        on(SINCE_EVER, &[], Cite::Article8),
        on(day(2026, 6, 30), &[("status_note.a8_bill", Cite::ImmigrationAsylumBill)], Cite::ImmigrationAsylumBill),
    ],
};

// UK/European Applicant Transfer Scheme (UK-France pilot).

/// In force 6 August 2025 (CP 1373); due to end 11 June 2026, extended past it with no confirmed
/// end date (Resolved convention 14). A confirmed end is one more entry: see the worked example
/// at the top of this file.
pub static EATS: Param<Phase> = Param {
    name: "eats",
    entries: &[
        on(SINCE_EVER, Phase::NotYetInForce, Cite::Eats),
        on(day(2025, 8, 6), Phase::Open, Cite::Eats),
        on(day(2026, 6, 12), Phase::Unconfirmed("status_note.eats_extended"), Cite::EatsExtension),
    ],
};
/// The scheme is not for EEA nationals: the EU states and these.
pub static EEA_EFTA_STATES: Param<&[Country]> =
    Param { name: "eea_efta_states", entries: &[on(SINCE_EVER, &[c("IS"), c("LI"), c("NO")], Cite::EatsEligibility)] };

/// Is the country in the European Economic Area on `d`?
pub fn eea_state(country: Country, d: Date) -> bool {
    EU_STATES.contains(&country) || EEA_EFTA_STATES.value(d).contains(&country)
}

pub const FRANCE: Country = c("FR");

/// Every route window, for the rules reference and the tests.
pub static WINDOWS: &[&Param<Phase>] =
    &[&DUBLIN, &CALAIS, &DUBS_REFERRAL, &FAMILY_REUNION, &CHILD_RELATIVE, &PARA_297, &APPENDIX_FM, &ARTICLE_8, &EATS];

#[cfg(test)]
mod tests {
    use super::*;

    fn check_order<T>(p: &Param<T>) {
        assert_eq!(p.entries[0].from, SINCE_EVER, "{}: the first entry starts at SINCE_EVER", p.name);
        assert!(p.entries.windows(2).all(|w| (w[0].from, w[0].time) < (w[1].from, w[1].time)), "{}: entries in date order", p.name);
    }

    #[test]
    fn entries_start_at_the_beginning_and_are_in_order() {
        for w in WINDOWS {
            check_order(*w);
        }
        check_order(&MAJORITY_AGE);
        check_order(&DUBS_ARRIVED_BEFORE);
        check_order(&FAMILY_REUNION_NOTES);
        check_order(&PARA_297_OTHER_PARENT_LIMITED_REFUSED);
        check_order(&FM_PROTECTION_PARENT);
        check_order(&ARTICLE_8_NOTES);
    }

    #[test]
    fn country_lists_hold_assigned_codes_in_order() {
        let d = Date::ymd(2026, 1, 1);
        for list in
            [EU_STATES, DUBLIN_ASSOCIATES.value(d), EEA_EFTA_STATES.value(d), DUBS_REFERRAL_STATES.value(d), CALAIS_NATIONALITIES.value(d)]
        {
            assert!(list.iter().all(|c| Country::parse(c.as_str()) == Some(*c)), "{list:?}");
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
        assert_eq!(EU_STATES.len(), 27);
        assert_eq!(Country::all().filter(|c| dublin_state(*c, d)).count(), 31, "EU 27 + CH, IS, LI, NO");
        assert_eq!(Country::all().filter(|c| eea_state(*c, d)).count(), 30, "EU 27 + IS, LI, NO");
        assert!(!dublin_state(c("GB"), d) && dublin_state(c("CH"), d) && !eea_state(c("CH"), d));
    }

    #[test]
    fn the_law_on_key_dates() {
        use crate::rules::param::Phase::*;
        assert_eq!(*EATS.value(day(2026, 6, 11)), Open);
        assert!(matches!(EATS.value(day(2026, 6, 12)), Unconfirmed(_)), "extended with no confirmed end (convention 14)");
        assert!(EATS.first(|p| *p == Closed).is_none(), "no end date is confirmed yet");
        assert_eq!(*DUBS_ARRIVED_BEFORE.value(day(2018, 1, 18)), Some(day(2016, 3, 20)));
        assert_eq!(*DUBS_ARRIVED_BEFORE.value(day(2018, 1, 19)), Some(day(2018, 1, 18)));
        assert_eq!(*DUBS_ARRIVED_BEFORE.value(day(2018, 12, 20)), None);
        assert_eq!(*CALAIS.value(day(2016, 12, 31)), Open);
        assert_eq!(*CALAIS.value(day(2017, 1, 1)), Closed);
        assert_eq!(*DUBS_REFERRAL.value(day(2020, 7, 27)), Open);
        assert_eq!(*DUBS_REFERRAL.value(day(2020, 7, 28)), Closed);
        assert_eq!(FAMILY_REUNION.at(day(2023, 4, 11)).source, Cite::Para352D);
        assert_eq!(FAMILY_REUNION.at(day(2023, 4, 12)).source, Cite::AppendixFrp);
        assert_eq!(*FAMILY_REUNION.value(day(2025, 9, 5)), Closed);
        assert!(!*PARA_297_OTHER_PARENT_LIMITED_REFUSED.value(day(2026, 3, 25)));
        assert!(*PARA_297_OTHER_PARENT_LIMITED_REFUSED.value(day(2026, 3, 26)));
    }
}
