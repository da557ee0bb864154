use super::error_summary::error_summary;
use super::on_click;
use super::pathway_card::{badge, citation, pathway_card};
use crate::advice::{ORGANISATIONS, REVIEWED_ON};
use crate::flow::passphrase::{save_as, SaveAs, MIN_CHARS};
use crate::flow::{Action, State};
use crate::rules::data::{LAW_CHECKED_TO, RULES_VERSION};
use crate::rules::Verdict;
use crate::ui::texts::{answer_rows, Texts};
use yew::prelude::*;

pub fn result_page(t: &Texts, flow: &State, dispatch: &Callback<Action>) -> Html {
    let a = &flow.derived().assessment;
    // "Copy as text" copies the printed summary: the answers, the verdicts with their reasons and
    // sources, the deadlines and the next steps, with no interface words.
    let rows = answer_rows(flow, t);
    let summary = crate::report::to_text(a, &rows, None, t.cat, t);
    let ordered = a.by_hope();
    let hopeful: Vec<_> = ordered.iter().filter(|p| matches!(p.verdict, Verdict::Likely | Verdict::Possible)).collect();
    let rest: Vec<_> = ordered.iter().filter(|p| !matches!(p.verdict, Verdict::Likely | Verdict::Possible)).collect();

    let on = |action: Action| on_click(dispatch, action);
    // Saving: the case's answers go to the file worker (through static/boot.js), which writes the
    // file, locked with the passphrase typed, if any. The passphrase is read once and its field emptied.
    let save = {
        let (assessed_on, answers, dispatch) = (flow.assessed_on, flow.answers().clone(), dispatch.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let passphrase = crate::ui::browser::take_input("field-lock");
            let how = save_as(&passphrase);
            if let Ok(how) = how {
                crate::ui::browser::save_case(assessed_on, &answers, (how == SaveAs::Locked).then_some(passphrase));
            }
            dispatch.emit(Action::Save(how));
        })
    };
    let lock_error = flow.errors.iter().find(|e| e.field == "lock");
    // The open deadlines as a calendar file (written by the file worker), when there is any.
    let calendar = crate::report::open_deadlines(a).next().is_some().then(|| {
        let (assessed_on, answers) = (flow.assessed_on, flow.answers().clone());
        Callback::from(move |_: MouseEvent| crate::ui::browser::save_calendar(assessed_on, &answers))
    });
    // The banners (the rules' age, the deadline to act on first, the 18th birthday), chosen
    // from the assessment by the same code as the printed and copied summaries.
    let banners = crate::report::banners::banners(a);
    let banner = |b: &crate::report::banners::Banner| {
        let class = classes!("banner", format!("banner--{}", b.kind), b.urgent.then_some("banner--urgent"));
        html! {
            <div class={class}>
                <p>for m in b.lines.iter() { { t.msg(m) }{ " " } }</p>
                if t.child.is_some() { <p>for m in b.lines.iter() { { t.child_msg(m) }{ " " } }</p> }
            </div>
        }
    };
    html! {
        <div class="result" id="result-summary">
            <a href="#back" class="back-link" onclick={on(Action::Back)}>{ t.html("button.back") }</a>
            <h1 class="heading-l" id="main-heading" tabindex="-1">{ t.html("result.title") }{ t.child("result.title", &[]) }</h1>
            { error_summary(t, &flow.errors) }
            <p class="caption">{ t.fill_html("result.assessed_on", &[("date", t.date(a.assessed_on))]) }</p>
            if !t.complete() { <p class="inset">{ t.html("lang.partial_note") }</p> }
            for b in banners.iter() { { banner(b) } }
            <h2 class="heading-m">{ t.html("result.hopeful") }{ t.child("result.hopeful", &[]) }</h2>
            <div class="panel">
                if hopeful.is_empty() {
                    <p>{ t.html("result.summary_none") }{ t.child("result.summary_none", &[]) }</p>
                } else {
                    <ul class="summary-routes">
                        for p in hopeful.iter() {
                            <li><a href={format!("#p-{}", p.pathway.id())}>{ t.html(&format!("pathway.{}", p.pathway.id())) }{ t.child(&format!("pathway.{}", p.pathway.id()), &[]) }</a>{ " " }{ badge(p.verdict, t) }</li>
                        }
                    </ul>
                }
            </div>
            for p in hopeful.iter() { { pathway_card(t, p, crate::report::later_end(p, a), dispatch) } }
            if !rest.is_empty() {
                <h2 class="heading-m">{ t.html("result.others") }{ t.child("result.others", &[]) }</h2>
                for p in rest.iter() { { pathway_card(t, p, crate::report::later_end(p, a), dispatch) } }
            }
            if !a.notes.is_empty() {
                <h2 class="heading-m">{ t.html("result.notes") }</h2>
                <ul class="notes">
                    for n in a.notes.iter() { <li>{ t.msg(&n.msg) }<br />{ citation(n.cite, t) }</li> }
                </ul>
            }
            <div class="warning-text">
                <h2 class="heading-m">{ t.html("result.not_advice_title") }{ t.child("result.not_advice_title", &[]) }</h2>
                <p>{ t.html("result.not_advice") }{ t.child("result.not_advice", &[]) }</p>
            </div>
            <h2 class="heading-m">{ t.html("result.advice_title") }</h2>
            <ul class="advice">
                for o in ORGANISATIONS.iter() {
                    <li><a href={o.url} rel="noopener noreferrer" target="_blank">{ o.name }</a>{ " (" }{ t.html(&o.region_key()) }{ "): " }{ t.html(&o.what_key()) }{ t.child(&o.what_key(), &[]) }</li>
                }
            </ul>
            <p class="caption">{ t.fill_html("result.advice_reviewed", &[("date", t.date(REVIEWED_ON))]) }</p>
            <section class="print-only answers">
                for (heading, list) in [("result.answers", &rows.asked), ("result.not_asked", &rows.not_asked)] {
                    if !list.is_empty() {
                        <h2 class="heading-m">{ t.html(heading) }</h2>
                        <dl class="summary-list">
                            for (_, title, answer) in list.iter() {
                                <div class="summary-list__row">
                                    <dt class="summary-list__key">{ title.clone() }</dt>
                                    <dd class="summary-list__value">{ answer.clone() }</dd>
                                </div>
                            }
                        </dl>
                    }
                }
            </section>
            <p class="caption">{ t.fill_html("result.rules_version", &[("version", RULES_VERSION.to_string()), ("date", t.date(LAW_CHECKED_TO))]) }</p>
            <div class="button-group no-print">
                <button type="button" class="button" data-action="print">{ t.html("button.print") }</button>
                <button type="button" class="button button--secondary" data-action="copy" data-text={summary}>{ t.html("button.copy") }</button>
                <button type="button" class="button button--secondary" onclick={on(Action::ShowCheck)}>{ t.html("button.change_answers") }</button>
                <button type="button" class="button button--warning" onclick={on(Action::StartAgain)}>{ t.html("button.start_again") }</button>
            </div>
            <form class="save-case no-print" onsubmit={save} novalidate=true>
                <div class={if lock_error.is_some() { "form-group form-group--error" } else { "form-group" }}>
                    <label class="label" for="field-lock">{ t.html("lock.label") }</label>
                    <div class="hint" id="lock-hint">{ t.fill_html("lock.hint", &[("n", t.count(MIN_CHARS as i64))]) }</div>
                    if let Some(e) = lock_error {
                        <p class="error-message" id="lock-error"><span class="visually-hidden">{ t.html("error.title_prefix") }{ " " }</span>{ t.msg(&e.msg) }</p>
                    }
                    <input class={if lock_error.is_some() { "input input--wide input--error" } else { "input input--wide" }} id="field-lock" name="passphrase"
                        type="password" autocomplete="off" spellcheck="false" autocapitalize="none"
                        aria-describedby={if lock_error.is_some() { "lock-hint lock-error" } else { "lock-hint" }} aria-invalid={lock_error.is_some().then_some("true")} />
                </div>
                <button type="submit" class="button button--secondary">{ t.html("button.export") }</button>
            </form>
            if let Some(add) = calendar {
                <div class="calendar no-print">
                    <p class="hint" id="calendar-hint">{ t.html("desk.calendar_hint") }</p>
                    <button type="button" class="button button--secondary" onclick={add} aria-describedby="calendar-hint">{ t.html("desk.calendar") }</button>
                </div>
            }
            <p class="notice" id="save-status" role="status">{ flow.status.as_ref().map(|m| t.msg(m)) }</p>
        </div>
    }
}
