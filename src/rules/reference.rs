//! The rules reference: every pathway with its conditions, dates and citations, built from the
//! rules data (`data.rs`, `cite.rs`). `pathways rules` prints it as Markdown; the app shows it on
//! its Rules page. Conditions are described here for readers; the executable rules are in
//! `pathways/`.

use super::cite::{Cite, Confidence};
use super::data::*;
use super::outcome::{m, Msg, PathwayId};
use crate::case::Country;
use crate::i18n::Catalog;

/// One line of the reference: a sentence and its source.
pub struct Line {
    pub msg: Msg,
    pub cite: Cite,
}

pub struct Entry {
    pub pathway: PathwayId,
    pub conditions: Vec<Line>,
    pub dates: Vec<Line>,
}

fn line(msg: Msg, cite: Cite) -> Line {
    Line { msg, cite }
}

fn countries(list: &[Country]) -> String {
    list.iter().map(Country::as_str).collect::<Vec<_>>().join(", ")
}

/// The reference, in RULES.md order.
pub fn entries() -> Vec<Entry> {
    use PathwayId::*;
    let d = |key: &'static str, p: Param<crate::date::Date>| line(m(key).date("date", p.value), p.cite);
    let dublin_dates = || {
        vec![
            d("ref.date.dublin_from", DUBLIN_III_FROM),
            line(
                m("ref.date.dublin_until")
                    .date("date", DUBLIN_UK_LAST_DAY.value)
                    .arg("time", super::Arg::Time(DUBLIN_UK_CUTOFF_TIME.value)),
                DUBLIN_UK_LAST_DAY.cite,
            ),
            line(
                m("ref.date.dublin_limits")
                    .int("request", DUBLIN_REQUEST_MONTHS.value.into())
                    .int("reply", DUBLIN_REPLY_MONTHS.value.into())
                    .int("transfer", DUBLIN_TRANSFER_MONTHS.value.into()),
                DUBLIN_REQUEST_MONTHS.cite,
            ),
            line(
                m("ref.date.dublin_states").text("list", countries(&Country::all().filter(|c| dublin_state(*c)).collect::<Vec<_>>())),
                DUBLIN_ASSOCIATES.cite,
            ),
        ]
    };
    vec![
        Entry {
            pathway: DublinFamily,
            conditions: vec![
                line(m("ref.dublin_family.1"), Cite::DublinArt3),
                line(m("ref.dublin_family.2"), Cite::DublinArt20_2),
                line(m("ref.dublin_family.3"), Cite::DublinArt7_2),
                line(m("ref.dublin_family.4"), Cite::DublinArt2j),
                line(m("ref.dublin_family.5"), Cite::DublinArt8_1),
                line(m("ref.dublin_family.6"), Cite::DublinArt8_2),
                line(m("ref.dublin_family.7"), Cite::DublinArt6),
            ],
            dates: dublin_dates(),
        },
        Entry {
            pathway: DublinOther,
            conditions: vec![line(m("ref.dublin_other.1"), Cite::DublinArt9), line(m("ref.dublin_other.2"), Cite::DublinArt17_2)],
            dates: dublin_dates(),
        },
        Entry {
            pathway: DubsCalais,
            conditions: vec![
                line(m("ref.dubs_calais.1"), Cite::DubsCalaisGuidance),
                line(
                    m("ref.dubs_calais.ages")
                        .int("any", CALAIS_AGE_ANY_NATIONALITY.value.into())
                        .int("nat", CALAIS_AGE_NATIONALITY.value.into())
                        .text("list", countries(CALAIS_NATIONALITIES.value)),
                    CALAIS_NATIONALITIES.cite,
                ),
                line(m("ref.dubs_calais.2"), Cite::DubsCalaisGuidance),
                line(m("ref.dubs_calais.3"), Cite::DubsCalaisGuidance),
                line(m("ref.dubs_calais.4"), Cite::DubsS67),
            ],
            dates: vec![
                line(m("ref.date.window").date("from", CALAIS_FROM.value).date("until", CALAIS_UNTIL.value), CALAIS_FROM.cite),
                d("ref.date.arrived_before", DUBS_ARRIVED_BEFORE),
            ],
        },
        Entry {
            pathway: DubsReferral,
            conditions: vec![
                line(m("ref.dubs_referral.states").text("list", countries(DUBS_REFERRAL_STATES.value)), DUBS_REFERRAL_STATES.cite),
                line(m("ref.dubs_referral.1"), Cite::DubsFactsheet),
                line(m("ref.dubs_referral.2"), Cite::DubsS67),
                line(m("ref.dubs_referral.3"), Cite::DubsFactsheet),
            ],
            dates: vec![
                line(
                    m("ref.date.window").date("from", DUBS_REFERRAL_FROM.value).date("until", DUBS_REFERRAL_UNTIL.value),
                    DUBS_REFERRAL_FROM.cite,
                ),
                line(
                    m("ref.date.dubs_first").date("until", DUBS_FIRST_CRITERION_UNTIL.value).date("date", DUBS_ARRIVED_BEFORE.value),
                    DUBS_ARRIVED_BEFORE.cite,
                ),
                line(m("ref.date.dubs_second").date("date", DUBS_SECOND_ARRIVED_BEFORE.value), DUBS_SECOND_ARRIVED_BEFORE.cite),
                d("ref.date.dubs_none", DUBS_NO_DATE_FROM),
            ],
        },
        Entry {
            pathway: RefugeeFamilyReunion,
            conditions: vec![
                line(m("ref.refugee_family_reunion.1"), Cite::AppendixFrp),
                line(m("ref.refugee_family_reunion.2"), Cite::AppendixFrp),
                line(m("ref.refugee_family_reunion.3"), Cite::AppendixFrp),
            ],
            dates: vec![
                d("ref.date.frp_from", FRP_FROM),
                line(
                    m("ref.date.frp_closed").date("date", FRP_CLOSED_ON.value).arg("time", super::Arg::Time(FRP_CLOSED_AT.value)),
                    FRP_CLOSED_ON.cite,
                ),
            ],
        },
        Entry {
            pathway: ChildRelativeProtection,
            conditions: vec![
                line(m("ref.child_relative_protection.1"), Cite::AppendixCrp),
                line(m("ref.child_relative_protection.2"), Cite::AppendixCrp),
                line(m("ref.child_relative_protection.3"), Cite::AppendixCrp),
            ],
            dates: vec![d("ref.date.crp_from", CRP_FROM)],
        },
        Entry {
            pathway: Para297,
            conditions: vec![line(m("ref.para_297.1"), Cite::Para297), line(m("ref.para_297.2"), Cite::Para297)],
            dates: vec![d("ref.date.hc1691", HC1691_FROM)],
        },
        Entry {
            pathway: AppendixFm,
            conditions: vec![line(m("ref.appendix_fm.1"), Cite::AppendixFm), line(m("ref.appendix_fm.2"), Cite::AppendixFm)],
            dates: vec![d("ref.date.fm_protection", FM_PROTECTION_FROM)],
        },
        Entry { pathway: Article8OutsideRules, conditions: vec![line(m("ref.article8_outside_rules.1"), Cite::Article8)], dates: vec![] },
        Entry {
            pathway: UkFrancePilot,
            conditions: vec![
                line(m("ref.uk_france_pilot.1"), Cite::EatsEligibility),
                line(
                    m("ref.uk_france_pilot.eea").text("list", countries(&Country::all().filter(|c| eea_state(*c)).collect::<Vec<_>>())),
                    EEA_EFTA_STATES.cite,
                ),
            ],
            dates: vec![line(m("ref.date.window").date("from", EATS_FROM.value).date("until", EATS_UNTIL.value), EATS_UNTIL.cite)],
        },
    ]
}

fn confidence_word(c: Confidence) -> &'static str {
    match c {
        Confidence::Verified => "V",
        Confidence::Secondary => "S",
        Confidence::Unverified => "U",
    }
}

/// The whole reference as Markdown, in the catalog's language.
pub fn markdown(cat: &Catalog) -> String {
    let mut out = String::new();
    let mut push = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    push(format!("# {}", cat.text("ref.title")));
    push(String::new());
    push(format!(
        "{} {} ({} {}). {}",
        cat.text("report.rules_version"),
        RULES_VERSION,
        cat.text("report.reviewed_on"),
        cat.date(RULES_REVIEWED_ON),
        cat.text("ref.generated")
    ));
    push(String::new());
    push(cat.text("report.not_legal_advice"));
    push(String::new());
    push(format!("## {}", cat.text("ref.verdicts")));
    push(String::new());
    for v in super::Verdict::ALL {
        push(format!(
            "- **{}** (`{}`): {}",
            cat.text(&format!("verdict.{}", v.id())),
            v.id(),
            cat.text(&format!("verdict_help.{}", v.id()))
        ));
    }
    push(String::new());
    push(format!(
        "{}: V = {}; S = {}; U = {}.",
        cat.text("ref.confidence"),
        cat.text("confidence.verified"),
        cat.text("confidence.secondary"),
        cat.text("confidence.unverified")
    ));
    let cite = |c: Cite| {
        let i = c.info();
        format!("{} [{}] <{}>", i.text, confidence_word(i.confidence), i.url)
    };
    for e in entries() {
        push(String::new());
        push(format!("## {} (`{}`)", cat.text(&format!("pathway.{}", e.pathway.id())), e.pathway.id()));
        push(String::new());
        push(format!("### {}", cat.text("ref.conditions")));
        push(String::new());
        for l in &e.conditions {
            push(format!("- {} ({})", cat.render(&l.msg), cite(l.cite)));
        }
        if !e.dates.is_empty() {
            push(String::new());
            push(format!("### {}", cat.text("ref.dates")));
            push(String::new());
            for l in &e.dates {
                push(format!("- {} ({})", cat.render(&l.msg), cite(l.cite)));
            }
        }
    }
    out
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The whole reference as a static HTML page (the app's Rules page: `static/rules/<lang>.html`).
pub fn html(cat: &Catalog, dir: &str) -> String {
    let mut out = String::new();
    let mut push = |s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    let cite = |c: Cite| {
        let i = c.info();
        let mark = if i.confidence == Confidence::Unverified {
            format!(" <strong class=\"tag\">{}</strong>", esc(&cat.text("result.unverified")))
        } else {
            String::new()
        };
        format!(
            "<br><span class=\"citation\"><a href=\"{}\" rel=\"noopener noreferrer\">{}</a> [{}]{mark}</span>",
            esc(i.url),
            esc(i.text),
            confidence_word(i.confidence)
        )
    };
    push("<!doctype html>");
    push(&format!("<html lang=\"{}\" dir=\"{dir}\">", esc(&cat.lang)));
    push("<head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    push("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'self'\">");
    push("<meta name=\"referrer\" content=\"no-referrer\">");
    push(&format!("<title>{} - {}</title>", esc(&cat.text("ref.title")), esc(&cat.text("app.name"))));
    push("<link rel=\"stylesheet\" href=\"rules.css\"></head><body><main>");
    push(&format!("<p><a href=\"../\">{}</a></p>", esc(&cat.text("button.back"))));
    push(&format!("<h1>{}</h1>", esc(&cat.text("ref.title"))));
    push(&format!(
        "<p>{} {} ({} {}). {}</p>",
        esc(&cat.text("report.rules_version")),
        RULES_VERSION,
        esc(&cat.text("report.reviewed_on")),
        esc(&cat.date(RULES_REVIEWED_ON)),
        esc(&cat.text("ref.generated"))
    ));
    push(&format!("<p><strong>{}</strong></p>", esc(&cat.text("report.not_legal_advice"))));
    push(&format!("<h2>{}</h2><dl>", esc(&cat.text("ref.verdicts"))));
    for v in super::Verdict::ALL {
        push(&format!(
            "<dt>{} (<code>{}</code>)</dt><dd>{}</dd>",
            esc(&cat.text(&format!("verdict.{}", v.id()))),
            v.id(),
            esc(&cat.text(&format!("verdict_help.{}", v.id())))
        ));
    }
    push("</dl>");
    push(&format!(
        "<p>{}: V = {}; S = {}; U = {}.</p>",
        esc(&cat.text("ref.confidence")),
        esc(&cat.text("confidence.verified")),
        esc(&cat.text("confidence.secondary")),
        esc(&cat.text("confidence.unverified"))
    ));
    for e in entries() {
        push(&format!(
            "<section id=\"{}\"><h2>{} (<code>{}</code>)</h2>",
            e.pathway.id(),
            esc(&cat.text(&format!("pathway.{}", e.pathway.id()))),
            e.pathway.id()
        ));
        push(&format!("<h3>{}</h3><ul>", esc(&cat.text("ref.conditions"))));
        for l in &e.conditions {
            push(&format!("<li>{}{}</li>", esc(&cat.render(&l.msg)), cite(l.cite)));
        }
        push("</ul>");
        if !e.dates.is_empty() {
            push(&format!("<h3>{}</h3><ul>", esc(&cat.text("ref.dates"))));
            for l in &e.dates {
                push(&format!("<li>{}{}</li>", esc(&cat.render(&l.msg)), cite(l.cite)));
            }
            push("</ul>");
        }
        push("</section>");
    }
    push("</main></body></html>");
    out
}
