//! `cargo bench --bench triage`: `pathways::triage` over 1,000 case files made here, in memory
//! (no disk: what is timed is reading, judging, sorting and writing the table). The files vary
//! the date of birth or a stated age, the relatives, the asylum claim and take-charge request, the
//! assessment date and a saved result; one in fifty is broken (bad JSON, a wrong word, an
//! impossible date). Goal: 1,000 files in under 2 seconds. A plain harness, like evaluate.rs.

use pathways::date::Date;
use pathways::triage::{to_csv, to_json, to_text, triage};
use std::hint::black_box;
use std::time::Instant;

/// A small deterministic generator (xorshift), so every run times the same files.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len() as u64) as usize]
    }
}

fn case_file(i: usize, rng: &mut Rng) -> String {
    match i % 50 {
        0 => return "{\"case\": {\"assessed_on\": \"2026-07-01\",}}".to_string(),
        25 => return r#"{"case": {"assessed_on": "2026-02-30", "uk_relatives": [{"relation": "neighbour"}]}}"#.to_string(),
        _ => {}
    }
    let on = Date::ymd(2015, 1, 1).add_days(rng.below(12 * 365) as i64);
    let born = on.add_days(-(rng.below(20 * 365) as i64));
    let child = if rng.below(4) == 0 {
        format!(r#""age_years": {}"#, on.days_until(born).unsigned_abs() / 365)
    } else {
        format!(r#""date_of_birth": "{born}""#)
    };
    let relatives: Vec<String> = (0..rng.below(4))
        .map(|_| {
            format!(
                r#"{{"relation": "{}", "adult": {}, "status": "{}", "able_to_care": {}, "family_before_flight": {}}}"#,
                rng.pick(&["parent", "sibling", "aunt_uncle", "grandparent", "cousin", "other"]),
                rng.pick(&["true", "false", "null"]),
                rng.pick(&["british", "settled", "protection", "other_leave", "asylum_pending", "no_status"]),
                rng.pick(&["true", "null"]),
                rng.pick(&["true", "false", "null"]),
            )
        })
        .collect();
    let claim = on.add_days(-(rng.below(200) as i64)).max(born);
    let saved = if rng.below(3) == 0 {
        r#", "saved_result": {"rules_version": "2026.11.2", "law_checked_to": "2026-04-29", "verdicts": {"uk_france_pilot": "closed", "article8_outside_rules": "possible"}}"#
    } else {
        ""
    };
    format!(
        r#"{{"case": {{"assessed_on": "{on}", "child": {{{child}, "nationality": "{}", "location": "{}", "unaccompanied": {}, "married": false}},
            "asylum_claim": {{"status": "lodged", "lodged_on": "{claim}"}},
            "take_charge_request": {{"status": {}}},
            "uk_relatives": [{}]}}{saved}}}"#,
        rng.pick(&["AF", "ER", "SD", "SY", "IQ"]),
        rng.pick(&["FR", "GR", "IT", "DE", "BE"]),
        rng.pick(&["true", "false", "null"]),
        rng.pick(&["\"none\"", "\"sent\"", "null"]),
        relatives.join(", "),
    )
}

fn main() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let files: Vec<(String, String)> = (0..1000).map(|i| (format!("case-{i:04}.json"), case_file(i, &mut rng))).collect();
    let on = Date::ymd(2026, 7, 1);
    let rows = triage(&files, on);
    let broken = rows.iter().filter(|r| !r.errors.is_empty()).count();
    let dated = rows.iter().filter(|r| r.deadline.is_some()).count();
    let stated = rows.iter().filter(|r| r.age.starts_with("about")).count();
    println!("{} files: {broken} unreadable, {dated} with an open deadline, {stated} of an uncertain age band", rows.len());
    let mut samples: Vec<f64> = (0..7)
        .map(|_| {
            let t = Instant::now();
            let rows = triage(black_box(&files), on);
            black_box((to_text(&rows), to_csv(&rows), to_json(&rows, on)));
            t.elapsed().as_secs_f64()
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    let median = samples[samples.len() / 2];
    println!(
        "triage 1,000 files (read, judge, sort; text, CSV and JSON): {:.1} ms, {:.0} files per second (median of {}; goal: under 2 s)",
        median * 1000.0,
        files.len() as f64 / median,
        samples.len()
    );
}
