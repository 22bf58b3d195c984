//! Stage 3 — extraction: each clause → zero or more practices
//! `{action, negated, actor, data, recipients, purposes, choice, condition}`.
//!
//! Rules, not a model: every decision rests on a matched taxonomy term and its
//! position relative to the verb, and the practice records what matched so it
//! can explain itself. The rules, in order:
//! 1. every action verb (taxonomy `actions`) is a candidate, unless it is
//!    named as a topic ("explains how we share", "consent to our collection
//!    of" — `grammar.topics`), guarded against ("unauthorized disclosure"),
//!    asked about ("a list of the parties we have disclosed to"), advised
//!    to the reader ("we recommend using a unique password") or in a
//!    title; a verb whose nearest subject is the user ("you share", "content
//!    you upload") is the user's own act and is skipped, unless the verb is
//!    passive ("the information you provide may be shared": its agent
//!    would follow "by"); a recipient as
//!    subject ("advertisers collect") becomes the actor; "they" stands for
//!    the party named last in the clause or the one before; a verb
//!    coordinated with the one before ("collect … and sell") or an
//!    infinitive of purpose ("use cookies to collect") acts for that verb's
//!    subject; "our" and "us" are never the subject; consecutive verbs of
//!    one action and actor merge, unless the negation changes in a new
//!    clause ("they have access to it, but may not share it"); using a
//!    third party ("we use Google Analytics", "a third-party service to
//!    send you email") or another party's tracker ("cookies from a
//!    vendor", "third-party cookies") is disclosing to it, and a recipient
//!    that "has access to" data ("affiliates may have access to your
//!    information") is one the company discloses it to;
//! 2. a negation cue in the five words before a verb, with no "but", "which",
//!    "except" or ";" between, negates it ("we do not sell or rent");
//! 3. terms after an exception cue ("except", "unless", "other than") belong to
//!    the exception, not to the practice (one set off by commas before
//!    the verb's complement ends at its comma: "shared, but only in the
//!    aggregate, with advertisers"); a conditional cue ("if", "when",
//!    "without your consent") records its phrase as the condition;
//! 4. recipients attach to share and sell practices only; a transfer whose
//!    first destination is a place, the user's device, the user or the
//!    company itself ("to the United States", "to your computer", "with
//!    us") is no sharing, nor is a transmission with no recipient in a
//!    sentence about security ("transmitted using SSL"); each verb's data
//!    is what it names up to the next verb (all the clause's data when it
//!    names none: "your data may be shared"), purposes are the clause's;
//! 5. a list item with data but no verb inherits the practices of its lead-in
//!    ("We collect the following: …"); one that names only why or with whom
//!    does so when the lead-in named the data and promised nothing ("We use
//!    your information to: - send you offers", "We share it with: - our
//!    affiliates"), and only in the sentence that opens the item;
//! 6. a choice cue (opt-out, opt-in, browser settings, declining to provide,
//!    privacy settings — the last only where the user can act on it)
//!    attaches to the clause's practices, with a time window ("within 30
//!    days") and its scope (the purposes named); a choice sentence with no
//!    verb is recorded as governing the *use* of data.

use crate::segment::{Clause, ClauseId};
use crate::taxonomy::{Hit, Kind, Matcher, Target, Taxonomy, normalize, word_spans};
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::sync::{Arc, OnceLock};

/// How many sentences a policy's opening runs to (its title and the
/// sentences that introduce it).
const OPENING_SENTENCES: usize = 10;
/// How many words before a verb a negation or subject may stand.
const NEGATION_WINDOW: usize = 5;
const SUBJECT_WINDOW: usize = 4;
/// How far (in words) a topic cue may stand before the action it names.
const TOPIC_WINDOW: usize = 8;
/// How far (in words) after a verb its destination may stand.
const PLACE_WINDOW: usize = 10;
/// How far (in words) a time limit may stand from the choice it limits.
const CHOICE_WINDOW: usize = 25;

/// Means of contact: after "by" or "via" they name a channel, not data.
#[rustfmt::skip]
const CHANNELS: &[&str] = &[
    "email", "e mail", "mail", "phone", "telephone", "fax", "sms", "text message", "text messages",
];

/// Words that end a negation's or a subject's reach.
const SCOPE_BREAKERS: &[&str] = &[
    "but", "however", "although", "though", "which", "that", "who", "whom", "instead", "while",
    "whereas",
];

/// Verbs by which the company lets another party act ("allow advertisers
/// to collect"): a negation before them reaches the party's action.
const ENABLING: &[&str] = &[
    "allow",
    "allows",
    "permit",
    "permits",
    "authorize",
    "authorizes",
    "authorise",
    "authorises",
    "let",
    "lets",
    "enable",
    "enables",
];

/// Words a negation reaches across on its way to the verb.
const NEGATION_GLUE: &[&str] = &[
    "be",
    "been",
    "being",
    "is",
    "are",
    "was",
    "were",
    "am",
    "will",
    "would",
    "may",
    "might",
    "can",
    "could",
    "shall",
    "should",
    "must",
    "do",
    "does",
    "did",
    "have",
    "has",
    "had",
    "ever",
    "also",
    "directly",
    "indirectly",
    "otherwise",
    "knowingly",
    "willfully",
    "wilfully",
    "deliberately",
    "purposely",
    "intentionally",
    "currently",
    "voluntarily",
    "actively",
    "further",
    "or",
    "and",
    "nor",
    "your",
    "any",
    "the",
    "this",
    "that",
    "these",
    "those",
    "such",
    "information",
    "data",
    "of",
    "personally",
    "it",
    "them",
    "to",
    "with",
    "a",
    "an",
    "our",
    "you",
    "us",
    "we",
    "anyone",
    "anything",
    // "We are not permitted to collect", "partners are not allowed to use".
    "permitted",
    "allowed",
    "authorized",
    "authorised",
    // "We do not engage in the sale of personal information" ("in" only
    // after "engage": "not in use" negates no use).
    "engage",
    "engages",
];

/// Whether the clause says the company may or will do it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    May,
    Will,
    Unspecified,
}

/// A user choice attached to a practice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Choice {
    /// `opt-out`, `opt-in` or `settings` (taxonomy `choices` ids).
    pub kind: String,
    /// A time limit on the choice ("within 30 days"), in days.
    pub window_days: Option<u32>,
    /// The purposes the choice is limited to ("opt out of ads" → advertising); empty = unscoped.
    pub scope: Vec<String>,
}

/// An exception or condition on a practice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Condition {
    /// `exception` ("except", "unless") or `condition` ("if", "when", "without your consent").
    pub kind: String,
    /// The cue and the phrase it governs, normalised.
    pub text: String,
    /// Taxonomy ids named inside the exception (recipients or data carved out).
    pub terms: Vec<String>,
}

/// Which words matched which taxonomy entries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Matched {
    pub term: String,
    /// data, recipient, purpose, action, choice, negation, exception or condition.
    pub kind: &'static str,
    pub id: String,
}

/// One data practice stated by a clause.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Practice {
    /// Taxonomy action id: collect, use, share, sell, retain, combine.
    pub action: String,
    pub negated: bool,
    pub modality: Modality,
    /// `first-party`, or the recipient id of a third party doing it.
    pub actor: String,
    pub data: Vec<String>,
    pub recipients: Vec<String>,
    pub purposes: Vec<String>,
    pub choice: Option<Choice>,
    pub condition: Option<Condition>,
    /// For retention practices: the longest period stated, in days.
    pub retention_days: Option<u32>,
    /// Inherited from a lead-in sentence (the clause id), for list items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inherited_from: Option<String>,
    /// Shared by the practices of one clause.
    pub matched: Arc<[Matched]>,
    /// Where the data terms this practice is about stand in the clause's
    /// normalised text (byte ranges): the object of its verb, not every
    /// data word of the sentence. Lets a reader (and the PI-Extract
    /// evaluation) see which words the practice rests on.
    #[serde(skip)]
    pub objects: Vec<DataSpan>,
    /// Named only as what a choice governs ("you may opt out of our
    /// sharing with third parties", "opt out of having your data shared",
    /// "you can unsubscribe from marketing emails"): the sentence offers
    /// the choice and takes the practice for granted rather than stating
    /// it. Kept, so a diff sees the choice and its scope; the annotated
    /// corpora file such sentences as choices alone.
    #[serde(skip)]
    pub presupposed: bool,
}

/// Whether an action passes data on to recipients (a disclosure or a
/// sale): the actions whose recipients count, and the ones a diff watches.
pub fn discloses(action: &str) -> bool {
    matches!(action, "share" | "sell")
}

impl Practice {
    /// Whether the practice takes place in some case the text states: it is
    /// not negated, or negated with an exception — "we do not share your
    /// data, except with service providers / as the law requires" is a
    /// promise, and sharing in the excepted cases.
    pub fn happens(&self) -> bool {
        !self.negated || self.has_exception()
    }

    /// Whether an exception ("except", "unless") qualifies the practice.
    pub fn has_exception(&self) -> bool {
        self.condition
            .as_ref()
            .is_some_and(|c| c.kind == "exception")
    }
}

/// One data term of a practice in its clause's normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DataSpan {
    pub start: usize,
    pub end: usize,
    /// Index of the term's entry in the taxonomy's `data` list.
    pub entry: usize,
}

/// A clause with its practices.
#[derive(Debug, Clone, Serialize)]
pub struct ExtractedClause {
    #[serde(flatten)]
    pub clause: Clause,
    /// Shared with the extraction cache: history analyses each distinct
    /// sentence once, however many versions repeat it.
    pub practices: Arc<[Practice]>,
    /// The normalised text the matcher read (kept for alignment).
    #[serde(skip)]
    pub norm: Arc<str>,
    /// The clause's cosmetic key ([`crate::align::cosmetic_key`]), computed
    /// once per distinct sentence.
    #[serde(skip)]
    pub key: u64,
    /// The clause's word set ([`crate::align::word_set`]), computed when
    /// alignment first needs it and shared by every version that repeats
    /// the sentence (an edited sentence is unpaired on both sides of its edit).
    #[serde(skip)]
    pub word_set: Arc<OnceLock<Box<[u64]>>>,
}

/// The extractor: a taxonomy and its compiled matcher.
pub struct Extractor {
    pub taxonomy: Taxonomy,
    matcher: Matcher,
    /// For each recipient entry: is it a named company (a candidate own name)?
    named_company: Vec<bool>,
}

/// Results for every sentence extracted so far from a document's versions,
/// by text: a version repeats most of its predecessor's sentences, and
/// reverted edits or broken captures bring older ones back. Bounded by
/// [`CACHE_LIMIT`]; emptied when the company's own names grow, since
/// practices depend on them (they never shrink within a history).
#[derive(Default)]
pub struct ExtractCache {
    own: Vec<String>,
    entries: FxHashMap<Arc<str>, Cached>,
    /// Practices of list items, by (lead-in text, item text), with the
    /// lead-in's practices they were derived from: an item's practices
    /// depend on its lead-in's, and a fifth of a typical policy's clauses
    /// are list items.
    items: FxHashMap<(Arc<str>, Arc<str>, bool), ItemPractices>,
    /// Practices of sentences with a pronoun subject, by (text, the party
    /// it stood for): the same sentence reads differently after another.
    contextual: FxHashMap<(Arc<str>, Antecedent), Arc<[Practice]>>,
}

/// Sentences an [`ExtractCache`] holds before it keeps only the last version's.
pub const CACHE_LIMIT: usize = 100_000;

/// A list item's cached practices: (lead-in practices, item practices).
type ItemPractices = (Arc<[Practice]>, Arc<[Practice]>);

/// Practices reused from the cache for one clause, if any.
type Reused = Option<Arc<[Practice]>>;

impl ExtractCache {
    /// The entry for a sentence, keeping its scan: the scan is the same
    /// whatever the lead-in or the sentence before.
    fn keep_scan(&mut self, text: &Arc<str>, scan: &Arc<Scan>) -> &mut Cached {
        self.entries.entry(text.clone()).or_insert_with(|| Cached {
            scan: scan.clone(),
            practices: None,
        })
    }

    /// The company's own names the cached practices were extracted with.
    pub fn own_names(&self) -> &[String] {
        &self.own
    }
}

struct Cached {
    scan: Arc<Scan>,
    /// `None` for a sentence seen only as a list item (its practices
    /// depend on its lead-in, and are cached in `items`).
    practices: Option<Arc<[Practice]>>,
}

/// A clause's normalised text, its words and the terms found in it.
struct Scan {
    norm: Arc<str>,
    key: u64,
    word_set: Arc<OnceLock<Box<[u64]>>>,
    words: Vec<(usize, usize)>,
    hits: Vec<Hit>,
    /// Reads as a title ("Other Circumstances When Your Data May Be
    /// Shared"): it names a topic, it states no practice.
    title: bool,
    /// Has a pronoun subject ("they", "these companies"): its practices
    /// depend on the sentence before. Kept with the scan, like the next
    /// flag, because every version asks it of every clause.
    pronoun: bool,
    /// Names a company (a candidate for the document's own name).
    names_company: bool,
}

/// Whether a text reads as a heading: short, no closing full stop, and its
/// longer words capitalised. Pages flatten headings into the text they
/// head, so a heading can reach extraction as a clause of its own.
fn is_title(text: &str) -> bool {
    let text = text.trim();
    if text.ends_with(['!', '?', ',']) || text.contains(". ") {
        return false;
    }
    // A full stop (or a semicolon) may close a heading a page ran into its
    // text ("Other Information Collected And Shared Within Our Services.");
    // then every longer word must be capitalised.
    let closed = text.ends_with(['.', ';']);
    let text = text.trim_end_matches(['.', ';']);
    // A short heading in sentence case opening on a gerund: "Sharing your
    // information", "Using cookies" (a statement has a subject first).
    if !closed
        && text.split_whitespace().next().is_some_and(|w| {
            w.len() > 4 && w.ends_with("ing") && w.starts_with(|c: char| c.is_uppercase())
        })
        && (2..=6).contains(&text.split_whitespace().take(7).count())
    {
        return true;
    }
    // The longer words (more than three letters), how many of them open on
    // a capital: one pass that stops as soon as the answer is no (most
    // clauses are sentences, and say so within their first few words).
    const MAX_WORDS: usize = 12;
    let (mut long, mut lower) = (0usize, 0usize);
    for w in text.split_whitespace() {
        if w.chars().filter(|c| c.is_alphabetic()).nth(3).is_none() {
            continue;
        }
        long += 1;
        if !w
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_uppercase)
        {
            lower += 1;
        }
        // Too long for a heading; or (closed) a word in lower case; or
        // (open) more lower-case words than a heading of MAX_WORDS allows
        // (four in five must be capitalised).
        if long > MAX_WORDS || (closed && lower > 0) || lower * 5 > MAX_WORDS {
            return false;
        }
    }
    let capital = long - lower;
    if closed {
        // (Not a sentence in capitals: "IF YOU DO NOT AGREE, DO NOT USE
        // THE SITE." shouts a statement.)
        let shouted = !text.chars().any(char::is_lowercase);
        return !shouted && !text.contains(',') && (3..=MAX_WORDS).contains(&long);
    }
    (2..=MAX_WORDS).contains(&long) && capital * 5 >= long * 4
}

impl Extractor {
    pub fn new(taxonomy: Taxonomy) -> Extractor {
        let matcher = Matcher::new(&taxonomy);
        let named_company = taxonomy
            .recipients
            .iter()
            .map(|r| taxonomy.is_within(Kind::Recipient, &r.id, "named-companies"))
            .collect();
        Extractor {
            taxonomy,
            matcher,
            named_company,
        }
    }

    fn scan(&self, text: &str) -> Scan {
        let norm = normalize(text);
        let words = word_spans(&norm);
        let hits = self.matcher.find_in(&norm, &words);
        Scan {
            pronoun: hits
                .iter()
                .any(|h| self.matcher.targets(h.pattern).contains(&Target::Pronoun)),
            names_company: hits.iter().any(|h| self.names_company(h)),
            key: crate::align::cosmetic_key(&norm),
            word_set: Arc::default(),
            norm: norm.into(),
            words,
            hits,
            title: is_title(text),
        }
    }

    /// Extracts every clause of a document, in order (list items see their lead-in).
    pub fn extract_all(&self, clauses: Vec<Clause>) -> Vec<ExtractedClause> {
        self.extract_all_with(clauses, None)
    }

    /// Like [`Extractor::extract_all`], reusing the results for sentences the
    /// previous version (the one last extracted with this cache) had word for
    /// word: successive versions of a policy share most of their text.
    pub fn extract_all_cached(
        &self,
        clauses: Vec<Clause>,
        cache: &mut ExtractCache,
    ) -> Vec<ExtractedClause> {
        self.extract_all_with(clauses, Some(cache))
    }

    fn extract_all_with(
        &self,
        clauses: Vec<Clause>,
        mut cache: Option<&mut ExtractCache>,
    ) -> Vec<ExtractedClause> {
        // One lookup per clause: the scan, and the practices when the
        // sentence stands alone (list items depend on their lead-in too).
        let (scans, mut known): (Vec<Arc<Scan>>, Vec<Reused>) = clauses
            .iter()
            .map(
                |c| match cache.as_ref().and_then(|k| k.entries.get(&*c.text)) {
                    Some(e) => (
                        e.scan.clone(),
                        c.lead_in.is_none().then(|| e.practices.clone()).flatten(),
                    ),
                    None => (Arc::new(self.scan(&c.text)), None),
                },
            )
            .unzip();
        let mut own = self.own_names(&clauses, &scans);
        // Across versions of one document the company stays itself: a name
        // recognised as its own once stays so when a later version happens
        // to mention it less (else "Amazon may share…" would turn into a
        // new recipient from one version to the next).
        if let Some(k) = cache.as_ref()
            && k.own.iter().any(|n| !own.contains(n))
        {
            own.extend(k.own.iter().cloned());
            own.sort();
            own.dedup();
        }
        if let Some(k) = cache.as_mut()
            && k.own != own
        {
            k.entries.clear();
            k.items.clear();
            k.contextual.clear();
            k.own = own.clone();
            known.iter_mut().for_each(|p| *p = None);
        }
        let mut out: Vec<ExtractedClause> = Vec::with_capacity(clauses.len());
        // The party the previous clause named last, for pronoun subjects.
        let mut context = Antecedent::Unknown;
        let mut section: Option<crate::input::Section> = None;
        for (k, (clause, cached)) in clauses.into_iter().zip(known).enumerate() {
            let scan = scans[k].clone();
            if section.as_ref() != Some(&clause.section) {
                context = Antecedent::Unknown;
                section = Some(clause.section.clone());
            }
            let antecedent = context.clone();
            // A clause with a pronoun depends on the one before: its
            // practices are cached with the party the pronoun stood for.
            let pronoun = scan.pronoun;
            context = self.context_after(&scan, &own, &antecedent);
            let practices: Arc<[Practice]> = if pronoun {
                let lead = clause
                    .lead_in
                    .and_then(|i| out.get(i))
                    .map(|c| Lead::of(c, &clause));
                // Sentences (not list items) are cached with the party
                // their pronoun stood for.
                let key = (lead.is_none() && cache.is_some())
                    .then(|| (clause.text.clone(), antecedent.clone()));
                let reused = key
                    .as_ref()
                    .and_then(|key| cache.as_ref()?.contextual.get(key).cloned());
                match reused {
                    Some(p) => p,
                    None => {
                        let p: Arc<[Practice]> =
                            self.extract_in(&scan, lead, &own, antecedent).into();
                        if let Some(k) = cache.as_mut() {
                            k.keep_scan(&clause.text, &scan);
                            if let Some(key) = key {
                                k.contextual.insert(key, p.clone());
                            }
                        }
                        p
                    }
                }
            } else if let Some(p) = cached {
                p
            } else {
                let lead_clause = clause.lead_in.and_then(|i| out.get(i));
                let item_key = lead_clause.filter(|_| cache.is_some()).map(|l| {
                    (
                        l.clause.text.clone(),
                        clause.text.clone(),
                        clause.opens_item,
                    )
                });
                // Reused only while the lead-in states what it stated
                // then (a nested list's lead-in depends on its own).
                let reused = match (&item_key, cache.as_ref(), lead_clause) {
                    (Some(key), Some(k), Some(l)) => k
                        .items
                        .get(key)
                        .filter(|(lead, _)| {
                            Arc::ptr_eq(lead, &l.practices) || lead[..] == l.practices[..]
                        })
                        .map(|(_, p)| with_lead_id(p, l.clause.id)),
                    _ => None,
                };
                match reused {
                    Some(p) => p,
                    None => {
                        let lead = lead_clause.map(|c| Lead::of(c, &clause));
                        let practices: Arc<[Practice]> = self
                            .extract_in(&scan, lead, &own, Antecedent::Unknown)
                            .into();
                        if let Some(k) = cache.as_mut() {
                            if let (Some(key), Some(l)) = (item_key, lead_clause) {
                                k.items
                                    .insert(key, (l.practices.clone(), practices.clone()));
                            }
                            let entry = k.keep_scan(&clause.text, &scan);
                            if lead_clause.is_none() {
                                entry.practices = Some(practices.clone());
                            }
                        }
                        practices
                    }
                }
            };
            out.push(ExtractedClause {
                clause,
                practices,
                norm: scan.norm.clone(),
                key: scan.key,
                word_set: scan.word_set.clone(),
            });
        }
        if let Some(k) = cache.as_mut()
            && k.entries.len() + k.items.len() + k.contextual.len() > CACHE_LIMIT
        {
            let current: rustc_hash::FxHashSet<&str> =
                out.iter().map(|c| &*c.clause.text).collect();
            k.entries.retain(|t, _| current.contains(&**t));
            k.items.retain(|(_, t, _), _| current.contains(&**t));
            k.contextual.retain(|(t, _), _| current.contains(&**t));
        }
        out
    }

    /// The party a clause names last (a recipient other than the company
    /// itself, or users), for the pronoun subjects of the next one. Not
    /// "you": a "they" cannot stand for the reader ("These partners use
    /// cookies when you visit. They may collect …" is the partners).
    fn last_party(&self, scan: &Scan, own: &[String]) -> Option<Antecedent> {
        let recipient = |h: &Hit| {
            let text = &scan.norm[h.start..h.end];
            if own.iter().any(|n| n == text) {
                return None;
            }
            self.matcher
                .targets(h.pattern)
                .iter()
                .find_map(|t| match t {
                    Target::Entry(Kind::Recipient, i) => Some(*i),
                    _ => None,
                })
        };
        scan.hits.iter().enumerate().rev().find_map(|(k, h)| {
            let text = &scan.norm[h.start..h.end];
            if let Some(i) = recipient(h) {
                return Some(Antecedent::Recipient(i));
            }
            let user = self
                .matcher
                .targets(h.pattern)
                .iter()
                .any(|t| matches!(t, Target::UserSubject));
            // (People joined to a party are of it: "other companies and
            // individuals … They have access …" are the companies.)
            let joined = k > 0
                && recipient(&scan.hits[k - 1]).is_some()
                && matches!(
                    scan.norm[scan.hits[k - 1].end..h.start].trim(),
                    "and" | "or"
                );
            (user && text != "you" && !joined).then_some(Antecedent::User)
        })
    }

    /// The party a pronoun subject in the next sentence stands for: the
    /// one this sentence named last, else (when this sentence's own subject
    /// was a pronoun) the one it stood for.
    fn context_after(&self, scan: &Scan, own: &[String], antecedent: &Antecedent) -> Antecedent {
        match self.last_party(scan, own) {
            Some(a) => a,
            None if scan.pronoun => antecedent.clone(),
            None => Antecedent::Unknown,
        }
    }

    /// Practices of one sentence.
    pub fn extract(&self, text: &str) -> Vec<Practice> {
        self.extract_in(&self.scan(text), None, &[], Antecedent::Unknown)
    }

    /// Practices of successive sentences of one passage, each read after the
    /// one before, as [`Extractor::extract_all`] reads a section: "They may
    /// collect …" after "We work with advertising networks." is the
    /// networks collecting. For sentence-per-line corpora; documents go
    /// through segmentation and `extract_all`.
    pub fn extract_sentences<'a>(
        &self,
        sentences: impl IntoIterator<Item = &'a str>,
    ) -> Vec<Vec<Practice>> {
        let mut context = Antecedent::Unknown;
        let mut own: Vec<String> = Vec::new();
        // How many sentences ago the owner was named: a bare title right
        // after ("Welcome to the Google Privacy Policy" … "Privacy Policy
        // Last modified: …") heads the same policy.
        let mut since_named = usize::MAX;
        sentences
            .into_iter()
            .map(|text| {
                let scan = self.scan(text);
                since_named = since_named.saturating_add(1);
                match self.titled_owner(&scan, text) {
                    Some(name) if !name.is_empty() => {
                        own = name;
                        since_named = 0;
                    }
                    Some(_) if since_named > OPENING_SENTENCES => own.clear(),
                    _ => {}
                }
                let antecedent = context.clone();
                context = self.context_after(&scan, &own, &antecedent);
                // Only a pronoun subject reads the sentence before.
                let antecedent = if scan.pronoun {
                    antecedent
                } else {
                    Antecedent::Unknown
                };
                self.extract_in(&scan, None, &own, antecedent)
            })
            .collect()
    }

    /// In a run of sentences with no document around them, the title of a
    /// policy names its owner: "Welcome to the Google Privacy Policy",
    /// "Bing and MSN Privacy Statement" (the company that owns the title's
    /// policy is the first party from there on). A title without a known
    /// company ("Privacy Policy Last modified: …") opens a policy whose
    /// owner the rules cannot name: `Some(empty)`. A reference to another's
    /// policy ("Google's privacy policy", "the privacy policy of PayPal")
    /// is no title.
    fn titled_owner(&self, scan: &Scan, text: &str) -> Option<Vec<String>> {
        const TITLES: [&str; 4] = [
            "privacy policy",
            "privacy notice",
            "privacy statement",
            "privacy center",
        ];
        // A title is capitalised and opens the sentence.
        let at = TITLES.iter().filter_map(|t| scan.norm.find(t)).min()?;
        if !text.contains("Privacy ") || scan.norm[..at].split_whitespace().count() > 6 {
            return None;
        }
        let owner = scan
            .hits
            .iter()
            .filter(|h| h.end <= at && self.names_company(h))
            .find(|h| {
                // "Amazon.com Privacy Notice", "Bing and MSN Privacy Statement".
                let between = scan.norm[h.end..at].trim();
                let domain = between.starts_with('.') && !between.contains(' ');
                between.is_empty()
                    || domain
                    || between.split_whitespace().count() <= 2 && between.starts_with("and ")
            })
            .map(|h| scan.norm[h.start..h.end].to_string());
        let before = scan.norm[..at].trim_end();
        if owner.is_none() && !before.is_empty() {
            return None;
        }
        Some(owner.into_iter().collect())
    }

    /// Whether a hit names a company.
    fn names_company(&self, h: &Hit) -> bool {
        self.matcher
            .targets(h.pattern)
            .iter()
            .any(|t| matches!(t, Target::Entry(Kind::Recipient, i) if self.named_company[*i]))
    }

    /// The company's own names among the taxonomy's named companies: a
    /// company named in the policy's opening (title, first sentences) and at
    /// least three times in all is the first party, not a recipient
    /// ("Instagram may share…" in Instagram's own policy).
    fn own_names(&self, clauses: &[Clause], scans: &[Arc<Scan>]) -> Vec<String> {
        // term → (count, named in the opening)
        let mut counts: Vec<(String, usize, bool)> = Vec::new();
        let mut count =
            |term: &str, opening: bool| match counts.iter_mut().find(|(t, _, _)| t == term) {
                Some(e) => {
                    e.1 += 1;
                    e.2 |= opening;
                }
                None => counts.push((term.to_string(), 1, opening)),
            };
        // A company the policy uses or calls a third party is not its own
        // ("Dog Breed Info Center uses Google AdSense", "Google, as a third
        // party advertisement vendor, uses cookies").
        // (Unless the policy's title names it: "Bing and MSN Privacy
        // Statement" in a policy whose services "use Bing".)
        let mut tools: Vec<String> = Vec::new();
        let mut titled: Vec<String> = Vec::new();
        let used_as_tool = |scan: &Scan, h: &Hit| {
            let norm = &scan.norm;
            let before = norm[..h.start].trim_end();
            let after = norm[h.end..].trim_start_matches([',', ' ']);
            // (Used by the company in a main clause, not by someone in a
            // subordinate one: "when a partner uses Google Analytics", "an
            // organisation that uses Google" say nothing of whose policy it is.)
            let by_party = |verb: &str| {
                let clause = before[..before.len() - verb.len()]
                    .rsplit(['.', ',', ';', ':', '('])
                    .next()
                    .unwrap_or_default();
                clause.split_whitespace().any(|w| {
                    matches!(
                        w,
                        "that" | "which" | "who" | "when" | "whenever" | "if" | "where"
                    )
                })
            };
            [
                "we use",
                "we also use",
                "we may use",
                "uses",
                "utilizes",
                "we partner with",
                "we work with",
            ]
            .iter()
            .any(|v| before.ends_with(v) && !by_party(v))
                || ["as a third party", "a third party", "as third party"]
                    .iter()
                    .any(|t| after.starts_with(t))
        };
        let mut titles: Vec<&crate::input::Section> = Vec::new();
        for (k, (c, scan)) in clauses.iter().zip(scans).enumerate() {
            if k < OPENING_SENTENCES && titles.last() != Some(&&c.section) {
                titles.push(&c.section);
                let heading = c.section.join(" ");
                let t = self.scan(&heading);
                titled.extend(self.titled_owner(&t, &heading).unwrap_or_default());
                for h in t.hits.iter().filter(|h| self.names_company(h)) {
                    count(&t.norm[h.start..h.end], true);
                }
            }
            if k < OPENING_SENTENCES
                && let Some(owner) = self.titled_owner(scan, &c.text)
            {
                titled.extend(owner);
            }
            if !scan.names_company {
                continue;
            }
            for h in scan.hits.iter().filter(|h| self.names_company(h)) {
                let name = &scan.norm[h.start..h.end];
                count(name, k < OPENING_SENTENCES);
                if used_as_tool(scan, h) {
                    tools.push(name.to_string());
                }
            }
        }
        // Named often but never in the opening is not enough: a policy that
        // explains its use of Google Analytics at length names Google more
        // than itself.
        let mut own: Vec<String> = counts
            .into_iter()
            .filter(|(t, n, opening)| {
                *opening && *n >= 3 && (titled.contains(t) || !tools.contains(t))
            })
            .map(|(t, _, _)| t)
            .collect();
        own.sort();
        own
    }

    fn extract_in(
        &self,
        scan: &Scan,
        lead: Option<Lead>,
        own_names: &[String],
        antecedent: Antecedent,
    ) -> Vec<Practice> {
        // Only a verb, a choice or a lead-in can yield a practice: most
        // sentences ("Contact us at …") are done here.
        let promising = scan.hits.iter().any(|h| {
            self.matcher.targets(h.pattern).iter().any(|t| {
                matches!(
                    t,
                    Target::Entry(Kind::Action | Kind::Choice, _)
                        | Target::WeakVerb(_)
                        | Target::ActionNoun(_)
                )
            })
        });
        if !promising && (lead.is_none() || scan.hits.is_empty()) {
            return Vec::new();
        }
        // A question or a title names a topic ("What information do we
        // share?", "When Your Data May Be Shared"), not a practice; a list
        // item in title case ("- Email Address") is still an item.
        if scan.norm.ends_with('?') || (scan.title && lead.is_none()) {
            return Vec::new();
        }
        let a = Analysis::new(
            self,
            &scan.norm,
            &scan.words,
            scan.hits.clone(),
            own_names,
            antecedent,
        );
        let mut practices = a.practices();
        if practices.is_empty()
            && let Some(Lead {
                id: lead_id,
                practices: lead_practices,
                opens_item,
            }) = lead
        {
            // An item names what the lead-in's practice applies to ("We
            // collect: - your email address"), or, when the lead-in named
            // the data, why or with whom ("We use your information to: -
            // send you marketing e-mails", "We share it with: - our
            // affiliates"): the practice with the item's data, purposes and
            // recipients.
            let data = a.terms(Kind::Data, false);
            let purposes = a.terms(Kind::Purpose, false);
            let recipients = a.terms(Kind::Recipient, false);
            // (Only the sentence that opens the item continues the lead-in:
            // a later one, "Please note that when you use third-party
            // services …", says something else. Nor does a promise: "We do
            // not use your data other than to: - serve contextual ads" lists
            // what it excepts.)
            for lp in lead_practices {
                let adds = if data.is_empty() {
                    opens_item
                        && !lp.negated
                        && !lp.data.is_empty()
                        && (!purposes.is_empty()
                            || (discloses(&lp.action) && !recipients.is_empty()))
                } else {
                    true
                };
                if !adds {
                    continue;
                }
                let mut p = lp.clone();
                // (The lead-in's object spans point into the lead-in's text:
                // an item without data has no object of its own.)
                p.objects = Vec::new();
                if !data.is_empty() {
                    p.data = data.clone();
                    p.objects = a.data_spans(|h| !a.in_exception(h));
                }
                merge_ids(&mut p.purposes, purposes.clone());
                if discloses(&p.action) {
                    merge_ids(&mut p.recipients, recipients.clone());
                }
                p.inherited_from = Some(lead_id.to_string());
                p.matched = a.matched_terms().into();
                practices.push(p);
            }
        }
        practices
    }
}

/// The lead-in a list item's sentence follows: its id and practices, and
/// whether the sentence opens its item (only that one continues the
/// lead-in when it names no data).
struct Lead<'a> {
    id: ClauseId,
    practices: &'a [Practice],
    opens_item: bool,
}

impl<'a> Lead<'a> {
    fn of(lead: &'a ExtractedClause, item: &Clause) -> Lead<'a> {
        Lead {
            id: lead.clause.id,
            practices: &lead.practices,
            opens_item: item.opens_item,
        }
    }
}

/// Cached list-item practices, pointing at the lead-in's id in this version
/// (ids shift when clauses are added or removed above it).
fn with_lead_id(practices: &Arc<[Practice]>, lead_id: ClauseId) -> Arc<[Practice]> {
    if practices
        .iter()
        .all(|p| p.inherited_from.as_deref().is_none_or(|i| lead_id.is(i)))
    {
        return practices.clone();
    }
    practices
        .iter()
        .map(|p| {
            let mut p = p.clone();
            if p.inherited_from.is_some() {
                p.inherited_from = Some(lead_id.to_string());
            }
            p
        })
        .collect()
}

fn merge_ids(into: &mut Vec<String>, more: Vec<String>) {
    for m in more {
        if !into.contains(&m) {
            into.push(m);
        }
    }
}

/// One clause under analysis: its normalised text, hits and word positions.
struct Analysis<'a> {
    ex: &'a Extractor,
    norm: &'a str,
    hits: Vec<Hit>,
    /// Byte offset at which each word starts.
    words: Vec<usize>,
    /// Byte offset at which each word ends.
    ends: Vec<usize>,
    /// Byte ranges of exception phrases.
    exceptions: Vec<(usize, usize)>,
    /// The action each hit names here ([`Analysis::action_of`]), computed
    /// once: the rules ask for it many times per hit.
    actions: Vec<Option<usize>>,
    /// Who a pronoun subject ("they") stands for when this clause names
    /// nobody before it: the party the previous clause named last.
    antecedent: Antecedent,
}

/// The party a pronoun subject can stand for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Antecedent {
    /// A recipient (index into the taxonomy's recipients): "Advertisers …
    /// They may collect". An index, not the id: every clause of every
    /// version passes its antecedent on to the next.
    Recipient(usize),
    /// The user: "Users may post content. They may share it".
    User,
    /// Nobody named: the pronoun is read as no company practice.
    Unknown,
}

/// Words between a subject and its passive verb: "cannot be", "will not
/// be", "has not been".
const AUXILIARIES: &[&str] = &[
    "not", "never", "cannot", "can", "could", "will", "would", "may", "might", "shall", "should",
    "must", "be", "is", "are", "was", "were", "been", "being", "has", "have", "had", "also",
];

/// Operations a user asks for, which go through or not: "your order
/// cannot be processed" says nothing about data.
#[rustfmt::skip]
const OPERATIONS: &[&str] = &[
    "transaction", "transactions", "request", "requests", "order", "orders", "payment", "payments",
    "application", "applications", "booking", "bookings", "reservation", "reservations",
    "purchase", "purchases", "refund", "refunds", "claim", "claims",
];

/// Who a "not required to provide" frees when it offers the user a choice.
#[rustfmt::skip]
const USERS: &[&str] = &[
    "you", "you're", "you'll", "user", "users", "visitor", "visitors", "customer", "customers",
    "member", "members", "consumer", "consumers", "individual", "individuals", "parent", "parents",
    "guest", "guests", "participant", "participants", "applicant", "applicants", "he", "she",
    "they",
];

/// What a business sells besides data: "sell or buy other businesses",
/// "items sold on the platform". Not assets or companies, which in a
/// business transfer carry the customer data with them.
#[rustfmt::skip]
const GOODS: &[&str] = &[
    "businesses", "business", "products", "product", "services", "goods", "items", "item",
    "tickets", "merchandise", "subscriptions", "vehicles", "cars", "homes", "properties",
];

/// What a verb of getting may seek that is leave, not data ("ask for
/// separate permission"), and the words that may stand before it.
#[rustfmt::skip]
const LEAVE: &[&str] = &[
    "permission", "permissions", "consent", "approval", "authorization", "authorisation",
];
#[rustfmt::skip]
const LEAVE_MODIFIERS: &[&str] = &[
    "your", "our", "the", "a", "an", "separate", "prior", "express", "explicit", "additional",
    "specific", "verifiable", "parental", "affirmative", "written", "informed", "advance", "further",
];

/// Verbs of advice: what follows them is what the reader is told to do.
#[rustfmt::skip]
const ADVICE: &[&str] = &[
    "recommend", "recommends", "encourage", "encourages", "urge", "urges", "advise", "advises",
    "suggest", "suggests",
];

/// Verbs that are also common nouns ("our store", "security measures in
/// place", "a press release"): after a possessive or a modifier
/// ([`NOUN_OPENERS`]) they name the thing.
#[rustfmt::skip]
const NOUN_HOMOGRAPHS: &[&str] = &[
    "store", "stores", "place", "places", "process", "processes", "release", "releases", "trade",
    "lease", "hold", "set", "track", "exchange",
];

/// Nouns naming how data is gathered ("data collection methods").
#[rustfmt::skip]
const TECHNIQUES: &[&str] = &[
    "method", "methods", "technology", "technologies", "tool", "tools", "technique",
    "techniques", "mechanism", "mechanisms", "practices", "software",
];

/// Words after which a homograph is a noun.
#[rustfmt::skip]
const NOUN_OPENERS: &[&str] = &[
    "a", "an", "the", "our", "your", "their", "its", "his", "her", "my", "this", "each", "every",
    "in", "any", "online", "retail", "app", "press",
];

/// Verbs that gather data only when they put a tracker on the device
/// ("set cookies"), and the words that may stand between verb and tracker.
#[rustfmt::skip]
const TRACKER_VERBS: &[&str] = &[
    "set", "sets", "setting", "serve", "serves", "served", "serving", "drop", "drops", "dropped",
    "dropping",
];
#[rustfmt::skip]
const TRACKER_MODIFIERS: &[&str] = &[
    "a", "an", "the", "their", "our", "its", "your", "separate", "persistent", "unique",
    "session", "certain", "and", "access", "read", "or", "you",
];

/// Words that make "trade" and "exchange" part of a compound noun: the
/// next word ("trade secrets", "Exchange Online"), or for "exchange" the
/// one before ("Microsoft Exchange", "a stock exchange").
#[rustfmt::skip]
const TRADE_NOUNS: &[&str] = &[
    "commission", "secret", "secrets", "name", "names", "mark", "marks", "show", "shows", "union",
    "unions", "association", "associations", "in", "dress", "group", "groups",
];
#[rustfmt::skip]
const EXCHANGE_NOUNS: &[&str] = &["online", "server", "servers", "rate", "rates", "commission", "act"];
#[rustfmt::skip]
const EXCHANGE_KINDS: &[&str] = &[
    "microsoft", "stock", "securities", "currency", "cryptocurrency", "crypto", "foreign",
    "digital", "asset",
];

/// Head nouns of recipients named by the service they provide ("email
/// service providers"): a data term before one modifies it.
const PROVIDERS: &[&str] = &[
    "provider",
    "providers",
    "processor",
    "processors",
    "vendor",
    "vendors",
    "company",
    "companies",
];

/// Nouns of a user's dealings with the company, which "with us" completes
/// ("your transactions with us", "your relationship with us"): the phrase
/// names data, not where it goes.
#[rustfmt::skip]
const DEALINGS: &[&str] = &[
    "transaction", "transactions", "interaction", "interactions", "relationship", "relationships",
    "dealings", "communications", "correspondence", "account", "accounts", "experience",
    "experiences", "business", "contract", "agreement",
];

/// Words after which "access" is a verb: a modal, "to", a negation, an
/// adverb or a conjunction joining it to another verb ("collect, access or
/// use"), or a relative pronoun.
#[rustfmt::skip]
const ACCESS_OPENERS: &[&str] = &[
    "to", "may", "might", "can", "could", "will", "would", "should", "must", "not", "also", "only",
    "and", "or", "who", "that", "which", "it", "they", "we", "automatically",
];

/// Choice cues that are verbs a company does as often as a user: declining,
/// disabling, limiting, acting without giving something.
#[rustfmt::skip]
const PARTY_CAN_DO: &[&str] = &[
    "decline", "disable", "deactivate", "turn off", "limit ", "restrict ", "without ",
];

/// Nouns of what holds data, which a verb of keeping keeps as data.
#[rustfmt::skip]
const RECORDS: &[&str] = &[
    "record", "records", "log", "logs", "copy", "copies", "history", "backup", "backups", "archive",
    "archives", "file", "files", "database", "databases",
];

/// Verbs (and the noun) of a guarantee, which a disclaimer refuses:
/// "we cannot guarantee that …", "there is no guarantee that …".
#[rustfmt::skip]
const GUARANTEES: &[&str] = &[
    "guarantee", "guarantees", "ensure", "ensures", "warrant", "warrants", "promise", "promises",
    "assure", "assures",
];

/// Words that open the object of a verb but never follow a bare noun
/// inside one: after "to", a data word that also spells a verb ("address",
/// "email") is that verb when one of these follows ("to address any
/// concerns", "to email links"), not the destination ("sent to email").
#[rustfmt::skip]
const OBJECT_OPENERS: &[&str] = &[
    "a", "an", "the", "any", "all", "your", "our", "their", "his", "her", "its", "this", "these",
    "those", "such", "one", "you", "us", "them", "him", "me", "fraud", "spam", "abuse", "potential",
    "actual", "concerns", "issues", "questions", "complaints", "problems", "requests", "links",
];

impl<'a> Analysis<'a> {
    fn new(
        ex: &'a Extractor,
        norm: &'a str,
        spans: &[(usize, usize)],
        mut hits: Vec<Hit>,
        own_names: &[String],
        antecedent: Antecedent,
    ) -> Self {
        // The company's own name acts like "we".
        for h in hits.iter_mut() {
            if own_names.iter().any(|n| *n == norm[h.start..h.end]) {
                h.pattern = ex.matcher.first_party_pattern();
            }
        }
        // Sorted by start, as `covering` relies on (the matcher reports them so).
        hits.sort_by_key(|h| h.start);
        let words = spans.iter().map(|&(s, _)| s).collect();
        let ends = spans.iter().map(|&(_, e)| e).collect();
        let mut a = Analysis {
            ex,
            norm,
            hits,
            words,
            ends,
            exceptions: Vec::new(),
            actions: Vec::new(),
            antecedent,
        };
        a.drop_provider_modifiers();
        a.drop_infinitive_verbs();
        a.drop_shared_modifier_heads();
        a.drop_channels();
        a.drop_technique_modifiers();
        a.exceptions = a
            .hits
            .iter()
            .filter(|h| a.is(h, Target::Exception))
            .map(|h| {
                // A fronted exception ("Unless you object, we share …", "In
                // any case other than those above, we …") ends at the comma;
                // one after the main clause runs to its end.
                let fronted = a.word_index(h.start) <= 1
                    || (a.word_index(h.start) <= 5
                        && !a.norm[..h.start].contains([',', ';', ':'])
                        && !a.hits.iter().any(|u| u.start < h.start));
                let end = a.phrase_end(h.start, usize::MAX);
                // One set off by commas, after which the verb's complement
                // goes on, ends at its closing comma: "may be shared, but
                // only in the aggregate, with advertisers".
                let aside = a.norm[..h.start].trim_end().ends_with(',')
                    && a.norm[h.start..end].find(',').is_some_and(|c| {
                        let rest = &a.norm[h.start + c + 1..];
                        rest.starts_with(" with ") || rest.starts_with(" to ")
                    });
                let end = match a.norm[h.start..end].find(',') {
                    Some(c) if fronted || aside => h.start + c,
                    _ => end,
                };
                (h.start, end)
            })
            .collect();
        a.actions = a.hits.iter().map(|h| a.action_of(h)).collect();
        a
    }

    /// A data term right before a provider of a service names the
    /// provider, not data handed to it: "email service providers",
    /// "operating system provider", "credit card companies". (Not before
    /// any recipient: "the information advertisers collect" is a relative
    /// clause, "share information publicly" an adverb.)
    fn drop_provider_modifiers(&mut self) {
        let provider = |h: &Hit| {
            let head = self.norm[h.start..h.end]
                .rsplit(' ')
                .next()
                .unwrap_or_default();
            PROVIDERS.contains(&head) && self.entry(h, Kind::Recipient).is_some()
        };
        let modifies = |h: &Hit, next: &Hit| {
            self.only_data(h) && &self.norm[h.end..next.start] == " " && provider(next)
        };
        let dropped: Vec<usize> = self
            .hits
            .windows(2)
            .filter(|w| modifies(&w[0], &w[1]))
            .map(|w| w[0].start)
            .collect();
        self.drop_hits(&dropped);
    }

    /// Whether a hit means data and nothing else (no verb, recipient or cue).
    fn only_data(&self, h: &Hit) -> bool {
        self.targets(h)
            .iter()
            .all(|t| matches!(t, Target::Entry(Kind::Data, _)))
    }

    /// Whether a data term covers word `j`.
    fn data_word(&self, j: usize) -> bool {
        self.covering(self.words[j])
            .any(|h| self.entry(h, Kind::Data).is_some())
    }

    /// Removes the hits starting at these offsets (hits start at distinct
    /// offsets: the matcher resumes after each).
    fn drop_hits(&mut self, starts: &[usize]) {
        if !starts.is_empty() {
            self.hits.retain(|h| !starts.contains(&h.start));
        }
    }

    /// A one-word data term that is an infinitive's verb names no data:
    /// "share your information to address any concerns" (not a postal
    /// address), "use the service to email links".
    fn drop_infinitive_verbs(&mut self) {
        let dropped: Vec<usize> = self
            .hits
            .iter()
            .filter(|h| {
                let next = self.norm[h.end..]
                    .split_whitespace()
                    .next()
                    .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
                self.only_data(h)
                    && !self.norm[h.start..h.end].contains(' ')
                    && self.norm[..h.start].ends_with(" to ")
                    && next.is_some_and(|w| OBJECT_OPENERS.contains(&w))
            })
            .map(|h| h.start)
            .collect();
        self.drop_hits(&dropped);
    }

    /// A means of contact after "by" or "via" is the channel, not data
    /// handed over: "we will notify members via email", "contact you by
    /// phone" (but "identify you by your email address" names data, and
    /// takes a determiner).
    /// A data term that modifies the name of a technique is no data: "data
    /// collection methods", "location tracking technologies" are tools.
    fn drop_technique_modifiers(&mut self) {
        let dropped: Vec<usize> = self
            .hits
            .iter()
            .filter(|h| {
                let mut rest = self.norm[h.end..].split_whitespace();
                self.only_data(h)
                    && matches!(
                        rest.next(),
                        Some("collection" | "tracking" | "processing" | "gathering")
                    )
                    && rest.next().is_some_and(|w| {
                        let w = w.trim_end_matches(|c: char| c.is_ascii_punctuation());
                        TECHNIQUES.contains(&w)
                    })
            })
            .map(|h| h.start)
            .collect();
        self.drop_hits(&dropped);
    }

    fn drop_channels(&mut self) {
        let dropped: Vec<usize> = self
            .hits
            .iter()
            .filter(|h| {
                self.only_data(h)
                    && CHANNELS.contains(&&self.norm[h.start..h.end])
                    && [" by ", " via "]
                        .iter()
                        .any(|p| self.norm[..h.start].ends_with(p))
            })
            .map(|h| h.start)
            .collect();
        self.drop_hits(&dropped);
    }

    /// A bare noun joined to a modified one shares its modifier: in "its
    /// affiliated brands and companies" the companies are affiliated too,
    /// not other companies.
    fn drop_shared_modifier_heads(&mut self) {
        let affiliated = |h: &Hit| {
            let text = &self.norm[h.start..h.end];
            ["affiliated ", "related ", "sister "]
                .iter()
                .any(|m| text.starts_with(m))
                && self
                    .entry(h, Kind::Recipient)
                    .is_some_and(|i| self.ex.taxonomy.recipients[i].id == "affiliates")
        };
        let dropped: Vec<usize> = self
            .hits
            .windows(2)
            .filter(|w| {
                affiliated(&w[0])
                    && matches!(self.norm[w[0].end..w[1].start].trim(), "and" | "or")
                    && matches!(
                        &self.norm[w[1].start..w[1].end],
                        "companies" | "entities" | "businesses" | "organizations"
                    )
            })
            .map(|w| w[1].start)
            .collect();
        self.drop_hits(&dropped);
    }

    /// The action the `i`th hit names here, if any.
    fn action_at(&self, i: usize) -> Option<usize> {
        self.actions[i]
    }

    /// The hits that cover byte `at` (hits are sorted by start and a few
    /// words long, so only the last few starting before it can).
    fn covering(&self, at: usize) -> impl Iterator<Item = &Hit> {
        let upto = self.hits.partition_point(|h| h.start <= at);
        self.hits[upto.saturating_sub(8)..upto]
            .iter()
            .filter(move |u| at < u.end)
    }

    fn targets(&self, h: &Hit) -> &[Target] {
        self.ex.matcher.targets(h.pattern)
    }

    fn is(&self, h: &Hit, t: Target) -> bool {
        self.targets(h).contains(&t)
    }

    /// The last word before word `w` that is not an auxiliary (nor one of
    /// `also_skip`): the head of a verb's subject in "your order cannot be
    /// processed", "Acme is not required to".
    fn subject_word(&self, w: usize, also_skip: &[&str]) -> Option<usize> {
        (0..w).rev().find(|&i| {
            let x = self.word(i);
            !AUXILIARIES.contains(&x) && !also_skip.contains(&x)
        })
    }

    /// The word a verb at word `w` acts on: the first after it that is not
    /// one of `before` (determiners, adjectives), at most three words on.
    fn object_head(&self, w: usize, before: &[&str]) -> usize {
        let mut k = w + 1;
        while k < self.words.len() && k <= w + 3 && before.contains(&self.word(k)) {
            k += 1;
        }
        k
    }

    /// Whether a verb seeks leave rather than data: "ask for separate
    /// permission", "solicit your permission to collect …".
    fn seeks_leave(&self, h: &Hit) -> bool {
        // (Only a verb of getting: "we will not share your consent or usage
        // data" shares a record.)
        let getting = self
            .entry(h, Kind::Action)
            .is_some_and(|i| self.ex.taxonomy.actions[i].id == "collect");
        if !getting {
            return false;
        }
        let k = self.object_head(self.word_index(h.end - 1), LEAVE_MODIFIERS);
        k < self.words.len() && LEAVE.contains(&self.word(k))
    }

    /// Whether the words from `k` place what comes before in the document
    /// itself: "in this Privacy Policy", "within our privacy notice",
    /// "in the section below".
    fn placed_in_document(&self, k: usize) -> bool {
        let n = self.words.len();
        if k + 1 >= n || !matches!(self.word(k), "in" | "within" | "throughout" | "under") {
            return false;
        }
        if !matches!(self.word(k + 1), "this" | "our" | "the" | "these") {
            return false;
        }
        (k + 2..n.min(k + 5)).any(|j| {
            matches!(
                self.word(j),
                "policy" | "notice" | "statement" | "section" | "sections" | "document"
            )
        })
    }

    /// Whether the action at word `w` is what a request for information
    /// asks about: a request word ("request", "asking", "inquire"), not the
    /// company's own, then what is asked for ("information regarding", "a
    /// list of", "practices related to"), then the action, within one
    /// clause of fifty words.
    fn asked_about(&self, w: usize) -> bool {
        let lo = w.saturating_sub(50);
        let Some(r) = (lo..w).rev().find(|&j| {
            matches!(
                self.word(j),
                "request" | "requests" | "asking" | "inquire" | "inquiries"
            )
        }) else {
            return false;
        };
        // The company's own request is its collection: "we may request
        // information about you from partners and combine it".
        if self
            .subject_word(r, &[])
            .is_some_and(|k| matches!(self.word(k), "we" | "us" | "company"))
        {
            return false;
        }
        if self.norm[self.words[r]..self.words[w]].contains(['.', ';', ':']) {
            return false;
        }
        // (Not past a new main clause: "if you request information about
        // our products, we will share your email address with …".)
        let main_clause = |j: usize| {
            let between = &self.norm[self.words[j]..self.words[w]];
            [", we ", ", you ", ", they ", ", it "]
                .iter()
                .any(|c| between.contains(c))
        };
        (r + 1..w).any(|j| {
            let next = |k: usize| (j + k < w).then(|| self.word(j + k));
            !main_clause(j)
                && match self.word(j) {
                    "information" | "details" => matches!(
                        next(1),
                        Some("regarding" | "about" | "concerning" | "on" | "as")
                    ),
                    "list" | "categories" | "names" => next(1) == Some("of"),
                    "practices" => matches!(next(1), Some("related" | "regarding" | "concerning")),
                    _ => false,
                }
        })
    }

    /// Verbs and nouns that name an action without stating a practice:
    /// what security guards against ("unauthorized access or disclosure"),
    /// and past disclosures a user may ask about ("request a list of the
    /// third parties to whom we have disclosed …").
    fn not_a_practice(&self, h: &Hit) -> bool {
        let w = self.word_index(h.start);
        let before = |n: usize| (w.saturating_sub(n)..w).map(|i| self.word(i));
        if before(6).any(|x| {
            matches!(
                x,
                "unauthorized"
                    | "unauthorised"
                    | "unlawful"
                    | "accidental"
                    | "improper"
                    | "illegal"
            )
        }) {
            return true;
        }
        // "We use information as disclosed and described here": "as
        // disclosed" says what the document states, not a disclosure.
        // Advice to the reader is the reader's act, to the end of the
        // sentence or of a clause with a subject of its own: "we recommend
        // using a unique password that is not utilized for other accounts",
        // "we urge you to keep your password safe and not to divulge it".
        if let Some(i) = (0..w).rev().find(|&i| ADVICE.contains(&self.word(i))) {
            let gap = &self.norm[self.words[i]..h.start];
            if !gap.contains([';', ':', '.', '!', '?'])
                && ![", we ", ", but ", ", and we ", ", they "]
                    .iter()
                    .any(|c| gap.contains(c))
            {
                return true;
            }
        }
        // "Information that is public" describes the data a verb takes;
        // "your comments are public" states their disclosure.
        if w > 0
            && matches!(self.word(w - 1), "that" | "which")
            && matches!(self.word(w), "is" | "are")
        {
            return true;
        }
        // So does a participle placed in the document: "purposes other than
        // those disclosed in this Privacy Policy".
        if matches!(self.word(w), "disclosed" | "published" | "provided")
            && ((w > 0 && self.word(w - 1) == "as") || self.placed_in_document(w + 1))
        {
            return true;
        }
        // "California residents may request certain information regarding
        // our disclosure of personal information to third parties", "request
        // a list of the third parties to whom we have disclosed …", "requests
        // asking about the business's practices related to disclosing …":
        // the disclosures a user may ask about, not a practice stated.
        if self.asked_about(w) {
            return true;
        }
        // "Set", "serve" and "drop" gather data only when what they put on
        // the device is a tracking technology ("advertisers may set
        // cookies", "served cookies by our partners"); "set your
        // preferences", "serve ads", "serve you better" gather nothing.
        if TRACKER_VERBS.contains(&self.word(w)) {
            let k = self.object_head(w, TRACKER_MODIFIERS);
            let tracker = k < self.words.len()
                && self.covering(self.words[k]).any(|u| {
                    self.entry(u, Kind::Data)
                        .is_some_and(|i| self.ex.taxonomy.data[i].id == "cookies")
                });
            if !tracker {
                return true;
            }
        }
        // "We are not required to maintain or disclose a list": what no one
        // has to do says nothing of whether it is done.
        if let Some(to) = (w.saturating_sub(4)..w)
            .rev()
            .find(|&j| self.word(j) == "to")
            && to >= 2
            && matches!(
                (self.word(to - 2), self.word(to - 1)),
                ("not", "required" | "obligated") | ("no", "obligation")
            )
            && (to + 1..w).all(|j| {
                matches!(self.word(j), "or" | "and")
                    || self.covering(self.words[j]).any(|u| self.names_action(u))
            })
        {
            return true;
        }
        // "Share buttons", "the share feature": a tool named after the
        // action, not the action done.
        if w + 1 < self.words.len()
            && matches!(
                self.word(w + 1),
                "button"
                    | "buttons"
                    | "feature"
                    | "features"
                    | "icon"
                    | "icons"
                    | "widget"
                    | "widgets"
                    | "tool"
                    | "tools"
                    | "function"
                    | "functionality"
            )
            && self.norm[self.ends[w]..self.words[w + 1]].trim().is_empty()
        {
            return true;
        }
        // "Publish ads about our partners' products": what is published is
        // advertising, not anyone's data (unless a data term names it:
        // "share advertising identifiers").
        {
            let k = self.object_head(
                w,
                &[
                    "the", "our", "its", "their", "such", "these", "relevant", "targeted",
                ],
            );
            if k < self.words.len()
                && matches!(
                    self.word(k),
                    "ad" | "ads" | "advert" | "adverts" | "advertisement" | "advertisements"
                )
                && !self.data_word(k)
            {
                return true;
            }
        }
        // "Your transaction cannot be processed": an operation that will
        // not go through, no promise about data.
        if self.word(w) == "processed"
            && self.passive(h)
            && self
                .subject_word(w, &[])
                .is_some_and(|k| OPERATIONS.contains(&self.word(k)))
            && self.negated(h)
        {
            return true;
        }
        // "By using the site", "when you use our services": using the
        // service is what the user does.
        {
            let k = self.object_head(
                w,
                &["the", "our", "this", "these", "any", "of", "its", "their"],
            );
            if matches!(self.word(w), "use" | "using" | "uses" | "used")
                && k > w + 1
                && k < self.words.len()
                && matches!(
                    self.word(k),
                    "site"
                        | "sites"
                        | "website"
                        | "websites"
                        | "web"
                        | "service"
                        | "services"
                        | "app"
                        | "apps"
                        | "application"
                        | "applications"
                        | "platform"
                        | "products"
                        | "product"
                        | "software"
                        | "features"
                        | "game"
                        | "games"
                )
            {
                return true;
            }
        }
        // "We might sell or buy other businesses", "items sold on the
        // platform", "the products we sell": selling goods, not data.
        if self.targets(h).iter().any(|t| {
            matches!(t, Target::Entry(Kind::Action, i) | Target::ActionNoun(i) | Target::WeakVerb(i)
                if self.ex.taxonomy.actions[*i].id == "sell")
        }) {
            // A good named within four words after, before any data term
            // or destination ("sell to businesses" names a buyer).
            let after = (w + 1..self.words.len().min(w + 5))
                .take_while(|&i| {
                    !matches!(self.word(i), "to" | "with")
                        && !self.hits.iter().any(|u| {
                            u.start == self.words[i] && self.entry(u, Kind::Data).is_some()
                        })
                })
                .map(|i| self.word(i))
                .find(|x| GOODS.contains(x));
            let skip_before = |x: &str| {
                matches!(
                    x,
                    "are"
                        | "is"
                        | "be"
                        | "been"
                        | "being"
                        | "was"
                        | "were"
                        | "we"
                        | "you"
                        | "they"
                        | "also"
                        | "may"
                        | "can"
                        | "will"
                        | "not"
                        | "that"
                        | "which"
                )
            };
            let before_goods = (w.saturating_sub(4)..w)
                .rev()
                .map(|i| self.word(i))
                .find(|x| !skip_before(x));
            if after.is_some() || before_goods.is_some_and(|x| GOODS.contains(&x)) {
                return true;
            }
        }
        // "limit certain types of sharing.": a gerund closing its phrase
        // names the action; with no object it states no practice.
        if w > 0
            && self.word(w - 1) == "of"
            && self.norm[h.start..h.end].ends_with("ing")
            && self.norm[h.end..]
                .trim_start()
                .chars()
                .next()
                .is_none_or(|c| matches!(c, '.' | ',' | ';' | ':' | ')' | '!' | '?'))
        {
            return true;
        }
        // "Clicking the link", "a record": a verb after an article, or
        // "link" after a quoted name, is a noun, and no action unless the
        // taxonomy names it as an action noun ("the sale of").
        if w > 0
            && (matches!(self.word(w - 1), "the" | "a" | "an")
                // the “Do Not Sell My Info” link
                || (self.norm[..h.start].trim_end().ends_with('"')
                    && matches!(self.word(w), "link" | "links")))
            && !self.word(w).ends_with("ed") // "the transferred assets" still transfer
            && !self.targets(h).iter().any(|t| matches!(t, Target::ActionNoun(_)))
        {
            return true;
        }
        // "when the app is not in use": a state, not a use of data.
        if matches!(self.word(w), "use") && w > 0 && self.word(w - 1) == "in" {
            return true;
        }
        // "Please forward this email to …", "simply send us …": the reader
        // is told to act.
        if before(2).any(|x| matches!(x, "please" | "simply")) {
            return true;
        }
        let perfect = before(2).any(|x| matches!(x, "have" | "has" | "had"));
        perfect
            && (0..w).any(|i| {
                matches!(self.word(i), "request" | "requests" | "obtain" | "ask")
                    && i > 0
                    && (i.saturating_sub(4)..i).any(|j| {
                        self.hits.iter().any(|u| {
                            self.word_index(u.start) == j && self.is(u, Target::UserSubject)
                        }) || matches!(self.word(j), "to" | "may" | "can")
                    })
            })
    }

    /// Whether an action is named as a topic rather than stated: a topic cue
    /// (taxonomy `grammar.topics`: "how", "whether", "describes", "consent
    /// to", "questions about" …) before it with only its subject,
    /// auxiliaries, articles, taxonomy terms or other actions between —
    /// "this policy explains how we collect, use and share your data",
    /// "you consent to our collection and disclosure of information". A
    /// user as subject on the way ends the search: "learn about you and
    /// share it" is the company's act.
    fn is_topic(&self, h: &Hit) -> bool {
        let w = self.word_index(h.start);
        // Past the verb's own subject, another action is another clause's
        // ("How we share your information: we do not sell it").
        let mut past_subject = false;
        let mut unknown = 0;
        for j in (w.saturating_sub(TOPIC_WINDOW)..w).rev() {
            let gap = &self.norm[self.words[j]..self.words[j + 1]];
            if gap.contains(['.', ';', ':', '(', ')', '?', '!']) {
                return false;
            }
            let at = self.words[j];
            let covering = || self.covering(at);
            // (The cue word itself too: "understand how" is matched as a
            // purpose, and its "how" still asks a question.)
            // A clause opening with "what" or "which" asks or names a topic
            // ("What information third parties collect through the site")
            // unless a colon lets its answer follow ("What we share: …").
            let asks = j == 0
                && matches!(self.word(j), "what" | "which")
                && !self.norm[h.end..].contains(':');
            if covering().any(|u| self.is(u, Target::Topic))
                || matches!(self.word(j), "how" | "whether")
                || asks
            {
                return true;
            }
            // "about our use of", "regarding the disclosure of": a near cue
            // at most two words before an action named as a noun, or before
            // a list of them ("choices regarding the collection, use and
            // sharing of your information").
            if covering().any(|u| self.is(u, Target::TopicNear))
                && self.actions_named_then_of(h)
                && (j + 1..w)
                    .filter(|&k| !self.covering(self.words[k]).any(|u| self.names_action(u)))
                    .count()
                    <= 2
            {
                return true;
            }
            if covering().any(|u| self.is(u, Target::UserSubject)) {
                return false;
            }
            if past_subject && covering().any(|u| self.names_action(u)) {
                return false;
            }
            past_subject |= covering().any(|u| {
                self.is(u, Target::FirstParty) || self.entry(u, Kind::Recipient).is_some()
            });
            let glue = NEGATION_GLUE.contains(&self.word(j))
                || matches!(
                    self.word(j),
                    "they" | "it's" | "its" | "their" | "is" | "are"
                )
                || covering().any(|u| {
                    self.targets(u).iter().any(|t| {
                        matches!(
                            t,
                            Target::Entry(..)
                                | Target::WeakVerb(_)
                                | Target::ActionNoun(_)
                                | Target::FirstParty
                                | Target::May
                                | Target::Will
                        )
                    })
                });
            // One element of a list of verbs the cue governs as a whole:
            // "how and why we collect, use, protect, and share".
            let listed = j > 0
                && self.norm[self.words[j - 1]..self.words[j]].contains(',')
                && (self.norm[self.ends[j]..self.words[j + 1]].contains(',')
                    || matches!(self.word(j + 1), "and" | "or"));
            // A short subject the vocabulary does not know: "describes how
            // Sites may collect", "how the app uses" (two words at most).
            if !glue && !listed {
                if unknown < 2 && self.word(j).chars().all(char::is_alphabetic) {
                    unknown += 1;
                    past_subject = true;
                    continue;
                }
                return false;
            }
        }
        false
    }

    /// Whether an action named as a noun is followed by "of", directly or
    /// after further actions in a list: "the collection, use and sharing
    /// of your information".
    fn actions_named_then_of(&self, h: &Hit) -> bool {
        let mut end = h.end;
        loop {
            if self.norm[end..].starts_with(" of ") {
                return true;
            }
            let next = self.hits.iter().find(|u| u.start > end);
            match next {
                Some(u)
                    if self.names_action(u)
                        && matches!(
                            self.norm[end..u.start].trim_matches([' ', ',']),
                            "" | "and" | "or"
                        ) =>
                {
                    end = u.end
                }
                _ => return false,
            }
        }
    }

    /// Whether the first destination after a verb is a place, the user's
    /// device, the user or the company itself rather than a recipient
    /// ("transferred to the United States", "cookies transferred to your
    /// computer", "shared with you", "shared with us"): no third party
    /// receives.
    fn goes_to_place(&self, verb: &Hit) -> bool {
        let lo = verb.end;
        let hi = self
            .words
            .get(self.word_index(verb.start) + PLACE_WINDOW)
            .copied()
            .unwrap_or(self.norm.len());
        self.hits
            .iter()
            .filter(|u| u.start >= lo && u.start < hi && !self.in_exception(u))
            .find_map(|u| {
                let w = self.word_index(u.start);
                // "share the information you provide to us with
                // advertisers": a destination after "you" is the user's
                // clause's, not the verb's.
                let vw = self.word_index(verb.start);
                if (vw + 1..w).any(|i| self.word(i) == "you") {
                    return None;
                }
                // The same after a participle of its own: "the names and
                // addresses provided to us".
                if w >= 2
                    && w - 2 > vw
                    && matches!(self.word(w - 1), "to" | "with")
                    && self.word(w - 2).ends_with("ed")
                {
                    return None;
                }
                // (Three words back: "to and from any state".)
                let led = (w.saturating_sub(3)..w).any(|i| {
                    matches!(
                        self.word(i),
                        "to" | "in" | "on" | "into" | "onto" | "outside" | "within" | "at"
                    )
                });
                // "… with us", "shared with you": the company or the user
                // receives, no third party.
                // (Not after a noun it belongs to: "information about your
                // transactions with us" names the data. "Share your
                // experience with us" is still addressed to the company.)
                let belongs = w >= 4
                    && DEALINGS.contains(&self.word(w - 2))
                    && (w - 4..w - 2).any(|i| {
                        matches!(
                            self.word(i),
                            "about" | "regarding" | "concerning" | "of" | "on" | "from" | "during"
                        )
                    });
                let addressed = w > 0 && matches!(self.word(w - 1), "with" | "to") && !belongs;
                if (self.is(u, Target::Place) && led)
                    || (addressed
                        && ((self.is(u, Target::FirstParty)
                            && !matches!(self.word(w), "our" | "we"))
                            || self.word(w) == "you"))
                {
                    Some(true)
                } else if self.entry(u, Kind::Recipient).is_some() && !self.is_source(u) {
                    Some(false)
                } else {
                    None
                }
            })
            .unwrap_or(false)
    }

    /// Whether a disclosure verb's subject is the user's device or browser
    /// ("if the device transmits it", "your device and/or browser may
    /// collect and/or transmit your location"), and no party is named after
    /// it to receive: what a device sends, the service receives.
    fn device_sends(&self, verb: &Hit) -> bool {
        let subject = self
            .hits
            .iter()
            .rev()
            .filter(|h| h.end <= verb.start)
            .find(|h| {
                !self.names_action(h) && !self.is(h, Target::May) && !self.is(h, Target::Will)
            });
        let device = subject.is_some_and(|h| {
            self.is(h, Target::Place)
                && ["device", "browser", "computer"]
                    .iter()
                    .any(|d| self.norm[h.start..h.end].contains(d))
                && !self.norm[h.end..verb.start].contains([',', ';', ':'])
                && self.word_index(verb.start) - self.word_index(h.start) <= 10
        });
        device
            && !self
                .hits
                .iter()
                .any(|h| h.start >= verb.end && self.entry(h, Kind::Recipient).is_some())
    }

    /// Whether a verb of keeping keeps something other than data: no data
    /// term or pronoun in the few words after it (or, for a participle,
    /// before it) — "countries in which service providers maintain
    /// facilities", "links to websites maintained by other organizations",
    /// "keep our services safe". ("We keep it for 30 days", "information is
    /// retained" still keep data.)
    fn keeps_no_data(&self, verb: &Hit) -> bool {
        let w = self.word_index(verb.start);
        // (What holds data counts as data: "a complete log of all
        // messages", "copies of your records".)
        let held = |j: usize| self.data_word(j) || RECORDS.contains(&self.word(j));
        let after = (w + 1..(w + 7).min(self.words.len())).any(|j| {
            held(j)
                || (j == w + 1
                    && matches!(
                        self.word(j),
                        "it" | "them"
                            | "this"
                            | "these"
                            | "those"
                            | "that"
                            | "such"
                            | "all"
                            | "any"
                    ))
        });
        // The passive keeps its subject, however far back and whatever it
        // names ("personal data collected and used for this purpose is kept
        // for 10 years", "your text is stored on our servers").
        if self.passive(verb) {
            return false;
        }
        let participle =
            matches!(self.word(w), x if x.ends_with("ed") || x == "kept" || x == "held");
        // A participle without "be" keeps the noun right before it
        // ("websites maintained by …"), or the one before a relative
        // pronoun ("the information, which we then kept").
        let reach = match (w.saturating_sub(6)..w)
            .rev()
            .find(|&j| matches!(self.word(j), "which" | "that"))
        {
            Some(_) => 14,
            None => 6,
        };
        let before = participle && (w.saturating_sub(reach)..w).any(held);
        !after && !before
    }

    /// Whether the first noun after a verb is something other than data
    /// ("discloses our practices", "disclose any changes").
    fn object_is_not_data(&self, verb: &Hit) -> bool {
        let w = self.word_index(verb.start);
        for j in w + 1..(w + 5).min(self.words.len()) {
            if self.data_word(j) {
                return false;
            }
            if matches!(
                self.word(j),
                "practices"
                    | "practice"
                    | "policy"
                    | "policies"
                    | "changes"
                    | "change"
                    | "updates"
                    | "terms"
                    | "statement"
                    | "notice"
            ) {
                return true;
            }
        }
        false
    }

    /// Whether a term is the source of data rather than its recipient:
    /// "from" among the three words before it ("received from third
    /// parties", "from our advertising partners").
    fn is_source(&self, h: &Hit) -> bool {
        let w = self.word_index(h.start);
        (w.saturating_sub(3)..w).any(|i| self.word(i) == "from")
    }

    /// Whether the clause holds `phrase` as whole words.
    fn has_phrase(&self, phrase: &str) -> bool {
        self.norm.match_indices(phrase).any(|(at, _)| {
            let end = at + phrase.len();
            let word = |c: char| c.is_alphanumeric();
            !self.norm[..at].chars().next_back().is_some_and(word)
                && !self.norm[end..].chars().next().is_some_and(word)
        })
    }

    fn entry(&self, h: &Hit, kind: Kind) -> Option<usize> {
        self.targets(h).iter().find_map(|t| match t {
            Target::Entry(k, i) if *k == kind => Some(*i),
            _ => None,
        })
    }

    /// Whether a hit is an action's verb, weak verb or noun (before the
    /// rules decide whether it names the action here).
    fn names_action(&self, h: &Hit) -> bool {
        self.targets(h).iter().any(|t| {
            matches!(
                t,
                Target::Entry(Kind::Action, _) | Target::WeakVerb(_) | Target::ActionNoun(_)
            )
        })
    }

    /// The action a hit names, if it names one here: weak verbs need a
    /// recipient later in the clause, action nouns a following "of".
    fn action_of(&self, h: &Hit) -> Option<usize> {
        if !self.names_action(h) || self.not_a_practice(h) || self.is_topic(h) {
            return None;
        }
        // After a determiner a verb's form is a noun ("provide this link",
        // "the App Store"): an action only as an action noun ("the transfer
        // of your data"). A participle stays one: "the transferred assets"
        // are transferred.
        let w = self.word_index(h.start);
        // So is a verb that is also a common noun after a possessive or a
        // noun's modifier: "our store partners", "security measures in
        // place", "a press release" ("the release of your data" stays one).
        let noun = w > 0
            && h.end == self.ends[w]
            && !self.word(w).ends_with("ed")
            && (matches!(
                self.word(w - 1),
                "the" | "a" | "an" | "this" | "these" | "those" | "each" | "every"
            ) || (NOUN_HOMOGRAPHS.contains(&self.word(w))
                && NOUN_OPENERS.contains(&self.word(w - 1))));
        // "The Federal Trade Commission", "trade secrets", "a trade-in",
        // "Microsoft Exchange", "Exchange Online", "a stock exchange": the
        // verb's form heads or ends a compound noun.
        if self.in_compound_noun(w) {
            return None;
        }
        // (Only the verb "access" itself: "accessible to", "accessible by"
        // are weak verbs of their own.)
        if h.end == self.ends[w]
            && matches!(
                self.word(w),
                "access" | "accesses" | "accessed" | "accessing"
            )
            && !self.access_is_verb(w)
        {
            return None;
        }
        let of = self.norm[h.end..].starts_with(" of ");
        self.targets(h).iter().find_map(|t| match *t {
            Target::Entry(Kind::Action, i) if !noun || of => Some(i),
            Target::ActionNoun(i) if of => Some(i),
            Target::WeakVerb(i) if self.names_its_recipient(h) => Some(i),
            // "Affiliates may have access to your information": whoever has
            // access is the recipient, named as the subject.
            Target::WeakVerb(i)
                if self.grants_access(h) && matches!(self.subject(h), Some(Some(_))) =>
            {
                Some(i)
            }
            _ => None,
        })
    }

    /// Whether "access" at word `w` is the verb of someone reaching data
    /// ("advertisers may access your IP address", "a feature that accesses
    /// your contacts", "data accessed by our staff"). Policies use the word
    /// far more as a noun — "access to your data" (which the weak verbs
    /// "have access to", "give access to" read), "access dates and times",
    /// "account access", "WLAN access points" — and for the user's visit
    /// ("when accessing the site"); so the verb needs a modal, "to", a
    /// conjunction or a named party right before it, or a passive's agent.
    fn access_is_verb(&self, w: usize) -> bool {
        let prev = w.checked_sub(1).map(|k| self.word(k));
        let next = (w + 1 < self.words.len()).then(|| self.word(w + 1));
        let party_before = w > 0
            && self.covering(self.words[w - 1]).any(|u| {
                self.entry(u, Kind::Recipient).is_some() || self.is(u, Target::FirstParty)
            });
        let opened = party_before || prev.is_some_and(|x| ACCESS_OPENERS.contains(&x));
        match self.word(w) {
            "access" => next != Some("to") && opened,
            "accesses" => opened,
            "accessed" => next == Some("by"),
            _ => false,
        }
    }

    /// Whether the word at `w` ("trade", "exchange") is part of a compound
    /// noun rather than a verb: these two name things (commissions, secrets,
    /// servers, markets) far more often in a policy than they sell or share.
    fn in_compound_noun(&self, w: usize) -> bool {
        let next = (w + 1 < self.words.len()).then(|| self.word(w + 1));
        let prev = w.checked_sub(1).map(|k| self.word(k));
        match self.word(w) {
            "trade" => next.is_some_and(|x| TRADE_NOUNS.contains(&x)),
            "exchange" | "exchanges" => {
                next.is_some_and(|x| EXCHANGE_NOUNS.contains(&x))
                    || prev.is_some_and(|x| EXCHANGE_KINDS.contains(&x))
            }
            _ => false,
        }
    }

    fn word_index(&self, byte: usize) -> usize {
        self.words.partition_point(|&w| w <= byte).saturating_sub(1)
    }

    fn word(&self, i: usize) -> &str {
        &self.norm[self.words[i]..self.ends[i]]
    }

    /// Where a phrase starting at `start` ends: at `;`, or (for `until_comma`
    /// limits) at the next comma, or at the end of the clause.
    fn phrase_end(&self, start: usize, max_words: usize) -> usize {
        let rest = &self.norm[start..];
        let mut end = rest.find(';').map(|p| start + p).unwrap_or(self.norm.len());
        if max_words != usize::MAX {
            if let Some(p) = rest.find([',', '.', ')']) {
                end = end.min(start + p);
            }
            let wi = self.word_index(start);
            if let Some(&w) = self.words.get(wi + max_words) {
                end = end.min(w);
            }
        }
        end
    }

    /// A weak verb of access ("have access to", "given access to"): its
    /// subject, not its object, is who receives.
    fn grants_access(&self, verb: &Hit) -> bool {
        // The weak verbs ("have access to", "allow access"), not "access"
        // itself: "advertisers may access your IP address" collect it.
        self.norm[verb.start..verb.end].contains("access")
            && self
                .targets(verb)
                .iter()
                .any(|t| matches!(t, Target::WeakVerb(_)))
    }

    /// Whether `verb` is in the passive voice: a form of "be" (or "get")
    /// before it, across adverbs ("may also be shared", "is not sold").
    fn passive(&self, verb: &Hit) -> bool {
        let mut w = self.word_index(verb.start);
        while w > 0 {
            w -= 1;
            match self.word(w) {
                "also" | "not" | "never" | "only" | "further" | "generally" | "sometimes"
                | "routinely" | "automatically" | "then" => continue,
                "be" | "is" | "are" | "was" | "were" | "been" | "being" | "get" | "gets" => {
                    return !self.norm[self.ends[w]..verb.start].contains([',', ';', ':']);
                }
                _ => return false,
            }
        }
        false
    }

    /// Whether a hit names a new subject: "we" or a user ("our" and "us",
    /// as in "ads on our site", name none).
    fn names_subject(&self, h: &Hit) -> bool {
        (self.is(h, Target::FirstParty) && !self.object_form(h)) || self.is(h, Target::UserSubject)
    }

    /// "our" and "us": the company named in a form that is never a subject.
    fn object_form(&self, h: &Hit) -> bool {
        matches!(&self.norm[h.start..h.end], "our" | "us")
    }

    /// Whether a verb is one of employing someone or something ("use",
    /// "employ", "utilize", "leverage", "engage"), not of processing or
    /// analysing ("analyze public blockchain data").
    fn employs(&self, verb: &Hit) -> bool {
        let v = &self.norm[verb.start..verb.end];
        ["use", "employ", "utili", "leverag", "engag"]
            .iter()
            .any(|p| v.starts_with(p))
    }

    /// Whether the verb's direct object is a recipient ("use Google
    /// Analytics", "use a third-party service", "employ vendors"), after
    /// at most a determiner or two.
    fn recipient_object(&self, verb: &Hit) -> bool {
        if !self.employs(verb) {
            return false;
        }
        let Some(obj) = self.hits.iter().find(|h| h.start > verb.end) else {
            return false;
        };
        // A recipient word that qualifies data ("use partner data", "use
        // public information") is no party used.
        let next_is_data = self.hits.iter().any(|h| {
            h.start > obj.start
                && self.entry(h, Kind::Data).is_some()
                && self.norm[obj.end..h.start].split_whitespace().count() <= 1
        });
        if next_is_data {
            return false;
        }
        let between = self.norm[verb.end..obj.start].split_whitespace();
        let determiners = between.clone().all(|w| {
            matches!(
                w,
                "a" | "an"
                    | "the"
                    | "certain"
                    | "some"
                    | "several"
                    | "various"
                    | "other"
                    | "trusted"
                    | "reputable"
                    | "selected"
                    | "one"
                    | "or"
                    | "more"
            )
        });
        determiners
            && between.count() <= 3
            && self.entry(obj, Kind::Recipient).is_some()
            && !self.in_exception(obj)
    }

    /// The party whose tracker the verb's object is: "use cookies from a
    /// vendor", "web beacons and cookies, including those from third
    /// parties", "cookies served by our advertising partners" (the
    /// recipient's id), or "use third-party cookies" (the third parties).
    /// Using another's tracker lets that party collect.
    fn tracker_owner(&self, verb: &Hit) -> Option<String> {
        if !self.employs(verb) {
            return None;
        }
        let cookies = |h: &Hit| {
            self.entry(h, Kind::Data)
                .is_some_and(|i| self.ex.taxonomy.data[i].id == "cookies")
        };
        let obj = self.hits.iter().find(|h| h.start > verb.end)?;
        if !cookies(obj) || self.norm[verb.end..obj.start].split_whitespace().count() > 2 {
            return None;
        }
        if self.norm[obj.start..obj.end].starts_with("third party") {
            return Some("third-parties".to_string());
        }
        // The trackers named together, then their owner within a few words.
        let mut last = obj;
        for h in self.hits.iter().filter(|h| h.start > obj.end) {
            let gap = &self.norm[last.end..h.start];
            if gap.split_whitespace().count() > 5 || gap.contains([';', '.', ':']) {
                return None;
            }
            if cookies(h) {
                last = h;
                continue;
            }
            let owner_word = gap
                .split_whitespace()
                .any(|w| matches!(w, "from" | "by" | "of"));
            return match self.entry(h, Kind::Recipient) {
                Some(i) if owner_word && !self.in_exception(h) => {
                    Some(self.ex.taxonomy.recipients[i].id.clone())
                }
                _ => None,
            };
        }
        None
    }

    fn in_exception(&self, h: &Hit) -> bool {
        self.exceptions
            .iter()
            .any(|&(s, e)| h.start > s && h.start < e)
    }

    /// Whether anything between two byte offsets ends a negation's or subject's scope.
    fn scope_broken(&self, from: usize, to: usize) -> bool {
        self.clause_broken(from, to)
            || self
                .hits
                .iter()
                .any(|h| h.start > from && h.start < to && self.is(h, Target::Exception))
    }

    /// Whether a weak verb ("provide", "make available") has a recipient
    /// after it, in its own clause and before another verb of disclosure,
    /// which takes its own recipients: "an email address must be provided
    /// to post a comment, but it is not shared with third parties" provides
    /// nothing to them.
    fn names_its_recipient(&self, verb: &Hit) -> bool {
        let disclosing = |v: &Hit| {
            self.entry(v, Kind::Action)
                .is_some_and(|a| discloses(&self.ex.taxonomy.actions[a].id))
        };
        self.hits.iter().any(|r| {
            r.start > verb.end
                && self.entry(r, Kind::Recipient).is_some()
                && !self.clause_broken(self.past_determiner(verb.end).min(r.start), r.start)
                && !self
                    .hits
                    .iter()
                    .any(|v| v.start > verb.end && v.end < r.start && disclosing(v))
        })
    }

    /// Where a verb's object starts past a "that" used as its determiner
    /// ("provide that information to advertisers"), which is no relative
    /// "that" opening another clause.
    fn past_determiner(&self, verb_end: usize) -> usize {
        let w = self.word_index(verb_end) + 1;
        if w < self.words.len() && self.word(w) == "that" {
            self.ends[w]
        } else {
            verb_end
        }
    }

    /// Whether another clause opens between two offsets: a `;` or `:`, or a
    /// word such as "but", "which" or "although".
    fn clause_broken(&self, from: usize, to: usize) -> bool {
        if from >= to {
            return false;
        }
        let between = &self.norm[from..to];
        if between.contains(';') || between.contains(':') {
            return true;
        }
        let (a, b) = (self.word_index(from) + 1, self.word_index(to));
        (a..b).any(|i| SCOPE_BREAKERS.contains(&self.word(i)))
    }

    /// Ids of one kind named in the clause (outside exceptions unless `inside`), in order.
    fn terms(&self, kind: Kind, inside_exceptions: bool) -> Vec<String> {
        self.terms_where(kind, |h| self.in_exception(h) == inside_exceptions)
    }

    /// Ids of one kind among the hits that pass `keep`, in order, once each.
    fn terms_where(&self, kind: Kind, keep: impl Fn(&Hit) -> bool) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for h in self.hits.iter().filter(|h| keep(h)) {
            if let Some(i) = self.entry(h, kind) {
                let id = &self.ex.taxonomy.entries(kind)[i].id;
                if !out.contains(id) {
                    out.push(id.clone());
                }
            }
        }
        out
    }

    /// The data terms among the hits that pass `keep`.
    fn data_spans(&self, keep: impl Fn(&Hit) -> bool) -> Vec<DataSpan> {
        self.hits
            .iter()
            .filter(|h| keep(h))
            .filter_map(|h| {
                self.entry(h, Kind::Data).map(|entry| DataSpan {
                    start: h.start,
                    end: h.end,
                    entry,
                })
            })
            .collect()
    }

    fn matched_terms(&self) -> Vec<Matched> {
        let mut out = Vec::new();
        for (hi, h) in self.hits.iter().enumerate() {
            let term = self.norm[h.start..h.end].to_string();
            for t in self.targets(h) {
                let (kind, id) = match t {
                    Target::Entry(Kind::Action, i)
                    | Target::WeakVerb(i)
                    | Target::ActionNoun(i) => {
                        if self.action_at(hi) != Some(*i) {
                            continue;
                        }
                        ("action", self.ex.taxonomy.actions[*i].id.clone())
                    }
                    Target::Entry(k, i) => (
                        match k {
                            Kind::Data => "data",
                            Kind::Recipient => "recipient",
                            Kind::Purpose => "purpose",
                            _ => "choice",
                        },
                        self.ex.taxonomy.entries(*k)[*i].id.clone(),
                    ),
                    Target::Negation => ("negation", "not".to_string()),
                    Target::Exception => ("exception", term.clone()),
                    Target::Condition => ("condition", term.clone()),
                    _ => continue,
                };
                let m = Matched {
                    term: term.clone(),
                    kind,
                    id,
                };
                if !out.contains(&m) {
                    out.push(m);
                }
            }
        }
        out
    }

    /// Whether verb `b` opens a clause of its own after verb `a`: a comma,
    /// semicolon, colon or dash between them, or a contrast ("but",
    /// "however"), not a gerund after "without".
    fn new_clause(&self, a: &Hit, b: &Hit) -> bool {
        let w = self.word_index(b.start);
        if w > 0 && self.word(w - 1) == "without" {
            return false;
        }
        let gap = &self.norm[a.end..b.start];
        gap.contains([',', ';', ':', '\u{2014}'])
            || gap.split_whitespace().any(|x| {
                matches!(
                    x,
                    "but" | "however" | "although" | "though" | "while" | "whereas"
                )
            })
    }

    /// Whether people are joined to a party named just before them ("these
    /// companies and individuals"): they are of that party.
    fn joined_to_party(&self, h: &Hit) -> bool {
        let w = self.word_index(h.start);
        self.is(h, Target::UserSubject)
            && w >= 2
            && matches!(self.word(w - 1), "and" | "or")
            && self
                .covering(self.words[w - 2])
                .any(|r| self.entry(r, Kind::Recipient).is_some())
    }

    /// Whether a party closes an aside that joins it to the subject before
    /// the aside ("We, and our affiliates, use …", "We, as well as our
    /// partners, may use …"): the verb after it is that party's act too,
    /// as it is without the commas ("we and our affiliates use").
    fn closes_joined_aside(&self, party: &Hit) -> bool {
        let before = &self.norm[..party.start];
        let Some(comma) = before.rfind(',') else {
            return false;
        };
        let aside = before[comma + 1..].trim_start();
        // ("We, and not our partners, …" excludes the party.)
        let joined = [
            "and ",
            "or ",
            "as well as ",
            "along with ",
            "together with ",
        ]
        .iter()
        .any(|j| {
            aside
                .strip_prefix(j)
                .is_some_and(|rest| !rest.starts_with("not "))
        });
        let no_verb = !self
            .hits
            .iter()
            .any(|h| h.start > comma && h.end <= party.start && self.names_action(h));
        // (The subject opens the sentence: in "Our partners, affiliates,
        // and service providers, use …" the list names one subject, its first.)
        let subject_before = self.hits.iter().any(|h| {
            h.end == comma
                && !self.norm[..h.start].contains(',')
                && ((self.is(h, Target::FirstParty) && !self.object_form(h))
                    || self.entry(h, Kind::Recipient).is_some())
        });
        joined && no_verb && subject_before
    }

    /// The subject of a verb: `Some(None)` for the first party, `Some(Some(id))`
    /// for a recipient acting, `None` when the user does it.
    fn subject(&self, verb: &Hit) -> Option<Option<String>> {
        let vw = self.word_index(verb.start);
        let lo = vw.saturating_sub(SUBJECT_WINDOW);
        for h in self.hits.iter().rev().filter(|h| h.end <= verb.start) {
            if self.word_index(h.end - 1) < lo {
                break;
            }
            // A verb that names its recipient ("publish" names the public)
            // is another action of the same subject, not the subject:
            // "we do not publish or otherwise disclose your data".
            if self.names_action(h) {
                continue;
            }
            // A relative clause on a recipient: "served by third-party
            // companies, which may collect information".
            if let Some(i) = self.entry(h, Kind::Recipient) {
                let between = self.norm[h.end..verb.start].trim_start_matches(',');
                if let Some(rest) = ["which ", "who ", "that "]
                    .iter()
                    .find_map(|r| between.trim_start().strip_prefix(r))
                    && rest.split_whitespace().count() <= 3
                    && !rest.contains([',', ';'])
                {
                    return Some(Some(self.ex.taxonomy.recipients[i].id.clone()));
                }
            }
            if self.scope_broken(h.end, verb.start) {
                break;
            }
            if self.is(h, Target::FirstParty) {
                // "our" and "us" are never the subject ("ads on our site
                // may use …"); the search goes on for one.
                if self.object_form(h) {
                    continue;
                }
                return Some(None);
            }
            if self.is(h, Target::Pronoun) {
                // The party named last before it in this clause, else the
                // one the previous clause named last.
                let here = self
                    .hits
                    .iter()
                    .rev()
                    .filter(|u| u.end <= h.start && !self.joined_to_party(u))
                    .find_map(|u| {
                        if self.is(u, Target::UserSubject) {
                            Some(Antecedent::User)
                        } else {
                            self.entry(u, Kind::Recipient).map(Antecedent::Recipient)
                        }
                    });
                return match here.unwrap_or_else(|| self.antecedent.clone()) {
                    Antecedent::Recipient(i) => {
                        Some(Some(self.ex.taxonomy.recipients[i].id.clone()))
                    }
                    Antecedent::User | Antecedent::Unknown => None,
                };
            }
            if self.is(h, Target::UserSubject) {
                // "… identify you and share it": the user is the object of
                // the verb before, and this one coordinates with its subject.
                let between = self.norm[h.end..verb.start].trim_matches([' ', ',']);
                if matches!(between, "and" | "or" | "and then" | "and may" | "and will") {
                    continue;
                }
                // "The information you provide may be shared": a passive
                // verb names its agent after "by", never before it; the
                // user before it heads a relative clause on the data.
                if self.passive(verb) {
                    continue;
                }
                // "These companies and individuals will have access": people
                // joined to a party act with it, and the party receives.
                if self.joined_to_party(h) {
                    continue;
                }
                let w = self.word_index(h.start);
                // "collected from users", "information about children": the
                // user after a preposition is where data comes from or whom
                // it is about, not who acts.
                if w > 0
                    && matches!(
                        self.word(w - 1),
                        "from"
                            | "about"
                            | "of"
                            | "to"
                            | "with"
                            | "for"
                            | "regarding"
                            | "concerning"
                    )
                {
                    continue;
                }
                return None;
            }
            if let Some(i) = self.entry(h, Kind::Recipient) {
                // "shared with advertisers, who may use it" is caught by the
                // breakers; a bare recipient right before the verb acts, and
                // so does one the verb's infinitive follows ("we allow
                // advertisers to collect", "we ask partners to send").
                let between = &self.norm[h.end..verb.start];
                if matches!(between, " to " | " also to " | " directly to ") {
                    return Some(Some(self.ex.taxonomy.recipients[i].id.clone()));
                }
                if between.trim().strip_prefix(',').is_some_and(|rest| {
                    rest.split_whitespace().all(|w| {
                        matches!(
                            w,
                            "may"
                                | "might"
                                | "can"
                                | "could"
                                | "will"
                                | "would"
                                | "shall"
                                | "must"
                                | "also"
                                | "do"
                                | "does"
                                | "did"
                        )
                    })
                }) && self.closes_joined_aside(h)
                {
                    return Some(Some(self.ex.taxonomy.recipients[i].id.clone()));
                }
                if !between.contains(',')
                    && !between.contains(" with ")
                    && !between.contains(" to ")
                {
                    return Some(Some(self.ex.taxonomy.recipients[i].id.clone()));
                }
            }
        }
        // A recipient opening the sentence is its subject across a relative
        // clause ("Ad networks that serve ads on our site may use …"),
        // unless someone else is named before the verb.
        // ("Our partners …": the possessive before it names no subject.)
        if let Some(first) = self
            .hits
            .iter()
            .find(|h| &self.norm[h.start..h.end] != "our")
            && first.end <= verb.start
            && self.word_index(first.start) <= 3
            // ("For Bing Search in your browser, using …": a party after a
            // preposition is no subject.)
            && !self.word_index(first.start).checked_sub(1).is_some_and(|w| {
                matches!(
                    self.word(w),
                    "for" | "in" | "on" | "with" | "by" | "to" | "from" | "of" | "at" | "about"
                )
            })
            && let Some(i) = self.entry(first, Kind::Recipient)
            && !self
                .hits
                .iter()
                .any(|h| h.start > first.start && h.end <= verb.start && self.names_subject(h))
            && self.only_parties_between(first.end, verb.start)
        {
            return Some(Some(self.ex.taxonomy.recipients[i].id.clone()));
        }
        // "You" opening the sentence acts for a later active verb that names
        // no subject of its own, when nobody else is named and no comma
        // opens another clause on the way: "You can choose to change your
        // city and make it not visible to other members".
        let user_opens = self
            .hits
            .first()
            .is_some_and(|h| h.start == 0 && &self.norm[h.start..h.end] == "you");
        // (Not a participle: "you may opt out of having your data shared".)
        let participle = self.word(self.word_index(verb.start)).ends_with("ed");
        // (Nor a noun: "You can opt out of the sale of your data" is the
        // company's sale.)
        let noun = self
            .targets(verb)
            .iter()
            .all(|t| !matches!(t, Target::Entry(Kind::Action, _) | Target::WeakVerb(_)));
        if user_opens
            && !participle
            && !noun
            && !self.passive(verb)
            && !self.norm[..verb.start].contains([',', ';', ':'])
            && !self.hits.iter().any(|h| {
                h.end <= verb.start
                    && ((self.is(h, Target::FirstParty) && !self.object_form(h))
                        || self.entry(h, Kind::Recipient).is_some())
            })
        {
            return None;
        }
        // Passive with an agent: "collected by advertisers", also after the
        // verbs coordinated with this one ("collected and used by others").
        let mut end = verb.end;
        for h in self.hits.iter().filter(|h| h.start > verb.end) {
            let between = &self.norm[end..h.start];
            if self.names_action(h)
                && matches!(between, " and " | " or " | ", " | ", and " | ", or ")
            {
                end = h.end;
            } else {
                break;
            }
        }
        // (A passive may keep its object before the agent: "you will be
        // served cookies by our advertisers".)
        if self.passive(verb)
            && let Some(p) = self.norm[end..].find(" by ")
            && let skipped = &self.norm[end..end + p]
            && skipped.split_whitespace().count() <= 3
            && !skipped.contains([',', ';', ':', '(', ')'])
            && self
                .hits
                .iter()
                .any(|h| h.start > end && h.end <= end + p && self.entry(h, Kind::Data).is_some())
        {
            end += p;
        }
        let after = &self.norm[end..];
        if let Some(rest) = after.strip_prefix(" by ") {
            for h in self.hits.iter().filter(|h| h.start >= end + 4) {
                if h.start > end + 4 + rest.len().min(40) {
                    break;
                }
                if let Some(i) = self.entry(h, Kind::Recipient) {
                    return Some(Some(self.ex.taxonomy.recipients[i].id.clone()));
                }
            }
        }
        Some(None)
    }

    /// Whether the text between the subject that opens a sentence and its
    /// verb continues that subject: no comma at all, or commas that only
    /// list more parties or set off a short aside ("Our partners,
    /// affiliates, tracking companies, and service providers, use …",
    /// "Third parties, however, may collect …"). A colon or semicolon, or a
    /// comma opening a clause with a verb of its own, ends it (a new
    /// subject, "we" or "you", is ruled out by the caller).
    fn only_parties_between(&self, from: usize, to: usize) -> bool {
        let text = &self.norm[from..to];
        if !text.contains(',') {
            return true;
        }
        if text.contains([';', ':']) {
            return false;
        }
        let mut at = from;
        text.split(',').all(|chunk| {
            let (lo, hi) = (at, at + chunk.len());
            at = hi + 1;
            let inside = || self.hits.iter().filter(|h| h.start >= lo && h.end <= hi);
            chunk.trim().is_empty()
                || inside().any(|h| self.entry(h, Kind::Recipient).is_some())
                || (chunk.split_whitespace().count() <= 4
                    && !inside().any(|h| self.names_action(h)))
        })
    }

    /// For an infinitive ("to share"), the party named as the object of a
    /// verb that lets it act (`ENABLING`: "allow", "let", "enable", "permit",
    /// "authorize") or of "help" before it, in the same
    /// sentence: "Time Inc. allows you to connect with other sites in order
    /// to share content" (the user shares). Same encoding as
    /// [`Analysis::sentence_subject`].
    fn governed_party(&self, verb: &Hit) -> Option<Option<Option<String>>> {
        let w = self.word_index(verb.start);
        let lo = w.saturating_sub(15);
        // The verbs that let a party act (`ENABLING`), and "help".
        let g = (lo..w).rev().find(|&i| {
            let x = self.word(i);
            ENABLING.contains(&x) || matches!(x, "help" | "helps")
        })?;
        if self.norm[self.words[g]..verb.start].contains(['.', ';', ':']) {
            return None;
        }
        let party = self.hits.iter().find(|h| {
            h.start > self.words[g]
                && h.end <= verb.start
                && self.word_index(h.start) <= g + 3
                && &self.norm[h.start..h.end] != "our"
        })?;
        if self.is(party, Target::UserSubject) {
            Some(None)
        } else {
            self.entry(party, Kind::Recipient)
                .map(|i| Some(Some(self.ex.taxonomy.recipients[i].id.clone())))
        }
    }

    /// The subject opening the clause (in its first four words), if any:
    /// `Some(None)` for the user, `Some(Some(None))` for the company,
    /// `Some(Some(Some(id)))` for a recipient.
    fn sentence_subject(&self) -> Option<Option<Option<String>>> {
        self.hits
            .iter()
            .take_while(|h| self.word_index(h.start) < 4)
            .find_map(|h| {
                if self.is(h, Target::UserSubject) {
                    Some(None)
                } else if self.is(h, Target::FirstParty) {
                    Some(Some(None))
                } else {
                    self.entry(h, Kind::Recipient)
                        .map(|i| Some(Some(self.ex.taxonomy.recipients[i].id.clone())))
                }
            })
    }

    /// The subject named within the subject window before a verb, if any:
    /// `Some(true)` for the first party or a recipient, `Some(false)` for
    /// the user; `None` when the window names none (the subject is implied).
    fn subject_named(&self, verb: &Hit) -> Option<bool> {
        let lo = self.word_index(verb.start).saturating_sub(SUBJECT_WINDOW);
        self.hits
            .iter()
            .rev()
            .filter(|h| h.end <= verb.start && self.word_index(h.start) >= lo)
            .find_map(|h| {
                if self.is(h, Target::FirstParty)
                    || self.is(h, Target::Pronoun)
                    || self.entry(h, Kind::Recipient).is_some()
                {
                    Some(true)
                } else if self.is(h, Target::UserSubject) {
                    Some(false)
                } else {
                    None
                }
            })
    }

    fn negated(&self, verb: &Hit) -> bool {
        // A participle right after its data heads a relative clause of its
        // own: "we will not disclose your information collected from the
        // sites" promises nothing about collecting.
        let vw = self.word_index(verb.start);
        if vw > 0 && self.word(vw).ends_with("ed") && self.data_word(vw - 1) {
            return false;
        }
        let lo = self.negation_reach(verb);
        self.hits.iter().any(|h| {
            h.end <= verb.start
                && self.word_index(h.start) >= lo
                && self.is(h, Target::Negation)
                && !self.scope_broken(h.end, verb.start)
                && self.only_glue_between(h.end, verb.start)
                && !self.in_fronted_condition(h, verb)
                // "You cannot opt out of this sharing" denies the choice,
                // it promises nothing about the sharing.
                && !self.hits.iter().any(|c| {
                    c.start >= h.end && c.end <= verb.start && self.entry(c, Kind::Choice).is_some()
                })
        })
    }

    /// Whether an action is named as what would follow if it were not
    /// done — "without processing your data, we can not respond", "the
    /// consequences of not processing your data" — which promises nothing
    /// (if anything, it says the action is needed).
    fn hypothetical(&self, verb: &Hit) -> bool {
        let w = self.word_index(verb.start);
        let before = |k: usize| w.checked_sub(k).map(|i| self.word(i));
        if !self.word(w).ends_with("ing") {
            return false;
        }
        let at = |i: usize| (i < self.words.len()).then(|| self.word(i));
        let unable = || {
            (0..self.words.len()).any(|i| match self.word(i) {
                "unable" | "impossible" => true,
                "can" => at(i + 1) == Some("not"),
                "not" => {
                    at(i + 1) == Some("able")
                        || (at(i + 1), at(i + 2)) == (Some("be"), Some("able"))
                }
                _ => false,
            })
        };
        (before(1) == Some("without") && unable())
            || (before(1) == Some("not") && before(2) == Some("of"))
    }

    /// Whether a negated passive is the goal of a measure, not a promise:
    /// "we encrypt data to ensure it can't be linked to other information
    /// about you", "… so that it cannot be identified" describe what a
    /// safeguard achieves. (An obligation on someone else stays a promise:
    /// "contracts to ensure partners do not use your data" is active.)
    fn goal_of_measure(&self, verb: &Hit) -> bool {
        let w = self.word_index(verb.start);
        let cannot = (w.saturating_sub(4)..w).any(|i| {
            matches!(self.word(i), "cannot" | "can't" | "cant")
                || (self.word(i) == "can" && i + 1 < w && self.word(i + 1) == "not")
        });
        cannot
            && self.passive(verb)
            && (w.saturating_sub(8)..w).any(|i| {
                matches!(self.word(i), "ensure" | "ensures" | "ensuring")
                    || (self.word(i) == "so" && i + 1 < w && self.word(i + 1) == "that")
                    || (self.word(i) == "make" && i + 1 < w && self.word(i + 1) == "sure")
            })
    }

    /// Whether an action is what the company says it cannot guarantee
    /// against: "we cannot guarantee that your information will not be
    /// disclosed", "cannot ensure the security of … or guarantee that
    /// information may not be accessed". A disclaimer about breaches
    /// states no practice and makes no promise. (A guarantee given is
    /// another matter: "we ensure that it is not sold" stays a promise.)
    fn disclaimed(&self, verb: &Hit) -> bool {
        let w = self.word_index(verb.start);
        let guarantee = |i: usize| GUARANTEES.contains(&self.word(i));
        let same_clause =
            |i: usize| !self.norm[self.words[i]..verb.start].contains([';', '.', ':']);
        let refused = |i: usize| {
            (i.saturating_sub(3)..i).any(|k| matches!(self.word(k), "not" | "no" | "never"))
        };
        // What is refused is a clause ("… that it will be secure", "… it
        // will not be accessed"), not the object of "guarantee the security
        // of information disclosed to those third parties", which states
        // the disclosure.
        let clause = |i: usize| (i + 1 < w && self.word(i + 1) == "that") || self.negated(verb);
        (w.saturating_sub(25)..w).any(|i| guarantee(i) && same_clause(i) && refused(i) && clause(i))
    }

    /// Whether a verb and the negation before it both lie in an "if" or
    /// "unless" clause: "we can not process your booking if we do not
    /// collect your name", "if we do not receive your consent, …" suppose
    /// the action away; they promise nothing. (A wish is another matter:
    /// "if you prefer that we do not share it, opt out" offers a choice.)
    fn negated_within_condition(&self, verb: &Hit) -> bool {
        let w = self.word_index(verb.start);
        (w.saturating_sub(NEGATION_WINDOW + 4)..w).any(|i| {
            matches!(self.word(i), "if" | "unless")
                && !self.norm[self.words[i]..verb.start].contains([',', ';', ':'])
                && !(i + 1..w).any(|k| {
                    matches!(
                        self.word(k),
                        "prefer" | "want" | "wish" | "like" | "choose" | "request" | "ask"
                    )
                })
                && self.hits.iter().any(|h| {
                    h.start > self.words[i] && h.end <= verb.start && self.is(h, Target::Negation)
                })
        }) && self.negated(verb)
    }

    /// Whether a verb is part of a name in quotation marks, after a
    /// negation in it: a link, a button or a request — “Do Not Sell My
    /// Personal Information”, “Nevada Do Not Sell Request” — which states
    /// no practice ("halt these sales by pressing the “Do not sell” link"
    /// says the opposite). A verb alone in quotes is a defined term, and
    /// stays: we “share” it with advertisers.
    fn quoted_name(&self, verb: &Hit) -> bool {
        let before = &self.norm[..verb.start];
        if before.matches('"').count().is_multiple_of(2) || !self.norm[verb.end..].contains('"') {
            return false;
        }
        let open = before.rfind('"').unwrap_or(0);
        self.hits
            .iter()
            .any(|h| h.start > open && h.end <= verb.start && self.is(h, Target::Negation))
    }

    /// Whether a negated verb names a right, a link or a signal, or tells
    /// the reader what not to do — none of which the company promises:
    /// "Do Not Sell." (a heading), "a Nevada do not sell request", "do
    /// not track signals", "the Do Not Sell or Share My Personal
    /// Information link" (the user speaks), "Do not share your password
    /// with anyone" (an instruction).
    fn named_or_addressed(&self, verb: &Hit) -> bool {
        let w = self.word_index(verb.start);
        let opening = (0..w.min(3)).map(|i| self.word(i)).collect::<Vec<_>>();
        let imperative = matches!(
            opening.as_slice(),
            ["do", "not", ..] | ["never", ..] | ["please", "do", "not"] | ["please", "never", ..]
        );
        // Past the other verbs of a list ("sell or share my"), the word
        // the verb governs.
        let mut k = w + 1;
        while k < self.words.len()
            && (matches!(self.word(k), "or" | "and")
                || self.covering(self.words[k]).any(|h| self.names_action(h)))
        {
            k += 1;
        }
        let object = (k < self.words.len()).then(|| self.word(k));
        (imperative
            || matches!(
                object,
                Some(
                    "my" | "request"
                        | "requests"
                        | "link"
                        | "links"
                        | "right"
                        | "rights"
                        | "button"
                        | "page"
                        | "signal"
                        | "signals"
                        | "setting"
                        | "settings"
                        | "list"
                        | "registry"
                        | "form"
                )
            ))
            && self.negated(verb)
    }

    /// Whether the one who acts is the policy itself or its reader: "The
    /// Privacy Policy also provides information about cookies" describes
    /// the document; "To obtain more information, please email us" is
    /// the reader's errand.
    fn document_or_reader_acts(&self, verb: &Hit) -> bool {
        let w = self.word_index(verb.start);
        let mut k = w;
        while k > 0
            && matches!(
                self.word(k - 1),
                "also" | "further" | "additionally" | "below"
            )
        {
            k -= 1;
        }
        let document = k > 0
            && matches!(
                self.word(k - 1),
                "policy" | "statement" | "notice" | "section" | "document"
            );
        // The reader's errand, and errands joined to it: "To obtain more
        // information, or to obtain a copy, please email …".
        let errand = self.word(0) == "to"
            && (w == 1
                || (w > 2 && self.word(w - 1) == "to" && matches!(self.word(w - 2), "or" | "and")))
            && (0..self.words.len()).any(|i| self.word(i) == "please");
        document || errand
    }

    /// The first word a negation before `verb` may stand on: `NEGATION_WINDOW`
    /// words back, not counting the other actions of a list the verb ends
    /// ("we do not sell, rent, lease, trade or otherwise disclose").
    fn negation_reach(&self, verb: &Hit) -> usize {
        let mut k = self.word_index(verb.start);
        // A permitted action is reached through its permission: "we will
        // not sell, rent or authorize any third party to use".
        if k > 1
            && self.word(k - 1) == "to"
            && let Some(e) = (k.saturating_sub(7)..k - 1)
                .rev()
                .find(|&i| ENABLING.contains(&self.word(i)))
        {
            k = e;
        }
        let mut budget = NEGATION_WINDOW;
        // Only the run of actions right before the verb is free: in "not
        // disclose your information collected", "collected" ends no list.
        let mut in_list = true;
        while k > 0 && budget > 0 {
            k -= 1;
            in_list &= matches!(self.word(k), "and" | "or" | "otherwise")
                || self.covering(self.words[k]).any(|h| self.names_action(h));
            if !in_list {
                budget -= 1;
            }
        }
        k
    }

    /// Whether a negation belongs to a condition set before the verb's
    /// clause: "If you do not opt out, we will share …" shares.
    fn in_fronted_condition(&self, negation: &Hit, verb: &Hit) -> bool {
        if !self.norm[negation.end..verb.start].contains(',') {
            return false;
        }
        // (The negation inside the condition: "If you have registered, we
        // will not sell, rent or swap" has its comma before the negation.)
        let w = self.word_index(negation.start);
        (w.saturating_sub(6)..w).any(|i| {
            matches!(
                self.word(i),
                "if" | "unless" | "when" | "whenever" | "once" | "should" | "where"
            ) && !self.norm[self.words[i]..negation.start].contains(',')
        })
    }

    /// Whether every word between a negation and its verb is one a negation
    /// reaches across: auxiliaries, adverbs, determiners, conjunctions and
    /// taxonomy terms ("will not knowingly sell", "no personal data is
    /// shared", "not sell or rent"). Any other word is a verb or noun of its
    /// own ("do not see a sharing icon") that the negation belongs to.
    fn only_glue_between(&self, from: usize, to: usize) -> bool {
        let (a, b) = (self.word_index(from) + 1, self.word_index(to));
        (a..b).all(|i| {
            let w = self.word(i);
            let at = self.words[i];
            // "We do not allow advertisers to collect …": what the company
            // does not let a party do, that party does not do (as far as
            // the policy promises).
            let enabling = |w: &str| ENABLING.contains(&w);
            NEGATION_GLUE.contains(&w)
                || enabling(w)
                || (w == "to" && (a..i).any(|k| enabling(self.word(k))))
                || (w == "in" && i > 0 && matches!(self.word(i - 1), "engage" | "engages"))
                || self.hits.iter().any(|h| {
                    h.start <= at
                        && at < h.end
                        && self.targets(h).iter().any(|t| {
                            matches!(
                                t,
                                Target::Entry(..)
                                    | Target::WeakVerb(_)
                                    | Target::May
                                    | Target::Will
                                    | Target::FirstParty
                                    | Target::Negation
                            )
                        })
                })
        })
    }

    fn modality(&self, verb: &Hit) -> Modality {
        let vw = self.word_index(verb.start);
        let lo = vw.saturating_sub(NEGATION_WINDOW);
        let mut m = Modality::Unspecified;
        for h in self.hits.iter().filter(|h| h.end <= verb.start) {
            if self.word_index(h.start) < lo || self.scope_broken(h.end, verb.start) {
                continue;
            }
            if self.is(h, Target::May) {
                m = Modality::May;
            } else if self.is(h, Target::Will) {
                m = Modality::Will;
            }
        }
        m
    }

    /// Durations stated in the clause: (byte offset, days).
    fn durations(&self) -> Vec<(usize, u32)> {
        let mut out = Vec::new();
        for h in self.hits.iter().filter(|h| self.is(h, Target::TimeUnit)) {
            let wi = self.word_index(h.start);
            if wi == 0 {
                continue;
            }
            let Some(n) = number(self.word(wi - 1)) else {
                continue;
            };
            let unit = &self.norm[h.start..h.end];
            let per = if unit.starts_with("day") {
                1
            } else if unit.starts_with("week") {
                7
            } else if unit.starts_with("month") {
                30
            } else {
                365
            };
            out.push((h.start, n.saturating_mul(per)));
        }
        out
    }

    /// Whether a choice is denied right before it is offered: "you may not
    /// opt out", "you cannot unsubscribe", "you will not be able to opt
    /// out" state that there is no choice. Not when the denial is itself a
    /// condition ("if you do not opt out, we …" still offers one).
    fn denied(&self, choice: &Hit) -> bool {
        let w = self.word_index(choice.start);
        let before: Vec<&str> = (w.saturating_sub(5)..w).map(|i| self.word(i)).collect();
        // "Do Not Track browser settings" name the browser's signal, which
        // the policy answers (mostly: does not honour); no choice it offers.
        let bare: Vec<&str> = before.iter().map(|x| x.trim_matches('\'')).collect();
        if bare.ends_with(&["do", "not", "track"]) {
            return true;
        }
        let Some(neg) = before
            .iter()
            .rposition(|x| matches!(*x, "not" | "cannot" | "no" | "never" | "unable"))
        else {
            return false;
        };
        // Only "able to" / "be able to" / "the option to" between the
        // denial and the choice.
        let gap = &before[neg + 1..];
        let direct = matches!(
            gap,
            [] | ["able", "to"]
                | ["be", "able", "to"]
                | ["to"]
                | ["the", "option", "to"]
                | ["option", "to"]
                | ["way", "to"]
        );
        let conditional = before[..neg]
            .iter()
            .any(|x| matches!(*x, "if" | "unless" | "should"));
        direct && !conditional
    }

    /// Whether a choice term names data instead: one item of a list of
    /// data ("browser version, device settings, and mobile network
    /// information", "your IP address or device settings", "your email
    /// address; and payment settings"), or where data
    /// comes from ("information from device settings"). Device settings
    /// named so are data collected, not a choice offered. (Other choices
    /// join data only with a comma: "update your information or opt out",
    /// "your information or your preferences" offer choices.)
    fn choice_names_data(&self, h: &Hit, kind: &str) -> bool {
        let data = |x: &Hit| self.entry(x, Kind::Data).is_some();
        let settings = kind == "browser-controls";
        let joins = |a: usize, b: usize| match self.norm[a..b].trim() {
            "," | ", and" | ", or" | ";" | "; and" | "; or" => true,
            "and" | "or" => settings,
            _ => false,
        };
        let w = self.word_index(h.start);
        let prev = self.hits.iter().rev().find(|p| p.end <= h.start);
        let next = self.hits.iter().find(|n| n.start >= h.end);
        (settings && w > 0 && self.word(w - 1) == "from")
            || prev.is_some_and(|p| data(p) && joins(p.end, h.start))
            || next.is_some_and(|n| data(n) && joins(h.end, n.start))
    }

    /// Whether an action is the object of an opt-out: "opt out of our
    /// sharing of your information", "opt-out of having your data shared
    /// with partners", "object to the processing of" — a few words after
    /// the choice and its "of" / "from", with no comma or new subject
    /// between ("opt out of emails, and we will share …" states a practice).
    fn opted_out_of(&self, verb: &Hit) -> bool {
        let Some(c) = self.hits.iter().rev().find(|c| {
            c.end <= verb.start
                && self
                    .entry(c, Kind::Choice)
                    .is_some_and(|i| self.ex.taxonomy.choices[i].id == "opt-out")
        }) else {
            return false;
        };
        let between = &self.norm[c.end..verb.start];
        let cue = &self.norm[c.start..c.end];
        // A cue that names the practice it limits governs the practices
        // listed with it: "limit the collection, use and sharing of".
        if cue.starts_with("limit ") || cue.starts_with("restrict ") {
            let (from, to) = (self.word_index(c.end - 1) + 1, self.word_index(verb.start));
            if (from..to).all(|j| {
                matches!(self.word(j), "and" | "or" | "the")
                    || self.covering(self.words[j]).any(|u| self.names_action(u))
            }) {
                return true;
            }
        }
        // A cue that ends in its subject's refusal governs the verb right
        // after it: "request that we not share", "ask us to stop selling".
        if between.trim().is_empty() {
            return true;
        }
        // (A wish governs its object directly: "if you do not want your
        // information shared in this way".)
        let rest = match ["of ", "from "]
            .iter()
            .find_map(|p| between.trim_start().strip_prefix(p))
        {
            Some(rest) => rest,
            None if cue.ends_with(" to") || cue.starts_with("if you ") => between.trim_start(),
            None => return false,
        };
        rest.split_whitespace().count() <= 7
            && !rest.contains([',', ';', ':', '(', ')'])
            && !self
                .hits
                .iter()
                .any(|h| h.start >= c.end && h.end <= verb.start && self.names_subject(h))
    }

    /// Whether a "not required to provide" frees someone other than the
    /// user: "Starbucks is not required to provide this link", "we are
    /// not obligated to provide" (its subject, before "is", "are" …).
    fn binds_another(&self, choice: &Hit) -> bool {
        let text = &self.norm[choice.start..choice.end];
        if !(text.starts_with("not required") || text.starts_with("not obligated")) {
            return false;
        }
        let Some(k) = self.subject_word(self.word_index(choice.start), &["generally"]) else {
            return false;
        };
        !(USERS.contains(&self.word(k))
            || self
                .covering(self.words[k])
                .any(|u| self.is(u, Target::UserSubject)))
    }

    /// Whether a choice's verb is done by the company or another party,
    /// not offered to the user: "we may decline requests that are
    /// unreasonably repetitive", "we limit the use of information by
    /// companies that serve our ads", "we may disclose your information
    /// without providing notice or choice".
    fn party_acts(&self, choice: &Hit) -> bool {
        let text = &self.norm[choice.start..choice.end];
        if !PARTY_CAN_DO.iter().any(|p| text.starts_with(p)) {
            return false;
        }
        // (A gerund after "without" is done by the clause's subject,
        // however far back.)
        match self.subject_named(choice) {
            None if text.starts_with("without ") => {
                matches!(self.sentence_subject(), Some(Some(_)))
            }
            named => named == Some(true),
        }
    }

    /// Whether "your choices" or "your preferences" is a topic or data,
    /// not a choice offered here: "to know your choices about not having
    /// this information used, visit …", "learn about your choices".
    fn choice_named_not_offered(&self, h: &Hit) -> bool {
        let text = &self.norm[h.start..h.end];
        let w = self.word_index(h.start);
        match text {
            "your choices" | "your options" => {
                (w.saturating_sub(3)..w).any(|j| matches!(self.word(j), "know" | "learn" | "about"))
            }
            // Preferences a site records or serves are data: "cookies
            // record your preferences", "customize the site to your
            // preferences", "re-enter your preferences".
            "your preferences" => {
                w > 0
                    && (matches!(
                        self.word(w - 1),
                        "to" | "enter"
                            | "remember"
                            | "record"
                            | "records"
                            | "track"
                            | "store"
                            | "save"
                    ) || self
                        .covering(self.words[w - 1])
                        .any(|u| self.names_action(u)))
            }
            _ => false,
        }
    }

    fn choice(&self) -> Option<Choice> {
        let mut kinds: Vec<(usize, &str)> = Vec::new();
        for h in &self.hits {
            if let Some(i) = self.entry(h, Kind::Choice) {
                let e = &self.ex.taxonomy.choices[i];
                if self.denied(h)
                    || self.choice_named_not_offered(h)
                    || self.choice_names_data(h, &e.id)
                    || self.binds_another(h)
                    || self.party_acts(h)
                {
                    continue;
                }
                if e.context.is_empty() || e.context.iter().any(|c| self.has_phrase(c)) {
                    kinds.push((h.start, e.id.as_str()));
                }
            }
        }
        let rank = |k: &str| match k {
            "opt-out" => 0,
            "opt-in" => 1,
            _ => 2,
        };
        let &(at, kind) = kinds.iter().min_by_key(|(_, k)| rank(k))?;
        let cue_word = self.word_index(at);
        let window_days = self
            .durations()
            .into_iter()
            .filter(|&(p, _)| self.word_index(p).abs_diff(cue_word) <= CHOICE_WINDOW)
            .map(|(_, d)| d)
            .min();
        Some(Choice {
            kind: kind.to_string(),
            window_days,
            scope: self.terms(Kind::Purpose, false),
        })
    }

    fn condition(&self) -> Option<Condition> {
        let h = self
            .hits
            .iter()
            .find(|h| self.is(h, Target::Exception))
            .map(|h| (h, "exception", usize::MAX))
            .or_else(|| {
                self.hits
                    .iter()
                    .find(|h| self.is(h, Target::Condition))
                    .map(|h| (h, "condition", 25))
            })?;
        let (hit, kind, max) = h;
        // An exception's extent was settled with the clause's analysis.
        let end = match self.exceptions.iter().find(|&&(s, _)| s == hit.start) {
            Some(&(_, e)) if kind == "exception" => e,
            _ => self.phrase_end(hit.start, max),
        };
        let text = self.norm[hit.start..end]
            .trim_end_matches(|c: char| c.is_ascii_punctuation() || c == ' ')
            .to_string();
        let mut terms = Vec::new();
        if kind == "exception" {
            for k in [Kind::Recipient, Kind::Data, Kind::Purpose] {
                terms.extend(self.terms(k, true));
            }
        }
        Some(Condition {
            kind: kind.to_string(),
            text,
            terms,
        })
    }

    /// Builds the practices of the clause (rules 1–4 and 6).
    fn practices(&self) -> Vec<Practice> {
        let tax = &self.ex.taxonomy;
        // (action index, verbs) groups.
        let mut groups: Vec<(usize, Vec<&Hit>, Option<String>)> = Vec::new();
        // The subject of the last action verb: `Some(None)` when it was the
        // user's act (skipped), `Some(Some(actor))` otherwise.
        let mut last_subject: Option<Option<Option<String>>> = None;
        for (hi, h) in self.hits.iter().enumerate() {
            let Some(ai) = self.action_at(hi) else {
                continue;
            };
            if self.in_exception(h)
                || self.hypothetical(h)
                || self.goal_of_measure(h)
                || self.disclaimed(h)
                || self.negated_within_condition(h)
                || self.quoted_name(h)
                || self.named_or_addressed(h)
                || self.document_or_reader_acts(h)
            {
                continue;
            }
            // An infinitive of purpose, or a verb coordinated with the one
            // before, acts for that verb's subject when it names none of its
            // own: "advertisers use cookies to collect …", "they may collect
            // your address and sell it", "users may post comments and share
            // them".
            let w = self.word_index(h.start);
            let mut k = w;
            while k > 0 && matches!(self.word(k - 1), "may" | "will" | "can" | "also" | "then") {
                k -= 1;
            }
            // ("… you choose to share without disclosing your identity": a
            // gerund after "without" is done by the verb's subject too.)
            let joined = k > 0
                && matches!(self.word(k - 1), "to" | "and" | "or" | "without")
                && !self.norm[self.words[k - 1]..h.start].contains([',', ';', ':']);
            // An infinitive after a verb that lets a party act is that
            // party's, however far the party's description runs: "we may
            // allow third parties performing services under contract with
            // us, such as payment processors, to access …".
            // (Looked up once: only a joined verb can take it.)
            let governed = if joined { self.governed_party(h) } else { None };
            let subject = match (&last_subject, governed) {
                (_, Some(g)) if self.word(k - 1) == "to" => g,
                _ if !joined || self.subject_named(h).is_some() => self.subject(h),
                (Some(prev), _) => prev.clone(),
                // Coordinated with a verb the taxonomy does not know
                // ("users may post comments and share them"): the
                // sentence's own subject, when it opens the sentence.
                // An infinitive after a verb the taxonomy does not know
                // takes the party that verb governs ("allows you to connect
                // … in order to share", "we ask partners to send").
                (None, governed) => match governed.or_else(|| self.sentence_subject()) {
                    Some(s) => s,
                    None => self.subject(h),
                },
            };
            last_subject = Some(subject.clone());
            // Not asking leave promises nothing about the data: "apps that
            // won't ask for separate permission to discover your location".
            // Asking it, "we may ask your permission to access your
            // contacts", says the access may happen: the verb after it
            // states that practice, the asking none of its own ("we will ask
            // for your consent before we share it" collects nothing).
            if self.seeks_leave(h)
                && (self.negated(h)
                    || (hi + 1..self.hits.len()).any(|k| self.action_at(k).is_some()))
            {
                continue;
            }
            let Some(actor) = subject else {
                continue;
            };
            // "we send you", "partners provide us": the user or the company
            // receives, so this is no disclosure to a third party.
            if tax.actions[ai].id == "share"
                && (self.norm[h.end..].starts_with(" you ")
                    || self.norm[h.end..].starts_with(" us "))
            {
                continue;
            }
            match groups.last_mut() {
                // "collected by us, or collected by a hosting provider": one
                // action, two actors, two practices.
                // (Not across a change of negation in a new clause: "… will
                // have access to it, but they may not share it" is two
                // practices; "share photos without disclosing your
                // identity" is one, done a certain way, and "a password
                // that is not used elsewhere" describes the password.)
                Some((last, verbs, who))
                    if *last == ai
                        && *who == actor
                        && verbs.last().is_none_or(|v| {
                            self.negated(v) == self.negated(h) || !self.new_clause(v, h)
                        }) =>
                {
                    verbs.push(h)
                }
                _ => groups.push((ai, vec![h], actor)),
            }
        }
        let mut data = self.terms(Kind::Data, false);
        // "personal information" adds nothing beside specific types ("this
        // information, including your phone number").
        if data.len() > 1 {
            data.retain(|d| d != "personal-information");
        }
        let recipients = self.terms(Kind::Recipient, false);
        let purposes = self.terms(Kind::Purpose, false);
        let choice = self.choice();
        let condition = self.condition();
        let durations = self.durations();
        if groups.is_empty() {
            // Rule 6: a choice sentence without a verb governs use; a
            // specific choice ("unsubscribe", "block cookies in your
            // browser") counts even without data named, a mere mention of
            // settings does not. The use is the choice's object, taken
            // for granted, not stated.
            let specific = choice.as_ref().is_some_and(|c| c.kind != "settings");
            if choice.is_some()
                && (specific || !data.is_empty() || !purposes.is_empty() || !recipients.is_empty())
            {
                return vec![Practice {
                    action: "use".to_string(),
                    negated: false,
                    modality: Modality::Unspecified,
                    actor: "first-party".to_string(),
                    data,
                    recipients: Vec::new(),
                    purposes,
                    choice,
                    condition,
                    retention_days: None,
                    inherited_from: None,
                    matched: self.matched_terms().into(),
                    objects: self.data_spans(|h| !self.in_exception(h)),
                    presupposed: true,
                }];
            }
            return Vec::new();
        }
        let matched: Arc<[Matched]> = self.matched_terms().into();
        let mut out: Vec<Practice> = Vec::new();
        // Where each group's object may be: from its first verb to the next
        // group's ("we use cookies to collect your browsing history": the
        // cookies are what is used, the history what is collected).
        let starts: Vec<usize> = groups.iter().map(|(_, v, _)| v[0].start).collect();
        for (g, (ai, verbs, actor)) in groups.into_iter().enumerate() {
            let end = starts.get(g + 1).copied().unwrap_or(usize::MAX);
            let mut own_data = self.terms_where(Kind::Data, |h| {
                h.start >= verbs[0].end && h.start < end && !self.in_exception(h)
            });
            if own_data.len() > 1 {
                own_data.retain(|d| d != "personal-information");
            }
            // With nothing after the verb ("your data may be shared"), the
            // clause's data is the object.
            let in_object = |h: &Hit| h.start >= verbs[0].end && h.start < end;
            let (data, objects) = if own_data.is_empty() || starts.len() == 1 {
                // Passive or single action: the data named anywhere, but
                // preferably after the verb when it names some there.
                let after = self.data_spans(|h| !self.in_exception(h) && in_object(h));
                let spans = if after.is_empty() {
                    self.data_spans(|h| !self.in_exception(h))
                } else {
                    after
                };
                (data.clone(), spans)
            } else {
                (
                    own_data,
                    self.data_spans(|h| !self.in_exception(h) && in_object(h)),
                )
            };
            let mut action = tax.actions[ai].id.clone();
            // "We use Google Analytics", "we use third-party advertising
            // companies to serve ads": the company that is used gets the
            // data the use involves.
            if action == "use" && actor.is_none() && self.recipient_object(verbs[0]) {
                action = "share".to_string();
            }
            let tracker_owner = (action == "use" && actor.is_none())
                .then(|| self.tracker_owner(verbs[0]))
                .flatten();
            if tracker_owner.is_some() {
                action = "share".to_string();
            }
            // "Your device may transmit your location": the user's own
            // device sends to the service, which collects.
            if action == "share" && actor.is_none() && self.device_sends(verbs[0]) {
                action = "collect".to_string();
            }
            let negated = self.negated(verbs[0]);
            let shares = matches!(action.as_str(), "share" | "sell");
            // Only weak verbs ("provide", "give"): without any data named,
            // "we provide links to third-party sites" is no disclosure.
            let weak_only = verbs.iter().all(|v| {
                !self
                    .targets(v)
                    .iter()
                    .any(|t| matches!(t, Target::Entry(Kind::Action, _)))
            });
            if weak_only && data.is_empty() && !self.negated(verbs[0]) {
                continue;
            }
            // (A promise not to keep something is kept whatever it names:
            // "your text and the translation are not stored".)
            if action == "retain" && !negated && verbs.iter().all(|v| self.keeps_no_data(v)) {
                continue;
            }
            // Judged on the verbs: a heading noun ("Transfer of information:")
            // names no destination of its own.
            let verbs_proper: Vec<&&Hit> = verbs
                .iter()
                .filter(|v| {
                    let noun = self
                        .targets(v)
                        .iter()
                        .any(|t| matches!(t, Target::ActionNoun(_)))
                        && self.norm[v.end..].starts_with(" of ");
                    !noun
                })
                .collect();
            if action == "share"
                && !verbs_proper.is_empty()
                && verbs_proper.iter().all(|v| self.goes_to_place(v))
            {
                continue;
            }
            // With no recipient, a transmission in a sentence about
            // security ("transmitted using SSL") is data in transit, and a
            // disclosure of "our practices" or "changes" is no data at all.
            let no_recipient = !self.hits.iter().any(|h| {
                h.start >= verbs[0].end
                    && self.entry(h, Kind::Recipient).is_some()
                    && !self.in_exception(h)
            });
            // (Security as the purpose of the disclosure — "to address
            // fraud, security, or spam" — says nothing of transit.)
            let in_transit = self.hits.iter().any(|h| {
                self.is(h, Target::Security)
                    && !(h.start >= verbs[0].end && self.entry(h, Kind::Purpose).is_some())
            });
            if shares
                && no_recipient
                && (in_transit || verbs.iter().all(|v| self.object_is_not_data(v)))
            {
                continue;
            }
            // Recipients named after the verb receive ("we share X with R");
            // before it they are mostly the subject or context.
            // "… from our partners" names where data comes from, not where it goes.
            let after: Vec<String> = self.terms_where(Kind::Recipient, |h| {
                h.start >= verbs[0].end && !self.in_exception(h) && !self.is_source(h)
            });
            // "Affiliates may have access to …": the subject is the one
            // recipient, whatever else the sentence names, and the company
            // is the one that discloses.
            let access = actor.is_some() && verbs.iter().all(|v| self.grants_access(v));
            let (actor, access) = match actor {
                Some(who) if access => (None, Some(who)),
                a => (a, None),
            };
            let mut recips = match (shares, after.is_empty()) {
                (false, _) => Vec::new(),
                _ if access.is_some() => access.into_iter().collect(),
                (true, false) => after,
                (true, true) => self.terms_where(Kind::Recipient, |h| {
                    !self.in_exception(h) && !self.is_source(h)
                }),
            };
            if let Some(owner) = &tracker_owner
                && !recips.contains(owner)
            {
                recips.push(owner.clone());
            }
            let actor = actor.unwrap_or_else(|| "first-party".to_string());
            recips.retain(|r| *r != actor);
            let p = Practice {
                action: action.clone(),
                negated,
                modality: self.modality(verbs[0]),
                actor,
                data: data.clone(),
                recipients: recips,
                purposes: purposes.clone(),
                choice: choice.clone(),
                condition: condition.clone(),
                retention_days: if action == "retain" {
                    durations.iter().map(|&(_, d)| d).max()
                } else {
                    None
                },
                inherited_from: None,
                matched: matched.clone(),
                objects,
                presupposed: verbs.iter().all(|v| self.opted_out_of(v)),
            };
            let substantive = p.negated
                || !p.data.is_empty()
                || !p.recipients.is_empty()
                || !p.purposes.is_empty()
                || p.choice.is_some()
                || p.actor != "first-party";
            if substantive && !out.iter().any(|o| same_practice(o, &p)) {
                out.push(p);
            }
        }
        out
    }
}

fn same_practice(a: &Practice, b: &Practice) -> bool {
    a.action == b.action && a.negated == b.negated && a.actor == b.actor
}

/// Parses "30", "thirty", "six" and the like.
fn number(w: &str) -> Option<u32> {
    if let Ok(n) = w.parse::<u32>() {
        return Some(n);
    }
    const WORDS: &[(&str, u32)] = &[
        ("one", 1),
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("five", 5),
        ("six", 6),
        ("seven", 7),
        ("eight", 8),
        ("nine", 9),
        ("ten", 10),
        ("twelve", 12),
        ("fourteen", 14),
        ("fifteen", 15),
        ("eighteen", 18),
        ("twenty", 20),
        ("thirty", 30),
        ("forty", 40),
        ("sixty", 60),
        ("ninety", 90),
        ("a", 1),
    ];
    WORDS.iter().find(|(s, _)| *s == w).map(|&(_, n)| n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ex() -> Extractor {
        Extractor::new(Taxonomy::builtin())
    }

    /// The kinds of the choices a sentence offers.
    fn choice_kinds(e: &Extractor, text: &str) -> Vec<String> {
        e.extract(text)
            .iter()
            .filter_map(|p| p.choice.as_ref().map(|c| c.kind.clone()))
            .collect()
    }

    /// Asserts that each sentence offers exactly the one choice kind given.
    fn offers_one_choice(cases: &[(&str, &str)]) {
        let e = ex();
        for (text, kind) in cases {
            assert_eq!(choice_kinds(&e, text), vec![*kind], "{text}");
        }
    }

    fn one(text: &str) -> Practice {
        let ps = ex().extract(text);
        assert_eq!(ps.len(), 1, "{text}: {ps:#?}");
        ps.into_iter().next().unwrap()
    }

    #[test]
    fn using_a_third_party_is_disclosing_to_it() {
        // (Google Analytics, used to analyse, is also the one that analyses.)
        let ps = ex().extract("We use Google Analytics to analyze how people use the site.");
        let p = &ps[0];
        assert_eq!(
            (p.action.as_str(), p.actor.as_str()),
            ("share", "first-party")
        );
        assert_eq!(p.recipients, vec!["named-companies"]);
        assert_eq!(p.purposes, vec!["analytics"]);
        let p = one("We may use a third-party service to send you email messages.");
        assert_eq!(p.action, "share");
        assert!(p.recipients.contains(&"third-parties".to_string()));
        let p = one("We do not use advertising companies to serve ads.");
        assert!(p.negated && p.action == "share", "{p:#?}");
        // Data used, or a recipient further on, is no use of a third party.
        let p = one("We use your email address to send you offers from our partners.");
        assert_eq!(p.action, "use");
        let p = one("We use cookies to remember your preferences.");
        assert_eq!(p.action, "use");
        let p = one("We may analyze public blockchain data, such as wallet addresses.");
        assert_eq!(p.action, "use");
        let p = one("We use public information about you from social networks.");
        assert_eq!(p.action, "use", "{p:#?}");
    }

    #[test]
    fn our_and_us_are_never_the_subject() {
        let p = one("Advertising networks that serve ads on our site may also use web beacons.");
        assert_eq!(p.actor, "advertisers");
        // "We" still is, and so is the company after "our".
        let p = one("On our site, we use web beacons.");
        assert_eq!(p.actor, "first-party", "{p:#?}");
        let p = one("Cookies on our site let us collect your browsing history.");
        assert_eq!(p.actor, "first-party", "{p:#?}");
    }

    #[test]
    fn a_destination_inside_a_relative_clause_is_not_the_verbs() {
        for text in [
            "We share the information you provide to us with advertisers.",
            "We share the names and addresses provided to us with advertisers.",
        ] {
            let p = one(text);
            assert_eq!(p.recipients, ["advertisers"], "{text}: {p:#?}");
        }
        // The verb's own destination still counts.
        assert!(
            ex().extract("Advertisers share this information with us.")
                .iter()
                .all(|p| p.action != "share" || p.recipients.is_empty())
        );
    }

    #[test]
    fn lists_of_customers_and_search_terms_are_data() {
        let p = one("We may rent our customer mailing lists to other companies.");
        assert_eq!(p.data, ["contact-information"], "{p:#?}");
        let p = one("We share the search terms you enter with advertisers.");
        assert_eq!(p.data, ["usage"], "{p:#?}");
    }

    #[test]
    fn you_opening_the_sentence_acts_for_its_later_verbs() {
        let ps = ex().extract(
            "You can at any time choose to change your city and make it not visible to other members.",
        );
        assert!(ps.iter().all(|p| p.action != "share"), "{ps:#?}");
        // Not across a comma, not for a participle, not past the company.
        for text in [
            "You may opt out of having your email address shared with partners.",
            "You register, and your email address is shared with partners.",
            "You agree that we share your email address with partners.",
        ] {
            let ps = ex().extract(text);
            assert!(
                ps.iter()
                    .any(|p| p.action == "share" && p.actor == "first-party"),
                "{text}: {ps:#?}"
            );
        }
    }

    #[test]
    fn an_opt_out_of_the_sale_states_the_sale() {
        for text in [
            "You can opt out of the sale of your personal information.",
            "Clicking the “Do Not Sell My Info” link will opt you out of the sale of your personal information.",
        ] {
            let ps = ex().extract(text);
            let acts: Vec<(&str, bool, Option<&str>)> = ps
                .iter()
                .map(|p| {
                    let choice = p.choice.as_ref().map(|c| c.kind.as_str());
                    (p.action.as_str(), p.negated, choice)
                })
                .collect();
            // A sale the user can opt out of: no promise, no "link" as combining.
            assert_eq!(acts, [("sell", false, Some("opt-out"))], "{text}");
        }
    }

    #[test]
    fn selling_goods_is_no_sale_of_data() {
        for goods in [
            "As we develop our business, we might sell or buy other businesses or services.",
            "We rank similar items sold on the platform.",
            "We list the products we sell on our website.",
            "Information on the successful sale of listed items.",
        ] {
            let ps = ex().extract(goods);
            assert!(ps.iter().all(|p| p.action != "sell"), "{goods}: {ps:#?}");
        }
        let p = one("We may sell your email address to marketers.");
        assert_eq!(p.action, "sell");
        // "engage in" carries the negation to the sale.
        let p = one("We do not engage in the sale of your personal information.");
        assert!(p.action == "sell" && p.negated, "{p:#?}");
        // "in use" is a state.
        assert!(
            ex().extract("Even when the app is not in use, we may collect location data.")
                .iter()
                .all(|p| p.action != "use")
        );
    }

    #[test]
    fn headings_are_no_statements() {
        for heading in [
            "Sharing your information",
            "Sharing Of Your Information",
            "Using cookies and similar technologies",
        ] {
            assert!(super::is_title(heading), "{heading}");
            assert!(ex().extract(heading).is_empty(), "{heading}");
        }
        for statement in [
            "Sharing your information with advertisers is never allowed.",
            "We share your information with advertisers",
            "Sharing your information with advertisers, partners and other companies we work with",
        ] {
            assert!(!super::is_title(statement), "{statement}");
        }
    }

    #[test]
    fn publishing_discloses_to_the_public() {
        let p = one("If you win a contest, we may publish your name and city.");
        assert_eq!(
            (p.action.as_str(), p.recipients.as_slice()),
            ("share", ["public".to_string()].as_slice())
        );
        // What the company publishes about itself names no data.
        assert!(
            ex().extract("We publish this policy on our website.")
                .is_empty()
        );
        let p = one("We do not disclose your purchase history to any outside entity.");
        assert_eq!(p.recipients, ["third-parties"], "{p:#?}");
    }

    #[test]
    fn a_recipient_with_access_is_disclosed_to() {
        let p =
            one("Other members of our family of companies may have access to your information.");
        assert_eq!(
            (p.action.as_str(), p.actor.as_str()),
            ("share", "first-party")
        );
        assert_eq!(p.recipients, vec!["affiliates"]);
        assert_eq!(p.modality, Modality::May);
        for (text, recipient) in [
            (
                "Contractors are provided access to your email address.",
                "service-providers",
            ),
            (
                "Your email address will be available to advertisers.",
                "advertisers",
            ),
            // People joined to the party do not make it the user's act.
            (
                "Service providers and individuals will have access to your email address.",
                "service-providers",
            ),
            (
                "Your profile photo is searchable by other users.",
                "other-users",
            ),
        ] {
            let p = one(text);
            assert_eq!(
                (p.action.as_str(), p.recipients[0].as_str()),
                ("share", recipient),
                "{text}"
            );
        }
        // Access for the user is no disclosure.
        assert!(
            ex().extract("You may have access to your information at any time.")
                .is_empty()
        );
        assert!(
            ex().extract("This information is available to you at any time.")
                .is_empty()
        );
    }

    #[test]
    fn active_sharing_with_list_of_data() {
        let p = one(
            "We may share your phone number, contacts and device identifiers with the Facebook family of companies.",
        );
        assert_eq!(p.action, "share");
        assert!(!p.negated);
        assert_eq!(p.modality, Modality::May);
        assert_eq!(
            p.data,
            vec!["phone-number", "contacts", "device-identifiers"]
        );
        assert_eq!(p.recipients, vec!["affiliates"]);
    }

    #[test]
    fn negation_and_coordination() {
        let ps =
            ex().extract("We do not sell, rent or share personal information with advertisers.");
        assert!(ps.iter().all(|p| p.negated), "{ps:#?}");
        assert!(ps.iter().any(|p| p.action == "sell"));
        assert!(ps.iter().any(|p| p.action == "share"));
        let p = one("Your data will never be sold to anyone.");
        assert!(p.negated);
        assert_eq!(p.action, "sell");
        let p = one("We won't share your location.");
        assert!(p.negated);
        // A long list of verbs: the negation reaches its last one, and a
        // verb naming its recipient ("publish") is no subject of the next.
        let ps = ex().extract(
            "We do not sell, rent, lease, trade, swap, exchange, publish or otherwise disclose your personal information to third parties.",
        );
        assert!(
            ps.iter().all(|p| p.negated && p.actor == "first-party"),
            "{ps:#?}"
        );
        // Past the list, the window counts every word again.
        let ps = ex().extract(
            "We will not disclose your personal information collected from the sites to advertisers.",
        );
        assert!(
            ps.iter().any(|p| p.action == "collect" && !p.negated),
            "{ps:#?}"
        );
    }

    #[test]
    fn negation_breakers_and_scope() {
        let p = one(
            "We share information, including but not limited to your email address, with partners.",
        );
        assert!(!p.negated);
        let ps = ex().extract("We do not sell your data, but we share it with service providers.");
        let share = ps.iter().find(|p| p.action == "share").unwrap();
        assert!(!share.negated);
        assert!(ps.iter().find(|p| p.action == "sell").unwrap().negated);
        // "Not always" hedges; it promises nothing.
        let ps = ex().extract(
            "Typically, though not always, the information used for advertising is collected through cookies.",
        );
        assert!(!ps.is_empty() && ps.iter().all(|p| !p.negated), "{ps:#?}");
    }

    #[test]
    fn passive_voice_with_recipient() {
        let p = one("Usage information is shared with advertisers for targeted advertising.");
        assert_eq!(p.action, "share");
        assert_eq!(p.data, vec!["usage"]);
        assert_eq!(p.recipients, vec!["advertisers"]);
        assert_eq!(p.purposes, vec!["advertising"]);
        assert_eq!(p.actor, "first-party");
    }

    #[test]
    fn the_agent_of_coordinated_passive_verbs_acts_for_each() {
        let ps = ex().extract("Anything you post can be read, collected and used by advertisers.");
        let acts: Vec<(&str, &str)> = ps
            .iter()
            .map(|p| (p.action.as_str(), p.actor.as_str()))
            .collect();
        assert_eq!(acts, [("collect", "advertisers"), ("use", "advertisers")]);
        // No agent: the company's act.
        let ps = ex().extract("Your email address is collected and used to send receipts.");
        assert!(
            ps.iter().all(|p| p.actor == "first-party") && !ps.is_empty(),
            "{ps:#?}"
        );
    }

    #[test]
    fn a_passive_verb_is_not_the_act_of_the_user_before_it() {
        let p = one("The information you provide may be shared with advertisers.");
        assert_eq!(
            (p.action.as_str(), p.actor.as_str()),
            ("share", "first-party")
        );
        assert_eq!(p.recipients, vec!["advertisers"]);
        let p = one("Information you provide is not sold to advertisers.");
        assert!(p.action == "sell" && p.negated);
        // In the active voice the user acts, and that is no company practice.
        assert!(
            ex().extract("You share your email address with advertisers.")
                .is_empty()
        );
    }

    #[test]
    fn an_exception_set_off_by_commas_ends_at_its_comma() {
        let p = one("The information may be shared, but only in the aggregate, with advertisers.");
        assert_eq!(p.recipients, vec!["advertisers"]);
        assert_eq!(p.condition.unwrap().text, "but only in the aggregate");
        // Without a complement after it, the exception runs on.
        let p = one("We share data with partners, except for advertisers, analytics providers.");
        assert_eq!(p.recipients, vec!["partners"]);
    }

    #[test]
    fn exceptions_are_carved_out() {
        let p = one(
            "We will not disclose personal information to third parties except to service providers.",
        );
        assert!(p.negated);
        assert_eq!(p.recipients, vec!["third-parties"]);
        let c = p.condition.unwrap();
        assert_eq!(c.kind, "exception");
        assert_eq!(c.terms, vec!["service-providers"]);
    }

    #[test]
    fn conditions_without_consent() {
        let p = one("We will not share your email address with advertisers without your consent.");
        assert!(p.negated);
        let c = p.condition.unwrap();
        assert_eq!(c.kind, "condition");
        assert!(c.text.starts_with("without your consent"));
    }

    #[test]
    fn users_after_a_preposition_are_no_subject() {
        let e = ex();
        for who in ["users", "children"] {
            let text = format!(
                "Personal information collected from {who} is never shared with advertisers."
            );
            let ps = e.extract(&text);
            assert!(
                ps.iter().any(|p| p.action == "share" && p.negated),
                "{text}: {ps:#?}"
            );
        }
    }

    #[test]
    fn a_promise_with_an_exception_happens_in_the_excepted_cases() {
        for (text, happens) in [
            (
                "We do not share your email address with advertisers.",
                false,
            ),
            (
                "We do not share your email address, except with service providers.",
                true,
            ),
            (
                "We will not sell your email address unless the law requires it.",
                true,
            ),
            ("We share your email address with advertisers.", true),
        ] {
            let p = one(text);
            assert_eq!(p.happens(), happens, "{text}: {p:#?}");
        }
    }

    #[test]
    fn a_data_term_before_a_provider_names_the_provider() {
        let p = one("We share your name with email service providers.");
        assert_eq!(p.data, ["contact-information"], "{p:#?}");
        let p = one("We share your name with location data providers.");
        assert_eq!(p.data, ["contact-information"], "{p:#?}");
        // Before other recipients it stays data: a relative clause, an adverb.
        let ps = ex().extract("We disclose the information advertisers collect to our partners.");
        assert!(
            ps.iter().any(|p| p.action == "share" && !p.data.is_empty()),
            "{ps:#?}"
        );
        let p = one("We may share your email address publicly.");
        assert_eq!(p.data, ["email-address"], "{p:#?}");
    }

    #[test]
    fn user_actions_are_not_company_practices() {
        assert!(
            ex().extract("Content you share with your friends is visible to them.")
                .is_empty()
        );
        let p = one("Advertisers may collect your IP address.");
        assert_eq!(p.actor, "advertisers");
        assert_eq!(p.action, "collect");
    }

    #[test]
    fn topics_are_not_practices() {
        let e = ex();
        for text in [
            "This policy explains how we collect, use and share your personal information.",
            "By using the site you consent to our collection, use and disclosure of your information.",
            "If you have questions about our use of your data, contact us.",
            "Read their policies to understand how your online information may be collected.",
            "See the notice for how you may be able to limit certain types of sharing.",
            // A near cue before a list of actions named as nouns.
            "We offer you choices regarding the collection, use, and sharing of your data.",
            // A heading a page ran into its text, closed by a full stop.
            "Other Information Collected And Shared Within Our Services.",
            // Named as the ways, and every verb of a list the cue governs.
            "You have choices about the various ways we collect, use, and share your data.",
            "Our policy covers how and why we collect, use, protect, and share your data.",
            // A subject the vocabulary does not know, or "what … we".
            "This Notice describes how Sites may collect, use and share information from or about you.",
            "Our Privacy Policy explains what personal information we collect.",
            // A heading asking what, unless a colon lets the answer follow.
            "What personally identifiable information third parties collect through the Web site.",
            "Which partners receive your data?",
        ] {
            assert!(e.extract(text).is_empty(), "{text}: {:#?}", e.extract(text));
        }
        let p = one("What we share: your email address, with advertisers.");
        assert_eq!(p.recipients, vec!["advertisers"], "{p:#?}");
        // A cue further back, past a clause with a verb of its own, is not this verb's.
        let ps = e.extract("To understand how visitors use the site, we collect your IP address.");
        assert!(ps.iter().any(|p| p.action == "collect"), "{ps:#?}");
        // The cue belongs to the heading's verb, not to the statement after it.
        let ps = e.extract("How we share your information We do not sell your email address.");
        assert!(
            ps.iter().any(|p| p.action == "sell" && p.negated),
            "{ps:#?}"
        );
        // "about" inside a data phrase before the verb's own subject is no cue.
        let ps = e.extract("We collect information about you and share it with advertisers.");
        assert!(ps.iter().any(|p| p.action == "share"), "{ps:#?}");
        // Near cues reach only an action named as a noun right after them.
        for text in [
            "We collect data about your purchases and share it with partners.",
            "We collect information on your browsing and share it with advertisers.",
            "We collect a list of your contacts and share it with partners.",
        ] {
            let ps = e.extract(text);
            assert!(
                ps.iter().any(|p| p.action == "share" && !p.data.is_empty())
                    && ps.iter().any(|p| p.action == "collect"),
                "{text}: {ps:#?}"
            );
        }
        assert!(
            e.extract("You may request a record of any disclosure of your medical information.")
                .is_empty()
        );
        // A sentence in capitals is no heading.
        let ps = e.extract("WE DO NOT SELL YOUR PERSONAL INFORMATION TO ADVERTISERS.");
        assert!(
            ps.iter().any(|p| p.action == "sell" && p.negated),
            "{ps:#?}"
        );
    }

    #[test]
    fn a_weak_verb_provides_to_a_recipient_of_its_own_clause() {
        let e = ex();
        // The recipient belongs to the disclosure verb after "but", which
        // is negated: nothing is provided to third parties.
        let ps = e.extract(
            "An email address must be provided to post a comment, but it is not shared with third parties.",
        );
        assert!(
            ps.iter().all(|p| p.action != "share" || p.negated),
            "{ps:#?}"
        );
        // A relative clause on the way ends the verb's reach too.
        let ps = e.extract("We provide your profile to members, which is paid for by advertisers.");
        assert!(
            ps.iter()
                .all(|p| !p.recipients.contains(&"advertisers".to_string())),
            "{ps:#?}"
        );
        // "that" as the object's determiner opens no clause.
        let p = one("We may provide that information to advertisers.");
        assert_eq!(
            (p.action.as_str(), p.recipients.as_slice()),
            ("share", ["advertisers".to_string()].as_slice())
        );
    }

    #[test]
    fn an_action_named_as_what_would_follow_without_it_promises_nothing() {
        let e = ex();
        for text in [
            "Without processing your personal data for this purpose, we can't respond to your requests.",
            "Without processing your personal information, we may not be able to ensure the security of our Services.",
            "We cannot provide the service without collecting your email address.",
            "The consequences of not processing your personal data for such purposes is the inability to open an account.",
        ] {
            let ps = e.extract(text);
            assert!(ps.iter().all(|p| !p.negated), "{text}: {ps:#?}");
        }
        // A real "without" still negates, and a real "not" still promises.
        for text in [
            "We provide the app without collecting any personal information.",
            "We will not share your email address with advertisers.",
            // Across an adverb of intent, and without its apostrophe.
            "We will not willfully disclose your email address to third parties.",
            "We dont sell your email address.",
            "Your email address is never for sale.",
        ] {
            assert!(e.extract(text).iter().any(|p| p.negated), "{text}");
        }
    }

    #[test]
    fn an_age_that_names_whom_a_clause_is_about_is_no_data() {
        for text in [
            "We do not knowingly collect personal information from children under the age of 13.",
            "We do not sell the information of consumers between the ages of 13 and 16.",
            "If you are 18 years of age or older, we may share your email address with partners.",
        ] {
            let ps = ex().extract(text);
            assert!(
                !ps.is_empty()
                    && ps
                        .iter()
                        .all(|p| !p.data.contains(&"demographics".to_string())),
                "{text}: {ps:#?}"
            );
        }
        assert!(
            one("We collect your age and gender.")
                .data
                .contains(&"demographics".to_string())
        );
    }

    #[test]
    fn a_name_with_a_negation_in_it_states_no_practice() {
        let e = ex();
        for text in [
            "A California resident can halt these sales by pressing the “Do not sell” link in our footer.",
            "Send us an email with the subject line \"Nevada Do Not Sell Request\" and your name.",
        ] {
            let ps = e.extract(text);
            assert!(ps.iter().all(|p| !p.negated), "{text}: {ps:#?}");
        }
        // Unquoted names of rights, links and signals, headings, and
        // instructions to the reader promise nothing either.
        for text in [
            "Do Not Sell.",
            "Those activities will be unaffected by a Nevada do not sell request.",
            "Click the Do Not Sell or Share My Personal Information link in the footer.",
            "Some browsers send do not track signals.",
            "Do not share your password with anyone.",
        ] {
            let ps = e.extract(text);
            assert!(ps.iter().all(|p| !p.negated), "{text}: {ps:#?}");
        }
        assert!(one("We will never share your phone number with advertisers.").negated);
        // A verb alone in quotes is a defined term, and a practice.
        let p = one("We \"share\" your device identifiers with advertising partners.");
        assert_eq!((p.action.as_str(), p.negated), ("share", false));
    }

    #[test]
    fn interests_as_grounds_and_settings_listed_among_data_are_what_they_are() {
        let e = ex();
        let ps = e.extract("We process your data where necessary for our legitimate interests.");
        assert!(
            ps.iter()
                .all(|p| !p.data.contains(&"inferences".to_string())),
            "{ps:#?}"
        );
        assert!(
            one("We collect your interests.")
                .data
                .contains(&"inferences".to_string())
        );
        // Settings in a list of data are data; in a sentence of their own, a choice.
        for text in [
            "We collect your IP address, browser version, device settings, and language.",
            "We use your IP address or device settings to determine your approximate location.",
            "We receive information from device settings.",
            "You can access your recent orders; your email address; communication preferences.",
        ] {
            let ps = e.extract(text);
            assert!(ps.iter().all(|p| p.choice.is_none()), "{text}: {ps:#?}");
        }
        // Other choices join data as choices.
        let p = one("You can update your personal information or opt out of the service.");
        assert!(p.choice.is_some(), "{p:#?}");
        assert!(
            one("You can block cookies in your device settings.")
                .choice
                .is_some()
        );
    }

    #[test]
    fn a_negation_reaches_through_a_list_and_a_permission_after_a_fronted_condition() {
        // The condition's comma comes before the negation: the list of
        // verbs is the promise, the permitted "use" included.
        let ps = ex().extract(
            "If you have registered, we will not sell, rent, swap or authorize any third party to use your email address.",
        );
        assert!(ps.len() >= 3 && ps.iter().all(|p| p.negated), "{ps:#?}");
        // A negation inside the condition still belongs to it.
        let p = one("If you do not opt out, we will share your email address with advertisers.");
        assert!(!p.negated, "{p:#?}");
    }

    #[test]
    fn tools_signals_and_suppositions_state_no_practice() {
        let e = ex();
        for text in [
            "Our pages include share buttons for Facebook and Twitter.",
            "You can use the share icon to send articles to friends.",
        ] {
            let ps = e.extract(text);
            assert!(ps.iter().all(|p| p.action != "share"), "{text}: {ps:#?}");
        }
        // Neither a promise nor a choice: the browser's signal, in plain
        // or single quotes.
        for text in [
            "We are currently unable to support Do Not Track browser settings.",
            "We are currently unable to support ‘Do Not Track’ browser settings.",
        ] {
            let ps = e.extract(text);
            assert!(
                ps.iter().all(|p| !p.negated && p.choice.is_none()),
                "{text}: {ps:#?}"
            );
        }
        // Supposed away inside a condition.
        let ps = e.extract(
            "We can not process your booking if we do not collect your name and contact details.",
        );
        assert!(ps.iter().all(|p| p.action != "collect"), "{ps:#?}");
        let ps =
            e.extract("If we do not receive your consent, we will not share your email address.");
        assert!(ps.iter().all(|p| p.action != "collect"), "{ps:#?}");
        assert!(
            ps.iter().any(|p| p.action == "share" && p.negated),
            "{ps:#?}"
        );
        // A wish in the condition offers a choice about the action.
        let ps = e.extract(
            "If you prefer that we do not share this information, you may opt out by emailing us.",
        );
        assert!(ps.iter().any(|p| p.action == "share"), "{ps:#?}");
    }

    #[test]
    fn the_policy_and_its_reader_are_no_party_to_a_practice() {
        let e = ex();
        for text in [
            "This Privacy Policy also provides information about our partners.",
            "To obtain more information about these safeguards, please email privacy@example.com.",
        ] {
            let ps = e.extract(text);
            assert!(ps.is_empty(), "{text}: {ps:#?}");
        }
        // Public bodies are authorities, not the public.
        let p = one("We provide your data to public sector bodies upon request.");
        assert_eq!(p.recipients, ["law-enforcement"], "{p:#?}");
    }

    #[test]
    fn an_opt_outs_object_is_taken_for_granted_not_stated() {
        let e = ex();
        for text in [
            "You may opt out of having your personal information shared with business partners for marketing purposes.",
            "If you wish to opt-out of our sharing of your information with third parties, please contact us.",
            "California residents may opt out of the disclosure of personal information to third parties.",
            "You may object to the processing of your personal data for direct marketing.",
            // The object of a wish not to.
            "If you do not want your information shared in this way, do not connect your account.",
            "If you do not wish us to share your email address with partners, contact us.",
        ] {
            let ps = e.extract(text);
            assert!(
                !ps.is_empty(),
                "{text}: the practice is kept for its choice"
            );
            assert!(
                ps.iter().all(|p| p.presupposed && p.choice.is_some()),
                "{text}: {ps:#?}"
            );
        }
        // A practice stated beside the opt-out, or after a new clause, is stated.
        for text in [
            "We share your information with advertisers, and you may opt out of this sharing.",
            "You can opt out of our newsletters, and we will share your email address with partners.",
            "You may opt out if we share your information with partners.",
            "If you do not want ads, you can opt out, but we share your email address with partners.",
        ] {
            let ps = e.extract(text);
            assert!(
                ps.iter().any(|p| p.action == "share" && !p.presupposed),
                "{text}: {ps:#?}"
            );
        }
    }

    #[test]
    fn operations_ads_nouns_and_other_parties_obligations_are_no_practice() {
        let e = ex();
        for text in [
            // Published advertising is nobody's data.
            "We may publish ads about third-party advertisers’ products on our service.",
            // An operation that will not go through promises nothing.
            "The user will be notified that their transaction cannot be processed.",
            // A verb's form after a determiner is a noun.
            "Please visit the App Store to download the app.",
            // Errands joined to the reader's errand.
            "To obtain more information or to obtain a copy of them, please email us.",
        ] {
            let ps = e.extract(text);
            assert!(ps.is_empty(), "{text}: {ps:#?}");
        }
        // Each still reads as a practice where it is one.
        assert_eq!(
            one("We may publish your reviews on our service.").recipients,
            ["public"]
        );
        assert!(one("Your information will not be processed for advertising.").negated);
        assert_eq!(one("We store your data in the cloud.").action, "retain");
        let ps = e.extract("We may transfer the collected data to our affiliates.");
        assert!(ps.iter().any(|p| p.action == "collect"), "{ps:#?}");
        // "The public interest" is a legal ground, "our interests" the
        // company's: neither the public as recipient nor the user's interests.
        let p = one(
            "We share your information with regulators where necessary for a task in the public interest.",
        );
        assert!(!p.recipients.contains(&"public".to_string()), "{p:#?}");
        let p = one("We balance our interests with your rights and will not use your information.");
        assert!(!p.data.contains(&"inferences".to_string()), "{p:#?}");
        // The company's own or commercial content is no user content.
        let p = one(
            "Personal information published in our editorial content may be shared with third parties.",
        );
        assert_eq!(p.data, ["personal-information"], "{p:#?}");
        let p =
            one("We use your posts to personalize ads and other sponsored or commercial content.");
        assert_eq!(p.data, ["content"], "{p:#?}");
        // "Not required to provide" offers the user a choice only when the
        // user is the one not required.
        let ps = e.extract(
            "We collect your address, therefore Acme is not required to provide this link.",
        );
        assert!(ps.iter().all(|p| p.choice.is_none()), "{ps:#?}");
        let p = one("You are not required to provide your phone number, which we collect.");
        assert!(p.choice.is_some(), "{p:#?}");
    }

    #[test]
    fn a_negated_permission_reaches_the_permitted_action() {
        let e = ex();
        for text in [
            "We do not allow advertisers to collect your email address.",
            "Reddit does not permit other parties to collect your location.",
            "We will never authorize third parties to sell your data.",
        ] {
            let ps = e.extract(text);
            assert!(
                !ps.is_empty() && ps.iter().all(|p| p.negated && p.actor != "first-party"),
                "{text}: {ps:#?}"
            );
        }
        // Not negated, the permission states the party's practice.
        let p = one("We allow advertisers to collect your email address.");
        assert!(!p.negated);
    }

    #[test]
    fn actors_of_infinitives_and_coordinated_verbs() {
        let e = ex();
        let ps = e.extract("Advertisers may use cookies to collect your browsing history.");
        let collect = ps.iter().find(|p| p.action == "collect").expect("collect");
        assert_eq!(collect.actor, "advertisers", "{ps:#?}");
        assert_eq!(collect.data, vec!["usage"]);
        let p = one("We allow advertisers to collect your IP address.");
        assert_eq!(p.actor, "advertisers");
        // Past a verb the taxonomy does not know, the party "allowed" acts.
        let text = "Time Inc. also allows you to connect with other sites and services in order to share content and information.";
        assert!(e.extract(text).is_empty(), "{:#?}", e.extract(text));
        let p = one("We let our partners connect to the site in order to collect usage data.");
        assert_eq!(p.actor, "partners", "{p:#?}");
        // "you" is the object of "identify", not the subject of "share".
        let ps = e.extract(
            "We remove the parts of data that can identify you and share anonymized data with other parties.",
        );
        assert!(
            ps.iter()
                .any(|p| p.action == "share" && p.recipients == vec!["third-parties"]),
            "{ps:#?}"
        );
    }

    #[test]
    fn a_list_of_parties_or_a_short_aside_keeps_the_opening_subject() {
        let e = ex();
        for (text, actor) in [
            (
                "Our partners, affiliates, tracking companies, and service providers, use session cookies to remember you.",
                "partners",
            ),
            (
                "Third parties, however, may collect your IP address.",
                "third-parties",
            ),
        ] {
            let ps = e.extract(text);
            assert!(
                !ps.is_empty() && ps.iter().all(|p| p.actor == actor),
                "{text}: {ps:#?}"
            );
        }
    }

    #[test]
    fn compound_nouns_devices_sending_and_agreements_state_no_disclosure() {
        let e = ex();
        for text in [
            "Visit the Federal Trade Commission website for more information about COPPA.",
            "The app lets you manage your contacts from services like Exchange Online, or servers like Microsoft Exchange.",
            "You may tell us your vehicle trade-in information and your phone number.",
            "Your submission of such information represents your agreement to any such transfer.",
            "We may collect GPS information from the device if the device transmits it.",
            "Your device and/or browser may automatically collect and/or transmit your location information.",
        ] {
            let ps = e.extract(text);
            assert!(
                !ps.iter()
                    .any(|p| discloses(&p.action) && p.happens() && !p.presupposed),
                "{text}: {ps:#?}"
            );
        }
        // The verbs still disclose where they do.
        for text in [
            "We do not sell, rent, or trade your personal information unless the law requires it.",
            "Your browser may transmit your browsing history to advertisers.",
            "We may exchange your contact information with our partners.",
            "We may transfer your data to our affiliates under this agreement.",
        ] {
            let ps = e.extract(text);
            assert!(
                ps.iter().any(|p| discloses(&p.action) && p.happens()),
                "{text}: {ps:#?}"
            );
        }
    }

    #[test]
    fn disclosures_asked_about_or_not_required_are_not_stated() {
        let e = ex();
        for text in [
            "California residents may request once a year certain information regarding our disclosure of personal information to third parties for direct marketing purposes.",
            "California law permits residents to request and obtain from us a list of the third parties to whom we have disclosed their personal information (if any) for their direct marketing purposes in the prior calendar year, as well as the type of personal information disclosed to those parties.",
            "The law requires businesses to respond to requests asking about the business practices related to disclosing personal information to third parties.",
            "We are not required to maintain or disclose your personal information to third parties under this law.",
        ] {
            let ps = e.extract(text);
            assert!(
                !ps.iter().any(|p| discloses(&p.action) && p.happens()),
                "{text}: {ps:#?}"
            );
        }
        for text in [
            "If you request information about our products, we will share your email address with our distributors.",
            "You can request a copy of your data, and we may disclose your data to our partners.",
            "We may be required to disclose your personal information to law enforcement.",
            "We may request information about you from our partners and combine it with information we hold.",
            "We may obtain information about you from public sources and combine it with other information we hold.",
        ] {
            let ps = e.extract(text);
            assert!(
                ps.iter()
                    .any(|p| (discloses(&p.action) || p.action == "combine") && p.happens()),
                "{text}: {ps:#?}"
            );
        }
    }

    #[test]
    fn not_asking_leave_promises_nothing_and_non_affiliates_are_third_parties() {
        let e = ex();
        let text = "Desktop apps won't ask for separate permission to discover your device location information.";
        let ps = e.extract(text);
        assert!(!ps.iter().any(|p| p.negated), "{text}: {ps:#?}");
        // Asking it says the practice may happen; not sharing a consent record is a promise.
        let p = one(
            "When you use our Service we may solicit your permission to collect your location data.",
        );
        assert!(p.action == "collect" && !p.negated, "{p:#?}");
        let p = one("We will not share your consent or usage data with any third parties.");
        assert!(p.action == "share" && p.negated, "{p:#?}");
        let p = one("Yahoo does not share information about you with non-affiliated companies.");
        assert_eq!(p.recipients, vec!["third-parties"], "{p:#?}");
    }

    #[test]
    fn verbs_spelled_like_data_and_security_as_a_purpose() {
        // "address" and "email" as an infinitive's verb name no data.
        let p = one("We may share your information to address any concerns you raise.");
        assert_eq!(p.data, vec!["personal-information"], "{p:#?}");
        let p = one("We may disclose your information to address fraud.");
        assert_eq!(p.data, vec!["personal-information"], "{p:#?}");
        // … but a destination is still read as data.
        let p = one("We collect information related to email and calls.");
        assert!(p.data.contains(&"email-address".to_string()), "{p:#?}");
        // Security as what a disclosure is for is no data in transit.
        let p = one("We may disclose your information to address fraud, security, or spam.");
        assert!(
            p.action == "share" && p.purposes.contains(&"security".to_string()),
            "{p:#?}"
        );
        let ps = ex().extract("Your information is transmitted using SSL encryption.");
        assert!(!ps.iter().any(|p| p.action == "share"), "{ps:#?}");
        // Plurals of words in "ss".
        let p = one("We make your postal addresses available to companies.");
        assert_eq!(p.data, vec!["contact-information"], "{p:#?}");
    }

    #[test]
    fn dealings_with_us_are_data_not_a_destination() {
        let p = one(
            "We may also share information about your transactions with us with companies that perform marketing services.",
        );
        assert_eq!(p.recipients, vec!["third-parties"], "{p:#?}");
        // "… with us" after the verb is still the company receiving.
        for text in [
            "Advertisers share this information with us.",
            "Depending on your settings, we'll share marketing communications with you.",
        ] {
            let ps = ex().extract(text);
            assert!(!ps.iter().any(|p| discloses(&p.action)), "{text}: {ps:#?}");
        }
    }

    #[test]
    fn what_a_party_declines_limits_or_withholds_is_no_choice() {
        let e = ex();
        for text in [
            "We may decline requests that are unreasonably repetitive or jeopardize the privacy of others.",
            "We limit the use of information by companies that serve our ads.",
            "We may use or disclose your information without providing notice or choice to protect our rights.",
        ] {
            assert!(
                choice_kinds(&e, text).is_empty(),
                "{text}: {:#?}",
                e.extract(text)
            );
        }
        for (text, kind) in [
            (
                "You may decline marketing emails from our partners.",
                "opt-out",
            ),
            (
                "You can limit the use of your data for advertising.",
                "opt-out",
            ),
            (
                "You can browse the site without providing your personal information.",
                "optional",
            ),
        ] {
            assert_eq!(
                choice_kinds(&e, text),
                vec![kind],
                "{text}: {:#?}",
                e.extract(text)
            );
        }
    }

    #[test]
    fn keeping_something_other_than_data_is_no_retention() {
        let e = ex();
        for text in [
            "Your data may be processed in any country in which our service providers maintain facilities.",
            "This Site provides links to websites maintained by other organizations.",
        ] {
            let ps = e.extract(text);
            assert!(!ps.iter().any(|p| p.action == "retain"), "{text}: {ps:#?}");
        }
        for text in [
            "Personal data collected and used for this purpose is kept for 10 years.",
            "Your text and the translation are not stored by our service.",
            "We keep a complete log of all messages sent on our service.",
            "We collect your email address and keep it for 30 days.",
        ] {
            let ps = e.extract(text);
            assert!(ps.iter().any(|p| p.action == "retain"), "{text}: {ps:#?}");
        }
    }

    #[test]
    fn as_disclosed_refers_to_the_document_and_syndication_shares() {
        let ps = ex().extract("We use information as disclosed and described here.");
        assert!(!ps.iter().any(|p| discloses(&p.action)), "{ps:#?}");
        let p = one(
            "The categories of personal information disclosed in this notice are sold to advertisers.",
        );
        assert_eq!(p.action, "sell", "{p:#?}");
        // A disclosure placed somewhere else is one.
        let p = one("Your data may be disclosed in a merger to the buyer.");
        assert_eq!(p.action, "share", "{p:#?}");
        let p = one(
            "Publicly posted content can be syndicated to third-party sites and content partners.",
        );
        assert!(
            p.action == "share" && p.recipients.contains(&"partners".to_string()),
            "{p:#?}"
        );
    }

    #[test]
    fn data_that_becomes_public_is_disclosed_to_the_public() {
        for text in [
            "Any information you disclose in these areas becomes public.",
            "Comments posted to any of our pages are public.",
        ] {
            let p = one(text);
            assert_eq!(
                (p.action.as_str(), p.recipients.clone()),
                ("share", vec!["public".to_string()]),
                "{text}"
            );
        }
        // A relative clause describes the data collected.
        let p = one("We collect information that is public.");
        assert_eq!(p.action, "collect", "{p:#?}");
    }

    #[test]
    fn a_verb_after_a_determiner_is_a_noun() {
        let p = one("We or our store partners may collect your email address.");
        assert_eq!(p.action, "collect", "{p:#?}");
        let ps = ex().extract("Security procedures are in place to protect your information.");
        assert!(ps.iter().all(|p| p.action != "collect"), "{ps:#?}");
        // As a verb it still acts.
        let p = one("We store your email address.");
        assert_eq!(p.action, "retain", "{p:#?}");
    }

    #[test]
    fn choices_one_may_learn_about_are_not_offered() {
        let e = ex();
        let text = "To know your choices about not having this information used by these companies, click here.";
        assert!(choice_kinds(&e, text).is_empty(), "{:#?}", e.extract(text));
        let text = "You may set your choices for advertising in the following ways.";
        assert!(!choice_kinds(&e, text).is_empty(), "{:#?}", e.extract(text));
        let text = "You may notice that we use cookies to record your preferences.";
        assert!(choice_kinds(&e, text).is_empty(), "{:#?}", e.extract(text));
        let text = "You can change your preferences for email from us.";
        assert!(!choice_kinds(&e, text).is_empty(), "{:#?}", e.extract(text));
    }

    #[test]
    fn using_another_partys_tracker_lets_it_collect() {
        for (text, owner) in [
            (
                "We may use cookies from a vendor to serve you ads.",
                "service-providers",
            ),
            (
                "We use web beacons and cookies, including those from third parties.",
                "third-parties",
            ),
            ("We use third-party cookies to serve ads.", "third-parties"),
        ] {
            let p = one(text);
            assert_eq!(
                (p.action.as_str(), p.recipients.clone()),
                ("share", vec![owner.to_string()]),
                "{text}"
            );
        }
        // Our own cookies stay ours.
        let p = one("We use cookies to remember your settings.");
        assert_eq!(p.action, "use", "{p:#?}");
    }

    #[test]
    fn verbs_of_one_action_merge_only_when_both_or_neither_are_negated() {
        let ps = ex().extract(
            "These companies will have access to your personal information, but they may not share that information with any other third party.",
        );
        assert!(
            ps.iter().any(|p| p.action == "share" && !p.negated)
                && ps.iter().any(|p| p.action == "share" && p.negated),
            "{ps:#?}"
        );
        let ps = ex().extract(
            "If you decline permission for us to collect your precise geolocation, we will not collect it.",
        );
        assert!(
            ps.iter().any(|p| p.action == "collect" && p.negated),
            "{ps:#?}"
        );
        // Verbs of one polarity still merge, and so does a relative clause.
        let p = one("We do not sell or rent your email address.");
        assert!(p.negated, "{p:#?}");
        let p = one("We may need to collect data items that were not collected previously.");
        assert!(!p.negated, "{p:#?}");
    }

    #[test]
    fn a_recipient_opening_on_that_after_a_weak_verb() {
        // "that business" starts where the weak verb's determiner "that"
        // would: the clause check must not read backwards (it panicked).
        let p = one("When we do this, we do not give that business your name and address.");
        assert_eq!(
            (p.action.as_str(), p.negated, p.recipients.clone()),
            ("share", true, vec!["third-parties".to_string()]),
            "{p:#?}"
        );
    }

    #[test]
    fn advice_to_the_reader_states_no_practice() {
        for text in [
            "We recommend using a unique password for your account that is not utilized for other online accounts.",
            "We urge you to keep your password in a safe place and not to divulge it to anyone.",
        ] {
            let ps = ex().extract(text);
            assert!(ps.is_empty(), "{text}: {ps:#?}");
        }
        // A practice of the company's own after the advice still counts.
        let ps = ex().extract(
            "We recommend that you read this policy; we share your email address with partners.",
        );
        assert!(ps.iter().any(|p| p.action == "share"), "{ps:#?}");
    }

    #[test]
    fn a_means_of_contact_is_no_data() {
        for text in [
            "We send updates to our members via email.",
            "Third parties may collect feedback by phone.",
        ] {
            let ps = ex().extract(text);
            assert!(
                ps.iter()
                    .flat_map(|p| &p.data)
                    .all(|d| d != "email-address" && d != "phone-number"),
                "{text}: {ps:#?}"
            );
        }
        let p = one("We share your email with our partners.");
        assert_eq!(p.data, vec!["email-address"], "{p:#?}");
        let p = one("We may collect your email address by phone.");
        assert_eq!(p.data, vec!["email-address"], "{p:#?}");
    }

    #[test]
    fn a_modifier_shared_across_and_keeps_companies_affiliated() {
        let p = one("Verizon Media shares information within its affiliated brands and companies.");
        assert_eq!(p.recipients, vec!["affiliates"], "{p:#?}");
        let p = one("We share data with our affiliated companies and other companies.");
        assert_eq!(p.recipients, vec!["affiliates", "third-parties"], "{p:#?}");
    }

    #[test]
    fn a_disclaimer_about_breaches_is_no_promise() {
        let e = ex();
        for text in [
            "We cannot guarantee that your personal information will not be disclosed to unauthorized third parties.",
            "We cannot ensure the security of information you send us or guarantee that information on the Service may not be accessed, disclosed, altered, or destroyed.",
            "We do not guarantee your data will never be accessed by hackers.",
        ] {
            let ps = e.extract(text);
            assert!(ps.is_empty(), "{text}: {ps:#?}");
        }
        // A guarantee given is a promise; the object of a refused one still states its practice.
        let p = one("We guarantee that your personal information will not be sold.");
        assert!(p.negated && p.action == "sell", "{p:#?}");
        let ps = e.extract("We cannot guarantee the security of personal information disclosed to those third parties.");
        assert!(
            ps.iter().any(|p| p.action == "share" && !p.negated),
            "{ps:#?}"
        );
    }

    #[test]
    fn monitoring_and_accessing_collect_access_to_is_a_noun() {
        let p = one("Our partners monitor your browsing activity.");
        assert_eq!(
            (p.actor.as_str(), p.action.as_str()),
            ("partners", "collect"),
            "{p:#?}"
        );
        let p = one("Advertisers may access your IP address.");
        assert_eq!(
            (p.actor.as_str(), p.action.as_str()),
            ("advertisers", "collect"),
            "{p:#?}"
        );
        for text in [
            "We limit access to your personal information to staff who need it.",
            "Passwords, password hints and similar details for account access.",
            "Information about nearby Wi-Fi access points, access dates and times.",
        ] {
            let ps = ex().extract(text);
            assert!(ps.is_empty(), "{text}: {ps:#?}");
        }
        let p = one("Your email address will be provided to the dealer you choose.");
        assert_eq!(p.recipients, vec!["partners"], "{p:#?}");
        // "Accessible to / by" is a weak verb of its own, not the verb "access".
        for (text, to) in [
            (
                "Your email address is accessible to other users.",
                "other-users",
            ),
            (
                "Your email address is accessible by advertisers.",
                "advertisers",
            ),
        ] {
            let p = one(text);
            assert!(
                p.action == "share" && p.recipients == [to],
                "{text}: {p:#?}"
            );
        }
    }

    #[test]
    fn prohibitions_and_what_is_not_permitted_are_promises() {
        let p = one(
            "Service providers are prohibited from using your personal information for their own purposes.",
        );
        assert!(p.negated && p.action == "use", "{p:#?}");
        let p =
            one("We are not permitted to knowingly collect any personal information from a child.");
        assert!(p.negated && p.action == "collect", "{p:#?}");
        // Still a statement where nothing forbids it.
        let p = one(
            "Service providers are permitted to use your personal information to provide services.",
        );
        assert!(!p.negated, "{p:#?}");
    }

    #[test]
    fn what_a_safeguard_achieves_is_no_promise() {
        let e = ex();
        for text in [
            "For example, we may anonymize data, or encrypt data to ensure it can\u{2019}t be linked to other information about you.",
            "We hash identifiers so that they cannot be linked to you.",
        ] {
            let ps = e.extract(text);
            assert!(!ps.iter().any(|p| p.negated), "{text}: {ps:#?}");
        }
        // An obligation put on a party is a promise.
        let ps =
            e.extract("We use contracts to ensure partners do not use your data for advertising.");
        assert!(
            ps.iter().any(|p| p.negated && p.actor == "partners"),
            "{ps:#?}"
        );
        // A gerund after "without" is done by the verb's own subject.
        assert!(
            e.extract("Reviews include any experiences you choose to share without disclosing your identity.")
                .is_empty()
        );
        let p = one("We share photos without disclosing your identity.");
        assert!(p.actor == "first-party" && p.action == "share", "{p:#?}");
        // A cookie banner or policy is no cookie data; cookie settings stay a choice.
        let p = one(
            "We share limited personal information with advertising partners, if you provide your consent via a cookie consent banner.",
        );
        assert_eq!(p.data, ["personal-information"], "{p:#?}");
        assert!(
            one("You can change your cookie settings at any time.")
                .choice
                .is_some()
        );
        // A single photo is content; page views are usage.
        assert_eq!(
            one("We may share your photo with other users.").data,
            ["content"]
        );
        assert_eq!(
            one("Partners may collect page views and browser types.").data,
            ["usage", "device-information"]
        );
        // Marketing activities are a purpose, not the user's activity.
        let p = one("We use your email address for marketing activities.");
        assert_eq!(
            (p.data.clone(), p.purposes.clone()),
            (
                vec!["email-address".to_string()],
                vec!["marketing".to_string()]
            )
        );
    }

    #[test]
    fn setting_a_tracker_collects_setting_anything_else_does_not() {
        let e = ex();
        for (text, actor) in [
            (
                "Advertisers may set cookies on your computer.",
                "advertisers",
            ),
            (
                "Our partners may set and access their cookies on your computer.",
                "partners",
            ),
            // A passive keeping its object before the agent.
            (
                "It is possible you will be served cookies by our advertisers.",
                "advertisers",
            ),
        ] {
            let p = one(text);
            assert_eq!(
                (p.action.as_str(), p.actor.as_str(), p.data.clone()),
                ("collect", actor, vec!["cookies".to_string()]),
                "{text}"
            );
        }
        for text in [
            "You can set your browser to refuse cookies.",
            "We use your data to serve ads and to serve you better.",
            "You can set your communication preferences at any time.",
        ] {
            let ps = e.extract(text);
            assert!(!ps.iter().any(|p| p.action == "collect"), "{text}: {ps:#?}");
        }
    }

    #[test]
    fn pronoun_subjects_take_the_party_named_before() {
        let ex = ex();
        let md = concat!(
            "# Ads\n\nOur advertising partners serve ads on our site. ",
            "They may collect your IP address and sell it.\n\n",
            "# Posts\n\nUsers can post comments. They may share their comments with friends.\n\n",
            "# Other\n\nThey may sell your email address.\n"
        );
        let out = ex.extract_all(clauses_of(md));
        let all: Vec<&Practice> = out.iter().flat_map(|c| c.practices.iter()).collect();
        // The advertisers collect and sell; nobody reads as "we".
        assert!(all.iter().all(|p| p.actor == "advertisers"), "{all:#?}");
        assert!(all.iter().any(|p| p.action == "sell"));
        assert!(all.iter().any(|p| p.action == "collect"));
        // The same with the cache, twice (the pronoun's clause is never reused).
        let mut cache = ExtractCache::default();
        for _ in 0..2 {
            let cached = ex.extract_all_cached(clauses_of(md), &mut cache);
            for (c, f) in cached.iter().zip(&out) {
                assert_eq!(c.practices[..], f.practices[..]);
            }
        }
    }

    #[test]
    fn coordinated_verbs_share_their_subject() {
        let e = ex();
        assert!(
            e.extract("Users may post comments and share them with friends.")
                .is_empty()
        );
        let ps = e.extract("Advertisers may collect your IP address and sell it.");
        assert!(
            ps.iter().all(|p| p.actor == "advertisers") && ps.len() == 2,
            "{ps:#?}"
        );
    }

    #[test]
    fn objects_point_at_the_data_of_each_verb() {
        let text = "We use cookies to collect your email address.";
        let ps = ex().extract(text);
        let norm = normalize(text);
        let words = |p: &Practice| -> Vec<String> {
            p.objects
                .iter()
                .map(|o| norm[o.start..o.end].to_string())
                .collect()
        };
        let used = ps.iter().find(|p| p.action == "use").unwrap();
        let collected = ps.iter().find(|p| p.action == "collect").unwrap();
        assert_eq!(words(used), vec!["cookies"]);
        assert_eq!(words(collected), vec!["email address"]);
    }

    #[test]
    fn transit_titles_and_the_company_itself_are_no_disclosure() {
        let e = ex();
        let shares = |t: &str| {
            e.extract(t)
                .iter()
                .any(|p| p.action == "share" && !p.negated)
        };
        assert!(!shares(
            "Payment details are transmitted using SSL encryption."
        ));
        assert!(!shares("Other Circumstances When Your Data May Be Shared"));
        assert!(!shares(
            "The survey company shares the survey answers with us."
        ));
        assert!(!shares("We share news about our products with you."));
        assert!(!shares(
            "You can browse the site without disclosing personal information."
        ));
        assert!(!shares("This statement discloses our privacy practices."));
        assert!(!shares(
            "Flash cookies, also known as local shared objects, may be stored."
        ));
        // Still disclosures: a recipient after "with our", encryption on the way to one.
        assert!(shares("We share aggregated data with our advertisers."));
        assert!(shares(
            "We transmit your card number to our payment processors using encryption."
        ));
    }

    #[test]
    fn places_are_not_recipients() {
        let e = ex();
        let shares = |t: &str| e.extract(t).iter().any(|p| p.action == "share");
        assert!(!shares(
            "Your information may be transferred to the United States."
        ));
        assert!(!shares(
            "Cookies are small files that we transfer to your computer's hard drive."
        ));
        assert!(!shares(
            "We may transfer your information to and from any state or country."
        ));
        assert!(!shares(
            "Your data may be transferred to a destination outside the European Economic Area."
        ));
        assert!(shares(
            "We may transfer your data to our affiliates in other countries."
        ));
        // A place inside the data is no destination.
        assert!(shares(
            "We share information about your device with advertisers."
        ));
    }

    #[test]
    fn choices_with_windows_and_scope() {
        let p = one(
            "You can opt out of sharing your account information for advertising within 30 days.",
        );
        let c = p.choice.unwrap();
        assert_eq!(c.kind, "opt-out");
        assert_eq!(c.window_days, Some(30));
        assert_eq!(c.scope, vec!["advertising"]);
        let p = one("We only share location data with partners with your consent.");
        assert_eq!(p.choice.unwrap().kind, "opt-in");
    }

    #[test]
    fn successive_sentences_resolve_their_pronouns() {
        let e = ex();
        let ps = e.extract_sentences([
            "We work with advertising networks.",
            "They may collect your IP address.",
        ]);
        let p = &ps[1][0];
        assert_eq!(
            (p.action.as_str(), p.actor.as_str()),
            ("collect", "advertisers")
        );
        // Alone, the sentence names no one who collects.
        assert!(e.extract("They may collect your IP address.").is_empty());
        // A sentence naming no party ends the reference.
        let ps = e.extract_sentences([
            "We work with advertising networks.",
            "The site has many pages.",
            "They may collect your IP address.",
        ]);
        assert!(ps[2].is_empty());
        // "They" cannot stand for the reader named after the party.
        let ps = e.extract_sentences([
            "These advertisers may use cookies when you visit the site.",
            "They may collect your IP address.",
        ]);
        assert!(
            ps[1].iter().any(|p| p.actor == "advertisers"),
            "{:#?}",
            ps[1]
        );
    }

    #[test]
    fn a_policy_title_names_the_first_party_of_the_sentences_after_it() {
        let e = ex();
        let actors = |sentences: &[&str]| -> Vec<String> {
            let ps = e.extract_sentences(sentences.iter().copied());
            ps.last().unwrap().iter().map(|p| p.actor.clone()).collect()
        };
        let said = "Google collects your location.";
        assert_eq!(actors(&[said]), vec!["named-companies"]);
        assert_eq!(
            actors(&["Welcome to the Google Privacy Policy", said]),
            vec!["first-party"]
        );
        // A reference to another's policy is no title.
        assert_eq!(
            actors(&["Google's Privacy Policy explains its practices.", said]),
            vec!["named-companies"]
        );
        // A bare title right after the owner's heads the same policy; one
        // further on opens the next policy.
        let opening = "Welcome to the Google Privacy Policy";
        let bare = "Privacy Policy Last updated: May 2015";
        assert_eq!(actors(&[opening, bare, said]), vec!["first-party"]);
        let mut run = vec![opening];
        run.extend(["We keep this page short."; 11]);
        run.extend([bare, said]);
        assert_eq!(actors(&run), vec!["named-companies"]);
    }

    #[test]
    fn release_and_go_to_disclose() {
        // "Release" discloses even without a recipient named (records
        // released as the law permits); "go to" only toward a recipient.
        let p = one("Directory information is released only upon written request.");
        assert_eq!((p.action.as_str(), p.negated), ("share", false));
        let p = one("Information about you might go to third parties.");
        assert_eq!(p.action, "share");
        assert_eq!(p.recipients, vec!["third-parties"]);
        assert!(
            ex().extract("To change this, go to your account settings.")
                .is_empty()
        );
    }

    #[test]
    fn choices_named_by_what_they_control() {
        offers_one_choice(&[
            (
                "Your access to the site is not affected if you do not accept cookies.",
                "browser-controls",
            ),
            (
                "See below for how to manage flash cookies on your computer.",
                "browser-controls",
            ),
            (
                "You still get to choose who can see your photos.",
                "settings",
            ),
            (
                "You can update your email choices to stop newsletters about our products.",
                "settings",
            ),
            // Opt-outs worded as who may decline or what may be limited.
            (
                "Any customer who does not wish to receive promotional emails may contact us.",
                "opt-out",
            ),
            (
                "You can limit the way that we tailor advertising based on your interests.",
                "opt-out",
            ),
            (
                "You may refuse to allow any further collection of your child's information.",
                "opt-out",
            ),
            (
                "You may request that we no longer use your email address to contact you.",
                "opt-out",
            ),
        ]);
    }

    #[test]
    fn bare_and_consent_choices() {
        offers_one_choice(&[
            (
                "However, users can disable cookies by changing their browser settings.",
                "browser-controls",
            ),
            ("You may unsubscribe at any time.", "opt-out"),
            (
                "We may disclose information to others when we have your consent.",
                "opt-in",
            ),
            (
                "If you do not agree with this policy, please do not use the site.",
                "optional",
            ),
            (
                "You can limit the use of your information for advertising.",
                "opt-out",
            ),
        ]);
        let e = ex();
        let kind = |t: &str| choice_kinds(&e, t);
        // A mere mention of settings offers nothing.
        assert!(kind("The page shows your device settings and model.").is_empty());
        // A choice denied is none: "can" becoming "cannot" must read as an
        // opt-out removed, not as the same opt-out.
        for denied in [
            "You may not opt out of these messages.",
            "You cannot unsubscribe from service announcements.",
            "You will not be able to opt out of receiving service emails.",
            "There is no way to opt out of these notices.",
        ] {
            assert!(kind(denied).is_empty(), "{denied}: {:?}", kind(denied));
        }
    }

    #[test]
    fn a_negation_in_a_fronted_condition_stays_there() {
        let p = one("If you do not opt out, we will share your email address with partners.");
        assert_eq!((p.action.as_str(), p.negated), ("share", false), "{p:#?}");
        assert_eq!(p.choice.map(|c| c.kind).as_deref(), Some("opt-out"));
        // Without a comma the negation is the main clause's.
        let p = one("We do not share your email address with partners.");
        assert!(p.negated);
    }

    #[test]
    fn retention_periods() {
        let p = one("We retain log data for 18 months.");
        assert_eq!(p.action, "retain");
        assert_eq!(p.retention_days, Some(540));
    }

    #[test]
    fn list_items_name_why_and_with_whom_when_the_lead_in_named_the_data() {
        let out = ex().extract_all(clauses_of(
            "We may use your personal information to:\n\n- administer contests and surveys\n- to comply with the law\n\nWe share your email address with:\n\n- our affiliates. Please note that when you use third-party services, their terms apply.\n\nWe do not use your data other than to:\n\n- serve contextual advertising\n",
        ));
        let p = &out[1].practices[0];
        assert_eq!(p.action, "use");
        assert_eq!(p.data, vec!["personal-information"]);
        assert_eq!(p.purposes, vec!["additional-features"]);
        assert_eq!(p.inherited_from.as_deref(), Some("c1"));
        // (No object in the item's own words: the lead-in's spans point elsewhere.)
        assert!(p.objects.is_empty(), "{:?}", p.objects);
        assert_eq!(out[2].practices[0].purposes, vec!["legal"]);
        let p = &out[4].practices[0];
        assert_eq!(
            (p.action.as_str(), p.data.clone()),
            ("share", vec!["email-address".to_string()])
        );
        assert_eq!(p.recipients, vec!["affiliates"]);
        // A sentence of its own in an item continues nothing.
        assert!(out[5].practices.is_empty(), "{:?}", out[5].practices);
        // A promise's list names what it excepts.
        assert!(out[7].practices.is_empty(), "{:?}", out[7].practices);
    }

    #[test]
    fn banks_and_counterparties_receive_and_an_exchange_for_a_service_shares_nothing() {
        let p = one("We transmit your credit card number to the credit card company.");
        assert_eq!(p.recipients, vec!["financial-institutions"]);
        let p = one("We may provide any information we have to a potential counterparty.");
        assert_eq!(p.recipients, vec!["third-parties"]);
        let p = one("We share device identifiers with data exchanges.");
        assert_eq!(p.recipients, vec!["advertisers"]);
        let p = one("We may provide your contact information to a research firm.");
        assert_eq!(p.recipients, vec!["researchers"]);
        // Singulars name the same recipients as plurals.
        let p = one("We share your usage data with an ad network and a business partner.");
        assert_eq!(p.recipients, vec!["advertisers", "partners"]);
        assert!(
            ex().extract("AAAS may contact them by e-mail in exchange for access to your profile information.")
                .iter()
                .all(|p| p.action != "share")
        );
    }

    #[test]
    fn a_fronted_exception_ends_at_its_comma_and_asking_leave_is_no_practice_of_its_own() {
        let ps = ex().extract(
            "In any case other than those described above, we will ask for your affirmative consent before we share your email address with advertisers.",
        );
        assert_eq!(ps.len(), 1, "{ps:#?}");
        assert_eq!(ps[0].action, "share");
        assert_eq!(ps[0].recipients, vec!["advertisers"]);
        assert_eq!(
            ps[0].choice.as_ref().map(|c| c.kind.as_str()),
            Some("opt-in")
        );
    }

    #[test]
    fn they_after_a_party_with_people_joined_to_it_is_the_party() {
        let ps = ex().extract_sentences([
            "We employ other companies and individuals to perform functions on our behalf.",
            "They have limited access to your email address.",
        ]);
        let p = &ps[1][0];
        assert_eq!(p.action, "share", "{:#?}", ps[1]);
        assert_eq!(p.recipients, vec!["third-parties"]);
        assert_eq!(p.data, vec!["email-address"]);
    }

    #[test]
    fn an_infinitive_after_allow_is_the_allowed_partys_however_long_its_description() {
        let ps = ex().extract(
            "We may allow third parties performing services under contract with us, such as payment processors, to access your email address.",
        );
        assert!(
            ps.iter()
                .any(|p| p.action == "collect" && p.actor == "third-parties"),
            "{ps:#?}"
        );
        assert!(ps.iter().all(|p| p.actor != "first-party"), "{ps:#?}");
        // What they access here is a tool, not data.
        let ps = ex().extract(
            "We may allow certain third parties to access these automatic data collection methods.",
        );
        assert!(ps.iter().all(|p| p.data.is_empty()), "{ps:#?}");
    }

    #[test]
    fn a_request_that_we_not_act_is_an_opt_out_of_that_act_not_a_promise() {
        let e = ex();
        for text in [
            "At any time, you can contact us to request that we not share your email address with third parties.",
            "You may request that we do not share your personal data for targeted advertising.",
        ] {
            let ps = e.extract(text);
            assert!(
                ps.iter().all(|p| !p.negated)
                    && ps
                        .iter()
                        .any(|p| p.choice.as_ref().is_some_and(|c| c.kind == "opt-out"))
                    && ps
                        .iter()
                        .filter(|p| p.action == "share")
                        .all(|p| p.presupposed),
                "{text}: {ps:#?}"
            );
        }
        offers_one_choice(&[(
            "You are able to control how and whether cookies will be accepted by your web browser.",
            "settings",
        )]);
    }

    #[test]
    fn a_party_joined_to_the_subject_in_an_aside_acts_with_it() {
        for (text, actor) in [
            (
                "We, and our affiliates, use your personal information.",
                "affiliates",
            ),
            (
                "We, as well as our partners, may use your email address.",
                "partners",
            ),
            (
                "We, in our discretion, may use your email address.",
                "first-party",
            ),
            (
                "We, and not our partners, use your email address.",
                "first-party",
            ),
        ] {
            assert_eq!(one(text).actor, actor, "{text}");
        }
    }

    #[test]
    fn list_items_inherit_the_lead_in() {
        let doc = crate::input::parse(
            &crate::input::source_from_bytes(
                "x.md",
                b"We share the following with our partners:\n\n- your phone number\n- device identifiers\n",
                None,
            )
            .unwrap(),
        )
        .unwrap();
        let out = ex().extract_all(crate::segment::segment(&doc));
        let p = &out[1].practices[0];
        assert_eq!(p.action, "share");
        assert_eq!(p.data, vec!["phone-number"]);
        assert_eq!(p.recipients, vec!["partners"]);
        assert_eq!(p.inherited_from.as_deref(), Some("c1"));
        // Items in title case are items, not headings.
        let out = ex().extract_all(clauses_of(
            "We share the following with our partners:\n\n- Email Address\n- Device Identifiers\n",
        ));
        assert_eq!(out[1].practices[0].data, vec!["email-address"]);
        assert_eq!(out[2].practices[0].data, vec!["device-identifiers"]);
    }

    fn clauses_of(md: &str) -> Vec<Clause> {
        let src = crate::input::source_from_bytes("x.md", md.as_bytes(), None).unwrap();
        crate::segment::segment(&crate::input::parse(&src).unwrap())
    }

    #[test]
    fn own_names_stay_across_versions_and_the_cache_reuses_sentences() {
        let ex = ex();
        let v1 = "# Instagram Privacy Policy\n\nInstagram collects your name. Instagram may share \
                  your email address with advertisers. Instagram keeps logs.\n";
        // The later version names the company once, outside its opening.
        let v2 = "# Privacy Policy\n\nWe collect your name. We keep logs. We read mail. \
                  We write code. We test it. We ship it. We fix bugs. We plan. We rest. We wake.\n\n\
                  Instagram may share your email address with advertisers.\n";
        let alone = ex.extract_all(clauses_of(v2));
        let shared = alone.last().unwrap();
        assert_eq!(shared.practices[0].actor, "facebook", "{alone:#?}");

        let mut cache = ExtractCache::default();
        let first = ex.extract_all_cached(clauses_of(v1), &mut cache);
        assert_eq!(cache.own, vec!["instagram"]);
        assert_eq!(first[1].practices[0].actor, "first-party");
        let second = ex.extract_all_cached(clauses_of(v2), &mut cache);
        let p = &second.last().unwrap().practices[0];
        assert_eq!(p.actor, "first-party");
        assert_eq!(p.recipients, vec!["advertisers"]);
        // "We collect your name." was extracted once, then shared.
        let v3 = ex.extract_all_cached(clauses_of(v2), &mut cache);
        assert!(Arc::ptr_eq(&second[0].practices, &v3[0].practices));
    }

    #[test]
    fn a_company_the_policy_uses_is_not_its_own() {
        let ex = ex();
        let doc = "# Privacy Policy\n\nThis site uses Google AdSense to show ads. \
                   Google may use cookies. Google may collect your IP address.\n";
        let out = ex.extract_all(clauses_of(doc));
        let p = &out.last().unwrap().practices[0];
        assert_eq!(p.actor, "named-companies", "{out:#?}");
        // Unless the title names it: "Bing and MSN Privacy Statement" for
        // services that use Bing.
        let doc = "# Bing and MSN Privacy Statement\n\nThis site uses Bing to search. \
                   Bing may use cookies. Bing may collect your IP address.\n";
        let out = ex.extract_all(clauses_of(doc));
        let p = &out.last().unwrap().practices[0];
        assert_eq!(p.actor, "first-party", "{out:#?}");
    }

    #[test]
    fn cached_list_items_follow_their_lead_in() {
        let ex = ex();
        let v1 = "We share the following with our partners:\n\n- your phone number\n- device identifiers\n";
        // A sentence above shifts the ids; another lead-in reuses an item's text.
        let v2 = concat!(
            "We collect your name.\n\nWe share the following with our partners:\n\n",
            "- your phone number\n- device identifiers\n\nWe never sell:\n\n- your phone number\n"
        );
        let mut cache = ExtractCache::default();
        ex.extract_all_cached(clauses_of(v1), &mut cache);
        let cached = ex.extract_all_cached(clauses_of(v2), &mut cache);
        let fresh = ex.extract_all(clauses_of(v2));
        for (c, f) in cached.iter().zip(&fresh) {
            assert_eq!(c.practices[..], f.practices[..], "{}", c.clause.text);
        }
        assert_eq!(cached[2].practices[0].inherited_from.as_deref(), Some("c2"));
        let sold = &cached.last().unwrap().practices[0];
        assert_eq!((sold.action.as_str(), sold.negated), ("sell", true));
    }
}
