//! The facts of a case by their field: what the flow asks, and what a result names as missing.

/// A fact of the case format, by its field (with the relative's index for relatives' fields).
/// The flow asks questions by these; the result names them as "missing".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Fact {
    DateOfBirth,
    AgeDisputed,
    Nationality,
    Location,
    Unaccompanied,
    Married,
    ArrivedInEurope,
    InCalaisCamp,
    ReferredHighRisk,
    AccompanyingSibling,
    ReferredByAuthorities,
    BestInterests,
    AsylumClaim,
    AsylumClaimCountry,
    AsylumClaimDate,
    Request,
    RequestDate,
    RequestReceivedBeforeCutoff,
    RequestDecision,
    RequestDecisionDate,
    Application,
    ApplicationTime,
    Relatives,
    Relation(usize),
    RelativeAdult(usize),
    RelativeStatus(usize),
    RelativeCanCare(usize),
    RelativeFamilyBeforeFlight(usize),
    RelativeConsent(usize),
}

impl Fact {
    /// The field's path in a case file.
    pub fn path(self) -> String {
        let rel = |i: usize, f: &str| format!("case.uk_relatives[{i}].{f}");
        match self {
            Fact::DateOfBirth => "case.child.date_of_birth".into(),
            Fact::AgeDisputed => "case.child.age_disputed".into(),
            Fact::Nationality => "case.child.nationality".into(),
            Fact::Location => "case.child.location".into(),
            Fact::Unaccompanied => "case.child.unaccompanied".into(),
            Fact::Married => "case.child.married".into(),
            Fact::ArrivedInEurope => "case.child.arrived_in_europe_on".into(),
            Fact::InCalaisCamp => "case.child.in_calais_camp_on_2016_10_24".into(),
            Fact::ReferredHighRisk => "case.child.referred_as_high_risk_of_exploitation".into(),
            Fact::AccompanyingSibling => "case.child.accompanying_sibling_of_eligible_child".into(),
            Fact::ReferredByAuthorities => "case.child.referred_by_authorities".into(),
            Fact::BestInterests => "case.child.best_interests_against_uk".into(),
            Fact::AsylumClaim => "case.asylum_claim.status".into(),
            Fact::AsylumClaimCountry => "case.asylum_claim.country".into(),
            Fact::AsylumClaimDate => "case.asylum_claim.lodged_on".into(),
            Fact::Request => "case.take_charge_request.status".into(),
            Fact::RequestDate => "case.take_charge_request.sent_on".into(),
            Fact::RequestReceivedBeforeCutoff => "case.take_charge_request.received_before_cutoff_time".into(),
            Fact::RequestDecision => "case.take_charge_request.uk_decision".into(),
            Fact::RequestDecisionDate => "case.take_charge_request.decided_on".into(),
            Fact::Application => "case.uk_application.submitted_on".into(),
            Fact::ApplicationTime => "case.uk_application.submitted_at".into(),
            Fact::Relatives => "case.uk_relatives".into(),
            Fact::Relation(i) => rel(i, "relation"),
            Fact::RelativeAdult(i) => rel(i, "adult"),
            Fact::RelativeStatus(i) => rel(i, "status"),
            Fact::RelativeCanCare(i) => rel(i, "able_to_care"),
            Fact::RelativeFamilyBeforeFlight(i) => rel(i, "family_before_flight"),
            Fact::RelativeConsent(i) => rel(i, "written_consent"),
        }
    }

    /// The message key naming this fact in plain words.
    pub fn label_key(self) -> &'static str {
        match self {
            Fact::DateOfBirth => "fact.date_of_birth",
            Fact::AgeDisputed => "fact.age_disputed",
            Fact::Nationality => "fact.nationality",
            Fact::Location => "fact.location",
            Fact::Unaccompanied => "fact.unaccompanied",
            Fact::Married => "fact.married",
            Fact::ArrivedInEurope => "fact.arrived_in_europe",
            Fact::InCalaisCamp => "fact.in_calais_camp",
            Fact::ReferredHighRisk => "fact.referred_high_risk",
            Fact::AccompanyingSibling => "fact.accompanying_sibling",
            Fact::ReferredByAuthorities => "fact.referred_by_authorities",
            Fact::BestInterests => "fact.best_interests",
            Fact::AsylumClaim => "fact.asylum_claim",
            Fact::AsylumClaimCountry => "fact.asylum_claim_country",
            Fact::AsylumClaimDate => "fact.asylum_claim_date",
            Fact::Request => "fact.request",
            Fact::RequestDate => "fact.request_date",
            Fact::RequestReceivedBeforeCutoff => "fact.request_received",
            Fact::RequestDecision => "fact.request_decision",
            Fact::RequestDecisionDate => "fact.request_decision_date",
            Fact::Application => "fact.application",
            Fact::ApplicationTime => "fact.application_time",
            Fact::Relatives => "fact.relatives",
            Fact::Relation(_) => "fact.relation",
            Fact::RelativeAdult(_) => "fact.relative_adult",
            Fact::RelativeStatus(_) => "fact.relative_status",
            Fact::RelativeCanCare(_) => "fact.relative_can_care",
            Fact::RelativeFamilyBeforeFlight(_) => "fact.relative_family_before_flight",
            Fact::RelativeConsent(_) => "fact.relative_consent",
        }
    }

    /// The relative this fact is about, if any.
    pub fn relative(self) -> Option<usize> {
        match self {
            Fact::Relation(i)
            | Fact::RelativeAdult(i)
            | Fact::RelativeStatus(i)
            | Fact::RelativeCanCare(i)
            | Fact::RelativeFamilyBeforeFlight(i)
            | Fact::RelativeConsent(i) => Some(i),
            _ => None,
        }
    }
}
