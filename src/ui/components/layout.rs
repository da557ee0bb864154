//! The page around every screen: skip link, header, language picker, update banner, the screen
//! itself in `<main>`, and the footer. Each part is a component whose props are only what it
//! shows, so an answer redraws the screen and nothing else. The app renders it; so does
//! `pathways start-page`, which writes the start page into index.html at build time (the same
//! markup, before any Wasm).

use super::{
    assessment_date::assessment_date_page,
    check_answers::check_answers,
    confirm_start_again::{confirm_open, confirm_start_again},
    dispute_page::dispute_page,
    footer::Footer,
    header::Header,
    header::LanguageBar,
    question_page::QuestionPage,
    result_page::result_page,
    start_page::start_page,
};
use crate::flow::{Action, Screen, State};
use crate::msg::Msg;
use crate::ui::texts::Texts;
use std::rc::Rc;
use yew::prelude::*;

/// The flow's state shared with the screens. Two are equal only if they are the same state (a
/// new state is made for every action), so comparing props never walks the answers.
#[derive(Clone)]
pub struct Flow(pub Rc<State>);

impl PartialEq for Flow {
    fn eq(&self, other: &Flow) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Flow {
    type Target = State;
    fn deref(&self) -> &State {
        &self.0
    }
}

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub texts: Texts,
    pub flow: Flow,
    pub dispatch: Callback<Action>,
    pub embed: bool,
}

#[component]
pub fn Page(p: &PageProps) -> Html {
    let (texts, flow) = (&p.texts, &p.flow);
    let screen = match flow.screen {
        Screen::Question(q) => {
            let walk = &flow.derived().walk;
            // Progress, honestly: the questions answered so far (a number that only grows as the
            // case goes on), and about how many may follow this one (an estimate).
            let left = if walk.next == Some(q) {
                walk.remaining
            } else {
                walk.answered.iter().skip_while(|x| **x != q).count().saturating_sub(1) + walk.remaining
            };
            html! {
                <QuestionPage texts={texts.clone()} q={q} answer={flow.answers().get(&q).cloned()} rejected={flow.rejected.clone()}
                    errors={flow.errors.clone()} answered={walk.answered.len() as i64} left={left as i64}
                    assessed_on={flow.assessed_on} dispatch={p.dispatch.clone()} />
            }
        }
        _ => html! { <OtherScreen texts={texts.clone()} flow={flow.clone()} dispatch={p.dispatch.clone()} /> },
    };
    html! {
        <>
            <a href="#main-heading" class="skip-link">{ texts.html("skip_link") }</a>
            <Header texts={texts.clone()} embed={p.embed} />
            <LanguageBar texts={texts.clone()} />
            { update_banner(texts) }
            <main id="main" class="page">
                { notices(texts, &flow.notice) }
                { screen }
            </main>
            <Footer texts={texts.clone()} today={flow.today} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ScreenProps {
    texts: Texts,
    flow: Flow,
    dispatch: Callback<Action>,
}

/// Every screen but a question's: they read the whole state (and are shown once per action).
#[component]
fn OtherScreen(p: &ScreenProps) -> Html {
    let (texts, flow, dispatch) = (&p.texts, &*p.flow, &p.dispatch);
    match flow.screen {
        Screen::Start => start_page(texts, flow, dispatch),
        Screen::AssessmentDate => assessment_date_page(texts, flow, dispatch),
        Screen::Check => check_answers(texts, flow, dispatch),
        // The result page's English texts arrive after the first screen (they are small and
        // asked for at once; offline they come from the service worker's cache).
        Screen::Result | Screen::Dispute(_) if !crate::i18n::english_complete() => html! {
            <div class="result"><h1 class="heading-xl" id="main-heading" tabindex="-1">{ texts.html("result.title") }</h1>
            <p role="status">{ texts.html("result.loading") }</p></div>
        },
        Screen::Result => result_page(texts, flow, dispatch),
        Screen::ConfirmStartAgain => confirm_start_again(texts, flow, dispatch),
        Screen::ConfirmOpen => confirm_open(texts, dispatch),
        Screen::Dispute(p) => dispute_page(texts, flow, p, dispatch),
        Screen::Question(_) => html! {},
    }
}

// The two below are plain functions, not components: each component costs the first-visit Wasm
// about 1.5 KB gzip of Yew's machinery, and these redraw nothing when their texts are the same.

/// "A new version is ready" (shown by static/boot.js when a new build is waiting).
fn update_banner(texts: &Texts) -> Html {
    html! {
        <div id="update-banner" class="update-banner" role="status" hidden=true>
            <p>{ texts.html("update.available") }</p>
            <button type="button" class="button button--secondary">{ texts.html("update.reload") }</button>
        </div>
    }
}

/// One-off messages (a case opened from a file, what changed since it was saved, a warning).
fn notices(texts: &Texts, notice: &[Msg]) -> Html {
    if notice.is_empty() {
        return html! {};
    }
    html! {
        <div class="inset notices" role="status">
            for n in notice.iter() { <p>{ texts.msg(n) }</p> }
        </div>
    }
}
