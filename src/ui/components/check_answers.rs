use crate::flow::{Action, State, Q};
use crate::ui::texts::Texts;
use crate::ui::texts::{answer_text, question_title};
use yew::prelude::*;

/// "Check your answers": a summary list with a Change link on each answer.
pub fn check_answers(t: &Texts, flow: &State, dispatch: &Callback<Action>) -> Html {
    let walk = flow.walk();
    let see = {
        let d = dispatch.clone();
        Callback::from(move |_| d.emit(Action::ShowResult))
    };
    let back = {
        let d = dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            d.emit(Action::Back)
        })
    };
    let change_date = {
        let d = dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            d.emit(Action::ChangeAssessmentDate)
        })
    };
    let row = |q: Q| {
        // Every row names its own question: "another relative?" is asked once per relative.
        let title = match q {
            Q::AnotherRelative(i) => t.f("check.another", &[("n", t.n(i as i64 + 1))]),
            _ => question_title(q, t),
        };
        let answer = flow.answers.get(&q).map(|a| answer_text(q, a, t)).unwrap_or_default();
        let d = dispatch.clone();
        let change = Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            d.emit(Action::Change(q))
        });
        html! {
            <div class="summary-list__row">
                <dt class="summary-list__key">{ title.clone() }</dt>
                <dd class="summary-list__value">{ answer }</dd>
                <dd class="summary-list__actions">
                    <a href={format!("#change-{q}")} onclick={change}>{ t.h("button.change") }<span class="visually-hidden">{ format!(" {title}") }</span></a>
                </dd>
            </div>
        }
    };
    html! {
        <div class="check">
            <a href="#back" class="back-link" onclick={back}>{ t.h("button.back") }</a>
            <h1 class="heading-l" id="main-heading" tabindex="-1">{ t.h("check.title") }</h1>
            <p>{ t.h("check.lead") }</p>
            if flow.relatives_full() {
                <p class="inset">{ t.fh("check.relatives_full", &[("max", t.n(crate::flow::question::MAX_RELATIVES as i64))]) }</p>
            }
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt class="summary-list__key">{ t.h("check.assessed_on") }</dt>
                    <dd class="summary-list__value">{ t.date(flow.assessed_on) }</dd>
                    <dd class="summary-list__actions">
                        <a href="#change-assessed-on" onclick={change_date}>{ t.h("button.change") }<span class="visually-hidden">{ " " }{ t.h("check.assessed_on") }</span></a>
                    </dd>
                </div>
                for q in walk.answered.iter() { { row(*q) } }
            </dl>
            <button type="button" class="button" onclick={see}>{ t.h("button.see_result") }</button>
        </div>
    }
}
