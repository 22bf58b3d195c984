//! Stage 2 — segmentation: blocks → clauses (sentences and list items), each
//! with its section path and 1-based source line range.

use crate::input::{Block, BlockKind, Document, Section, TableCell, markdown};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use std::sync::Arc;

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

/// A clause's 1-based position in its document, written `c1`, `c2` …
/// A number rather than a string: every version of a history numbers
/// thousands of clauses, and only the few quoted in findings are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClauseId(pub u32);

impl std::fmt::Display for ClauseId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "c{}", self.0)
    }
}

impl Serialize for ClauseId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl ClauseId {
    /// Whether `written` is this id as printed (`"c12"`).
    pub fn is(self, written: &str) -> bool {
        written.strip_prefix('c').and_then(|n| n.parse().ok()) == Some(self.0)
    }
}

/// One sentence or list item of a policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Clause {
    /// Stable within one document: `c` + 1-based position.
    pub id: ClauseId,
    pub section: crate::input::Section,
    /// First and last source line (1-based, inclusive).
    pub lines: [usize; 2],
    /// Shared with the stretch cache and every version that repeats the
    /// sentence (see [`StretchCache`]).
    pub text: Arc<str>,
    /// Whether the clause is (part of) a list item.
    #[serde(skip)]
    pub list_item: bool,
    /// Whether the clause labels a table's columns (its header row): text
    /// to align and diff, no practice to extract.
    #[serde(skip)]
    pub label: bool,
    /// Whether the clause is the first sentence of its list item: only
    /// that one continues the lead-in ("We use it to: - send you offers").
    #[serde(skip)]
    pub opens_item: bool,
    /// Whether the clause is (part of) a paragraph that opens on an
    /// enumerator ("(ii) …"): an item that may introduce items of its own.
    #[serde(skip)]
    pub enumerated: bool,
    /// Index of the sentence that introduces this list item ("We collect: …").
    #[serde(skip)]
    pub lead_in: Option<usize>,
    /// In a table, the cells the clause's text comes from.
    #[serde(skip)]
    pub cells: Option<Cells>,
}

impl Clause {
    /// The table row the clause lies in (0 for a header row), if any.
    pub fn table_row(&self) -> Option<u32> {
        self.cells.as_ref()?.first().map(|&(_, c)| c.row)
    }

    /// Whether a clause in table row `row`, after one in row `prev`, opens
    /// another table: rows never go back within a table, and a header row
    /// after body rows heads the next one.
    pub fn opens_table(prev: u32, row: u32) -> bool {
        row < prev || (row == 0 && prev != 0)
    }

    /// Whether the clause introduces the list items after it ("We collect
    /// the following:"): a sentence that ends in a colon, not a list item
    /// (an item's colon heads its own nested list, whose depth pages lose),
    /// unless a paragraph numbered it ("(a) We disclose it in these cases:").
    pub fn introduces_list(&self) -> bool {
        (!self.list_item || self.enumerated) && ends_in_colon(&self.text)
    }
}

/// Whether a sentence ends in a colon, a stray stop after it aside
/// ("it may include:." heads its list as "it may include:" does).
fn ends_in_colon(text: &str) -> bool {
    text.strip_suffix('.').unwrap_or(text).ends_with(':')
}

/// Whether a sentence is a fragment that goes on with a lead-in: it opens
/// on a preposition or a subordinator and states no main clause ("To our
/// advertising partners, for marketing purposes.", "If we believe the law
/// requires it."). A main clause shows by a subject
/// pronoun that no subordinator introduces ("In that case you may …"),
/// or by a subject, a capitalised name or an imperative after a comma
/// ("To provide the service, we share …", "For more information, see …").
pub fn opens_fragment(text: &str) -> bool {
    #[rustfmt::skip]
    const OPENERS: &[&str] = &[
        "to", "with", "for", "by", "under", "upon", "in", "through", "within", "during", "if",
        "when", "where", "unless", "whenever", "once",
    ];
    #[rustfmt::skip]
    const PRONOUNS: &[&str] = &["we", "you", "i", "they", "he", "she", "it"];
    #[rustfmt::skip]
    const AUXILIARIES: &[&str] = &[
        "may", "might", "can", "could", "will", "would", "shall", "should", "must", "have",
        "has", "are", "is", "do", "does", "did",
    ];
    #[rustfmt::skip]
    const SUBORDINATORS: &[&str] = &[
        "if", "when", "where", "unless", "as", "because", "that", "who", "which", "once", "while",
        "whom", "whenever", "so", "than", "before", "after", "until",
    ];
    #[rustfmt::skip]
    const SUBJECTS: &[&str] = &[
        "our", "your", "their", "its", "this", "these", "those", "the", "such", "there", "any",
        "some", "all", "each", "personal", "information", "data",
    ];
    #[rustfmt::skip]
    const IMPERATIVES: &[&str] = &[
        "see", "visit", "please", "contact", "click", "refer", "read", "go", "email", "call",
        "write", "review", "check", "consult", "learn", "find", "use", "note",
    ];
    if text.contains([';', ':']) {
        return false;
    }
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    if !words.first().is_some_and(|w| OPENERS.contains(&w.as_str())) {
        return false;
    }
    // ("you" and "it" are objects as often: "to provide it to you"; as
    // subjects, an auxiliary follows.)
    let subject = |k: usize| {
        let w = words[k].as_str();
        PRONOUNS.contains(&w)
            && (!matches!(w, "you" | "it")
                || words
                    .get(k + 1)
                    .is_some_and(|n| AUXILIARIES.contains(&n.as_str())))
    };
    let bare_pronoun =
        (1..words.len()).any(|k| subject(k) && !SUBORDINATORS.contains(&words[k - 1].as_str()));
    // (What opens after a comma.)
    let clause_after_comma = text.split(',').skip(1).any(|part| {
        let word = part.split_whitespace().next().unwrap_or("");
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = bare.to_lowercase();
        PRONOUNS.contains(&lower.as_str())
            || SUBJECTS.contains(&lower.as_str())
            || IMPERATIVES.contains(&lower.as_str())
            || bare.chars().next().is_some_and(char::is_uppercase)
    });
    !bare_pronoun && !clause_after_comma
}

/// Whether a paragraph opens on an enumerator — "(ii)", "(b)", "(3)", "iv.",
/// "b)", "2." — as the items of a list written as paragraphs do: legal-style
/// policies number their cases "(i) … (ii) …" in paragraphs, and a page's
/// list markup is often lost, so such a paragraph is an item.
pub fn opens_enumerated(text: &str) -> bool {
    let Some((token, rest)) = text.split_once(char::is_whitespace) else {
        return false;
    };
    !rest.trim().is_empty() && is_enumerator(token)
}

/// Whether a word is a list's enumerator: "(ii)", "(b)", "(3)", "iv.",
/// "b)", "2.".
pub fn is_enumerator(token: &str) -> bool {
    let body = match token.strip_prefix('(') {
        Some(inner) => inner.strip_suffix(')'),
        None => token.strip_suffix(['.', ')']),
    };
    body.is_some_and(|b| {
        let digits = (1..=3).contains(&b.len()) && b.bytes().all(|c| c.is_ascii_digit());
        let letter = b.len() == 1 && b.bytes().all(|c| c.is_ascii_alphabetic());
        digits || letter || is_roman(b)
    })
}

/// A small roman numeral in one case ("iv", "XII"): list enumerators.
fn is_roman(w: &str) -> bool {
    (1..=5).contains(&w.len())
        && (w.bytes().all(|c| b"ivx".contains(&c)) || w.bytes().all(|c| b"IVX".contains(&c)))
}

/// Splits a document into clauses.
pub fn segment(doc: &Document) -> Vec<Clause> {
    let mut clauses = Clauses::default();
    for block in &doc.blocks {
        let sentences = block_sentences(block, |off| doc.line_of(off));
        clauses.block(
            block.kind,
            block.depth,
            &block.section,
            &sentences,
            0,
            doc.line_count(),
        );
    }
    clauses.out
}

/// A sentence of a block with its first and last source line, and in a
/// table the cells its text comes from.
pub type Sentence = (Arc<str>, [usize; 2], Option<Cells>);

/// Where each table cell's text starts in a clause's text, in order; the
/// first at 0 (see [`crate::input::Block::cells`]).
pub type Cells = Arc<[(usize, TableCell)]>;

/// The cells of `block` that the text from `start` to `end` comes from,
/// their offsets counted from `start`.
fn cells_of(block: &Block, start: usize, end: usize) -> Option<Cells> {
    let first = block
        .cells
        .partition_point(|&(o, _)| o <= start)
        .checked_sub(1)?;
    let cells: Cells = std::iter::once((0, block.cells[first].1))
        .chain(
            block.cells[first + 1..]
                .iter()
                .take_while(|&&(o, _)| o < end)
                .map(|&(o, c)| (o - start, c)),
        )
        .collect();
    Some(cells)
}

/// The sentences of a block, with lines from `line_of` (source offset → line).
pub fn block_sentences(block: &Block, line_of: impl Fn(usize) -> usize) -> Vec<Sentence> {
    split_at_breaks(spans_joined(&block.text, &block.joins), &block.breaks)
        .into_iter()
        .filter_map(|(s, e)| {
            let text = block.text[s..e].trim();
            if text.chars().all(|c| !c.is_alphanumeric()) {
                return None;
            }
            let first = line_of(block.source_offset(s));
            let last = line_of(block.source_offset(e.saturating_sub(1))).max(first);
            let start = s + (block.text[s..e].len() - block.text[s..e].trim_start().len());
            let cells = cells_of(block, start, start + text.len());
            Some((Arc::from(text), [first, last], cells))
        })
        .collect()
}

/// Numbers clauses block by block and links list items to their lead-in.
#[derive(Default)]
struct Clauses {
    out: Vec<Clause>,
    /// The open lead-ins, outermost first, as (depth, clause index): each
    /// heads the items deeper than its depth. A sentence ending in a colon
    /// has depth 0 and heads any item after it; an item ending in one has
    /// its own depth and heads only the items of the list nested in it.
    leads: Vec<(usize, usize)>,
    /// Whether the block before was an item of a Markdown list: a paragraph
    /// opening on an enumerator after one ("IV. How can I manage my
    /// information?" after the bullets of section III) is a numbered
    /// heading run into the text, not the list's next item.
    after_list_item: bool,
}

impl Clauses {
    /// Adds a block's sentences, their lines shifted by `offset` and capped at `lines`.
    fn block(
        &mut self,
        kind: BlockKind,
        depth: usize,
        section: &Section,
        sentences: &[Sentence],
        offset: usize,
        lines: usize,
    ) {
        // (An item of a list may open on its own enumerator too, a
        // numbered case written into the item's text: "v. Disclosure to
        // Certain Other Third Parties. … in the following circumstances:"
        // heads the items after it as a numbered paragraph does, even when
        // the page puts each item in a list of its own.)
        let enumerated = matches!(kind, BlockKind::Paragraph | BlockKind::ListItem)
            && sentences
                .first()
                .is_some_and(|(t, _, _)| opens_enumerated(t));
        // (So is a paragraph after a sentence ending in a colon that
        // states no clause of its own, a case the sentence's list goes on
        // with: "We may disclose your personal information:" | "To our
        // advertising partners, for marketing." | "To law enforcement,
        // when the law requires it.")
        // (Not after the list's items: a paragraph there is apart from it.)
        let fragment = kind == BlockKind::Paragraph
            && !self.after_list_item
            && self
                .leads
                .first()
                .is_some_and(|&(d, i)| d == 0 && self.out[i].section == *section)
            && sentences.first().is_some_and(|(t, _, _)| opens_fragment(t));
        let is_item = kind.in_item() || (enumerated && !self.after_list_item) || fragment;
        self.after_list_item = kind.in_item();
        if !is_item {
            self.leads.clear();
        } else if kind.in_item() {
            // Back out of the nested lists this item is not inside.
            self.leads.retain(|&(d, _)| d < depth);
        }
        // A numbered item after a numbered lead-in is its sibling, not its
        // case: "iv. … as follows:" does not head "v. …".
        if enumerated && kind == BlockKind::ListItem {
            let out = &self.out;
            self.leads
                .retain(|&(_, i)| !(out[i].enumerated && out[i].list_item));
        }
        let lead_in = if is_item {
            self.leads.last().map(|&(_, i)| i)
        } else {
            None
        };
        let out = &mut self.out;
        for (n, (text, [first, last], cells)) in sentences.iter().enumerate() {
            out.push(Clause {
                id: ClauseId(out.len() as u32 + 1),
                section: section.clone(),
                lines: [first + offset, (last + offset).min(lines)],
                text: text.clone(),
                list_item: is_item,
                label: kind == BlockKind::TableHead,
                opens_item: is_item && n == 0 && kind != BlockKind::ItemParagraph,
                enumerated,
                lead_in,
                cells: cells.clone(),
            });
        }
        if sentences.is_empty() {
            return;
        }
        let last = out.len() - 1;
        if out[last].introduces_list() {
            self.leads = vec![(0, last)];
        } else if kind.in_item() && depth > 0 && ends_in_colon(&out[last].text) {
            // "- Advertisers. We share with them:" heads the items of the
            // list nested in it, not its own list's next items.
            self.leads.push((depth, last));
        }
    }
}

/// What one stretch of Markdown parses and segments into.
enum Segmented {
    Heading {
        level: usize,
        title: String,
    },
    Block {
        kind: BlockKind,
        depth: usize,
        sentences: Vec<Sentence>,
    },
}

/// Stretches kept before a [`StretchCache`] keeps only the last version's.
const STRETCH_LIMIT: usize = 50_000;

/// Parsed and segmented stretches of Markdown ([`markdown::stretches`]) by
/// text, lines counted from the stretch's first: `history` parses and
/// segments only what a version does not share with the versions before.
#[derive(Default)]
pub struct StretchCache {
    stretches: FxHashMap<String, Arc<[Segmented]>>,
}

/// Segments a Markdown source as [`segment`] does after [`crate::input::parse`],
/// reusing the stretches `cache` holds; returns the clauses and the source's
/// line count.
pub fn segment_markdown(src: &str, cache: &mut StretchCache) -> (Vec<Clause>, usize) {
    let lines = memchr::memchr_iter(b'\n', src.as_bytes()).count() + 1;
    let mut starts = markdown::stretches(src).unwrap_or_else(|| vec![(0, 1)]);
    starts.push((src.len(), lines));
    let stretches: Vec<(usize, Arc<[Segmented]>)> = starts
        .windows(2)
        .map(|w| {
            let text = &src[w[0].0..w[1].0];
            let stretch = match cache.stretches.get(text) {
                Some(s) => s.clone(),
                None => {
                    let s = segment_stretch(text);
                    cache.stretches.insert(text.to_string(), s.clone());
                    s
                }
            };
            (w[0].1, stretch)
        })
        .collect();
    let count = stretches
        .iter()
        .flat_map(|(_, s)| s.iter())
        .map(|p| match p {
            Segmented::Block { sentences, .. } => sentences.len(),
            Segmented::Heading { .. } => 0,
        })
        .sum();
    let mut clauses = Clauses {
        out: Vec::with_capacity(count),
        leads: Vec::new(),
        after_list_item: false,
    };
    let mut sections = markdown::Sections::default();
    for (line, stretch) in &stretches {
        for piece in stretch.iter() {
            match piece {
                Segmented::Heading { level, title } => sections.enter(*level, title.clone()),
                Segmented::Block {
                    kind,
                    depth,
                    sentences,
                } => clauses.block(*kind, *depth, &sections.path, sentences, line - 1, lines),
            }
        }
    }
    if cache.stretches.len() > STRETCH_LIMIT {
        let current: FxHashSet<&str> = starts.windows(2).map(|w| &src[w[0].0..w[1].0]).collect();
        cache.stretches.retain(|t, _| current.contains(t.as_str()));
    }
    (clauses.out, lines)
}

/// Parses and segments one stretch, lines counted from its first.
fn segment_stretch(text: &str) -> Arc<[Segmented]> {
    let local = Document::new(text);
    markdown::pieces(text)
        .into_iter()
        .map(|p| match p {
            markdown::Piece::Heading { level, title } => Segmented::Heading { level, title },
            markdown::Piece::Block(b) => Segmented::Block {
                kind: b.kind,
                depth: b.depth,
                sentences: block_sentences(&b, |off| local.line_of(off)),
            },
        })
        .collect()
}

/// Byte spans of the sentences of a block, trimmed, each at most
/// [`MAX_CLAUSE_BYTES`] long.
pub fn sentence_spans(text: &str) -> Vec<(usize, usize)> {
    spans_joined(text, &[])
}

/// [`sentence_spans`], where the stops at offsets `joins` end no sentence.
fn spans_joined(text: &str, joins: &[usize]) -> Vec<(usize, usize)> {
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
        if is_boundary(text, i) && !joins.contains(&i) {
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
    if text.contains('•') {
        spans = split_at_bullets(text, spans);
    }
    spans
}

/// Sentences with bulleted items run into one line split before each
/// bullet that follows a semicolon: "• We DO share it for targeted
/// advertising; • We DO NOT sell it; • We DO NOT engage in profiling" is
/// three statements, each with its own negation and purposes.
fn split_at_bullets(text: &str, spans: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(spans.len());
    for (mut start, end) in spans {
        while let Some(p) = text[start..end].find("; •") {
            let cut = start + p + 1;
            out.push((start, cut));
            start = cut + 1;
        }
        out.push((start, end));
    }
    out
}

/// Sentences cut at the offsets `breaks` where a run-in title ends
/// ([`Block::breaks`]).
fn split_at_breaks(spans: Vec<(usize, usize)>, breaks: &[usize]) -> Vec<(usize, usize)> {
    if breaks.is_empty() {
        return spans;
    }
    let mut out = Vec::with_capacity(spans.len() + breaks.len());
    for (mut start, end) in spans {
        for &b in breaks {
            if b > start && b < end {
                out.push((start, b));
                start = b;
            }
        }
        out.push((start, end));
    }
    out
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
    // An enumerator opening the text ("iv. Disclosure to others") is no sentence.
    if word_start == 0 && is_roman(bare) {
        return false;
    }
    // (Or its last part after a hyphen or slash: "the EU-U.S. Privacy
    // Shield", "U.K./E.U. law".)
    let last = bare.rsplit(['-', '/']).next().unwrap_or(bare);
    !ABBREVIATIONS.contains(&bare) && !ABBREVIATIONS.contains(&last)
}

/// Clauses of a Markdown text parsed whole (the tests' way to a policy).
#[cfg(test)]
pub(crate) fn clauses_of(md: &str) -> Vec<Clause> {
    let src = crate::input::source_from_bytes("x.md", md.as_bytes(), None).unwrap();
    segment(&crate::input::parse(&src).unwrap())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clause_ids_print_and_parse_as_c_and_a_number() {
        let id = ClauseId(12);
        assert_eq!(id.to_string(), "c12");
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"c12\"");
        assert!(id.is("c12"));
        assert!(!id.is("c1") && !id.is("12") && !id.is("c12x"));
    }

    fn split(t: &str) -> Vec<&str> {
        sentence_spans(t)
            .into_iter()
            .map(|(s, e)| &t[s..e])
            .collect()
    }

    #[test]
    fn a_bold_title_run_into_its_paragraph_is_no_part_of_its_sentence() {
        let md = "# Ads\n\n**IV. How advertising works** **Personalized ads** We do not share your information with advertisers.\n\n\
                  We keep it for a while.  \n**About search** Search engines may cache it.\n\n\
                  **Note** that we share it. **Service providers:** We share it with vendors.\n";
        let clauses = clauses_of(md);
        let texts: Vec<&str> = clauses.iter().map(|c| &*c.text).collect();
        assert_eq!(
            texts,
            [
                "IV. How advertising works",
                "Personalized ads",
                "We do not share your information with advertisers.",
                "We keep it for a while.",
                "About search",
                "Search engines may cache it.",
                // (Bold going on into its sentence, or a title with its
                // own stop, as before.)
                "Note that we share it.",
                "Service providers: We share it with vendors.",
            ]
        );
        // The line of the sentence after a title is its own.
        assert_eq!((clauses[2].lines, clauses[5].lines), ([3, 3], [6, 6]));
    }

    #[test]
    fn bullets_run_into_one_line_after_semicolons_are_sentences() {
        assert_eq!(
            split("• We share it for advertising; • We do not sell it; • We do not profile you."),
            vec![
                "• We share it for advertising;",
                "• We do not sell it;",
                "• We do not profile you."
            ]
        );
        // (Not a bullet without the semicolon before it.)
        assert_eq!(
            split("We list • items • inline."),
            vec!["We list • items • inline."]
        );
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
        // An abbreviation ending a hyphenated word ends no sentence either.
        assert_eq!(
            split("We comply with the EU-U.S. Privacy Shield. We may sell it."),
            vec![
                "We comply with the EU-U.S. Privacy Shield.",
                "We may sell it."
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
    fn stretches_segment_as_the_whole_document() {
        let docs = [
            // Headings without blank lines, nested sections, tight and loose lists.
            "# Policy\nIntro.\n## Sharing\nWe share:\n- your name\n- your phone number\n\n- contacts\n# Choices\nOpt out.\n",
            // An ordered list does not interrupt a paragraph unless it starts at 1.
            "We collect:\n2. names\n3. emails\n\n1. first\n2. second\n",
            // Setext headings, thematic breaks, a bullet list item with a lazy line.
            "Title\n=====\n\nText here.\n- - -\n- item one\nlazy continuation\n- item two\n\nSub\n---\nMore.\n",
            // Tables, block quotes, nested lists and indented code.
            "| a | b |\n|---|---|\n| we sell | data. |\n| Names. | Shared. Twice. |\n\n> quoted text\n> more\n\n- outer:\n  - inner one\n  - inner two\n- outer two\n\n    code line\n\nEnd. Second sentence.\n",
            // Windows line ends and a heading right after a list.
            "Intro:\r\n- one\r\n- two\r\n# Head\r\nBody text.\r\n",
            // Constructs that reach across blank lines: parsed whole.
            "Text.\n\n```\ncode\n\n# not a heading\n```\n\nAfter.\n",
            "See [the policy][p].\n\nMore text.\n\n[p]: https://example.com\n",
            "<div>\n\n# inside html?\n\n</div>\n\nAfter.\n",
        ];
        for md in docs {
            let mut cache = StretchCache::default();
            let (cold, lines) = segment_markdown(md, &mut cache);
            assert_eq!(cold, clauses_of(md), "{md:?}");
            assert_eq!(lines, md.matches('\n').count() + 1);
            // Warm: every stretch comes from the cache.
            assert_eq!(segment_markdown(md, &mut cache).0, clauses_of(md), "{md:?}");
        }
        assert!(markdown::stretches(docs[0]).unwrap().len() > 4);
        for md in &docs[5..] {
            assert_eq!(markdown::stretches(md), None, "{md:?}");
        }
    }

    #[test]
    fn a_table_cells_closing_stop_ends_no_sentence_unless_the_cell_is_prose() {
        let texts = |md: &str| -> Vec<String> {
            clauses_of(md).iter().map(|c| c.text.to_string()).collect()
        };
        // A row's cells are one statement: the examples' stop does not cut
        // the data off from its recipients.
        let row = "| Category | Examples | Recipients |\n|---|---|---|\n\
                   | Commercial information | Records of products purchased. | Affiliates; service providers |\n";
        assert_eq!(
            texts(row)[1],
            "Commercial information Records of products purchased. Affiliates; service providers"
        );
        // A cell of several sentences is prose, whose sentences end where they do.
        let prose =
            "| Purpose | Basis |\n|---|---|\n| To run ads. We use usage data. | Consent. |\n";
        assert_eq!(
            texts(prose)[1..],
            ["To run ads.", "We use usage data.", "Consent."]
        );
    }

    #[test]
    fn a_stray_stop_after_a_colon_still_introduces_a_list() {
        let md = "It may include:.\n\n- Account data\n- Usage data\n";
        let clauses = clauses_of(md);
        assert!(clauses[0].introduces_list());
        assert_eq!(clauses[2].lead_in, Some(0));
    }

    #[test]
    fn cached_stretches_take_their_place_in_a_new_version() {
        let v1 = "# A\n\nWe share your name.\n\n# B\n\nWe collect:\n\n- email\n";
        // A new section above moves the same stretches down and under other headings.
        let v2 = "# New\n\nFirst we say this.\nAnd this.\n\n## A\n\nWe share your name.\n\n# B\n\nWe collect:\n\n- email\n";
        let mut cache = StretchCache::default();
        segment_markdown(v1, &mut cache);
        let (warm, _) = segment_markdown(v2, &mut cache);
        assert_eq!(warm, clauses_of(v2));
        assert_eq!(warm[2].lines, [8, 8]);
        assert_eq!(warm[2].section[..], ["New", "A"]);
        assert_eq!(warm[4].lead_in, Some(3));
    }

    #[test]
    fn fragments_after_a_colon_go_on_with_its_list() {
        let clauses = clauses_of(
            "# Sharing\n\nWe may disclose your information:\n\n\
             To our advertising partners, for marketing.\n\n\
             If we believe in good faith that the law requires it.\n\n\
             To provide the service, we share your name.\n\n\
             With vendors, for hosting.\n",
        );
        let leads: Vec<Option<usize>> = clauses.iter().map(|c| c.lead_in).collect();
        // (A sentence with a main clause ends the list.)
        assert_eq!(leads, [None, Some(0), Some(0), None, None]);
        // Not across a heading, nor after the list's items.
        let clauses = clauses_of("We may disclose it:\n\n## Other\n\nTo our partners.\n");
        assert_eq!(clauses[1].lead_in, None);
        let clauses = clauses_of("We may disclose it:\n\n- To vendors.\n\nTo our partners.\n");
        assert_eq!(clauses[2].lead_in, None);
        for text in [
            "For more information, see our cookie policy.",
            "When you use the Site (e.g. via email) you will provide your name",
            "In that case you may object.",
            "If you opt out, Acme will stop.",
            "To our partners; and to vendors.",
            "We share it with our partners.",
        ] {
            assert!(!opens_fragment(text), "{text}");
        }
    }

    #[test]
    fn list_items_know_their_lead_in() {
        let clauses = clauses_of(
            "# Data\n\nWe collect the following:\n\n- your phone number\n- your contacts\n\nOther text.\n",
        );
        assert_eq!(clauses.len(), 4);
        assert_eq!(clauses[1].lead_in, Some(0));
        assert_eq!(clauses[2].lead_in, Some(0));
        assert_eq!(clauses[2].lines, [6, 6]);
        assert_eq!(clauses[3].lead_in, None);
        assert_eq!(clauses[0].section[..], ["Data"]);
    }

    #[test]
    fn a_numbered_paragraph_after_a_bulleted_list_is_no_item_of_it() {
        let clauses = clauses_of(
            "# Sharing\n\nWe share it with these parties:\n\n- Advertisers.\n- Vendors.\n\nIV. How can I delete my data? You can delete your account.\n\nWe collect these:\n\n(a) your email address;\n\n(b) your phone number.\n",
        );
        let leads: Vec<(&str, Option<usize>)> =
            clauses.iter().map(|c| (&*c.text, c.lead_in)).collect();
        assert_eq!(
            leads,
            [
                ("We share it with these parties:", None),
                ("Advertisers.", Some(0)),
                ("Vendors.", Some(0)),
                ("IV. How can I delete my data?", None),
                ("You can delete your account.", None),
                ("We collect these:", None),
                // (Numbered paragraphs after their lead-in are its items.)
                ("(a) your email address;", Some(5)),
                ("(b) your phone number.", Some(5)),
            ]
        );
    }

    #[test]
    fn a_list_items_later_paragraph_is_a_sentence_of_the_item_apart() {
        // Pages converted to Markdown write a heading-like question as a
        // loose item's first paragraph, its answer as the next.
        let md = "Our policy covers:\n\n*   Who is the data controller\n    \n    We are the controller of your data.\n    \n*   What information do we collect\n    \n    We collect information in three ways:\n    \n    *   Information you provide\n";
        let clauses = clauses_of(md);
        // (The same when `history` reads it stretch by stretch.)
        let cached = segment_markdown(md, &mut StretchCache::default()).0;
        assert_eq!(
            cached
                .iter()
                .map(|c| (&*c.text, c.lead_in))
                .collect::<Vec<_>>(),
            clauses
                .iter()
                .map(|c| (&*c.text, c.lead_in))
                .collect::<Vec<_>>()
        );
        let read: Vec<(&str, bool, bool, Option<usize>)> = clauses
            .iter()
            .map(|c| (&*c.text, c.list_item, c.opens_item, c.lead_in))
            .collect();
        assert_eq!(
            read,
            vec![
                ("Our policy covers:", false, false, None),
                ("Who is the data controller", true, true, Some(0)),
                ("We are the controller of your data.", true, false, Some(0)),
                ("What information do we collect", true, true, Some(0)),
                (
                    "We collect information in three ways:",
                    true,
                    false,
                    Some(0)
                ),
                ("Information you provide", true, true, Some(4)),
            ]
        );
        assert_eq!(clauses[4].lines, [9, 9]);
    }

    #[test]
    fn an_item_ending_in_a_colon_heads_only_its_nested_list() {
        let md = "We share information with these partners:\n\n- Payment processors, to process orders.\n- Advertisers. We share with them:\n  - your device identifiers;\n  - your location.\n- Analytics providers. Their reports cover:\n- Service providers, to host our site.\n";
        let whole = clauses_of(md);
        let mut cache = StretchCache::default();
        for clauses in [
            whole.clone(),
            segment_markdown(md, &mut cache).0,
            segment(&crate::input::markdown::parse(
                &md.replace("\n  - ", "\n    - "),
            )),
        ] {
            let texts: Vec<&str> = clauses.iter().map(|c| &*c.text).collect();
            let leads: Vec<Option<usize>> = clauses.iter().map(|c| c.lead_in).collect();
            assert_eq!(texts[3], "We share with them:", "{texts:?}");
            // The nested items follow the item that heads them; the next
            // top-level items follow the lead-in again, also after an item
            // whose colon heads nothing.
            assert_eq!(
                leads,
                [
                    None,
                    Some(0),
                    Some(0),
                    Some(0),
                    Some(3),
                    Some(3),
                    Some(0),
                    Some(0),
                    Some(0)
                ],
                "{texts:?}"
            );
        }
    }

    #[test]
    fn a_numbered_item_ending_in_a_colon_heads_the_items_after_it() {
        // Each case in a list of its own, as some pages print them; the
        // next numbered item is its sibling.
        let html = "<ul><li>iv. Disclosure to providers. We share it with providers.</li></ul>\
            <ul><li>v. Disclosure to others. We will share it in these cases:</li></ul>\
            <ul><li>When the law requires it.</li></ul><ul><li>To protect our rights.</li></ul>\
            <ul><li>vi. Disclosure in a sale. We may transfer it.</li></ul>";
        let src = crate::input::source_from_bytes("x.html", html.as_bytes(), None).unwrap();
        let clauses = segment(&crate::input::parse(&src).unwrap());
        let texts: Vec<&str> = clauses.iter().map(|c| &*c.text).collect();
        let leads: Vec<Option<usize>> = clauses.iter().map(|c| c.lead_in).collect();
        assert_eq!(
            leads,
            [None, None, None, None, Some(3), Some(3), None, None],
            "{texts:?}"
        );
    }

    #[test]
    fn numbered_paragraphs_are_items() {
        // Cases numbered in paragraphs, as legal-style policies and pages
        // that lost their list markup write them.
        let html = "<p>We may disclose your information in these situations:</p>            <p>(i) When the law requires it.</p><p>iv. To protect our rights.</p>            <p>b) We disclose it to auditors in these cases:</p><p>(1) When they ask.</p>            <p>Other text.</p><p>(ii) Unrelated.</p>";
        let src = crate::input::source_from_bytes("x.html", html.as_bytes(), None).unwrap();
        let clauses = segment(&crate::input::parse(&src).unwrap());
        let texts: Vec<&str> = clauses.iter().map(|c| &*c.text).collect();
        // The enumerator opens its sentence, it is no sentence alone.
        assert_eq!(texts[2], "iv. To protect our rights.");
        let leads: Vec<Option<usize>> = clauses.iter().map(|c| c.lead_in).collect();
        assert_eq!(
            leads,
            [None, Some(0), Some(0), Some(0), Some(3), None, None],
            "{texts:?}"
        );
        // A numbered paragraph that ends in a colon heads the items after it.
        assert!(clauses[3].introduces_list() && !clauses[0].list_item && clauses[1].list_item);
        for not_numbered in [
            "I think so.",
            "2.5 percent of users.",
            "(see below) We share.",
            "iv.",
        ] {
            assert!(!opens_enumerated(not_numbered), "{not_numbered}");
        }
    }
}
