//! Real texts nobody on this project wrote (`../shared/corpus/`): the engine
//! must never fail on them, every clause must point inside its file, and known
//! sharing sentences must come out as sharing. Skipped, saying so, when the
//! corpus is not beside the checkout.

mod common;

use common::*;
use policy_diff::compare::Direction;
use std::path::{Path, PathBuf};

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("md" | "txt" | "html")
            ) && !p.ends_with("SOURCES.md")
            {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

macro_rules! corpus_or_skip {
    () => {
        match corpus() {
            Some(c) => c,
            None => {
                eprintln!("skipped: ../shared/corpus not found beside the checkout");
                return;
            }
        }
    };
}

#[test]
fn every_corpus_file_extracts_with_lines_inside_the_file() {
    let c = corpus_or_skip!();
    let ex = extractor();
    let mut n = 0;
    for f in ["famous", "ota", "news", "opp115/sanitized_policies"]
        .iter()
        .flat_map(|d| files_under(&c.join(d)))
    {
        let bytes = std::fs::read(&f).unwrap();
        let name = f.to_string_lossy().into_owned();
        let src = match policy_diff::input::source_from_bytes(&name, &bytes, None) {
            Ok(s) => s,
            Err(e) => {
                // The corpus holds a few empty captures; those must be refused cleanly.
                assert!(bytes.iter().all(u8::is_ascii_whitespace), "{e}");
                continue;
            }
        };
        let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
        let p = policy_diff::Policy::from_source(src, &ex).unwrap();
        for c in &p.clauses {
            let [a, b] = c.clause.lines;
            assert!(
                1 <= a && a <= b && b <= lines,
                "{name}: {} at {a}-{b} of {lines}",
                c.clause.id
            );
        }
        n += 1;
    }
    assert!(n > 400, "read {n} files");
}

/// The practices of the clause that contains `needle`.
fn practices_of(p: &policy_diff::Policy, needle: &str) -> Vec<policy_diff::extract::Practice> {
    p.clauses
        .iter()
        .find(|c| c.clause.text.contains(needle))
        .unwrap_or_else(|| panic!("no clause contains {needle:?}"))
        .practices
        .to_vec()
}

fn shares_with(ps: &[policy_diff::extract::Practice], recipient: &str) -> bool {
    ps.iter()
        .any(|p| p.action == "share" && !p.negated && p.recipients.iter().any(|r| r == recipient))
}

#[test]
fn known_sharing_sentences_are_extracted_as_sharing() {
    let c = corpus_or_skip!();
    let ex = extractor();
    let fb = load(&c.join("famous/facebook/2018-04-19_data-policy.md"), &ex);
    assert!(shares_with(
        &practices_of(&fb, "We share information with law enforcement"),
        "law-enforcement"
    ));
    assert!(shares_with(
        &practices_of(
            &fb,
            "We provide information and content to vendors and service providers"
        ),
        "service-providers"
    ));
    assert!(shares_with(
        &practices_of(
            &fb,
            "We share information about you with companies that aggregate it"
        ),
        "third-parties"
    ));
    let sell = practices_of(&fb, "We don't sell any of your information to anyone");
    assert!(
        sell.iter().any(|p| p.action == "sell" && p.negated),
        "{sell:#?}"
    );

    let ig = load(
        &c.join("famous/instagram/2013-01-19_privacy-policy.md"),
        &ex,
    );
    let aff = practices_of(
        &ig,
        "with businesses that are legally part of the same group of companies",
    );
    assert!(shares_with(&aff, "affiliates"), "{aff:#?}");
    let p = aff.iter().find(|p| p.action == "share").unwrap();
    for d in ["cookies", "device-identifiers", "location", "usage"] {
        assert!(p.data.iter().any(|x| x == d), "{d} in {:?}", p.data);
    }
    let no_rent = practices_of(
        &ig,
        "We will not rent or sell your information to third parties",
    );
    assert!(no_rent.iter().any(|p| p.action == "sell"
        && p.negated
        && p.recipients.contains(&"third-parties".to_string())));
}

#[test]
fn real_widening_changes_in_famous_versions_are_caught() {
    let c = corpus_or_skip!();
    let ex = extractor();
    let dir = c.join("famous/facebook");
    let old = load(
        &dir.join("2009-11-19_privacy-policy_wayback-extract.txt"),
        &ex,
    );
    let new = load(
        &dir.join("2009-12-09_privacy-policy_wayback-extract.txt"),
        &ex,
    );
    let r = diff(&old, &new, &ex);
    assert!(
        r.summary.widens > 0,
        "Facebook's December 2009 change made more information public"
    );
    // Every consecutive famous pair diffs without error, symmetrically.
    for svc in ["facebook", "google", "instagram"] {
        let files = files_under(&c.join("famous").join(svc));
        for w in files.windows(2) {
            let (a, b) = (load(&w[0], &ex), load(&w[1], &ex));
            let fwd = diff(&a, &b, &ex);
            let back = diff(&b, &a, &ex);
            assert_eq!(
                fwd.summary.widens,
                back.summary.narrows,
                "{}",
                w[1].display()
            );
        }
    }
}

#[test]
fn cosmetic_ota_revisions_produce_no_widening() {
    let c = corpus_or_skip!();
    let ex = extractor();
    let (mut pairs, mut quiet, mut quiet_widening) = (0, 0, 0);
    for svc in std::fs::read_dir(c.join("ota")).unwrap() {
        let mut files = files_under(&svc.unwrap().path());
        files.retain(|f| std::fs::metadata(f).unwrap().len() > 0);
        for w in files.windows(2) {
            let (a, b) = (load(&w[0], &ex), load(&w[1], &ex));
            let r = diff(&a, &b, &ex);
            pairs += 1;
            let substantive = r
                .changes
                .iter()
                .filter(|c| c.kind != policy_diff::align::ChangeKind::Cosmetic)
                .count();
            if substantive == 0 {
                quiet += 1;
                quiet_widening += r
                    .findings
                    .iter()
                    .filter(|f| f.direction == Direction::Widens)
                    .count();
            }
        }
    }
    eprintln!("{pairs} OTA pairs, {quiet} with only cosmetic changes");
    assert!(pairs > 300 && quiet > 100);
    assert_eq!(quiet_widening, 0, "cosmetic revisions must not widen");
}

/// `history` parses only the stretches of a version it has not seen before
/// (`segment::segment_markdown`); over every version of every OTA document,
/// in order with one warm cache, that must give exactly the clauses of the
/// whole document parsed and segmented from scratch.
#[test]
fn stretch_cache_segments_every_ota_version_as_a_whole_parse() {
    use policy_diff::input::{Format, parse, source_from_bytes};
    use policy_diff::segment::{StretchCache, segment, segment_markdown};
    let c = corpus_or_skip!();
    let (mut versions, mut chunked) = (0, 0);
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(c.join("ota"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for d in dirs {
        let mut cache = StretchCache::default();
        for f in files_under(&d) {
            let bytes = std::fs::read(&f).unwrap();
            let name = f.to_string_lossy().into_owned();
            let Ok(src) = source_from_bytes(&name, &bytes, None) else {
                continue;
            };
            if src.format != Format::Markdown {
                continue;
            }
            let doc = parse(&src).unwrap();
            let whole = segment(&doc);
            let (cached, lines) = segment_markdown(&src.text, &mut cache);
            assert_eq!(cached.len(), whole.len(), "{name}: clause count");
            for (a, b) in cached.iter().zip(&whole) {
                assert_eq!(a, b, "{name}");
            }
            assert_eq!(lines, doc.line_count(), "{name}");
            versions += 1;
            chunked += usize::from(
                policy_diff::input::markdown::stretches(&src.text).is_some_and(|s| s.len() > 1),
            );
        }
    }
    assert!(versions > 300, "only {versions} OTA versions read");
    // The cache must actually be exercised: most versions cut into stretches.
    assert!(chunked * 10 > versions * 9, "{chunked} of {versions} cut");
}
