//! Stage 4 — alignment: pair the clauses of two versions.
//!
//! In order: clauses identical after normalisation (cosmetic edits — case,
//! white space, punctuation, quote style, numbers and dates — are recognised
//! here), then reworded ones by word-set similarity, then split and merged
//! ones by containment. A pair whose position or section changed is *moved*,
//! so a reordered or renamed section never reads as deleted and re-added.

use crate::extract::ExtractedClause;
use rustc_hash::FxHashMap;
use serde::Serialize;
use similar::{Algorithm, DiffOp, capture_diff_slices};

/// Two clauses at least this similar (Dice over word sets) are one edited clause.
pub const EDIT_THRESHOLD: f64 = 0.5;
/// A clause whose words lie this much inside another is a split or merge of it.
pub const CONTAINMENT_THRESHOLD: f64 = 0.8;
/// How many clauses from the other part a split-off part may stand (and a
/// merged clause from the clause it joined): the parts of one clause stay
/// together. ("We may share your information with:" far away is no part
/// of the merger sentence whose words it happens to share.)
pub const SPLIT_REACH: usize = 3;

/// How a clause changed between versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    Unchanged,
    /// Same words; only punctuation, case, quotes, white space, numbers or dates differ.
    Cosmetic,
    /// Same text, out of its former order (a renamed section alone is no move).
    Moved,
    Edited,
    /// Part of an old clause now stands on its own.
    Split,
    /// A new clause combines (part of) old ones.
    Merged,
    Added,
    Removed,
}

/// One step of a word-level edit script.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WordOp {
    /// `equal`, `delete` or `insert`.
    pub op: &'static str,
    pub text: String,
}

/// A pairing of an old and a new clause (either may be missing).
#[derive(Debug, Clone)]
pub struct ClausePair {
    pub kind: ChangeKind,
    pub old: Option<usize>,
    pub new: Option<usize>,
    pub similarity: f64,
}

/// The alignment of two versions.
#[derive(Debug, Clone, Default)]
pub struct Alignment {
    pub pairs: Vec<ClausePair>,
    /// For each old clause, the new clause it became (if any).
    pub old_to_new: Vec<Option<usize>>,
    /// For each new clause, the old clause it came from (if any).
    pub new_to_old: Vec<Option<usize>>,
}

/// A new version that kept little of the old one and is much shorter: what
/// an index page, a cookie wall, an error page or a truncated capture looks
/// like to an archive that records whatever the address served. Its
/// findings are real differences between the two texts, but they likely
/// come from the capture, not from a change of policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Shrink {
    /// Old clauses the new version still has (in any form).
    pub kept: usize,
    /// Clauses of the old version.
    pub old_clauses: usize,
    /// Clauses of the new version.
    pub new_clauses: usize,
}

/// An old version shorter than this many clauses is too small to call a
/// new one a fragment of it.
const SHRINK_MIN_CLAUSES: usize = 20;
/// At most this share of the old version, both kept and in length, makes a
/// new version a fragment: a quarter leaves room for real abridgements (a
/// policy rewritten at half its length keeps far more of its clauses).
const SHRINK_SHARE: f64 = 0.25;

impl Alignment {
    /// How little of the old version the new one keeps, when the new one
    /// reads as a fragment of it (see [`Shrink`]).
    pub fn shrink(&self) -> Option<Shrink> {
        let s = Shrink {
            kept: self.old_to_new.iter().flatten().count(),
            old_clauses: self.old_to_new.len(),
            new_clauses: self.new_to_old.len(),
        };
        let small = |n: usize| n as f64 <= SHRINK_SHARE * s.old_clauses as f64;
        (s.old_clauses >= SHRINK_MIN_CLAUSES && small(s.kept) && small(s.new_clauses)).then_some(s)
    }

    /// Whether the new version brings back most of the old one: a version
    /// after a fragment is compared with the one before the fragment when
    /// it restores it.
    pub fn restores(&self) -> bool {
        let kept = self.old_to_new.iter().flatten().count();
        !self.old_to_new.is_empty() && kept * 2 >= self.old_to_new.len()
    }
}

/// A clause's words for comparison: the hashes of the alphanumeric runs of
/// its normalised text, sorted and de-duplicated; 64-bit hashes make
/// collisions between a clause's few hundred words negligible. Only clauses
/// left unpaired by the exact match need one.
pub fn word_set(norm: &str) -> Vec<u64> {
    use std::hash::{Hash, Hasher};
    let mut v: Vec<u64> = words(norm)
        .map(|w| {
            let mut h = rustc_hash::FxHasher::default();
            w.hash(&mut h);
            h.finish()
        })
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// The alphanumeric runs of a text: byte by byte for ASCII (nearly every
/// clause), char by char otherwise.
fn words(norm: &str) -> Box<dyn Iterator<Item = &str> + '_> {
    if norm.is_ascii() {
        let bytes = norm.as_bytes();
        let mut i = 0;
        Box::new(std::iter::from_fn(move || {
            while i < bytes.len() && !bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            (i > start).then(|| &norm[start..i])
        }))
    } else {
        Box::new(
            norm.split(|ch: char| !ch.is_alphanumeric())
                .filter(|w| !w.is_empty()),
        )
    }
}

fn is_month(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    )
}

/// The cosmetic key of a normalised clause text, hashed: its words without
/// dates (month names, years, and day numbers next to a month). Other
/// numbers stay: "30 days" → "90 days" is no cosmetic edit. Extraction
/// computes it once per distinct sentence ([`ExtractedClause::key`]).
pub fn cosmetic_key(norm: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let digits = |w: &str| !w.is_empty() && w.bytes().all(|c| c.is_ascii_digit());
    let mut h = rustc_hash::FxHasher::default();
    let mut ws = words(norm).peekable();
    let mut prev_month = false;
    while let Some(w) = ws.next() {
        let month = is_month(w);
        let dated = month
            || (digits(w)
                && match w.len() {
                    4 => w.starts_with("19") || w.starts_with("20"),
                    1 | 2 => prev_month || ws.peek().is_some_and(|n| is_month(n)),
                    _ => false,
                });
        if !dated {
            w.hash(&mut h);
        }
        prev_month = month;
    }
    h.finish()
}

/// Aligns the clauses of two versions.
pub fn align<'a>(old: &'a [ExtractedClause], new: &'a [ExtractedClause]) -> Alignment {
    let okeys: Vec<u64> = old.iter().map(|c| c.key).collect();
    let nkeys: Vec<u64> = new.iter().map(|c| c.key).collect();
    let mut old_to_new: Vec<Option<usize>> = vec![None; old.len()];
    let mut new_to_old: Vec<Option<usize>> = vec![None; new.len()];
    // Similarity of each old clause to the new one it is paired with.
    let mut sim: Vec<f64> = vec![0.0; old.len()];

    // 1. Identical after normalisation, in order of appearance: new clauses
    // sorted by key, and for each key the first one not yet taken.
    let mut by_key: Vec<(u64, usize)> = nkeys.iter().enumerate().map(|(j, &k)| (k, j)).collect();
    by_key.sort_unstable();
    let mut next: FxHashMap<u64, usize> = FxHashMap::default();
    for (pos, &(k, _)) in by_key.iter().enumerate().rev() {
        next.insert(k, pos);
    }
    for (i, k) in okeys.iter().enumerate() {
        if let Some(pos) = next.get_mut(k)
            && let Some(&(key, j)) = by_key.get(*pos)
            && key == *k
        {
            *pos += 1;
            old_to_new[i] = Some(j);
            new_to_old[j] = Some(i);
            sim[i] = 1.0;
        }
    }

    // 2. Similar: Dice coefficient over word sets, best pairs first. Only
    // clauses left unpaired by step 1 need their word sets.
    let unpaired = |cs: &'a [ExtractedClause], paired: &[Option<usize>]| -> Vec<&'a [u64]> {
        cs.iter()
            .zip(paired)
            .map(|(c, p)| match p {
                Some(_) => &[][..],
                None => &c.word_set.get_or_init(|| word_set(&c.norm).into())[..],
            })
            .collect()
    };
    let sets_o = unpaired(old, &old_to_new);
    let sets_n = unpaired(new, &new_to_old);
    let mut index: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    for (j, s) in sets_n.iter().enumerate() {
        if new_to_old[j].is_none() {
            for &t in s.iter() {
                index.entry(t).or_default().push(j);
            }
        }
    }
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    // Words shared with each new clause, counted in a dense array (reset
    // through the list of those touched): cheaper than a map per clause.
    let mut shared: Vec<u32> = vec![0; sets_n.len()];
    let mut touched: Vec<usize> = Vec::new();
    for (i, s) in sets_o.iter().enumerate() {
        if old_to_new[i].is_some() || s.is_empty() {
            continue;
        }
        for t in s.iter() {
            if let Some(js) = index.get(t) {
                for &j in js {
                    if shared[j] == 0 {
                        touched.push(j);
                    }
                    shared[j] += 1;
                }
            }
        }
        for j in touched.drain(..) {
            let n = std::mem::take(&mut shared[j]);
            let dice = 2.0 * n as f64 / (s.len() + sets_n[j].len()) as f64;
            // (One word in common is no edit of two labels of two words
            // or more, "Account closure." is not "Account data", unless the
            // others are one word's forms: "Email addresses". Asked only of
            // pairs similar enough, which one word in common makes rare.)
            if dice >= EDIT_THRESHOLD
                && !(n == 1
                    && s.len() >= 2
                    && sets_n[j].len() >= 2
                    && !forms_of_one_word(&old[i].norm, &new[j].norm))
            {
                candidates.push((dice, i, j));
            }
        }
    }
    // Highest similarity first; ties go to the pair closest in relative position.
    let rel = |i: usize, j: usize| {
        (i as f64 / old.len().max(1) as f64 - j as f64 / new.len().max(1) as f64).abs()
    };
    candidates.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then(rel(a.1, a.2).total_cmp(&rel(b.1, b.2)))
            .then(a.1.cmp(&b.1))
            .then(a.2.cmp(&b.2))
    });
    for (d, i, j) in candidates {
        if old_to_new[i].is_none() && new_to_old[j].is_none() {
            old_to_new[i] = Some(j);
            new_to_old[j] = Some(i);
            sim[i] = d;
        }
    }

    // 3. Splits and merges: an unpaired clause contained in a paired one.
    let mut pairs: Vec<ClausePair> = Vec::with_capacity(old.len().max(new.len()));
    // Split: a new clause inside an edited old one; merged: the mirror image.
    let split_of = containers(&sets_n, &new_to_old, &sets_o, &old_to_new);
    let merged_into = containers(&sets_o, &old_to_new, &sets_n, &new_to_old);

    // Pairs that keep their relative order are in place; the rest moved.
    let matched: Vec<(usize, usize)> = old_to_new
        .iter()
        .enumerate()
        .filter_map(|(i, j)| j.map(|j| (i, j)))
        .collect();
    let in_order = longest_increasing(&matched.iter().map(|&(_, j)| j).collect::<Vec<_>>());
    for (k, &(i, j)) in matched.iter().enumerate() {
        let (o, n) = (&old[i].clause, &new[j].clause);
        let s = sim[i];
        let kind = if s < 1.0 {
            ChangeKind::Edited
        } else if !in_order[k] {
            ChangeKind::Moved
        } else if o.text == n.text {
            ChangeKind::Unchanged
        } else if okeys[i] == nkeys[j] {
            ChangeKind::Cosmetic
        } else {
            ChangeKind::Edited
        };
        pairs.push(ClausePair {
            kind,
            old: Some(i),
            new: Some(j),
            similarity: s,
        });
    }
    for i in 0..old.len() {
        if old_to_new[i].is_none() {
            let (kind, new, similarity) = match merged_into[i] {
                Some((j, c)) => (ChangeKind::Merged, Some(j), c),
                None => (ChangeKind::Removed, None, 0.0),
            };
            pairs.push(ClausePair {
                kind,
                old: Some(i),
                new,
                similarity,
            });
        }
    }
    for j in 0..new.len() {
        if new_to_old[j].is_none() {
            let (kind, old, similarity) = match split_of[j] {
                Some((i, c)) => (ChangeKind::Split, Some(i), c),
                None => (ChangeKind::Added, None, 0.0),
            };
            pairs.push(ClausePair {
                kind,
                old,
                new: Some(j),
                similarity,
            });
        }
    }
    // Keys are unique (a clause is in one pair), so the unstable sort is deterministic.
    pairs.sort_unstable_by_key(|p| (p.new.unwrap_or(usize::MAX), p.old.unwrap_or(usize::MAX)));
    Alignment {
        pairs,
        old_to_new,
        new_to_old,
    }
}

/// For each unpaired clause of one side (4 words or more), the paired,
/// edited clause of the other side that contains the largest share
/// (≥ [`CONTAINMENT_THRESHOLD`]) of its words, with that share, where
/// that clause's own counterpart stands within [`SPLIT_REACH`] clauses. Only an
/// edited clause (one with a word set) can have lost or gained a part.
fn containers(
    mine: &[&[u64]],
    my_pairs: &[Option<usize>],
    theirs: &[&[u64]],
    their_pairs: &[Option<usize>],
) -> Vec<Option<(usize, f64)>> {
    // Which of their edited clauses hold each word.
    let mut index: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    for (o, set) in theirs.iter().enumerate() {
        if their_pairs[o].is_some() {
            for &t in set.iter() {
                index.entry(t).or_default().push(o);
            }
        }
    }
    let mut shared = vec![0u32; theirs.len()];
    let mut touched: Vec<usize> = Vec::new();
    (0..mine.len())
        .map(|k| {
            if my_pairs[k].is_some() || mine[k].len() < 4 {
                return None;
            }
            for t in mine[k].iter() {
                for &o in index.get(t).map(Vec::as_slice).unwrap_or_default() {
                    if shared[o] == 0 {
                        touched.push(o);
                    }
                    shared[o] += 1;
                }
            }
            let n = mine[k].len() as f64;
            let best = touched
                .iter()
                .map(|&o| (shared[o] as f64 / n, o))
                .filter(|&(c, o)| {
                    c >= CONTAINMENT_THRESHOLD
                        && their_pairs[o].is_some_and(|p| p.abs_diff(k) <= SPLIT_REACH)
                })
                .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)))
                .map(|(c, o)| (o, c));
            for o in touched.drain(..) {
                shared[o] = 0;
            }
            best
        })
        .collect()
}

/// Marks the elements of the longest strictly increasing subsequence.
fn longest_increasing(xs: &[usize]) -> Vec<bool> {
    let mut tails: Vec<usize> = Vec::new(); // indices into xs
    let mut prev: Vec<Option<usize>> = vec![None; xs.len()];
    for (k, &x) in xs.iter().enumerate() {
        let pos = tails.partition_point(|&t| xs[t] < x);
        if pos > 0 {
            prev[k] = Some(tails[pos - 1]);
        }
        if pos == tails.len() {
            tails.push(k);
        } else {
            tails[pos] = k;
        }
    }
    let mut keep = vec![false; xs.len()];
    let mut cur = tails.last().copied();
    while let Some(k) = cur {
        keep[k] = true;
        cur = prev[k];
    }
    keep
}

/// Word-level edit script between two clause texts (deterministic: no time
/// limit, clause length is capped by segmentation instead).
pub fn word_diff(old: &str, new: &str) -> Vec<WordOp> {
    let a: Vec<&str> = old.split_whitespace().collect();
    let b: Vec<&str> = new.split_whitespace().collect();
    let mut out: Vec<WordOp> = Vec::new();
    let mut push = |op: &'static str, words: &[&str]| {
        if words.is_empty() {
            return;
        }
        let text = words.join(" ");
        match out.last_mut() {
            Some(last) if last.op == op => {
                last.text.push(' ');
                last.text.push_str(&text);
            }
            _ => out.push(WordOp { op, text }),
        }
    };
    for op in capture_diff_slices(Algorithm::Myers, &a, &b) {
        match op {
            DiffOp::Equal { old_index, len, .. } => push("equal", &a[old_index..old_index + len]),
            DiffOp::Delete {
                old_index, old_len, ..
            } => push("delete", &a[old_index..old_index + old_len]),
            DiffOp::Insert {
                new_index, new_len, ..
            } => push("insert", &b[new_index..new_index + new_len]),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                push("delete", &a[old_index..old_index + old_len]);
                push("insert", &b[new_index..new_index + new_len]);
            }
        }
    }
    out
}

/// The edit script as plain text: `[-deleted-]{+inserted+}`, like `git diff --word-diff`.
pub fn word_diff_plain(ops: &[WordOp]) -> String {
    ops.iter()
        .map(|o| match o.op {
            "delete" => format!("[-{}-]", o.text),
            "insert" => format!("{{+{}+}}", o.text),
            _ => o.text.clone(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether two short texts differ only in forms of one word: each has a
/// word the other lacks, and those words share their first four letters
/// ("address" / "addresses", "share" / "sharing").
fn forms_of_one_word(a: &str, b: &str) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
            .filter(|w| !w.is_empty())
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    let only = |x: &[String], y: &[String]| -> Vec<String> {
        x.iter().filter(|w| !y.contains(w)).cloned().collect()
    };
    let (oa, ob) = (only(&wa, &wb), only(&wb, &wa));
    let stem = |w: &str| w.chars().take(4).collect::<String>();
    !oa.is_empty()
        && !ob.is_empty()
        && oa
            .iter()
            .all(|x| x.chars().count() >= 4 && ob.iter().any(|y| stem(x) == stem(y)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Clause;

    fn clauses(texts: &[(&str, &str)]) -> Vec<ExtractedClause> {
        texts
            .iter()
            .enumerate()
            .map(|(i, (sec, t))| ExtractedClause {
                clause: Clause {
                    id: crate::segment::ClauseId(i as u32 + 1),
                    section: vec![sec.to_string()].into(),
                    lines: [i + 1, i + 1],
                    text: (*t).into(),
                    list_item: false,
                    label: false,
                    opens_item: false,
                    enumerated: false,
                    lead_in: None,
                    cells: None,
                },
                practices: Vec::new().into(),
                norm: crate::taxonomy::normalize(t).into(),
                key: cosmetic_key(&crate::taxonomy::normalize(t)),
                word_set: Default::default(),
                said: Default::default(),
            })
            .collect()
    }

    /// How the pair of old clause `o` and new clause `n` changed, if
    /// they are a pair.
    fn pair_kind(al: &Alignment, o: Option<usize>, n: Option<usize>) -> Option<ChangeKind> {
        al.pairs
            .iter()
            .find(|p| p.old == o && p.new == n)
            .map(|p| p.kind)
    }

    #[test]
    fn identical_cosmetic_edited_moved_added_removed() {
        let old = clauses(&[
            ("A", "We collect your name."),
            ("A", "Updated March 3, 2020."),
            ("B", "We share data with partners for marketing purposes."),
            ("B", "We keep logs for a while."),
            ("C", "Contact us by mail."),
        ]);
        let new = clauses(&[
            ("C", "Contact us by mail."),
            ("A", "We collect  your name!"),
            ("A", "Updated June 9, 2023."),
            (
                "B",
                "We share data with advertising partners for marketing purposes.",
            ),
            ("B", "You can opt out anytime."),
        ]);
        let al = align(&old, &new);
        let kind = |o, n| pair_kind(&al, o, n);
        assert_eq!(kind(Some(4), Some(0)), Some(ChangeKind::Moved));
        assert_eq!(kind(Some(0), Some(1)), Some(ChangeKind::Cosmetic));
        assert_eq!(kind(Some(1), Some(2)), Some(ChangeKind::Cosmetic));
        assert_eq!(kind(Some(2), Some(3)), Some(ChangeKind::Edited));
        assert_eq!(kind(Some(3), None), Some(ChangeKind::Removed));
        assert_eq!(kind(None, Some(4)), Some(ChangeKind::Added));
    }

    #[test]
    fn two_short_labels_sharing_one_word_are_no_edit() {
        let old = clauses(&[("A", "Account closure."), ("A", "Email address")]);
        let new = clauses(&[("A", "Account data"), ("A", "Email addresses")]);
        let al = align(&old, &new);
        let kind = |o, n| pair_kind(&al, o, n);
        assert_eq!(kind(Some(0), None), Some(ChangeKind::Removed));
        assert_eq!(kind(None, Some(0)), Some(ChangeKind::Added));
        // A word in another form is still one edited label.
        assert_eq!(kind(Some(1), Some(1)), Some(ChangeKind::Edited));
    }

    #[test]
    fn splits_are_recognised() {
        let old = clauses(&[(
            "A",
            "We share your phone number with partners and we sell your location data to brokers.",
        )]);
        let new = clauses(&[
            ("A", "We share your phone number with partners."),
            ("A", "We sell your location data to brokers."),
        ]);
        let al = align(&old, &new);
        assert!(
            al.pairs.iter().any(|p| p.kind == ChangeKind::Split),
            "{:?}",
            al.pairs
        );
        assert!(!al.pairs.iter().any(|p| p.kind == ChangeKind::Added));
    }

    #[test]
    fn a_far_clause_sharing_words_is_no_split() {
        // The merger sentence stays (edited); a short lead-in added far from
        // it shares its words but is no part of it.
        let merger = "If we are involved in a merger, we may sell, transfer, or share our assets, including your information, in connection with such transaction.";
        let filler: Vec<String> = (0..6)
            .map(|i| format!("Paragraph {i} explains how cookies number {i} help us."))
            .collect();
        let mut old_rows: Vec<(&str, &str)> = filler.iter().map(|t| ("A", t.as_str())).collect();
        old_rows.push(("A", merger));
        let mut new_rows: Vec<(&str, &str)> = vec![("A", "We may share your information with:")];
        new_rows.extend(filler.iter().map(|t| ("A", t.as_str())));
        let edited = merger.replace("such transaction", "such a deal, such as due diligence");
        new_rows.push(("A", &edited));
        let al = align(&clauses(&old_rows), &clauses(&new_rows));
        let lead_in = al.pairs.iter().find(|p| p.new == Some(0)).map(|p| p.kind);
        assert_eq!(lead_in, Some(ChangeKind::Added), "{:?}", al.pairs);
        // Beside it, it would be split off.
        let mut near = new_rows.clone();
        near.remove(0);
        near.push(("A", "We may share your information with:"));
        let al = align(&clauses(&old_rows), &clauses(&near));
        let last = al
            .pairs
            .iter()
            .find(|p| p.new == Some(near.len() - 1))
            .map(|p| p.kind);
        assert_eq!(last, Some(ChangeKind::Split), "{:?}", al.pairs);
    }

    #[test]
    fn word_diff_marks_changes() {
        let ops = word_diff("We will not share your data.", "We may share your data.");
        assert_eq!(
            word_diff_plain(&ops),
            "We [-will not-] {+may+} share your data."
        );
    }
}
