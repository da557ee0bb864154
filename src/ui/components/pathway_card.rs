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

pub fn citation(c: Cite, t: &Texts) -> Html {
    let info = c.info();
    html! {
        <span class="citation">
            <a href={info.url} rel="noopener noreferrer" target="_blank">{ info.text }</a>
            if info.confidence == Confidence::Unverified {
                { " " }<strong class="tag tag--warning">{ t.html("result.unverified") }</strong>
            } else {
                <span class="visually-hidden">{ format!(" ({})", t.text(confidence_key(info.confidence))) }</span>
            }
        </span>
    }
}

/// One pathway's verdict, the one-line why, and the details a lawyer checks.
pub fn pathway_card(t: &Texts, p: &PathwayResult) -> Html {
    let id = p.pathway.id();
    let why = p.reasons.first().map(|r| t.msg(&r.msg));
    html! {
        <section class={format!("card card--{}", p.verdict.id())} aria-labelledby={format!("p-{id}")} data-pathway={id} data-verdict={p.verdict.id()}>
            <h3 class="heading-m card__title" id={format!("p-{id}")}>{ t.html(&format!("pathway.{id}")) }</h3>
            <p class="card__verdict">{ badge(p.verdict, t) }</p>
            <p class="card__why">{ why }</p>
            if !p.deadlines.is_empty() {
                <ul class="card__deadlines">
                    for d in p.deadlines.iter() {
                        <li class={if d.days_left < 90 { "deadline deadline--soon" } else { "deadline" }}>{ crate::report::deadline_line(d, t.cat, t) }</li>
                    }
                </ul>
            }
            <details class="details" lang={if t.complete() { None } else { Some("en") }} dir={if t.complete() { None } else { Some("ltr") }}>
                <summary class="details__summary">{ t.html("result.reasons") }</summary>
                <div class="details__text">
                    <p>{ t.fill("report.label_value", &[("label", t.text("result.status").to_string()), ("value", status_text(&p.status, t.cat, t))]) }</p>
                    <ul class="reasons">
                        for r in p.reasons.iter() {
                            <li>{ t.msg(&r.msg) }<br />{ citation(r.cite, t) }</li>
                        }
                    </ul>
                    if !p.missing.is_empty() {
                        <h4 class="heading-s">{ t.html("result.missing") }</h4>
                        <ul class="missing">
                            for m in p.missing.iter() {
                                <li>{ t.cat.render_with(&m.fact.label(), t) }{ ". " }{ t.fill("result.missing_evidence", &[("evidence", t.text(m.evidence).into())]) }</li>
                            }
                        </ul>
                    }
                    if !p.next_steps.is_empty() {
                        <h4 class="heading-s">{ t.html("result.next_steps") }</h4>
                        for s in p.next_steps.iter() { <p>{ t.msg(s) }</p> }
                    }
                </div>
            </details>
        </section>
    }
}
