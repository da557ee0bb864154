//! The question flow: a pure state machine, no Yew inside. Which question comes next given the
//! answers so far (keyed by fact, see `crate::fact`), what an input means, and how the screens
//! follow each other. The app renders its state and sends it actions.

pub mod answers;
pub mod derived;
pub mod dispute;
pub mod input;
pub mod kept;
pub mod passphrase;
pub mod screen;
pub mod state;
pub mod walk;

pub use answers::Answers;
pub use derived::{Derived, Summary};
pub use input::{mistakes, typed_time, Input, InputError};
pub use kept::Kept;
pub use passphrase::{Locked, SaveAs};
pub use state::{Action, Opened, Screen, State};
pub use walk::{walk, Walk};
