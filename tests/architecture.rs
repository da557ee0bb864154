#![cfg(not(target_arch = "wasm32"))]
//! The invariants of ARCHITECTURE.md, checked on the sources: which module may use which (one-way
//! doors, no cycle), the rules hold no browser and no clock, the UI holds no rule, and the app's
//! code never reads JSON. Each reads the `crate::…` paths of `src/` (comments left out).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const SRC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src");

/// Every `.rs` file under `dir`, with its text (comments removed).
fn sources(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                let code: String = text.lines().map(|l| l.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n");
                out.push((path, code));
            }
        }
    }
    out.sort();
    out
}

/// The top-level module a source file belongs to (`src/rules/judge.rs` is `rules`).
fn module_of(path: &Path) -> String {
    let rel = path.strip_prefix(SRC).unwrap();
    let first = rel.components().next().unwrap().as_os_str().to_string_lossy().to_string();
    first.trim_end_matches(".rs").to_string()
}

/// The top-level modules a file's code names (`crate::rules::…` names `rules`).
fn uses(code: &str) -> BTreeSet<String> {
    code.split("crate::")
        .skip(1)
        .map(|rest| rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect::<String>())
        .filter(|m| !m.is_empty() && m != "impl_word")
        .collect()
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (path, code) in sources(Path::new(SRC)) {
        let m = module_of(&path);
        if m == "bin" || m == "lib" {
            continue;
        }
        let entry = g.entry(m.clone()).or_default();
        entry.extend(uses(&code).into_iter().filter(|u| *u != m));
    }
    g
}

/// What each module may use, read from the table of ARCHITECTURE.md ("Modules and their one-way
/// doors": `| \`module\` | holds | may use |`). The order is the layering: a module uses only
/// modules above it.
fn allowed() -> Vec<(String, Vec<String>)> {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/ARCHITECTURE.md")).unwrap();
    let section = doc.split("## Modules and their one-way doors").nth(1).expect("ARCHITECTURE.md has the modules' table");
    let names = |cell: &str| -> Vec<String> { cell.split('`').skip(1).step_by(2).map(str::to_string).collect() };
    let rows: Vec<(String, Vec<String>)> = section
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .filter_map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split('|').collect();
            let module = names(cells.first()?).into_iter().next()?;
            Some((module, names(cells.get(2)?)))
        })
        .collect();
    assert!(rows.len() >= 10, "ARCHITECTURE.md's table of modules has {} rows", rows.len());
    rows
}

#[test]
fn every_module_uses_only_the_modules_above_it() {
    let table = allowed();
    let allowed: BTreeMap<&str, &Vec<String>> = table.iter().map(|(m, deps)| (m.as_str(), deps)).collect();
    let mut problems = Vec::new();
    for (m, used) in graph() {
        let Some(ok) = allowed.get(m.as_str()) else {
            problems.push(format!("{m}: not in the table of ARCHITECTURE.md (add it, and say what it may use)"));
            continue;
        };
        for u in used {
            if !ok.contains(&u) {
                problems.push(format!("{m} uses {u}"));
            }
        }
    }
    assert!(problems.is_empty(), "one-way doors broken:\n{}", problems.join("\n"));
    // The table itself is layered: each module may use only modules listed before it (no cycle).
    for (i, (m, deps)) in table.iter().enumerate() {
        for d in deps {
            assert!(table[..i].iter().any(|(x, _)| x == d), "{m} may use {d}, which comes after it");
        }
    }
    // Every module of src/ is in the table, and every module of the table is in src/.
    let in_src: BTreeSet<String> = graph().into_keys().collect();
    let in_doc: BTreeSet<String> = table.iter().map(|(m, _)| m.clone()).collect();
    assert_eq!(in_src, in_doc, "ARCHITECTURE.md's table and the modules of src/");
}

/// The files of a folder and the files they name by `super::x` or `crate::<top>::x`: no cycle.
fn no_cycle_within(top: &str) {
    let dir = Path::new(SRC).join(top);
    let files = sources(&dir);
    // A sub-folder counts as one part (`components/` is one node of `ui`).
    let name = |p: &Path| {
        let rel = p.strip_prefix(&dir).unwrap().with_extension("");
        rel.components().next().unwrap().as_os_str().to_string_lossy().to_string()
    };
    let names: BTreeSet<String> = files.iter().map(|(p, _)| name(p)).collect();
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (p, code) in &files {
        let me = name(p);
        let used = g.entry(me.clone()).or_default();
        for n in &names {
            if *n != me && n != "mod" && (code.contains(&format!("{top}::{n}")) || code.contains(&format!("super::{n}"))) {
                used.insert(n.clone());
            }
        }
    }
    // Depth-first search for a cycle.
    fn visit(n: &str, g: &BTreeMap<String, BTreeSet<String>>, path: &mut Vec<String>, done: &mut BTreeSet<String>) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|x| x == n) {
            return Some(path[i..].to_vec());
        }
        if done.contains(n) {
            return None;
        }
        path.push(n.to_string());
        for next in g.get(n).into_iter().flatten() {
            if let Some(c) = visit(next, g, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(n.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for n in g.keys() {
        if let Some(cycle) = visit(n, &g, &mut Vec::new(), &mut done) {
            panic!("src/{top}: the files use each other in a circle: {}", cycle.join(" -> "));
        }
    }
}

#[test]
fn no_circle_inside_the_ui_the_flow_or_the_rules() {
    no_cycle_within("ui");
    no_cycle_within("flow");
    no_cycle_within("rules");
}

/// The code of a module: its folder, or its single file.
fn code_of(module: &str) -> Vec<(PathBuf, String)> {
    let dir = Path::new(SRC).join(module);
    if dir.is_dir() {
        return sources(&dir);
    }
    let file = Path::new(SRC).join(format!("{module}.rs"));
    vec![(file.clone(), std::fs::read_to_string(&file).unwrap())]
}

#[test]
fn the_rules_and_the_flow_read_no_clock_and_touch_no_browser() {
    for dir in ["rules", "flow", "case", "casefile", "validate"] {
        for (path, code) in code_of(dir) {
            for banned in ["web_sys", "js_sys", "wasm_bindgen", "yew", "std::time", "SystemTime", "Instant::now", "gloo"] {
                assert!(!code.contains(banned), "{}: uses {banned}", path.display());
            }
        }
    }
}

#[test]
fn the_ui_holds_no_rule() {
    for (path, code) in code_of("ui") {
        for banned in ["rules::pathways", "rules::judge", "rules::param", "rules::facts", "Tri::"] {
            assert!(!code.contains(banned), "{}: reaches into the rules ({banned})", path.display());
        }
        // Of the rules' data, the UI shows only the version and how far the law is checked.
        for part in code.split("rules::data::").skip(1) {
            let names: Vec<String> = match part.strip_prefix('{') {
                Some(list) => list.split('}').next().unwrap_or("").split(',').map(|n| n.trim().to_string()).collect(),
                None => vec![part.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect()],
            };
            for name in names.iter().filter(|n| !n.is_empty()) {
                assert!(["RULES_VERSION", "LAW_CHECKED_TO"].contains(&name.as_str()), "{}: uses rules data {name}", path.display());
            }
        }
    }
}

/// The sources of the first-visit app: `ui`, `flow` and `bin/app.rs`.
fn first_visit_app_code() -> Vec<(PathBuf, String)> {
    let mut app = code_of("ui");
    app.extend(code_of("flow"));
    app.push((PathBuf::from("src/bin/app.rs"), std::fs::read_to_string(Path::new(SRC).join("bin/app.rs")).unwrap()));
    app
}

#[test]
fn the_app_reads_no_json() {
    for (path, code) in first_visit_app_code() {
        for banned in ["serde_json", "parse_case_file", "from_json"] {
            assert!(!code.contains(banned), "{}: {banned} (the first-visit app links no JSON parser)", path.display());
        }
    }
}

#[test]
fn the_app_links_no_cryptography() {
    for (path, code) in first_visit_app_code() {
        for banned in ["crate::lock", "pathways::lock", "age::", "scrypt::"] {
            // As a path of its own (`age::`), not the end of another name (`start_page::`).
            let named = code.match_indices(banned).any(|(at, _)| !code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_'));
            assert!(!named, "{}: {banned} (the first-visit app locks and unlocks nothing: the file worker does)", path.display());
        }
    }
    // The check reads the right names: the worker does name them.
    let worker = std::fs::read_to_string(Path::new(SRC).join("worker.rs")).unwrap();
    assert!(worker.contains("crate::lock"), "src/worker.rs no longer names crate::lock: update this test");
}

#[test]
fn the_app_links_no_calendar_writer() {
    for (path, code) in first_visit_app_code() {
        for banned in ["crate::ics", "pathways::ics", "icalendar"] {
            assert!(!code.contains(banned), "{}: {banned} (the first-visit app writes no calendar: the file worker does)", path.display());
        }
    }
    let worker = std::fs::read_to_string(Path::new(SRC).join("worker.rs")).unwrap();
    assert!(worker.contains("crate::ics"), "src/worker.rs no longer names crate::ics: update this test");
}
