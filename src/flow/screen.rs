//! The screens of the flow, and their names in what is kept for the tab (see `kept`).

use crate::fact::Fact;
use crate::rules::PathwayId;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    /// The date the rules are applied as of (from the start page, or "Change" on the check page).
    AssessmentDate,
    Question(Fact),
    /// "Check your answers".
    Check,
    Result,
    /// "Are you sure you want to clear every answer?"
    ConfirmStartAgain,
    /// A case file opened over answers not saved: "Open it in place of your answers?"
    ConfirmOpen,
    /// "I think this verdict is wrong" on a route's card: which verdict, and why.
    Dispute(PathwayId),
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
                Some(p) => Screen::Dispute(PathwayId::from_id(p)?),
                None => Screen::Question(Fact::parse(other.strip_prefix("question:")?)?),
            },
        })
    }
}
