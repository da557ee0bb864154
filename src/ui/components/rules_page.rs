use super::pathway_card::citation;
use crate::flow::Action;
use crate::rules::reference::entries;
use crate::ui::texts::use_texts;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RulesProps {
    pub dispatch: Callback<Action>,
}

/// The rules reference, from the same data as `pathways rules`.
#[component]
pub fn RulesPage(props: &RulesProps) -> Html {
    let t = use_texts();
    let back = {
        let d = props.dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            d.emit(Action::Back)
        })
    };
    html! {
        <div class="rules">
            <a href="#back" class="back-link" onclick={back}>{ t.t("button.back") }</a>
            <h1 class="heading-l" id="main-heading" tabindex="-1">{ t.t("rules.title") }</h1>
            <p>{ t.t("rules.lead") }</p>
            for e in entries().into_iter() {
                <section class="rule">
                    <h2 class="heading-m">{ t.t(&format!("pathway.{}", e.pathway.id())) }</h2>
                    <h3 class="heading-s">{ t.t("ref.conditions") }</h3>
                    <ul>
                        for l in e.conditions.iter() { <li>{ t.msg(&l.msg) }<br />{ citation(l.cite, &t) }</li> }
                    </ul>
                    if !e.dates.is_empty() {
                        <h3 class="heading-s">{ t.t("ref.dates") }</h3>
                        <ul>
                            for l in e.dates.iter() { <li>{ t.msg(&l.msg) }<br />{ citation(l.cite, &t) }</li> }
                        </ul>
                    }
                </section>
            }
        </div>
    }
}
