//! `cargo bench`: extraction throughput on the OTA corpus, `diff` on a pair of
//! ~50 KB policies, and `diff` over every consecutive OTA pair beside
//! `git diff --no-index --word-diff` on the same pairs, in the same run.
//! Figures are medians of several rounds. Needs `../shared/corpus/`; says so
//! and exits when it is absent.

use policy_diff::input::source_from_bytes;
use policy_diff::report::{Filter, Report};
use policy_diff::taxonomy::Taxonomy;
use policy_diff::{Extractor, Policy};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ROUNDS: usize = 5;

/// The allocator the binary uses (src/main.rs), so in-process figures match it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time<T>(rounds: usize, mut f: impl FnMut() -> T) -> Duration {
    median(
        (0..rounds)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(f());
                t.elapsed()
            })
            .collect(),
    )
}

fn ota_files(corpus: &Path) -> Vec<Vec<PathBuf>> {
    let mut services: Vec<PathBuf> = std::fs::read_dir(corpus.join("ota"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    services.sort();
    services
        .into_iter()
        .map(|s| {
            let mut f: Vec<PathBuf> = std::fs::read_dir(s)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| std::fs::metadata(p).map(|m| m.len() > 0).unwrap_or(false))
                .collect();
            f.sort();
            f
        })
        .collect()
}

fn main() {
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if !corpus.is_dir() {
        eprintln!("skipped: ../shared/corpus not found beside the checkout");
        return;
    }
    let ex = Extractor::new(Taxonomy::builtin());
    let services = ota_files(&corpus);
    let docs: Vec<(String, Vec<u8>)> = services
        .iter()
        .flatten()
        .map(|p| (p.to_string_lossy().into_owned(), std::fs::read(p).unwrap()))
        .collect();
    let bytes: usize = docs.iter().map(|(_, b)| b.len()).sum();

    // 1. Extraction: read (validate, hash) → parse → segment → extract, one core.
    let t = time(ROUNDS, || {
        docs.iter()
            .map(|(n, b)| {
                Policy::from_source(source_from_bytes(n, b, None).unwrap(), &ex)
                    .unwrap()
                    .practice_count()
            })
            .sum::<usize>()
    });
    let mb = bytes as f64 / 1e6;
    println!(
        "extract: {} files, {:.1} MB in {:.3} s (median of {ROUNDS}) = {:.1} MB/s on one core",
        docs.len(),
        mb,
        t.as_secs_f64(),
        mb / t.as_secs_f64()
    );

    // 2. One pair of ~50 KB policies, in process.
    let pair = services
        .iter()
        .flat_map(|s| s.windows(2))
        .min_by_key(|w| {
            let a = std::fs::metadata(&w[0]).unwrap().len() as i64;
            (a - 50_000).abs()
        })
        .unwrap();
    let load = |p: &Path| Policy::load(&p.to_string_lossy(), Default::default(), &ex).unwrap();
    let t = time(20, || {
        let (a, b) = (load(&pair[0]), load(&pair[1]));
        Report::build(&a, &b, &ex.taxonomy, Filter::default())
            .findings
            .len()
    });
    println!(
        "diff of one ~50 KB pair ({} → {}): {:.2} ms (median of 20, read + analyse + compare)",
        pair[0].display(),
        pair[1].file_name().unwrap().to_string_lossy(),
        t.as_secs_f64() * 1e3
    );

    // 3. Every consecutive OTA pair: policy-diff vs git's word diff, one process per pair each.
    let pairs: Vec<(&PathBuf, &PathBuf)> = services
        .iter()
        .flat_map(|s| s.windows(2).map(|w| (&w[0], &w[1])))
        .collect();
    let bin = env!("CARGO_BIN_EXE_policy-diff");
    let run_all = |program: &str, args: &[&str]| {
        time(3, || {
            for (a, b) in &pairs {
                let status = Command::new(program)
                    .args(args)
                    .arg(a)
                    .arg(b)
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .status()
                    .unwrap();
                std::hint::black_box(status);
            }
        })
    };
    let ours = run_all(bin, &["diff", "--format", "json", "--fail-on", "none"]);
    let git = run_all("git", &["diff", "--no-index", "--word-diff", "--no-color"]);
    println!(
        "diff over {} consecutive OTA pairs: policy-diff {:.2} s, git diff --no-index --word-diff {:.2} s (ratio {:.2}; medians of 3)",
        pairs.len(),
        ours.as_secs_f64(),
        git.as_secs_f64(),
        ours.as_secs_f64() / git.as_secs_f64()
    );
    // In process, without start-up costs.
    let t = time(3, || {
        pairs
            .iter()
            .map(|(a, b)| {
                Report::build(&load(a), &load(b), &ex.taxonomy, Filter::default())
                    .findings
                    .len()
            })
            .sum::<usize>()
    });
    println!(
        "diff over {} consecutive OTA pairs in process: {:.2} s ({:.2} ms per pair)",
        pairs.len(),
        t.as_secs_f64(),
        t.as_secs_f64() * 1e3 / pairs.len() as f64
    );
}
