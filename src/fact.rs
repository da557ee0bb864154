//! The facts of a case, one row each ([`FACTS`]): its path in a case file, the kind of value it
//! takes (every kind also takes "I don't know"), the question that asks it and when, its label,
//! the evidence that would settle it, and how it is read from and written to a [`Case`]. The
//! walk, the question screens, the rules' "missing" lists, the file reader's messages, the
//! summaries and the file worker all read this table: adding a fact is one row, plus the rule
//! that uses it.
//!
//! Three states stay apart everywhere: a value, "I don't know" ([`Answer::Unknown`]: asked, not
//! known) and "not asked" (no answer at all).

use crate::calendar::{from_gregorian, Calendar, CalendarDate};
use crate::case::format::Word;
use crate::case::*;
use crate::date::Date;
use crate::msg::{message, Msg};
use std::fmt;

/// The most relatives a case holds, in the app and in a case file (more is refused, naming the
/// limit, rather than any relative being dropped).
pub const MAX_RELATIVES: usize = 20;

/// A fact of the case, in the order the questions are asked. Relatives' facts carry the
/// relative's index (0-based).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Fact {
    DateOfBirth,
    Location,
    Relatives,
    Relation(usize),
    RelativeStatus(usize),
    RelativeAdult(usize),
    RelativeCanCare(usize),
    RelativeFamilyBeforeFlight(usize),
    RelativeConsent(usize),
    /// After relative `i`: is there another relative in the UK? (`more_uk_relatives` after the last.)
    AnotherRelative(usize),
    Unaccompanied,
    AgeDisputed,
    Married,
    Nationality,
    AsylumClaim,
    AsylumClaimCountry,
    AsylumClaimDate,
    Request,
    RequestDate,
    RequestReceivedBeforeCutoff,
    RequestDecision,
    RequestDecisionDate,
    ArrivedInEurope,
    InCalaisCamp,
    ReferredHighRisk,
    AccompanyingSibling,
    ReferredByAuthorities,
    BestInterests,
    /// Whether an application was made to the UK.
    Application,
    ApplicationDate,
    ApplicationTime,
}

/// The value of a fact, as answered or read from a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// "I don't know" (in a file: `null`).
    Unknown,
    Bool(bool),
    /// An option id of a choice (`"aunt_uncle"`, `"lodged"`): the case format's own word.
    Choice(&'static str),
    Date(Date),
    /// A date of birth, with the date as entered in its calendar (shown back for confirmation).
    Born {
        date: Date,
        entered: CalendarDate,
    },
    /// An approximate age in whole years on the assessment date.
    Age(u32),
    Country(Country),
    Time(Time),
}

impl Answer {
    pub fn of_bool(b: Option<bool>) -> Answer {
        b.map_or(Answer::Unknown, Answer::Bool)
    }
    pub fn of_date(d: Option<Date>) -> Answer {
        d.map_or(Answer::Unknown, Answer::Date)
    }
    pub fn of_country(c: Option<Country>) -> Answer {
        c.map_or(Answer::Unknown, Answer::Country)
    }
    pub fn of_word<W: Word>(w: Option<W>) -> Answer {
        w.map_or(Answer::Unknown, |w| Answer::Choice(w.id()))
    }
    pub fn bool(&self) -> Option<bool> {
        match self {
            Answer::Bool(b) => Some(*b),
            _ => None,
        }
    }
    pub fn date(&self) -> Option<Date> {
        match self {
            Answer::Date(d) | Answer::Born { date: d, .. } => Some(*d),
            _ => None,
        }
    }
    pub fn country(&self) -> Option<Country> {
        match self {
            Answer::Country(c) => Some(*c),
            _ => None,
        }
    }
    pub fn word<W: Word>(&self) -> Option<W> {
        match self {
            Answer::Choice(c) => W::from_id(c),
            _ => None,
        }
    }
    pub fn time(&self) -> Option<Time> {
        match self {
            Answer::Time(t) => Some(*t),
            _ => None,
        }
    }
}

/// The kind of value a fact takes. Every kind also takes "I don't know".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    YesNo,
    /// One of the case format's fixed words (each has a label `opt.<group>.<id>`).
    Choice(Choice),
    Date,
    /// A date of birth in one of three calendars, or an approximate age.
    DateOfBirth,
    Country,
    Time,
}

/// The words of a choice: the case format's own, read from the case types (never a copy).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Relation,
    Status,
    Claim,
    Request,
    Decision,
}

fn ids<W: Word>() -> Vec<&'static str> {
    W::ALL.iter().map(|w| w.id()).collect()
}

impl Choice {
    /// The option ids, in the format's order.
    pub fn options(self) -> Vec<&'static str> {
        match self {
            Choice::Relation => ids::<Relation>(),
            Choice::Status => ids::<UkStatus>(),
            Choice::Claim => ids::<ClaimStatus>(),
            Choice::Request => ids::<RequestStatus>(),
            Choice::Decision => ids::<UkDecision>(),
        }
    }

    /// The catalog group of the options' labels: `opt.<group>.<id>`.
    pub fn group(self) -> &'static str {
        match self {
            Choice::Relation => "relation",
            Choice::Status => "status",
            Choice::Claim => "claim",
            Choice::Request => "request",
            Choice::Decision => "request_decision",
        }
    }
}

/// When a question can be reached: only after an earlier answer leads to it (a claim's date
/// after "the claim is lodged").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    Always,
    /// An asylum claim is lodged.
    ClaimLodged,
    /// A take-charge request was sent.
    RequestSent,
    /// A UK application was made.
    ApplicationMade,
}

impl When {
    /// Can a question with this condition be reached from the facts in `case`?
    pub fn holds(self, case: &Case) -> bool {
        let claim = case.asylum_claim.as_ref();
        let tcr = case.take_charge_request.as_ref().filter(|t| t.known_status() == Some(RequestStatus::Sent));
        match self {
            When::Always => true,
            When::ClaimLodged => claim.is_some_and(|c| c.known_status() == Some(ClaimStatus::Lodged)),
            When::RequestSent => tcr.is_some(),
            When::ApplicationMade => case.application_made() == Some(true),
        }
    }
}

/// Reads a fact of relative `i` (ignored for other facts) from a case.
type Read = fn(&Case, usize) -> Answer;
/// Writes a fact of relative `i` into a case.
type Write = fn(&mut Case, usize, &Answer);

/// One fact, defined once. Per-relative rows are written for relative 0.
pub struct Row {
    pub fact: Fact,
    /// Its id (`relative.<n>.<key>` for a relative's) and the key of its question's texts in the
    /// catalog: `q.<key>.title`, `q.<key>.hint`.
    pub key: &'static str,
    /// The catalog key of its question: `q.<key>.title`.
    pub title: &'static str,
    /// Its path in a case file (a relative's with `[]` for the index); a second path when the
    /// one question fills two fields (the date of birth, or an age).
    pub paths: &'static [&'static str],
    pub kind: Kind,
    /// The fact in plain words, as the result names it missing: `fact.<name>`.
    pub label: &'static str,
    /// The evidence that would settle it: `evidence.<name>`.
    pub evidence: &'static str,
    /// Asked whenever it can be reached (the date of birth, the location, whether there are
    /// relatives, each relative's relation, "another relative?"); otherwise only while the
    /// engine names it, or a fact it opens, as missing.
    pub always: bool,
    /// The facts of the questions it opens (has the child claimed asylum? leads to the claim's
    /// country and date): it is asked while any of them can still change a verdict.
    pub opens: &'static [Fact],
    pub when: When,
    pub read: Read,
    pub write: Write,
}

/// A row's id and the key of its question's title: `key!("dob")`.
macro_rules! key {
    ($key:literal) => {
        ($key, concat!("q.", $key, ".title"))
    };
}

const fn row(
    fact: Fact,
    (key, title): (&'static str, &'static str),
    paths: &'static [&'static str],
    kind: Kind,
    names: (&'static str, &'static str),
    io: (Read, Write),
) -> Row {
    Row {
        fact,
        key,
        title,
        paths,
        kind,
        label: names.0,
        evidence: names.1,
        always: false,
        opens: &[],
        when: When::Always,
        read: io.0,
        write: io.1,
    }
}

impl Row {
    const fn always(self) -> Row {
        Row { always: true, ..self }
    }
    const fn opens(self, opens: &'static [Fact]) -> Row {
        Row { opens, ..self }
    }
    const fn when(self, when: When) -> Row {
        Row { when, ..self }
    }
}

/// A yes/no fact of the child: `child!(married)`.
macro_rules! child {
    ($field:ident) => {
        (|c: &Case, _| Answer::of_bool(c.child.$field), |c: &mut Case, _, a: &Answer| c.child.$field = a.bool())
    };
}

/// A fact of relative `i`: `relative!(adult, of_bool, bool)` (how to make an answer of the
/// field, and how to read the field from an answer).
macro_rules! relative {
    ($field:ident, $of:ident, $get:ident) => {
        (
            |c: &Case, i| Answer::$of(c.uk_relatives.as_ref().and_then(|l| l.get(i)).and_then(|r| r.$field)),
            |c: &mut Case, i, a: &Answer| relative_mut(c, i).$field = a.$get(),
        )
    };
}

/// A fact inside a part of the case that is written only once the part exists (a claim's date
/// needs a claim): `within!(asylum_claim.lodged_on, of_date, date)`.
macro_rules! within {
    ($part:ident . $field:ident, $of:ident, $get:ident) => {
        (
            |c: &Case, _| Answer::$of(c.$part.as_ref().and_then(|p| p.$field)),
            |c: &mut Case, _, a: &Answer| {
                if let Some(p) = c.$part.as_mut() {
                    p.$field = a.$get();
                }
            },
        )
    };
}

/// Relative `i`, added (with every fact unknown) if the list is shorter.
fn relative_mut(case: &mut Case, i: usize) -> &mut Relative {
    let list = case.uk_relatives.get_or_insert_with(Vec::new);
    while list.len() <= i {
        list.push(Relative::default());
    }
    &mut list[i]
}

/// Every fact, in the order asked: those before the relatives, one relative's, those after.
pub const FACTS: &[Row] = &[
    row(
        Fact::DateOfBirth,
        key!("dob"),
        &["case.child.date_of_birth", "case.child.age_years"],
        Kind::DateOfBirth,
        ("fact.date_of_birth", "evidence.identity"),
        (
            |c, _| match (c.child.date_of_birth, c.child.age_years) {
                (Some(date), _) => Answer::Born { date, entered: from_gregorian(date, Calendar::Gregorian) },
                (None, Some(years)) => Answer::Age(years),
                _ => Answer::Unknown,
            },
            |c, _, a| {
                c.child.date_of_birth = a.date();
                c.child.age_years = match a {
                    Answer::Age(years) => Some(*years),
                    _ => None,
                };
            },
        ),
    )
    .always(),
    row(
        Fact::Location,
        key!("location"),
        &["case.child.location"],
        Kind::Country,
        ("fact.location", "evidence.location"),
        (|c, _| Answer::of_country(c.child.location), |c, _, a| c.child.location = a.country()),
    )
    .always(),
    row(
        Fact::Relatives,
        key!("relatives"),
        &["case.uk_relatives"],
        Kind::YesNo,
        ("fact.relatives", "evidence.relationship"),
        (
            |c, _| Answer::of_bool(c.uk_relatives.as_ref().map(|l| !l.is_empty())),
            // "Yes": the list is begun (its relatives are added by their own answers); "No": none.
            |c, _, a| match a.bool() {
                Some(true) => drop(c.uk_relatives.get_or_insert_with(Vec::new)),
                Some(false) => c.uk_relatives = Some(Vec::new()),
                None => c.uk_relatives = None,
            },
        ),
    )
    .always(),
    row(
        Fact::Relation(0),
        key!("relation"),
        &["case.uk_relatives[].relation"],
        Kind::Choice(Choice::Relation),
        ("fact.relation", "evidence.relationship"),
        relative!(relation, of_word, word),
    )
    .always(),
    row(
        Fact::RelativeStatus(0),
        key!("status"),
        &["case.uk_relatives[].status"],
        Kind::Choice(Choice::Status),
        ("fact.relative_status", "evidence.relative_status"),
        relative!(status, of_word, word),
    ),
    row(
        Fact::RelativeAdult(0),
        key!("adult"),
        &["case.uk_relatives[].adult"],
        Kind::YesNo,
        ("fact.relative_adult", "evidence.relative_identity"),
        relative!(adult, of_bool, bool),
    ),
    row(
        Fact::RelativeCanCare(0),
        key!("can_care"),
        &["case.uk_relatives[].able_to_care"],
        Kind::YesNo,
        ("fact.relative_can_care", "evidence.care_assessment"),
        relative!(able_to_care, of_bool, bool),
    ),
    row(
        Fact::RelativeFamilyBeforeFlight(0),
        key!("family_before"),
        &["case.uk_relatives[].family_before_flight"],
        Kind::YesNo,
        ("fact.relative_family_before_flight", "evidence.family_before_flight"),
        relative!(family_before_flight, of_bool, bool),
    ),
    row(
        Fact::RelativeConsent(0),
        key!("consent"),
        &["case.uk_relatives[].written_consent"],
        Kind::YesNo,
        ("fact.relative_consent", "evidence.consent"),
        relative!(written_consent, of_bool, bool),
    ),
    row(
        Fact::AnotherRelative(0),
        key!("another"),
        &["case.more_uk_relatives"],
        Kind::YesNo,
        ("fact.more_relatives", "evidence.relationship"),
        (
            // Yes while another relative follows in the list; after the last, `more_uk_relatives`.
            |c, i| match c.uk_relatives.as_ref().map(Vec::len) {
                Some(n) if i + 1 < n => Answer::Bool(true),
                _ => Answer::of_bool(c.more_uk_relatives),
            },
            // The answer after the last relative stays (the relatives after a "yes" add themselves).
            |c, _, a| c.more_uk_relatives = a.bool(),
        ),
    )
    .always(),
    row(
        Fact::Unaccompanied,
        key!("unaccompanied"),
        &["case.child.unaccompanied"],
        Kind::YesNo,
        ("fact.unaccompanied", "evidence.unaccompanied"),
        child!(unaccompanied),
    ),
    row(
        Fact::AgeDisputed,
        key!("age_disputed"),
        &["case.child.age_disputed"],
        Kind::YesNo,
        ("fact.age_disputed", "evidence.age_assessment"),
        child!(age_disputed),
    ),
    row(Fact::Married, key!("married"), &["case.child.married"], Kind::YesNo, ("fact.married", "evidence.married"), child!(married)),
    row(
        Fact::Nationality,
        key!("nationality"),
        &["case.child.nationality"],
        Kind::Country,
        ("fact.nationality", "evidence.nationality"),
        (|c, _| Answer::of_country(c.child.nationality), |c, _, a| c.child.nationality = a.country()),
    ),
    row(
        Fact::AsylumClaim,
        key!("claim"),
        &["case.asylum_claim.status"],
        Kind::Choice(Choice::Claim),
        ("fact.asylum_claim", "evidence.asylum_claim"),
        (
            |c, _| Answer::of_word(c.asylum_claim.as_ref().and_then(AsylumClaim::known_status)),
            |c, _, a| match a.word() {
                Some(status) => c.asylum_claim.get_or_insert_with(AsylumClaim::default).status = Some(status),
                None => c.asylum_claim = None,
            },
        ),
    )
    .opens(&[Fact::AsylumClaimCountry, Fact::AsylumClaimDate]),
    row(
        Fact::AsylumClaimCountry,
        key!("claim_country"),
        &["case.asylum_claim.country"],
        Kind::Country,
        ("fact.asylum_claim_country", "evidence.asylum_claim"),
        within!(asylum_claim.country, of_country, country),
    )
    .when(When::ClaimLodged),
    row(
        Fact::AsylumClaimDate,
        key!("claim_date"),
        &["case.asylum_claim.lodged_on"],
        Kind::Date,
        ("fact.asylum_claim_date", "evidence.asylum_claim"),
        within!(asylum_claim.lodged_on, of_date, date),
    )
    .when(When::ClaimLodged),
    row(
        Fact::Request,
        key!("request"),
        &["case.take_charge_request.status"],
        Kind::Choice(Choice::Request),
        ("fact.request", "evidence.request"),
        (
            |c, _| Answer::of_word(c.take_charge_request.as_ref().and_then(TakeChargeRequest::known_status)),
            |c, _, a| match a.word() {
                Some(status) => c.take_charge_request.get_or_insert_with(TakeChargeRequest::default).status = Some(status),
                None => c.take_charge_request = None,
            },
        ),
    )
    .opens(&[Fact::RequestDate, Fact::RequestReceivedBeforeCutoff, Fact::RequestDecision, Fact::RequestDecisionDate]),
    row(
        Fact::RequestDate,
        key!("request_date"),
        &["case.take_charge_request.sent_on"],
        Kind::Date,
        ("fact.request_date", "evidence.request"),
        within!(take_charge_request.sent_on, of_date, date),
    )
    .when(When::RequestSent),
    // Asked only when the engine names it (a request sent on the Dublin cut-off day); reached
    // whenever a request was sent, so that a file's answer is kept even without the date.
    row(
        Fact::RequestReceivedBeforeCutoff,
        key!("request_received"),
        &["case.take_charge_request.received_before_cutoff_time"],
        Kind::YesNo,
        ("fact.request_received", "evidence.request"),
        within!(take_charge_request.received_before_cutoff_time, of_bool, bool),
    )
    .when(When::RequestSent),
    row(
        Fact::RequestDecision,
        key!("request_decision"),
        &["case.take_charge_request.uk_decision"],
        Kind::Choice(Choice::Decision),
        ("fact.request_decision", "evidence.decision"),
        within!(take_charge_request.uk_decision, of_word, word),
    )
    .opens(&[Fact::RequestDecisionDate])
    .when(When::RequestSent),
    // Asked only when the engine names it (an acceptance starts the transfer limit).
    row(
        Fact::RequestDecisionDate,
        key!("request_decision_date"),
        &["case.take_charge_request.decided_on"],
        Kind::Date,
        ("fact.request_decision_date", "evidence.decision"),
        within!(take_charge_request.decided_on, of_date, date),
    )
    .when(When::RequestSent),
    row(
        Fact::ArrivedInEurope,
        key!("arrived"),
        &["case.child.arrived_in_europe_on"],
        Kind::Date,
        ("fact.arrived_in_europe", "evidence.arrival"),
        (|c, _| Answer::of_date(c.child.arrived_in_europe_on), |c, _, a| c.child.arrived_in_europe_on = a.date()),
    ),
    row(
        Fact::InCalaisCamp,
        key!("calais_camp"),
        &["case.child.in_calais_camp_on_2016_10_24"],
        Kind::YesNo,
        ("fact.in_calais_camp", "evidence.calais_camp"),
        child!(in_calais_camp_on_2016_10_24),
    ),
    row(
        Fact::ReferredHighRisk,
        key!("high_risk"),
        &["case.child.referred_as_high_risk_of_exploitation"],
        Kind::YesNo,
        ("fact.referred_high_risk", "evidence.referral_high_risk"),
        child!(referred_as_high_risk_of_exploitation),
    ),
    row(
        Fact::AccompanyingSibling,
        key!("sibling"),
        &["case.child.accompanying_sibling_of_eligible_child"],
        Kind::YesNo,
        ("fact.accompanying_sibling", "evidence.sibling"),
        child!(accompanying_sibling_of_eligible_child),
    ),
    row(
        Fact::ReferredByAuthorities,
        key!("referred"),
        &["case.child.referred_by_authorities"],
        Kind::YesNo,
        ("fact.referred_by_authorities", "evidence.referral"),
        child!(referred_by_authorities),
    ),
    row(
        Fact::BestInterests,
        key!("best_interests"),
        &["case.child.best_interests_against_uk"],
        Kind::YesNo,
        ("fact.best_interests", "evidence.best_interests"),
        child!(best_interests_against_uk),
    ),
    row(
        Fact::Application,
        key!("application"),
        &["case.uk_application.status"],
        Kind::YesNo,
        ("fact.application", "evidence.application"),
        (
            |c, _| Answer::of_bool(c.application_made()),
            // "No" is written `{"status": "none"}`; "I don't know" is `null` (format 2026.12).
            |c, _, a| match a.bool() {
                Some(true) => c.uk_application.get_or_insert_with(UkApplication::default).status = None,
                Some(false) => c.uk_application = Some(UkApplication { status: Some(ApplicationStatus::None), ..UkApplication::default() }),
                None => c.uk_application = None,
            },
        ),
    )
    .opens(&[Fact::ApplicationDate, Fact::ApplicationTime]),
    row(
        Fact::ApplicationDate,
        key!("application_date"),
        &["case.uk_application.submitted_on"],
        Kind::Date,
        ("fact.application_date", "evidence.application"),
        within!(uk_application.submitted_on, of_date, date),
    )
    .opens(&[Fact::ApplicationTime])
    .when(When::ApplicationMade),
    // Asked only when the engine names it (an application on the day a route closed at a time).
    row(
        Fact::ApplicationTime,
        key!("application_time"),
        &["case.uk_application.submitted_at"],
        Kind::Time,
        ("fact.application_time", "evidence.application"),
        (
            |c, _| c.uk_application.as_ref().and_then(|a| a.submitted_at).map_or(Answer::Unknown, Answer::Time),
            |c, _, a| {
                if let Some(app) = c.uk_application.as_mut() {
                    app.submitted_at = a.time();
                }
            },
        ),
    )
    .when(When::ApplicationMade),
];

fn per_relative(row: &Row) -> bool {
    row.fact.relative().is_some()
}

/// The facts asked before the relatives, in order.
pub fn before_relatives() -> impl Iterator<Item = Fact> {
    FACTS.iter().take_while(|r| !per_relative(r)).map(|r| r.fact)
}

/// The facts asked after the relatives, in order.
pub fn after_relatives() -> impl Iterator<Item = Fact> {
    FACTS.iter().skip_while(|r| !per_relative(r)).skip_while(|r| per_relative(r)).map(|r| r.fact)
}

/// The facts of relative `i`, in order.
pub fn relative_facts(i: usize) -> impl Iterator<Item = Fact> {
    FACTS.iter().filter(|r| per_relative(r)).map(move |r| r.fact.for_relative(i))
}

/// Every fact a case can hold about its relatives as listed (`n` of them), in order.
pub fn all_facts(n: usize) -> Vec<Fact> {
    let mut out: Vec<Fact> = before_relatives().collect();
    for i in 0..n.min(MAX_RELATIVES) {
        out.extend(relative_facts(i));
    }
    out.extend(after_relatives());
    out
}

/// Every fact of `case` as an answer ("I don't know" where the file says `null`), in order:
/// what opening a case file gives the flow.
pub fn from_case(case: &Case) -> Vec<(Fact, Answer)> {
    let n = case.uk_relatives.as_ref().map_or(0, Vec::len);
    all_facts(n).into_iter().map(|f| (f, f.read(case))).collect()
}

impl Fact {
    /// The relative this fact is about.
    pub fn relative(self) -> Option<usize> {
        match self {
            Fact::Relation(i)
            | Fact::RelativeStatus(i)
            | Fact::RelativeAdult(i)
            | Fact::RelativeCanCare(i)
            | Fact::RelativeFamilyBeforeFlight(i)
            | Fact::RelativeConsent(i)
            | Fact::AnotherRelative(i) => Some(i),
            _ => None,
        }
    }

    /// The same fact about relative `i` (a fact not about a relative is returned as is).
    pub fn for_relative(self, i: usize) -> Fact {
        match self {
            Fact::Relation(_) => Fact::Relation(i),
            Fact::RelativeStatus(_) => Fact::RelativeStatus(i),
            Fact::RelativeAdult(_) => Fact::RelativeAdult(i),
            Fact::RelativeCanCare(_) => Fact::RelativeCanCare(i),
            Fact::RelativeFamilyBeforeFlight(_) => Fact::RelativeFamilyBeforeFlight(i),
            Fact::RelativeConsent(_) => Fact::RelativeConsent(i),
            Fact::AnotherRelative(_) => Fact::AnotherRelative(i),
            f => f,
        }
    }

    /// This fact's row in [`FACTS`].
    pub fn row(self) -> &'static Row {
        let first = self.for_relative(0);
        FACTS.iter().find(|r| r.fact == first).expect("every fact has a row in FACTS")
    }

    /// The key of its question's texts: `q.<key>.title`, `q.<key>.hint`.
    pub fn key(self) -> &'static str {
        self.row().key
    }

    pub fn kind(self) -> Kind {
        self.row().kind
    }

    pub fn when(self) -> When {
        self.row().when
    }

    /// The message key naming this fact in plain words (with `{n}`, the relative's number).
    pub fn label_key(self) -> &'static str {
        self.row().label
    }

    /// Its question, with the relative's number: "Is relative 2 aged 18 or over?".
    pub fn question(self) -> Msg {
        let msg = message(self.row().title);
        match self.relative() {
            Some(i) => msg.int("n", i as i64 + 1),
            None => msg,
        }
    }

    /// The fact in plain words, with the relative's number: "whether relative 2 is an adult".
    pub fn label(self) -> Msg {
        let msg = message(self.label_key());
        match self.relative() {
            Some(i) => msg.int("n", i as i64 + 1),
            None => msg,
        }
    }

    /// The message key of the evidence that would settle it.
    pub fn evidence_key(self) -> &'static str {
        self.row().evidence
    }

    /// Its path in a case file: `case.uk_relatives[2].status`.
    pub fn path(self) -> String {
        let p = self.row().paths[0];
        match self.relative() {
            Some(i) if p.contains("[]") => p.replace("[]", &format!("[{i}]")),
            _ => p.to_string(),
        }
    }

    /// The fact a case-file path belongs to (`case.uk_relatives[2].status`, `case.child.age_years`).
    pub fn at_path(path: &str) -> Option<Fact> {
        let (shape, i) = match (path.find('['), path.find(']')) {
            (Some(open), Some(close)) if open < close => {
                (format!("{}[]{}", &path[..open], &path[close + 1..]), path[open + 1..close].parse().ok()?)
            }
            _ => (path.to_string(), 0),
        };
        let row = FACTS.iter().find(|r| r.paths.contains(&shape.as_str()))?;
        Some(row.fact.for_relative(i))
    }

    /// Asked whenever it can be reached (see [`Row::always`]).
    pub fn always_asked(self) -> bool {
        self.row().always
    }

    /// The facts its question leads to: its own (unless always asked), and those it opens.
    pub fn settles(self) -> Vec<Fact> {
        let own = (!self.always_asked()).then_some(self);
        own.into_iter().chain(self.row().opens.iter().copied()).collect()
    }

    /// Its value in `case`.
    pub fn read(self, case: &Case) -> Answer {
        (self.row().read)(case, self.relative().unwrap_or(0))
    }

    /// Writes `a` as its value into `case`.
    pub fn write(self, case: &mut Case, a: &Answer) {
        (self.row().write)(case, self.relative().unwrap_or(0), a)
    }

    /// Parses an id written by [`fmt::Display`]: `dob`, `relative.2.status`.
    pub fn parse(id: &str) -> Option<Fact> {
        let (i, key) = match id.strip_prefix("relative.") {
            Some(rest) => {
                let (n, key) = rest.split_once('.')?;
                let i: usize = n.parse().ok().filter(|i| (1..=MAX_RELATIVES).contains(i))?;
                (Some(i - 1), key)
            }
            None => (None, id),
        };
        let row = FACTS.iter().find(|r| r.key == key && per_relative(r) == i.is_some())?;
        Some(row.fact.for_relative(i.unwrap_or(0)))
    }
}

impl fmt::Display for Fact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.relative() {
            Some(i) => write!(f, "relative.{}.{}", i + 1, self.key()),
            None => f.write_str(self.key()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        let all = all_facts(MAX_RELATIVES);
        let per = FACTS.iter().filter(|r| per_relative(r)).count();
        assert_eq!(all.len(), FACTS.len() - per + per * MAX_RELATIVES, "every row once, or once per relative");
        let mut ids = std::collections::BTreeSet::new();
        for f in all {
            let id = f.to_string();
            assert_eq!(Fact::parse(&id), Some(f), "{id}");
            assert!(ids.insert(id.clone()), "duplicate id {id}");
            // "Another relative?" after any relative is written in one field, `more_uk_relatives`.
            let back =
                Fact::at_path(&f.path())
                    .map(|b| if matches!(f, Fact::AnotherRelative(_)) { b.for_relative(f.relative().unwrap()) } else { b });
            assert_eq!(back, Some(f), "{id}: its path leads back to it");
        }
        assert_eq!(Fact::parse("relative.0.status"), None, "relatives are numbered from 1");
        assert_eq!(Fact::parse(&format!("relative.{}.status", MAX_RELATIVES + 1)), None, "beyond the limit");
        assert_eq!(Fact::parse("nonsense"), None);
        assert_eq!(Fact::RelativeStatus(2).to_string(), "relative.3.status");
        assert_eq!(Fact::at_path("case.child.age_years"), Some(Fact::DateOfBirth));
        assert_eq!(Fact::at_path("case.uk_relatives[4].written_consent"), Some(Fact::RelativeConsent(4)));
        assert_eq!(Fact::at_path("case.assessed_on"), None);
    }

    #[test]
    fn every_row_writes_what_it_reads() {
        // Each fact, given a value of its kind, reads back that value (the parts it needs exist).
        for f in all_facts(2) {
            let mut case = Case::new(Date::ymd(2026, 1, 1));
            case.asylum_claim = Some(AsylumClaim { status: Some(ClaimStatus::Lodged), ..Default::default() });
            case.take_charge_request = Some(TakeChargeRequest { status: Some(RequestStatus::Sent), ..Default::default() });
            case.uk_application = Some(UkApplication::default());
            case.uk_relatives = Some(vec![Relative::default(), Relative::default()]);
            let value = match f.kind() {
                Kind::YesNo => Answer::Bool(false),
                Kind::Choice(c) => Answer::Choice(c.options().last().unwrap()),
                Kind::Date => Answer::Date(Date::ymd(2020, 2, 29)),
                Kind::DateOfBirth => Answer::Age(12),
                Kind::Country => Answer::Country(Country::code("GR")),
                Kind::Time => Answer::Time(Time { hour: 14, minute: 30 }),
            };
            // "another relative" after the first of two: another follows, whatever is written.
            if f == Fact::AnotherRelative(0) {
                continue;
            }
            f.write(&mut case, &value);
            assert_eq!(f.read(&case), value, "{f}");
            f.write(&mut case, &Answer::Unknown);
            assert_eq!(f.read(&case), Answer::Unknown, "{f}: I don't know");
        }
    }

    #[test]
    fn no_and_dont_know_stay_apart() {
        let mut case = Case::new(Date::ymd(2026, 1, 1));
        Fact::Application.write(&mut case, &Answer::Bool(false));
        assert_eq!(case.application_made(), Some(false));
        assert_eq!(Fact::Application.read(&case), Answer::Bool(false));
        Fact::Application.write(&mut case, &Answer::Unknown);
        assert_eq!(case.uk_application, None);
        Fact::AnotherRelative(0).write(&mut case, &Answer::Bool(false));
        assert_eq!(case.more_uk_relatives, Some(false));
        Fact::AnotherRelative(0).write(&mut case, &Answer::Unknown);
        assert_eq!(case.more_uk_relatives, None);
    }
}
