//! `policy-diff history`, SARIF, GitHub annotations and baselines.

mod common;

use common::*;
use std::path::Path;
use std::process::Command;

fn git(dir: &Path, args: &[&str]) {
    let o = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.org",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .output()
        .expect("git runs");
    assert!(
        o.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// A versions repository laid out like Open Terms Archive's: the bundled
/// versions committed one after another at `<Service>/Privacy Policy.md`.
fn versions_repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    git(dir.path(), &["init", "-q", "-b", "main"]);
    let doc = dir.path().join("WhatsApp");
    std::fs::create_dir_all(&doc).unwrap();
    let other = dir.path().join("Streamly");
    std::fs::create_dir_all(&other).unwrap();
    for (i, (svc, src, date)) in [
        ("WhatsApp", "whatsapp/2012-07-07.md", "2012-07-07T12:00:00Z"),
        (
            "Streamly",
            "streamly/2021-03-01.txt",
            "2021-03-01T12:00:00Z",
        ),
        ("WhatsApp", "whatsapp/2016-08-25.md", "2016-08-25T12:00:00Z"),
        (
            "Streamly",
            "streamly/2023-09-15.txt",
            "2023-09-15T12:00:00Z",
        ),
    ]
    .iter()
    .enumerate()
    {
        let text = std::fs::read(policy_path(src)).unwrap();
        std::fs::write(dir.path().join(svc).join("Privacy Policy.md"), text).unwrap();
        let o = Command::new("git")
            .arg("-C")
            .arg(dir.path())
            .args([
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@example.org",
                "add",
                "-A",
            ])
            .output()
            .unwrap();
        assert!(o.status.success());
        let o = Command::new("git")
            .arg("-C")
            .arg(dir.path())
            .args([
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@example.org",
                "-c",
                "commit.gpgsign=false",
            ])
            .args(["commit", "-q", "-m", &format!("version {i}")])
            .env("GIT_COMMITTER_DATE", date)
            .env("GIT_AUTHOR_DATE", date)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    dir
}

#[test]
fn directory_of_dated_versions() {
    let o = run(&[
        "history",
        "--format",
        "json",
        &root().join("policies/whatsapp").to_string_lossy(),
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["schema"], "policy-diff/history/v1");
    assert_eq!(v["versions"].as_array().unwrap().len(), 2);
    let step = &v["steps"][0];
    assert_eq!(step["from"], "2012-07-07");
    assert_eq!(step["to"], "2016-08-25");
    assert!(
        step["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["kind"] == "new_recipient" && f["recipients"][0] == "affiliates")
    );
    let spans = v["practices"].as_array().unwrap();
    let fb = spans
        .iter()
        .find(|p| {
            p["action"] == "share" && p["data"] == "phone-number" && p["recipient"] == "affiliates"
        })
        .expect("phone number shared with affiliates has a span");
    assert_eq!(fb["first_seen"], "2016-08-25");
    assert!(fb["removed_in"].is_null());
    let optin = spans
        .iter()
        .find(|p| p["action"] == "choice:opt-in")
        .unwrap();
    assert_eq!(optin["first_seen"], "2012-07-07");
    // Exit codes follow --fail-on.
    let dir = root().join("policies/whatsapp");
    assert_eq!(
        run(&["history", "--fail-on", "none", dir.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        run(&["history", "--only", "narrows", dir.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
    let text = stdout(&run(&["history", dir.to_str().unwrap()]));
    assert!(text.contains("2012-07-07 → 2016-08-25"), "{text}");
    assert!(text.contains("since 2016-08-25"), "{text}");
}

#[test]
fn git_history_of_one_document_and_of_all() {
    let repo = versions_repo();
    let r = repo.path().to_str().unwrap();
    let o = run(&[
        "history",
        "--format",
        "json",
        "--git",
        r,
        "WhatsApp/Privacy Policy.md",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let versions = v["versions"].as_array().unwrap();
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[0]["label"], "2012-07-07");
    assert_eq!(versions[0]["commit"].as_str().unwrap().len(), 40);
    assert_eq!(v["steps"][0]["to"], "2016-08-25");
    // --since REV compares what changed after REV with the version at REV.
    let first = String::from_utf8(
        Command::new("git")
            .args(["-C", r, "rev-list", "--max-parents=0", "HEAD"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let since = |rev: &str| {
        run(&[
            "history",
            "--format",
            "json",
            "--git",
            r,
            "--since",
            rev,
            "WhatsApp/Privacy Policy.md",
        ])
    };
    let o = since(first.trim());
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let w: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(w["versions"], v["versions"]);
    assert_eq!(w["steps"], v["steps"]);
    // Nothing changed since HEAD: nothing to report, and no error.
    let o = since("HEAD");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let w: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(w["versions"].as_array().unwrap().len(), 0);

    // Every document, streamed as JSON Lines.
    let o = run(&[
        "history",
        "--git",
        r,
        "--all",
        "--glob",
        "*/Privacy Policy.md",
        "--format",
        "jsonl",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let mut docs: Vec<String> = stdout(&o)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["document"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    docs.sort();
    assert_eq!(
        docs,
        vec!["Streamly/Privacy Policy.md", "WhatsApp/Privacy Policy.md"]
    );
    assert!(
        o.stderr.is_empty(),
        "no progress bar when stderr is not a terminal"
    );
    // A bad repository is trouble.
    let o = run(&["history", "--git", "/nonexistent-repo", "x.md"]);
    assert_eq!(o.status.code(), Some(2));
}

fn sarif_of(args: &[&str]) -> serde_json::Value {
    let mut a = vec!["diff", "--format", "sarif"];
    a.extend_from_slice(args);
    let o = run(&a);
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn sarif_is_valid_and_fingerprints_are_stable() {
    let (old, new) = (
        policy_path("whatsapp/2012-07-07.md"),
        policy_path("whatsapp/2016-08-25.md"),
    );
    let s = sarif_of(&[&old, &new]);
    assert_eq!(s["version"], "2.1.0");
    let results = s["runs"][0]["results"].as_array().unwrap();
    assert!(!results.is_empty());
    let rules = s["runs"][0]["tool"]["driver"]["rules"].as_array().unwrap();
    for r in results {
        let idx = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[idx]["id"], r["ruleId"]);
        assert!(rules[idx]["help"]["text"].as_str().unwrap().len() > 20);
        assert!(
            r["locations"][0]["physicalLocation"]["region"]["startLine"]
                .as_u64()
                .unwrap()
                >= 1
        );
    }
    let fps = |s: &serde_json::Value| -> Vec<String> {
        s["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                r["partialFingerprints"]["policyDiffFinding/v1"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect()
    };
    // Stable across a rerun …
    assert_eq!(fps(&s), fps(&sarif_of(&[&old, &new])));
    // … and across an unrelated edit that shifts every line.
    let dir = tempfile::tempdir().unwrap();
    let edited = dir.path().join("2016-08-25.md");
    let text = std::fs::read_to_string(&new).unwrap();
    let text = text.replacen("## Information we collect", "## About this policy\n\nThis policy was reviewed by our editors.\n\n## Information we collect", 1);
    std::fs::write(&edited, text).unwrap();
    let mut a = fps(&s);
    let mut b = fps(&sarif_of(&[&old, edited.to_str().unwrap()]));
    a.sort();
    b.sort();
    assert_eq!(a, b);

    // A real validator, when CI installed it (SARIF_MULTITOOL).
    match std::env::var("SARIF_MULTITOOL") {
        Ok(tool) => {
            let f = dir.path().join("w.sarif");
            std::fs::write(&f, serde_json::to_vec_pretty(&s).unwrap()).unwrap();
            let o = Command::new(&tool)
                .args(["validate", f.to_str().unwrap()])
                .output()
                .unwrap();
            let out = String::from_utf8_lossy(&o.stdout).to_string()
                + &String::from_utf8_lossy(&o.stderr);
            assert!(o.status.success(), "{out}");
            assert!(out.contains("Done. 1 files scanned"), "{out}");
            let problems: Vec<&str> = out
                .lines()
                .filter(|l| l.contains(": error ") || l.contains(": warning "))
                .collect();
            assert!(problems.is_empty(), "SARIF validation: {problems:#?}");
        }
        Err(_) => eprintln!(
            "skipped SARIF schema validation: SARIF_MULTITOOL not set (.ci/run installs it)"
        ),
    }
}

#[test]
fn baseline_suppresses_exactly_what_it_lists() {
    let (old, new) = (
        policy_path("whatsapp/2012-07-07.md"),
        policy_path("whatsapp/2016-08-25.md"),
    );
    let dir = tempfile::tempdir().unwrap();
    let all = dir.path().join("all.json");
    let o = run(&[
        "diff",
        "--format",
        "json",
        "--write-baseline",
        all.to_str().unwrap(),
        &old,
        &new,
    ]);
    assert_eq!(o.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let baseline: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&all).unwrap()).unwrap();
    assert_eq!(baseline["schema"], "policy-diff/baseline/v1");
    let n = report["findings"].as_array().unwrap().len();
    assert_eq!(baseline["findings"].as_array().unwrap().len(), n);
    // Everything acknowledged: reported, but exit 0.
    let o = run(&[
        "diff",
        "--format",
        "json",
        "--baseline",
        all.to_str().unwrap(),
        &old,
        &new,
    ]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["summary"]["acknowledged"], n);
    // Only the first widening finding acknowledged: the others still fail the build.
    let first = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["direction"] == "widens")
        .unwrap();
    let one = dir.path().join("one.json");
    std::fs::write(
        &one,
        serde_json::to_vec(&serde_json::json!({"schema": "policy-diff/baseline/v1", "findings": [{"fingerprint": first["fingerprint"]}]})).unwrap(),
    )
    .unwrap();
    let o = run(&[
        "diff",
        "--format",
        "json",
        "--baseline",
        one.to_str().unwrap(),
        &old,
        &new,
    ]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let acked: Vec<&serde_json::Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["acknowledged"] == true)
        .collect();
    assert_eq!(acked.len(), 1);
    assert_eq!(acked[0]["fingerprint"], first["fingerprint"]);
    // SARIF marks it suppressed.
    let o = run(&[
        "diff",
        "--format",
        "sarif",
        "--baseline",
        one.to_str().unwrap(),
        &old,
        &new,
    ]);
    let s: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let suppressed = s["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r.get("suppressions").is_some())
        .count();
    assert_eq!(suppressed, 1);
    // A malformed baseline is trouble, named.
    std::fs::write(dir.path().join("bad.json"), "{").unwrap();
    let o = run(&[
        "diff",
        "--baseline",
        dir.path().join("bad.json").to_str().unwrap(),
        &old,
        &new,
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("bad.json"));
}

#[test]
fn github_annotations_and_step_summary() {
    let (old, new) = (
        policy_path("whatsapp/2012-07-07.md"),
        policy_path("whatsapp/2016-08-25.md"),
    );
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("summary.md");
    let o = Command::new(env!("CARGO_BIN_EXE_policy-diff"))
        .args(["diff", "--format", "github", &old, &new])
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let first = out.lines().next().unwrap();
    assert!(first.starts_with("::error file="), "{first}");
    assert!(
        first.contains(",line=20,endLine=20,title=policy-diff%3A new recipient (widens%2C high)::"),
        "{first}"
    );
    assert!(
        out.lines().all(|l| l.starts_with("::")),
        "one command per line"
    );
    let md = std::fs::read_to_string(&summary).unwrap();
    assert!(md.starts_with("# Privacy policy changes"));
}

#[test]
fn history_steps_equal_pairwise_diffs_on_real_versions() {
    // The history reuses extraction results between versions; that must not
    // change a single finding.
    let Some(c) = corpus() else {
        eprintln!("skipped: ../shared/corpus not found beside the checkout");
        return;
    };
    let ex = extractor();
    for svc in ["binance", "instagram"] {
        let dir = c.join("ota").join(svc);
        let (doc, versions) = policy_diff::history::versions_from_paths(
            &[dir.to_string_lossy().into_owned()],
            Default::default(),
        )
        .unwrap();
        let h = policy_diff::history::build(&doc, versions, &ex, Default::default());
        assert!(!h.steps.is_empty());
        for s in &h.steps {
            let old = load(std::path::Path::new(&s.old.path), &ex);
            let new = load(std::path::Path::new(&s.new.path), &ex);
            let r = diff(&old, &new, &ex);
            let fp = |fs: &[policy_diff::compare::Finding]| {
                let mut v: Vec<String> = fs.iter().map(|f| f.fingerprint.clone()).collect();
                v.sort();
                v
            };
            assert_eq!(fp(&s.findings), fp(&r.findings), "{} → {}", s.from, s.to);
        }
    }
}

/// Writes the versions (file name, text) into `dir` and builds their history.
fn history_of<'a>(
    dir: &Path,
    versions: impl IntoIterator<Item = (&'a &'a str, &'a [u8])>,
    ex: &policy_diff::Extractor,
) -> policy_diff::history::HistoryReport {
    for (name, text) in versions {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let (doc, versions) = policy_diff::history::versions_from_paths(
        &[dir.to_string_lossy().into_owned()],
        Default::default(),
    )
    .unwrap();
    policy_diff::history::build(&doc, versions, ex, Default::default())
}

#[test]
fn repeated_versions_are_reported_like_new_ones() {
    // Captures that flip back and forth (A, B, A, B) are analysed once per
    // text; each step must still read as a fresh diff, with its own files.
    let dir = tempfile::tempdir().unwrap();
    let a = std::fs::read(policy_path("whatsapp/2012-07-07.md")).unwrap();
    let b = std::fs::read(policy_path("whatsapp/2016-08-25.md")).unwrap();
    let names = [
        "2020-01-01.md",
        "2020-02-01.md",
        "2020-03-01.md",
        "2020-04-01.md",
    ];
    let ex = extractor();
    let h = history_of(dir.path(), names.iter().zip([&a[..], &b, &a, &b]), &ex);
    assert_eq!(h.steps.len(), 3);
    for (s, (from, to)) in h.steps.iter().zip([(0, 1), (1, 2), (2, 3)]) {
        assert!(s.old.path.ends_with(names[from]), "{}", s.old.path);
        assert!(s.new.path.ends_with(names[to]), "{}", s.new.path);
        assert_eq!(s.new.date.as_deref(), Some(&names[to][..10]));
        let r = diff(
            &load(Path::new(&s.old.path), &ex),
            &load(Path::new(&s.new.path), &ex),
            &ex,
        );
        let json = |v: &[policy_diff::compare::Finding]| serde_json::to_value(v).unwrap();
        assert_eq!(
            json(&s.findings),
            json(&r.findings),
            "{} → {}",
            s.from,
            s.to
        );
    }
    // Widening there and back is narrowing: the middle step mirrors the others.
    assert_eq!(h.steps[0].summary.widens, h.steps[1].summary.narrows);
    assert!(h.steps[0].summary.widens > 0);
}

/// A policy of `n` distinct practice sentences under a few headings.
fn long_policy(extra: &str) -> String {
    let data = [
        "email address",
        "phone number",
        "location",
        "purchase history",
        "device identifiers",
        "contacts",
    ];
    let whom = [
        "service providers",
        "advertisers",
        "our affiliates",
        "analytics providers",
    ];
    let mut s = String::from("# Privacy policy\n\n## What we collect\n\n");
    for d in data {
        s.push_str(&format!("We collect your {d} when you use the app.\n\n"));
    }
    s.push_str("## Sharing\n\n");
    for (i, d) in data.iter().enumerate() {
        for w in whom.iter().skip(i % 2).step_by(2) {
            s.push_str(&format!("We may share your {d} with {w}.\n\n"));
        }
    }
    s.push_str("## Your choices\n\nYou can opt out of marketing emails at any time.\n\n");
    s.push_str("We will never sell your contacts.\n\n");
    s.push_str(extra);
    s
}

#[test]
fn a_fragment_is_marked_and_the_version_restoring_it_is_compared_past_it() {
    // An archive records whatever the address served: here an index page
    // between two full versions. The step into it is marked; the next
    // version is compared with the full one before it, so that what the
    // index page lacked does not come back as new.
    let dir = tempfile::tempdir().unwrap();
    let full = long_policy("");
    let index = "# Privacy\n\nRead the privacy policy for your region.\n\n\
                 - [United States](https://example.org/us)\n- [Europe](https://example.org/eu)\n";
    let restored = long_policy("We may share your location with data brokers.\n");
    let names = ["2020-01-01.md", "2020-02-01.md", "2020-03-01.md"];
    let texts = [full.as_bytes(), index.as_bytes(), restored.as_bytes()];
    let h = history_of(dir.path(), names.iter().zip(texts), &extractor());
    assert_eq!(h.steps.len(), 2, "{:#?}", h.steps);
    let (into, past) = (&h.steps[0], &h.steps[1]);
    let shrink = into.shrank.expect("the index page is a fragment");
    assert!(
        shrink.old_clauses >= 20 && shrink.new_clauses <= 3,
        "{shrink:?}"
    );
    assert!(into.passed_over.is_none());
    assert_eq!(
        (past.from.as_str(), past.to.as_str()),
        ("2020-01-01", "2020-03-01")
    );
    assert_eq!(past.passed_over.as_deref(), Some("2020-02-01"));
    assert!(past.shrank.is_none());
    // Exactly the diff of the two full versions: the one new disclosure.
    let pair = diff_texts(&full, &restored);
    let kinds =
        |f: &[policy_diff::compare::Finding]| f.iter().map(|f| f.kind.clone()).collect::<Vec<_>>();
    assert_eq!(kinds(&past.findings), kinds(&pair.findings));
    assert!(
        past.findings.iter().all(|f| f
            .new
            .as_ref()
            .is_some_and(|e| e.text.contains("data brokers"))),
        "{:#?}",
        past.findings
    );
    // A real edit of the full version is no fragment.
    assert!(pair.shrank.is_none());
    // Every format says so about the fragment.
    let (old, new) = (dir.path().join(names[0]), dir.path().join(names[1]));
    let (old, new) = (old.to_str().unwrap(), new.to_str().unwrap());
    let text = stdout(&run(&["diff", old, new]));
    assert!(text.contains("partial capture"), "{text}");
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&run(&["diff", "--format", "json", old, new]))).unwrap();
    assert_eq!(json["shrank"]["old_clauses"], shrink.old_clauses);
    let github = stdout(&run(&["diff", "--format", "github", old, new]));
    assert!(
        github.starts_with("::warning file=") && github.contains("fragment"),
        "{github}"
    );
    let md = stdout(&run(&[
        "history",
        "--format",
        "markdown",
        dir.path().to_str().unwrap(),
    ]));
    assert!(
        md.contains("2020-02-01, in between, was a fragment"),
        "{md}"
    );
}

#[test]
fn a_version_not_in_english_is_passed_over_and_said_so() {
    // A capture in another language reads, to English rules, as nearly
    // every practice gone, and the capture after it as every practice back:
    // history compares the English versions around it instead.
    let dir = tempfile::tempdir().unwrap();
    let en = std::fs::read_to_string(root().join("policies/whatsapp/2016-08-25.md")).unwrap();
    let fr = "Nous collectons votre adresse e-mail et la partageons avec nos partenaires \
              pour vous proposer des publicités. "
        .repeat(20);
    let later = format!("{en}\nWe may share your location with data brokers.\n");
    let names = ["2020-01-01.md", "2021-01-01.md", "2022-01-01.md"];
    let texts = [en.clone(), format!("# Politique\n\n{fr}\n"), later.clone()];
    for (n, t) in names.iter().zip(&texts) {
        std::fs::write(dir.path().join(n), t).unwrap();
    }
    let o = run(&[
        "history",
        "--format",
        "json",
        "--fail-on",
        "none",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("2021-01-01") && err.contains("does not read as English; passed over"),
        "{err}"
    );
    assert!(
        !err.contains("2020-01-01") && !err.contains("2022-01-01"),
        "{err}"
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["versions"][1]["not_english"], true, "{v}");
    assert!(v["versions"][0].get("not_english").is_none(), "{v}");
    // One step, English to English, with exactly the diff's findings.
    let steps = v["steps"].as_array().unwrap();
    assert_eq!(steps.len(), 1, "{v}");
    assert_eq!(
        (steps[0]["from"].as_str(), steps[0]["to"].as_str()),
        (Some("2020-01-01"), Some("2022-01-01"))
    );
    assert_eq!(steps[0]["not_english"], serde_json::json!(["2021-01-01"]));
    let pair = diff_texts(&en, &later);
    assert!(!pair.findings.is_empty());
    let kinds: Vec<&str> = steps[0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        pair.findings
            .iter()
            .map(|f| f.kind.as_str())
            .collect::<Vec<_>>()
    );
    // No practice of the English versions is "gone" for the French one.
    assert!(
        v["practices"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["removed_in"].is_null() && p["last_seen"] == "2022-01-01"),
        "{v}"
    );
    let md = stdout(&run(&[
        "history",
        "--format",
        "markdown",
        "--fail-on",
        "none",
        dir.path().to_str().unwrap(),
    ]));
    assert!(
        md.contains("1 not in English")
            && md.contains("2021-01-01, in between, does not read as English"),
        "{md}"
    );
}
