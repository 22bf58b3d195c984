//! Stage 2 — segmentation: blocks → clauses (sentences and list items), each
//! with its section path and 1-based source line range.

use crate::input::{BlockKind, Document};
use serde::Serialize;

/// Clauses longer than this are cut at a word boundary. Real sentences are far
/// shorter; the cap keeps word diffs and matching bounded and deterministic on
/// pathological input (a whole policy on one line without full stops).
pub const MAX_CLAUSE_BYTES: usize = 2000;

/// Words that end with a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "e.g", "i.e", "eg", "ie", "inc", "ltd", "llc", "co", "corp", "u.s", "u.k", "e.u", "mr", "mrs",
    "ms", "dr", "st", "jr", "sr", "no", "nos", "vs", "approx", "fig", "sec", "art", "p.o", "a.m",
    "p.m", "cf", "al", "dept", "para", "ca", "viz", "esp",
];

/// One sentence or list item of a policy.
#[derive(Debug, Clone, Serialize)]
pub struct Clause {
    /// Stable within one document: `c` + 1-based position.
    pub id: String,
    pub section: crate::input::Section,
    /// First and last source line (1-based, inclusive).
    pub lines: [usize; 2],
    pub text: String,
    /// Whether the clause is (part of) a list item.
    #[serde(skip)]
    pub list_item: bool,
    /// Index of the sentence that introduces this list item ("We collect: …").
    #[serde(skip)]
    pub lead_in: Option<usize>,
}

/// Splits a document into clauses.
pub fn segment(doc: &Document) -> Vec<Clause> {
    let mut out: Vec<Clause> = Vec::new();
    let mut lead_in: Option<usize> = None;
    for block in &doc.blocks {
        let is_item = block.kind == BlockKind::ListItem;
        if !is_item {
            lead_in = None;
        }
        let first_of_block = out.len();
        for (s, e) in sentence_spans(&block.text) {
            let text = block.text[s..e].trim();
            if text.chars().all(|c| !c.is_alphanumeric()) {
                continue;
            }
            let first = doc.line_of(block.source_offset(s));
            let last = doc
                .line_of(block.source_offset(e.saturating_sub(1)))
                .max(first);
            out.push(Clause {
                id: format!("c{}", out.len() + 1),
                section: block.section.clone(),
                lines: [first, last.min(doc.line_count())],
                text: text.to_string(),
                list_item: is_item,
                lead_in: if is_item { lead_in } else { None },
            });
        }
        if !is_item && out.len() > first_of_block {
            let last = out.len() - 1;
            if out[last].text.ends_with(':') {
                lead_in = Some(last);
            }
        }
    }
    out
}

/// Byte spans of the sentences of a block, trimmed, each at most
/// [`MAX_CLAUSE_BYTES`] long.
pub fn sentence_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    // Only terminators can end a sentence: jump from one to the next.
    let mut i = 0;
    for t in memchr::memchr3_iter(b'.', b'!', b'?', bytes) {
        if t < i {
            continue;
        }
        i = t;
        if is_boundary(text, i) {
            let mut end = i + 1;
            while end < bytes.len() && matches!(bytes[end], b'"' | b'\'' | b')') {
                end += 1;
            }
            if text[end..].starts_with('”') || text[end..].starts_with('’') {
                end += 3;
            }
            push_capped(text, start, end, &mut spans);
            start = end;
            i = end;
        }
    }
    push_capped(text, start, text.len(), &mut spans);
    spans
}

fn push_capped(text: &str, mut start: usize, end: usize, spans: &mut Vec<(usize, usize)>) {
    loop {
        while start < end && text.as_bytes()[start].is_ascii_whitespace() {
            start += 1;
        }
        if start >= end {
            return;
        }
        if end - start <= MAX_CLAUSE_BYTES {
            spans.push((start, end));
            return;
        }
        let mut cut = start + MAX_CLAUSE_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let window = &text[start..cut];
        let at = window
            .rfind("; ")
            .map(|p| p + 1)
            .or_else(|| window.rfind(' '))
            .filter(|&p| p > 0)
            .map(|p| start + p)
            .unwrap_or(cut);
        spans.push((start, at));
        start = at;
    }
}

/// `word.Word`: a lower-case word, a stop, then a capitalised word.
fn glued_sentences(text: &str, i: usize) -> bool {
    let before = text[..i].chars().rev().take(2).collect::<Vec<_>>();
    let mut after = text[i + 1..].chars();
    let (a, b) = (after.next(), after.next());
    before.len() == 2
        && before.iter().all(|c| c.is_lowercase())
        && a.is_some_and(|c| c.is_uppercase())
        && b.is_some_and(|c| c.is_lowercase())
}

/// Whether the terminator at byte `i` ends a sentence.
fn is_boundary(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    let rest = &text[i + 1..];
    // Ellipses and decimal numbers or domains ("3.5", "example.com") are not
    // boundaries; a closing quote or parenthesis may follow the stop.
    let first = rest.chars().next();
    if first.is_some_and(|c| !c.is_whitespace() && !matches!(c, '"' | '\'' | ')' | '”' | '’')) {
        // Text extracted from web pages often lost the space after a full
        // stop: "settings.Certain" is two sentences, "example.com" is not.
        return glued_sentences(text, i);
    }
    let after_closers = rest.trim_start_matches(|c: char| !c.is_whitespace());
    let next_text = after_closers.trim_start();
    let Some(next) = next_text.chars().next() else {
        return true;
    };
    if !(next.is_uppercase()
        || next.is_ascii_digit()
        || matches!(next, '"' | '“' | '(' | '[' | '•' | '-' | '*'))
    {
        return false;
    }
    if bytes[i] != b'.' {
        return true;
    }
    // The word before the full stop.
    let before = &text[..i];
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '(' || c == '"')
        .map(|(p, c)| p + c.len_utf8())
        .unwrap_or(0);
    let word = before[word_start..].to_ascii_lowercase();
    if word.is_empty() {
        return true;
    }
    let bare = word.trim_end_matches('.');
    if bare.chars().count() == 1 && bare.chars().all(|c| c.is_alphabetic()) {
        return false;
    }
    !ABBREVIATIONS.contains(&bare)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        sentence_spans(t)
            .into_iter()
            .map(|(s, e)| &t[s..e])
            .collect()
    }

    #[test]
    fn sentence_boundaries() {
        assert_eq!(
            split("We share data, e.g. Your name. We are Facebook Inc. We may sell it."),
            vec![
                "We share data, e.g. Your name.",
                "We are Facebook Inc. We may sell it."
            ]
        );
        assert_eq!(
            split("Data stays in the U.S. Other rules apply. (a) Opt out! Really? Yes."),
            vec![
                "Data stays in the U.S. Other rules apply.",
                "(a) Opt out!",
                "Really?",
                "Yes."
            ]
        );
        assert_eq!(
            split("Visit example.com for 3.5 details. \"Quoted.\" Next"),
            vec!["Visit example.com for 3.5 details.", "\"Quoted.\"", "Next"]
        );
        assert_eq!(
            split("lower case. continues here."),
            vec!["lower case. continues here."]
        );
    }

    #[test]
    fn long_clauses_are_capped() {
        let t = "word ".repeat(2000);
        let spans = sentence_spans(&t);
        assert!(spans.len() > 1);
        assert!(spans.iter().all(|(s, e)| e - s <= MAX_CLAUSE_BYTES));
    }

    #[test]
    fn list_items_know_their_lead_in() {
        let doc = crate::input::parse(
            &crate::input::source_from_bytes(
                "x.md",
                b"# Data\n\nWe collect the following:\n\n- your phone number\n- your contacts\n\nOther text.\n",
                None,
            )
            .unwrap(),
        )
        .unwrap();
        let clauses = segment(&doc);
        assert_eq!(clauses.len(), 4);
        assert_eq!(clauses[1].lead_in, Some(0));
        assert_eq!(clauses[2].lead_in, Some(0));
        assert_eq!(clauses[2].lines, [6, 6]);
        assert_eq!(clauses[3].lead_in, None);
        assert_eq!(clauses[0].section[..], ["Data"]);
    }
}
