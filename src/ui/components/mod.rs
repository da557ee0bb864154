//! One component per file.

pub mod assessment_date;
pub mod check_answers;
pub mod confirm_start_again;
pub mod date_input;
pub mod error_summary;
pub mod footer;
pub mod header;
pub mod layout;
pub mod pathway_card;
pub mod question_page;
pub mod result_page;
pub mod start_page;
