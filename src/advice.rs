//! Where to get advice: organisations named in RULES.md, from `data/advice.json` with its review date.

use crate::date::Date;
use crate::json::{parse, Value};

#[derive(Clone, Debug, PartialEq)]
pub struct Organisation {
    pub name: String,
    pub what: String,
    pub region: String,
    pub url: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Advice {
    pub reviewed_on: Date,
    pub organisations: Vec<Organisation>,
}

const ADVICE_JSON: &str = include_str!("../data/advice.json");

/// The advice list built into the app. `None` only if the data file is broken (a test checks it is not).
pub fn advice() -> Option<Advice> {
    let v = parse(ADVICE_JSON).ok()?;
    let text = |o: &Value, k: &str| match o.get(k) {
        Some(Value::String(s)) => Some(s.clone()),
        _ => None,
    };
    let reviewed_on = text(&v, "reviewed_on").and_then(|d| Date::parse(&d).ok())?;
    let Some(Value::Array(list)) = v.get("organisations") else { return None };
    let organisations = list
        .iter()
        .map(|o| Some(Organisation { name: text(o, "name")?, what: text(o, "what")?, region: text(o, "where")?, url: text(o, "url")? }))
        .collect::<Option<Vec<_>>>()?;
    Some(Advice { reviewed_on, organisations })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_advice_file_reads_and_links_are_https() {
        let a = super::advice().expect("data/advice.json is valid");
        assert!(a.organisations.len() >= 3);
        assert!(a.organisations.iter().all(|o| o.url.starts_with("https://") && !o.name.is_empty()));
    }
}
