//! Results remembered across a document's versions.

use super::Practice;
use super::context::Antecedent;
use super::scan::Scan;
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// Results for every sentence extracted so far from a document's versions,
/// by text: a version repeats most of its predecessor's sentences, and
/// reverted edits or broken captures bring older ones back. Bounded by
/// [`CACHE_LIMIT`]; emptied when the company's own names, or the companies
/// it names in passing, grow, since practices depend on them (they never
/// shrink within a history).
#[derive(Default)]
pub struct ExtractCache {
    pub(super) own: Vec<String>,
    /// The companies the document's versions named in passing (see
    /// [`super::Extractor::learned_names`]): emptied, too, when they grow.
    pub(super) learned: Vec<String>,
    pub(super) entries: FxHashMap<Arc<str>, Cached>,
    /// Practices of list items, by (lead-in text, item text), with the
    /// lead-in's practices they were derived from: an item's practices
    /// depend on its lead-in's, and a fifth of a typical policy's clauses
    /// are list items.
    pub(super) items: FxHashMap<(Arc<str>, Arc<str>, bool), ItemPractices>,
    /// Practices of sentences with a pronoun subject, by (text, the party
    /// it stood for): the same sentence reads differently after another.
    pub(super) contextual: FxHashMap<(Arc<str>, Antecedent), Arc<[Practice]>>,
    /// What each table's rows add ([`super::tables`]), by a hash of its
    /// clauses' texts and cells: (clause offset in the table, practice).
    pub(super) tables: FxHashMap<u64, Arc<[(usize, Practice)]>>,
    /// The terms of the table cells read so far, by text.
    pub(super) cells: FxHashMap<Box<str>, Arc<super::tables::Terms>>,
}

/// Sentences an [`ExtractCache`] holds before it keeps only the last version's.
pub const CACHE_LIMIT: usize = 100_000;

/// A list item's cached practices: (lead-in practices, item practices).
pub(super) type ItemPractices = (Arc<[Practice]>, Arc<[Practice]>);

impl ExtractCache {
    /// The entry for a sentence, keeping its scan: the scan is the same
    /// whatever the lead-in or the sentence before.
    pub(super) fn keep_scan(&mut self, text: &Arc<str>, scan: &Arc<Scan>) -> &mut Cached {
        self.entries.entry(text.clone()).or_insert_with(|| Cached {
            scan: scan.clone(),
            practices: None,
        })
    }

    /// The company's own names the cached practices were extracted with.
    pub fn own_names(&self) -> &[String] {
        &self.own
    }

    /// The companies named in passing the cached practices were extracted with.
    pub fn learned_names(&self) -> &[String] {
        &self.learned
    }
}

pub(super) struct Cached {
    pub(super) scan: Arc<Scan>,
    /// `None` for a sentence seen only as a list item (its practices
    /// depend on its lead-in, and are cached in `items`).
    pub(super) practices: Option<Arc<[Practice]>>,
}
