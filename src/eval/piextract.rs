//! PI-Extract (Bui et al., PoPETs 2021) in its published layout:
//! `DIR/{Share_true,Share_false,CollectUse_true,CollectUse_false}/*.conll03`,
//! CoNLL-2003 BIO files tagging the data objects of one class each.
//!
//! Matching rule: token level. A token counts as predicted for a class when
//! it lies inside the data object of a practice of that class in its
//! sentence: a data term the practice names, with the determiners and
//! possessives right before it ("your", "any other", "certain" — the noun
//! phrase the annotators mark). Classes follow the corpus's definitions
//! (as OPP-115's "Third Party Sharing/Collection"): SHARE is sharing or
//! selling, or a third party collecting or using, not negated; NOT_SHARE
//! the same, negated; COLLECT is the company collecting or using, not
//! negated; NOT_COLLECT the same, negated. tp/fp/fn are counted over
//! tokens, against the gold B-/I- tags of the class.

use super::{Counts, EvalReport, SCHEMA};
use crate::Extractor;
use crate::taxonomy::{normalize, word_spans};
use anyhow::{Context, Result, bail};
use std::collections::BTreeMap;
use std::path::Path;

/// (folder, class) pairs of the layout.
const CLASSES: &[(&str, &str)] = &[
    ("Share_true", "SHARE"),
    ("Share_false", "NOT_SHARE"),
    ("CollectUse_true", "COLLECT"),
    ("CollectUse_false", "NOT_COLLECT"),
];

/// Words that open a data object's noun phrase.
const DETERMINERS: &[&str] = &[
    "your",
    "the",
    "this",
    "that",
    "these",
    "those",
    "such",
    "any",
    "certain",
    "some",
    "our",
    "their",
    "his",
    "her",
    "its",
    "all",
    "other",
    "additional",
    "a",
    "an",
    "same",
];

/// Whether a practice belongs to a class.
fn in_class(p: &crate::extract::Practice, class: &str) -> bool {
    let third_party = p.actor != "first-party";
    let collect_or_use = matches!(p.action.as_str(), "collect" | "use");
    let share = matches!(p.action.as_str(), "share" | "sell") || (third_party && collect_or_use);
    let collect = collect_or_use && !third_party;
    match class {
        "SHARE" => share && !p.negated,
        "NOT_SHARE" => share && p.negated,
        "COLLECT" => collect && !p.negated,
        "NOT_COLLECT" => collect && p.negated,
        _ => false,
    }
}

/// Token indices predicted as data objects of `class` in one sentence.
pub fn predict(ex: &Extractor, tokens: &[&str], class: &str) -> Vec<bool> {
    let mut marked = vec![false; tokens.len()];
    let text = tokens.join(" ");
    let practices = ex.extract(&text);
    // (normalised word, token index) for locating terms.
    let mut words: Vec<(String, usize)> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let n = normalize(t);
        for (s, e) in word_spans(&n) {
            words.push((n[s..e].to_string(), i));
        }
    }
    for p in practices.iter().filter(|p| in_class(p, class)) {
        for m in p.matched.iter().filter(|m| {
            m.kind == "data" && (p.data.contains(&m.id) || m.id == "personal-information")
        }) {
            let tw: Vec<&str> = word_spans(&m.term)
                .iter()
                .map(|&(s, e)| &m.term[s..e])
                .collect();
            if tw.is_empty() {
                continue;
            }
            for start in 0..words.len() {
                if start + tw.len() <= words.len()
                    && tw.iter().enumerate().all(|(k, w)| words[start + k].0 == *w)
                {
                    for k in 0..tw.len() {
                        marked[words[start + k].1] = true;
                    }
                    // The determiners and possessives opening its noun phrase.
                    let mut k = start;
                    while k > 0 && k + 2 >= start && DETERMINERS.contains(&words[k - 1].0.as_str())
                    {
                        k -= 1;
                        marked[words[k].1] = true;
                    }
                }
            }
        }
    }
    marked
}

/// Sentences of a CoNLL file: (tokens, gold tag per token).
fn read_conll(path: &Path) -> Result<Vec<(Vec<String>, Vec<String>)>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read", path.display()))?;
    let mut out = Vec::new();
    let (mut toks, mut tags) = (Vec::new(), Vec::new());
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with("-DOCSTART-") {
            if !toks.is_empty() {
                out.push((std::mem::take(&mut toks), std::mem::take(&mut tags)));
            }
            continue;
        }
        let mut cols = line.split_whitespace();
        let (Some(tok), Some(tag)) = (cols.next(), cols.last()) else {
            bail!("{}: line {} is not 'token … tag'", path.display(), n + 1);
        };
        toks.push(tok.to_string());
        tags.push(tag.to_string());
    }
    if !toks.is_empty() {
        out.push((toks, tags));
    }
    Ok(out)
}

/// Evaluates every class folder present in `dir` (at most `limit` sentences per class).
pub fn evaluate(ex: &Extractor, dir: &Path, limit: Option<usize>) -> Result<EvalReport> {
    let mut metrics = BTreeMap::new();
    let mut documents = 0;
    let mut sentences = 0;
    for (folder, class) in CLASSES {
        let d = dir.join(folder);
        if !d.is_dir() {
            continue;
        }
        let mut files: Vec<_> = std::fs::read_dir(&d)
            .with_context(|| format!("{}: cannot list", d.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "conll03"))
            .collect();
        files.sort();
        let mut counts = Counts::default();
        let mut seen = 0;
        for f in files {
            documents += 1;
            for (toks, tags) in read_conll(&f)? {
                if limit.is_some_and(|l| seen >= l) {
                    break;
                }
                seen += 1;
                let refs: Vec<&str> = toks.iter().map(String::as_str).collect();
                let pred = predict(ex, &refs, class);
                for (p, tag) in pred.iter().zip(&tags) {
                    let gold = tag.len() > 2 && &tag[2..] == *class;
                    counts.add(*p, gold);
                }
            }
        }
        sentences += seen;
        metrics.insert(class.to_string(), counts.score());
    }
    if metrics.is_empty() {
        bail!(
            "{}: not a PI-Extract directory (expected Share_true/, Share_false/, CollectUse_true/ or CollectUse_false/)",
            dir.display()
        );
    }
    Ok(EvalReport {
        schema: SCHEMA,
        corpus: "piextract",
        documents,
        unit: format!("{sentences} sentences; token-level match of data objects per class"),
        metrics,
    })
}
