//! `cargo bench`: time to evaluate one case, and the whole scenario set (parse and evaluate).
//! A plain harness (no extra dependency): many iterations, the median of several rounds.

use pathways::casefile::parse_case_file;
use pathways::rules::evaluate;
use pathways::scenario::collect;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

fn median_ns_per_iter(rounds: usize, iters: usize, mut f: impl FnMut()) -> f64 {
    let mut samples: Vec<f64> = (0..rounds)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..iters {
                f();
            }
            t.elapsed().as_nanos() as f64 / iters as f64
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[rounds / 2]
}

fn main() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let files = collect(&[dir]).expect("tests/scenarios");
    let texts: Vec<String> = files.iter().map(|f| std::fs::read_to_string(f).unwrap()).collect();
    let cases: Vec<_> = texts.iter().map(|t| parse_case_file(t).unwrap().file.case).collect();
    let one = cases[0].clone();

    let per_case = median_ns_per_iter(15, 20_000, || {
        black_box(evaluate(black_box(&one)));
    });
    println!("evaluate one case (S01): {:.2} µs per case", per_case / 1000.0);

    let all = median_ns_per_iter(15, 200, || {
        for c in &cases {
            black_box(evaluate(black_box(c)));
        }
    });
    println!(
        "evaluate all {} scenario cases: {:.1} µs per set, {:.2} µs per case",
        cases.len(),
        all / 1000.0,
        all / 1000.0 / cases.len() as f64
    );

    let parse_all = median_ns_per_iter(15, 50, || {
        for t in &texts {
            black_box(parse_case_file(black_box(t)).unwrap());
        }
    });
    println!(
        "parse and validate all {} scenario files: {:.1} µs per set, {:.2} µs per file",
        texts.len(),
        parse_all / 1000.0,
        parse_all / 1000.0 / texts.len() as f64
    );
}
