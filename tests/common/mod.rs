//! Helpers shared by the integration tests.
#![allow(dead_code)]

use policy_diff::input::{Format, source_from_bytes};
use policy_diff::report::{Filter, Report};
use policy_diff::taxonomy::Taxonomy;
use policy_diff::{Extractor, Policy};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn policy_path(rel: &str) -> String {
    root()
        .join("policies")
        .join(rel)
        .to_string_lossy()
        .into_owned()
}

/// The shared corpus beside the checkout, if present.
pub fn corpus() -> Option<PathBuf> {
    let p = root().join("../shared/corpus");
    p.is_dir().then_some(p)
}

pub fn extractor() -> Extractor {
    Extractor::new(Taxonomy::builtin())
}

pub fn policy_from_text(name: &str, text: &str, format: Option<Format>, ex: &Extractor) -> Policy {
    Policy::from_source(
        source_from_bytes(name, text.as_bytes(), format).unwrap(),
        ex,
    )
    .unwrap()
}

pub fn load(path: &Path, ex: &Extractor) -> Policy {
    Policy::load(&path.to_string_lossy(), Default::default(), ex).unwrap()
}

pub fn diff(old: &Policy, new: &Policy, ex: &Extractor) -> Report {
    Report::build(old, new, &ex.taxonomy, Filter::default())
}

/// The report's first finding of `kind`, or a failure that prints them all.
pub fn finding_of<'a>(r: &'a Report, kind: &str) -> &'a policy_diff::compare::Finding {
    r.findings
        .iter()
        .find(|f| f.kind == kind)
        .unwrap_or_else(|| panic!("no {kind}: {:#?}", r.findings))
}

/// The recipients the report's findings name, in order.
pub fn finding_recipients(r: &Report) -> Vec<&str> {
    r.findings
        .iter()
        .flat_map(|f| f.recipients.iter().map(String::as_str))
        .collect()
}

/// The report between two Markdown texts.
pub fn diff_texts(old: &str, new: &str) -> Report {
    let ex = extractor();
    diff(
        &policy_from_text("old.md", old, None, &ex),
        &policy_from_text("new.md", new, None, &ex),
        &ex,
    )
}

/// Runs the binary with the given arguments (and no color-related environment).
pub fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_policy-diff"))
        .args(args)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env("COLUMNS", "100")
        .output()
        .expect("binary runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}
