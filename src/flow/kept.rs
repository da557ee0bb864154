//! The case in progress as kept for this tab (the browser's per-tab session storage, written by
//! `static/boot.js`): the date, the answers, the screen, and whether it changed since it was last
//! saved or opened. Restored on a reload or when the browser brings a discarded tab back; wiped by
//! Quick exit and Start again. Nothing is kept for a plain visit.

use super::state::Screen;
use crate::date::Date;
use crate::fact::{Answer, Fact};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kept {
    pub assessed_on: Date,
    /// The assessment date was known (read from the device, or entered).
    pub date_known: bool,
    pub answers: Vec<(Fact, Answer)>,
    pub screen: Screen,
    /// Answers changed since the case was last saved or opened (closing the tab asks first).
    pub unsaved: bool,
}

impl Screen {
    /// The screen's name in what is kept (and for a partner page's events).
    pub fn name(&self) -> String {
        match self {
            Screen::Start => "start".into(),
            Screen::AssessmentDate => "assessment-date".into(),
            Screen::Question(q) => format!("question:{q}"),
            Screen::Check => "check".into(),
            Screen::Result => "result".into(),
            Screen::ConfirmStartAgain => "confirm".into(),
            Screen::ConfirmOpen => "confirm-open".into(),
            Screen::Dispute(p) => format!("dispute:{}", p.id()),
        }
    }

    /// The screen of a name (`None` for a name this version does not know).
    pub fn of_name(name: &str) -> Option<Screen> {
        Some(match name {
            "start" => Screen::Start,
            "assessment-date" => Screen::AssessmentDate,
            "check" => Screen::Check,
            "result" => Screen::Result,
            "confirm" => Screen::ConfirmStartAgain,
            // A file waiting to be opened is not kept: its question is asked again.
            "confirm-open" => Screen::Start,
            other => match other.strip_prefix("dispute:") {
                Some(p) => Screen::Dispute(crate::rules::PathwayId::from_id(p)?),
                None => Screen::Question(Fact::parse(other.strip_prefix("question:")?)?),
            },
        })
    }
}
