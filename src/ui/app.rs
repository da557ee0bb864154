//! The root component: holds the flow's state, sends it actions, keeps the browser's history,
//! title, language and focus in step. It holds no rule.

use super::browser;
use super::components::layout::{Flow, Page};
use super::texts::{question_title, Texts};
use crate::flow::{Action, Screen, State};
use crate::wire::event;
use gloo_events::EventListener;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The app's state: the flow, and a counter of screens shown (one history entry each).
pub struct Model {
    pub flow: Flow,
    pub shown: u32,
    /// The last screen change came from the browser's back button (no new history entry).
    pub from_history: bool,
}

pub enum Act {
    Flow(Action),
    /// The browser's Back or Forward button: the history entry landed on, as deep as this in the
    /// flow (shallower than the screen shown: back; deeper: forward).
    History(usize),
}

impl Reducible for Model {
    type Action = Act;
    fn reduce(self: Rc<Self>, act: Act) -> Rc<Self> {
        let (flow, from_history) = match act {
            Act::Flow(a) => (self.flow.reduce(a), false),
            Act::History(depth) => {
                let mut flow = (*self.flow).clone();
                // One step at a time (a long press on Back can skip several entries).
                for _ in 0..64 {
                    let here = flow.history.len();
                    let step = match depth.cmp(&here) {
                        std::cmp::Ordering::Less => Action::Back,
                        std::cmp::Ordering::Greater if !flow.forward.is_empty() => Action::Forward,
                        _ => break,
                    };
                    flow = flow.reduce(step);
                    if flow.history.len() == here {
                        break;
                    }
                }
                (flow, true)
            }
        };
        let changed = flow.screen != self.flow.screen;
        Rc::new(Model { flow: Flow(Rc::new(flow)), shown: self.shown + changed as u32, from_history })
    }
}

/// A language catalog chosen on the page (loaded by `static/boot.js`): for the volunteer, or
/// for the child (`None`: one language only); or the English texts of the result page, loaded
/// after the first screen (`i18n/en.later.json`, already added to the English catalog).
pub enum Chosen {
    Main(Rc<str>, &'static crate::i18n::Catalog),
    Child(Option<&'static crate::i18n::Catalog>),
    Later,
}

impl Reducible for Texts {
    type Action = Chosen;
    fn reduce(self: Rc<Self>, chosen: Chosen) -> Rc<Self> {
        let mut next = (*self).clone();
        match chosen {
            Chosen::Main(lang, cat) => (next.lang, next.cat) = (lang, cat),
            Chosen::Child(cat) => next.child = cat,
            Chosen::Later => next.later = true,
        }
        Rc::new(next)
    }
}

/// The `detail` of a `pathways-lang` event: which slot, the language code, and its texts.
fn chosen_of(detail: &wasm_bindgen::JsValue) -> Option<Chosen> {
    let get = |k: &str| js_sys::Reflect::get(detail, &k.into()).ok().and_then(|v| v.as_string()).unwrap_or_default();
    let (slot, code) = (get("slot"), get("code"));
    let pairs = js_sys::Reflect::get(detail, &"entries".into()).unwrap_or_default();
    if slot == "later" {
        crate::i18n::add_later_english(browser::pairs(&pairs));
        return Some(Chosen::Later);
    }
    let catalog = (!code.is_empty()).then(|| browser::catalog(&code, &pairs));
    match (slot.as_str(), catalog) {
        ("child", c) => Some(Chosen::Child(c)),
        (_, Some(c)) => Some(Chosen::Main(code.as_str().into(), c)),
        _ => None,
    }
}

#[component]
pub fn App() -> Html {
    let model = use_reducer(|| {
        let state = match browser::today() {
            Some(today) => State::new(today),
            // The device's date cannot be used: the assessment date is asked before anything else.
            None => State::without_today(crate::rules::data::LAW_CHECKED_TO),
        };
        Model { flow: Flow(Rc::new(state)), shown: 0, from_history: false }
    });
    let texts = use_reducer(Texts::english);
    // `?embed=1`: inside a partner's iframe, without the site header.
    let embed = *use_memo((), |_| browser::query("embed").as_deref() == Some("1"));
    // One callback for the whole life of the app (its dispatcher never changes), so that the
    // screens' props compare equal when nothing they show has changed.
    let dispatch: Callback<Action> = use_callback(model.dispatcher(), |a: Action, d| d.dispatch(Act::Flow(a)));

    // Whether the result page (or a dispute of its verdicts) is shown, for the listener below (which outlives this render).
    let showing_result = use_mut_ref(|| false);
    *showing_result.borrow_mut() = matches!(model.flow.screen, Screen::Result | Screen::Dispute(_));

    // The browser's back button goes back one screen; an opened case file and a chosen language
    // arrive as events from static/boot.js. The listeners live as long as the app.
    {
        let (model, texts, showing_result) = (model.clone(), texts.clone(), showing_result.clone());
        use_effect_with((), move |_| {
            let document = gloo_utils::document();
            let back = model.clone();
            let early = model.clone();
            let saved = model.clone();
            let copied = model.clone();
            let restore = model.clone();
            // Whether boot.js gave a kept case back (it does so while the ready event below is dispatched).
            let restored = Rc::new(std::cell::Cell::new(false));
            let restoring = restored.clone();
            let listeners = [
                EventListener::new(&gloo_utils::window(), "popstate", move |e| back.dispatch(Act::History(browser::history_depth(e)))),
                // The case kept for this tab, given back by static/boot.js after a reload.
                EventListener::new(&document, event::KEPT, move |e| {
                    if let Some(kept) = e.dyn_ref::<web_sys::CustomEvent>().and_then(|e| browser::kept(&e.detail())) {
                        restoring.set(true);
                        // The entry shown is the restored screen's, whatever state the browser
                        // kept for it over the reload (the next screen then adds an entry after it).
                        browser::history_at(kept.history.len());
                        restore.dispatch(Act::Flow(Action::Restore(kept)));
                    }
                }),
                // A case file opened by static/boot.js and read by the file worker.
                EventListener::new(&document, event::IMPORT, move |e| {
                    if let Some(e) = e.dyn_ref::<web_sys::CustomEvent>() {
                        model.dispatch(Act::Flow(browser::imported(&e.detail())));
                    }
                }),
                // The file worker saved the case (or could not).
                EventListener::new(&document, event::SAVED, move |e| {
                    if let Some(e) = e.dyn_ref::<web_sys::CustomEvent>() {
                        saved.dispatch(Act::Flow(browser::saved(&e.detail())));
                    }
                }),
                // "Copy as text" done by static/boot.js (or refused by the browser).
                EventListener::new(&document, event::COPIED, move |e| {
                    if let Some(e) = e.dyn_ref::<web_sys::CustomEvent>() {
                        copied.dispatch(Act::Flow(crate::flow::Action::Copied(browser::flag(&e.detail(), "ok"))));
                    }
                }),
                // A language catalog loaded by static/boot.js (for the volunteer, or for the child).
                EventListener::new(&document, event::LANG, move |e| {
                    if let Some(chosen) = e.dyn_ref::<web_sys::CustomEvent>().and_then(|e| chosen_of(&e.detail())) {
                        // The result page's texts: only that page is drawn again. Any other screen
                        // is left alone, since drawing it again puts back its fields' values and
                        // would undo what is being typed; it finds the texts when the result is shown.
                        if matches!(chosen, Chosen::Later) && !*showing_result.borrow() {
                            return;
                        }
                        texts.dispatch(chosen);
                    }
                }),
            ];
            // The language picker, if it was opened on the start page before the app took over.
            browser::reopen_picker();
            // A tap on the start page before the app took over (Start, Change the date).
            if let Some(action) = browser::early_action() {
                early.dispatch(Act::Flow(action));
            }
            // Ready for the language asked for by the page (?lang=) or remembered on this device,
            // and for what static/boot.js held back until now (a language chosen, a file opened).
            if let Ok(ready) = web_sys::CustomEvent::new(event::READY) {
                let _ = document.dispatch_event(&ready);
            }
            // A fresh start: the history entry shown may still carry the depth of a case this tab
            // held before (WebKit keeps it when the same address is opened again), which would
            // make the next screens replace entries instead of adding them.
            if !restored.get() {
                browser::history_reset();
            }
            move || drop(listeners)
        });
    }

    // A new screen: a history entry (unless it came from the back button), once it is painted.
    {
        let (shown, from_history, errors, depth) = (model.shown, model.from_history, model.flow.errors.len(), model.flow.history.len());
        use_effect_with(shown, move |shown| {
            if *shown > 0 && errors == 0 && !from_history {
                browser::after_paint(move || browser::history_entry(depth));
            }
        });
    }
    // The case in progress, kept for this tab (static/boot.js writes it to session storage), or
    // nothing kept once there is no case (a plain visit, Start again).
    {
        let kept = model.flow.kept();
        use_effect_with(kept, move |kept| browser::keep(kept.as_ref()));
    }
    // The page's language and direction.
    {
        let (lang, dir) = (texts.lang.clone(), texts.dir());
        use_effect_with(lang, move |lang| browser::set_language(lang, dir));
    }
    // The screen, for static/boot.js (a partner page's events).
    {
        let flow = model.flow.clone();
        use_effect_with(model.shown, move |_| browser::announce_screen(&flow));
    }
    // A new screen, or a refusal, starts at the top of the page (before it is painted).
    {
        let flow = model.flow.clone();
        use_effect_with((model.shown, flow.refusals), move |(shown, _)| {
            if *shown > 0 {
                browser::scroll_to_top();
            }
        });
    }
    // The title, once the screen is painted.
    {
        let (flow, texts) = (model.flow.clone(), (*texts).clone());
        let mistakes = crate::flow::mistakes(&flow.errors).count();
        use_effect_with((model.shown, mistakes, texts.lang.clone()), move |(_, errors, _)| {
            let heading = page_heading(&flow, &texts);
            let app = texts.text("app.name");
            let title =
                if *errors > 0 { format!("{} {heading} - {app}", texts.text("error.title_prefix")) } else { format!("{heading} - {app}") };
            browser::after_paint(move || browser::set_title(&title));
        });
    }
    // The focus, once the screen is painted: the heading of a new screen; the error summary on
    // every refusal, even when the errors are the same as before; the box to tick when the
    // answer only asks to be confirmed.
    {
        let mistakes = crate::flow::mistakes(&model.flow.errors).count();
        let asks = model.flow.errors.len() - mistakes;
        // A locked file opened: the field for its passphrase.
        let locked = model.flow.locked.is_some();
        use_effect_with((model.shown, model.flow.refusals, mistakes, asks, locked), move |(shown, _, mistakes, asks, locked)| {
            let target = if *mistakes > 0 {
                Some("error-summary")
            } else if *asks > 0 {
                Some("field-confirm")
            } else if *locked {
                Some("field-passphrase")
            } else {
                (*shown > 0).then_some("main-heading")
            };
            if let Some(id) = target {
                browser::after_paint(move || browser::focus(id));
            }
        });
    }
    // The country list (about 250 names, sorted) is made while a question is being read, so that
    // a country question shows at once (it was the slowest screen: tools/benchmark.mjs
    // --answers-only). Never on the start page.
    {
        let asking = matches!(model.flow.screen, Screen::Question(_));
        let cat = texts.cat;
        use_effect_with((asking, texts.lang.clone()), move |(asking, _)| {
            let prepare = asking.then(|| gloo_timers::callback::Timeout::new(150, move || drop(browser::countries_by_name(cat))));
            move || drop(prepare)
        });
    }

    html! { <Page texts={(*texts).clone()} flow={model.flow.clone()} dispatch={dispatch} embed={embed} /> }
}

/// The main heading of the screen (also the page title).
fn page_heading(flow: &State, t: &Texts) -> String {
    match flow.screen {
        Screen::Start => t.text("start.title").into(),
        Screen::AssessmentDate => t.text("assessed_on.title").into(),
        Screen::Question(q) => question_title(q, t),
        Screen::Check => t.text("check.title").into(),
        Screen::Result => t.text("result.title").into(),
        Screen::ConfirmStartAgain => t.text("start_again.title").into(),
        Screen::ConfirmOpen => t.text("open_over.title").into(),
        Screen::Dispute(_) => t.text(super::components::dispute_page::TITLE).into(),
    }
}
