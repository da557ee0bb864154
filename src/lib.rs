//! Pathways: a screening aid that finds which legal routes may bring a separated child in
//! Europe to family in the United Kingdom. See ARCHITECTURE.md for the map of modules.

pub mod advice;
pub mod calendar;
pub mod case;
pub mod casefile;
pub mod date;
pub mod fact;
pub mod flow;
pub mod i18n;
pub mod ics;
pub mod lock;
pub mod msg;
pub mod report;
pub mod rules;
pub mod scenario;
/// Translators' files (PO export and import, review records): the command-line tool's, never the app's.
#[cfg(not(target_arch = "wasm32"))]
pub mod translation;
pub mod triage;
pub mod ui;
pub mod validate;
pub mod wire;
pub mod worker;
