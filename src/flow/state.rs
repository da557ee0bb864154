//! The app's state and its actions: which screen is shown, the answers, Back, Change, Start again.
//! `State::reduce` is pure; the Yew app holds a `State` and sends it `Action`s.

use super::answers::Answers;
use super::derived::Derived;
use super::input::{check, plain_date, Input, InputError};
use super::kept::Kept;
use super::passphrase::{Locked, SaveAs};
pub use super::screen::Screen;
use super::walk::{full_case, walk};
use crate::case::Case;
use crate::casefile::{change_msg, changes, changes_heading, Parsed};
use crate::date::Date;
use crate::fact::{Answer, Fact, MAX_RELATIVES};
use crate::msg::{message, Arg, Msg};
use crate::rules::{evaluate, PathwayId};
use crate::validate::FieldError;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// Today on the device (the default assessment date); `None` if the device's date could not
    /// be read, and then the assessment date must be entered before starting.
    pub today: Option<Date>,
    /// The date the rules are applied as of ("Check as of another date").
    pub assessed_on: Date,
    /// The assessment date is known: today's date was read, or a date was entered.
    pub date_known: bool,
    /// The answers, keyed by fact: a value, or "I don't know"; a fact not asked has none.
    answers: Answers,
    pub screen: Screen,
    /// Screens to go back to (Back link and the browser's back button).
    pub history: Vec<Screen>,
    /// Screens gone back from, to go forward to again (the browser's forward button), the next
    /// one last; going anywhere else forgets them.
    pub forward: Vec<Screen>,
    /// The answers changed since the case was last saved or opened (closing the tab asks first;
    /// opening a file over them asks first).
    pub unsaved: bool,
    /// A case file opened over unsaved answers, waiting for "Open it" ([`Screen::ConfirmOpen`]).
    pub pending: Option<Box<Opened>>,
    /// Problems with the last input on this screen (GOV.UK error pattern).
    pub errors: Vec<InputError>,
    /// The input that was rejected, shown again so nothing typed is lost.
    pub rejected: Option<Input>,
    /// A one-off message (a case opened from a file, a warning about its contents).
    pub notice: Vec<Msg>,
    /// What became of the last "Save the case as a file" or "Copy as text" (shown until the next
    /// action, so it never stays into another screen).
    pub status: Option<Msg>,
    /// A locked case file being opened, waiting for its passphrase (on the start page).
    pub locked: Option<Locked>,
    /// Counts the inputs refused so far: each refusal is a new one to announce (focus moves to
    /// the error summary every time, even when the same error comes again).
    pub refusals: u32,
    /// What the answers and the date make (the walk, the case, its assessment): forgotten by
    /// [`State::set`] whenever either changes, and worked out when next read.
    derived: LazyDerived,
}

/// [`Derived`], worked out when first read and then shared by the clones of a state: the start
/// page never reads it (working it out for no answers, in the app's first task, took 26 ms of a
/// slow phone's main thread). It is a function of the date and the answers, which [`State`]
/// compares, so it never makes two states unequal.
#[derive(Clone, Debug, Default)]
struct LazyDerived(Rc<std::cell::OnceCell<Derived>>);

impl PartialEq for LazyDerived {
    fn eq(&self, _: &LazyDerived) -> bool {
        true
    }
}

/// A case file as the file worker opened it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened {
    pub assessed_on: Date,
    /// Every fact of the file ("I don't know" for `null`), but those it says were not asked.
    pub answers: Vec<(Fact, Answer)>,
    /// When the file was saved under other rules: a heading, then each verdict that changed since, and why.
    pub changes: Vec<Msg>,
    /// Problems worth a warning (unknown keys, odd facts), each naming its question.
    pub warnings: Vec<Msg>,
}

impl Opened {
    /// What a case file that was read gives the app.
    pub fn of(parsed: &Parsed) -> Opened {
        let file = &parsed.file;
        let changes = match &file.saved_result {
            Some(saved) => {
                let changed = changes(saved, &evaluate(&file.case));
                let lines = changed.iter().map(change_msg);
                if changed.is_empty() {
                    Vec::new()
                } else {
                    std::iter::once(changes_heading(saved)).chain(lines).collect()
                }
            }
            None => Vec::new(),
        };
        Opened {
            assessed_on: file.case.assessed_on,
            answers: file.answers(),
            changes,
            warnings: parsed.warnings.iter().map(FieldError::explained).collect(),
        }
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
    /// The assessment date with "Yes, apply the rules as of this date" ticked (a date more than a
    /// year after today is asked about first: a mistyped year is likelier).
    ConfirmAssessmentDate(Input),
    /// Continue on a question screen.
    Submit(Input),
    Back,
    /// A "Change" link on "Check your answers".
    Change(Fact),
    ShowCheck,
    ShowResult,
    Home,
    /// "Start again": asks for confirmation first.
    StartAgain,
    /// Confirmed: clears every answer and goes to the start.
    ClearAll,
    /// A case file was opened (by the file worker): its date and answers, with any warnings and
    /// what it was judged under; or the problems that stopped it.
    Imported(Result<Opened, Vec<Msg>>),
    /// The file opened is locked: the file worker sent it back for its passphrase, which was not
    /// given yet, or did not open it.
    Locked {
        file: Rc<[u8]>,
        wrong_passphrase: bool,
    },
    /// The passphrase of the locked file was sent to the file worker (`entered`), or the field
    /// was left empty.
    Unlock {
        entered: bool,
    },
    /// The locked file is put aside (another file may be chosen).
    CancelUnlock,
    /// "Save the case as a file": as the passphrase field says (the file worker is asked only if
    /// it is `Ok`), or what is wrong with the passphrase.
    Save(Result<SaveAs, InputError>),
    /// The file worker saved the case (the file's name, and how), or could not (the problems).
    Saved(Result<(String, SaveAs), Vec<Msg>>),
    /// "Copy as text" copied the summary (or the browser refused).
    Copied(bool),
    /// The browser's forward button: the screen gone back from, if it still belongs to the flow.
    Forward,
    /// The case in progress kept for this tab, after a reload.
    Restore(Kept),
    /// On [`Screen::ConfirmOpen`]: open the file (`true`) in place of the answers, or keep them.
    OpenPending(bool),
    /// "I think this verdict is wrong" on a route's card.
    Dispute(PathwayId),
    /// The dispute form was sent: the file worker was asked for the scenario file (back to the
    /// result, where its status is said), or what is wrong with the form.
    Disputed(Result<(), Vec<InputError>>),
}

impl State {
    pub fn new(today: Date) -> State {
        let answers = Answers::new();
        State {
            today: Some(today),
            assessed_on: today,
            date_known: true,
            derived: LazyDerived::default(),
            answers,
            screen: Screen::Start,
            history: Vec::new(),
            forward: Vec::new(),
            unsaved: false,
            pending: None,
            errors: Vec::new(),
            rejected: None,
            notice: Vec::new(),
            status: None,
            locked: None,
            refusals: 0,
        }
    }

    /// The answers held, keyed by fact.
    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// Sets the date and the answers, and works out again what they make (only if they changed:
    /// then the case is not as saved any more, if it holds any answer).
    pub fn set(&mut self, assessed_on: Date, answers: Answers) {
        if assessed_on != self.assessed_on || answers != self.answers {
            self.unsaved = !answers.is_empty();
            self.derived = LazyDerived::default();
            self.assessed_on = assessed_on;
            self.answers = answers;
        }
    }

    /// What the answers and the date make: the walk, the case, its assessment.
    pub fn derived(&self) -> &Derived {
        let cell = &self.derived.0;
        if cell.get().is_none() {
            // (`get_or_init` costs more of the app's Wasm: its check for a reentrant call.)
            let _ = cell.set(Derived::of(self.assessed_on, &self.answers));
        }
        cell.get().unwrap_or_else(|| unreachable!("set just above"))
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

    /// The case the answers make, asked or not (what is evaluated and saved).
    pub fn case(&self) -> &Case {
        &self.derived().case
    }

    /// The relatives entered reach the most the flow holds.
    pub fn relatives_full(&self) -> bool {
        self.case().uk_relatives.as_ref().is_some_and(|l| l.len() >= MAX_RELATIVES)
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

    /// The case of a file opened, in place of this one: its answers, what changed since it was
    /// saved and its warnings, and on to the next question (or "Check your answers").
    fn open(&self, Opened { assessed_on, answers, changes, warnings }: Opened) -> State {
        let mut fresh = self.fresh();
        fresh.set(assessed_on, answers.into_iter().collect());
        fresh.date_known = true;
        fresh.unsaved = false;
        // First, what changed since the file was saved under other rules (and why).
        fresh.notice.extend(changes);
        fresh.notice.push(message("notice.opened"));
        fresh.notice.extend(warnings.into_iter().map(|w| message("notice.file_warning").arg("problem", Arg::Nested(Box::new(w)))));
        let next = fresh.onward();
        fresh.history.push(Screen::Start);
        fresh.screen = next;
        fresh
    }

    /// What to keep for this tab: the case in progress (`None` for a plain visit: no answer and
    /// the date as the device gave it).
    pub fn kept(&self) -> Option<Kept> {
        let plain = self.answers.is_empty() && self.today.is_some_and(|t| t == self.assessed_on);
        (!plain).then(|| Kept {
            assessed_on: self.assessed_on,
            date_known: self.date_known,
            answers: self.answers.iter().map(|(f, a)| (*f, a.clone())).collect(),
            screen: self.screen,
            history: self.history.clone(),
            unsaved: self.unsaved,
        })
    }

    /// The screen after the answers so far: the next question, or "Check your answers".
    fn onward(&self) -> Screen {
        match self.derived().walk.next {
            Some(q) => Screen::Question(q),
            None => Screen::Check,
        }
    }

    fn go(mut self, screen: Screen) -> State {
        if self.screen != screen {
            // Going on where Back came from keeps the way forward; anywhere else forgets it.
            if self.forward.last() == Some(&screen) {
                self.forward.pop();
            } else {
                self.forward.clear();
            }
            let from = std::mem::replace(&mut self.screen, screen);
            self.history.push(from);
        }
        self.errors.clear();
        self.rejected = None;
        self
    }

    /// Is this screen still part of the flow (a question can drop out after a change)?
    fn still_valid(&self, screen: &Screen, w: &super::walk::Walk) -> bool {
        match screen {
            Screen::Question(q) => w.answered.contains(q) || w.next == Some(*q),
            _ => true,
        }
    }

    pub fn reduce(&self, action: Action) -> State {
        let confirmed = matches!(action, Action::ConfirmAssessmentDate(_));
        let mut s = self.clone();
        s.notice.clear();
        s.status = None;
        match action {
            Action::Start if !s.date_known => s.go(Screen::AssessmentDate),
            Action::Start => {
                let next = s.onward();
                s.go(next)
            }
            Action::ChangeAssessmentDate => s.go(Screen::AssessmentDate),
            Action::SetAssessmentDate(input) | Action::ConfirmAssessmentDate(input) => match assessment_date(&s, &input, confirmed) {
                Ok(d) => {
                    let answers = s.answers.clone();
                    s.set(d, answers);
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
                    s.derived().walk.case.clone()
                };
                match check(q, &input, &base) {
                    Ok(answer) => {
                        let mut answers = s.answers.clone();
                        answers.insert(q, answer);
                        s.set(s.assessed_on, answers);
                        // The next unanswered question (a change may make new ones relevant), else the check page.
                        let next = s.onward();
                        s.go(next)
                    }
                    Err(errors) => s.refuse(errors, Some(input)),
                }
            }
            Action::Back => {
                let w = s.derived().walk.clone();
                let from = s.screen;
                while let Some(prev) = s.history.pop() {
                    if s.still_valid(&prev, &w) {
                        s.forward.push(from);
                        s.screen = prev;
                        s.errors.clear();
                        s.rejected = None;
                        return s;
                    }
                }
                if from != Screen::Start {
                    s.forward.push(from);
                }
                s.screen = Screen::Start;
                s
            }
            Action::Forward => {
                let w = s.derived().walk.clone();
                while let Some(next) = s.forward.pop() {
                    if s.still_valid(&next, &w) {
                        let from = std::mem::replace(&mut s.screen, next);
                        s.history.push(from);
                        s.errors.clear();
                        s.rejected = None;
                        return s;
                    }
                }
                s
            }
            Action::Restore(kept) => {
                let mut fresh = s.fresh();
                fresh.set(kept.assessed_on, kept.answers.into_iter().collect());
                fresh.date_known = kept.date_known || fresh.date_known;
                fresh.unsaved = kept.unsaved;
                let w = fresh.derived().walk.clone();
                let screen = if fresh.still_valid(&kept.screen, &w) { kept.screen } else { fresh.onward() };
                // The way back as it was (screens no longer asked left out), so that the browser's
                // history entries, which carry its depth, still lead through it.
                fresh.history = kept.history.into_iter().filter(|h| fresh.still_valid(h, &w)).collect();
                if screen != Screen::Start && fresh.history.is_empty() {
                    fresh.history.push(Screen::Start);
                }
                fresh.screen = screen;
                fresh.notice.push(message("notice.kept"));
                fresh
            }
            Action::OpenPending(open) => match s.pending.take() {
                Some(opened) if open => s.open(*opened),
                _ => {
                    let back = s.history.pop().unwrap_or(Screen::Start);
                    s.screen = back;
                    s
                }
            },
            Action::Change(q) => s.go(Screen::Question(q)),
            Action::Dispute(p) => s.go(Screen::Dispute(p)),
            Action::Disputed(Ok(())) => s.return_to(Screen::Result),
            Action::Disputed(Err(errors)) => s.refuse(errors, None),
            Action::ShowCheck => s.go(Screen::Check),
            Action::ShowResult => {
                if s.derived().walk.next.is_some() {
                    let next = s.onward();
                    return s.go(next);
                }
                s.go(Screen::Result)
            }
            Action::Home => s.go(Screen::Start),
            Action::StartAgain => s.go(Screen::ConfirmStartAgain),
            Action::ClearAll => s.fresh(),
            Action::Save(Ok(how)) => {
                s.errors.clear();
                // Locking takes a moment (scrypt): say so until the file is saved.
                s.status = (how == SaveAs::Locked).then(|| message("lock.saving"));
                s
            }
            Action::Save(Err(e)) => s.refuse(vec![e], None),
            Action::Saved(Ok((name, how))) => {
                // A calendar or a disputed verdict is not the case saved to be opened again.
                s.unsaved &= matches!(how, SaveAs::Calendar | SaveAs::Dispute);
                let key = match how {
                    SaveAs::Plain => "result.saved",
                    SaveAs::Locked => "lock.saved",
                    SaveAs::Calendar => "saved.calendar",
                    SaveAs::Dispute => "saved.dispute",
                };
                s.status = Some(message(key).text("name", name));
                s
            }
            Action::Saved(Err(problems)) => {
                let why = problems.into_iter().next().unwrap_or_else(|| message("file.not_understood"));
                s.status = Some(message("result.save_failed").arg("problem", Arg::Nested(Box::new(why))));
                s
            }
            Action::Copied(ok) => {
                s.status = Some(message(if ok { "button.copied" } else { "result.copy_failed" }));
                s
            }
            Action::Imported(result) => match result {
                // Over answers not saved, the volunteer is asked first.
                Ok(opened) if s.unsaved => {
                    s.locked = None;
                    s.pending = Some(Box::new(opened));
                    s.go(Screen::ConfirmOpen)
                }
                Ok(opened) => s.open(opened),
                Err(errors) => {
                    s.locked = None;
                    let errors = errors
                        .into_iter()
                        .map(|e| InputError { field: "file", msg: message("error.file").arg("problem", Arg::Nested(Box::new(e))) })
                        .collect();
                    s.refuse(errors, None)
                }
            },
            Action::Locked { file, wrong_passphrase } => {
                let mut s = if s.screen == Screen::Start { s } else { s.go(Screen::Start) };
                s.errors.clear();
                s.locked = Some(Locked { file, opening: false });
                if wrong_passphrase {
                    let wrong = InputError { field: "passphrase", msg: message("file.locked.wrong_passphrase") };
                    return s.refuse(vec![wrong], None);
                }
                s
            }
            Action::Unlock { entered } => match s.locked.as_mut() {
                Some(locked) if entered => {
                    locked.opening = true;
                    s.errors.clear();
                    s
                }
                Some(_) => s.refuse(vec![InputError { field: "passphrase", msg: message("lock.error_empty") }], None),
                None => s,
            },
            Action::CancelUnlock => {
                s.locked = None;
                s.errors.clear();
                s
            }
        }
    }
}

/// How far after today an assessment date is taken without asking to confirm it.
pub const FAR_FUTURE_DAYS: i64 = 365;

/// The assessment date entered (or today, for `Input::Unknown`), checked: a real date, not
/// before the child's date of birth, and, more than a year after today, confirmed (a mistyped
/// year is likelier). Errors speak of the assessment date.
fn assessment_date(s: &State, input: &Input, confirmed: bool) -> Result<Date, Vec<InputError>> {
    let about = |e: InputError| InputError { field: e.field, msg: Msg { key: assessment_key(e.msg.key), args: e.msg.args } };
    let date = match input {
        Input::Unknown => s.today.ok_or_else(|| vec![InputError { field: "date", msg: message("error.assessed_on.empty") }])?,
        other => plain_date(other).map_err(|e| e.into_iter().map(about).collect::<Vec<_>>())?,
    };
    if !confirmed && s.today.is_some_and(|t| t.days_until(date) > FAR_FUTURE_DAYS) {
        return Err(vec![InputError { field: "confirm", msg: message("error.assessed_on.far_future").date("date", date) }]);
    }
    // The answers must still fit: nothing is removed behind the volunteer's back.
    let (case, _) = full_case(&Case::new(date), &s.answers);
    if let Some(born) = case.child.date_of_birth.filter(|b| *b > date) {
        return Err(vec![InputError { field: "date", msg: message("error.assessed_on.before_birth").date("date", born) }]);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The derived state is worked out when read, never on a fresh start (the start page does not
    /// read it), and forgotten when the answers or the date change; what is read equals what
    /// `Derived::of` makes of the state's own date and answers.
    #[test]
    fn derived_is_worked_out_when_read_and_forgotten_on_change() {
        let today = Date::ymd(2026, 12, 7);
        let mut s = State::new(today);
        assert!(s.derived.0.get().is_none(), "worked out on a fresh start");
        assert_eq!(*s.derived(), Derived::of(today, &Answers::new()));
        assert!(s.derived.0.get().is_some(), "not kept once read");

        let answers: Answers = [(Fact::Location, Answer::Unknown)].into_iter().collect();
        s.set(today, answers.clone());
        assert!(s.derived.0.get().is_none(), "kept over a change of the answers");
        assert_eq!(*s.derived(), Derived::of(today, &answers));

        let earlier = Date::ymd(2019, 10, 15);
        let copy = s.clone();
        s.set(earlier, answers.clone());
        assert_eq!(*s.derived(), Derived::of(earlier, &answers));
        // A clone made before the change keeps what its own date and answers make.
        assert_eq!(*copy.derived(), Derived::of(today, &answers));
        assert_ne!(s.derived().case.assessed_on, copy.derived().case.assessed_on);
    }
}
