//! A path for real translators (native only: used by the `pathways` command-line tool and the
//! tests, never by the app). `pathways catalog export --lang ti` writes a language's catalog as a
//! GNU gettext PO file for Poedit, Weblate or Crowdin; `pathways catalog import FILE.po` reads
//! it back, checked like every catalog (`check`), and records which strings a native speaker has
//! reviewed (`review`, `i18n/review/<code>.json`). `pathways catalog status` prints each
//! language's reviewed share, the table in the README.

pub mod check;
pub mod export;
pub mod import;
pub mod plural_forms;
pub mod po;
pub mod review;

use crate::i18n::{language, Language, Share, LANGUAGES};
use review::{Records, Texts};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The catalogs of one folder (`i18n/`): the English source, each language's texts and its
/// review records (`review/<code>.json`; none yet is no review).
pub struct Folder {
    pub dir: PathBuf,
}

impl Folder {
    /// The source tree's `i18n/`.
    pub fn source() -> Folder {
        Folder { dir: PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/i18n")) }
    }

    pub fn catalog_path(&self, code: &str) -> PathBuf {
        self.dir.join(format!("{code}.json"))
    }

    pub fn review_path(&self, code: &str) -> PathBuf {
        self.dir.join("review").join(format!("{code}.json"))
    }

    fn read(path: &Path) -> Result<String, String> {
        std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// A language's texts (`i18n/<code>.json`).
    pub fn texts(&self, code: &str) -> Result<Texts, String> {
        let path = self.catalog_path(code);
        serde_json::from_str(&Folder::read(&path)?).map_err(|e| format!("{}: {e} (a catalog is an object of texts)", path.display()))
    }

    /// A language's review records (`i18n/review/<code>.json`), none if it has no file yet.
    pub fn records(&self, code: &str) -> Result<Records, String> {
        let path = self.review_path(code);
        if !path.exists() {
            return Ok(Records::new());
        }
        review::parse_records(&Folder::read(&path)?).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Writes a language's texts and review records, in the repository's stable form.
    pub fn write(&self, code: &str, texts: &Texts, records: &Records) -> Result<(), String> {
        let write = |path: PathBuf, text: String| {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
            }
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
        };
        write(self.catalog_path(code), stable_json(texts))?;
        write(self.review_path(code), stable_json(records))
    }

    /// A language's reviewed share, as the app shows it.
    pub fn share(&self, code: &str) -> Result<Share, String> {
        let (english, texts) = (self.texts(review::SOURCE)?, self.texts(code)?);
        let (reviewed, of) = review::share(code, &english, &texts, &self.records(code)?);
        Ok(Share { reviewed: reviewed as u32, of: of as u32 })
    }
}

/// JSON as the repository keeps its catalogs: keys sorted, one per line, indented by one space,
/// every character as itself (no `\u` escapes), a line break at the end.
pub fn stable_json<T: serde::Serialize>(value: &T) -> String {
    let mut out = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(&mut out, serde_json::ser::PrettyFormatter::with_indent(b" "));
    // A map of strings always serializes; the error case cannot arise.
    if value.serialize(&mut ser).is_err() {
        return String::new();
    }
    let mut text = String::from_utf8(out).unwrap_or_default();
    text.push('\n');
    text
}

/// The languages a translator works on (every one but the source).
fn target(code: &str) -> Result<&'static Language, String> {
    match language(code) {
        Some(l) if l.code != review::SOURCE => Ok(l),
        _ => Err(format!(
            "{code:?}: not a language to translate into (one of: {})",
            LANGUAGES.iter().filter(|l| l.code != review::SOURCE).map(|l| l.code).collect::<Vec<_>>().join(", ")
        )),
    }
}

/// The table of languages and their reviewed share (Markdown; the README holds it, and a test
/// checks it is current).
pub fn status_table(folder: &Folder) -> Result<String, String> {
    let mut out = String::from("| language | code | strings translated | reviewed by a native speaker |\n|---|---|---|---|\n");
    for l in LANGUAGES {
        let share = folder.share(l.code)?;
        let reviewed =
            if l.code == review::SOURCE { "all (the source)".to_string() } else { format!("{} ({}%)", share.reviewed, share.percent()) };
        out.push_str(&format!("| {} | `{}` | {} | {reviewed} |\n", l.name, l.code, share.of));
    }
    Ok(out)
}

const USAGE: &str = "usage:
  pathways catalog export --lang CODE [--out FILE.po]   a language's texts as a gettext PO file (standard output without --out)
  pathways catalog import FILE.po --draft               read a translator's file back: every text a draft
  pathways catalog import FILE.po --reviewed-by NAME --date YYYY-MM-DD
                                                        read a reviewer's file back: each entry not marked fuzzy is recorded as reviewed by NAME
  pathways catalog status                               each language's reviewed share (the README's table)
  (each takes --i18n DIR for a folder of catalogs other than the source tree's i18n/)";

/// `pathways catalog …`: exit 0 on success, 2 on bad input or usage (every problem printed).
pub fn command(args: &[String]) -> ExitCode {
    let mut rest: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut option = |name: &str| -> Result<Option<String>, String> {
        match rest.iter().position(|a| *a == name) {
            None => Ok(None),
            Some(i) if i + 1 < rest.len() && !rest[i + 1].starts_with("--") => {
                let value = rest[i + 1].to_string();
                rest.drain(i..=i + 1);
                Ok(Some(value))
            }
            Some(_) => Err(format!("{name} needs a value")),
        }
    };
    let parsed = (|| -> Result<_, String> {
        let dir = option("--i18n")?;
        let lang = option("--lang")?;
        let out = option("--out")?;
        let by = option("--reviewed-by")?;
        let on = option("--date")?;
        Ok((dir, lang, out, by, on))
    })();
    let (dir, lang, out, by, on) = match parsed {
        Ok(p) => p,
        Err(e) => return usage_error(&e),
    };
    if matches!(rest.as_slice(), ["--help" | "-h" | "help"]) {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let draft = rest.iter().position(|a| *a == "--draft").map(|i| rest.remove(i)).is_some();
    let folder = dir.map_or_else(Folder::source, |d| Folder { dir: PathBuf::from(d) });
    let result = match (rest.as_slice(), lang, by, on) {
        (["export"], Some(lang), None, None) if !draft => export::to_file(&folder, &lang, out.as_deref()),
        (["import", file], None, by, on) if out.is_none() => match import::Mode::from_options(draft, by, on) {
            Ok(mode) => import::from_file(&folder, file, &mode),
            Err(e) => return usage_error(&e),
        },
        (["status"], None, None, None) if out.is_none() && !draft => status_table(&folder).map(|t| print!("{t}")),
        _ => return usage_error("unexpected arguments"),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", e.trim_end());
            ExitCode::from(2)
        }
    }
}

fn usage_error(what: &str) -> ExitCode {
    eprintln!("pathways catalog: {what}\n{USAGE}");
    ExitCode::from(2)
}
