//! `policy-diff eval`: accuracy of the extractor on public annotated corpora,
//! read in their published layouts. The annotations are read only to score:
//! extraction sees the text alone.

pub mod opp115;
pub mod piextract;

use serde::Serialize;
use std::collections::BTreeMap;

pub const SCHEMA: &str = "policy-diff/eval/v1";

/// Precision, recall and F1 with the counts behind them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Score {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
}

impl Score {
    pub fn from_counts(tp: usize, fp: usize, fn_: usize) -> Score {
        let (precision, recall, f1) = exact(tp, fp, fn_);
        let round = |x: f64| (x * 10000.0).round() / 10000.0;
        Score {
            precision: round(precision),
            recall: round(recall),
            f1: round(f1),
            tp,
            fp,
            fn_,
        }
    }
}

/// Precision, recall and F1 from counts, unrounded: the text table rounds
/// these once (rounding the JSON's four decimals again would print 0.6085
/// — really 0.60849 — as 0.609).
fn exact(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let precision = ratio(tp, tp + fp);
    let recall = ratio(tp, tp + fn_);
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    (precision, recall, f1)
}

/// Counts that accumulate into a [`Score`].
#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    /// Adds one binary decision.
    pub fn add(&mut self, predicted: bool, gold: bool) {
        match (predicted, gold) {
            (true, true) => self.tp += 1,
            (true, false) => self.fp += 1,
            (false, true) => self.fn_ += 1,
            (false, false) => {}
        }
    }

    pub fn score(&self) -> Score {
        Score::from_counts(self.tp, self.fp, self.fn_)
    }
}

/// The result of one evaluation (`policy-diff/eval/v1`).
#[derive(Debug, Clone, Serialize)]
pub struct EvalReport {
    pub schema: &'static str,
    pub corpus: &'static str,
    pub documents: usize,
    /// What one decision is (segment, token, …), for readers of the numbers.
    pub unit: String,
    pub metrics: BTreeMap<String, Score>,
}

/// A plain table of the metrics.
pub fn render_text(r: &EvalReport, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    writeln!(out, "{} — {} documents; {}", r.corpus, r.documents, r.unit)?;
    writeln!(
        out,
        "{:<24} {:>9} {:>7} {:>7} {:>7} {:>7} {:>7}",
        "metric", "precision", "recall", "f1", "tp", "fp", "fn"
    )?;
    for (name, s) in &r.metrics {
        let (precision, recall, f1) = exact(s.tp, s.fp, s.fn_);
        writeln!(
            out,
            "{:<24} {:>9.3} {:>7.3} {:>7.3} {:>7} {:>7} {:>7}",
            name, precision, recall, f1, s.tp, s.fp, s.fn_
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_table_rounds_the_counts_once() {
        // 774 / 1272 = 0.60849…: 0.608, though the JSON's 0.6085 would
        // round to 0.609.
        let mut metrics = BTreeMap::new();
        metrics.insert("m".to_string(), Score::from_counts(774, 498, 166));
        let r = EvalReport {
            schema: SCHEMA,
            corpus: "opp115",
            documents: 1,
            unit: "segments".into(),
            metrics,
        };
        assert_eq!(r.metrics["m"].precision, 0.6085);
        let mut out = Vec::new();
        render_text(&r, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("    0.608   0.823   0.700"), "{text}");
    }
}
