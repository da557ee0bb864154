//! Every legal source the engine cites, with its link and how sure RULES.md is of it.
//! A citation is data: change a reference here and every reason that uses it follows.

/// How far RULES.md checked a source: `[V]` against the primary text, `[S]` from a secondary
/// source only, `[U]` not seen (must be checked before it is relied on).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confidence {
    Verified,
    Secondary,
    Unverified,
}

pub struct CiteInfo {
    /// The reference as a lawyer writes it.
    pub text: &'static str,
    pub url: &'static str,
    pub confidence: Confidence,
}

macro_rules! citations {
    ($($name:ident => $text:expr, $url:expr, $conf:ident;)*) => {
        /// A legal source. See [`Cite::info`].
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Cite { $($name),* }
        impl Cite {
            pub const ALL: &'static [Cite] = &[$(Cite::$name),*];
            pub fn info(self) -> CiteInfo {
                match self {
                    $(Cite::$name => CiteInfo { text: $text, url: $url, confidence: Confidence::$conf }),*
                }
            }
        }
    };
}

const DUBLIN: &str = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=celex:32013R0604";

citations! {
    DublinArt2g => "Dublin III Regulation (EU) No 604/2013, Art 2(g) (family members)", DUBLIN, Verified;
    DublinArt2h => "Dublin III Regulation (EU) No 604/2013, Art 2(h) (relative: adult aunt, uncle or grandparent)", DUBLIN, Secondary;
    DublinArt2i => "Dublin III Regulation (EU) No 604/2013, Art 2(i) (minor: under 18)", DUBLIN, Verified;
    DublinArt2j => "Dublin III Regulation (EU) No 604/2013, Art 2(j) (unaccompanied minor)", DUBLIN, Verified;
    DublinArt3 => "Dublin III Regulation (EU) No 604/2013, Art 3 (scope: applications lodged in a Member State)", DUBLIN, Verified;
    DublinArt6 => "Dublin III Regulation (EU) No 604/2013, Art 6(1) and 6(3) (best interests of the child)", "https://freirecht.de/g/EU2013VO604:6", Verified;
    DublinArt7_2 => "Dublin III Regulation (EU) No 604/2013, Art 7(2) (situation when the claim was first lodged); KHO:2017:77", "https://familie.asyl.net/innerhalb-europas/nach-dublin-iii-vo/grundsaetze-dublin-iii-verordnung", Secondary;
    DublinArt8_1 => "Dublin III Regulation (EU) No 604/2013, Art 8(1) (family member or sibling legally present)", "https://sintact.ro/legislatie/jurnalul-oficial-ue/regulamentul-604-26-iun-2013-de-stabilire-a-criteriilor-si-79144877/art-8", Verified;
    DublinArt8_1Q1 => "Dublin III Regulation (EU) No 604/2013, Art 8(1): \"legally present\" is not defined; a pending asylum claim is uncertain (RULES.md Q1)", "https://equal-rights.org/de/articles/97", Secondary;
    DublinArt8_1Q3 => "Dublin III Regulation (EU) No 604/2013, Art 8(1): \"sibling\" is not defined; half-siblings are not expressly covered (RULES.md Q3)", "https://www.childrenslegalcentre.com/resources/supporting-dublin-children/", Secondary;
    DublinArt8_2 => "Dublin III Regulation (EU) No 604/2013, Art 8(2) (relative who can take care of the minor)", "https://sintact.ro/legislatie/jurnalul-oficial-ue/regulamentul-604-26-iun-2013-de-stabilire-a-criteriilor-si-79144877/art-8", Verified;
    DublinArt9 => "Dublin III Regulation (EU) No 604/2013, Art 9 (family member with international protection; written consent)", DUBLIN, Unverified;
    DublinArt10 => "Dublin III Regulation (EU) No 604/2013, Art 10 (family member whose asylum claim awaits a first decision; written consent)", DUBLIN, Unverified;
    DublinArt17_2 => "Dublin III Regulation (EU) No 604/2013, Art 17(2) (humanitarian clause); R (BAA) v SSHD [2020] UKUT 227 (IAC)", "https://caselaw.nationalarchives.gov.uk/ukut/iac/2020/227", Verified;
    DublinArt20_2 => "Dublin III Regulation (EU) No 604/2013, Arts 20(2) and 21(1); SSHD v ZAT [2016] EWCA Civ 810", "https://caselaw.nationalarchives.gov.uk/ewca/civ/2016/810", Secondary;
    DublinArt21_1 => "Dublin III Regulation (EU) No 604/2013, Art 21(1) (take-charge request within 3 months)", "https://sintact.ro/legislatie/jurnalul-oficial-ue/regulamentul-604-26-iun-2013-de-stabilire-a-criteriilor-79144877/roz-vi-sek-ii", Verified;
    DublinArt22 => "Dublin III Regulation (EU) No 604/2013, Art 22(1) and 22(7) (reply within 2 months; silence is acceptance)", "https://www.theyworkforyou.com/wrans/?id=2017-10-06.105617.h", Secondary;
    DublinArt29 => "Dublin III Regulation (EU) No 604/2013, Art 29(1) (transfer within 6 months of acceptance)", "https://www.theyworkforyou.com/wrans/?id=2017-10-06.105617.h", Secondary;
    DublinArt49 => "Dublin III Regulation (EU) No 604/2013, Art 49 (applies to claims lodged from 1 January 2014)", "https://sintact.ro/legislatie/jurnalul-oficial-ue/regulamentul-604-26-iun-2013-de-stabilire-a-criteriilor-si-79144877/art-49", Verified;
    DublinReexamination => "Implementing Regulation (EC) No 1560/2003, Art 5(2) (re-examination); CJEU C-19/21 I and S (remedy against a refusal)", "https://beta.bailii.org/eu/cases/EUECJ/2022/C1921.html", Unverified;
    DublinExit => "The Immigration, Nationality and Asylum (EU Exit) Regulations 2019 (SI 2019/745), Sch 2 para 9 (requests made before 23:00 on 31 December 2020)", "https://legislation.gov.uk/uksi/2019/745/schedule/2/paragraph/9", Verified;
    DubsS67 => "Immigration Act 2016, section 67 (s.67, the Dubs amendment)", "https://www.legislation.gov.uk/ukpga/2016/19/part/5/data.xht?view=snippet&wrap=true", Verified;
    DubsCalaisGuidance => "Home Office, Implementation of section 67 of the Immigration Act 2016 in France, guidance v2.0 (8 November 2016)", "https://www.freemovement.org.uk/home-office-publishes-eligibility-criteria-for-children-to-be-admitted-to-uk-under-dubs-amendment/", Secondary;
    DubsCalaisWindow => "Immigration Act 2016 s.67, Calais clearance operation (October to December 2016; exact end not published, RULES.md Q9)", "https://123dok.net/document/zx543kgd-guidance-implementation-section-immigration-act-france.html", Secondary;
    DubsArrivalCutoff => "Hansard HC Deb 10 May 2016 (Child Refugee Resettlement): present in the EU before 20 March 2016", "https://hansard.parliament.uk/Commons/2016-05-10/debates/16051027000001/ChildRefugeeResettlement", Verified;
    DubsFactsheet => "Home Office, Factsheet: section 67 of the Immigration Act 2016 (updated 27 July 2020): referrals by France, Greece and Italy; commitment complete", "https://gov.uk/government/publications/policy-statement-section-67-of-the-immigration-act-2016/factsheet-section-67-of-the-immigration-act-2016", Verified;
    Dubs2018Date => "Home Office fact sheet, 19 January 2018 (Sandhurst summit): arrived in Europe before 18 January 2018", "https://homeofficemedia.blog.gov.uk/2018/01/19/fact-sheet-on-the-uks-support-for-asylum-seeking-and-refugee-children-in-europe/", Verified;
    DubsDateRemoved => "Written Ministerial Statement, HC Deb 20 December 2018 (Immigration: Children): date criterion removed", "https://hansard.parliament.uk/Commons/2018-12-20/debates/18122039000020/ImmigrationChildren", Verified;
    Para352D => "Immigration Rules, paras 352D and 352FG (child of a refugee or of a person with humanitarian protection), until 11 April 2023", "https://lawscot.org.uk/members/journal/issues/vol-68-issue-04/immigration-family-reunions-given-new-rules", Secondary;
    AppendixFrp => "Immigration Rules, Appendix Family Reunion (Sponsors with Protection), FRP 1.3", "https://gov.uk/guidance/immigration-rules/immigration-rules-appendix-family-reunion-sponsors-with-protection", Verified;
    Hc1298 => "Statement of Changes HC 1298: Appendix Family Reunion (Sponsors with Protection) closed to new applications from 15:00 on 4 September 2025", "https://www.ein.org.uk/news/new-applications-refugee-family-reunion-route-suspended-3pm-today", Verified;
    DmReview => "R (DM) v SSHD [2025] EWCA Civ 1273 (8 October 2025): a breach of s.55 Borders, Citizenship and Immigration Act 2009; the family reunion policy for child refugees must be reviewed", "https://caselaw.nationalarchives.gov.uk/ewca/civ/2025/1273", Verified;
    SafePassageChallenge => "Safe Passage International v SSHD [2026] EWHC 1705 (Admin) (7 July 2026): challenge to the suspension of refugee family reunion dismissed; appeal signalled", "https://caselaw.nationalarchives.gov.uk/ewhc/admin/2026/1705", Unverified;
    Para319X => "Immigration Rules, paras 319X to 319Y (child of a relative with protection), until 11 April 2023", "https://newlandchase.com/united-kingdom-statement-of-changes-to-the-immigration-rules-march-2023-non-business-routes/", Secondary;
    AppendixCrp => "Immigration Rules, Appendix Child Relative (Sponsors with Protection) (formerly Appendix CNP, from 12 April 2023)", "https://gov.uk/government/publications/child-staying-with-or-joining-a-non-parent-relative-protection/child-staying-with-or-joining-a-non-parent-relative-protection-accessible", Verified;
    Para297 => "Immigration Rules, para 297(i)(f) (serious and compelling considerations; a parent or relative present and settled)", "https://freemovement.org.uk/in-country-settlement-applications-for-children-and-the-different-sole-responsibility-requirements/", Secondary;
    Para297Hc259 => "Immigration Rules, para 297(i)(f) (serious and compelling considerations; a parent or relative present and settled), as amended by Statement of Changes HC 259 from 30 July 2026 (wording to be re-checked)", "https://www.gov.uk/government/collections/immigration-rules-statement-of-changes", Unverified;
    Kone => "R (Kone) v SSHD [2025] EWCA Civ 1653: para 297(i)(f) is open where one parent is settled, even if the other has limited leave", "https://freemovement.org.uk/?p=234999", Secondary;
    Hc1691 => "Statement of Changes HC 1691 (March 2026): child settlement changes, in force 26 March 2026; R (Kone) v SSHD [2025] EWCA Civ 1653", "https://eiglaw.com/uk-announces-major-immigration-rule-changes-effective-march-2026", Secondary;
    AppendixFm => "Immigration Rules, Appendix FM (child of a parent: sections EC-C and E-ECC; exceptional circumstances GEN.3.1, GEN.3.2 and GEN.3.3)", "https://www.descartessolicitors.co.uk/closure-of-appendix-family-reunion-sponsors-with-protection", Secondary;
    AppendixFmHc259 => "Immigration Rules, Appendix FM (child of a parent: sections EC-C and E-ECC; exceptional circumstances GEN.3.1, GEN.3.2 and GEN.3.3), as amended by Statement of Changes HC 259 from 30 July 2026 (wording to be re-checked)", "https://www.gov.uk/government/collections/immigration-rules-statement-of-changes", Unverified;
    AppendixFmProtection => "Statement of Changes HC 1298: children of parents with protection apply under Appendix FM from 4 September 2025", "https://www.mondaq.com/uk/work-visas/1687438/uk-refugee-family-reunion-closed-new-visa-options-video", Secondary;
    Article8 => "Article 8 ECHR (Art 8 of the European Convention on Human Rights: right to respect for family life); leave outside the Immigration Rules", "https://www.freemovement.org.uk/what-is-leave-outside-the-rules/", Secondary;
    Eats => "Immigration Rules, Appendix UK/European Applicant Transfer Scheme (CP 1373), in force 6 August 2025; caseworker guidance v1.0", "https://www.gov.uk/government/publications/uk-european-applicant-transfer-scheme-caseworker-guidance/ukeuropean-applicant-transfer-scheme-accessible", Verified;
    EatsEligibility => "Immigration Rules, Appendix UK/European Applicant Transfer Scheme (CP 1373; the UK-France \"one in, one out\" pilot): aged 18 or over, unless applying in a family group with a parent", "https://www.ein.org.uk/news/applications-open-asylum-seekers-france-come-uk-under-new-ukeuropean-applicant-transfer-scheme", Secondary;
    EatsExtension => "Letter of 10 June 2026 from the Minister for Border Security and Asylum to the Home Affairs Committee: the UK-France pilot (CP 1373) extended past 11 June 2026 \"into the autumn\"; no end date confirmed; either state may end it on one month's notice", "https://committees.parliament.uk/committee/83/home-affairs-committee/publications/", Secondary;
    ImmigrationAsylumBill => "Immigration and Asylum Bill (introduced 30 June 2026; not law at the last source): would narrow Article 8 \"family life\" to spouses, partners and children under 18", "https://bills.parliament.uk/", Unverified;
    AgeOfMajority => "Family Law Reform Act 1969 s.9; Age of Majority Act (Northern Ireland) 1969 s.5 (an age is reached at the start of the birthday)", "http://legislation.data.gov.uk/apni/1969/28/section/5/data.xht?view=snippet&wrap=true", Secondary;
    DangerousJourneys => "UK-France Agreement on the Prevention of Dangerous Journeys (2025), under which people who cross by small boat may be returned to France (the \"one in, one out\" pilot, CP 1373)", "https://gmiau.org/one-in-one-out-small-boats-agreement", Secondary;
    FranceAse => "Code de l'action sociale et des familles: protection of unaccompanied minors by the département's Aide sociale à l'enfance (ASE)", "https://www.gisti.org/spip.php?article5236", Secondary;
}
