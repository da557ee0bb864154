use super::on_click;
use crate::flow::{Action, Question, State};
use crate::ui::texts::Texts;
use crate::ui::texts::{answer_text, question_title};
use yew::prelude::*;

/// "Check your answers": a summary list with a Change link on each answer.
pub fn check_answers(t: &Texts, flow: &State, dispatch: &Callback<Action>) -> Html {
    let walk = flow.walk();
    let see = on_click(dispatch, Action::ShowResult);
    let back = on_click(dispatch, Action::Back);
    let change_date = on_click(dispatch, Action::ChangeAssessmentDate);
    let row = |q: Question| {
        // Every row names its own question: "another relative?" is asked once per relative.
        let title = match q {
            Question::AnotherRelative(i) => t.fill("check.another", &[("n", t.count(i as i64 + 1))]),
            _ => question_title(q, t),
        };
        let answer = flow.answers.get(&q).map(|a| answer_text(q, a, t)).unwrap_or_default();
        let change = on_click(dispatch, Action::Change(q));
        html! {
            <div class="summary-list__row">
                <dt class="summary-list__key">{ title.clone() }</dt>
                <dd class="summary-list__value">{ answer }</dd>
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
                <p class="inset">{ t.fill_html("check.relatives_full", &[("max", t.count(crate::flow::question::MAX_RELATIVES as i64))]) }</p>
            }
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt class="summary-list__key">{ t.html("check.assessed_on") }</dt>
                    <dd class="summary-list__value">{ t.date(flow.assessed_on) }</dd>
                    <dd class="summary-list__actions">
                        <a href="#change-assessed-on" onclick={change_date}>{ t.html("button.change") }<span class="visually-hidden">{ " " }{ t.html("check.assessed_on") }</span></a>
                    </dd>
                </div>
                for q in walk.answered.iter() { { row(*q) } }
            </dl>
            <button type="button" class="button" onclick={see}>{ t.html("button.see_result") }</button>
        </div>
    }
}
