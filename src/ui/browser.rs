//! Everything the app asks of the browser, in one place: today's date, locale formatting,
//! history, clipboard, files, leaving the page. No request ever goes to another origin.

use crate::date::Date;
use js_sys::{Array, Function, Object, Reflect};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

use gloo_utils::{document, document_element, window};

/// Today on the device (local calendar date); `None` if the device's clock gives a date the rules
/// cannot use (then the app asks for the date: never a silent default).
pub fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    Date::new(now.get_full_year() as i32, now.get_month() + 1, now.get_date()).ok()
}

fn set(obj: &Object, key: &str, value: &str) {
    let _ = Reflect::set(obj, &key.into(), &value.into());
}

/// The country list worked out for the last language asked (sorting about 250 names with the
/// browser's Intl collator costs a slow phone tens of milliseconds; reusing it costs nothing).
struct Formatters {
    lang: String,
    /// Every country (code, name), in the language's alphabetical order.
    countries: Option<Rc<Vec<(&'static str, String)>>>,
}

impl Formatters {
    /// Nothing worked out yet for `lang`.
    const fn new(lang: String) -> Formatters {
        Formatters { lang, countries: None }
    }
}

thread_local! {
    static FORMATTERS: std::cell::RefCell<Formatters> =
        const { std::cell::RefCell::new(Formatters::new(String::new())) };
}

fn with_formatters<R>(lang: &str, f: impl FnOnce(&mut Formatters) -> R) -> R {
    FORMATTERS.with(|cell| {
        let mut cache = cell.borrow_mut();
        if cache.lang != lang {
            *cache = Formatters::new(lang.to_string());
        }
        f(&mut cache)
    })
}

/// Every country as (code, name) in the language's alphabetical order (the browser's Intl
/// collator), worked out once per language. The names are the catalog's (CLDR's).
pub fn countries_by_name(cat: &crate::i18n::Catalog) -> Rc<Vec<(&'static str, String)>> {
    let lang = cat.lang.as_str();
    if let Some(list) = with_formatters(lang, |c| c.countries.clone()) {
        return list;
    }
    let codes: Vec<&'static str> = crate::case::Country::all_codes().collect();
    let arr = Array::new();
    for (i, code) in codes.iter().enumerate() {
        arr.push(&format!("{}\u{0}{i}", cat.country(code)).into());
    }
    let collator = js_sys::Intl::Collator::new(&Array::of1(&lang.into()), &Object::new());
    if let Ok(sort) = Reflect::get(&arr, &"sort".into()).and_then(|f| f.dyn_into::<Function>()) {
        let _ = sort.call1(&arr, &collator.compare());
    }
    let list: Rc<Vec<(&'static str, String)>> = Rc::new(
        arr.iter()
            .filter_map(|v| v.as_string())
            .filter_map(|s| {
                let (name, i) = s.split_once('\u{0}')?;
                Some((*codes.get(i.parse::<usize>().ok()?)?, name.to_string()))
            })
            .collect(),
    );
    with_formatters(lang, |c| c.countries = Some(Rc::clone(&list)));
    list
}

/// Adds a history entry for a new screen (no URL change: answers never go into the URL).
/// Runs `f` once the next frame is painted (an animation frame, then a task after it): work the
/// screen does not need in order to show (the history entry, the title, the focus) stays off the
/// path from an answer to the next question on the glass.
pub fn after_paint(f: impl FnOnce() + 'static) {
    let later = wasm_bindgen::closure::Closure::once_into_js(move || gloo_timers::callback::Timeout::new(0, f).forget());
    if window().request_animation_frame(later.unchecked_ref()).is_err() {
        // No frames (a hidden tab): a task is late enough.
        let _ = later.unchecked_ref::<Function>().call0(&JsValue::NULL);
    }
}

/// A history entry for a screen `depth` screens from the start (the flow's history), so that the
/// browser's Back and Forward can be told apart: a new entry when the flow went deeper than the
/// entry shown, else the entry shown takes the new depth (an in-app Back, or a screen that
/// returns where it was asked from).
pub fn history_entry(depth: usize) {
    if let Ok(h) = window().history() {
        let here = h.state().ok().and_then(|s| s.as_f64()).map_or(0, |d| d as usize);
        let value = JsValue::from_f64(depth as f64);
        let _ = if depth > here { h.push_state(&value, "") } else { h.replace_state(&value, "") };
    }
}

/// The history entry shown takes this depth.
pub fn history_at(depth: usize) {
    if let Ok(h) = window().history() {
        let _ = h.replace_state(&JsValue::from_f64(depth as f64), "");
    }
}

/// The history entry shown becomes the start's (depth 0), unless it is already.
pub fn history_reset() {
    if let Ok(h) = window().history() {
        if h.state().ok().is_some_and(|s| !s.is_null() && !s.is_undefined()) {
            let _ = h.replace_state(&JsValue::NULL, "");
        }
    }
}

/// Goes back one history entry if the one shown is the app's own (a screen past the start);
/// false if not (then the app goes back itself).
pub fn history_back() -> bool {
    let Ok(h) = window().history() else { return false };
    let deep = h.state().ok().and_then(|s| s.as_f64()).is_some_and(|d| d >= 1.0);
    deep && h.back().is_ok()
}

/// The depth of the history entry a popstate event lands on (0: the page's first entry).
pub fn history_depth(e: &web_sys::Event) -> usize {
    e.dyn_ref::<web_sys::PopStateEvent>().and_then(|p| p.state().as_f64()).map_or(0, |d| d as usize)
}

pub fn set_title(title: &str) {
    document().set_title(title);
}

/// Sets `lang` and `dir` on the page.
pub fn set_language(lang: &str, dir: &str) {
    let html = document_element();
    let _ = html.set_attribute("lang", crate::i18n::tag(lang));
    let _ = html.set_attribute("dir", dir);
}

/// A new screen starts at the top of the page (focus alone can leave the heading above the
/// viewport, or under the sticky header, in WebKit and Chromium alike).
pub fn scroll_to_top() {
    window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// Moves focus to the element with this id (error summary, page heading), without scrolling.
pub fn focus(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = el.focus_with_options(&options);
        }
    }
}

/// A query parameter of the page's URL (`?lang=fa`, `?embed=1`).
pub fn query(name: &str) -> Option<String> {
    let search = window().location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get(name)
}

/// The fields of a form that was just sent.
pub struct Form(web_sys::FormData);

impl Form {
    /// The form of a submit event.
    pub fn of(e: &yew::SubmitEvent) -> Option<Form> {
        let form: web_sys::HtmlFormElement = e.target()?.dyn_into().ok()?;
        web_sys::FormData::new_with_form(&form).ok().map(Form)
    }

    /// A field's value ("" when absent).
    pub fn get(&self, name: &str) -> String {
        self.0.get(name).as_string().unwrap_or_default()
    }
}

/// A whole number field of an event's detail.
pub fn number(detail: &JsValue, name: &str) -> Option<i64> {
    Reflect::get(detail, &name.into()).ok()?.as_f64().map(|n| n as i64)
}

/// A true/false field of an event's detail (false when absent).
pub fn flag(detail: &JsValue, name: &str) -> bool {
    Reflect::get(detail, &name.into()).ok().and_then(|v| v.as_bool()).unwrap_or(false)
}

/// The value of the field (a list or a text field) an input or change event came from.
pub fn value_of(e: &yew::Event) -> Option<String> {
    let target = e.target()?;
    if let Some(select) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
        return Some(select.value());
    }
    target.dyn_ref::<web_sys::HtmlInputElement>().map(|i| i.value())
}

/// `[key, text]` pairs as read by static/boot.js (`Object.entries` of a catalog file).
pub fn pairs(value: &JsValue) -> Vec<(String, String)> {
    Array::from(value)
        .iter()
        .filter_map(|p| {
            let p = Array::from(&p);
            Some((p.get(0).as_string()?, p.get(1).as_string()?))
        })
        .collect()
}

/// A language catalog from `[key, text]` pairs (read by static/boot.js), kept for the session:
/// each language is built once.
pub fn catalog(code: &str, pairs: &JsValue) -> &'static crate::i18n::Catalog {
    use crate::i18n::{english, Catalog};
    thread_local! {
        static LOADED: std::cell::RefCell<Vec<&'static Catalog>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    if code == "en" {
        return english();
    }
    if let Some(c) = LOADED.with(|l| l.borrow().iter().find(|c| c.lang == code).copied()) {
        return c;
    }
    let c: &'static Catalog = Box::leak(Box::new(Catalog::from_pairs(code, self::pairs(pairs))));
    LOADED.with(|l| l.borrow_mut().push(c));
    c
}

/// Sends an event with this detail to static/boot.js.
fn tell_boot(event: &str, detail: &JsValue) {
    let init = web_sys::CustomEventInit::new();
    init.set_detail(detail);
    if let Ok(e) = web_sys::CustomEvent::new_with_event_init_dict(event, &init) {
        let _ = document().dispatch_event(&e);
    }
}

/// Asks static/boot.js to save the case these answers make (its file worker writes the file),
/// locked with `passphrase` if one is given: `pathways-case-DATE.json`, or `.json.age` when
/// locked (what `age -d` gives back is the `.json`).
pub fn save_case(assessed_on: Date, answers: &crate::flow::Answers, passphrase: Option<String>) {
    use crate::wire::Request;
    let locked = passphrase.is_some();
    let request = Request::Export { assessed_on, answers: answers.iter().cloned().collect(), passphrase };
    let name = format!("pathways-case-{assessed_on}.json{}", if locked { ".age" } else { "" });
    // A type the browser does not give an extension of its own (a phone may add ".json" to a
    // file typed as JSON).
    save(&request, &name, if locked { "application/octet-stream" } else { "application/json" }, "case");
}

/// Asks static/boot.js to save the open deadlines of the case these answers make as a calendar
/// file, `pathways-deadlines-DATE.ics` (the file worker writes it); its events name the case as
/// the case file saved on that date is named, `pathways-case-DATE`.
pub fn save_calendar(assessed_on: Date, answers: &crate::flow::Answers) {
    use crate::wire::Request;
    let reference = format!("pathways-case-{assessed_on}");
    let request = Request::Calendar { assessed_on, answers: answers.iter().cloned().collect(), reference };
    save(&request, &format!("pathways-deadlines-{assessed_on}.ics"), "text/calendar", "calendar");
}

/// Asks static/boot.js to save the case these answers make as a scenario file disputing the
/// verdict of `pathway` (the file worker writes it): `pathways-disputed-ROUTE-DATE.json`.
pub fn save_dispute(
    assessed_on: Date,
    answers: &crate::flow::Answers,
    pathway: crate::rules::PathwayId,
    verdict: crate::rules::Verdict,
    reason: String,
) {
    use crate::wire::Request;
    let request = Request::Dispute { assessed_on, answers: answers.iter().cloned().collect(), pathway, verdict, reason };
    save(&request, &format!("pathways-disputed-{}-{assessed_on}.json", pathway.id()), "application/json", "dispute");
}

/// The file worker's file for `request`, downloaded by static/boot.js as `name` of this `type`;
/// `what` comes back with the reply (`case`, `calendar`, `dispute`), to say what was saved.
fn save(request: &crate::wire::Request, name: &str, type_: &str, what: &str) {
    use crate::wire::{event, js, to_node};
    let detail = Object::new();
    let _ = Reflect::set(&detail, &"request".into(), &js::to_js(&to_node(request)));
    set(&detail, "name", name);
    set(&detail, "type", type_);
    set(&detail, "what", what);
    tell_boot(event::SAVE, &detail);
}

/// Asks static/boot.js to keep the case in progress for this tab (session storage), or to keep
/// nothing (`None`).
pub fn keep(kept: Option<&crate::flow::Kept>) {
    use crate::wire::{event, js, kept_node};
    let detail = kept.map_or(JsValue::NULL, |k| js::to_js(&kept_node(k)));
    tell_boot(event::KEEP, &detail);
}

/// The case kept for this tab (the detail of `pathways-kept`), if it is one this app can read.
pub fn kept(detail: &JsValue) -> Option<crate::flow::Kept> {
    use crate::wire::{js, kept_of};
    kept_of(&js::from_js(detail))
}

/// Asks static/boot.js to open a locked file (bytes the file worker sent back) with `passphrase`;
/// the reply comes as `pathways-import`.
pub fn open_locked(file: &[u8], passphrase: String) {
    use crate::wire::{event, js, to_node, Request};
    let request = Request::Import { file: file.to_vec(), passphrase: Some(passphrase) };
    tell_boot(event::OPEN, &js::to_js(&to_node(&request)));
}

/// The value of the text field with this id, which is emptied (a passphrase is read once).
pub fn take_input(id: &str) -> String {
    let Some(input) = document().get_element_by_id(id).and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
        return String::new();
    };
    let value = input.value();
    input.set_value("");
    value
}

/// The action for the file worker's reply to opening a case file (the detail of
/// `pathways-import`): the case opened, the file locked (it asks for its passphrase), or the
/// problems that stopped it.
pub fn imported(detail: &JsValue) -> crate::flow::Action {
    use crate::wire::{js, Reply};
    match Reply::from_node(&js::from_js(detail)) {
        Some(Reply::Opened(opened)) => crate::flow::Action::Imported(Ok(opened)),
        Some(Reply::Locked { file, wrong_passphrase }) => crate::flow::Action::Locked { file: file.into(), wrong_passphrase },
        Some(Reply::Failed(problems)) => crate::flow::Action::Imported(Err(problems)),
        _ => crate::flow::Action::Imported(Err(vec![not_understood(detail)])),
    }
}

/// The action for the file worker's reply to saving (the detail of `pathways-saved`: `{reply,
/// name, what}`).
pub fn saved(detail: &JsValue) -> crate::flow::Action {
    use crate::flow::SaveAs;
    use crate::wire::{js, Reply};
    let reply = Reflect::get(detail, &"reply".into()).unwrap_or(JsValue::NULL);
    let text = |key: &str| Reflect::get(detail, &key.into()).ok().and_then(|n| n.as_string()).unwrap_or_default();
    let name = text("name");
    match Reply::from_node(&js::from_js(&reply)) {
        Some(Reply::File { locked, .. }) => {
            let how = match text("what").as_str() {
                "calendar" => SaveAs::Calendar,
                "dispute" => SaveAs::Dispute,
                _ if locked => SaveAs::Locked,
                _ => SaveAs::Plain,
            };
            crate::flow::Action::Saved(Ok((name, how)))
        }
        Some(Reply::Failed(problems)) => crate::flow::Action::Saved(Err(problems)),
        _ => crate::flow::Action::Saved(Err(vec![not_understood(&reply)])),
    }
}

/// A reply the app cannot use: `null` when the file worker could not run (offline before it
/// was kept, a broken build), otherwise a reply it cannot read.
fn not_understood(reply: &JsValue) -> crate::msg::Msg {
    crate::msg::message(if reply.is_null() || reply.is_undefined() { "file.no_worker" } else { "file.not_understood" })
}

/// Tells static/boot.js which screen is shown (it passes `resultShown` and `restart` to a
/// partner page when embedded): the screen's name and, on the result, the verdicts only.
pub fn announce_screen(flow: &crate::flow::State) {
    use crate::flow::Screen;
    let detail = Object::new();
    let name = match flow.screen {
        Screen::Start => "start",
        Screen::AssessmentDate | Screen::Question(_) => "question",
        Screen::Check => "check",
        Screen::Result => "result",
        Screen::ConfirmStartAgain | Screen::ConfirmOpen => "confirm",
        Screen::Dispute(_) => "dispute",
    };
    set(&detail, "screen", name);
    if flow.screen == Screen::Result {
        let list = Array::new();
        for p in &flow.derived().assessment.pathways {
            list.push(&Array::of2(&p.pathway.id().into(), &p.verdict.id().into()));
        }
        let _ = Reflect::set(&detail, &"pathways".into(), &list);
    }
    tell_boot(crate::wire::event::SCREEN, &detail);
}

/// Is the device offline now?
pub fn offline() -> bool {
    !window().navigator().on_line()
}

/// The language picker of the start page written at build time, if it was opened before the app
/// took over (it is drawn again closed): kept on `<html data-picker-open>` until the app is drawn.
pub fn keep_picker_open(page: &web_sys::Element) {
    if page.query_selector("details.language-bar__details[open]").ok().flatten().is_some() {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-picker-open", "");
        }
    }
}

/// Opens the language picker again if it was open on the start page written at build time
/// (see [`keep_picker_open`]), so that taking the page over changes nothing a person sees.
pub fn reopen_picker() {
    let Some(root) = document().document_element() else { return };
    if root.has_attribute("data-picker-open") {
        let _ = root.remove_attribute("data-picker-open");
        if let Ok(Some(details)) = document().query_selector("details.language-bar__details") {
            let _ = details.set_attribute("open", "");
        }
    }
}

/// What was tapped on the start page written at build time before the app took over
/// (`data-early` of the Start button or the "Change the date" link, kept by static/boot.js on
/// `<html data-early>`): the app does it first. Read once.
pub fn early_action() -> Option<crate::flow::Action> {
    let root = document().document_element()?;
    let early = root.get_attribute(crate::wire::attr::EARLY)?;
    let _ = root.remove_attribute(crate::wire::attr::EARLY);
    match early.as_str() {
        "start" => Some(crate::flow::Action::Start),
        "assessment-date" => Some(crate::flow::Action::ChangeAssessmentDate),
        _ => None,
    }
}
