//! The question flow: a pure state machine, no Yew inside. Which question comes next given the
//! answers so far (keyed by question id), what an input means, and how the screens follow each
//! other. The app renders its state and sends it actions.

pub mod answer;
pub mod answers;
pub mod input;
pub mod lines;
pub mod question;
pub mod state;
pub mod walk;

pub use answer::Answer;
pub use answers::Answers;
pub use input::{Input, InputError};
pub use question::{Choice, Kind, Question};
pub use state::{Action, Screen, State};
pub use walk::{walk, Walk};
