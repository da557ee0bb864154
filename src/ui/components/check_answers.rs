use super::on_click;
use crate::flow::{Action, State};
use crate::report::answers::Row;
use crate::ui::texts::{answer_rows, Texts};
use yew::prelude::*;

/// "Check your answers": a summary list with a Change link on each answer asked, then what the
/// case holds that no question asked (from an opened file), under its own heading.
pub fn check_answers(t: &Texts, flow: &State, dispatch: &Callback<Action>) -> Html {
    let see = on_click(dispatch, Action::ShowResult);
    let back = on_click(dispatch, Action::Back);
    let change_date = on_click(dispatch, Action::ChangeAssessmentDate);
    let rows = answer_rows(flow, t);
    let row = |(q, title, answer): &Row| {
        let change = on_click(dispatch, Action::Change(*q));
        html! {
            <div class="summary-list__row">
                <dt class="summary-list__key">{ title.clone() }</dt>
                <dd class="summary-list__value">{ answer.clone() }</dd>
                <dd class="summary-list__actions">
                    <a href={format!("#change-{q}")} onclick={change}>{ t.html("button.change") }<span class="visually-hidden">{ format!(" {title}") }</span></a>
                </dd>
            </div>
        }
    };
    html! {
        <div class="check">
            <a href="#back" class="back-link" onclick={back}>{ t.html("button.back") }</a>
            <h1 class="heading-l" id="main-heading" tabindex="-1">{ t.html("check.title") }</h1>
            <p>{ t.html("check.lead") }</p>
            if flow.relatives_full() {
                <p class="inset">{ t.fill_html("check.relatives_full", &[("max", t.count(crate::fact::MAX_RELATIVES as i64))]) }</p>
            }
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt class="summary-list__key">{ t.html("check.assessed_on") }</dt>
                    <dd class="summary-list__value">{ t.date(flow.assessed_on) }</dd>
                    <dd class="summary-list__actions">
                        <a href="#change-assessed-on" onclick={change_date}>{ t.html("button.change") }<span class="visually-hidden">{ " " }{ t.html("check.assessed_on") }</span></a>
                    </dd>
                </div>
                for r in rows.asked.iter() { { row(r) } }
            </dl>
            if !rows.not_asked.is_empty() {
                <h2 class="heading-m">{ t.html("result.not_asked") }</h2>
                <dl class="summary-list summary-list--no-actions">
                    for (_, title, answer) in rows.not_asked.iter() {
                        <div class="summary-list__row">
                            <dt class="summary-list__key">{ title.clone() }</dt>
                            <dd class="summary-list__value">{ answer.clone() }</dd>
                        </div>
                    }
                </dl>
            }
            <button type="button" class="button" onclick={see}>{ t.html("button.see_result") }</button>
        </div>
    }
}
