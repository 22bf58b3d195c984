//! Tables: a row's cells read together under the header's labels.
//!
//! Policies written for the CCPA and the GDPR state their disclosures as
//! tables: "Categories of personal information | Categories of third
//! parties", "Recipients | Reasons for sharing | Categories of personal
//! data". No sentence of such a row says anything ("Marketing service
//! providers" | "• Estimated location • Age"); the header says what the
//! columns are, and the row pairs them. Without that reading a policy that
//! moves its list of disclosures into a table reads as one that stopped
//! disclosing. Three forms: data and the parties it goes to ("Marketing
//! service providers | • Estimated location"), data and what it is used
//! for ("To show you ads | • Age"), and data and answers under acts
//! ("Precise geolocation | Collected: Yes | Sold: No").

use super::analysis::Analysis;
use super::context::Antecedent;
use super::practice::{Choice, ExtractedClause, Matched, Practice, discloses};
use super::{ExtractCache, Extractor, merge_ids};
use crate::segment::Clause;
use crate::taxonomy::{Kind, normalize};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// What a column holds, as its label says.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Role {
    /// The data disclosed: "Categories of personal information", "Disclosed
    /// data", "Types of information we have sold or shared".
    Data,
    /// Who receives it, and by which acts (taxonomy action ids): "Categories
    /// of third parties" (shared), "Recipients of sales" (sold).
    Recipients(Vec<&'static str>),
    /// Why: "Purpose", "Reasons for sharing", "Why we use your information".
    Purposes,
    /// Whether each row's data is handled by the acts the label names, as
    /// "Yes" or "No": "Sold | Shared for cross-context behavioral
    /// advertising | Collected" (the California consumer notices' form).
    Flag(Vec<&'static str>),
    /// Whether the user can limit the row's sharing, as "Yes" or "No": the
    /// US model privacy form banks and card issuers send ("Reasons we can
    /// share your personal information | Does the bank share? | Can you
    /// limit this sharing?"). A "Yes" is an opt-out; "We don't share" says
    /// what the other column's "No" says.
    Limit,
}

/// Words of a label that say its column is neither data, parties nor
/// purposes: where the data comes from, the legal ground, how long it is
/// kept, who the user is, whom to write to.
#[rustfmt::skip]
const OTHER_LABELS: &[&str] = &[
    "source", "sources", "basis", "bases", "ground", "grounds", "retention", "retained", "kept",
    "subject", "consumer", "contact", "address", "right", "rights", "description", "meaning",
    "term", "country", "entity", "controller", "cookie", "cookies",
];

/// Words that open a relative clause or a qualifier after a label's head
/// noun: "Types of information | we have sold", "Circumstances | where data
/// may be disclosed", "Recipients of disclosures | for business purposes".
#[rustfmt::skip]
const QUALIFIERS: &[&str] = &[
    "we", "that", "which", "where", "when", "may", "is", "are", "have", "has", "for", "in",
    "under", "by", "about", "collected", "processed", "used",
];

/// Nouns a label is a kind of ("Categories of …", "Types of …"): the head
/// is what comes after.
#[rustfmt::skip]
const KIND_NOUNS: &[&str] = &[
    "type", "types", "category", "categories", "kind", "kinds", "statutory", "what", "the",
    "your", "of",
];

/// Head nouns of a data column.
#[rustfmt::skip]
const DATA_HEADS: &[&str] = &[
    "data", "information", "info", "pi", "category", "categories", "types", "type",
    "identifiers",
];

/// Words of a label that name the parties data goes to.
#[rustfmt::skip]
const PARTY_WORDS: &[&str] = &[
    "recipient", "recipients", "parties", "party", "whom", "circumstances", "disclosure",
    "disclosures", "shared", "disclosed", "sold", "sale", "sales", "sharing", "transferred",
];

/// Words of a label that ask why.
const PURPOSE_WORDS: &[&str] = &["purpose", "purposes", "why", "reason", "reasons"];

/// A label's words, lower case, without its punctuation.
fn label_words(label: &str) -> Vec<String> {
    normalize(label)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Words of a label that name selling.
const SELLING: &[&str] = &["sold", "sale", "sales", "sell", "selling"];

/// Words of a label that name sharing.
#[rustfmt::skip]
const SHARING: &[&str] = &[
    "shared", "sharing", "share", "disclosed", "disclosure", "disclosures", "disclose",
    "transferred",
];

/// The acts a label names: selling ("sold", "sales") and sharing
/// ("shared", "disclosed", "disclosures"), in that order.
fn acts_named(words: &[String]) -> Vec<&'static str> {
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    [("sell", SELLING), ("share", SHARING)]
        .into_iter()
        .filter(|(_, list)| has(list))
        .map(|(act, _)| act)
        .collect()
}

/// What a column labelled `label` holds; `None` for anything else (a
/// source, a legal basis, a retention period).
fn role(label: &str) -> Option<Role> {
    let words = label_words(label);
    if words.is_empty() || words.iter().any(|w| OTHER_LABELS.contains(&w.as_str())) {
        return None;
    }
    // The head: the words before a qualifier, past "Categories of".
    let end = words
        .iter()
        .skip(1)
        .position(|w| QUALIFIERS.contains(&w.as_str()))
        .map_or(words.len(), |p| p + 1);
    let head = &words[..end];
    let has = |list: &[&str]| head.iter().any(|w| list.contains(&w.as_str()));
    if has(PURPOSE_WORDS) {
        return Some(Role::Purposes);
    }
    let noun = head
        .iter()
        .position(|w| !KIND_NOUNS.contains(&w.as_str()))
        .map_or(&head[head.len() - 1..], |p| &head[p..]);
    let first = noun[0].as_str();
    // "Recipients of disclosures", "Disclosure of PI" name parties before
    // any data they mention; "Disclosed data" is data.
    let parties =
        |w: &str| PARTY_WORDS.contains(&w) && !matches!(w, "shared" | "disclosed" | "sold");
    if parties(first) {
        return Some(Role::Recipients(acts_named(&words)));
    }
    if noun
        .last()
        .is_some_and(|w| DATA_HEADS.contains(&w.as_str()))
    {
        return Some(Role::Data);
    }
    if words.iter().any(|w| PARTY_WORDS.contains(&w.as_str())) {
        return Some(Role::Recipients(acts_named(&words)));
    }
    None
}

/// What ends the opening of a parties' cell that names them.
#[rustfmt::skip]
const PARTY_NAME_ENDS: &[&str] = &[
    " to ", " - ", " – ", ": ", " for ", " where ", " who ", " which ", " that ",
];

/// The opening of a parties' cell that names them: up to its first
/// infinitive, dash or colon ("Advertising partners - to publish
/// third-party ads on our apps" names advertising partners, not the
/// public or third parties).
fn party_name(text: &str) -> &str {
    let lower = text.to_ascii_lowercase();
    let cut = PARTY_NAME_ENDS
        .iter()
        .filter_map(|c| lower.find(c))
        .min()
        .unwrap_or(text.len());
    text.get(..cut).unwrap_or(text)
}

/// Whether a recipient id names a party other than the company and the
/// user themselves.
fn another_party(r: &str) -> bool {
    r != "first-party" && r != "users-themselves"
}

/// What a row states of its data cells: by which acts, to whom, whether
/// denied ("No" under "Sold"), for which purposes beside the row's, and
/// which clause of the row says so (`None`: the data's own).
struct Stated {
    acts: Vec<&'static str>,
    recipients: Vec<String>,
    source: Option<usize>,
    negated: bool,
    purposes: Vec<String>,
}

/// The terms a cell's text names, by kind.
pub(super) struct Terms {
    data: Vec<String>,
    recipients: Vec<String>,
    purposes: Vec<String>,
    matched: Arc<[Matched]>,
}

/// A cell's text past its column's label, where it repeats it.
fn past_label<'t>(text: &'t str, label: &[String]) -> &'t str {
    let mut words = text
        .char_indices()
        .filter(|&(i, c)| {
            c.is_alphanumeric()
                && text[..i]
                    .chars()
                    .next_back()
                    .is_none_or(|p| !p.is_alphanumeric())
        })
        .map(|(i, _)| i);
    let mut rest = 0;
    for want in label {
        let Some(at) = words.next() else {
            return text;
        };
        let len = text[at..]
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(text.len() - at);
        if text[at..at + len].to_lowercase() != *want {
            return text;
        }
        rest = at + len;
    }
    text[rest..].trim_start_matches(|c: char| !c.is_alphanumeric())
}

/// One cell's text in one clause: (clause index, column, text).
type Piece<'a> = (usize, u16, &'a str);

/// The pieces of text each clause in `run` holds, cell by cell.
fn pieces(out: &[ExtractedClause], run: std::ops::Range<usize>) -> Vec<(u32, Piece<'_>)> {
    let mut all = Vec::new();
    for i in run {
        let c = &out[i].clause;
        let Some(cells) = &c.cells else { continue };
        for (k, &(start, cell)) in cells.iter().enumerate() {
            let end = cells.get(k + 1).map_or(c.text.len(), |&(e, _)| e);
            let text = c.text.get(start..end).unwrap_or_default().trim();
            if !text.is_empty() {
                all.push((cell.row, (i, cell.col, text)));
            }
        }
    }
    all
}

/// Whether a label asks if the user can limit or opt out of what the row
/// does: "Can you limit this sharing?", "Can you opt out?".
fn asks_limit(words: &[String]) -> bool {
    words.iter().any(|w| w == "limit" || w == "optout")
        || words.windows(2).any(|p| p[0] == "opt" && p[1] == "out")
}

/// Whether a cell of a column of answers says the row's act does not
/// happen at all ("We don't share"), where a "No" would say the user cannot
/// limit it.
fn denies_act(text: &str) -> bool {
    let t = normalize(text);
    let t = t.trim().trim_end_matches(['.', '*']);
    matches!(
        t,
        "we don't share" | "we do not share" | "not shared" | "we don't sell" | "we do not sell"
    )
}

/// What a cell of a column of answers says: yes ("Yes", "✓", "X"), no
/// ("No", "✗", "None"), or nothing ("N/A", a note).
fn answer(text: &str) -> Option<bool> {
    // (An answer is a word or two: most cells are longer.)
    if text.len() > 40 {
        return None;
    }
    let t = text.trim().trim_end_matches(['.', '*']).to_lowercase();
    let first = t.split([' ', ',', ';', '(']).next().unwrap_or_default();
    match first {
        "yes" | "y" | "✓" | "✔" | "x" | "☑" | "✅" => Some(true),
        "no" | "n" | "none" | "✗" | "✘" | "☐" | "❌" => Some(false),
        _ => None,
    }
}

/// The acts a label of a column of answers names: those of [`acts_named`],
/// and collection ("Collected in the last 12 months").
fn acts_answered(words: &[String]) -> Vec<&'static str> {
    let mut acts = acts_named(words);
    if words
        .iter()
        .any(|w| matches!(w.as_str(), "collected" | "collect" | "collection"))
    {
        acts.push("collect");
    }
    acts
}

/// The columns' roles under a header's labels, when they name data and
/// parties it goes to, purposes it serves, or acts each row answers, and
/// no label denies ("Data we do not sell"). `answers(col)`: whether the
/// column's cells all answer yes or no; `names_party(label)`: whether a
/// label names a party (a column of answers under "Advertisers" says
/// whether they get the row's data).
fn roles(
    labels: &[(u16, String)],
    answers: impl Fn(u16) -> bool,
    names_party: impl Fn(&str) -> bool,
) -> Option<Vec<(u16, Role)>> {
    let negated = labels.iter().any(|(_, l)| {
        let words = label_words(l);
        // ("Sold (Yes/No)" asks, it does not deny.)
        let asks = words.iter().any(|w| w == "yes");
        words.iter().any(|w| {
            matches!(w.as_str(), "not" | "never") || (!asks && matches!(w.as_str(), "no" | "none"))
        })
    });
    if negated {
        return None;
    }
    // A recipients' column that names no act takes the acts the other
    // labels name ("Types of information we have sold or shared |
    // Categories of third parties"), or sharing.
    let header_acts: Vec<&str> = acts_named(
        &labels
            .iter()
            .flat_map(|(_, l)| label_words(l))
            .collect::<Vec<_>>(),
    );
    let mut out: Vec<(u16, Role)> = Vec::new();
    // Columns of examples: of the data, where another column names its
    // categories ("Category | Examples | Categories of third parties").
    let mut examples: Vec<u16> = Vec::new();
    for (col, label) in labels {
        if label_words(label)
            .iter()
            .any(|w| w == "example" || w == "examples")
        {
            examples.push(*col);
            continue;
        }
        if answers(*col) {
            if asks_limit(&label_words(label)) {
                out.push((*col, Role::Limit));
                continue;
            }
            let mut acts = acts_answered(&label_words(label));
            if acts.is_empty() && names_party(label) {
                acts.push("share");
            }
            if !acts.is_empty() {
                out.push((*col, Role::Flag(acts)));
            }
            continue;
        }
        match role(label) {
            Some(Role::Recipients(acts)) if acts.is_empty() => {
                let acts = if header_acts.is_empty() {
                    vec!["share"]
                } else {
                    header_acts.clone()
                };
                out.push((*col, Role::Recipients(acts)));
            }
            Some(r) => out.push((*col, r)),
            None => {}
        }
    }
    // (The categories' column of a table of answers may go unlabelled.)
    let flags = out.iter().any(|(_, r)| matches!(r, Role::Flag(_)));
    let first_unlabelled = match labels.iter().find(|(c, _)| *c == 0) {
        Some((_, l)) => role(l).is_none() && label_words(l).len() <= 3,
        None => true,
    };
    if flags && !out.iter().any(|(_, r)| *r == Role::Data) && first_unlabelled && !answers(0) {
        out.insert(0, (0, Role::Data));
    }
    let data = out.iter().any(|(_, r)| *r == Role::Data);
    if data {
        out.extend(examples.into_iter().map(|c| (c, Role::Data)));
    }
    let parties = out.iter().any(|(_, r)| matches!(r, Role::Recipients(_)));
    let purposes = out.iter().any(|(_, r)| *r == Role::Purposes);
    // (The model form names no data column: each row's reason names the
    // data, or the label does, "Reasons we can share your personal
    // information".)
    (data && (parties || purposes || flags) || flags && purposes).then_some(out)
}

/// Whether a row's cells read as column labels: each short, none a
/// sentence. (A page's table often comes with an empty header row and its
/// labels in the first row of the body.)
fn reads_as_labels(cells: &[(u16, String)]) -> bool {
    cells.len() >= 2
        && cells.iter().all(|(_, t)| {
            t.split_whitespace().count() <= 14 && !t.trim_end().ends_with(['.', ':', ';'])
        })
}

impl Extractor {
    /// Adds the practices tables state row by row: each data cell of a row
    /// is disclosed to the parties its row's recipients' cells name, for
    /// the purposes its row names, by the acts the header names (in a table
    /// naming no parties, used for the row's purposes). A
    /// recipients' cell counts its first sentence only (the rest of a long
    /// cell says what the parties do: "… you should contact Facebook if you
    /// wish to exercise your rights").
    pub(super) fn read_tables(
        &self,
        out: &mut [ExtractedClause],
        own: &[String],
        mut cache: Option<&mut ExtractCache>,
    ) {
        // The cells read so far (a history's, across its versions).
        let memo: RefCell<FxHashMap<Box<str>, Arc<Terms>>> = RefCell::new(
            cache
                .as_deref_mut()
                .map(|c| std::mem::take(&mut c.cells))
                .unwrap_or_default(),
        );
        let mut i = 0;
        while i < out.len() {
            let Some(first_row) = out[i].clause.table_row() else {
                i += 1;
                continue;
            };
            // A table: clauses in cells, rows never going back (a head row,
            // or a smaller row number, opens the next table).
            let mut end = i + 1;
            let mut last = first_row;
            while let Some(r) = out.get(end).and_then(|c| c.clause.table_row()) {
                if Clause::opens_table(last, r) {
                    break;
                }
                last = r;
                end += 1;
            }
            // (A history's versions repeat most tables word for word.)
            let key = cache.as_ref().map(|_| {
                let mut h = rustc_hash::FxHasher::default();
                for c in &out[i..end] {
                    c.clause.text.hash(&mut h);
                    c.clause.cells.hash(&mut h);
                }
                h.finish()
            });
            let added = match (key, cache.as_deref()) {
                (Some(k), Some(c)) => c.tables.get(&k).cloned(),
                _ => None,
            };
            let added = added.unwrap_or_else(|| {
                let added: Arc<[(usize, Practice)]> =
                    self.read_table(out, i..end, own, &memo).into();
                if let (Some(k), Some(c)) = (key, cache.as_deref_mut()) {
                    c.tables.insert(k, added.clone());
                }
                added
            });
            // (Each clause's practices grow once, by all its row adds.)
            for group in added.chunk_by(|a, b| a.0 == b.0) {
                let c = &mut out[i + group[0].0];
                let mut all: Vec<Practice> = c.practices.to_vec();
                all.extend(group.iter().map(|(_, p)| p.clone()));
                c.practices = all.into();
            }
            i = end;
        }
        if let Some(c) = cache {
            c.cells = memo.into_inner();
        }
    }

    /// What one table's rows add: (clause offset in `run`, practice), in
    /// clause order.
    fn read_table(
        &self,
        out: &[ExtractedClause],
        run: std::ops::Range<usize>,
        own: &[String],
        read: &RefCell<FxHashMap<Box<str>, Arc<Terms>>>,
    ) -> Vec<(usize, Practice)> {
        let start = run.start;
        let all = pieces(out, run);
        let Some(&(first_row, _)) = all.first() else {
            return Vec::new();
        };
        let row_cells = |row: u32| -> Vec<(u16, String)> {
            let mut cells: Vec<(u16, String)> = Vec::new();
            for (_, (_, col, text)) in all.iter().filter(|(r, _)| *r == row) {
                match cells.last_mut() {
                    Some((c, t)) if c == col => {
                        t.push(' ');
                        t.push_str(text);
                    }
                    _ => cells.push((*col, text.to_string())),
                }
            }
            cells
        };
        let head = row_cells(first_row);
        if first_row != 0 && !reads_as_labels(&head) {
            return Vec::new();
        }
        // Whether a column's cells answer yes or no (a "N/A" aside).
        let answers = |col: u16| {
            let cells: Vec<&str> = all
                .iter()
                .filter(|(r, (_, c, _))| *r != first_row && *c == col)
                .map(|(_, (_, _, t))| *t)
                .collect();
            cells.iter().all(|t| {
                answer(t).is_some()
                    || denies_act(t)
                    || matches!(t.to_lowercase().as_str(), "n/a" | "-" | "—" | "na")
            }) && cells.iter().any(|t| answer(t).is_some())
        };
        // The terms a piece of text names, read once per text (a table
        // repeats its cells: "Account data" in row after row; a history's
        // versions repeat its tables).
        let terms_of = |text: &str| -> Arc<Terms> {
            if let Some(t) = read.borrow().get(text) {
                return t.clone();
            }
            let scan = self.scan(text);
            let a = Analysis::new(
                self,
                &scan.norm,
                &scan.words,
                scan.hits.clone(),
                own,
                Antecedent::Unknown,
            );
            let t = Arc::new(Terms {
                data: a.terms(Kind::Data, false),
                recipients: a.terms(Kind::Recipient, false),
                purposes: a.terms(Kind::Purpose, false),
                matched: a.matched_terms().into(),
            });
            read.borrow_mut().insert(text.into(), t.clone());
            t
        };
        let terms = |text: &str, kind: Kind| -> (Vec<String>, Arc<[Matched]>) {
            let t = terms_of(text);
            let ids = match kind {
                Kind::Data => &t.data,
                Kind::Recipient => &t.recipients,
                _ => &t.purposes,
            };
            (ids.clone(), t.matched.clone())
        };
        // The parties a text names other than the company and the user.
        let parties_in = |text: &str| -> Vec<String> {
            terms(text, Kind::Recipient)
                .0
                .into_iter()
                .filter(|r| another_party(r))
                .collect()
        };
        // (A column headed by a party, "Advertisers", whose cells answer
        // yes or no, says whether each row's data goes to that party.)
        let names_party = |label: &str| !parties_in(label).is_empty();
        let Some(roles) = roles(&head, answers, names_party) else {
            return Vec::new();
        };
        let role_of = |col: u16| roles.iter().find(|(c, _)| *c == col).map(|(_, r)| r);
        let last_row = all.last().map_or(first_row, |&(r, _)| r);
        let has_parties = roles.iter().any(|(_, r)| matches!(r, Role::Recipients(_)));
        // (Without a data column each row's reason names its data, or the
        // reasons' label does: the model form's "Reasons we can share your
        // personal information".)
        let reasons_hold_data = !roles.iter().any(|(_, r)| *r == Role::Data);
        let label_data: Vec<String> = if reasons_hold_data {
            roles
                .iter()
                .filter(|(_, r)| *r == Role::Purposes)
                .filter_map(|(c, _)| head.iter().find(|(h, _)| h == c))
                .flat_map(|(_, l)| terms(l, Kind::Data).0)
                .collect()
        } else {
            Vec::new()
        };
        let head_words: Vec<(u16, Vec<String>)> =
            head.iter().map(|(c, l)| (*c, label_words(l))).collect();
        let mut added: Vec<(usize, Practice)> = Vec::new();
        for row in first_row + 1..=last_row {
            // (A page made for narrow screens repeats each label in its
            // cells: "Recipients of sales | Recipients of sales  • Ad
            // providers". The label is no party.)
            let pieces: Vec<Piece> = all
                .iter()
                .filter(|(r, _)| *r == row)
                .map(|&(_, (ci, col, text))| {
                    let label = head_words
                        .iter()
                        .find(|(c, _)| *c == col)
                        .map(|(_, l)| &l[..]);
                    (ci, col, label.map_or(text, |l| past_label(text, l)))
                })
                .filter(|(_, _, text)| !text.is_empty())
                .collect();
            let pieces: Vec<&Piece> = pieces.iter().collect();
            let mut purposes: Vec<String> = Vec::new();
            let mut parties: Vec<Stated> = Vec::new();
            // The first cell naming why, for a table of uses.
            let mut why: Option<usize> = None;
            // The parties a reason names ("For our affiliates to market to
            // you"), for a column of answers whose label names none.
            let mut reasons_parties: Vec<String> = Vec::new();
            // Whether the row's sharing can be limited ("Yes" under "Can you
            // limit this sharing?").
            let mut limited = false;
            for (col, role) in &roles {
                let in_col = pieces.iter().filter(|(_, c, _)| c == col);
                match role {
                    Role::Purposes => {
                        for &&(ci, _, text) in in_col {
                            let named = terms(text, Kind::Purpose).0;
                            if !named.is_empty() {
                                why.get_or_insert(ci);
                            }
                            merge_ids(&mut purposes, named);
                            merge_ids(&mut reasons_parties, parties_in(text));
                        }
                    }
                    Role::Limit => {
                        limited =
                            in_col.clone().next().and_then(|(_, _, t)| answer(t)) == Some(true);
                    }
                    Role::Data => {}
                    Role::Recipients(acts) => {
                        let mut recipients: Vec<String> = Vec::new();
                        let mut source = None;
                        for (k, &&(ci, _, text)) in in_col.clone().enumerate() {
                            // The cell's opening names the parties; a list
                            // opening the cell lists them ("• Service
                            // providers • Affiliates"); a list a sentence
                            // of the cell introduces says what they do.
                            let c = &out[ci].clause;
                            if k > 0 && !(c.list_item && c.lead_in.is_none()) {
                                continue;
                            }
                            merge_ids(&mut purposes, terms(text, Kind::Purpose).0);
                            let named = terms(party_name(text), Kind::Recipient).0;
                            // (A cell opening on a topic, "Anti-fraud
                            // procedures - Your data may be shared with our
                            // affiliates", names its parties as its
                            // sentence's recipients.)
                            let named = if named.is_empty() && k == 0 {
                                out[ci]
                                    .practices
                                    .iter()
                                    .filter(|p| discloses(&p.action) && !p.negated)
                                    .flat_map(|p| p.recipients.iter().cloned())
                                    .collect()
                            } else {
                                named
                            };
                            if !named.is_empty() {
                                source.get_or_insert(ci);
                            }
                            for r in named {
                                if !recipients.contains(&r) && another_party(&r) {
                                    recipients.push(r);
                                }
                            }
                        }
                        if let Some(ci) = source {
                            // (The label may say why: "Third parties we
                            // share with for targeted advertising".)
                            let label = head
                                .iter()
                                .find(|(c, _)| c == col)
                                .map_or("", |(_, l)| l.as_str());
                            parties.push(Stated {
                                acts: acts.clone(),
                                recipients,
                                source: Some(ci),
                                negated: false,
                                purposes: terms(label, Kind::Purpose).0,
                            });
                        } else if let Some(&&(ci, _, text)) = in_col.clone().next()
                            && answer(text) == Some(false)
                        {
                            // "None" where the parties go: given to no one.
                            parties.push(Stated {
                                acts: acts.clone(),
                                recipients: vec!["third-parties".to_string()],
                                source: Some(ci),
                                negated: true,
                                purposes: Vec::new(),
                            });
                        }
                    }
                    Role::Flag(acts) => {
                        let Some(yes) = in_col.clone().next().and_then(|(_, _, t)| answer(t))
                        else {
                            continue;
                        };
                        // (Sold or shared to whom the label says, else to
                        // third parties; for the purposes it names:
                        // "Shared for cross-context behavioral advertising".)
                        let label = head
                            .iter()
                            .find(|(c, _)| c == col)
                            .map_or("", |(_, l)| l.as_str());
                        let mut recipients = parties_in(label);
                        if recipients.is_empty() {
                            recipients.clone_from(&reasons_parties);
                        }
                        if recipients.is_empty() {
                            recipients.push("third-parties".to_string());
                        }
                        for act in acts {
                            parties.push(Stated {
                                acts: vec![act],
                                recipients: if discloses(act) {
                                    recipients.clone()
                                } else {
                                    Vec::new()
                                },
                                source: None,
                                negated: !yes,
                                purposes: terms(label, Kind::Purpose).0,
                            });
                        }
                    }
                }
            }
            // A table naming no parties says what each row's data is used
            // for ("Why we use your information | What information we
            // use"): the data used for the row's purposes.
            let parties = match why {
                Some(ci) if !has_parties && parties.is_empty() => vec![Stated {
                    acts: vec!["use"],
                    recipients: Vec::new(),
                    source: Some(ci),
                    negated: false,
                    purposes: Vec::new(),
                }],
                _ => parties,
            };
            if parties.is_empty() {
                continue;
            }
            for &&(ci, col, text) in &pieces {
                // (A cell's sentence introducing its list, "… it may
                // include:.", names the data its items name.)
                let leads = text.trim_end_matches(['.', ' ']).ends_with(':');
                let holds_data = match role_of(col) {
                    Some(Role::Data) => true,
                    Some(Role::Purposes) => reasons_hold_data,
                    _ => false,
                };
                if !holds_data || leads {
                    continue;
                }
                let (mut data, matched) = terms(text, Kind::Data);
                if data.is_empty() && reasons_hold_data {
                    data.clone_from(&label_data);
                }
                if data.is_empty() {
                    continue;
                }
                for st in &parties {
                    for act in &st.acts {
                        let mut p = Practice::companys(
                            act,
                            st.negated,
                            data.clone(),
                            matched.clone(),
                            Vec::new(),
                        );
                        p.recipients = st.recipients.clone();
                        // (A denied row's purposes are the data's, not the
                        // act's: "Precise location | Used to show nearby
                        // stores | Sold: No". The model form's reason is
                        // the act's: "For nonaffiliates to market to you |
                        // No".)
                        p.purposes = if st.negated && !reasons_hold_data {
                            Vec::new()
                        } else {
                            purposes.clone()
                        };
                        merge_ids(&mut p.purposes, st.purposes.clone());
                        if limited && !st.negated && discloses(act) {
                            p.choice = Some(Choice {
                                kind: "opt-out".to_string(),
                                window_days: None,
                                scope: Vec::new(),
                            });
                        }
                        // (The cell naming the parties or purposes, quoted
                        // beside it; for an answer, the row itself.)
                        let source = st.source.unwrap_or(ci);
                        p.inherited_from = Some(out[source].clause.id.to_string());
                        added.push((ci, p));
                    }
                }
            }
        }
        // (What a clause states stands, and what its row added already:
        // the row adds only what it does not say yet.)
        added.sort_by_key(|(ci, _)| *ci);
        let covers = |q: &Practice, p: &Practice| {
            q.action == p.action
                && q.negated == p.negated
                && p.recipients.iter().all(|r| q.recipients.contains(r))
                && p.data.iter().all(|d| q.data.contains(d))
                && p.purposes.iter().all(|x| q.purposes.contains(x))
        };
        let mut kept: Vec<(usize, Practice)> = Vec::with_capacity(added.len());
        for (ci, p) in added {
            let said = out[ci].practices.iter().any(|q| covers(q, &p))
                || kept
                    .iter()
                    .rev()
                    .take_while(|(k, _)| *k == ci - start)
                    .any(|(_, q)| covers(q, &p));
            if !said {
                kept.push((ci - start, p));
            }
        }
        kept
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_name_data_parties_and_purposes() {
        let parties = |acts: &[&'static str]| Some(Role::Recipients(acts.to_vec()));
        for (label, want) in [
            ("Categories of Personal Information", Some(Role::Data)),
            ("Disclosed data", Some(Role::Data)),
            (
                "Types of Information we have Sold or Shared in the Previous 12 Months",
                Some(Role::Data),
            ),
            ("What information we use", Some(Role::Data)),
            ("Category", Some(Role::Data)),
            ("Categories of Third Parties", parties(&[])),
            (
                "Recipients of Disclosures for Business Purposes",
                parties(&["share"]),
            ),
            (
                "Recipients of “Sales” or “Sharing”",
                parties(&["sell", "share"]),
            ),
            ("Shared with", parties(&["share"])),
            ("Data Recipient", parties(&[])),
            (
                "Circumstances where data may be disclosed",
                parties(&["share"]),
            ),
            (
                "Purpose(s) for Collecting & Disclosing",
                Some(Role::Purposes),
            ),
            ("Reasons for sharing", Some(Role::Purposes)),
            ("Why we use your information", Some(Role::Purposes)),
            ("Sources of PI", None),
            ("Legal basis under the GDPR and retention period", None),
            ("Where we get the information", None),
        ] {
            assert_eq!(role(label), want, "{label}");
        }
    }
}
