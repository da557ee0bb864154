//! The rules reference as Markdown (`pathways rules`) and as the static Rules pages
//! (`static/rules/<lang>.html`), rendered from `rules::reference` and the dated parameters in the
//! catalog's language.

use crate::i18n::{fill, Catalog};
use crate::rules::cite::{Cite, Confidence};
use crate::rules::data::{LAW_CHECKED_TO, RULES_VERSION};
use crate::rules::param::Phase;
use crate::rules::reference::{Dated, DatedValue, Shown, REFERENCE};
use crate::rules::Verdict;

fn confidence_word(c: Confidence) -> &'static str {
    match c {
        Confidence::Verified => "V",
        Confidence::Secondary => "S",
        Confidence::Unverified => "U",
    }
}

fn value_text(v: Shown, cat: &Catalog) -> String {
    match v {
        Shown::Phase(Phase::NotYetInForce) => cat.text("phase.not_yet_in_force"),
        Shown::Phase(Phase::Open) => cat.text("phase.open"),
        Shown::Phase(Phase::Closed) => cat.text("phase.closed"),
        Shown::Phase(Phase::Unconfirmed(note)) => cat.text(note),
        Shown::Number(n) => n.to_string(),
        Shown::Date(d) => cat.date(d),
        Shown::NoDate | Shown::Notes(&[]) => cat.text("param.none"),
        Shown::YesNo(b) => cat.text(if b { "opt.yes" } else { "opt.no" }),
        Shown::Countries(list) => list.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(", "),
        Shown::Notes(notes) => notes.iter().map(|(key, _)| cat.text(key)).collect::<Vec<_>>().join(" "),
    }
}

/// "From 1 January 2014: open", "Until 31 December 2013: not yet in force".
fn entry_text(values: &[DatedValue], i: usize, cat: &Catalog) -> String {
    let e = &values[i];
    let value = value_text(e.value, cat);
    let line = |key: &str, date, time: Option<crate::case::Time>| {
        fill(&cat.text(key), &|n| match n {
            "date" => Some(cat.date(date)),
            "time" => time.map(|t| t.to_string()),
            "value" => Some(value.clone()),
            _ => None,
        })
    };
    if e.always() {
        match values.get(i + 1) {
            None => value.clone(),
            Some(next) if next.time.is_some() => line("ref.until_time", next.from, next.time),
            Some(next) => line("ref.until", next.from.add_days(-1), None),
        }
    } else if e.time.is_some() {
        line("ref.from_time", e.from, e.time)
    } else {
        line("ref.from", e.from, None)
    }
}

/// Each parameter of a pathway: its label, and each entry with its source.
fn params(p: &dyn Dated, cat: &Catalog) -> (String, Vec<(String, Cite)>) {
    let values = p.values();
    let lines = (0..values.len()).map(|i| (entry_text(&values, i, cat), values[i].source)).collect();
    (cat.text(&format!("param.{}", p.name())), lines)
}

/// The page's head lines: the rules version and how far the law is checked.
fn version_line(cat: &Catalog) -> String {
    format!(
        "{} {} ({} {}). {}",
        cat.text("report.rules_version"),
        RULES_VERSION,
        cat.text("report.reviewed_on"),
        cat.date(LAW_CHECKED_TO),
        cat.text("ref.generated")
    )
}

/// The whole reference as Markdown, in the catalog's language.
pub fn markdown(cat: &Catalog) -> String {
    let mut out = String::new();
    let mut push = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    let cite = |c: Cite| {
        let i = c.info();
        format!("{} [{}] <{}>", i.text, confidence_word(i.confidence), i.url)
    };
    push(format!("# {}", cat.text("ref.title")));
    push(String::new());
    push(version_line(cat));
    push(String::new());
    push(cat.text("report.not_legal_advice"));
    push(String::new());
    push(format!("## {}", cat.text("ref.verdicts")));
    push(String::new());
    for v in Verdict::ALL {
        push(format!(
            "- **{}** (`{}`): {}",
            cat.text(&format!("verdict.{}", v.id())),
            v.id(),
            cat.text(&format!("verdict_help.{}", v.id()))
        ));
    }
    push(String::new());
    push(format!(
        "{}: V = {}; S = {}; U = {}.",
        cat.text("ref.confidence"),
        cat.text("confidence.verified"),
        cat.text("confidence.secondary"),
        cat.text("confidence.unverified")
    ));
    for r in REFERENCE {
        push(String::new());
        push(format!("## {} (`{}`)", cat.text(&format!("pathway.{}", r.pathway.id())), r.pathway.id()));
        push(String::new());
        push(format!("### {}", cat.text("ref.conditions")));
        push(String::new());
        for c in r.conditions {
            push(format!("- {} ({})", cat.text(c.text), cite(c.cite)));
        }
        push(String::new());
        push(format!("### {}", cat.text("ref.dates")));
        for p in r.params {
            let (label, lines) = params(*p, cat);
            push(String::new());
            push(format!("{label}:"));
            for (text, source) in lines {
                push(format!("- {text} ({})", cite(source)));
            }
        }
    }
    out
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The whole reference as a static HTML page (the app's Rules page: `static/rules/<lang>.html`).
pub fn html(cat: &Catalog, dir: &str) -> String {
    let mut out = String::new();
    let mut push = |s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    let cite = |c: Cite| {
        let i = c.info();
        let mark = if i.confidence == Confidence::Unverified {
            format!(" <strong class=\"tag\">{}</strong>", esc(&cat.text("result.unverified")))
        } else {
            String::new()
        };
        format!(
            "<br><span class=\"citation\"><a href=\"{}\" rel=\"noopener noreferrer\">{}</a> [{}]{mark}</span>",
            esc(i.url),
            esc(i.text),
            confidence_word(i.confidence)
        )
    };
    push("<!doctype html>");
    push(&format!("<html lang=\"{}\" dir=\"{dir}\">", esc(&cat.lang)));
    push("<head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    push("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'self'\">");
    push("<meta name=\"referrer\" content=\"no-referrer\">");
    push(&format!("<title>{} - {}</title>", esc(&cat.text("ref.title")), esc(&cat.text("app.name"))));
    // "Back": the Rules page opens in a tab of its own beside the case; rules.js closes that tab
    // (back to the case's tab) or goes back in this one, and never starts a second app.
    push("<link rel=\"icon\" href=\"../icon-192.png\"><link rel=\"stylesheet\" href=\"rules.css\"><script src=\"rules.js\" defer></script></head><body><main>");
    push(&format!("<p><a href=\"../\" data-back>{}</a></p>", esc(&cat.text("button.back"))));
    push(&format!("<h1>{}</h1>", esc(&cat.text("ref.title"))));
    push(&format!("<p>{}</p>", esc(&version_line(cat))));
    push(&format!("<p><strong>{}</strong></p>", esc(&cat.text("report.not_legal_advice"))));
    push(&format!("<h2>{}</h2><dl>", esc(&cat.text("ref.verdicts"))));
    for v in Verdict::ALL {
        push(&format!(
            "<dt>{} (<code>{}</code>)</dt><dd>{}</dd>",
            esc(&cat.text(&format!("verdict.{}", v.id()))),
            v.id(),
            esc(&cat.text(&format!("verdict_help.{}", v.id())))
        ));
    }
    push("</dl>");
    push(&format!(
        "<p>{}: V = {}; S = {}; U = {}.</p>",
        esc(&cat.text("ref.confidence")),
        esc(&cat.text("confidence.verified")),
        esc(&cat.text("confidence.secondary")),
        esc(&cat.text("confidence.unverified"))
    ));
    for r in REFERENCE {
        let id = r.pathway.id();
        push(&format!("<section id=\"{id}\"><h2>{} (<code>{id}</code>)</h2>", esc(&cat.text(&format!("pathway.{id}")))));
        push(&format!("<h3>{}</h3><ul>", esc(&cat.text("ref.conditions"))));
        for c in r.conditions {
            push(&format!("<li>{}{}</li>", esc(&cat.text(c.text)), cite(c.cite)));
        }
        push("</ul>");
        push(&format!("<h3>{}</h3>", esc(&cat.text("ref.dates"))));
        for p in r.params {
            let (label, lines) = params(*p, cat);
            push(&format!("<h4>{}</h4><ul>", esc(&label)));
            for (text, source) in lines {
                push(&format!("<li>{}{}</li>", esc(&text), cite(source)));
            }
            push("</ul>");
        }
        push("</section>");
    }
    push("</main></body></html>");
    out
}
