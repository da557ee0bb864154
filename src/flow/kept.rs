//! The case in progress as kept for this tab (the browser's per-tab session storage, written by
//! `static/boot.js`): the date, the answers, the screen, and whether it changed since it was last
//! saved or opened. Restored on a reload or when the browser brings a discarded tab back; wiped by
//! Quick exit and Start again. Nothing is kept for a plain visit.

use super::screen::Screen;
use crate::date::Date;
use crate::fact::{Answer, Fact};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kept {
    pub assessed_on: Date,
    /// The assessment date was known (read from the device, or entered).
    pub date_known: bool,
    pub answers: Vec<(Fact, Answer)>,
    pub screen: Screen,
    /// The screens Back goes to, the last one first (the flow's history): the browser's history
    /// entries carry its depth, so Back after a reload goes where it went before.
    pub history: Vec<Screen>,
    /// Answers changed since the case was last saved or opened (closing the tab asks first).
    pub unsaved: bool,
}
