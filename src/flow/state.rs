//! The app's state and its actions: which screen is shown, the answers, Back, Change, Start again.
//! `State::reduce` is pure; the Yew app holds a `State` and sends it `Action`s.

use super::answer::Answer;
use super::answers::Answers;
use super::input::{check, Input, InputError};
use super::question::Q;
use super::walk::{walk, Walk};
use crate::case::Case;
use crate::date::Date;
use crate::rules::{m, Msg};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    Question(Q),
    /// "Check your answers".
    Check,
    Result,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// Today on the device (the default assessment date).
    pub today: Date,
    /// The date the rules are applied as of ("Check as of another date").
    pub assessed_on: Date,
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
}

/// A case file as opened: its assessment date, its answers, and warnings about its contents.
pub type OpenedCase = (Date, Vec<(Q, Answer)>, Vec<String>);

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// "Start now".
    Start,
    /// "Check as of another date": the assessment date (`Input::Date`), or back to today (`Input::Unknown`).
    SetAssessmentDate(Input),
    /// Continue on a question screen.
    Submit(Input),
    Back,
    /// A "Change" link on "Check your answers".
    Change(Q),
    ShowCheck,
    ShowResult,
    Home,
    /// Clears every answer and goes to the start.
    StartAgain,
    /// A case file was opened (by the file worker): its date and answers, with any warnings; or
    /// the problems that stopped it.
    Imported(Result<OpenedCase, Vec<String>>),
}

impl Action {
    /// The action for the file worker's reply to an `import` request (see `crate::worker`).
    pub fn from_import_reply(reply: &str) -> Action {
        if let Some(problems) = reply.strip_prefix("error\n") {
            return Action::Imported(Err(problems.lines().map(String::from).collect()));
        }
        let (lines, warnings) = crate::worker::split_reply(reply);
        match super::lines::from_lines(lines) {
            Some((on, answers)) => Action::Imported(Ok((on, answers, warnings.into_iter().map(String::from).collect()))),
            None => Action::Imported(Err(vec!["the file could not be read".into()])),
        }
    }
}

impl State {
    /// The answers in the order they are asked, as lines for the file worker (saving a case).
    pub fn export_request(&self) -> String {
        let w = self.walk();
        let answers: Vec<(Q, Answer)> = w.answered.iter().filter_map(|q| self.answers.get(q).map(|a| (*q, a.clone()))).collect();
        format!("export\n{}", super::lines::to_lines(self.assessed_on, &answers))
    }

    pub fn new(today: Date) -> State {
        State {
            today,
            assessed_on: today,
            answers: Answers::new(),
            screen: Screen::Start,
            history: Vec::new(),
            errors: Vec::new(),
            rejected: None,
            notice: Vec::new(),
        }
    }

    pub fn walk(&self) -> Walk {
        walk(&Case::new(self.assessed_on), &self.answers)
    }

    /// The case the answers make (what is evaluated and exported).
    pub fn case(&self) -> Case {
        self.walk().case
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
            Action::Start => {
                let next = s.onward();
                s.go(next)
            }
            Action::SetAssessmentDate(input) => {
                let date = match input {
                    Input::Unknown => Ok(s.today),
                    Input::Date { day, month, year } => {
                        check(Q::Arrived, &Input::Date { day, month, year }, &Case::new(s.today)).and_then(|a| match a {
                            Answer::Date(d) => Ok(d),
                            _ => Err(vec![InputError { field: "day", msg: m("error.date_empty") }]),
                        })
                    }
                    other => {
                        s.rejected = Some(other);
                        Err(vec![InputError { field: "day", msg: m("error.date_empty") }])
                    }
                };
                match date {
                    Ok(d) => {
                        s.assessed_on = d;
                        s.errors.clear();
                        s.rejected = None;
                        // A date of birth after the new assessment date no longer fits.
                        if let Some(Answer::Born { date, .. }) = s.answers.get(&Q::DateOfBirth) {
                            if *date > d {
                                s.answers.remove(&Q::DateOfBirth);
                            }
                        }
                        s
                    }
                    Err(e) => {
                        s.errors = e;
                        s
                    }
                }
            }
            Action::Submit(input) => {
                let Screen::Question(q) = s.screen else { return s };
                // Check against the case without this question's previous answer.
                let mut answers = s.answers.clone();
                answers.remove(&q);
                let base = walk(&Case::new(s.assessed_on), &answers).case;
                match check(q, &input, &base) {
                    Ok(answer) => {
                        s.answers.insert(q, answer);
                        // The next unanswered question (a change may make new ones relevant), else the check page.
                        let next = s.onward();
                        s.go(next)
                    }
                    Err(errors) => {
                        s.errors = errors;
                        s.rejected = Some(input);
                        s
                    }
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
            Action::StartAgain => State::new(s.today),
            Action::Imported(result) => match result {
                Ok((on, answers, warnings)) => {
                    let mut fresh = State::new(s.today);
                    fresh.assessed_on = on;
                    fresh.answers = answers.into_iter().collect();
                    fresh.notice = vec![m("notice.opened")];
                    fresh.notice.extend(warnings.into_iter().map(|w| m("notice.file_warning").text("problem", w)));
                    let next = fresh.onward();
                    fresh.history.push(Screen::Start);
                    fresh.screen = next;
                    fresh
                }
                Err(errors) => {
                    s.errors =
                        errors.into_iter().take(5).map(|e| InputError { field: "file", msg: m("error.file").text("problem", e) }).collect();
                    s
                }
            },
        }
    }
}
