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
//!    to the reader ("we recommend using a unique password"), in a
//!    title or in a table's column labels ("Categories of recipients |
//!    Reasons for sharing"); a verb whose nearest subject is the user ("you share", "content
//!    you upload") is the user's own act and is skipped, unless the verb is
//!    passive ("the information you provide may be shared": its agent
//!    would follow "by"); a recipient as
//!    subject ("advertisers collect") becomes the actor, and a subject
//!    that lists parties ("we and our partners collect") makes the act each
//!    one's, for every verb it governs ("collect, use, and share"); a party
//!    after a preposition is no subject ("we collect data from partners and
//!    share it" is the company's sharing); "they" stands for
//!    the party named last in the clause or the one before; a verb
//!    coordinated with the one before ("collect … and sell", "have access
//!    to it, but are prohibited from using it" — past auxiliaries and a
//!    verb of leave) or an infinitive of purpose ("use cookies to collect")
//!    acts for that verb's subject, unless "we" or "you" is named since;
//!    "our" and "us" are never the subject; consecutive verbs of
//!    one action and actor merge, unless the negation changes in a new
//!    clause ("they have access to it, but may not share it"); using a
//!    third party ("we use Google Analytics", "a third-party service to
//!    send you email") or another party's tracker ("cookies from a
//!    vendor", "third-party cookies") is disclosing to it, and a recipient
//!    that "has access to" data ("affiliates may have access to your
//!    information") is one the company discloses it to; what is tailored
//!    "based on" data uses it ("advertisers may serve ads to you based on
//!    your browsing activity" — the advertisers' use, its subject, modal
//!    and negation reached past the tailoring verb);
//! 2. a negation cue in the five words before a verb, with no "but", "which",
//!    "except" or ";" between, negates it ("we do not sell or rent", "we
//!    do not sell, license or share" — an unknown verb of the list passes
//!    it on; "this does not include selling or sharing" denies the gerunds
//!    it names, "we do not conduct cross-device tracking" the activity);
//! 3. terms after an exception cue ("except", "unless", "other than") belong to
//!    the exception, not to the practice (one set off by commas before
//!    the verb's complement ends at its comma: "shared, but only in the
//!    aggregate, with advertisers"); a conditional cue ("if", "when",
//!    "without your consent") records its phrase as the condition;
//! 4. recipients attach to share and sell practices only (not the public
//!    named before a noun it describes, "publicly available information",
//!    nor a party a disclosure protects, "to protect the safety of our
//!    users or the public"); a transfer whose
//!    first destination is a place, the user's device, the user or the
//!    company itself ("to our servers", "to your computer", "with us") is
//!    no sharing — a third party or the user that gives the company data
//!    ("partners may share your email address with us", "you may provide
//!    us with your phone number", the receiver right after the verb as
//!    well as after "to" or "with") is the company collecting it, unless
//!    the user is asked to ("send us an email") or not to, or no data is
//!    named ("vendors provide us with technology"); one whose first destination is a country or region ("to
//!    the United States", "to servers located outside the EEA", "abroad")
//!    is an international transfer, a disclosure to `other-countries`, as
//!    is one to a recipient placed there ("with our affiliates in other
//!    countries"; a place of a recipient's — "a server of Google" — is
//!    that recipient's); any practice records the countries and regions
//!    it places its data in ("stored on servers in Ireland", "processed
//!    in the U.S. or any other country": `locations`); nor is a transmission with no recipient in a
//!    sentence about security ("transmitted using SSL"); each verb's data
//!    is what it names up to the next verb (all the clause's data when it
//!    names none: "your data may be shared"), purposes are the clause's;
//! 5. a list item with data but no verb inherits the practices of its lead-in
//!    ("We collect the following: …"); one without data does so when the
//!    lead-in named the data ("We use your information to: - send you
//!    offers", "We share it with: - our affiliates", "We use it in many
//!    ways, including: - Responding to your questions"; a promise keeps its
//!    word for each item: "We do not share your health data with: -
//!    advertisers"), and only in the sentence that opens the item; an item
//!    naming only a choice ("- With your consent.") states the lead-in's
//!    practice under that choice. Under a promise whose exception is the list ("We do not
//!    share it except in the following cases:"), each item is a case where
//!    the practice is done (a disclosure, not a sale, when the promise
//!    denies both); an item's recipients are whom its case reaches, and an
//!    item describing a recipient ("- Service providers who host our
//!    site") still names one. An item of a nested list follows the item
//!    above it that ends in a colon, else its own list's lead-in (see
//!    `segment`); a paragraph of fragments after a sentence ending in a colon
//!    ("To our partners, for marketing.") is an item of it. A sentence going
//!    on with the data of the one before ("This includes …", "This information
//!    may include …") is an item of it — of the last sentence in the section
//!    that is not one itself;
//! 6. a choice cue (opt-out, opt-in, browser settings, declining to provide,
//!    privacy settings — the last only where the user can act on it)
//!    attaches to the clause's practices, with a time window ("within 30
//!    days") and its scope (the purposes named); a choice sentence with no
//!    verb, or none that states a practice, is recorded as governing the
//!    *use* of data. The user's request that a party not act ("request that
//!    our affiliates not share", "direct us not to sell") is an opt-out from
//!    that party's act, not its promise;
//! 7. retention: a keeping's period ("for 18 months", "deleted within 48
//!    hours") or open bound ("while your account is active", "as long as
//!    necessary", "indefinitely"); and data the clause keeps on the user's
//!    device ("never leaves your device", "stored only on your device",
//!    "processed locally") is a promise not to collect it;
//! 8. a table whose header labels a column as data ("Categories of personal
//!    information", "Disclosed data") and one as parties ("Categories of
//!    third parties", "Recipients of sales") states, row by row, that each
//!    data cell goes to the parties its row names, for the purposes its
//!    row names, by the acts the labels name (sharing unless they say
//!    "sold"): "Marketing service providers | • Estimated location" shares
//!    location with them. A table naming purposes and data but no parties
//!    ("Why we use your information | What information we use") uses each
//!    data cell for its row's purposes; a column of "Yes"/"No" answers
//!    under an act ("Sold", "Collected") states that act of the row's data
//!    or promises against it.
//!
//! The files follow one clause through the stage: `scan` finds its words and
//! terms once (and whether it reads as a title); `owner` learns the
//! company's own names (also one no vocabulary lists, from the title:
//! "Vinted Privacy Policy"), `names` the companies the policy names in passing
//! ("a service called AddThis", "we partner with Adzerk") that no vocabulary
//! lists, and `context` who a pronoun stands for; `analysis`
//! holds the clause under analysis and the helpers every rule shares;
//! `screening` drops verbs that state no practice (rule 1's exclusions),
//! `parties` finds who acts and who receives, `locations` where the data is kept,
//! `signals` what the clause says of browser privacy signals (Do Not Track, Global Privacy Control),
//! `safeguards` the encryption it promises, `per_device` whether it holds an opt-out to one
//! browser or device, `background` whether its collection goes on while the app is not in use, `opt_out_method` the easiest way to opt out, or to make a privacy request, it names (these, and `notice`,
//! read the clause's text as a whole, with `phrases`, when `said` is first asked — a comparison
//! asks, an evaluation does not), `negation` applies rules 2–3,
//! `choices` rule 6, `retention` and `local` rule 7; `compose` assembles the practices; `tables`
//! reads a table's rows under its header's labels; `practice` is the
//! record it yields and `cache` what is remembered across versions. `words`
//! holds the short word lists the rules consult besides the taxonomy.

mod advance_notice;
mod analysis;
pub(crate) mod background;
mod cache;
mod carve_out;
mod choices;
mod compose;
mod context;
mod listing;
mod local;
mod locations;
mod names;
mod negation;
pub(crate) mod notice;
pub(crate) mod opt_out_method;
mod owner;
mod parties;
pub(crate) mod per_device;
mod phrases;
mod practice;
mod retention;
pub(crate) mod safeguards;
pub(crate) mod said;
mod scan;
mod screening;
pub(crate) mod signals;
mod tables;
#[cfg(test)]
mod tests;
mod words;

use crate::segment::{Clause, ClauseId};
use crate::taxonomy::{GENERIC_DATA, Kind, Matcher, Target, Taxonomy};
use analysis::Analysis;
pub use cache::{CACHE_LIMIT, ExtractCache};
use context::Antecedent;
pub use practice::{
    Choice, Condition, DataSpan, ExtractedClause, Matched, Modality, OpenRetention, Practice,
    Retention, discloses,
};
use scan::Scan;
use std::sync::Arc;
pub(crate) use words::ends_as_adjective;
use words::*;

/// The extractor: a taxonomy and its compiled matcher.
pub struct Extractor {
    pub taxonomy: Taxonomy,
    matcher: Matcher,
    /// For each recipient entry: is it a named company (a candidate own name)?
    named_company: Vec<bool>,
    /// A pattern meaning a named company and nothing else, for the names a
    /// policy teaches ([`Extractor::learned_names`]).
    company_pattern: Option<usize>,
}

impl Extractor {
    pub fn new(taxonomy: Taxonomy) -> Extractor {
        let matcher = Matcher::new(&taxonomy);
        let named_company = taxonomy
            .recipients
            .iter()
            .map(|r| taxonomy.is_within(Kind::Recipient, &r.id, "named-companies"))
            .collect();
        let company_pattern = taxonomy
            .recipients
            .iter()
            .position(|r| r.id == "named-companies")
            .and_then(|i| {
                let target = [Target::Entry(Kind::Recipient, i)];
                taxonomy.recipients[i].terms.iter().find_map(|t| {
                    let norm = crate::taxonomy::normalize(t);
                    let hits = matcher.find(&norm);
                    (hits.len() == 1 && matcher.targets(hits[0].pattern) == target)
                        .then_some(hits[0].pattern)
                })
            });
        Extractor {
            taxonomy,
            matcher,
            named_company,
            company_pattern,
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
        // sentence stands alone (list items depend on their lead-in too,
        // and so do sentences that go on listing the data of the one
        // before, [`continues_data`]).
        let (mut scans, mut known): (Vec<Arc<Scan>>, Vec<Reused>) = clauses
            .iter()
            .map(
                |c| match cache.as_ref().and_then(|k| k.entries.get(&*c.text)) {
                    Some(e) => (
                        e.scan.clone(),
                        (c.lead_in.is_none() && !continues_data(&e.scan.norm))
                            .then(|| e.practices.clone())
                            .flatten(),
                    ),
                    None => (Arc::new(self.scan(&c.text)), None),
                },
            )
            .unzip();
        // The companies the document names in passing ("a service called
        // AddThis"), in any version read so far: a name once learnt stays
        // a company's, as an own name stays the company's.
        let mut learned = self.learned_names(scans.iter().map(|s| &**s));
        // An owner the vocabulary does not know, named by the title and
        // named again ("Vinted Privacy Policy" … "Google will share the
        // following data with Vinted"), is the company too.
        let titled = self.titled_owner_name(&clauses, &scans);
        if let Some(name) = &titled {
            merge_ids(&mut learned, vec![name.clone()]);
            learned.sort();
        }
        if let Some(k) = cache.as_ref() {
            merge_ids(&mut learned, k.learned.clone());
            learned.sort();
        }
        if !learned.is_empty() {
            for scan in scans.iter_mut() {
                if let Some(patched) = self.with_learned(scan, &learned) {
                    *scan = Arc::new(patched);
                }
            }
        }
        let mut own = self.own_names(&clauses, &scans);
        if let Some(name) = titled {
            merge_ids(&mut own, vec![name]);
            own.sort();
        }
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
            && (k.own != own || k.learned != learned)
        {
            k.entries.clear();
            k.items.clear();
            k.contextual.clear();
            k.tables.clear();
            k.cells.clear();
            k.own = own.clone();
            k.learned = learned;
            known.iter_mut().for_each(|p| *p = None);
        }
        let mut out: Vec<ExtractedClause> = Vec::with_capacity(clauses.len());
        // The party the previous clause named last, for pronoun subjects.
        let mut context = Antecedent::Unknown;
        let mut section: Option<crate::input::Section> = None;
        // Whether that section is about children (see `for_children`).
        let mut childrens = false;
        for (k, (clause, cached)) in clauses.into_iter().zip(known).enumerate() {
            let scan = scans[k].clone();
            if section.as_ref() != Some(&clause.section) {
                context = Antecedent::Unknown;
                section = Some(clause.section.clone());
                childrens = about_children(&clause.section);
            }
            let antecedent = context.clone();
            // A clause with a pronoun depends on the one before: its
            // practices are cached with the party the pronoun stood for.
            let pronoun = scan.pronoun;
            context = self.context_after(&scan, &own, &antecedent);
            let practices: Arc<[Practice]> = if clause.label {
                // A table's column labels state no practice.
                Arc::from([])
            } else if pronoun {
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
                // (A sentence going on with the data of the one before
                // reads as an item of it: "We collect device information.
                // This includes your IP address and browser type.")
                // (Several in a row go on with the same one.)
                let lead_clause = clause.lead_in.and_then(|i| out.get(i)).or_else(|| {
                    if !continues_data(&scan.norm) {
                        return None;
                    }
                    out.iter()
                        .rev()
                        .take_while(|b| b.clause.section == clause.section)
                        .find(|b| !continues_data(&b.norm))
                        .filter(|b| b.practices.iter().any(|p| !p.data.is_empty()))
                });
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
            let practices = if childrens {
                self.for_children(practices)
            } else {
                practices
            };
            // (A previous clause of the same section, for data pronouns.)
            let before = out
                .last()
                .filter(|c| c.clause.section == clause.section && clause.lead_in.is_none());
            // (Past one that states nothing, for what a pronoun points at:
            // "… to corporate clients. Their clients pay for access. You can
            // opt out of this data sharing" points two sentences back.)
            let stated_before = out
                .iter()
                .rev()
                .take(2)
                .take_while(|c| c.clause.section == clause.section)
                .find(|c| !c.practices.is_empty())
                .filter(|_| clause.lead_in.is_none());
            let practices = data_of_pronoun(
                &self.taxonomy,
                &scan.norm,
                practices,
                stated_before.map_or(&[][..], |b| &b.practices[..]),
            );
            // A sentence carving a case out of the promise before ("This
            // does not apply to data shared with our advertising partners")
            // is that promise's exception.
            // One carving a case out of the choice before ("This setting
            // does not apply to ads based on data from our partners") states
            // what goes on past that choice.
            let mut practices = practices;
            if let Some(b) = before
                && let Some(pointed) = carve_out::carves_out(&scan.norm)
            {
                let carved = pointed
                    .promise()
                    .then(|| self.carved_from(&scan, &b.practices))
                    .flatten();
                if let Some(carved) = carved {
                    if let Some(b) = out.last_mut() {
                        b.practices = carved;
                    }
                } else if pointed.choice()
                    && let Some(past) = self.carved_from_choice(&scan, &b.practices, &own)
                {
                    practices = practices.iter().cloned().chain([past]).collect();
                }
            }
            out.push(ExtractedClause {
                clause,
                practices,
                norm: scan.norm.clone(),
                key: scan.key,
                word_set: scan.word_set.clone(),
                said: said::Said::new(scan.norm.clone(), scan.words.clone(), scan.said.clone()),
            });
        }
        drop_open_lead_ins(&mut out);
        self.read_tables(&mut out, &own, cache.as_deref_mut());
        if let Some(k) = cache.as_mut()
            && k.entries.len() + k.items.len() + k.contextual.len() > CACHE_LIMIT
        {
            let current: rustc_hash::FxHashSet<&str> =
                out.iter().map(|c| &*c.clause.text).collect();
            k.entries.retain(|t, _| current.contains(&**t));
            k.items.retain(|(_, t, _), _| current.contains(&**t));
            k.contextual.retain(|(t, _), _| current.contains(&**t));
        }
        // (Tables are few: a bound for pathological histories only.)
        if let Some(k) = cache.as_mut()
            && k.tables.len() + k.cells.len() > CACHE_LIMIT / 10
        {
            k.tables.clear();
            k.cells.clear();
        }
        out
    }

    /// Practices in a section about children ("Children's Privacy",
    /// "Information from minors") speak of children's information where
    /// they name generic data: "we'll never collect their data unless a
    /// parent provides it" is no general promise.
    fn for_children(&self, practices: Arc<[Practice]>) -> Arc<[Practice]> {
        if !practices
            .iter()
            .any(|p| self.as_childrens(&p.data).is_some())
        {
            return practices;
        }
        practices
            .iter()
            .map(|p| {
                let mut p = p.clone();
                if let Some(data) = self.as_childrens(&p.data) {
                    p.data = data;
                }
                p
            })
            .collect()
    }

    /// Generic personal information (and nothing more specific) as
    /// children's information, when the vocabulary has that type: what the
    /// section rule above and the object rule (`compose.rs`
    /// `childrens_data`) both turn it into.
    fn as_childrens(&self, data: &[String]) -> Option<Vec<String>> {
        const CHILDRENS: &str = "childrens-information";
        (data == [GENERIC_DATA] && self.taxonomy.entry(Kind::Data, CHILDRENS).is_some())
            .then(|| vec![CHILDRENS.to_string()])
    }

    /// Practices of one sentence.
    pub fn extract(&self, text: &str) -> Vec<Practice> {
        let scan = self.scan(text);
        let practices = self.extract_in(&scan, None, &[], Antecedent::Unknown);
        data_of_pronoun(&self.taxonomy, &scan.norm, practices.into(), &[]).to_vec()
    }

    /// Practices of successive sentences of one passage, each read after the
    /// one before, as [`Extractor::extract_all`] reads a section: "They may
    /// collect …" after "We work with advertising networks." is the
    /// networks collecting. A run may hold several policies, each opening
    /// on its title; each policy's own names are learnt as a document's.
    /// For sentence-per-line corpora; documents go through segmentation
    /// and `extract_all`.
    pub fn extract_sentences<'a>(
        &self,
        sentences: impl IntoIterator<Item = &'a str>,
    ) -> Vec<Vec<Practice>> {
        let texts: Vec<&str> = sentences.into_iter().collect();
        let mut scans: Vec<Scan> = texts.iter().map(|t| self.scan(t)).collect();
        // Where each policy starts, with the owner its title names (the
        // owner changes only where a policy starts). How many sentences ago
        // the owner was named: a bare title right after ("Welcome to the
        // Google Privacy Policy" … "Privacy Policy Last modified: …") heads
        // the same policy.
        let mut policies: Vec<(usize, Vec<String>)> = vec![(0, Vec::new())];
        let mut since_named = usize::MAX;
        for (i, (scan, text)) in scans.iter().zip(&texts).enumerate() {
            since_named = since_named.saturating_add(1);
            let owner = match self.titled_owner(scan, text) {
                Some(name) if !name.is_empty() => {
                    since_named = 0;
                    name
                }
                Some(_) if since_named > OPENING_SENTENCES => Vec::new(),
                _ => continue,
            };
            // (A title opening the run replaces the empty start.)
            if policies.last().is_some_and(|&(start, _)| start == i) {
                policies.pop();
            }
            policies.push((i, owner));
        }
        // Each policy's own names: its title's, and those learnt from its
        // sentences as from a document's (named in its opening and
        // recurring: the Bing and MSN statement's "Microsoft collects …").
        let bounds: Vec<usize> = policies
            .iter()
            .map(|&(start, _)| start)
            .chain([texts.len()])
            .collect();
        // Each policy's companies named in passing, as a document's.
        for range in bounds.windows(2) {
            let learned = self.learned_names(scans[range[0]..range[1]].iter());
            if learned.is_empty() {
                continue;
            }
            for scan in &mut scans[range[0]..range[1]] {
                if let Some(patched) = self.with_learned(scan, &learned) {
                    *scan = patched;
                }
            }
        }
        let names: Vec<Vec<String>> = policies
            .iter()
            .zip(bounds.windows(2))
            .map(|((_, titled), range)| {
                let mut own = titled.clone();
                merge_ids(
                    &mut own,
                    self.own_names_in((range[0]..range[1]).map(|i| (None, texts[i], &scans[i]))),
                );
                own
            })
            .collect();
        let mut context = Antecedent::Unknown;
        let mut before: Arc<[Practice]> = Arc::from([]);
        // The last sentence that did not go on with another's data, and
        // its practices: what a run of continuations goes on with.
        let mut continued: (usize, Arc<[Practice]>) = (0, Arc::from([]));
        scans
            .iter()
            .enumerate()
            .map(|(i, scan)| {
                let own = &names[bounds.partition_point(|&b| b <= i) - 1];
                let antecedent = context.clone();
                context = self.context_after(scan, own, &antecedent);
                // Only a pronoun subject reads the sentence before.
                let antecedent = if scan.pronoun {
                    antecedent
                } else {
                    Antecedent::Unknown
                };
                // (A sentence going on with the data of the one before
                // reads as an item of it, as in `extract_all`.)
                let continues = i > 0 && continues_data(&scan.norm);
                let lead =
                    (continues && continued.1.iter().any(|p| !p.data.is_empty())).then(|| Lead {
                        id: ClauseId(continued.0 as u32),
                        practices: &continued.1,
                        norm: &scans[continued.0].norm,
                        opens_item: false,
                    });
                let practices: Arc<[Practice]> =
                    self.extract_in(scan, lead, own, antecedent).into();
                let practices = data_of_pronoun(&self.taxonomy, &scan.norm, practices, &before);
                before = practices.clone();
                if !continues {
                    continued = (i, practices.clone());
                }
                practices.to_vec()
            })
            .collect()
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
        // (Nor a deletion after a period, which says how long data is kept:
        // "your content will be deleted within 48 hours".)
        // (Or deletion on request written around its object: "we will
        // remove your information from our records on request".)
        let deletes = || {
            (words::may_delete(&scan.norm)
                && scan
                    .words
                    .iter()
                    .any(|&(a, b)| words::DELETING.contains(&&scan.norm[a..b])))
                || words::may_delete_on_request(&scan.norm)
        };
        // (An item may name nothing the vocabulary knows and still
        // continue its lead-in.)
        // (Nor data kept on the user's device: "it never leaves your
        // device".)
        // (Nor "license" as a verb, which the vocabulary lists only with
        // its object: see `read_licensing_verbs`.)
        // (Nor a denied purpose carried out, "we do not build profiles",
        // "we do not show targeted ads": see `purpose_acts_denied`.)
        // (Nor a party seeing data: see `read_party_sight`.)
        if !promising
            && lead.is_none()
            && !deletes()
            && !local::may_stay_local(&scan.norm)
            && !words::may_license(&scan.norm)
            && !words::enables_us(&scan.norm)
            && !words::may_deny_purpose_act(&scan.norm)
            && !words::may_see(&scan.norm)
        {
            return Vec::new();
        }
        // A question or a title names a topic ("What information do we
        // share?", "When Your Data May Be Shared"), not a practice; a list
        // item in title case ("- Email Address") is still an item.
        if scan.question || (scan.title && lead.is_none()) {
            return Vec::new();
        }
        // So does an item of the contents a document lists ("This Privacy
        // Policy will explain: - What personal information may be
        // collected - With whom it will be shared").
        if lead.as_ref().is_some_and(|l| words::lists_contents(l.norm)) {
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
        for p in practices.iter_mut() {
            if promised_of_all(&self.taxonomy, &scan.norm, p) {
                p.data = vec![GENERIC_DATA.to_string()];
            }
            let listed = a.listed_items(&p.objects);
            p.objects.extend(listed);
        }
        // An item that only names a choice ("- With your consent.", under
        // "We may share it in these cases:") states the lead-in's practice
        // under that choice, not a choice of its own (under a promise
        // excepting the list, "We do not share it except: - With your
        // consent.", a case where it is done under that choice).
        let label_choice = match &practices[..] {
            [p] if lead.is_some()
                && p.presupposed
                && p.action == "use"
                && p.data.is_empty()
                && p.inherited_from.is_none() =>
            {
                p.choice.clone()
            }
            _ => None,
        };
        let bare = label_choice
            .as_ref()
            .map(|_| std::mem::take(&mut practices));
        // An item opening on its own verb is done by the lead-in's subjects:
        // under "We and our affiliates use your information in these ways:"
        // "- Saving your user ID" is saved by the affiliates too.
        if let Some(l) = lead.as_ref().filter(|l| l.opens_item)
            && a.words.first().is_some_and(|&w0| {
                a.word(0).ends_with("ing") && a.covering(w0).any(|h| a.names_action(h))
            })
        {
            done_by_co_subjects(l.practices, &mut practices);
        }
        // An item opening on a recipient whose only practices are that
        // recipient's ("- Service providers who process data for us") still
        // names whom the lead-in's disclosure reaches.
        // (Only an item has a lead-in to extend. A party that made the
        // data the item is about is no recipient: "People that see content
        // others share about you" reaches the people, not the others. And
        // a later sentence of the item in which its party passes the data
        // on, "people you share with may re-share this content with
        // others", says what that party does, not whom the lead-in's
        // disclosure reaches.)
        let recipients = if lead.is_some() {
            a.terms_where(Kind::Recipient, |h| {
                !a.in_exception(h) && !a.subject_of_relative(h)
            })
        } else {
            Vec::new()
        };
        let describes_recipient = !practices.is_empty()
            && practices.iter().all(|p| {
                recipients.contains(&p.actor)
                    && (lead.as_ref().is_some_and(|l| l.opens_item) || !discloses(&p.action))
            });
        if (practices.is_empty() || describes_recipient)
            && let Some(Lead {
                id: lead_id,
                practices: lead_practices,
                norm: lead_norm,
                opens_item,
            }) = lead
        {
            // An item names what the lead-in's practice applies to ("We
            // collect: - your email address"), or, when the lead-in named
            // the data, why, with whom or how it is done ("We use your
            // information to: - send you marketing e-mails", "We share it
            // with: - our affiliates", "We use it in a variety of ways,
            // including: - Responding to your questions"): the practice with
            // the item's data, purposes and recipients. (Recipients alone
            // extend only a disclosure: "We use your data: - our partners"
            // is no use by the partners.)
            let data = a.terms(Kind::Data, false);
            let purposes = a.terms(Kind::Purpose, false);
            // The item's own condition is its case's: "We share it with: -
            // law enforcement, when required by law" (it stands in for the
            // lead-in's, which the item's narrower case already meets).
            // (Read once, and only for an item that continues the lead-in.)
            let mut condition = None;
            // (Only the sentence that opens the item continues the lead-in:
            // a later one, "Please note that when you use third-party
            // services …", says something else.)
            for lp in lead_practices {
                // A promise whose exception is the list ("We do not share
                // it except in the following cases:", "… unless one of the
                // following applies:") is kept in every case but those its
                // items name: each item is a case where the practice is
                // done ("- With advertising partners, to show you ads").
                let excepted = lp.negated && excepts_list(lp, lead_norm);
                // The cases of "We do not sell, license or share it unless:"
                // are cases of sharing, not of selling.
                if excepted
                    && lp.action == "sell"
                    && lead_practices
                        .iter()
                        .any(|q| q.action == "share" && q.negated)
                {
                    continue;
                }
                if describes_recipient && !discloses(&lp.action) {
                    continue;
                }
                // (A promise without an exception keeps its word for each
                // item: "We do not share your health data with: -
                // advertisers".)
                let adds = if excepted {
                    opens_item
                } else if data.is_empty() {
                    let only_recipients = purposes.is_empty() && !recipients.is_empty();
                    opens_item && !lp.data.is_empty() && (!only_recipients || discloses(&lp.action))
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
                    p.objects = a.data_spans(|h| !a.in_exception(h));
                    (p.data, p.deidentified) =
                        a.deidentified_data(data.clone(), &p.objects, 0, a.norm.len());
                }
                merge_ids(&mut p.purposes, purposes.clone());
                // The item's recipients are whom this case reaches: they
                // replace the lead-in's ("We share it with third parties in
                // these cases: - with advertisers" reaches advertisers).
                if discloses(&p.action) && !recipients.is_empty() {
                    p.recipients = recipients.clone();
                }
                if excepted {
                    p.negated = false;
                }
                if let Some(c) = condition.get_or_insert_with(|| a.condition()) {
                    p.condition = Some(c.clone());
                }
                p.inherited_from = Some(lead_id.to_string());
                p.matched = a.matched_terms().into();
                if p.choice.is_none() {
                    p.choice = label_choice.clone();
                }
                practices.push(p);
            }
        }
        match bare {
            Some(bare) if practices.is_empty() => bare,
            _ => practices,
        }
    }
}

/// Openings of a sentence that goes on listing the data the sentence
/// before named: "This includes …", "This information may include …",
/// "Such information includes …".
#[rustfmt::skip]
const CONTINUATIONS: &[&str] = &[
    "this includes", "this may include", "this can include", "this might include",
    "this could include", "these include", "these may include", "this information includes",
    "this information may include", "this information can include", "this data includes",
    "this data may include", "such information includes", "such information may include",
    "such data includes", "such data may include", "it includes", "it may include",
    "these data include", "this information consists of", "this consists of",
];

/// Whether a sentence (normalised) opens as one going on with the data of
/// the sentence before.
fn continues_data(norm: &str) -> bool {
    // (Every opening starts with one of these words: one look for most
    // sentences, of every version a history reads.)
    let first = norm.split([' ', ',', ':']).next().unwrap_or_default();
    if !matches!(first, "this" | "these" | "such" | "it") {
        return false;
    }
    CONTINUATIONS
        .iter()
        .any(|c| norm.starts_with(c) && norm[c.len()..].starts_with([' ', ':', ',']))
}

/// Practices reused from the cache for one clause, if any.
type Reused = Option<Arc<[Practice]>>;

/// The lead-in a list item's sentence follows: its id and practices, and
/// whether the sentence opens its item (only that one continues the
/// lead-in when it names no data).
struct Lead<'a> {
    id: ClauseId,
    practices: &'a [Practice],
    /// The lead-in's normalised text.
    norm: &'a str,
    opens_item: bool,
}

impl<'a> Lead<'a> {
    fn of(lead: &'a ExtractedClause, item: &Clause) -> Lead<'a> {
        Lead {
            id: lead.clause.id,
            practices: &lead.practices,
            norm: &lead.norm,
            opens_item: item.opens_item,
        }
    }
}

/// Whether a lead-in practice's exception is the list that follows: the
/// exception closes the lead-in ("We do not share it except in the
/// following cases:", "… unless one of the following circumstances
/// applies:", "… other than as follows:") and names no case of its own.
fn excepts_list(p: &Practice, lead_norm: &str) -> bool {
    p.condition.as_ref().is_some_and(|c| {
        c.kind == "exception"
            && c.terms.is_empty()
            && lead_norm
                .trim_end_matches([' ', ':', '.', '-'])
                .ends_with(c.text.trim_end_matches([' ', ':', '.', '-']))
    })
}

/// A lead-in that leaves its parties to the list ("We do not share your
/// personal information with:", "We may disclose it to:") states its
/// practice only with each item: alone, it would read as a promise to no
/// one at all, which an item dropped from the list could hide behind. Its
/// practices that name no party give way to its items' (once any item
/// continues it).
fn drop_open_lead_ins(out: &mut [ExtractedClause]) {
    for i in 0..out.len() {
        let norm = out[i].norm.trim_end();
        if !(norm.ends_with(" with:") || norm.ends_with(" to:")) {
            continue;
        }
        let id = out[i].clause.id;
        // (Its items follow it.)
        let continued = out[i + 1..]
            .iter()
            .take_while(|c| c.clause.list_item)
            .any(|c| {
                c.practices
                    .iter()
                    .any(|p| p.inherited_from.as_deref().is_some_and(|f| id.is(f)))
            });
        if continued && out[i].practices.iter().any(|p| p.recipients.is_empty()) {
            out[i].practices = out[i]
                .practices
                .iter()
                .filter(|p| !p.recipients.is_empty())
                .cloned()
                .collect();
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

/// Adds, for each party a lead-in names beside the company as the subject
/// of the same act ("We and our affiliates use …" — the company's practice
/// and the affiliates' both), the company's own `practices` of an item done
/// by that party too.
fn done_by_co_subjects(lead: &[Practice], practices: &mut Vec<Practice>) {
    let mut co_actors: Vec<String> = Vec::new();
    merge_ids(
        &mut co_actors,
        lead.iter()
            .filter(|q| {
                q.actor != "first-party"
                    && !q.negated
                    && lead
                        .iter()
                        .any(|f| f.actor == "first-party" && f.action == q.action && !f.negated)
            })
            .map(|q| q.actor.clone())
            .collect(),
    );
    let own: Vec<Practice> = practices
        .iter()
        .filter(|p| p.actor == "first-party" && p.inherited_from.is_none())
        .cloned()
        .collect();
    for actor in co_actors {
        practices.extend(own.iter().map(|p| p.done_by(&actor)));
    }
}

/// Appends what `into` lacks of `more`, in order (ids, data spans).
fn merge_ids<T: PartialEq>(into: &mut Vec<T>, more: Vec<T>) {
    for m in more {
        if !into.contains(&m) {
            into.push(m);
        }
    }
}

/// Whether a section's innermost heading is about children ("Children's
/// Privacy", "Information from minors"): read once per section.
fn about_children(section: &crate::input::Section) -> bool {
    section.last().is_some_and(|title| {
        crate::taxonomy::normalize(title)
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .any(|w| words::CHILDREN.contains(&w))
    })
}

/// Pronouns that stand for data named before: "we collect your phone
/// number. We share it with Facebook", "we receive your contacts. We never
/// sell them".
const DATA_PRONOUNS: &[&str] = &[" it ", " it.", " it,", " them ", " them.", " them,"];

/// Words that point a generic noun back to data named before: "we collect
/// your phone number. We share this information with Facebook". Not
/// "such", which names information of a kind, often the kind a lead-in
/// named ("… only in these cases: We require consent for sensitive
/// information. We provide such information to our affiliates …"; on
/// OPP-115 it cost more data types than it found).
const DEMONSTRATIVES: &[&str] = &["this", "that", "these", "those", "said"];

/// Names of the user's data in general. ("More information about this
/// practice" and "credit card information" are none.)
const GENERIC_NAMES: &[&str] = &[
    "your information",
    "your data",
    "your personal",
    "personal information",
    "personal data",
    "personally identifiable information",
];

/// Whether a practice's data is only generic data named with a
/// demonstrative ("this information", "that data"): it stands for the data
/// named before it, as a pronoun does.
fn demonstrative(norm: &str, p: &Practice) -> bool {
    p.data == [GENERIC_DATA]
        && !p.objects.is_empty()
        && p.objects.iter().all(|o| {
            norm[..o.start]
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|w| DEMONSTRATIVES.contains(&w))
        })
}

/// What a demonstrative stands for among the practices of one clause:
/// the specific data of the affirmed practice naming data last before byte
/// `at` (anywhere for `usize::MAX`). `None` where that data is generic
/// ("associate your IP address with your personal information and disclose
/// that information"), or none is named: the demonstrative is left as
/// written. (A denial names data not handled: "we do not collect your
/// email address. We share this information …" does not share it.)
fn antecedent_data(taxonomy: &Taxonomy, practices: &[Practice], at: usize) -> Option<Vec<String>> {
    let (_, o, p) = practices
        .iter()
        .filter(|p| !p.negated)
        .flat_map(|p| p.objects.iter().map(move |o| (o.end, o, p)))
        .filter(|&(end, _, _)| end <= at)
        .max_by_key(|&(end, _, _)| end)?;
    let named: Vec<String> = p
        .data
        .iter()
        .filter(|d| *d != GENERIC_DATA)
        .cloned()
        .collect();
    (taxonomy.data[o.entry].id != GENERIC_DATA && !named.is_empty()).then_some(named)
}

/// A clause's practices with the data its pronoun stands for: where a
/// practice names no data and the clause has a data pronoun, the specific
/// data the practices `before` (the clause before's) named; a bare verb
/// kept only for its pronoun (`pronoun_object`) goes when they name none.
/// Generic data named with a demonstrative ("this information") stands
/// for the specific data named before it in the clause ("if you give us
/// your phone number, we may share that information with advertisers"),
/// or else in the clause before; where neither names any, it is left as
/// written.
fn data_of_pronoun(
    taxonomy: &Taxonomy,
    norm: &str,
    practices: Arc<[Practice]>,
    before: &[Practice],
) -> Arc<[Practice]> {
    let practices = data_of_demonstrative(taxonomy, norm, practices, before);
    let vague = |p: &Practice| p.data.is_empty();
    if !practices.iter().any(vague) {
        return practices;
    }
    let padded = format!(" {norm} ");
    // (A practice kept for its pronoun has one: "they are deleted once
    // delivered".)
    let has_pronoun = practices.iter().any(|p| p.pronoun_object)
        || DATA_PRONOUNS.iter().any(|w| padded.contains(w));
    // What the pronoun of an affirmed act stands for: the data handled
    // before rather than the data a denial named beside it ("we collect
    // your location but not your contacts. We share it with advertisers"
    // shares the location); the denied data where no other is named ("we
    // do not sell your email address. We share it with partners"). A
    // denial's pronoun may stand for either ("… and we do not sell it").
    let data_of = |affirmed_only: bool| -> Vec<String> {
        let mut named: Vec<String> = Vec::new();
        if has_pronoun {
            let handled = before.iter().filter(|p| !(affirmed_only && p.negated));
            for d in handled.flat_map(|p| p.data.iter()) {
                if d != GENERIC_DATA && !named.contains(d) {
                    named.push(d.clone());
                }
            }
        }
        named
    };
    let any = data_of(false);
    let affirmed = match data_of(true) {
        affirmed if affirmed.is_empty() => any.clone(),
        affirmed => affirmed,
    };
    if any.is_empty() && !practices.iter().any(|p| p.pronoun_object) {
        return practices;
    }
    // (A bare verb kept for its pronoun that finds no data states nothing.)
    practices
        .iter()
        .filter_map(|p| {
            let named = if p.negated { &any } else { &affirmed };
            if p.pronoun_object && named.is_empty() {
                return None;
            }
            let mut p = p.clone();
            if vague(&p) && !named.is_empty() {
                p.data = named.clone();
            }
            Some(p)
        })
        .collect()
}

/// Whether a promise about personal information given with examples
/// covers all of it: "we do not sell or rent your personally identifiable
/// information, such as your phone number, to other companies" promises
/// about every kind, where an act's examples name what is handled. (So a
/// later "we do not sell your phone number to advertisers" narrows it in
/// what it covers as well as in whom.) Read on the sentence alone, as it
/// is extracted.
fn promised_of_all(taxonomy: &Taxonomy, norm: &str, p: &Practice) -> bool {
    p.negated
        && !p.data.is_empty()
        && !p.data.iter().any(|d| d == GENERIC_DATA)
        && p.objects.iter().any(|o| {
            // (Not a kind of it the examples define: "traditional personal
            // data such as your name", "automatically collected
            // information, such as IP addresses".)
            let before = norm[..o.start].trim_end().rsplit(' ').next().unwrap_or("");
            let qualified =
                before.ends_with("ed") || before.ends_with("al") || QUALIFIERS.contains(&before);
            taxonomy.data[o.entry].id == GENERIC_DATA
                && !qualified
                && EXAMPLE_MARKERS
                    .iter()
                    .any(|m| norm[o.end..].trim_start_matches([',', ' ']).starts_with(m))
        })
}

/// The words that open examples of what was named before them.
const EXAMPLE_MARKERS: &[&str] = &["such as ", "including ", "e.g", "for example", "like "];

/// Words before "personal information" that make it a part of it.
#[rustfmt::skip]
const QUALIFIERS: &[&str] = &[
    "other", "certain", "some", "such", "this", "that", "these", "those", "non", "more",
    "specific", "limited", "basic", "sensitive", "additional",
];

/// The demonstrative half of [`data_of_pronoun`].
fn data_of_demonstrative(
    taxonomy: &Taxonomy,
    norm: &str,
    practices: Arc<[Practice]>,
    before: &[Practice],
) -> Arc<[Practice]> {
    if !practices.iter().any(|p| demonstrative(norm, p)) {
        return practices;
    }
    practices
        .iter()
        .map(|p| {
            let mut p = p.clone();
            if demonstrative(norm, &p) {
                let at = p.objects.iter().map(|o| o.start).min().unwrap_or(0);
                // (Personal information named earlier in the clause but
                // read as no practice's is still the nearer antecedent: "we
                // may associate it with your personal information and
                // disclose that information".)
                let named = match antecedent_data(taxonomy, &practices, at) {
                    Some(named) => Some(named),
                    None if !GENERIC_NAMES.iter().any(|g| norm[..at].contains(g)) => {
                        antecedent_data(taxonomy, before, usize::MAX)
                    }
                    None => None,
                };
                if let Some(named) = named {
                    p.data = named;
                }
            }
            p
        })
        .collect()
}
