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
pub mod lock;
pub mod msg;
pub mod report;
pub mod rules;
pub mod scenario;
pub mod ui;
pub mod validate;
pub mod wire;
pub mod worker;
