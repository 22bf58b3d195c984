//! The `diff` report: one value that every renderer prints, and whose
//! serialised form (`policy-diff/diff/v1`) is a public interface.

use crate::align::{self, ChangeKind, WordOp};
use crate::compare::{Comparison, Direction, Facts, Finding, Severity, facts};
use crate::policy::{Policy, SourceInfo};
use crate::taxonomy::Taxonomy;
use serde::Serialize;

pub const SCHEMA: &str = "policy-diff/diff/v1";

/// Which directions to report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Only {
    Widens,
    Narrows,
    All,
}

/// Filters applied to the findings.
#[derive(Debug, Clone, Copy)]
pub struct Filter {
    pub only: Only,
    pub min_severity: Severity,
}

impl Default for Filter {
    fn default() -> Self {
        Filter {
            only: Only::All,
            min_severity: Severity::Low,
        }
    }
}

/// Counts of findings by direction.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub widens: usize,
    pub narrows: usize,
    pub neutral: usize,
    /// Findings listed in the `--baseline` file (counted above too).
    pub acknowledged: usize,
}

/// One side of a clause-level change.
#[derive(Debug, Clone, Serialize)]
pub struct ChangeSide {
    pub clause: String,
    pub lines: [usize; 2],
    pub section: Vec<String>,
    pub text: String,
}

/// A clause-level edit (unchanged clauses are not listed).
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    pub kind: ChangeKind,
    pub similarity: f64,
    pub old: Option<ChangeSide>,
    pub new: Option<ChangeSide>,
    /// Word-level edit script for edited, split and merged clauses.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub diff: Vec<WordOp>,
}

/// The whole report.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub schema: &'static str,
    pub old: SourceInfo,
    pub new: SourceInfo,
    pub summary: Summary,
    /// Set when the new version is a fragment of the old one (see
    /// [`align::Shrink`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shrank: Option<align::Shrink>,
    pub findings: Vec<Finding>,
    pub changes: Vec<Change>,
}

/// The findings between two analysed versions, filtered, ordered and
/// numbered, with their counts and the clause alignment they rest on. What
/// `history` needs for each step; [`Report::build`] adds the clause-level
/// changes a single `diff` shows.
pub fn findings(
    old: &Policy,
    new: &Policy,
    taxonomy: &Taxonomy,
    filter: Filter,
) -> (Vec<Finding>, Summary, align::Alignment) {
    let facts = (facts(&old.clauses), facts(&new.clauses));
    findings_with(old, new, (&facts.0, &facts.1), taxonomy, filter)
}

/// Like [`findings`], given the [`facts`] of both versions.
pub fn findings_with(
    old: &Policy,
    new: &Policy,
    (old_facts, new_facts): (&Facts, &Facts),
    taxonomy: &Taxonomy,
    filter: Filter,
) -> (Vec<Finding>, Summary, align::Alignment) {
    let alignment = align::align(&old.clauses, &new.clauses);
    let cmp = Comparison {
        old: &old.clauses,
        new: &new.clauses,
        alignment: &alignment,
        taxonomy,
    };
    let mut findings: Vec<Finding> = cmp
        .findings(old_facts, new_facts)
        .into_iter()
        .filter(|f| f.severity >= filter.min_severity)
        .filter(|f| match filter.only {
            Only::All => true,
            Only::Widens => f.direction == Direction::Widens,
            Only::Narrows => f.direction == Direction::Narrows,
        })
        .collect();
    // Most important first: severity, then widening before narrowing, then
    // place in the new version (old version for what was removed).
    let pos = |f: &Finding| {
        f.new
            .as_ref()
            .or(f.old.as_ref())
            .map(|e| e.lines[0])
            .unwrap_or(0)
    };
    findings.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then(a.direction.cmp(&b.direction))
            .then(pos(a).cmp(&pos(b)))
            .then(a.kind.cmp(&b.kind))
            .then(a.fingerprint.cmp(&b.fingerprint))
    });
    for (i, f) in findings.iter_mut().enumerate() {
        f.id = format!("F{}", i + 1);
    }
    let mut summary = Summary::default();
    for f in &findings {
        match f.direction {
            Direction::Widens => summary.widens += 1,
            Direction::Narrows => summary.narrows += 1,
            Direction::Neutral => summary.neutral += 1,
        }
    }
    (findings, summary, alignment)
}

impl Report {
    /// Compares two analysed versions.
    pub fn build(old: &Policy, new: &Policy, taxonomy: &Taxonomy, filter: Filter) -> Report {
        let (findings, summary, alignment) = findings(old, new, taxonomy, filter);
        let side = |p: &Policy, i: Option<usize>| {
            i.map(|i| {
                let c = &p.clauses[i].clause;
                ChangeSide {
                    clause: c.id.to_string(),
                    lines: c.lines,
                    section: c.section.to_vec(),
                    text: c.text.to_string(),
                }
            })
        };
        let changes = alignment
            .pairs
            .iter()
            .filter(|p| p.kind != ChangeKind::Unchanged)
            .map(|p| {
                let (o, n) = (side(old, p.old), side(new, p.new));
                let diff = match (&o, &n, p.kind) {
                    (
                        Some(o),
                        Some(n),
                        ChangeKind::Edited | ChangeKind::Split | ChangeKind::Merged,
                    ) => align::word_diff(&o.text, &n.text),
                    _ => Vec::new(),
                };
                Change {
                    kind: p.kind,
                    similarity: (p.similarity * 1000.0).round() / 1000.0,
                    old: o,
                    new: n,
                    diff,
                }
            })
            .collect();
        Report {
            schema: SCHEMA,
            old: old.source.clone(),
            new: new.source.clone(),
            summary,
            shrank: alignment.shrink(),
            findings,
            changes,
        }
    }

    /// Whether any finding not acknowledged by a baseline reaches the
    /// `--fail-on` threshold.
    pub fn fails(&self, on: FailOn) -> bool {
        fails(&self.findings, on)
    }

    /// Marks acknowledged findings and recounts the summary.
    pub fn apply_baseline(&mut self, b: &crate::baseline::Baseline) {
        b.apply(&mut self.findings);
        self.summary.acknowledged = self.findings.iter().filter(|f| f.acknowledged).count();
    }
}

/// Which findings make the exit code 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    None,
    Widens,
    Any,
}

/// Whether any finding not acknowledged by a baseline reaches the threshold.
pub fn fails(findings: &[Finding], on: FailOn) -> bool {
    findings
        .iter()
        .filter(|f| !f.acknowledged)
        .any(|f| match on {
            FailOn::None => false,
            FailOn::Widens => f.direction == Direction::Widens,
            FailOn::Any => true,
        })
}
