//! GNU gettext PO files, the format translators' tools (Poedit, Weblate, Crowdin, Lokalize) read
//! and write: read into entries that keep their line numbers, and written back. A small parser of
//! our own: the Rust PO crates we looked at give no line numbers or unwrap on bad input, and the
//! format is small (https://www.gnu.org/software/gettext/manual/html_node/PO-Files.html).
//! Obsolete entries (`#~`) are skipped; every problem names its line, never a panic.

/// One entry of a PO file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Message {
    /// The line of its first keyword (`msgctxt`, or `msgid`).
    pub line: usize,
    /// `#.` comments (for the translator, from the program).
    pub notes: Vec<String>,
    /// `#,` flags (`fuzzy`).
    pub flags: Vec<String>,
    /// `#|` lines (the previous English, shown by tools beside a changed one), as written.
    pub previous: Vec<String>,
    pub msgctxt: Option<String>,
    pub msgid: String,
    pub msgid_plural: Option<String>,
    /// The translation: one text, or one per plural form (`msgstr[0]`, `msgstr[1]`, …).
    pub msgstr: Vec<String>,
}

impl Message {
    pub fn fuzzy(&self) -> bool {
        self.flags.iter().any(|f| f == "fuzzy")
    }

    /// Is this the header (the entry with an empty msgid and no context)?
    pub fn is_header(&self) -> bool {
        self.msgctxt.is_none() && self.msgid.is_empty()
    }

    /// A header field (`Language`, `Plural-Forms`) from the header's msgstr.
    pub fn header_field(&self, name: &str) -> Option<&str> {
        let text = self.msgstr.first()?;
        text.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.trim().eq_ignore_ascii_case(name).then(|| v.trim())
        })
    }
}

/// A problem in a PO file, with its line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub what: String,
}

/// The field a continuation line (`"…"` alone) adds to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Ctxt,
    Id,
    IdPlural,
    Str(usize),
}

#[derive(Default)]
struct Builder {
    msg: Message,
    started: bool,
    has_id: bool,
    has_str: bool,
    plural_str: bool,
    last: Option<Field>,
}

/// Reads a PO file: its entries (the header first, if any), or every problem found.
pub fn parse(text: &str) -> Result<Vec<Message>, Vec<Problem>> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let mut b = Builder::default();
    let mut pending_comments = Message::default();
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        if line.starts_with("#~") {
            continue; // an obsolete entry: kept by tools, unused here
        }
        if let Some(rest) = line.strip_prefix('#') {
            // A comment after a msgstr starts the next entry.
            if b.has_str {
                finish(&mut b, &mut out, &mut problems);
            }
            let (kind, body) = rest.split_at(rest.chars().next().map_or(0, char::len_utf8));
            match kind {
                "." => pending_comments.notes.push(body.trim().to_string()),
                "," => pending_comments.flags.extend(body.split(',').map(str::trim).filter(|f| !f.is_empty()).map(String::from)),
                "|" => pending_comments.previous.push(body.trim().to_string()),
                _ => {} // translator comments (`# …`) and references (`#: …`)
            }
            continue;
        }
        let (keyword, rest) = match line.find(|c: char| c == '"' || c.is_whitespace()) {
            Some(at) => (&line[..at], line[at..].trim_start()),
            None => (line, ""),
        };
        let value = if keyword.is_empty() { unquote(line) } else { unquote(rest) };
        let value = match value {
            Ok(v) => v,
            Err(what) => {
                problems.push(Problem { line: n, what });
                continue;
            }
        };
        let field = match keyword {
            "" => {
                match b.last {
                    Some(f) => append(&mut b.msg, f, &value),
                    None => problems.push(Problem { line: n, what: "a quoted text with no msgid, msgstr or msgctxt before it".into() }),
                }
                continue;
            }
            "msgctxt" => Field::Ctxt,
            "msgid" => Field::Id,
            "msgid_plural" => Field::IdPlural,
            "msgstr" => Field::Str(usize::MAX),
            k => match k.strip_prefix("msgstr[").and_then(|r| r.strip_suffix(']')).and_then(|d| d.parse::<usize>().ok()) {
                Some(i) => Field::Str(i),
                None => {
                    problems.push(Problem {
                        line: n,
                        what: format!("unknown keyword {k:?} (expected msgctxt, msgid, msgid_plural, msgstr or msgstr[N])"),
                    });
                    b.last = None;
                    continue;
                }
            },
        };
        // msgctxt or msgid after a msgstr starts the next entry.
        if matches!(field, Field::Ctxt | Field::Id) && b.has_str {
            finish(&mut b, &mut out, &mut problems);
        }
        if !b.started {
            b.started = true;
            b.msg.line = n;
            b.msg.notes = std::mem::take(&mut pending_comments.notes);
            b.msg.flags = std::mem::take(&mut pending_comments.flags);
            b.msg.previous = std::mem::take(&mut pending_comments.previous);
        }
        let problem = match field {
            Field::Ctxt if b.msg.msgctxt.is_some() || b.has_id => Some("msgctxt must come once, before msgid"),
            Field::Ctxt => {
                b.msg.msgctxt = Some(value);
                None
            }
            Field::Id if b.has_id => Some("a second msgid in one entry (is a msgstr missing?)"),
            Field::Id => {
                b.has_id = true;
                b.msg.msgid = value;
                None
            }
            Field::IdPlural if !b.has_id || b.has_str || b.msg.msgid_plural.is_some() => {
                Some("msgid_plural must come once, after msgid and before msgstr")
            }
            Field::IdPlural => {
                b.msg.msgid_plural = Some(value);
                None
            }
            Field::Str(_) if !b.has_id => Some("msgstr before msgid"),
            Field::Str(usize::MAX) if b.has_str => Some("a second msgstr in one entry"),
            Field::Str(usize::MAX) => {
                b.has_str = true;
                b.msg.msgstr.push(value);
                None
            }
            Field::Str(i) if i != b.msg.msgstr.len() || (b.has_str && !b.plural_str) => {
                Some("msgstr[N] out of order (expected msgstr[0], msgstr[1], … in turn)")
            }
            Field::Str(_) => {
                b.has_str = true;
                b.plural_str = true;
                b.msg.msgstr.push(value);
                None
            }
        };
        match problem {
            Some(what) => {
                problems.push(Problem { line: n, what: what.to_string() });
                b.last = None;
            }
            None => b.last = Some(field),
        }
    }
    if b.started {
        finish(&mut b, &mut out, &mut problems);
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// Ends the entry being read: kept if whole, else a problem.
fn finish(b: &mut Builder, out: &mut Vec<Message>, problems: &mut Vec<Problem>) {
    let done = std::mem::take(b);
    if !done.started {
        return;
    }
    if !done.has_id {
        problems.push(Problem { line: done.msg.line, what: "an entry without msgid".into() });
    } else if !done.has_str {
        problems.push(Problem { line: done.msg.line, what: "an entry without msgstr".into() });
    } else if done.msg.msgid_plural.is_some() != done.plural_str {
        let what =
            if done.plural_str { "msgstr[N] without msgid_plural" } else { "msgid_plural needs msgstr[0], msgstr[1], … (not msgstr)" };
        problems.push(Problem { line: done.msg.line, what: what.into() });
    } else {
        out.push(done.msg);
    }
}

fn append(m: &mut Message, f: Field, value: &str) {
    match f {
        Field::Ctxt => m.msgctxt.get_or_insert_with(String::new).push_str(value),
        Field::Id => m.msgid.push_str(value),
        Field::IdPlural => m.msgid_plural.get_or_insert_with(String::new).push_str(value),
        Field::Str(_) => {
            if let Some(last) = m.msgstr.last_mut() {
                last.push_str(value);
            }
        }
    }
}

/// The text of a quoted PO string (`"a \"b\"\n"`), its C escapes read.
fn unquote(s: &str) -> Result<String, String> {
    let inner = s
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .filter(|_| s.len() >= 2)
        .ok_or_else(|| format!("expected a text in double quotes, found {s:?}"))?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Err(format!("a double quote inside a text must be written \\\" in {s:?}")),
            '\\' => out.push(match chars.next() {
                Some('n') => '\n',
                Some('t') => '\t',
                Some('r') => '\r',
                Some('"') => '"',
                Some('\\') => '\\',
                Some('a') => '\u{7}',
                Some('b') => '\u{8}',
                Some('f') => '\u{c}',
                Some('v') => '\u{b}',
                other => return Err(format!("unknown escape \\{} in {s:?}", other.map(String::from).unwrap_or_default())),
            }),
            c => out.push(c),
        }
    }
    Ok(out)
}

/// A text as a PO string, quoted and escaped; a text with line breaks (the header) is written
/// one line per quoted part, as gettext's tools do.
pub fn quote(text: &str) -> String {
    let escape = |s: &str| {
        let mut out = String::with_capacity(s.len() + 2);
        for c in s.chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '"' => out.push_str("\\\""),
                '\n' => out.push_str("\\n"),
                '\t' => out.push_str("\\t"),
                '\r' => out.push_str("\\r"),
                c => out.push(c),
            }
        }
        format!("\"{out}\"")
    };
    if text.trim_end_matches('\n').contains('\n') {
        let parts: Vec<String> = text.split_inclusive('\n').map(escape).collect();
        format!("\"\"\n{}", parts.join("\n"))
    } else {
        escape(text)
    }
}

/// Writes entries as a PO file (a blank line between entries).
pub fn write(messages: &[Message], file_comments: &[String]) -> String {
    let mut out = String::new();
    for c in file_comments {
        out.push_str(&if c.is_empty() { "#\n".to_string() } else { format!("# {c}\n") });
    }
    for (i, m) in messages.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        for note in &m.notes {
            out.push_str(&format!("#. {note}\n"));
        }
        if !m.flags.is_empty() {
            out.push_str(&format!("#, {}\n", m.flags.join(", ")));
        }
        for p in &m.previous {
            out.push_str(&format!("#| {p}\n"));
        }
        if let Some(c) = &m.msgctxt {
            out.push_str(&format!("msgctxt {}\n", quote(c)));
        }
        out.push_str(&format!("msgid {}\n", quote(&m.msgid)));
        match &m.msgid_plural {
            Some(p) => {
                out.push_str(&format!("msgid_plural {}\n", quote(p)));
                for (i, s) in m.msgstr.iter().enumerate() {
                    out.push_str(&format!("msgstr[{i}] {}\n", quote(s)));
                }
            }
            None => out.push_str(&format!("msgstr {}\n", quote(m.msgstr.first().map_or("", String::as_str)))),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_tools_write() {
        // Wrapped lines, CRLF line ends, a byte order mark, translator comments, references,
        // flags on two lines, previous msgids and obsolete entries.
        let text = "\u{FEFF}# A translator's note\r\nmsgid \"\"\r\nmsgstr \"\"\r\n\"Language: ti\\n\"\r\n\"Plural-Forms: nplurals=2; plural=(n > 1);\\n\"\r\n\r\n\
                    #. shown to the child\n#: src/x.rs:1\n#, fuzzy\n#, c-format\n#| msgid \"old\"\nmsgctxt \"a.b\"\nmsgid \"\"\n\"Hello \"\n\"\\\"you\\\"\"\nmsgstr \"Sel\\\\am\"\n\
                    msgctxt \"p.q\"\nmsgid \"{n} day\"\nmsgid_plural \"{n} days\"\nmsgstr[0] \"x\"\nmsgstr[1] \"\"\n\"y\"\n\n#~ msgid \"gone\"\n#~ msgstr \"old\"\n";
        let m = parse(text).unwrap();
        assert_eq!(m.len(), 3);
        assert!(m[0].is_header() && m[0].header_field("language") == Some("ti"));
        assert_eq!(m[0].header_field("Plural-Forms"), Some("nplurals=2; plural=(n > 1);"));
        assert_eq!(
            (m[1].line, m[1].msgctxt.as_deref(), m[1].msgid.as_str(), m[1].msgstr.as_slice()),
            (12, Some("a.b"), "Hello \"you\"", &["Sel\\am".to_string()][..])
        );
        assert!(m[1].fuzzy() && m[1].flags.contains(&"c-format".to_string()));
        assert_eq!(
            (m[1].notes.as_slice(), m[1].previous.as_slice()),
            (&["shown to the child".to_string()][..], &["msgid \"old\"".to_string()][..])
        );
        assert_eq!(
            (m[2].line, m[2].msgid_plural.as_deref(), m[2].msgstr.clone()),
            (17, Some("{n} days"), vec!["x".to_string(), "y".to_string()])
        );
        assert!(!m[2].fuzzy());
    }

    #[test]
    fn writes_what_it_reads() {
        let m = vec![
            Message { msgstr: vec!["Language: ti\nPlural-Forms: nplurals=2; plural=(n > 1);\n".into()], ..Message::default() },
            Message {
                notes: vec!["note".into()],
                flags: vec!["fuzzy".into()],
                msgctxt: Some("k".into()),
                msgid: "a \"q\" \\ b\tc".into(),
                msgstr: vec!["\u{2066}١\u{2069}".into()],
                ..Message::default()
            },
            Message {
                msgctxt: Some("p".into()),
                msgid: "one".into(),
                msgid_plural: Some("many".into()),
                msgstr: vec!["".into(), "x".into()],
                ..Message::default()
            },
        ];
        let text = write(&m, &["Pathways".into(), "".into()]);
        assert!(text.starts_with("# Pathways\n#\nmsgid \"\"\nmsgstr \"\"\n\"Language: ti\\n\"\n"), "{text}");
        let back = parse(&text).unwrap();
        let strip = |v: Vec<Message>| v.into_iter().map(|m| Message { line: 0, ..m }).collect::<Vec<_>>();
        assert_eq!(strip(back), m);
    }

    #[test]
    fn names_the_line_of_each_problem() {
        let cases: &[(&str, usize, &str)] = &[
            ("msgid \"a\"\nmsgstr \"b\n", 2, "expected a text in double quotes"),
            ("msgid \"a\"\nmsgstr \"b\"c\"\n", 2, "a double quote inside a text"),
            ("msgid \"a\"\nmsgstr \"\\q\"\n", 2, "unknown escape \\q"),
            ("msgid \"a\"\nmsgtsr \"b\"\n", 2, "unknown keyword \"msgtsr\""),
            ("\"orphan\"\nmsgid \"a\"\nmsgstr \"b\"\n", 1, "a quoted text with no msgid"),
            ("msgctxt \"k\"\nmsgid \"a\"\n\nmsgctxt \"l\"\nmsgid \"c\"\nmsgstr \"d\"\n", 5, "a second msgid"),
            ("msgctxt \"k\"\nmsgstr \"b\"\n", 2, "msgstr before msgid"),
            ("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[0] \"x\"\nmsgstr[2] \"y\"\n", 4, "msgstr[N] out of order"),
            ("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr \"x\"\n", 1, "msgid_plural needs msgstr[0]"),
            ("msgid \"a\"\nmsgstr[0] \"x\"\n", 1, "msgstr[N] without msgid_plural"),
            ("msgid \"a\"\nmsgstr \"x\"\nmsgstr \"y\"\n", 3, "a second msgstr"),
            ("msgctxt \"k\"\nmsgid \"a\"\n", 1, "an entry without msgstr"),
            ("msgid \"a\"\nmsgstr \"b\"\nmsgctxt \"c\"\nmsgstr \"b\"\n", 4, "msgstr before msgid"),
        ];
        for (text, line, what) in cases {
            let problems = parse(text).expect_err(text);
            assert!(problems.iter().any(|p| p.line == *line && p.what.contains(what)), "{text:?}: {problems:?}");
        }
    }
}
