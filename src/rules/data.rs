//! The rules' data in one place: every date, cut-off, age limit and country list, each with its
//! legal reference. When the law moves, change the line here; the engine, the app and
//! `pathways rules` all follow.

use super::cite::Cite;
use crate::case::{Country, Time};
use crate::date::Date;

/// The version of this rules bundle; every result carries it.
pub const RULES_VERSION: &str = "2026.11.2";
/// The date of the newest legal source checked in `shared/rules/RULES.md` (the Free Movement rule
/// tracker entry of 29 April 2026). Legal content is only as fresh as this date.
pub const RULES_REVIEWED_ON: Date = Date::ymd(2026, 4, 29);

/// A value of the rules and where it comes from.
#[derive(Clone, Copy, Debug)]
pub struct Param<T> {
    pub value: T,
    pub cite: Cite,
}

const fn p<T>(value: T, cite: Cite) -> Param<T> {
    Param { value, cite }
}

const fn day(y: i32, m: u32, d: u32) -> Date {
    Date::ymd(y, m, d)
}

// Age.
/// A minor is under 18 (Dublin III Art 2(i)); the age is reached at the start of the birthday.
pub const MAJORITY_AGE: Param<i32> = p(18, Cite::AgeOfMajority);

// Dublin III.
/// Dublin III applies to claims lodged from this date (Art 49); before it, Dublin II.
pub const DUBLIN_III_FROM: Param<Date> = p(day(2014, 1, 1), Cite::DublinArt49);
/// The last day the UK took part in Dublin III (IP completion day).
pub const DUBLIN_UK_LAST_DAY: Param<Date> = p(day(2020, 12, 31), Cite::DublinExit);
/// Requests had to reach the UK before this time on the last day (UK time).
pub const DUBLIN_UK_CUTOFF_TIME: Param<Time> = p(Time { hour: 23, minute: 0 }, Cite::DublinExit);
/// Take-charge request within 3 months of lodging (Art 21(1)).
pub const DUBLIN_REQUEST_MONTHS: Param<i32> = p(3, Cite::DublinArt21_1);
/// Reply within 2 months of the request; silence is acceptance (Art 22(1), 22(7)).
pub const DUBLIN_REPLY_MONTHS: Param<i32> = p(2, Cite::DublinArt22);
/// Transfer within 6 months of acceptance (Art 29(1)).
pub const DUBLIN_TRANSFER_MONTHS: Param<i32> = p(6, Cite::DublinArt29);
/// The 27 EU member states (the UK left on 31 January 2020; Denmark applies Dublin by agreement).
pub const EU_STATES: &[Country] = &[
    Country::code("AT"),
    Country::code("BE"),
    Country::code("BG"),
    Country::code("CY"),
    Country::code("CZ"),
    Country::code("DE"),
    Country::code("DK"),
    Country::code("EE"),
    Country::code("ES"),
    Country::code("FI"),
    Country::code("FR"),
    Country::code("GR"),
    Country::code("HR"),
    Country::code("HU"),
    Country::code("IE"),
    Country::code("IT"),
    Country::code("LT"),
    Country::code("LU"),
    Country::code("LV"),
    Country::code("MT"),
    Country::code("NL"),
    Country::code("PL"),
    Country::code("PT"),
    Country::code("RO"),
    Country::code("SE"),
    Country::code("SI"),
    Country::code("SK"),
];
/// The Dublin states other than the UK: the EU states and four associated states.
pub const DUBLIN_ASSOCIATES: Param<&[Country]> =
    p(&[Country::code("CH"), Country::code("IS"), Country::code("LI"), Country::code("NO")], Cite::DublinArt3);

/// Is the country a Dublin state other than the UK?
pub fn dublin_state(c: Country) -> bool {
    EU_STATES.contains(&c) || DUBLIN_ASSOCIATES.value.contains(&c)
}

// Section 67 (Dubs), Calais clearance.
/// First Calais transfers (17 October 2016) to the assumed end of the operation (RULES.md Q9).
pub const CALAIS_FROM: Param<Date> = p(day(2016, 10, 17), Cite::DubsCalaisWindow);
pub const CALAIS_UNTIL: Param<Date> = p(day(2016, 12, 31), Cite::DubsCalaisWindow);
/// Arrived in Europe strictly before this date.
pub const DUBS_ARRIVED_BEFORE: Param<Date> = p(day(2016, 3, 20), Cite::DubsArrivalCutoff);
/// Criterion A1: aged 12 or under.
pub const CALAIS_AGE_ANY_NATIONALITY: Param<i32> = p(12, Cite::DubsCalaisGuidance);
/// Criterion A3: aged 15 or under and of one of these nationalities.
pub const CALAIS_AGE_NATIONALITY: Param<i32> = p(15, Cite::DubsCalaisGuidance);
pub const CALAIS_NATIONALITIES: Param<&[Country]> = p(&[Country::code("SD"), Country::code("SY")], Cite::DubsCalaisGuidance);

// Section 67 (Dubs), referrals.
pub const DUBS_REFERRAL_FROM: Param<Date> = p(day(2017, 1, 1), Cite::DubsFactsheet);
pub const DUBS_REFERRAL_UNTIL: Param<Date> = p(day(2020, 7, 27), Cite::DubsFactsheet);
pub const DUBS_REFERRAL_STATES: Param<&[Country]> =
    p(&[Country::code("FR"), Country::code("GR"), Country::code("IT")], Cite::DubsFactsheet);
/// Referrals up to this date: arrived before 20 March 2016.
pub const DUBS_FIRST_CRITERION_UNTIL: Param<Date> = p(day(2018, 1, 18), Cite::DubsArrivalCutoff);
/// Referrals from 19 January 2018: in Europe before 18 January 2018.
pub const DUBS_SECOND_ARRIVED_BEFORE: Param<Date> = p(day(2018, 1, 18), Cite::Dubs2018Date);
/// From this date there is no date criterion.
pub const DUBS_NO_DATE_FROM: Param<Date> = p(day(2018, 12, 20), Cite::DubsDateRemoved);

// Refugee family reunion.
/// Appendix Family Reunion (Protection) replaced paras 352D and 352FG.
pub const FRP_FROM: Param<Date> = p(day(2023, 4, 12), Cite::AppendixFrp);
/// Closed to new applications from 15:00 UK time on this day.
pub const FRP_CLOSED_ON: Param<Date> = p(day(2025, 9, 4), Cite::Hc1298);
pub const FRP_CLOSED_AT: Param<Time> = p(Time { hour: 15, minute: 0 }, Cite::Hc1298);

// Child relative with protection.
/// Appendix CNP (now Child Relative (Sponsors with Protection)) replaced paras 319X to 319Y.
pub const CRP_FROM: Param<Date> = p(day(2023, 4, 12), Cite::AppendixCrp);

// Appendix FM.
/// Children of parents with protection apply under Appendix FM from this date.
pub const FM_PROTECTION_FROM: Param<Date> = p(day(2025, 9, 4), Cite::AppendixFmProtection);
/// HC 1691: a Part 8 settlement application for a child refused if the other parent has limited leave.
pub const HC1691_FROM: Param<Date> = p(day(2026, 3, 26), Cite::Hc1691);

// UK/European Applicant Transfer Scheme (UK-France pilot).
pub const EATS_FROM: Param<Date> = p(day(2025, 8, 6), Cite::Eats);
pub const EATS_UNTIL: Param<Date> = p(day(2026, 6, 11), Cite::EatsEnd);
/// The scheme is not for EEA nationals: the EU states, Iceland, Liechtenstein and Norway.
pub const EEA_EFTA_STATES: Param<&[Country]> = p(&[Country::code("IS"), Country::code("LI"), Country::code("NO")], Cite::EatsEligibility);

/// Is the country in the European Economic Area?
pub fn eea_state(c: Country) -> bool {
    EU_STATES.contains(&c) || EEA_EFTA_STATES.value.contains(&c)
}

pub const FRANCE: Country = Country::code("FR");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_lists_hold_assigned_codes_in_order() {
        for list in [EU_STATES, DUBLIN_ASSOCIATES.value, EEA_EFTA_STATES.value, DUBS_REFERRAL_STATES.value, CALAIS_NATIONALITIES.value] {
            assert!(list.iter().all(|c| Country::parse(c.as_str()) == Some(*c)), "{list:?}");
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
        assert_eq!(EU_STATES.len(), 27);
        assert_eq!(Country::all().filter(|c| dublin_state(*c)).count(), 31, "EU 27 + CH, IS, LI, NO");
        assert_eq!(Country::all().filter(|c| eea_state(*c)).count(), 30, "EU 27 + IS, LI, NO");
        assert!(!dublin_state(Country::code("GB")) && dublin_state(Country::code("CH")) && !eea_state(Country::code("CH")));
    }

    #[test]
    fn windows_are_ordered() {
        assert!(CALAIS_FROM.value < CALAIS_UNTIL.value);
        assert!(DUBS_REFERRAL_FROM.value < DUBS_FIRST_CRITERION_UNTIL.value);
        assert!(DUBS_FIRST_CRITERION_UNTIL.value < DUBS_NO_DATE_FROM.value);
        assert!(DUBS_NO_DATE_FROM.value < DUBS_REFERRAL_UNTIL.value);
        assert!(EATS_FROM.value < FRP_CLOSED_ON.value && FRP_CLOSED_ON.value < EATS_UNTIL.value);
        assert!(DUBLIN_III_FROM.value < DUBLIN_UK_LAST_DAY.value);
    }
}
