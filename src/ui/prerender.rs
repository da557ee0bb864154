//! The start page as static HTML, rendered at build time by the same components as the app
//! (Yew's server-side rendering), so that a first visit shows it before any Wasm has arrived and
//! the app takes it over with no change to what a person sees. `pathways start-page` prints it;
//! `scripts/generate.sh` writes it into `index.html`; `tests/static_pages.rs` checks it is current.
//!
//! It is the English start page on `date`; the date is the only thing that depends on the day, and
//! `static/boot.js` writes today's date into it (`data-template` on the sentence that holds it).

use super::components::layout::{Flow, Page};
use super::texts::Texts;
use crate::date::Date;
use crate::flow::State;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct Props {
    date: Date,
}

#[component]
fn StartPage(props: &Props) -> Html {
    html! { <Page texts={Texts::english()} flow={Flow(Rc::new(State::new(props.date)))} dispatch={Callback::noop()} embed={false} /> }
}

/// The markup of `<div id="app">` for the start page on `date` (no hydration marks: the app
/// renders its own tree in place of it).
pub fn start_page_html(date: Date) -> String {
    let renderer = yew::LocalServerRenderer::<StartPage>::with_props(Props { date }).hydratable(false);
    futures::executor::block_on(renderer.render())
}

/// Where the start page sits in `index.html`: between these two marks.
pub const OPEN: &str = r#"<div id="app" class="prerendered">"#;
pub const CLOSE: &str = "</div><!-- /app -->";

/// The start page written into `index.html` (the text between [`OPEN`] and [`CLOSE`] replaced),
/// or `None` if the marks are missing.
pub fn into_index(index_html: &str, markup: &str) -> Option<String> {
    let start = index_html.find(OPEN)? + OPEN.len();
    let end = start + index_html[start..].find(CLOSE)?;
    Some(format!("{}{markup}{}", &index_html[..start], &index_html[end..]))
}

/// The start page now in `index.html` (between the marks).
pub fn in_index(index_html: &str) -> Option<&str> {
    let start = index_html.find(OPEN)? + OPEN.len();
    let end = start + index_html[start..].find(CLOSE)?;
    Some(&index_html[start..end])
}
