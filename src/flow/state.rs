//! The app's state and its actions: which screen is shown, the answers, Back, Change, Start again.
//! `State::reduce` is pure; the Yew app holds a `State` and sends it `Action`s.

use super::answer::Answer;
use super::answers::Answers;
use super::input::{check, plain_date, Input, InputError};
use super::lines::{from_import_reply, Opened};
use super::question::Question;
use super::question::MAX_RELATIVES;
use super::walk::{full_case, walk, Walk};
use crate::case::Case;
use crate::casefile::{change_msg, changes, changes_heading};
use crate::date::Date;
use crate::msg::{message, Msg};
use crate::rules::evaluate;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    /// The date the rules are applied as of (from the start page, or "Change" on the check page).
    AssessmentDate,
    Question(Question),
    /// "Check your answers".
    Check,
    Result,
    /// "Are you sure you want to clear every answer?"
    ConfirmStartAgain,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// Today on the device (the default assessment date); `None` if the device's date could not
    /// be read, and then the assessment date must be entered before starting.
    pub today: Option<Date>,
    /// The date the rules are applied as of ("Check as of another date").
    pub assessed_on: Date,
    /// The assessment date is known: today's date was read, or a date was entered.
    pub date_known: bool,
    pub answers: Answers,
    pub screen: Screen,
    /// Screens to go back to (Back link and the browser's back button).
    pub history: Vec<Screen>,
    /// Problems with the last input on this screen (GOV.UK error pattern).
    pub errors: Vec<InputError>,
    /// The input that was rejected, shown again so nothing typed is lost.
    pub rejected: Option<Input>,
    /// A one-off message (a case opened from a file, a warning about its contents).
    pub notice: Vec<Msg>,
    /// Counts the inputs refused so far: each refusal is a new one to announce (focus moves to
    /// the error summary every time, even when the same error comes again).
    pub refusals: u32,
    /// The walk of the answers held, worked out once per change of the answers or the date.
    walked: WalkCache,
}

/// The last walk with the date and answers it was worked out for. It is a cache, not part of the
/// state's meaning: two states are equal whatever their caches hold.
#[derive(Clone, Debug, Default)]
struct WalkCache(RefCell<Option<(Date, Answers, Rc<Walk>)>>);

impl PartialEq for WalkCache {
    fn eq(&self, _: &WalkCache) -> bool {
        true
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// "Start now".
    Start,
    /// "Change the date": shows the assessment date screen.
    ChangeAssessmentDate,
    /// The assessment date (`Input::Date`), or back to today (`Input::Unknown`). The answers are
    /// kept; the walk re-asks only what the new date makes relevant.
    SetAssessmentDate(Input),
    /// Continue on a question screen.
    Submit(Input),
    Back,
    /// A "Change" link on "Check your answers".
    Change(Question),
    ShowCheck,
    ShowResult,
    Home,
    /// "Start again": asks for confirmation first.
    StartAgain,
    /// Confirmed: clears every answer and goes to the start.
    ClearAll,
    /// A case file was opened (by the file worker): its date and answers, with any warnings and
    /// what it was judged under; or the problems that stopped it.
    Imported(Result<Opened, Vec<String>>),
}

impl Action {
    /// The action for the file worker's reply to an `import` request (see `crate::worker`).
    pub fn from_import_reply(reply: &str) -> Action {
        Action::Imported(from_import_reply(reply))
    }
}

impl State {
    /// Every answer held, as lines for the file worker (saving a case): the worker rebuilds the
    /// same case as [`State::case`], so nothing opened or entered is lost.
    pub fn export_request(&self) -> String {
        let answers: Vec<(Question, Answer)> = self.answers.iter().cloned().collect();
        format!("export\n{}", super::lines::to_lines(self.assessed_on, &answers))
    }

    pub fn new(today: Date) -> State {
        State {
            today: Some(today),
            assessed_on: today,
            date_known: true,
            answers: Answers::new(),
            screen: Screen::Start,
            history: Vec::new(),
            errors: Vec::new(),
            rejected: None,
            notice: Vec::new(),
            refusals: 0,
            walked: WalkCache::default(),
        }
    }

    /// A state for a device whose date could not be read: nothing can be assessed until the
    /// assessment date is entered (`placeholder` is never shown or used for an assessment).
    pub fn without_today(placeholder: Date) -> State {
        State { today: None, date_known: false, ..State::new(placeholder) }
    }

    /// A fresh state for the same device.
    fn fresh(&self) -> State {
        match self.today {
            Some(today) => State::new(today),
            None => State::without_today(self.assessed_on),
        }
    }

    /// The walk of the answers held (see [`walk`]): the screens and the reducer ask for it often,
    /// and it runs the engine once per answer, so it is worked out again only when the answers or
    /// the assessment date have changed.
    pub fn walk(&self) -> Rc<Walk> {
        let mut cache = self.walked.0.borrow_mut();
        match &*cache {
            Some((on, answers, w)) if *on == self.assessed_on && *answers == self.answers => Rc::clone(w),
            _ => {
                let w = Rc::new(walk(&Case::new(self.assessed_on), &self.answers));
                *cache = Some((self.assessed_on, self.answers.clone(), Rc::clone(&w)));
                w
            }
        }
    }

    /// The case the answers make, asked or not (what is evaluated and saved): see [`full_case`].
    pub fn case(&self) -> Case {
        full_case(&Case::new(self.assessed_on), &self.answers)
    }

    /// The relatives entered reach the most the flow holds.
    pub fn relatives_full(&self) -> bool {
        self.case().uk_relatives.is_some_and(|l| l.len() >= MAX_RELATIVES)
    }

    fn refuse(mut self, errors: Vec<InputError>, input: Option<Input>) -> State {
        self.errors = errors;
        self.rejected = input;
        self.refusals += 1;
        self
    }

    /// Returns to `target` without adding a history entry (after a screen that only sets something).
    fn return_to(mut self, target: Screen) -> State {
        if self.history.last() == Some(&target) {
            self.history.pop();
        }
        self.screen = target;
        self.errors.clear();
        self.rejected = None;
        self
    }

    /// The screen after the answers so far: the next question, or "Check your answers".
    fn onward(&self) -> Screen {
        match self.walk().next {
            Some(q) => Screen::Question(q),
            None => Screen::Check,
        }
    }

    fn go(mut self, screen: Screen) -> State {
        if self.screen != screen {
            let from = std::mem::replace(&mut self.screen, screen);
            self.history.push(from);
        }
        self.errors.clear();
        self.rejected = None;
        self
    }

    /// Is this screen still part of the flow (a question can drop out after a change)?
    fn still_valid(&self, screen: &Screen, w: &Walk) -> bool {
        match screen {
            Screen::Question(q) => w.answered.contains(q) || w.next == Some(*q),
            _ => true,
        }
    }

    pub fn reduce(&self, action: Action) -> State {
        let mut s = self.clone();
        s.notice.clear();
        match action {
            Action::Start if !s.date_known => s.go(Screen::AssessmentDate),
            Action::Start => {
                let next = s.onward();
                s.go(next)
            }
            Action::ChangeAssessmentDate => s.go(Screen::AssessmentDate),
            Action::SetAssessmentDate(input) => match assessment_date(&s, &input) {
                Ok(d) => {
                    s.assessed_on = d;
                    s.date_known = true;
                    // Back where the change was asked for: the start page, or onward (a question
                    // the new date makes relevant, else "Check your answers").
                    let target = match s.history.last() {
                        Some(Screen::Start) | None => Screen::Start,
                        Some(_) => s.onward(),
                    };
                    s.return_to(target)
                }
                Err(e) => s.refuse(e, Some(input)),
            },
            Action::Submit(input) => {
                let Screen::Question(q) = s.screen else { return s };
                // Check against the case without this question's previous answer (a question
                // answered for the first time: the case of the answers held, already walked).
                let base = if s.answers.get(&q).is_some() {
                    let mut answers = s.answers.clone();
                    answers.remove(&q);
                    walk(&Case::new(s.assessed_on), &answers).case
                } else {
                    s.walk().case.clone()
                };
                match check(q, &input, &base) {
                    Ok(answer) => {
                        s.answers.insert(q, answer);
                        // The next unanswered question (a change may make new ones relevant), else the check page.
                        let next = s.onward();
                        s.go(next)
                    }
                    Err(errors) => s.refuse(errors, Some(input)),
                }
            }
            Action::Back => {
                let w = s.walk();
                while let Some(prev) = s.history.pop() {
                    if s.still_valid(&prev, &w) {
                        s.screen = prev;
                        s.errors.clear();
                        s.rejected = None;
                        return s;
                    }
                }
                s.screen = Screen::Start;
                s
            }
            Action::Change(q) => s.go(Screen::Question(q)),
            Action::ShowCheck => s.go(Screen::Check),
            Action::ShowResult => {
                if s.walk().next.is_some() {
                    let next = s.onward();
                    return s.go(next);
                }
                s.go(Screen::Result)
            }
            Action::Home => s.go(Screen::Start),
            Action::StartAgain => s.go(Screen::ConfirmStartAgain),
            Action::ClearAll => s.fresh(),
            Action::Imported(result) => match result {
                Ok(Opened { assessed_on, answers, warnings, saved }) => {
                    let mut fresh = s.fresh();
                    fresh.assessed_on = assessed_on;
                    fresh.date_known = true;
                    fresh.answers = answers.into_iter().collect();
                    // First, what changed since the file was saved under other rules (and why).
                    if let Some(saved) = saved {
                        let changes = changes(&saved, &evaluate(&fresh.case()));
                        if !changes.is_empty() {
                            fresh.notice.push(changes_heading(&saved));
                            fresh.notice.extend(changes.iter().map(change_msg));
                        }
                    }
                    fresh.notice.push(message("notice.opened"));
                    fresh.notice.extend(warnings.into_iter().map(|w| message("notice.file_warning").text("problem", w)));
                    let next = fresh.onward();
                    fresh.history.push(Screen::Start);
                    fresh.screen = next;
                    fresh
                }
                Err(errors) => {
                    let errors =
                        errors.into_iter().map(|e| InputError { field: "file", msg: message("error.file").text("problem", e) }).collect();
                    s.refuse(errors, None)
                }
            },
        }
    }
}

/// The assessment date entered (or today, for `Input::Unknown`), checked: a real date, and not
/// before the child's date of birth. Errors speak of the assessment date.
fn assessment_date(s: &State, input: &Input) -> Result<Date, Vec<InputError>> {
    let about = |e: InputError| InputError { field: e.field, msg: Msg { key: assessment_key(e.msg.key), args: e.msg.args } };
    let date = match input {
        Input::Unknown => s.today.ok_or_else(|| vec![InputError { field: "day", msg: message("error.assessed_on.empty") }])?,
        other => plain_date(other).map_err(|e| e.into_iter().map(about).collect::<Vec<_>>())?,
    };
    // The answers must still fit: nothing is removed behind the volunteer's back.
    let case = full_case(&Case::new(date), &s.answers);
    if let Some(born) = case.child.date_of_birth.filter(|b| *b > date) {
        return Err(vec![InputError { field: "day", msg: message("error.assessed_on.before_birth").date("date", born) }]);
    }
    Ok(date)
}

/// The assessment date's own wording of a date error (`error.date_real` becomes
/// `error.assessed_on.date_real`).
fn assessment_key(key: &'static str) -> &'static str {
    match key {
        "error.date_empty" => "error.assessed_on.empty",
        "error.date_part" => "error.assessed_on.date_part",
        "error.date_real" => "error.assessed_on.date_real",
        "error.day_range" => "error.assessed_on.day_range",
        "error.month_range" => "error.assessed_on.month_range",
        "error.year_digits" => "error.assessed_on.year_digits",
        "error.year_range" => "error.assessed_on.year_range",
        other => other,
    }
}
