//! The page around every screen: skip link, header, language picker, update banner, the screen
//! itself in `<main>`, and the footer. The app renders it; so does `pathways start-page`, which
//! writes the start page into index.html at build time (the same markup, before any Wasm).

use super::{
    assessment_date::assessment_date_page, check_answers::check_answers, confirm_start_again::confirm_start_again, footer::footer,
    header::header, header::language_bar, question_page::question_page, result_page::result_page, start_page::start_page,
};
use crate::flow::{Action, Screen, State};
use crate::ui::texts::Texts;
use yew::prelude::*;

pub fn layout(texts: &Texts, flow: &State, dispatch: &Callback<Action>, embed: bool) -> Html {
    let screen = match flow.screen {
        Screen::Start => start_page(texts, flow, dispatch),
        Screen::AssessmentDate => assessment_date_page(texts, flow, dispatch),
        Screen::Question(q) => question_page(texts, q, flow, dispatch),
        Screen::Check => check_answers(texts, flow, dispatch),
        // The result page's English texts arrive after the first screen (they are small and
        // asked for at once; offline they come from the service worker's cache).
        Screen::Result if !crate::i18n::english_complete() => html! {
            <div class="result"><h1 class="heading-xl" id="main-heading" tabindex="-1">{ texts.html("result.title") }</h1>
            <p role="status">{ texts.html("result.loading") }</p></div>
        },
        Screen::Result => result_page(texts, flow, dispatch),
        Screen::ConfirmStartAgain => confirm_start_again(texts, flow, dispatch),
    };
    html! {
        <>
            <a href="#main-heading" class="skip-link">{ texts.html("skip_link") }</a>
            { header(texts, embed) }
            { language_bar(texts) }
            <div id="update-banner" class="update-banner" role="status" hidden=true>
                <p>{ texts.html("update.available") }</p>
                <button type="button" class="button button--secondary">{ texts.html("update.reload") }</button>
            </div>
            <main id="main" class="page">
                if !flow.notice.is_empty() {
                    <div class="inset notices" role="status">
                        for n in flow.notice.iter() { <p>{ texts.msg(n) }</p> }
                    </div>
                }
                { screen }
            </main>
            { footer(texts, flow.today) }
        </>
    }
}
