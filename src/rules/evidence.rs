//! For each fact of a case, the evidence that would settle it (a message key).

use super::fact::Fact;

pub fn evidence_for(fact: Fact) -> &'static str {
    match fact {
        Fact::DateOfBirth => "evidence.identity",
        Fact::AgeDisputed => "evidence.age_assessment",
        Fact::Nationality => "evidence.nationality",
        Fact::Location => "evidence.location",
        Fact::Unaccompanied => "evidence.unaccompanied",
        Fact::Married => "evidence.married",
        Fact::ArrivedInEurope => "evidence.arrival",
        Fact::InCalaisCamp => "evidence.calais_camp",
        Fact::ReferredHighRisk => "evidence.referral_high_risk",
        Fact::AccompanyingSibling => "evidence.sibling",
        Fact::ReferredByAuthorities => "evidence.referral",
        Fact::BestInterests => "evidence.best_interests",
        Fact::AsylumClaim | Fact::AsylumClaimCountry | Fact::AsylumClaimDate => "evidence.asylum_claim",
        Fact::Request | Fact::RequestDate | Fact::RequestReceivedBeforeCutoff => "evidence.request",
        Fact::RequestDecision | Fact::RequestDecisionDate => "evidence.decision",
        Fact::Application | Fact::ApplicationTime => "evidence.application",
        Fact::Relatives | Fact::Relation(_) => "evidence.relationship",
        Fact::RelativeAdult(_) => "evidence.relative_identity",
        Fact::RelativeStatus(_) => "evidence.relative_status",
        Fact::RelativeCanCare(_) => "evidence.care_assessment",
        Fact::RelativeFamilyBeforeFlight(_) => "evidence.family_before_flight",
        Fact::RelativeConsent(_) => "evidence.consent",
    }
}
