use crate::flow::Action;
use crate::msg::Msg;
use crate::report::{confidence_key, status_text};
use crate::rules::{Cite, Confidence, PathwayResult, Verdict};
use crate::ui::texts::Texts;
use yew::prelude::*;

/// A verdict as words and a shape (never colour alone).
pub fn badge(v: Verdict, t: &Texts) -> Html {
    let icon = match v {
        Verdict::Likely => "✓",
        Verdict::Possible => "?",
        Verdict::NotEligible => "✕",
        Verdict::Closed => "⊘",
        Verdict::NotApplicable => "–",
    };
    html! {
        <strong class={format!("badge badge--{}", v.id())}><span aria-hidden="true" class="badge__icon">{ icon }</span>{ t.html(&format!("verdict.{}", v.id())) }{ t.child(&format!("verdict.{}", v.id()), &[]) }</strong>
    }
}

/// A legal source: its name is English in every language (marked so, and kept left to right).
pub fn citation(c: Cite, t: &Texts) -> Html {
    let info = c.info();
    html! {
        <span class="citation">
            <a href={info.url} rel="noopener noreferrer" target="_blank" lang="en" dir="ltr">{ info.text }</a>
            if info.confidence == Confidence::Unverified {
                { " " }<strong class="tag tag--warning">{ t.html("result.unverified") }</strong>
            } else {
                <span class="visually-hidden">{ format!(" ({})", t.text(confidence_key(info.confidence))) }</span>
            }
        </span>
    }
}

/// A deadline on a card: "18th birthday: 1 March 2026 (95 days left)", the days left never
/// split across two lines (their spaces do not break).
fn deadline(d: &crate::rules::Deadline, t: &Texts) -> String {
    use crate::report::{deadline_label, deadline_left, deadline_when};
    let when = t.cat.render_with(&deadline_when(d), t);
    let when = match deadline_left(d) {
        Some(left) => t.fill("deadline.left", &[("when", when), ("left", t.cat.render_with(&left, t).replace(' ', "\u{a0}"))]),
        None => when,
    };
    t.fill("report.label_value", &[("label", t.cat.render_with(&deadline_label(d), t)), ("value", when)])
}

/// One pathway's verdict, the one-line why, what to do (deadlines, next steps, what is missing),
/// and in a section that opens, the details a lawyer checks (the route's status, every reason
/// with its source, and "I think this verdict is wrong").
pub fn pathway_card(t: &Texts, p: &PathwayResult, later: Option<Msg>, dispatch: &Callback<Action>) -> Html {
    let id = p.pathway.id();
    // The one-line why, and in "with the child" mode the same in the child's language.
    let why = p.reasons.first().map(|r| html! { <>{ t.msg(&r.msg) }{ t.child_msg(&r.msg) }</> });
    let hopeful = matches!(p.verdict, Verdict::Likely | Verdict::Possible);
    // What is missing: visible on an open card; among the details on the others (facts that could reopen them).
    let missing = if p.missing.is_empty() {
        html! {}
    } else {
        html! {
            <div class="card__todo">
                <h4 class="heading-s">{ t.html("result.missing") }</h4>
                <ul class="missing">
                    for m in p.missing.iter() {
                        <li>{ t.msg(&m.fact.label()) }{ ". " }{ t.fill_html("result.missing_evidence", &[("evidence", t.text(m.evidence).into())]) }</li>
                    }
                </ul>
            </div>
        }
    };
    html! {
        <section class={format!("card card--{}", p.verdict.id())} aria-labelledby={format!("p-{id}")} data-pathway={id} data-verdict={p.verdict.id()}>
            <h3 class="heading-m card__title" id={format!("p-{id}")}>{ t.html(&format!("pathway.{id}")) }{ t.child(&format!("pathway.{id}"), &[]) }</h3>
            <p class="card__verdict">{ badge(p.verdict, t) }</p>
            <p class="card__why">{ why }</p>
            if !p.deadlines.is_empty() || later.is_some() {
                <ul class="card__deadlines">
                    for d in p.deadlines.iter() {
                        <li class={if d.days_left < 90 { "deadline deadline--soon" } else { "deadline" }}>
                            { deadline(d, t) }{ t.child_texts().map(|c| t.child_span(deadline(d, &c))) }
                        </li>
                    }
                    if let Some(later) = later.as_ref() { <li class="deadline deadline--later">{ t.msg(later) }{ t.child_msg(later) }</li> }
                </ul>
            }
            // What to do, visible without opening anything: the next steps and what is missing.
            if !p.next_steps.is_empty() {
                <div class="card__todo">
                    <h4 class="heading-s">{ t.html("result.next_steps") }</h4>
                    for s in p.next_steps.iter() { <p class="next-step">{ t.msg(s) }</p> }
                </div>
            }
            if hopeful { { missing.clone() } }
            // The details in the page's language and direction; each English sentence among them
            // (a reason not yet translated, a legal source) marked as English on its own.
            <details class="details">
                <summary class="details__summary">{ t.html("result.reasons") }</summary>
                <div class="details__text">
                    <p>{ t.fill("report.label_value", &[("label", t.text("result.status").to_string()), ("value", status_text(&p.status, t.cat, t))]) }</p>
                    <ul class="reasons">
                        for r in p.reasons.iter() {
                            <li>{ t.msg(&r.msg) }<br />{ citation(r.cite, t) }</li>
                        }
                    </ul>
                    if !hopeful { { missing } }
                    // Under the reasons a lawyer checks: a verdict they dispute goes back to the
                    // maintainers as a test case.
                    <p class="card__dispute no-print">
                        <a href="#dispute" onclick={super::on_click(dispatch, Action::Dispute(p.pathway))}>
                            { t.html("desk.dispute_link") }<span class="visually-hidden">{ format!(" ({})", t.text(p.pathway.name_key())) }</span>
                        </a>
                    </p>
                </div>
            </details>
        </section>
    }
}
