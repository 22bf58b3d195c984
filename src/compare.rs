//! Stage 5 — comparison: semantic differences between two versions, as
//! findings that quote their evidence and say why.
//!
//! Two views are combined. The *whole-policy* view compares the sets of
//! practices — who receives data, which data is shared or collected, for
//! which purposes, which promises ("we do not sell") and which choices
//! (opt-out, opt-in) exist — so a sharing clause that only moved is no
//! finding, and a promise dropped in one section and a new sharing clause in
//! another become one story. The *pair* view compares aligned clauses for
//! what only shows side by side: conditions added or removed, retention
//! lengthened.
//!
//! Every rule is written once, for "present in one version and not the
//! other", and applied in both directions; so swapping the versions turns
//! every widening into a narrowing (a property the tests check).

use crate::align::{Alignment, ChangeKind, ClausePair};
use crate::extract::opt_out_method::Method;
use crate::extract::said::Statements;
use crate::extract::{Choice, ExtractedClause, Practice, Retention, discloses};
use crate::taxonomy::{
    AI_TRAINING, DEIDENTIFIED_DATA, GENERIC_DATA, Kind, LEGAL, OTHER_PURPOSES, OTHER_USERS, PUBLIC,
    THIRD_PARTIES, TRACKERS, Taxonomy,
};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};

/// Whether a change gives the company more room with people's data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Widens,
    Narrows,
    Neutral,
}

impl Direction {
    fn mirror(self) -> Direction {
        match self {
            Direction::Widens => Direction::Narrows,
            Direction::Narrows => Direction::Widens,
            Direction::Neutral => Direction::Neutral,
        }
    }
}

/// How much a finding matters; see [`severity`] for the rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Low,
    Medium,
    High,
}

/// A quotable piece of one version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    pub text: String,
    pub lines: [usize; 2],
    pub section: Vec<String>,
    pub clause: String,
    /// For a list item whose practices come from the sentence that
    /// introduces its list ("We may share it with companies who are:" /
    /// "Trusted partners."): that sentence, without which the item quotes
    /// nothing a reader can check.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead_in: Option<LeadIn>,
    /// For a table cell whose practices its row states ("Usage data",
    /// under "Categories of personal data", in the row of "Advertising
    /// partners"): the row's cell naming its parties (in a table of uses,
    /// its purposes), and the header.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub table_row: Option<TableRow>,
}

/// The row a quoted table cell lies in: the clause naming the row's
/// parties or purposes, and the table's header labels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TableRow {
    pub text: String,
    pub lines: [usize; 2],
    pub clause: String,
    /// The header row's text (its labels, run together), if the table
    /// has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header: Option<String>,
}

/// The sentence introducing a list, quoted beside an item of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LeadIn {
    pub text: String,
    pub lines: [usize; 2],
    pub clause: String,
}

/// One semantic change, with its proof.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// `F1`, `F2`, … in report order.
    pub id: String,
    pub kind: String,
    pub direction: Direction,
    pub severity: Severity,
    pub data: Vec<String>,
    pub recipients: Vec<String>,
    pub purposes: Vec<String>,
    /// Parties the data comes from (`new_source`, `source_removed`):
    /// recipient ids, as the extractor's `sources`. Omitted when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// Countries and regions where data is kept, processed or sent
    /// (`new_location`, `location_removed`): `locations` ids, as the
    /// extractor's. Omitted when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub locations: Vec<String>,
    pub old: Option<Evidence>,
    pub new: Option<Evidence>,
    /// How the two pieces of evidence relate: `aligned` (the same clause in
    /// both versions, so a word diff is meaningful), `related` (clauses about
    /// the same data or recipients elsewhere in the policy) or `none`.
    pub link: Link,
    pub why: String,
    /// Stable across reruns and unrelated edits: kind, terms and evidence text.
    pub fingerprint: String,
    /// Listed in a `--baseline` file: reported, but never fails the build.
    pub acknowledged: bool,
}

/// How a finding's old and new evidence relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Link {
    Aligned,
    Related,
    None,
}

/// Whether a practice passes its data to its recipients as the policy's
/// disclosure. Other users, or the public, passing on what they saw
/// ("people you share with may re-share this content with others",
/// "anyone who can see it can share it with others") are not the company
/// disclosing it: that they get the data is the fact (their being the
/// actor), not whom they pass it to.
fn reaches_recipients(p: &Practice) -> bool {
    discloses(&p.action) && p.actor != OTHER_USERS && p.actor != PUBLIC
}

/// Data types whose sharing is high-severity on its own.
const SENSITIVE: &[&str] = &[
    "phone-number",
    "contacts",
    "location",
    "precise-location",
    "health",
    "biometrics",
    "genetic-data",
    "financial",
    "government-identifier",
    "sensitive-information",
    "content",
];

/// The purpose of a recipient using data for itself ("for their own
/// marketing purposes").
const RECIPIENTS_OWN_PURPOSES: &str = "recipients-own-purposes";

/// Purposes whose appearance is high-severity on its own.
/// (A recipient's own purposes make a disclosure to it a sale in all but name.)
const HIGH_PURPOSES: &[&str] = &["advertising", AI_TRAINING, RECIPIENTS_OWN_PURPOSES];
/// (Profiling decides things about people: prices, premiums, credit, jobs.)
const MEDIUM_PURPOSES: &[&str] = &["marketing", "suggestions", "personalization", "profiling"];
/// Purposes that serve the user or the law rather than the company's reach:
/// their appearance or disappearance is reported as neutral.
const BENIGN_PURPOSES: &[&str] = &["basic-service", "security", "legal"];

/// Which side of the comparison a fact or clause belongs to.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Side {
    Old,
    New,
}

/// The facts of one version, with the clauses that state them. `history`
/// keeps each version's, which it compares once as new and once as old.
#[derive(Default)]
pub struct Facts {
    /// (fact kind, id) → clauses (in order) stating it.
    positive: BTreeMap<(FactKind, String), Vec<usize>>,
    /// Negated practices: (clause, practice index).
    promises: Vec<(usize, usize)>,
    /// (choice kind, whether it governs a disclosure) → (clause, practice
    /// index) offering it. A choice over sharing is told apart from the
    /// rest: dropping "you can opt out of our sharing with partners" is a
    /// widening even where "you can opt out of our emails" stays.
    choices: BTreeMap<(String, bool), Vec<(usize, usize)>>,
    /// (clause, recipient, data type or `*`) of every disclosure.
    shared_pairs: Vec<(usize, String, String)>,
    /// What promises allow: on consent ("we will not share your health
    /// data without your consent"), or in the cases they except ("… with
    /// anyone except service providers"). Facts the other version may
    /// state outright ("we will ask for your consent before sharing your
    /// health data", "we share your data only with service providers"),
    /// so neither is missing there. They report nothing of their own: the
    /// promise is compared as a promise.
    allowed: BTreeSet<(FactKind, String)>,
    /// Those promises, by whether they govern a disclosure: opt-ins the
    /// other version's may be.
    consent_offers: BTreeMap<bool, Vec<(usize, usize)>>,
    /// (clause, whether told apart — denied, or going on past a choice —,
    /// purpose, data type) of every practice
    /// naming data for a purpose the severity rule weighs highest
    /// ([`HIGH_PURPOSES`]: advertising, AI training, the recipients' own):
    /// data put to a purpose the other version states only for other data.
    /// (Not the medium ones: marketing, personalisation and profiling are
    /// read into so many uses that the pairs they make come and go with
    /// rewording.)
    purpose_pairs: Vec<(usize, bool, String, String)>,
}

/// (clause, recipient, data type or `*` when none is named) of every disclosure.
fn facts_pairs(clauses: &[ExtractedClause]) -> Vec<(usize, String, String)> {
    let mut out = Vec::new();
    for (ci, c) in clauses.iter().enumerate() {
        for p in c
            .practices
            .iter()
            .filter(|p| !p.negated && reaches_recipients(p))
        {
            for r in &p.recipients {
                if p.data.is_empty() {
                    out.push((ci, r.clone(), "*".to_string()));
                }
                for d in compared_data(p) {
                    out.push((ci, r.clone(), d.to_string()));
                }
            }
        }
    }
    out
}

/// The data a practice passes or gathers, as the diff weighs it: kinds
/// named de-identified ("aggregated location data") as the de-identified
/// kind, so location once shared only aggregated and then shared as it is
/// reads as new data for the partner.
fn compared_data(p: &Practice) -> impl Iterator<Item = &str> {
    let named: &[String] = if p.deidentified { &[] } else { &p.data };
    named
        .iter()
        .map(String::as_str)
        .chain(p.deidentified.then_some(DEIDENTIFIED_DATA))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum FactKind {
    Recipient,
    Sells,
    SharedData,
    Purpose,
    CollectedData,
    /// A party the company obtains data from.
    Source,
    /// A country or region where data is kept, processed or sent.
    Location,
}

pub fn facts(clauses: &[ExtractedClause]) -> Facts {
    let mut f = Facts {
        shared_pairs: facts_pairs(clauses),
        ..Facts::default()
    };
    for (ci, c) in clauses.iter().enumerate() {
        for (pi, p) in c.practices.iter().enumerate() {
            // (A promise, or a practice said to go on past a choice, is
            // compared as that: it covers, it reports nothing.)
            let told_apart = p.negated || p.despite.is_some();
            for pu in p
                .purposes
                .iter()
                .filter(|pu| HIGH_PURPOSES.contains(&pu.as_str()))
            {
                for d in compared_data(p).filter(|d| *d != DEIDENTIFIED_DATA) {
                    f.purpose_pairs
                        .push((ci, told_apart, pu.clone(), d.to_string()));
                }
            }
            if p.negated {
                if !is_retention_limit(p, &c.clause.text) {
                    f.promises.push((ci, pi));
                }
                // (What a promise excepts, it states: "we do not share
                // your data with anyone except service providers" shares
                // with them, "… for any purpose other than providing
                // services to us" uses it for that. The exception's terms
                // are taken for whatever kind they are.)
                // (Excepted from everyone, "anyone other than those who
                // send or receive them", the parties excepted are unknown:
                // not everyone.)
                if p.has_exception() {
                    let mut q = p.clone();
                    let terms = p.condition.as_ref().map_or(&[][..], |c| &c.terms[..]);
                    if terms.is_empty() {
                        let everyone = |r: &str| r == THIRD_PARTIES || r == PUBLIC;
                        q.recipients.retain(|r| !everyone(r));
                        if everyone(&q.actor) {
                            q.actor = "first-party".to_string();
                        }
                    }
                    for list in [&mut q.recipients, &mut q.data] {
                        merge(list, terms);
                    }
                    allow(&mut f.allowed, &q);
                }
                // (So does one kept until legal process compels it: "we will
                // never hand your health data to law enforcement without a
                // court order" names the authorities as who may get it.)
                if p.condition
                    .as_ref()
                    .is_some_and(|c| process_withheld(&c.text))
                {
                    allow(&mut f.allowed, p);
                }
                if p.condition
                    .as_ref()
                    .is_some_and(|c| consent_withheld(&c.text))
                {
                    allow(&mut f.allowed, p);
                    f.consent_offers
                        .entry(discloses(&p.action))
                        .or_default()
                        .push((ci, pi));
                }
                continue;
            }
            let mut add = |k: FactKind, id: &str| {
                let v = f.positive.entry((k, id.to_string())).or_default();
                if v.last() != Some(&ci) {
                    v.push(ci);
                }
            };
            stated_facts(p, &mut add);
            // Data the company uses, it has: "we process the messages you
            // send" answers "we collect the content of your messages" (it
            // reports nothing of its own). Not its cookies: collected-data
            // facts carry no party, and the company's own would hide a
            // partner's new ones.
            if p.action == "use" && p.actor == "first-party" {
                for d in compared_data(p).filter(|d| *d != TRACKERS) {
                    f.allowed.insert((FactKind::CollectedData, d.to_string()));
                }
            }
            // (Withholding nothing named is no choice to compare: "if you
            // do not agree with this policy, do not use our services", "we
            // cannot process your request if you do not provide sufficient
            // detail" come and go with the boilerplate around them.)
            let withholds_nothing = |ch: &Choice| {
                ch.kind == "optional"
                    && p.data.is_empty()
                    && p.recipients.is_empty()
                    && p.purposes.is_empty()
            };
            if let Some(ch) = p.choice.as_ref().filter(|ch| !withholds_nothing(ch)) {
                f.choices
                    .entry((ch.kind.clone(), discloses(&p.action)))
                    .or_default()
                    .push((ci, pi));
            }
        }
    }
    f
}

/// A purpose new (or gone) that a promise's or a choice's finding tells is
/// not told again. A purpose new (or gone) in a clause whose promise
/// turned around in place is that promise's story: "we do not use the content of your
/// messages to train our AI models" → "we may use …" is a negation
/// dropped, and a new purpose of AI training beside it would tell it twice
/// (and say, wrongly, that the old version never named the purpose). So is
/// one in the clause a dropped promise is quoted beside: "… no longer
/// makes that promise, and says it uses messages for AI training" beside
/// "Your messages help us improve our AI features". So is one anywhere
/// when the promise was about the company's own use of that data: "Your
/// conversations may be reviewed to improve our AI features" is the same
/// story as the promise on messages turned. (Not a promise about sharing:
/// "we do not share it with third parties for their marketing" gone
/// leaves the company's own new marketing a story of its own.)
fn drop_purposes_told_elsewhere(out: &mut Vec<Finding>) {
    struct Turned {
        new: bool,
        clause: Option<String>,
        purposes: Vec<String>,
        /// The data of a promise on the company's own use (no recipient).
        own_use: Option<Vec<String>>,
    }
    let turned: Vec<Turned> = out
        .iter()
        .filter_map(|g| {
            let (new, e) = match g.kind.as_str() {
                "negation_dropped" | "promise_dropped" => (true, g.new.as_ref()),
                // (A choice gone with the purpose it was over: "we share your
                // location with advertisers only if you turn on
                // location-based ads" → "… with advertisers" tells the
                // advertising with the choice, no purpose dropped.)
                "negation_added" | "choice_removed" | "limited_choice_removed" => {
                    (false, g.old.as_ref())
                }
                _ => return None,
            };
            let promise = !g.kind.contains("choice");
            Some(Turned {
                new,
                clause: e.map(|e| e.clause.clone()),
                purposes: g.purposes.clone(),
                own_use: (promise && g.recipients.is_empty() && !g.data.is_empty())
                    .then(|| g.data.clone()),
            })
        })
        .collect();
    if turned.is_empty() {
        return;
    }
    out.retain(|f| {
        let (new, e) = match f.kind.as_str() {
            "new_purpose" => (true, &f.new),
            "purpose_removed" => (false, &f.old),
            _ => return true,
        };
        let Some(e) = e else { return true };
        !turned.iter().any(|t| {
            t.new == new
                && f.purposes.iter().all(|u| t.purposes.contains(u))
                && (t.clause.as_ref() == Some(&e.clause)
                    || t.own_use.as_ref().is_some_and(|data| {
                        !f.data.is_empty() && f.data.iter().all(|d| data.contains(d))
                    }))
        })
    });
}

/// Records what a promise allows (on consent, or in its exceptions): who
/// gets or takes what, not what for — a purpose allowed only there ("we
/// will not share your phone number for marketing without your consent")
/// is no cover for one the other version states outright ("we may use your
/// information to send you marketing").
fn allow(allowed: &mut BTreeSet<(FactKind, String)>, p: &Practice) {
    stated_facts(p, |k, id| {
        if k != FactKind::Purpose {
            allowed.insert((k, id.to_string()));
        }
    });
}

/// The facts a practice states, as (kind, id): its recipients and the data
/// it passes, a sale, another party acting, the data collected, sources,
/// places and purposes.
fn stated_facts(p: &Practice, mut add: impl FnMut(FactKind, &str)) {
    if reaches_recipients(p) {
        for r in &p.recipients {
            add(FactKind::Recipient, r);
        }
        for d in compared_data(p) {
            add(FactKind::SharedData, d);
        }
    }
    if p.action == "sell" {
        add(FactKind::Sells, "sale");
    }
    if p.actor != "first-party" {
        add(FactKind::Recipient, &p.actor);
    }
    if p.action == "collect" {
        for d in compared_data(p) {
            add(FactKind::CollectedData, d);
        }
    } else if p.action == "use" && p.actor != "first-party" && p.data.iter().any(|d| d == TRACKERS)
    {
        // Cookies used are cookies placed: "advertisers may use cookies
        // to collect information about your visits" ↔ "… may place
        // cookies to gather data about your visits".
        add(FactKind::CollectedData, TRACKERS);
    }
    for s in &p.sources {
        add(FactKind::Source, s);
    }
    for l in &p.locations {
        add(FactKind::Location, l);
    }
    for pu in &p.purposes {
        add(FactKind::Purpose, pu);
    }
}

/// "Not retained beyond 2 years" limits retention; it promises nothing
/// about whether data is kept, so it is compared as retention, not as a promise.
fn is_retention_limit(p: &Practice, text: &str) -> bool {
    if p.action != "retain" {
        return false;
    }
    let t = crate::taxonomy::normalize(text);
    p.retention().is_some()
        || [" beyond ", " longer than ", " more than ", " after "]
            .iter()
            .any(|w| t.contains(w))
}

/// A recipient present on one side only, as a finding reports it; several
/// when one sentence first names them together and they get the same data
/// for the same purposes.
struct RecipientReport {
    ids: Vec<String>,
    /// The clause that first names them.
    first: usize,
    /// Where the other side names a broader group, if it does.
    broader: Option<usize>,
    data: Vec<String>,
    purposes: Vec<String>,
    /// For an international transfer: the countries and regions it names.
    locations: Vec<String>,
    /// Whether every practice that gives them data gives it de-identified.
    deidentified: bool,
    /// The purposes the company passes data on for (not only the
    /// parties' own use names).
    passed_purposes: Vec<String>,
}

impl RecipientReport {
    /// Whether `other` tells the same story, for another recipient.
    fn joins(&self, other: &RecipientReport) -> bool {
        let abroad = |r: &RecipientReport| r.ids.iter().any(|i| i == crate::taxonomy::ABROAD);
        self.first == other.first
            && self.broader.is_some() == other.broader.is_some()
            && self.data == other.data
            && self.purposes == other.purposes
            && !abroad(self)
            && !abroad(other)
    }
}

/// How many (removed, added) clause pairs [`Comparison::rewritten_pairs`]
/// looks through at most: some 500 clauses rewritten on each side.
const REWRITTEN_PAIRS_MAX: usize = 250_000;

/// Everything needed to compare: both versions, their alignment, the vocabulary.
pub struct Comparison<'a> {
    pub old: &'a [ExtractedClause],
    pub new: &'a [ExtractedClause],
    pub alignment: &'a Alignment,
    pub taxonomy: &'a Taxonomy,
}

impl<'a> Comparison<'a> {
    fn clauses(&self, side: Side) -> &'a [ExtractedClause] {
        match side {
            Side::Old => self.old,
            Side::New => self.new,
        }
    }

    fn other(side: Side) -> Side {
        match side {
            Side::Old => Side::New,
            Side::New => Side::Old,
        }
    }

    /// Whether clause `ci` of `side` stands in the other version as it is
    /// (word for word, cosmetically changed or moved).
    fn kept_as_is(&self, side: Side, ci: usize) -> bool {
        self.alignment.pairs.iter().any(|p| {
            let at = match side {
                Side::Old => p.old,
                Side::New => p.new,
            };
            at == Some(ci)
                && matches!(
                    p.kind,
                    ChangeKind::Unchanged | ChangeKind::Cosmetic | ChangeKind::Moved
                )
        })
    }

    /// The clause on the other side aligned with clause `ci` of `side`.
    fn counterpart(&self, side: Side, ci: usize) -> Option<usize> {
        match side {
            Side::Old => self.alignment.old_to_new[ci],
            Side::New => self.alignment.new_to_old[ci],
        }
    }

    fn evidence(&self, side: Side, ci: usize) -> Evidence {
        let clauses = self.clauses(side);
        let ec = &clauses[ci];
        let c = &ec.clause;
        let lead_in = c
            .lead_in
            .and_then(|i| clauses.get(i))
            .filter(|l| {
                ec.practices.iter().any(|p| {
                    p.inherited_from
                        .as_deref()
                        .is_some_and(|f| l.clause.id.is(f))
                })
            })
            .map(|l| LeadIn {
                text: l.clause.text.to_string(),
                lines: l.clause.lines,
                clause: l.clause.id.to_string(),
            });
        let table_row = table_row(clauses, ci);
        Evidence {
            text: c.text.to_string(),
            lines: c.lines,
            section: c.section.to_vec(),
            clause: c.id.to_string(),
            lead_in,
            table_row,
        }
    }

    fn kind_of(fk: FactKind) -> Kind {
        match fk {
            FactKind::Recipient | FactKind::Source => Kind::Recipient,
            FactKind::Location => Kind::Location,
            FactKind::Purpose => Kind::Purpose,
            FactKind::Sells => Kind::Action,
            _ => Kind::Data,
        }
    }

    /// Whether a strict ancestor of `id` is stated in `facts`.
    fn ancestor_present(&self, facts: &Facts, fk: FactKind, id: &str) -> bool {
        self.taxonomy
            .ancestors(Self::kind_of(fk), id)
            .iter()
            .skip(1)
            .any(|a| facts.positive.contains_key(&(fk, a.clone())))
    }

    /// Whether a strict descendant of `id` is stated in `facts` (one not
    /// a hashed kind, with `unhashed`).
    fn descendant_present(&self, facts: &Facts, fk: FactKind, id: &str, unhashed: bool) -> bool {
        facts
            .positive
            .range((fk, String::new())..)
            .take_while(|((k, _), _)| *k == fk)
            .any(|((_, other), _)| {
                other != id
                    && self.taxonomy.is_within(Self::kind_of(fk), other, id)
                    && !(unhashed && hashed(self.taxonomy, other))
            })
    }

    /// The first clause on `side` where a broader group than recipient `id`
    /// receives data in substance: a disclosure to it that states no
    /// purpose, or one beyond the benign ones. "We share it with third
    /// parties when the law requires" does not cover a new "We share it
    /// with advertisers". It is the evidence of a recipient only named more
    /// (or less) precisely.
    fn broader_sharing(&self, side: Side, facts: &Facts, id: &str) -> Option<usize> {
        let ancestors = self.taxonomy.ancestors(Kind::Recipient, id);
        ancestors.iter().skip(1).find_map(|a| {
            let clauses = facts.positive.get(&(FactKind::Recipient, a.clone()))?;
            clauses.iter().copied().find(|&ci| {
                self.clauses(side)[ci].practices.iter().any(|p| {
                    !p.negated
                        && p.recipients.iter().any(|r| r == a)
                        && (p.purposes.is_empty()
                            || p.purposes
                                .iter()
                                .any(|u| !BENIGN_PURPOSES.contains(&u.as_str())))
                })
            })
        })
    }

    /// All findings, unsorted and unnumbered, given the [`facts`] of both versions.
    pub fn findings(&self, old_f: &Facts, new_f: &Facts) -> Vec<Finding> {
        let mut out = Vec::new();
        // "Present on `side`, absent on the other": added when side = New.
        for (side, mine, theirs) in [(Side::New, new_f, old_f), (Side::Old, old_f, new_f)] {
            self.fact_findings(side, mine, theirs, &mut out);
            self.promise_findings(side, mine, theirs, &mut out);
            self.choice_findings(side, mine, theirs, &mut out);
        }
        self.pair_findings(&mut out);
        self.unpaired_retention_findings(&mut out);
        self.notice_findings(&mut out);
        self.advance_notice_findings(&mut out);
        self.signal_findings(&mut out);
        self.safeguard_findings(&mut out);
        self.device_scope_findings(&mut out);
        self.opt_out_method_findings(&mut out);
        self.despite_findings(&mut out);
        self.background_findings(&mut out);
        drop_purposes_told_elsewhere(&mut out);
        // What a why quotes was read from normalised text: quote it as the
        // policy writes it, where its evidence holds it ("as that term is
        // defined under the CCPA", not "… the ccpa").
        for f in &mut out {
            let texts: Vec<&str> = [&f.old, &f.new]
                .into_iter()
                .flatten()
                .map(|e| e.text.as_str())
                .collect();
            f.why = quoted_as_written(&f.why, &texts);
        }
        out
    }

    /// Collection said to go on in the background, while the app is not
    /// in use ("we may collect location information when the app is
    /// running in the background"), on one side only: the same data taken
    /// at times the user does not see. Matched by data, named more
    /// precisely or more generally alike (either naming none matches); one
    /// finding a clause, quoted beside the other version's first
    /// collection of that data.
    fn background_findings(&self, out: &mut Vec<Finding>) {
        // The data each background clause collects.
        let collected = |p: &Practice| p.action == "collect" && !p.negated;
        let behind = |side: Side| -> Vec<(usize, Vec<String>)> {
            self.clauses(side)
                .iter()
                .enumerate()
                .filter(|(_, c)| c.said.get().background)
                .filter_map(|(ci, c)| {
                    let mut data: Vec<String> = Vec::new();
                    let mut any = false;
                    for p in c.practices.iter().filter(|p| collected(p)) {
                        any = true;
                        for d in &p.data {
                            if !data.contains(d) {
                                data.push(d.clone());
                            }
                        }
                    }
                    any.then_some((ci, data))
                })
                .collect()
        };
        // (Data named more precisely or more generally is the same:
        // "location" and "precise location".)
        let related = |x: &String, y: &String| {
            self.taxonomy.is_within(Kind::Data, x, y) || self.taxonomy.is_within(Kind::Data, y, x)
        };
        let overlaps = |a: &[String], b: &[String]| {
            a.is_empty() || b.is_empty() || a.iter().any(|x| b.iter().any(|y| related(x, y)))
        };
        let (old, new) = (behind(Side::Old), behind(Side::New));
        // (A clause whose limit on the collection is reported gone or
        // added — "only while you are using the app" → "including when the
        // app is running in the background" — says it once.)
        let limit_told = |side: Side, ci: usize, out: &[Finding]| {
            let id = self.clauses(side)[ci].clause.id.to_string();
            out.iter().any(|f| {
                let evidence = if side == Side::New { &f.new } else { &f.old };
                f.kind.starts_with("condition_")
                    && evidence.as_ref().is_some_and(|e| e.clause == id)
            })
        };
        for (side, mine, theirs) in [(Side::New, &new, &old), (Side::Old, &old, &new)] {
            for (ci, data) in mine {
                if theirs.iter().any(|(_, d)| overlaps(data, d)) || limit_told(side, *ci, out) {
                    continue;
                }
                let what = self.data_phrase(data);
                let (kind, dir, why) = if side == Side::New {
                    (
                        "collected_in_background",
                        Direction::Widens,
                        format!(
                            "The new version says it collects {what} in the background, while the app is not in use; the old version did not."
                        ),
                    )
                } else {
                    (
                        "no_longer_collected_in_background",
                        Direction::Narrows,
                        format!(
                            "The new version no longer says it collects {what} in the background, while the app is not in use."
                        ),
                    )
                };
                // (Quoted beside the other version's collection of it.)
                let other = self.clauses(Self::other(side)).iter().position(|c| {
                    c.practices
                        .iter()
                        .any(|q| collected(q) && !q.data.is_empty() && overlaps(&q.data, data))
                });
                let terms = Terms {
                    data: data.clone(),
                    ..Terms::default()
                };
                let mut f = self.finding(side, *ci, kind, dir, terms, why, None);
                f.severity = Severity::Medium;
                if f.link == Link::None && other.is_some() {
                    self.quote_other(&mut f, side, other);
                }
                out.push(f);
            }
        }
    }

    /// A practice said to go on past a kind of choice ("even if you opt
    /// out, we may still use your activity to show you ads", "opting out
    /// does not stop us sharing your data with advertising partners"), on
    /// one side only: added, the choice leaves that practice alone, so it
    /// reaches less than it did. Matched by choice, action and — where
    /// both name some — data or recipients; one finding a clause, quoted
    /// beside the other version's first offer of that choice.
    fn despite_findings(&self, out: &mut Vec<Finding>) {
        let past = |side: Side| {
            self.clauses(side).iter().enumerate().flat_map(|(ci, c)| {
                c.practices
                    .iter()
                    .filter(|p| p.despite.is_some())
                    .map(move |p| (ci, p))
            })
        };
        let overlaps = |a: &[String], b: &[String]| {
            a.is_empty() || b.is_empty() || a.iter().any(|x| b.contains(x))
        };
        for side in [Side::New, Side::Old] {
            let other = Self::other(side);
            let mut told = BTreeSet::new();
            for (ci, p) in past(side) {
                let kind = p.despite.as_deref().unwrap_or_default();
                // (What goes on only for the service, security or the law
                // is no reach taken back: "even if you opt out, we will
                // still share it with our affiliates for security".)
                if !p.purposes.is_empty()
                    && p.purposes
                        .iter()
                        .all(|x| BENIGN_PURPOSES.contains(&x.as_str()))
                {
                    continue;
                }
                let covered = past(other).any(|(_, q)| {
                    q.despite == p.despite
                        && q.action == p.action
                        && overlaps(&p.data, &q.data)
                        && overlaps(&p.recipients, &q.recipients)
                });
                if covered || !told.insert(ci) {
                    continue;
                }
                let terms = Terms::of(p);
                let act = self.act_phrase(&[p.action.as_str()], &terms);
                let after = match kind {
                    "opt-out" => "even after people opt out".to_string(),
                    "deletion" => "even after people ask for their data to be deleted".to_string(),
                    "settings" => "whatever people set in their privacy settings".to_string(),
                    _ => format!(
                        "whatever people choose ({})",
                        self.taxonomy.label(Kind::Choice, kind)
                    ),
                };
                let (fkind, dir, why) = if side == Side::New {
                    (
                        "choice_narrowed",
                        Direction::Widens,
                        format!(
                            "The new version says it can still {act} {after}; the old version did not."
                        ),
                    )
                } else {
                    (
                        "choice_widened",
                        Direction::Narrows,
                        format!("The new version no longer says it can still {act} {after}."),
                    )
                };
                // (As weighty as the disclosure it lets go on.)
                let fact = discloses(&p.action).then_some(FactKind::SharedData);
                let mut f = self.finding(side, ci, fkind, dir, terms, why, fact);
                if f.link == Link::None {
                    let offer = self.first_offer(other, kind);
                    if offer.is_some() {
                        self.quote_other(&mut f, side, offer);
                    }
                }
                out.push(f);
            }
        }
    }

    /// The first clause on `side` offering a choice of `kind` ("opt-out"):
    /// where a finding about that choice's reach is quoted beside.
    fn first_offer(&self, side: Side, kind: &str) -> Option<usize> {
        self.clauses(side).iter().position(|c| {
            c.practices
                .iter()
                .any(|p| p.choice.as_ref().is_some_and(|ch| ch.kind == kind))
        })
    }

    /// The easiest way to opt out, where both versions name one: harder
    /// in the new ("by clicking Do Not Sell" → "by mailing a signed
    /// letter"), the opt-out is narrowed. Quoted from both versions.
    /// So for the easiest way to ask for deletion or use another right
    /// ("by emailing privacy@…" → "by calling us").
    fn opt_out_method_findings(&self, out: &mut Vec<Finding>) {
        self.method_finding(out, "opt out", |s| s.opt_out_method);
        self.method_finding(
            out,
            "make a privacy request (deletion or another right)",
            |s| s.request_method,
        );
    }

    fn method_finding(
        &self,
        out: &mut Vec<Finding>,
        what: &str,
        method: impl Fn(&Statements) -> Option<Method>,
    ) {
        let easiest = |side: Side| {
            self.clauses(side)
                .iter()
                .enumerate()
                .filter_map(|(ci, c)| method(c.said.get()).map(|m| (m, ci)))
                .min()
        };
        let (Some((was, ci)), Some((now, cj))) = (easiest(Side::Old), easiest(Side::New)) else {
            return;
        };
        if was == now {
            return;
        }
        let (kind, dir) = if now > was {
            ("choice_narrowed", Direction::Widens)
        } else {
            ("choice_widened", Direction::Narrows)
        };
        let why = format!(
            "The new version's easiest way to {what} is {}; the old version's was {}.",
            now.label(),
            was.label()
        );
        out.push(self.one_sided_finding(
            Side::New,
            cj,
            (kind, dir, why),
            Severity::Medium,
            Some(ci),
        ));
    }

    /// An opt-out held to the browser or device where it was made, said on
    /// one side only, where both offer an opt-out: added, every opt-out
    /// reaches less ("your choice applies only to the browser you use").
    /// Quoted beside the other version's first opt-out.
    fn device_scope_findings(&self, out: &mut Vec<Finding>) {
        let said = |side: Side| {
            self.clauses(side)
                .iter()
                .position(|c| c.said.get().per_device)
        };
        let Some((side, ci)) = one_sided(said(Side::Old), said(Side::New)) else {
            return;
        };
        let Some(offered) = self.first_offer(Self::other(side), "opt-out") else {
            return;
        };
        let (kind, dir, why) = if side == Side::New {
            (
                "choice_narrowed",
                Direction::Widens,
                "The new version says an opt-out holds only on the browser or device where it was made; the old version did not limit it so.",
            )
        } else {
            (
                "choice_widened",
                Direction::Narrows,
                "The new version no longer says an opt-out holds only on the browser or device where it was made.",
            )
        };
        out.push(self.one_sided_finding(
            side,
            ci,
            (kind, dir, why.to_string()),
            Severity::Medium,
            Some(offered),
        ));
    }

    /// A finding about a statement one side makes and the other does not
    /// (notice of changes, signals, encryption, an opt-out's reach): the
    /// clause on `side` as evidence, and, unless the clause is aligned,
    /// the other side's clause `other` on the matter, if any.
    fn one_sided_finding(
        &self,
        side: Side,
        ci: usize,
        (kind, dir, why): (&str, Direction, String),
        severity: Severity,
        other: Option<usize>,
    ) -> Finding {
        let mut f = self.finding(side, ci, kind, dir, Terms::default(), why, None);
        f.severity = severity;
        if f.link == Link::None && other.is_some() {
            self.quote_other(&mut f, side, other);
        }
        f
    }

    /// A kind of encryption promised on one side only: dropped ("…
    /// encrypted at rest and in transit" → "… in transit"), data is
    /// readable where it was not. End-to-end encryption covers encryption
    /// in transit, and any kind covers encryption unqualified. Quoted beside
    /// the other version's first word on encryption, if it has one.
    fn safeguard_findings(&self, out: &mut Vec<Finding>) {
        use crate::extract::safeguards::Safeguard;
        let first = |side: Side, want: &dyn Fn(Safeguard) -> bool| {
            self.clauses(side)
                .iter()
                .position(|c| c.said.get().safeguards.iter().any(|&s| want(s)))
        };
        let covers = |s: Safeguard, other: Safeguard| {
            other == s
                || (s == Safeguard::InTransit && other == Safeguard::EndToEnd)
                || s == Safeguard::Encryption
        };
        // (Kinds first stated in one clause are one finding: "during
        // transmission and while stored".)
        let mut by_clause: BTreeMap<(Side, usize), Vec<Safeguard>> = BTreeMap::new();
        for s in Safeguard::ALL {
            let (old, new) = (first(Side::Old, &|x| x == s), first(Side::New, &|x| x == s));
            let Some((side, ci)) = one_sided(old, new) else {
                continue;
            };
            if first(Self::other(side), &|x| covers(s, x)).is_none() {
                by_clause.entry((side, ci)).or_default().push(s);
            }
        }
        for ((side, ci), kinds) in by_clause {
            let other = Self::other(side);
            let labels: Vec<&str> = kinds.iter().map(|s| s.label()).collect();
            let label = join_and(&labels);
            let (kind, dir, why) = if side == Side::Old {
                (
                    "safeguard_dropped",
                    Direction::Widens,
                    format!("The old version promised {label}; the new version no longer does."),
                )
            } else {
                (
                    "safeguard_added",
                    Direction::Narrows,
                    format!("The new version promises {label}; the old version did not."),
                )
            };
            // (Without end-to-end encryption the company itself can read
            // what people send each other.)
            let severity = if kinds.contains(&Safeguard::EndToEnd) {
                Severity::High
            } else {
                Severity::Medium
            };
            let said = first(other, &|_| true);
            out.push(self.one_sided_finding(side, ci, (kind, dir, why), severity, said));
        }
    }

    /// A browser privacy signal (Do Not Track, Global Privacy Control)
    /// honoured on one side only: dropped, the reader's one setting for
    /// every site no longer opts them out here. Quoted beside the other
    /// version's refusal, if it states one. A version says it honours a
    /// signal where any clause does.
    fn signal_findings(&self, out: &mut Vec<Finding>) {
        use crate::extract::signals::{Signal, Stance};
        let said = |side: Side, signal: Signal, want: Stance| {
            self.clauses(side)
                .iter()
                .position(|c| c.said.get().signals.contains(&(signal, want)))
        };
        for signal in Signal::ALL {
            let name = signal.label();
            let (old, new) = (
                said(Side::Old, signal, Stance::Honoured),
                said(Side::New, signal, Stance::Honoured),
            );
            let Some((side, ci)) = one_sided(old, new) else {
                continue;
            };
            let refused = said(Self::other(side), signal, Stance::Ignored);
            let (kind, dir, why) = if side == Side::Old {
                let now = if refused.is_some() {
                    "the new version says it does not respond to them"
                } else {
                    "the new version no longer says so"
                };
                (
                    "signal_no_longer_honoured",
                    Direction::Widens,
                    format!("The old version said it honours {name} signals; {now}."),
                )
            } else {
                let then = if refused.is_some() {
                    "the old version said it did not respond to them"
                } else {
                    "the old version did not say so"
                };
                (
                    "signal_honoured",
                    Direction::Narrows,
                    format!("The new version says it honours {name} signals; {then}."),
                )
            };
            // (An opt-out the browser sends: high, as an opt-out choice is.)
            out.push(self.one_sided_finding(side, ci, (kind, dir, why), Severity::High, refused));
        }
    }

    /// A promise to tell the reader of changes to the policy itself, made
    /// on one side only: dropped ("we will notify you by email before
    /// material changes take effect" → "we may change this policy at any
    /// time by posting it here"), every later change may pass unseen.
    /// Quoted beside the other version's own word on changes, if it has one.
    fn notice_findings(&self, out: &mut Vec<Finding>) {
        use crate::extract::notice::ChangeNotice;
        let read = |side: Side| -> (Option<usize>, Option<usize>) {
            let clauses = self.clauses(side);
            let said = |want: ChangeNotice| {
                clauses
                    .iter()
                    .position(|c| c.said.get().notice == Some(want))
            };
            (said(ChangeNotice::Direct), said(ChangeNotice::Posted))
        };
        let (old, new) = (read(Side::Old), read(Side::New));
        let Some((side, ci)) = one_sided(old.0, new.0) else {
            return;
        };
        let other = if side == Side::Old { new.1 } else { old.1 };
        let (kind, dir, why) = if side == Side::Old {
            (
                "change_notice_dropped",
                Direction::Widens,
                "The old version promised to tell readers directly of changes to the policy; the new version no longer does.",
            )
        } else {
            (
                "change_notice_added",
                Direction::Narrows,
                "The new version promises to tell readers directly of changes to the policy; the old version did not.",
            )
        };
        out.push(self.one_sided_finding(
            side,
            ci,
            (kind, dir, why.to_string()),
            Severity::Medium,
            other,
        ));
    }

    /// A promise to tell the reader before a practice, made on one side
    /// only: dropped ("we will notify you before we share your information
    /// with a new third party" → "we may share your information with third
    /// parties"), the same practice now happens unannounced. Disclosures
    /// and other practices are compared apart (notice before a sale kept
    /// does not stand for notice before a new use); each side's first
    /// clause of each is quoted. The practice told of is the clause's
    /// first that happens.
    fn advance_notice_findings(&self, out: &mut Vec<Finding>) {
        let told = |side: Side, disclosing: bool| {
            self.clauses(side).iter().enumerate().find_map(|(ci, c)| {
                if !c.said.get().advance_notice {
                    return None;
                }
                c.practices
                    .iter()
                    .position(|p| p.happens() && discloses(&p.action) == disclosing)
                    .map(|pi| (ci, pi))
            })
        };
        for disclosing in [true, false] {
            let (old, new) = (told(Side::Old, disclosing), told(Side::New, disclosing));
            let Some((side, ci)) = one_sided(old.map(|o| o.0), new.map(|n| n.0)) else {
                continue;
            };
            let pi = old.or(new).map_or(0, |(_, pi)| pi);
            let p = &self.clauses(side)[ci].practices[pi];
            let act = self.act_phrase(&[p.action.as_str()], &Terms::of(p));
            let (kind, dir, why) = if side == Side::Old {
                (
                    "advance_notice_dropped",
                    Direction::Widens,
                    format!(
                        "The old version promised to tell people before it would {act}; the new version no longer does."
                    ),
                )
            } else {
                (
                    "advance_notice_added",
                    Direction::Narrows,
                    format!(
                        "The new version promises to tell people before it would {act}; the old version did not."
                    ),
                )
            };
            let mut f = self.one_sided_finding(side, ci, (kind, dir, why), Severity::Medium, None);
            f.data = p.data.clone();
            f.recipients = p.recipients.clone();
            out.push(f);
        }
    }

    /// New (or dropped) recipients, shared data, sales, purposes, collected data.
    /// Whether a version states a purpose of the company's own use, not
    /// only of what it passes on or others do: a use or collection of
    /// its own for it.
    fn own_use_for(&self, side: Side, purpose: &str) -> bool {
        // (The recipients' own purposes and "other purposes" are theirs by
        // name.)
        if purpose == RECIPIENTS_OWN_PURPOSES || purpose == crate::taxonomy::OTHER_PURPOSES {
            return false;
        }
        self.clauses(side)
            .iter()
            .flat_map(|c| c.practices.iter())
            // (Not a use only a choice presupposes: "you can opt out of
            // having your account information used for Facebook ads".)
            .any(|p| {
                !p.negated
                    && !p.presupposed
                    && p.actor == "first-party"
                    && !discloses(&p.action)
                    && p.purposes.iter().any(|u| u == purpose)
            })
    }

    fn fact_findings(&self, side: Side, mine: &Facts, theirs: &Facts, out: &mut Vec<Finding>) {
        let added = side == Side::New;
        let missing: Vec<(&(FactKind, String), &Vec<usize>)> = mine
            .positive
            .iter()
            .filter(|(k, _)| !theirs.positive.contains_key(k) && !theirs.allowed.contains(k))
            .collect();
        let mut consumed: BTreeSet<(FactKind, String)> = BTreeSet::new();
        // Recipients first: each carries the data and purposes that go to it.
        // (Recipients one sentence first names together, that get the same
        // data for the same purposes, are one finding: "the Facebook family
        // of companies" names the affiliates and Facebook.)
        let mut reports: Vec<RecipientReport> = Vec::new();
        for ((_, id), clauses) in missing
            .iter()
            .filter(|((fk, _), _)| *fk == FactKind::Recipient)
        {
            let broader = self.broader_sharing(Self::other(side), theirs, id);
            let mut data = Vec::new();
            let mut purposes = Vec::new();
            let mut locations = Vec::new();
            let (mut given, mut deidentified) = (false, true);
            let mut passed_purposes = Vec::new();
            for &ci in clauses.iter() {
                for p in self.clauses(side)[ci].practices.iter() {
                    let reached = reaches_recipients(p) && p.recipients.contains(id);
                    if !p.negated && (reached || p.actor == *id) {
                        merge(&mut data, &p.data);
                        merge(&mut purposes, &p.purposes);
                        if reached {
                            merge(&mut passed_purposes, &p.purposes);
                        }
                        if !p.data.is_empty() {
                            given = true;
                            deidentified &= p.deidentified;
                        }
                    }
                    // (A transfer abroad is of a piece with the keeping
                    // and handling its sentence places: "transferred to
                    // and processed in the United States and elsewhere";
                    // not a place the other version already named, "stored
                    // in the EU and may be transferred to China".)
                    if !p.negated && id == crate::taxonomy::ABROAD {
                        let new_places: Vec<String> = p
                            .locations
                            .iter()
                            .filter(|l| {
                                !theirs
                                    .positive
                                    .contains_key(&(FactKind::Location, (*l).clone()))
                            })
                            .cloned()
                            .collect();
                        merge(&mut locations, &new_places);
                    }
                }
            }
            // The evidence: the first clause that says what data the party
            // gets, rather than one that only names it ("we partner with
            // publishers and marketers across the globe").
            let gives_data = |ci: &usize| {
                self.clauses(side)[*ci].practices.iter().any(|p| {
                    !p.negated
                        && !p.data.is_empty()
                        && (p.recipients.contains(id) || p.actor == *id)
                })
            };
            let first = clauses
                .iter()
                .copied()
                .find(gives_data)
                .unwrap_or(clauses[0]);
            let report = RecipientReport {
                ids: vec![id.clone()],
                first,
                broader,
                data,
                purposes,
                locations,
                deidentified: given && deidentified,
                passed_purposes,
            };
            match reports.iter_mut().find(|r| r.joins(&report)) {
                Some(r) => {
                    r.ids.push(id.clone());
                    r.deidentified &= report.deidentified;
                    merge(&mut r.passed_purposes, &report.passed_purposes);
                }
                None => reports.push(report),
            }
        }
        // (Data and purposes a new recipient's finding tells.)
        let mut told: BTreeSet<(String, String)> = BTreeSet::new();
        for r in reports {
            let neutral = r.broader.is_some();
            if !neutral {
                // (Data given de-identified is the de-identified kind too.)
                if r.deidentified {
                    consumed.insert((FactKind::SharedData, DEIDENTIFIED_DATA.to_string()));
                }
                for d in &r.data {
                    consumed.insert((FactKind::SharedData, d.clone()));
                    for pu in &r.purposes {
                        told.insert((pu.clone(), d.clone()));
                    }
                }
                // (Not one only the parties' own use names that the company
                // states for its own use besides: "we use your posts to
                // train AI models" is news apart from "our providers may use
                // them to train their models".)
                for pu in &r.purposes {
                    if r.passed_purposes.contains(pu) || !self.own_use_for(side, pu) {
                        consumed.insert((FactKind::Purpose, pu.clone()));
                    }
                }
                // (A new transfer abroad names its countries; they are no
                // finding of their own.)
                for l in &r.locations {
                    consumed.insert((FactKind::Location, l.clone()));
                }
            }
            let (kind, dir) = match (added, neutral) {
                (true, false) => ("new_recipient", Direction::Widens),
                (false, false) => ("recipient_removed", Direction::Narrows),
                (true, true) => ("recipient_named", Direction::Neutral),
                (false, true) => ("recipient_unnamed", Direction::Neutral),
            };
            let why = self.why_recipient(added, neutral, &r, &r.ids);
            let mut f = self.finding(
                side,
                r.first,
                kind,
                dir,
                Terms {
                    data: r.data,
                    recipients: r.ids,
                    purposes: r.purposes,
                    locations: r.locations,
                    ..Terms::default()
                },
                why,
                Some(FactKind::Recipient),
            );
            // A recipient only named more (or less) precisely: with no
            // aligned clause, the evidence on the other side is where the
            // broader group is named, which is what the finding says.
            if let (Some(cj), false) = (r.broader, f.link == Link::Aligned) {
                self.quote_other(&mut f, side, Some(cj));
            }
            out.push(f);
        }
        // Known recipients receiving data they did not receive before.
        self.pair_facts(side, mine, theirs, &mut consumed, out);
        // Known purposes reaching data they did not reach before.
        self.purpose_facts(side, mine, theirs, &told, out);
        // The rest, grouped by the clause that first states them.
        let order = [
            FactKind::Sells,
            FactKind::SharedData,
            FactKind::Purpose,
            FactKind::CollectedData,
            FactKind::Source,
            FactKind::Location,
        ];
        for fk in order {
            let mut by_clause: BTreeMap<usize, Vec<String>> = BTreeMap::new();
            for ((k, id), clauses) in &missing {
                if *k != fk || consumed.contains(&(*k, id.clone())) {
                    continue;
                }
                if self.ancestor_present(theirs, fk, id) {
                    continue; // only named more precisely: no change in substance
                }
                // (Or, for collection, only named more generally: "we collect
                // your zip code" → "we collect your location", or "… your
                // email address" beside a new "we may combine the
                // information we collect" — a vaguer statement, no new data.)
                // (Or, when data is only named more precisely, the same:
                // "your location" → "your precise location" is no less
                // shared; so from the generic group, whose examples are
                // all a reading of "your personal information, including
                // your genetic data" keeps.)
                // (De-identified data beside data shared as it is says
                // nothing new: the data itself is what a reader weighs.)
                if fk == FactKind::SharedData
                    && id == DEIDENTIFIED_DATA
                    && theirs
                        .positive
                        .keys()
                        .any(|(k, other)| *k == fk && other != id)
                {
                    continue;
                }
                if matches!(fk, FactKind::CollectedData | FactKind::SharedData)
                    && self.descendant_present(theirs, fk, id, fk == FactKind::SharedData)
                {
                    continue;
                }
                by_clause.entry(clauses[0]).or_default().push(id.clone());
            }
            for (ci, ids) in by_clause {
                let benign = fk == FactKind::Purpose
                    && ids.iter().all(|i| BENIGN_PURPOSES.contains(&i.as_str()));
                // (A place no longer named where the new version names
                // none says less, not that data goes to fewer places: "stored
                // in the EU" dropped may well be a guarantee lost.)
                let unplaced = fk == FactKind::Location
                    && !added
                    && !theirs
                        .positive
                        .keys()
                        .any(|(k, _)| *k == FactKind::Location);
                let (kind, terms, why) = self.fact_text(fk, added, ci, side, ids);
                let dir = if benign || unplaced {
                    Direction::Neutral
                } else if added {
                    Direction::Widens
                } else {
                    Direction::Narrows
                };
                let mut f = self.finding(side, ci, kind, dir, terms, why, Some(fk));
                // (A place is best read beside the places the other version
                // names: "Ireland" → "any country where we operate".)
                if fk == FactKind::Location && f.link == Link::None {
                    let there = theirs
                        .positive
                        .iter()
                        .filter(|((k, _), _)| *k == FactKind::Location)
                        .filter_map(|(_, clauses)| clauses.first().copied())
                        .min();
                    if there.is_some() {
                        self.quote_other(&mut f, side, there);
                    }
                }
                out.push(f);
            }
        }
    }

    /// (recipient, data) pairs shared on `side` and not covered on the other
    /// (by hierarchy; a statement without data types covers every type).
    fn pair_facts(
        &self,
        side: Side,
        mine: &Facts,
        theirs: &Facts,
        consumed: &mut BTreeSet<(FactKind, String)>,
        out: &mut Vec<Finding>,
    ) {
        let t = self.taxonomy;
        let added = side == Side::New;
        let their_pairs: BTreeSet<(&str, &str)> = theirs
            .shared_pairs
            .iter()
            .map(|(_, r, d)| (r.as_str(), d.as_str()))
            .collect();
        let mut groups: BTreeMap<(usize, String), Vec<String>> = BTreeMap::new();
        for (ci, r, d) in &mine.shared_pairs {
            if d == "*"
                || !theirs
                    .positive
                    .contains_key(&(FactKind::Recipient, r.clone()))
            {
                continue; // unknown recipients are reported as new recipients
            }
            // Only a statement naming this data type, or a narrower group
            // than "personal information", covers it: "we share your
            // information with the public" does not announce that the name
            // and gender now go there too.
            let data_anc = t.ancestors(Kind::Data, d);
            let covering = &data_anc[..data_anc.len().saturating_sub(1).max(1)];
            let covered = t.ancestors(Kind::Recipient, r).iter().any(|ra| {
                covering
                    .iter()
                    .any(|da| their_pairs.contains(&(ra.as_str(), da.as_str())))
            });
            // Nor, as with collection, is data named more precisely for the
            // same recipient data no longer given it: "your location" →
            // "your precise location" still shares location (it does not
            // say the data stopped going there); nor, the other way round,
            // new data. So down from the generic group: "your personal
            // information" → "your personal information, including your
            // genetic data" still shares it (the reading keeps only the
            // examples, as it does of "your email address" alone).
            // (A hashed kind is no more precise naming: hashed → plain is
            // data newly shared.)
            let precise = || {
                their_pairs.iter().any(|&(tr, td)| {
                    tr == r && td != d && t.is_within(Kind::Data, td, d) && !hashed(t, td)
                })
            };
            // De-identified data beside the data itself, for the same
            // recipient, is no news either way: "location" → "aggregated
            // location" is told as location no longer given, the other way
            // round as location given anew.
            let deidentified = || {
                d == DEIDENTIFIED_DATA
                    && their_pairs
                        .iter()
                        .any(|&(tr, td)| tr == r && td != d && td != "*")
            };
            if !covered && !precise() && !deidentified() {
                let g = groups.entry((*ci, r.clone())).or_default();
                if !g.contains(d) {
                    g.push(d.clone());
                }
            }
        }
        // One finding per recipient, at the first clause that shares new data with it.
        let mut by_recipient: BTreeMap<String, (usize, Vec<String>)> = BTreeMap::new();
        for ((ci, r), ds) in groups {
            let e = by_recipient.entry(r).or_insert((ci, Vec::new()));
            merge(&mut e.1, &ds);
        }
        for (r, (ci, data)) in by_recipient {
            for d in &data {
                consumed.insert((FactKind::SharedData, d.clone()));
            }
            let what = self.data_phrase(&data);
            let gives = self.gives(&r, &what, &[]);
            // (Where the other version gives the recipient the data only
            // de-identified, it says so: that is the change.)
            let deidentified = r != crate::taxonomy::ABROAD
                && their_pairs.contains(&(r.as_str(), DEIDENTIFIED_DATA))
                && their_pairs
                    .iter()
                    .all(|&(tr, td)| tr != r || td == DEIDENTIFIED_DATA);
            let (kind, dir, why) = if added {
                let before = Self::gave(&r, "that");
                (
                    "new_data_for_recipient",
                    Direction::Widens,
                    if deidentified {
                        format!(
                            "The new version {gives}; the old version said it shared only aggregated or de-identified information with them."
                        )
                    } else {
                        format!("The new version {gives}; the old version did not say it {before}.")
                    },
                )
            } else {
                (
                    "data_no_longer_for_recipient",
                    Direction::Narrows,
                    if deidentified {
                        format!(
                            "The new version no longer says it {gives}, only aggregated or de-identified information."
                        )
                    } else {
                        format!("The new version no longer says it {gives}.")
                    },
                )
            };
            // (Quoted beside what the other version gives them, where
            // the passage found related is not that: "we never sell data
            // about you" is no evidence beside prompts sent to a model
            // provider where search queries went to a search provider.)
            // (The one giving them most of the data the finding names,
            // the first of those.)
            let (named, party) = (data.clone(), r.clone());
            let gives_them = |c: &ExtractedClause| {
                c.practices
                    .iter()
                    .filter(|p| {
                        !p.negated && reaches_recipients(p) && p.recipients.contains(&party)
                    })
                    .map(|p| 1 + p.data.iter().filter(|d| named.contains(d)).count())
                    .max()
            };
            let others = self.clauses(Self::other(side));
            let gave = others
                .iter()
                .enumerate()
                .filter_map(|(cj, c)| gives_them(c).map(|n| (n, std::cmp::Reverse(cj))))
                .max()
                .map(|(_, std::cmp::Reverse(cj))| cj);
            let terms = Terms {
                data,
                recipients: vec![r],
                purposes: Vec::new(),
                ..Terms::default()
            };
            let mut f = self.finding(side, ci, kind, dir, terms, why, Some(FactKind::SharedData));
            let quoted = match side {
                Side::New => f.old.as_ref(),
                Side::Old => f.new.as_ref(),
            };
            let quotes_them = quoted.is_some_and(|e| {
                others
                    .iter()
                    .find(|c| c.clause.id.is(&e.clause))
                    .is_some_and(|c| gives_them(c).is_some())
            });
            if f.link != Link::Aligned
                && !quotes_them
                && let Some(cj) = gave
            {
                self.quote_other(&mut f, side, Some(cj));
            }
            out.push(f);
        }
    }

    /// (purpose, data) pairs stated on `side` where the other version states
    /// the purpose, but not of that data: "we collect your email address to
    /// show you ads" beside an old version that showed ads only from
    /// cookies. A statement on the other side covers the pair when it names
    /// the purpose (or a broader one) and the data, a group it lies in
    /// ("your information") or a kind within it, denied or not: a promise
    /// "we do not use your location for advertising" dropped is the
    /// promise's finding. A purpose the other version never states is a
    /// new purpose, and data a new recipient's finding carries with its
    /// purposes is told there.
    fn purpose_facts(
        &self,
        side: Side,
        mine: &Facts,
        theirs: &Facts,
        told: &BTreeSet<(String, String)>,
        out: &mut Vec<Finding>,
    ) {
        let t = self.taxonomy;
        let added = side == Side::New;
        let mut by_purpose: BTreeMap<String, (usize, Vec<String>)> = BTreeMap::new();
        for (ci, told_apart, pu, d) in &mine.purpose_pairs {
            if *told_apart
                || (added && told.contains(&(pu.clone(), d.clone())))
                || !theirs
                    .positive
                    .contains_key(&(FactKind::Purpose, pu.clone()))
            {
                continue;
            }
            let covered = theirs.purpose_pairs.iter().any(|(_, _, tp, td)| {
                t.is_within(Kind::Purpose, pu, tp)
                    && (t.is_within(Kind::Data, d, td) || t.is_within(Kind::Data, td, d))
            });
            if !covered {
                let e = by_purpose.entry(pu.clone()).or_insert((*ci, Vec::new()));
                if !e.1.contains(d) {
                    e.1.push(d.clone());
                }
            }
        }
        for (pu, (ci, data)) in by_purpose {
            let what = self.data_phrase(&data);
            let label = t.label(Kind::Purpose, &pu);
            let (kind, dir, why) = if added {
                (
                    "new_data_for_purpose",
                    Direction::Widens,
                    format!(
                        "The new version uses {what} for {label}; the old version stated that purpose, but not for this data."
                    ),
                )
            } else {
                (
                    "data_no_longer_for_purpose",
                    Direction::Narrows,
                    format!("The new version no longer says it uses {what} for {label}."),
                )
            };
            let terms = Terms {
                data,
                purposes: vec![pu],
                ..Terms::default()
            };
            out.push(self.finding(side, ci, kind, dir, terms, why, Some(FactKind::Purpose)));
        }
    }

    fn fact_text(
        &self,
        fk: FactKind,
        added: bool,
        ci: usize,
        side: Side,
        ids: Vec<String>,
    ) -> (&'static str, Terms, String) {
        let t = self.taxonomy;
        let practices = &self.clauses(side)[ci].practices;
        let mut terms = Terms::default();
        match fk {
            FactKind::Sells => {
                let mut deidentified = true;
                for p in practices
                    .iter()
                    .filter(|p| p.action == "sell" && !p.negated)
                {
                    merge(&mut terms.data, &p.data);
                    merge(&mut terms.recipients, &p.recipients);
                    deidentified &= p.deidentified;
                }
                let what = self.data_phrase(&terms.data);
                // (Sold only de-identified, it is said so: "may sell device
                // information (aggregated or de-identified)".)
                let what = if deidentified
                    && !terms.data.is_empty()
                    && !terms.data.iter().any(|d| d == DEIDENTIFIED_DATA)
                {
                    format!("{what} (aggregated or de-identified)")
                } else {
                    what
                };
                // (An old denial is worth saying: "we do not sell …" became
                // "… but we may do so in the future".)
                let denied = self
                    .clauses(Self::other(side))
                    .iter()
                    .flat_map(|c| c.practices.iter())
                    .any(|p| p.action == "sell" && p.negated);
                let why = if added && denied {
                    format!(
                        "The new version says it may sell {what}; the old version said it did not sell data."
                    )
                } else if added {
                    format!(
                        "The new version says it may sell {what}; the old version did not mention selling data."
                    )
                } else {
                    format!("The new version no longer says it sells {what}.")
                };
                (
                    if added {
                        "now_sells"
                    } else {
                        "no_longer_sells"
                    },
                    terms,
                    why,
                )
            }
            FactKind::SharedData => {
                terms.data = ids;
                for p in practices
                    .iter()
                    .filter(|p| discloses(&p.action) && !p.negated)
                {
                    merge(&mut terms.recipients, &p.recipients);
                }
                let what = self.data_phrase(&terms.data);
                let why = if added {
                    format!(
                        "The new version shares {what}, which the old version did not say it shared."
                    )
                } else {
                    format!("The new version no longer says it shares {what}.")
                };
                (
                    if added {
                        "new_data_shared"
                    } else {
                        "data_no_longer_shared"
                    },
                    terms,
                    why,
                )
            }
            FactKind::Purpose => {
                terms.purposes = ids;
                for p in practices.iter().filter(|p| !p.negated) {
                    merge(&mut terms.data, &p.data);
                }
                let what = join_labels(t, Kind::Purpose, &terms.purposes);
                let why = if added {
                    format!(
                        "The new version uses data for {what}, a purpose the old version did not state."
                    )
                } else {
                    format!("The new version no longer says it uses data for {what}.")
                };
                (
                    if added {
                        "new_purpose"
                    } else {
                        "purpose_removed"
                    },
                    terms,
                    why,
                )
            }
            FactKind::Source => {
                for p in practices.iter().filter(|p| !p.negated) {
                    if p.sources.iter().any(|s| ids.contains(s)) {
                        merge(&mut terms.data, &p.data);
                    }
                }
                let what = self.data_phrase(&terms.data);
                let from = join_labels(t, Kind::Recipient, &ids);
                terms.sources = ids;
                let why = if added {
                    format!(
                        "The new version says it obtains {what} from {from}, a source the old version did not name."
                    )
                } else {
                    format!("The new version no longer says it obtains {what} from {from}.")
                };
                (
                    if added {
                        "new_source"
                    } else {
                        "source_removed"
                    },
                    terms,
                    why,
                )
            }
            FactKind::Location => {
                let placing: Vec<&Practice> = practices
                    .iter()
                    .filter(|p| !p.negated && p.locations.iter().any(|l| ids.contains(l)))
                    .collect();
                for p in &placing {
                    merge(&mut terms.data, &p.data);
                }
                let what = self.data_phrase(&terms.data);
                let place = join_labels(t, Kind::Location, &ids);
                // (Said as the clause says it: sent, kept, or handled.)
                let how = if placing.iter().all(|p| discloses(&p.action)) {
                    "transferred to"
                } else if placing.iter().all(|p| p.action == "retain") {
                    "stored in"
                } else {
                    "stored or processed in"
                };
                terms.locations = ids;
                let why = if added {
                    format!(
                        "The new version says {what} may be {how} {place}, which the old version did not name as a place data goes."
                    )
                } else {
                    format!("The new version no longer says {what} may be {how} {place}.")
                };
                (
                    if added {
                        "new_location"
                    } else {
                        "location_removed"
                    },
                    terms,
                    why,
                )
            }
            FactKind::CollectedData | FactKind::Recipient => {
                terms.data = ids;
                let what = self.data_phrase(&terms.data);
                // Said of whoever the clause says collects it: "our
                // advertising partners may place cookies" is not the
                // company collecting them (the party is reported as a
                // recipient as well).
                let mut collectors: Vec<String> = Vec::new();
                for p in practices.iter().filter(|p| {
                    p.action == "collect"
                        && !p.negated
                        && compared_data(p).any(|d| terms.data.iter().any(|x| x == d))
                }) {
                    merge(&mut collectors, std::slice::from_ref(&p.actor));
                }
                let others =
                    !collectors.is_empty() && collectors.iter().all(|a| a != "first-party");
                let why = match (added, others) {
                    (true, false) => format!(
                        "The new version collects {what}, which the old version did not say it collected."
                    ),
                    (false, false) => format!("The new version no longer says it collects {what}."),
                    (true, true) => format!(
                        "The new version says {} collect {what}, which the old version did not say was collected.",
                        join_labels(t, Kind::Recipient, &collectors)
                    ),
                    (false, true) => format!(
                        "The new version no longer says {} collect {what}.",
                        join_labels(t, Kind::Recipient, &collectors)
                    ),
                };
                (
                    if added {
                        "new_data_collected"
                    } else {
                        "data_no_longer_collected"
                    },
                    terms,
                    why,
                )
            }
        }
    }

    fn why_recipient(
        &self,
        added: bool,
        neutral: bool,
        r: &RecipientReport,
        ids: &[String],
    ) -> String {
        let t = self.taxonomy;
        let (data, purposes) = (&r.data, &r.purposes);
        let who = join_labels(t, Kind::Recipient, ids);
        let what = self.data_phrase(data);
        // (Data given only de-identified is said so: "shares health
        // information (aggregated or de-identified) with researchers".)
        let what = if r.deidentified && !data.iter().any(|d| d == DEIDENTIFIED_DATA) {
            format!("{what} (aggregated or de-identified)")
        } else {
            what
        };
        let why_for = if purposes.is_empty() {
            String::new()
        } else {
            format!(", for {}", join_labels(t, Kind::Purpose, purposes))
        };
        let gives = self.gives_all(ids, &what, &r.locations);
        match (added, neutral) {
            (true, false) => {
                let before = Self::gave(&ids[0], "data");
                format!(
                    "The new version {gives}{why_for}; the old version did not say it {before}."
                )
            }
            (false, false) => {
                format!("The new version no longer says it {gives}{why_for}.")
            }
            // (The vocabulary's group of companies named by name reads
            // "names named companies" where the name stands alone.)
            (true, true) if ids == ["named-companies"] => {
                "The new version names a company by name as a recipient, within a broader group \
                 the old version already named."
                    .to_string()
            }
            (false, true) if ids == ["named-companies"] => {
                "The new version no longer names a company by name, but still names a broader \
                 group of recipients that includes it."
                    .to_string()
            }
            (true, true) => format!(
                "The new version names {who} as a recipient, within a broader group the old version already named."
            ),
            (false, true) => format!(
                "The new version no longer names {who}, but still names a broader group of recipients that includes them."
            ),
        }
    }

    /// [`Self::gives`] for recipients named together (a country is only
    /// ever reported alone).
    fn gives_all(&self, ids: &[String], what: &str, places: &[String]) -> String {
        match ids {
            [one] => self.gives(one, what, places),
            _ => format!(
                "shares {what} with {}",
                join_labels(self.taxonomy, Kind::Recipient, ids)
            ),
        }
    }

    /// What a disclosure to `recipient` does with `what`: "shares … with
    /// advertisers"; a country is no party, so "transfers … to other
    /// countries", or to the countries the transfer names ("transfers …
    /// to the United States").
    fn gives(&self, recipient: &str, what: &str, places: &[String]) -> String {
        if recipient == crate::taxonomy::ABROAD {
            let to = if places.is_empty() {
                "other countries".to_string()
            } else {
                join_labels(self.taxonomy, Kind::Location, places)
            };
            format!("transfers {what} to {to}")
        } else {
            let who = self.taxonomy.label(Kind::Recipient, recipient);
            format!("shares {what} with {who}")
        }
    }

    /// What the old version did not say it did, in the past: "shared data
    /// with them", "sent that abroad".
    fn gave(recipient: &str, what: &str) -> String {
        if recipient == crate::taxonomy::ABROAD {
            format!("sent {what} abroad")
        } else {
            format!("shared {what} with them")
        }
    }

    fn data_phrase(&self, data: &[String]) -> String {
        if data.is_empty() {
            "information".to_string()
        } else {
            join_labels(self.taxonomy, Kind::Data, data)
        }
    }

    /// The company's promises of one clause, phrased apart where some act
    /// is denied outright and another only for some purposes: "not to
    /// collect children's personal information, nor to use it for
    /// advertising" (one phrase would read "not to collect or use …
    /// for advertising", as if the collection were promised for
    /// advertising alone). `None` where the acts do not divide so.
    fn promise_apart(&self, ps: &[&Practice]) -> Option<String> {
        if ps.iter().any(|p| p.actor != "first-party") {
            return None;
        }
        let (outright, for_some): (Vec<&Practice>, Vec<&Practice>) =
            ps.iter().partition(|p| p.purposes.is_empty());
        let a = dedup(outright.iter().map(|p| p.action.as_str()));
        let b = dedup(for_some.iter().map(|p| p.action.as_str()));
        if a.is_empty() || b.is_empty() || a.iter().any(|x| b.contains(x)) {
            return None;
        }
        let (ta, tb) = (Terms::of_all(&outright), Terms::of_all(&for_some));
        let second = self.act_phrase(&b, &tb);
        // (The same data again is "it".)
        let second = if ta.data == tb.data {
            let data = self.data_phrase(&tb.data);
            second.replacen(&format!(" {data}"), " it", 1)
        } else {
            second
        };
        Some(format!(
            "not to {}, nor to {second}",
            self.act_phrase(&a, &ta)
        ))
    }

    /// Promises ("we do not sell …") present on one side and not covered on the other.
    fn promise_findings(&self, side: Side, mine: &Facts, theirs: &Facts, out: &mut Vec<Finding>) {
        let dropped = side == Side::Old;
        let other = Self::other(side);
        let mut by_clause: BTreeMap<usize, Vec<&Practice>> = BTreeMap::new();
        // Whether the hedge `h` of the promise in clause `cj` on the other
        // side weakens the promise of clause `ci`: the aligned clause's,
        // hedged where this one is not, covers it no longer ("we do not
        // sell" → "we do not currently sell"); a broad promise hedged in
        // time elsewhere still covers a narrow one; one that reads the act
        // narrowly — "in the way most people think about selling data",
        // "for money" — covers none anywhere.
        let hedge_weakens = |ci: usize, cj: usize, h: &str| {
            self.counterpart(side, ci) == Some(cj) || !hedged_in_time(h)
        };
        for &(ci, pi) in &mine.promises {
            let p = &self.clauses(side)[ci].practices[pi];
            let covered = theirs.promises.iter().any(|&(cj, pj)| {
                let q = &self.clauses(other)[cj].practices[pj];
                let hedged = p.hedge.is_none()
                    && q.hedge.as_deref().is_some_and(|h| hedge_weakens(ci, cj, h));
                // (The aligned clause's condition is compared with the
                // clause: `condition_added`.)
                covers(self.taxonomy, q, p, true)
                    && ages_cover(q, p)
                    && (conditions_cover(q, p) || self.counterpart(side, ci) == Some(cj))
                    && !hedged
            });
            // A promise not to act "without your consent" is the act on
            // consent, which the other version may state as an opt-in:
            // "we will ask for your consent before sharing your health
            // data" (compared as choices).
            let on_consent = || {
                let t = self.taxonomy;
                p.condition
                    .as_ref()
                    .is_some_and(|c| consent_withheld(&c.text))
                    && self.clauses(other).iter().enumerate().any(|(cj, c)| {
                        c.practices.iter().any(|q| {
                            !q.negated
                                && q.choice.as_ref().is_some_and(|ch| ch.kind == "opt-in")
                                && q.actor == p.actor
                                && discloses(&q.action) == discloses(&p.action)
                                && (self.counterpart(side, ci) == Some(cj)
                                    || related_specific(t, &p.data, &q.data)
                                    || related(t, Kind::Recipient, &p.recipients, &q.recipients))
                        })
                    })
            };
            if !covered && !on_consent() {
                by_clause.entry(ci).or_default().push(p);
            }
        }
        for (ci, ps) in by_clause {
            // A promise with exceptions that the aligned clause restates as
            // a restriction ("we do not disclose your data, except in the
            // circumstances below" → "we will only ever share your data in
            // the circumstances below") is reworded, not dropped or turned
            // around; what the exceptions allow is compared as sharing.
            // (Or any clause restricting the same party's act over the same
            // data, where rewording moved it: "our service providers may
            // only use your information to provide services to us" →
            // "our vendors are prohibited from using your data for any
            // purpose other than providing services to us".)
            let restricts = |q: &Practice, anywhere: bool| {
                !q.negated
                    && q.restricted
                    && ps.iter().any(|p| {
                        (p.action == q.action || (discloses(&p.action) && discloses(&q.action)))
                            && (!anywhere
                                || (p.actor == q.actor
                                    && p.recipients == q.recipients
                                    && (p.data == q.data
                                        || related_specific(self.taxonomy, &p.data, &q.data))))
                    })
            };
            // (A purpose limitation, "… may not use it for any other
            // purpose", is restated as a restriction in the aligned clause
            // only: "… may use it only to provide services to us".)
            let excepted = ps.iter().all(|p| p.has_exception());
            let restated = ps.iter().all(|p| p.has_exception() || limits_purpose(p))
                && (self.counterpart(side, ci).is_some_and(|cj| {
                    self.clauses(other)[cj]
                        .practices
                        .iter()
                        .any(|q| restricts(q, false))
                }) || (excepted
                    && self
                        .clauses(other)
                        .iter()
                        .any(|c| c.practices.iter().any(|q| restricts(q, true)))));
            if restated {
                continue;
            }
            // The same promise on the other side, but with an exception only one has?
            // (The aligned clause's first: "we do not sell the data of
            // consumers under 16, unless …" became "… under 18" — not the
            // broad "Zillow doesn't otherwise sell any of your personal
            // data" elsewhere, which covers it too.)
            let same_promise = |&&(cj, pj): &&(usize, usize)| {
                let q = &self.clauses(other)[cj].practices[pj];
                ps.iter().all(|p| covers(self.taxonomy, q, p, false))
            };
            let with_exception = theirs
                .promises
                .iter()
                .filter(|&&(cj, _)| self.counterpart(side, ci) == Some(cj))
                .find(same_promise)
                .or_else(|| theirs.promises.iter().find(same_promise));
            let terms = Terms::of_all(&ps);
            let actions: Vec<&str> = dedup(ps.iter().map(|p| p.action.as_str()));
            let actors: Vec<&str> = dedup(ps.iter().map(|p| p.actor.as_str()));
            // (Said with the parties the data would come from: "not to
            // collect personal information from third parties".)
            let from = Terms {
                sources: dedup(ps.iter().flat_map(|p| p.sources.iter().map(String::as_str)))
                    .into_iter()
                    .map(str::to_string)
                    .collect(),
                ..terms.clone()
            };
            let promise = self
                .promise_apart(&ps)
                .unwrap_or_else(|| self.promise_phrase(&actions, &actors, &from));
            let promise = match ps.first().and_then(|p| p.under_age) {
                Some(age) if ps.iter().all(|p| p.under_age == Some(age)) => {
                    format!("{promise} (under {age})")
                }
                _ => promise,
            };
            // A promise made on a condition says so: "we won't use your
            // information if it overly infringes on your privacy" is no
            // promise never to use it. (Exceptions are findings of their own.)
            let conditions: Vec<&str> = dedup(ps.iter().map(|p| {
                p.condition
                    .as_ref()
                    .filter(|c| c.kind == "condition")
                    .map_or("", |c| c.text.as_str())
            }));
            let promise = match conditions.as_slice() {
                [c] if !c.is_empty() => format!("{promise} “{c}”"),
                _ => promise,
            };
            // A promise about the same action, narrower in scope, on the other
            // side: one this promise covers ("not to third parties" → "not
            // to advertisers"). A promise about other data is no narrower
            // form of it — "we do not store card numbers" kept says nothing
            // of "we do not store facial data" dropped — and the company's
            // promise none of one about its service providers.
            let narrower = theirs.promises.iter().find(|&&(cj, pj)| {
                let q = &self.clauses(other)[cj].practices[pj];
                actions.contains(&q.action.as_str())
                    && ps
                        .iter()
                        .any(|p| covers(self.taxonomy, p, q, false) && ages_cover(p, q))
            });
            // Did the aligned clause turn the promise around ("will not" → "may")?
            let reversal = self.counterpart(side, ci).and_then(|cj| {
                self.clauses(other)[cj].practices.iter().find(|q| {
                    !q.negated
                        && actions.contains(&q.action.as_str())
                        && !(ps.iter().all(|p| limits_purpose(p))
                            && (q.restricted || (!q.purposes.is_empty() && !limits_purpose(q))))
                })
            });
            let reversed = reversal.is_some();
            // (Turned only for data de-identified first, it says so: "we do
            // not share your health data with insurers" → "we may share
            // de-identified health data with insurers".)
            let reversed_deidentified =
                reversal.is_some_and(|q| q.deidentified) && !ps.iter().any(|p| p.deidentified);
            // The act stated on a condition the promise did not carry is no
            // plain opposite: "we will not share your videos with law
            // enforcement without a warrant" → "we may share your videos
            // with law enforcement without a warrant in emergencies where
            // …" says so.
            let reversal_condition = reversal
                .and_then(|q| q.condition.as_ref())
                .filter(|c| c.kind == "condition" && !conditions.contains(&c.text.as_str()))
                .map(|c| c.text.as_str());
            let exception = with_exception.and_then(|&(cj, pj)| {
                self.clauses(other)[cj].practices[pj]
                    .condition
                    .as_ref()
                    .map(|c| (cj, c.text.clone(), c.kind == "condition"))
            });
            // The same promise, hedged on the other side only: "we do not
            // sell" became "we do not currently sell" (an old promise not
            // covered), or the reverse (a new one not covered).
            let hedge = with_exception
                .and_then(|&(cj, pj)| {
                    let h = self.clauses(other)[cj].practices[pj].hedge.as_deref()?;
                    hedge_weakens(ci, cj, h).then(|| h.to_string())
                })
                .filter(|_| ps.iter().all(|p| p.hedge.is_none()));
            let narrower_phrase = narrower.map(|&(cj, pj)| {
                let q = &self.clauses(other)[cj].practices[pj];
                let t = Terms {
                    sources: q.sources.clone(),
                    ..Terms::of(q)
                };
                let phrase = self.promise_phrase(&[q.action.as_str()], &[q.actor.as_str()], &t);
                (
                    cj,
                    match q.under_age {
                        Some(age) => format!("{phrase} (under {age})"),
                        None => phrase,
                    },
                )
            });
            let (kind, why) = match (dropped, reversed, &exception) {
                (true, false, None) if hedge.is_some() => (
                    "promise_weakened",
                    format!(
                        "The old version promised {promise}; the new version hedges that promise with “{}”.",
                        hedge.as_deref().unwrap_or_default()
                    ),
                ),
                (false, false, None) if hedge.is_some() => (
                    "promise_strengthened",
                    format!(
                        "The new version promises {promise} without the hedge “{}” the old version made.",
                        hedge.as_deref().unwrap_or_default()
                    ),
                ),
                (true, false, None) if narrower_phrase.is_some() => (
                    "promise_narrowed",
                    format!(
                        "The old version promised {promise}; the new version only promises {}.",
                        narrower_phrase
                            .as_ref()
                            .map(|n| n.1.as_str())
                            .unwrap_or_default()
                    ),
                ),
                (false, false, None) if narrower_phrase.is_some() => (
                    "promise_broadened",
                    format!(
                        "The new version promises {promise}, where the old version only promised {}.",
                        narrower_phrase
                            .as_ref()
                            .map(|n| n.1.as_str())
                            .unwrap_or_default()
                    ),
                ),
                // (A case the promise is made in, "members located in the
                // EEA", is a condition, no exception.)
                (true, _, Some((_, text, case))) => (
                    "promise_weakened",
                    format!(
                        "The old version promised {promise}; the new version keeps that promise only {} “{text}”.",
                        if *case {
                            "on the condition"
                        } else {
                            "with the exception"
                        }
                    ),
                ),
                (false, _, Some((_, text, case))) => (
                    "promise_strengthened",
                    format!(
                        "The new version promises {promise} without the {} “{text}” the old version made.",
                        if *case { "condition" } else { "exception" }
                    ),
                ),
                (true, true, None) => (
                    "negation_dropped",
                    format!(
                        "The old version promised {promise}; the new version says the opposite in the same place{}{}.",
                        if reversed_deidentified {
                            ", for aggregated or de-identified data"
                        } else {
                            ""
                        },
                        reversal_condition
                            .map(|c| format!(", on a condition: “{c}”"))
                            .unwrap_or_default()
                    ),
                ),
                (true, false, None) => (
                    "promise_dropped",
                    format!(
                        "The old version promised {promise}; the new version no longer makes that promise."
                    ),
                ),
                (false, true, None) => (
                    "negation_added",
                    format!(
                        "The new version promises {promise}, where the old version said it did so{}.",
                        reversal_condition
                            .map(|c| format!(" “{c}”"))
                            .unwrap_or_default()
                    ),
                ),
                (false, false, None) => (
                    "new_promise",
                    format!("The new version adds a promise {promise}."),
                ),
            };
            let dir = if dropped {
                Direction::Widens
            } else {
                Direction::Narrows
            };
            // With no aligned clause, the evidence on the other side is a
            // clause that does what was promised not to be done: beside a
            // promise not to disclose, a disclosure of the same data or to
            // the same recipients by the same party (the company's promise
            // is not answered by "when they share a photo of you", other
            // users' act); beside one about collecting, using or keeping, a
            // clause doing that — "we do not use your information for
            // advertising" beside "… used for Facebook ads", not "Binance
            // companies may share your personal data with each other" beside
            // "we do not knowingly collect information about persons under
            // 18".
            let there = self.counterpart(side, ci).is_none().then(|| {
                if actions.iter().any(|a| discloses(a)) {
                    self.related_clause(other, &terms, false, &actors, false)
                } else {
                    self.clause_doing(other, &actions, &ps)
                }
            });
            // A dropped promise whose evidence does what was promised not to
            // be done says so: "…; the new version no longer makes that
            // promise, and says it shares phone number with Facebook".
            let why = match (kind, there.flatten()) {
                ("promise_dropped", Some(cj)) => match self.breaks(other, cj, &ps) {
                    Some(act) => format!("{}, and says it {act}.", why.trim_end_matches('.')),
                    None => why,
                },
                _ => why,
            };
            let mut f = self.finding(side, ci, kind, dir, terms, why, None);
            if let Some(cj) = there {
                self.quote_other(&mut f, side, cj);
            }
            let other_promise = exception.as_ref().map(|e| e.0).or(if reversed {
                None
            } else {
                narrower_phrase.as_ref().map(|n| n.0)
            });
            if let Some(cj) = other_promise
                && self.counterpart(side, ci) != Some(cj)
            {
                self.quote_other(&mut f, side, Some(cj));
            }
            // (A promise against a purpose weighed high weighs as the
            // purpose would: "we do not use your messages to train our AI
            // models" dropped is AI training where there was none.)
            f.severity = if actions.iter().any(|a| discloses(a))
                || f.purposes
                    .iter()
                    .any(|u| HIGH_PURPOSES.contains(&u.as_str()))
            {
                Severity::High
            } else {
                Severity::Medium
            };
            out.push(f);
        }
    }

    /// The first of `theirs` (offers on the other side) that governs some
    /// data or recipient one of `mine` (offers on `side`) governs, where
    /// either names neither ("opt out of this sharing" covers any): its
    /// clause.
    fn overlapping(
        &self,
        side: Side,
        mine: &[(usize, usize)],
        theirs: &[(usize, usize)],
    ) -> Option<usize> {
        let t = self.taxonomy;
        theirs.iter().find_map(|&(cj, pj)| {
            let q = &self.clauses(Self::other(side))[cj].practices[pj];
            mine.iter()
                .any(|&(ci, pi)| {
                    let p = &self.clauses(side)[ci].practices[pi];
                    // (One naming only its purposes reaches those: "opt in
                    // to marketing" is no consent to advertising.)
                    let reaches = |a: &Practice, b: &Practice| {
                        names_nothing(a)
                            && (a.purposes.is_empty()
                                || b.purposes.is_empty()
                                || related(t, Kind::Purpose, &a.purposes, &b.purposes))
                    };
                    reaches(p, q)
                        || reaches(q, p)
                        || related(t, Kind::Data, &p.data, &q.data)
                        || related(t, Kind::Recipient, &p.recipients, &q.recipients)
                })
                .then_some(cj)
        })
    }

    /// The first clause of `theirs` whose choice one of `mine` turned into
    /// (opt-out into opt-in, or back): the two stand where the alignment
    /// pairs them, or govern the same data (not merely "personal
    /// information"), recipients or purposes. Unlike [`Self::overlapping`], a
    /// choice that names nothing does not match every other: "opt out of
    /// other kinds of emails" and "we rely on your consent for advertising"
    /// are two changes, not one replaced by the other. Such a choice
    /// ("you can opt out of this sharing") governs what the clause before it
    /// states, and is matched by that.
    fn replacement(
        &self,
        side: Side,
        mine: &[(usize, usize)],
        theirs: &[(usize, usize)],
    ) -> Option<usize> {
        let t = self.taxonomy;
        // What one offer governs: the clauses (its own, and the one before
        // when it names nothing itself), its scope, and the (specific data,
        // recipients) of its practice and of the clause before.
        struct Governed<'p> {
            clauses: Vec<usize>,
            scope: &'p [String],
            terms: Vec<(Vec<String>, Vec<String>)>,
        }
        let governed = |side: Side, (c, pi): (usize, usize)| -> Governed<'_> {
            let x = &self.clauses(side)[c].practices[pi];
            let mut clauses = vec![c];
            if names_nothing(x) && c > 0 {
                clauses.push(c - 1);
            }
            let mut terms = vec![(specific_data(t, &x.data), x.recipients.clone())];
            for &b in &clauses[1..] {
                terms.extend(
                    self.clauses(side)[b]
                        .practices
                        .iter()
                        .map(|y| (specific_data(t, &y.data), y.recipients.clone())),
                );
            }
            Governed {
                clauses,
                scope: x.choice.as_ref().map_or(&[][..], |ch| &ch.scope[..]),
                terms,
            }
        };
        let other = Self::other(side);
        let mine: Vec<Governed> = mine.iter().map(|&o| governed(side, o)).collect();
        theirs.iter().find_map(|&(cj, pj)| {
            let q = governed(other, (cj, pj));
            mine.iter()
                .any(|p| {
                    let aligned = p.clauses.iter().any(|&c| {
                        self.counterpart(side, c)
                            .is_some_and(|o| q.clauses.contains(&o))
                    });
                    aligned
                        || related(t, Kind::Purpose, p.scope, q.scope)
                        || p.terms.iter().any(|(pd, pr)| {
                            q.terms.iter().any(|(qd, qr)| {
                                related(t, Kind::Data, pd, qd)
                                    || related(t, Kind::Recipient, pr, qr)
                            })
                        })
                })
                .then_some(cj)
        })
    }

    /// Whether the practices a choice governs (its own, or where it names
    /// nothing, those of the clause before) are all ones the other version
    /// does not state: no practice there happens by the same party with
    /// the same kind of act over related recipients (for a disclosure
    /// naming them) or related specific data. The first of them, if so.
    fn comes_with_practice(&self, side: Side, (ci, pi): (usize, usize)) -> Option<&Practice> {
        let t = self.taxonomy;
        let p = &self.clauses(side)[ci].practices[pi];
        let governed: Vec<&Practice> = if names_nothing(p) {
            match ci.checked_sub(1) {
                Some(b) => self.clauses(side)[b]
                    .practices
                    .iter()
                    .filter(|g| g.happens() && !names_nothing(g))
                    .collect(),
                None => Vec::new(),
            }
        } else {
            vec![p]
        };
        // (Of data, one kind the other version does not name with that act
        // makes the practice new: "we create facial templates of the people
        // in your videos" beside "your cameras record video" collects
        // biometric data anew.)
        let new_there = governed.iter().all(|g| {
            let stated = |of: &dyn Fn(&Practice) -> bool| {
                self.clauses(Self::other(side)).iter().any(|c| {
                    c.practices.iter().any(|q| {
                        q.happens()
                            && q.actor == g.actor
                            && discloses(&q.action) == discloses(&g.action)
                            && of(q)
                    })
                })
            };
            let specific = specific_data(t, &g.data);
            let denied = || self.denied_there(side, g);
            if discloses(&g.action) && !g.recipients.is_empty() {
                !stated(&|q| related(t, Kind::Recipient, &g.recipients, &q.recipients)) || denied()
            } else if specific.is_empty() {
                !stated(&|_| true)
            } else {
                specific
                    .iter()
                    .any(|d| !stated(&|q| related_specific(t, std::slice::from_ref(d), &q.data)))
                    || (!g.purposes.is_empty() && denied())
                    // (A keeping longer than any there is new too: "if you
                    // allow us to use your conversations for training, we
                    // keep them for up to five years" beside 30 days.)
                    || self.shorter_there(side, g).is_some()
            }
        });
        governed.first().copied().filter(|_| new_there)
    }

    /// Whether the version other than `side` denies practice `g` of `side`:
    /// the same act by the same party, to parties, over data and for
    /// purposes it names or covers. A practice so denied is new there,
    /// whatever else goes to those parties: "For our affiliates to market to
    /// you | No" turned "Yes | Yes" adds the sharing with its opt-out, while
    /// the affiliates still get other data. (Not one denied but for an
    /// exception, which goes on in the cases excepted.)
    fn denied_there(&self, side: Side, g: &Practice) -> bool {
        let t = self.taxonomy;
        self.clauses(Self::other(side)).iter().any(|c| {
            c.practices.iter().any(|q| {
                !q.happens()
                    && q.actor == g.actor
                    && q.action == g.action
                    // (A denial naming nothing but personal information, no
                    // party, no purpose, is about something the sentence
                    // around it says: Binance's "We do not utilize this data
                    // to further train …".)
                    && (!q.recipients.is_empty()
                        || !q.purposes.is_empty()
                        || !specific_data(t, &q.data).is_empty())
                    && (g.recipients.is_empty() && q.recipients.is_empty()
                        || related(t, Kind::Recipient, &g.recipients, &q.recipients))
                    && (q.data.is_empty() || related(t, Kind::Data, &g.data, &q.data))
                    // (A denial for some purposes denies no more: "we do not
                    // use your data for advertising" leaves other uses.)
                    && (q.purposes.is_empty()
                        || !g.purposes.is_empty()
                            && g.purposes.iter().all(|u| q.purposes.contains(u)))
            })
        })
    }

    /// The choices the clause aligned with clause `c` of `side` offers, as
    /// (clause, practice index) on the other side; none when it has no
    /// counterpart.
    fn aligned_offers(&self, side: Side, c: usize) -> Vec<(usize, usize)> {
        self.counterpart(side, c)
            .map(|cj| {
                self.clauses(Self::other(side))[cj]
                    .practices
                    .iter()
                    .enumerate()
                    .filter(|(_, q)| q.choice.is_some())
                    .map(|(qj, _)| (cj, qj))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// What a choice governs, to follow its name: " over sharing phone
    /// number with Facebook", " over sharing information" (nothing for a
    /// choice stated on its own, "you can opt out at any time", or an
    /// action the built-in vocabulary does not word).
    fn choice_over(&self, p: &Practice) -> String {
        let gerund = match p.action.as_str() {
            "collect" => "collecting",
            "use" => "using",
            "share" => "sharing",
            "sell" => "selling",
            "retain" => "keeping",
            "combine" => "combining",
            _ => return String::new(),
        };
        // (A choice over a disclosure named only as a noun, "opt out of this
        // sharing", still says what it governs; so does one over a purpose
        // alone, "opt out of targeted advertising": "over using data for
        // advertising".)
        if p.data.is_empty() && !discloses(&p.action) {
            if p.purposes.is_empty() || p.choice.as_ref().is_none_or(|c| !c.scope.is_empty()) {
                return String::new();
            }
            return format!(
                " over {gerund} data for {}",
                join_labels(self.taxonomy, Kind::Purpose, &p.purposes)
            );
        }
        let recipients = if p.recipients.is_empty() || !discloses(&p.action) {
            String::new()
        } else {
            let prep = if p.action == "sell" { "to" } else { "with" };
            format!(
                " {prep} {}",
                join_labels(self.taxonomy, Kind::Recipient, &p.recipients)
            )
        };
        format!(" over {gerund} {}{recipients}", self.data_phrase(&p.data))
    }

    /// How the exception `o` → `n` of a promise kept in place (`p` → `q`,
    /// `terms` their union) changed, where rules can rank it: its kind,
    /// direction and why.
    ///
    /// A stated case ("except in an emergency involving imminent danger of
    /// death") now left to the company's judgement ("except where we
    /// believe in good faith that an emergency requires it") loosens the
    /// promise, and back: it yields wherever the company thinks it should.
    /// (Told by its data and parties: a purpose read from the case
    /// excepted, "legal process", is none the promise names.) A case added
    /// ("except to support the school's educational purposes" → "… or to
    /// personalize learning") weakens it, one dropped strengthens it (told
    /// with its purposes where both sides name the same).
    fn exception_changed(
        &self,
        p: &Practice,
        q: &Practice,
        terms: &Terms,
        o: &str,
        n: &str,
    ) -> Option<(&'static str, Direction, String)> {
        let promise = |purposes: Vec<String>| {
            let promised = Terms {
                purposes,
                ..terms.clone()
            };
            self.promise_phrase(&[p.action.as_str()], &[p.actor.as_str()], &promised)
        };
        let loosened = match (compulsion(o), compulsion(n)) {
            (None, Some(false)) => Some(true),
            (Some(false), None) => Some(false),
            _ => None,
        };
        if let Some(loosened) = loosened {
            let promise = promise(Vec::new());
            return Some(if loosened {
                (
                    "condition_loosened",
                    Direction::Widens,
                    format!(
                        "The new version leaves the exception to its promise {promise} to the company's judgement (“{n}”); the old version's exception was a stated case (“{o}”)."
                    ),
                )
            } else {
                (
                    "condition_tightened",
                    Direction::Narrows,
                    format!(
                        "The new version states the case its promise {promise} excepts (“{n}”); the old version left the exception to the company's judgement (“{o}”)."
                    ),
                )
            });
        }
        let (widened, more) = extended(o, n)
            .map(|m| (true, m))
            .or_else(|| extended(n, o).map(|m| (false, m)))?;
        let promise = promise(if p.purposes == q.purposes {
            terms.purposes.clone()
        } else {
            Vec::new()
        });
        Some(if widened {
            (
                "promise_weakened",
                Direction::Widens,
                format!(
                    "The new version widens the exception to its promise {promise}: it adds “{more}” to “{o}”."
                ),
            )
        } else {
            (
                "promise_strengthened",
                Direction::Narrows,
                format!(
                    "The new version narrows the exception to its promise {promise}: it drops “{more}” from “{o}”."
                ),
            )
        })
    }

    /// What the company's clause `cj` on `side` states that one of the
    /// company's promises `ps` covers — it does what was promised not to be
    /// done: "shares phone number with Facebook" (the verb in the third
    /// person). None when no stated practice there falls within a promise.
    fn breaks(&self, side: Side, cj: usize, ps: &[&Practice]) -> Option<String> {
        // (Of a disclosure to several recipients, the ones promised: "we
        // share data with service providers and advertising partners"
        // shares with advertisers what was promised they would not get.)
        // (And of several data, the ones promised: "we may disclose hashed
        // email addresses and IP addresses to these platforms" discloses
        // the email addresses promised.)
        let promised = |q: &Practice, p: &Practice| {
            let mut q = q.clone();
            if !p.recipients.is_empty() {
                q.recipients.retain(|r| {
                    p.recipients
                        .iter()
                        .any(|y| self.taxonomy.is_within(Kind::Recipient, r, y))
                });
            }
            let within = |d: &String| {
                p.data
                    .iter()
                    .any(|x| self.taxonomy.is_within(Kind::Data, d, x))
            };
            if q.data.iter().any(within) {
                q.data.retain(within);
            }
            q
        };
        let q = self.clauses(side)[cj].practices.iter().find_map(|q| {
            if q.negated || q.actor != "first-party" {
                return None;
            }
            ps.iter().find_map(|p| {
                let q = promised(q, p);
                // (Holding data presupposes collecting it: see
                // `clause_doing`.)
                let as_promised = |q: &Practice| {
                    let mut c = q.clone();
                    if p.action == "collect" && holds_data(q) && !q.presupposed {
                        c.action.clone_from(&p.action);
                    }
                    c
                };
                (!q.recipients.is_empty() || p.recipients.is_empty())
                    .then_some(q)
                    .filter(|q| covers(self.taxonomy, p, &as_promised(q), false))
            })
        })?;
        let t = Terms::of(&q);
        // (One action, the company's: its bare form takes an "s".)
        let mut act = self.act_phrase(&[q.action.as_str()], &t);
        // (Data given only de-identified is said so, as a new recipient's
        // is: "… and says it shares usage data (aggregated or
        // de-identified) with advertisers".)
        if q.deidentified && !q.data.iter().any(|d| d == DEIDENTIFIED_DATA) {
            let what = self.data_phrase(&t.data);
            act = act.replacen(&what, &format!("{what} (aggregated or de-identified)"), 1);
        }
        let (verb, rest) = act.split_once(' ').unwrap_or((&act, ""));
        Some(format!("{verb}s {rest}").trim_end().to_string())
    }

    /// "not to share phone number with advertisers for marketing"; a promise
    /// about what other parties do names them ("that service providers will
    /// not use personal information for other purposes"), for the company
    /// promised nothing about its own use there.
    fn promise_phrase(&self, actions: &[&str], actors: &[&str], terms: &Terms) -> String {
        let act = self.act_phrase(actions, terms);
        let others: Vec<String> = actors
            .iter()
            .filter(|a| **a != "first-party")
            .map(|a| a.to_string())
            .collect();
        if others.is_empty() {
            return format!("not to {act}");
        }
        let parties = join_labels(self.taxonomy, Kind::Recipient, &others);
        if others.len() < actors.len() {
            format!("that neither the company nor {parties} will {act}")
        } else {
            format!("that {parties} will not {act}")
        }
    }

    /// The acts a promise or a statement names, in the bare form: "share
    /// phone number with advertisers for marketing".
    fn act_phrase(&self, actions: &[&str], terms: &Terms) -> String {
        let recipients = if terms.recipients.is_empty() {
            String::new()
        } else {
            let prep = if actions.contains(&"sell") {
                "to"
            } else {
                "with"
            };
            format!(
                " {prep} {}",
                join_labels(self.taxonomy, Kind::Recipient, &terms.recipients)
            )
        };
        let purposes = if terms.purposes.is_empty() {
            String::new()
        } else {
            format!(
                " for {}",
                join_labels(self.taxonomy, Kind::Purpose, &terms.purposes)
            )
        };
        // (Where collected data comes from.)
        let purposes = if terms.sources.is_empty() || actions != ["collect"] {
            purposes
        } else {
            format!(
                " from {}{purposes}",
                join_labels(self.taxonomy, Kind::Recipient, &terms.sources)
            )
        };
        // Recipients belong to the acts that disclose: "not to share
        // personal information with third parties or use it", not "not to
        // share or use personal information with third parties".
        let (giving, keeping): (Vec<&str>, Vec<&str>) =
            actions.iter().partition(|a| crate::extract::discloses(a));
        if recipients.is_empty() || giving.is_empty() || keeping.is_empty() {
            format!(
                "{} {}{recipients}{purposes}",
                actions.join(" or "),
                self.data_phrase(&terms.data)
            )
        } else {
            format!(
                "{} {}{recipients} or {} it{purposes}",
                giving.join(" or "),
                self.data_phrase(&terms.data),
                keeping.join(" or ")
            )
        }
    }

    /// Choices (opt-out, opt-in, settings) offered on one side and not on the
    /// other, or offered on both but limited in time or scope on one.
    fn choice_findings(&self, side: Side, mine: &Facts, theirs: &Facts, out: &mut Vec<Finding>) {
        let added = side == Side::New;
        for ((kind, over_sharing), offers) in &mine.choices {
            let has = |f: &Facts, k: &str| f.choices.contains_key(&(k.to_string(), *over_sharing));
            let (ci, pi) = offers[0];
            let p = &self.clauses(side)[ci].practices[pi];
            let ch = p.choice.as_ref().expect("choice facts have a choice");
            let label = self.taxonomy.label(Kind::Choice, kind).to_string();
            let terms = Terms {
                purposes: ch.scope.clone(),
                ..Terms::of(p)
            };
            let severity = match kind.as_str() {
                "settings" => Severity::Low,
                // (A right the law often grants anyway: worth telling, not
                // on a par with consent turning into an opt-out.)
                "deletion" => Severity::Medium,
                _ => Severity::High,
            };
            // Opt-out on one side only, opt-in on the other only, over the
            // same data, recipients or purposes: one story, told from the
            // opt-out's side. (A version that still offers the opt-out beside
            // the new consent replaced nothing.)
            let counterpart = |k: &str| {
                theirs
                    .choices
                    .get(&(k.to_string(), *over_sharing))
                    .and_then(|theirs_offers| self.replacement(side, offers, theirs_offers))
            };
            let replaced = match kind.as_str() {
                "opt-out" if !has(mine, "opt-in") && !has(theirs, "opt-out") => {
                    counterpart("opt-in")
                }
                _ => None,
            };
            let replacing = kind == "opt-in"
                && counterpart("opt-out").is_some()
                && !has(mine, "opt-out")
                && !has(theirs, "opt-in");
            if replacing {
                continue; // reported from the opt-out side
            }
            if let Some(cj) = replaced {
                let (fk, dir, why) = if added {
                    ("opt_in_replaced_by_opt_out", Direction::Widens, "The old version asked for consent (opt-in); the new version only lets people opt out.".to_string())
                } else {
                    ("opt_out_replaced_by_opt_in", Direction::Narrows, "The old version only let people opt out; the new version asks for consent (opt-in).".to_string())
                };
                let mut f = self.finding(side, ci, fk, dir, terms, why, None);
                self.quote_other(&mut f, side, Some(cj));
                if self.counterpart(side, ci) == Some(cj) {
                    f.link = Link::Aligned;
                }
                f.severity = Severity::High;
                out.push(f);
                continue;
            }
            // A choice reworded to or from one over sharing ("opt out of
            // this feature" → "opt out of this sharing") is still offered:
            // its aligned clause offers the same kind.
            // (Not where the clause also offers that kind over the other
            // group, which the aligned one's offer answers: "opt out of the
            // sale of your data and targeted advertising" → "opt out of the
            // sale of your data" drops the one over advertising.)
            let both = |c: usize| {
                self.clauses(side)[c].practices.iter().any(|x| {
                    discloses(&x.action) != *over_sharing
                        && x.choice.as_ref().is_some_and(|ch| ch.kind == *kind)
                })
            };
            let reworded = || {
                offers.iter().any(|&(c, _)| {
                    !both(c)
                        && self.aligned_offers(side, c).iter().any(|&(cj, qj)| {
                            self.clauses(Self::other(side))[cj].practices[qj]
                                .choice
                                .as_ref()
                                .is_some_and(|x| x.kind == *kind)
                        })
                })
            };
            // (Nor one its aligned clause restates over the same data, as
            // another kind: "exercising your preferences in relation to
            // cookies" gaining "opt-out preference signals" still offers it.)
            let restated = |o: (usize, usize)| {
                !both(o.0)
                    && self
                        .overlapping(side, &[o], &self.aligned_offers(side, o.0))
                        .is_some()
            };
            // (An opt-out the other version offers as a setting over the
            // same thing is still offered: "opt out of certain advertising
            // services" → "control what we use to show you ads in your ad
            // settings".)
            let mut their_offers = theirs.choices.get(&(kind.clone(), *over_sharing)).cloned();
            if kind == "opt-out"
                && let Some(settings) = theirs.choices.get(&("settings".to_string(), *over_sharing))
            {
                their_offers.get_or_insert_with(Vec::new).extend(settings);
            }
            let their_offers = their_offers.as_ref();
            // The offers the other version has no counterpart for: all of
            // them (reported once, by the first) when it offers none of this
            // kind; else each offer whose data and recipients no offer of
            // this kind there overlaps — "opt out of sharing your location
            // with advertisers" dropped while "opt out of sharing your email
            // with partners" is added is two changes, not none. (One report
            // per set of data and recipients: a choice is often restated.)
            // (Consent there may be a promise not to act without it: "we
            // will not share your health data without your consent".)
            let consent_there = |o: (usize, usize)| {
                kind == "opt-in"
                    && theirs
                        .consent_offers
                        .get(over_sharing)
                        .is_some_and(|c| self.overlapping(side, &[o], c).is_some())
            };
            let offers: Vec<(usize, usize)> = offers
                .iter()
                .copied()
                .filter(|&o| !consent_there(o))
                .collect();
            let offers = &offers;
            let mut unmatched: Vec<(usize, usize)> = Vec::new();
            match their_offers {
                None if reworded() => {}
                None => unmatched.extend(offers.iter().copied().find(|&o| !restated(o))),
                Some(theirs_offers) => {
                    for &o in offers {
                        let x = &self.clauses(side)[o.0].practices[o.1];
                        let same_terms = |&(c2, q2): &(usize, usize)| {
                            let y = &self.clauses(side)[c2].practices[q2];
                            y.data == x.data && y.recipients == x.recipients
                        };
                        if self.overlapping(side, &[o], theirs_offers).is_none()
                            && !restated(o)
                            && !unmatched.iter().any(same_terms)
                        {
                            unmatched.push(o);
                        }
                    }
                }
            }
            for &(ci, pi) in &unmatched {
                let p = &self.clauses(side)[ci].practices[pi];
                let ch = p.choice.as_ref().expect("choice facts have a choice");
                let terms = Terms {
                    purposes: ch.scope.clone(),
                    ..Terms::of(p)
                };
                // (Consent's purposes, and data's that may be withheld, are
                // what it governs, no limit on it: "with your consent, we
                // use your phone number for advertising" asks for consent
                // to that use. An opt-out's or a setting's purposes are how
                // far it reaches: "opt out of … for marketing" leaves the
                // rest.)
                let governs = matches!(kind.as_str(), "opt-in" | "optional");
                // (A choice reaching only the purposes the other version
                // states the practice for is no partial one there: "you can
                // object to our use of your posts for developing AI" dropped
                // while the posts still train AI took the whole choice over
                // what is done. A window still limits it.)
                let whole_there = ch.window_days.is_none()
                    && !ch.scope.is_empty()
                    && self.clauses(Self::other(side)).iter().any(|c| {
                        c.practices.iter().any(|q| {
                            q.happens()
                                && discloses(&q.action) == discloses(&p.action)
                                && ch.scope.iter().all(|u| q.purposes.contains(u))
                        })
                    });
                let limits = limits_phrase(
                    self.taxonomy,
                    ch.window_days,
                    if governs || whole_there {
                        &[]
                    } else {
                        &ch.scope
                    },
                );
                let label = with_article(&label);
                let over = if (governs || whole_there) && !ch.scope.is_empty() {
                    format!(
                        "{} for {}",
                        self.choice_over(p),
                        join_labels(self.taxonomy, Kind::Purpose, &ch.scope)
                    )
                } else {
                    self.choice_over(p)
                };
                // (A right is no "choice over keeping": it is said as what
                // people can have done.)
                let erasure = (kind == "deletion").then(|| {
                    let what = if p.data.is_empty() {
                        "their data".to_string()
                    } else {
                        self.data_phrase(&p.data)
                    };
                    format!("people can have {what} deleted on request")
                });
                let (fkind, dir, why) = if let Some(erasure) = erasure {
                    if added {
                        (
                            "choice_added",
                            Direction::Narrows,
                            format!("The new version says {erasure}; the old version did not."),
                        )
                    } else {
                        (
                            "choice_removed",
                            Direction::Widens,
                            format!(
                                "The old version said {erasure}; the new version no longer does."
                            ),
                        )
                    }
                } else if let Some(g) = limits
                    .is_empty()
                    .then(|| self.comes_with_practice(side, (ci, pi)))
                    .flatten()
                {
                    // A choice over a practice only its own version states
                    // comes with that practice: "we share your purchases
                    // with merchants; you can opt out" added to a policy
                    // that shared nothing widens by the sharing (reported as
                    // such), and the opt-out narrows nothing the old
                    // version did.
                    // (Said over what it governs, the clause before's
                    // practice for a choice that names nothing.)
                    let over = if std::ptr::eq(g, p) {
                        over
                    } else {
                        self.choice_over(g)
                    };
                    // (Said so where the other version denied it.)
                    let denied = self.denied_there(side, g);
                    if added {
                        let stated = if denied {
                            "said it did not engage in"
                        } else {
                            "did not state"
                        };
                        (
                            "choice_added_with_practice",
                            Direction::Neutral,
                            format!(
                                "The new version offers {label} choice{over}, a practice the old version {stated}."
                            ),
                        )
                    } else {
                        let states = if denied {
                            "says it does not engage in"
                        } else {
                            "no longer states"
                        };
                        (
                            "choice_removed_with_practice",
                            Direction::Neutral,
                            format!(
                                "The old version offered {label} choice{over}, a practice the new version {states}."
                            ),
                        )
                    }
                } else if added {
                    if limits.is_empty() {
                        (
                            "choice_added",
                            Direction::Narrows,
                            format!(
                                "The new version offers {label} choice{over}; the old version did not."
                            ),
                        )
                    } else {
                        (
                            "limited_choice_added",
                            Direction::Neutral,
                            format!(
                                "The new version offers {label} choice{over}, but only {limits}."
                            ),
                        )
                    }
                } else if limits.is_empty() {
                    (
                        "choice_removed",
                        Direction::Widens,
                        format!(
                            "The old version offered {label} choice{over}; the new version no longer does."
                        ),
                    )
                } else {
                    (
                        "limited_choice_removed",
                        Direction::Neutral,
                        format!(
                            "The old version offered {label} choice{over}, only {limits}; the new version no longer does."
                        ),
                    )
                };
                let mut f = self.finding(side, ci, fkind, dir, terms, why, None);
                // (A choice that comes with its practice is told beside that
                // practice's own finding, which carries the weight: it must
                // not be read first.)
                f.severity = if fkind.ends_with("_with_practice") {
                    Severity::Low
                } else {
                    severity
                };
                out.push(f);
            }
            match their_offers {
                None => {}
                Some(their_offers) if added => {
                    // Compare limits once (from the new side) to avoid double reports.
                    let (cj, pj) = their_offers[0];
                    let q = self.old[cj].practices[pj].choice.as_ref().expect("choice");
                    let window_narrowed = match (q.window_days, ch.window_days) {
                        (None, Some(_)) => Some(true),
                        (Some(_), None) => Some(false),
                        (Some(a), Some(b)) if a != b => Some(b < a),
                        _ => None,
                    };
                    if let Some(narrowed) = window_narrowed {
                        let why = format!(
                            "The {label} choice is now {} (the old version: {}).",
                            limits_phrase(self.taxonomy, ch.window_days, &[])
                                .trim()
                                .to_string()
                                .if_empty("unlimited in time"),
                            limits_phrase(self.taxonomy, q.window_days, &[])
                                .if_empty("unlimited in time")
                        );
                        let (fk, dir) = if narrowed {
                            ("choice_narrowed", Direction::Widens)
                        } else {
                            ("choice_widened", Direction::Narrows)
                        };
                        let mut f = self.finding(side, ci, fk, dir, terms.clone(), why, None);
                        // (The old offer quoted is the clause's own old
                        // wording when alignment paired the two: one
                        // clause reworded, its word diff shown.)
                        if self.counterpart(side, ci) != Some(cj) {
                            f.old = Some(self.evidence(Side::Old, cj));
                            f.link = Link::Related;
                        }
                        f.severity = Severity::Medium;
                        out.push(f);
                    }
                }
                Some(_) => {}
            }
        }
    }

    /// What only shows side by side: conditions and retention periods —
    /// on aligned clauses, and on clauses rewritten past alignment (see
    /// [`Self::rewritten_pairs`]), whose findings are linked as related.
    fn pair_findings(&self, out: &mut Vec<Finding>) {
        let aligned = self
            .alignment
            .pairs
            .iter()
            .filter_map(|pair| match (pair.old, pair.new) {
                (Some(i), Some(j))
                    if !matches!(pair.kind, ChangeKind::Unchanged | ChangeKind::Moved) =>
                {
                    Some((i, j, pair.kind, true))
                }
                _ => None,
            });
        let rewritten = self
            .rewritten_pairs()
            .into_iter()
            .map(|(i, j)| (i, j, ChangeKind::Edited, false));
        for (i, j, pair_kind, is_aligned) in aligned.chain(rewritten) {
            let before = out.len();
            self.pair_facts_of(i, j, pair_kind, out);
            if !is_aligned {
                for f in &mut out[before..] {
                    f.link = Link::Related;
                }
            }
        }
    }

    /// Clauses rewritten past what alignment pairs: an old clause removed
    /// and a new one added in the same section, each stating a practice of
    /// the same action, negation, data and recipients ("We keep your voice
    /// recordings until you delete them" → "… for as long as necessary to
    /// improve our services"), where no other removed or added clause there
    /// does.
    fn rewritten_pairs(&self) -> Vec<(usize, usize)> {
        // (The clauses of one side no clause of the other is paired with.)
        let unpaired = |side: fn(&ClausePair) -> (Option<usize>, Option<usize>)| -> Vec<usize> {
            self.alignment
                .pairs
                .iter()
                .filter_map(|p| {
                    let (mine, theirs) = side(p);
                    mine.filter(|_| theirs.is_none())
                })
                .collect()
        };
        let removed = unpaired(|p| (p.old, p.new));
        let added = unpaired(|p| (p.new, p.old));
        // (A policy rewritten whole offers too many counterparts to pick
        // one from: its changes are the whole-policy view's.)
        if removed.len().saturating_mul(added.len()) > REWRITTEN_PAIRS_MAX {
            return Vec::new();
        }
        let same_practice = |a: &ExtractedClause, b: &ExtractedClause| {
            a.clause.section == b.clause.section
                && a.practices.iter().any(|p| {
                    !p.data.is_empty()
                        && b.practices.iter().any(|q| {
                            q.action == p.action
                                && q.negated == p.negated
                                && q.data == p.data
                                && same_or_within(&p.recipients, &q.recipients)
                        })
                })
        };
        let candidates: Vec<(usize, usize)> = removed
            .iter()
            .flat_map(|&i| added.iter().map(move |&j| (i, j)))
            .filter(|&(i, j)| same_practice(&self.old[i], &self.new[j]))
            .collect();
        // (Counted once: a policy rewritten whole can offer many.)
        let mut olds: BTreeMap<usize, usize> = BTreeMap::new();
        let mut news: BTreeMap<usize, usize> = BTreeMap::new();
        for &(i, j) in &candidates {
            *olds.entry(i).or_default() += 1;
            *news.entry(j).or_default() += 1;
        }
        candidates
            .into_iter()
            .filter(|(i, j)| olds[i] == 1 && news[j] == 1)
            .collect()
    }

    /// Of a pair of disclosures (old clause `i`'s `p`, new clause `j`'s
    /// `q`), the one made for the law with no condition, in words of duty
    /// ([`for_duty`]), and the other: `(true, duty, other)` when the old
    /// one is the duty's, `(false, …)` when the new one is. What the other
    /// says of the law decides whether the pair loosened, tightened or only
    /// restated it.
    fn duty_and_other<'p>(
        &self,
        i: usize,
        j: usize,
        p: &'p Practice,
        q: &'p Practice,
    ) -> Option<(bool, &'p Practice, &'p Practice)> {
        if !discloses(&p.action) || p.negated {
            None
        } else if for_duty(p, &self.old[i].norm) {
            Some((true, p, q))
        } else if for_duty(q, &self.new[j].norm) {
            Some((false, q, p))
        } else {
            None
        }
    }

    /// Whether one of a pair of disclosures is made for the law alone
    /// with no condition and the other on the company's judgement:
    /// `Some((true, judgement))` when the new one judges, `Some((false,
    /// judgement))` when the old one did.
    /// (For the law alone: "to comply with a legal process, to prevent
    /// crime or to protect anyone's safety" is more than the law compels.)
    fn judgement_for_duty(
        &self,
        i: usize,
        j: usize,
        p: &Practice,
        q: &Practice,
    ) -> Option<(bool, String)> {
        let (old_duty, duty, other) = self.duty_and_other(i, j, p, q)?;
        let judgement = other
            .condition
            .as_ref()
            .filter(|c| compulsion(&c.text) == Some(false))?;
        (duty.purposes == [LEGAL]).then(|| (old_duty, judgement.text.clone()))
    }

    /// Whether a disclosure's condition that the law compels it ("when
    /// required by a court order") only restates the legal purpose the
    /// other of the pair gives in words of duty: "we will disclose your
    /// personal information to comply with a subpoena or court order" ↔
    /// "we may share personal data when required by a court order" adds no
    /// condition. (Not a purpose read from the recipient alone: "… with
    /// law enforcement when required by law" → "… with law enforcement"
    /// drops one.)
    fn restates_legal_purpose(&self, i: usize, j: usize, p: &Practice, q: &Practice) -> bool {
        self.duty_and_other(i, j, p, q)
            .is_some_and(|(_, _, other)| {
                other.purposes.iter().any(|pu| pu == LEGAL)
                    && other
                        .condition
                        .as_ref()
                        .is_some_and(|c| compulsion(&c.text) == Some(true))
            })
    }

    /// Whether the clause whose choice names no purpose (old `i` or new
    /// `j`) names none at all: one that does may have cut the choice's
    /// objects apart ("an opt-out of selling personal information or
    /// targeted advertising").
    fn names_no_purpose(&self, i: usize, j: usize, pc: &Choice, qc: &Choice) -> bool {
        let clause = if pc.scope.is_empty() {
            &self.old[i]
        } else if qc.scope.is_empty() {
            &self.new[j]
        } else {
            return true;
        };
        clause.practices.iter().all(|p| p.purposes.is_empty())
    }

    /// Whether the condition one side's disclosure carries (`p` in old
    /// clause `i`, else `q` in new clause `j`) is a bar on the parties it
    /// reaches that states a promise of theirs in the same clause: "with
    /// service providers who are prohibited from using it for their own
    /// purposes". The promise's own finding tells that bar kept or gone;
    /// the condition told beside it would tell it twice.
    fn bar_states_promise(&self, i: usize, j: usize, p: &Practice, q: &Practice) -> bool {
        let (clause, c) = match (&p.condition, &q.condition) {
            (Some(c), None) => (&self.old[i], c),
            (None, Some(c)) => (&self.new[j], c),
            _ => return false,
        };
        c.bars_parties() && clause.practices.iter().any(|p| p.negated)
    }

    /// [`Self::pair_findings`] for old clause `i` and new clause `j`.
    fn pair_facts_of(&self, i: usize, j: usize, pair_kind: ChangeKind, out: &mut Vec<Finding>) {
        let mut scoped = false;
        for p in self.old[i].practices.iter() {
            let Some(q) = self.new[j]
                .practices
                .iter()
                .find(|q| q.action == p.action && q.negated == p.negated)
            else {
                continue;
            };
            let terms = Terms {
                data: union(&p.data, &q.data),
                recipients: union(&p.recipients, &q.recipients),
                purposes: union(&p.purposes, &q.purposes),
                ..Terms::default()
            };
            let cond = |x: &Practice| x.condition.as_ref().map(|c| c.text.clone());
            let (oc, nc) = (cond(p), cond(q));
            // Conditions matter on promises and on disclosures; on other
            // practices they are mostly circumstance ("if you contact us"),
            // unless they limit it: "we collect your precise location only
            // while you are using the app" lost its "only" is collection at
            // all times. (Exceptions to promises are reported as promises
            // weakened.)
            let limits = |x: &Practice| x.restricted && x.condition.is_some();
            let matters = (p.negated && !p.has_exception() && !q.has_exception())
                || (!p.negated && (discloses(&p.action) || limits(p) || limits(q)));
            // An exception carved out of a choice kept in both versions
            // narrows the choice, whatever it does to the practice: "You
            // can opt out of the sale of your personal information, except
            // for data we share with our affiliates" leaves that data
            // without the choice.
            let excepted = |x: &Practice| {
                x.condition
                    .as_ref()
                    .filter(|c| c.kind == "exception")
                    .map(|c| c.text.clone())
            };
            // (The exception one side alone carries, if the condition
            // changed only by it.)
            let one_sided = oc != nc && (oc.is_none() || nc.is_none());
            let carved_out = if one_sided {
                excepted(q).or_else(|| excepted(p))
            } else {
                None
            };
            if let (Some(pc), Some(qc)) = (&p.choice, &q.choice)
                && pc.kind == qc.kind
                && let Some(text) = &carved_out
            {
                let label = with_article(self.taxonomy.label(Kind::Choice, &qc.kind));
                let over = self.choice_over(q);
                let (kind, dir, why) = carved(
                    nc.is_some(),
                    text,
                    &format!("{label} choice{over}"),
                    ("choice_narrowed", "choice_widened"),
                );
                out.push(self.pair_finding(i, j, kind, dir, terms.clone(), why));
            } else if p.action == "retain"
                && !p.negated
                && p.retention().is_some()
                && q.retention().is_some()
                && let Some(text) = &carved_out
                && keeps_longer(text)
            {
                // A limit on keeping data with a case carved out of it is a
                // loophole, as on a promise: "we erase your data within 30
                // days" → "…, except where we must keep it for our
                // legitimate business purposes".
                let data = self.data_phrase(&terms.data);
                let (kind, dir, why) = carved(
                    nc.is_some(),
                    text,
                    &format!("its limit on how long it keeps {data}"),
                    ("condition_added", "condition_removed"),
                );
                out.push(self.pair_finding(i, j, kind, dir, terms.clone(), why));
            } else if let Some((loosened, text)) = self.judgement_for_duty(i, j, p, q) {
                // A disclosure the law compelled, said with no condition
                // ("we may share your data with law enforcement to comply
                // with the law"), now left to the company's judgement ("…
                // if we believe in good faith that it is necessary"), or
                // back: no condition added, a loosening.
                let data = self.data_phrase(&terms.data);
                let (kind, dir, why) = loosening(loosened, &data, None, &text);
                out.push(self.pair_finding(i, j, kind, dir, terms.clone(), why));
            } else if matters
                && one_sided
                && !states_choice(p, oc.as_deref())
                && !states_choice(q, nc.as_deref())
                && !self.restates_legal_purpose(i, j, p, q)
                && !self.bar_states_promise(i, j, p, q)
                // (On a practice, "without …" names a safeguard absent, no
                // limit: "we may share your data with partners without
                // asking you first" is no narrower than sharing it.)
                && (p.negated
                    || !nc
                        .as_deref()
                        .or(oc.as_deref())
                        .is_some_and(|c| c.starts_with("without ")))
            {
                // On a promise, a new condition is a loophole; on a practice, a limit.
                let added = nc.is_some();
                let widens = added == p.negated;
                let text = nc.clone().or(oc.clone()).unwrap_or_default();
                // (A promise names its purposes: "its promise not to use
                // messages and content for AI and model training".)
                let what = if p.negated {
                    let promised = Terms {
                        data: terms.data.clone(),
                        purposes: p
                            .purposes
                            .iter()
                            .filter(|u| q.purposes.contains(u))
                            .cloned()
                            .collect(),
                        ..Terms::default()
                    };
                    format!(
                        "promise {}",
                        self.promise_phrase(&[p.action.as_str()], &[p.actor.as_str()], &promised)
                    )
                } else {
                    format!(
                        "statement that it may {} {}",
                        p.action,
                        self.data_phrase(&terms.data)
                    )
                };
                // (A limit on a collection traded for collection in the
                // background says so: the background finding gives way to
                // this one, which names it.)
                let background = |c: &ExtractedClause| c.said.get().background;
                let behind = p.action == "collect"
                    && !p.negated
                    && background(&self.new[j]) != background(&self.old[i]);
                let data = self.data_phrase(&terms.data);
                let why = match (added, behind) {
                    (true, false) => {
                        format!("The new version adds the condition “{text}” to its {what}.")
                    }
                    (true, true) => format!(
                        "The new version adds the condition “{text}” to its {what}, and no longer says it collects {data} in the background."
                    ),
                    (false, false) => {
                        format!("The new version drops the condition “{text}” from its {what}.")
                    }
                    (false, true) => format!(
                        "The new version drops the condition “{text}” from its {what}, and says it collects {data} in the background, while the app is not in use."
                    ),
                };
                let kind = if added {
                    "condition_added"
                } else {
                    "condition_removed"
                };
                let dir = if widens {
                    Direction::Widens
                } else {
                    Direction::Narrows
                };
                out.push(self.pair_finding(i, j, kind, dir, terms.clone(), why));
            } else if discloses(&p.action)
                && let (Some(o), Some(n)) = (&oc, &nc)
                && let (Some(was), Some(now)) = (compulsion(o), compulsion(n))
                && was != now
                // (Not where the judgement stands on both sides: a clause of
                // several conditions names its first, and "(1) when we are
                // compelled …; (e) when we believe in good faith …" gaining
                // words in its first replaced neither.)
                && !judges(if was {
                    &self.old[i].norm
                } else {
                    &self.new[j].norm
                })
            {
                // A disclosure the law compelled now left to the
                // company's judgement ("if required by law" → "if we
                // believe it is appropriate"), or back: the same
                // occasion, reworded to reach further or less far.
                let data = self.data_phrase(&terms.data);
                let (kind, dir, why) = if was {
                    loosening(true, &data, Some(o), n)
                } else {
                    loosening(false, &data, Some(n), o)
                };
                out.push(self.pair_finding(i, j, kind, dir, terms.clone(), why));
            } else if p.negated
                && let (Some(o), Some(n)) = (excepted(p), excepted(q))
                && let Some((kind, dir, why)) = self.exception_changed(p, q, &terms, &o, &n)
            {
                out.push(self.pair_finding(i, j, kind, dir, terms.clone(), why));
            } else if discloses(&p.action)
                && !p.negated
                && p.restricted != q.restricted
                && oc.is_none()
                && nc.is_none()
                && !p.recipients.is_empty()
                && p.recipients == q.recipients
                && p.data == q.data
                && p.purposes == q.purposes
            {
                // A disclosure said to go to these parties "only", the
                // "only" dropped: "Your answers are shared only with your
                // therapist" → "… shared with your therapist" no longer
                // rules out anyone else (nor, the other way round, did the
                // old version).
                let data = self.data_phrase(&terms.data);
                let gives = match p.recipients.as_slice() {
                    [one] => self.gives(one, &data, &[]),
                    all => format!(
                        "shares {data} with {}",
                        join_labels(self.taxonomy, Kind::Recipient, all)
                    ),
                };
                // (What the "only" ruled out, where it says: "only with",
                // "only to" the recipients.)
                let whom = if [" only with ", " only to ", " with only ", " to only "]
                    .iter()
                    .any(|o| self.old[i].norm.contains(o))
                {
                    ": it no longer rules out other recipients"
                } else {
                    ""
                };
                let (kind, dir, why) = if p.restricted {
                    (
                        "condition_removed",
                        Direction::Widens,
                        format!(
                            "The new version drops the “only” from its statement that it {gives}{whom}."
                        ),
                    )
                } else {
                    (
                        "condition_added",
                        Direction::Narrows,
                        format!("The new version adds “only” to its statement that it {gives}."),
                    )
                };
                out.push(self.pair_finding(i, j, kind, dir, terms.clone(), why));
            }
            // A choice kept in place over fewer purposes ("opt out of
            // sharing your information" → "… for advertising") leaves
            // the others without it.
            // (Only an opt-out's: consent's purposes are its practice's,
            // which rewording moves. One report per pair of clauses, and
            // none for a clause split or merged, whose other part may
            // hold the purposes.)
            if let (Some(pc), Some(qc)) = (&p.choice, &q.choice)
                && pair_kind == ChangeKind::Edited
                && pc.kind == "opt-out"
                && qc.kind == "opt-out"
                && !scoped
                && let Some(narrowed) = scope_narrowed(
                    &pc.scope,
                    &qc.scope,
                    same_object(p, q) && self.names_no_purpose(i, j, pc, qc),
                )
            {
                scoped = true;
                let label = self.taxonomy.label(Kind::Choice, &qc.kind);
                let over = self.choice_over(q);
                let scope = |s: &[String]| {
                    if s.is_empty() {
                        "it for any purpose".to_string()
                    } else {
                        join_labels(self.taxonomy, Kind::Purpose, s)
                    }
                };
                let (old_scope, new_scope) = (scope(&pc.scope), scope(&qc.scope));
                let (kind, dir, why) = if narrowed {
                    (
                        "choice_narrowed",
                        Direction::Widens,
                        format!(
                            "The new version's {label} choice{over} covers only {new_scope}; the old version's covered {old_scope}."
                        ),
                    )
                } else {
                    (
                        "choice_widened",
                        Direction::Narrows,
                        format!(
                            "The new version's {label} choice{over} covers {new_scope}; the old version's covered only {old_scope}."
                        ),
                    )
                };
                let terms = Terms {
                    purposes: union(&pc.scope, &qc.scope),
                    ..terms.clone()
                };
                out.push(self.pair_finding(i, j, kind, dir, terms, why));
            }
        }
        self.retention_finding(i, j, out);
    }

    /// A retention bound changed in place (old clause `i`, new clause `j`):
    /// "for 30 days" → "for two years", "until you close your account" →
    /// "as long as necessary" → "indefinitely". A bound stated as a promise
    /// not to keep longer ("we will not keep it longer than necessary") is
    /// the same bound as one stated as keeping. Bounds that do not compare
    /// (a period and the user's own act) are a change with no direction. A
    /// bound dropped from a keeping the new version still states ("we keep
    /// your search history for 18 months" → "we keep your search history")
    /// lifts the limit, unless the version bounds that data elsewhere (the
    /// period moved to a sentence of its own).
    fn retention_finding(&self, i: usize, j: usize, out: &mut Vec<Finding>) {
        let bound = |ps: &'a [Practice]| {
            ps.iter()
                .filter(|p| p.action == "retain")
                .find_map(|p| Some((p, p.retention()?)))
        };
        let unbounded = |side: Side, ps: &'a [Practice], data: &[String]| {
            let keeps = ps.iter().find(|p| p.action == "retain" && !p.negated)?;
            let bounded_elsewhere = self.clauses(side).iter().any(|c| {
                c.practices.iter().any(|p| {
                    p.action == "retain"
                        && p.retention().is_some()
                        && p.data.iter().any(|d| data.contains(d))
                })
            });
            (!bounded_elsewhere).then_some(keeps)
        };
        let (old, new) = (&self.old[i].practices, &self.new[j].practices);
        // Each side's keeping and its bound (none: the keeping states no
        // limit), and which side keeps longer.
        let (p, a, q, b, order) = match (bound(old), bound(new)) {
            (Some((_, a)), Some((_, b))) if a == b => return,
            (Some((p, a)), Some((q, b))) => match a.partial_cmp(&b) {
                Some(order) => (p, Some(a), q, Some(b), order),
                // A period and the user's own act ("for 18 months" →
                // "until you delete your account"): data that expired by
                // itself now stays until the user acts, or the reverse.
                // Which ends sooner, the text does not say; the change is
                // told, with no direction.
                None => {
                    let data = self.data_phrase(&union(&p.data, &q.data));
                    let why = format!(
                        "The new version keeps {data} {}; the old version kept it {}.",
                        b.phrase(),
                        a.phrase()
                    );
                    let terms = Terms {
                        data: union(&p.data, &q.data),
                        purposes: union(&p.purposes, &q.purposes),
                        ..Terms::default()
                    };
                    out.push(self.pair_finding(
                        i,
                        j,
                        "retention_changed",
                        Direction::Neutral,
                        terms,
                        why,
                    ));
                    return;
                }
            },
            (Some((p, a)), None) => match unbounded(Side::New, new, &p.data) {
                Some(q) => (p, Some(a), q, None, std::cmp::Ordering::Less),
                None => return,
            },
            (None, Some((q, b))) => match unbounded(Side::Old, old, &q.data) {
                Some(p) => (p, None, q, Some(b), std::cmp::Ordering::Greater),
                None => return,
            },
            (None, None) => return,
        };
        let data = self.data_phrase(&union(&p.data, &q.data));
        let why = match (a, b) {
            (Some(Retention::Days(a)), Some(Retention::Days(b))) => format!(
                "The new version keeps {data} for up to {}; the old version said {}.",
                days(b),
                days(a)
            ),
            (Some(a), Some(b)) => format!(
                "The new version keeps {data} {}; the old version kept it {}.",
                b.phrase(),
                a.phrase()
            ),
            (Some(a), None) => format!(
                "The new version keeps {data} without saying for how long; the old version kept it {}.",
                a.phrase()
            ),
            (None, Some(b)) => format!(
                "The new version keeps {data} {}; the old version did not say for how long.",
                b.phrase()
            ),
            (None, None) => return,
        };
        let terms = Terms {
            data: union(&p.data, &q.data),
            recipients: Vec::new(),
            purposes: union(&p.purposes, &q.purposes),
            ..Terms::default()
        };
        let (kind, dir) = if order.is_lt() {
            ("retention_lengthened", Direction::Widens)
        } else {
            ("retention_shortened", Direction::Narrows)
        };
        out.push(self.pair_finding(i, j, kind, dir, terms, why));
    }

    /// A period of keeping stated in a clause only one version has, longer
    /// than any the other version states for that data: "we delete your
    /// conversations within 30 days" kept, and "if you allow us to use your
    /// conversations for training, we keep them for up to five years"
    /// added, keeps them longer, in some case the new version names.
    /// Periods compare only in days, and only over data both name
    /// specifically ("personal information" kept for a year says nothing of
    /// billing records kept for seven). One finding a clause, quoting the
    /// other version's longest period for that data beside it.
    fn unpaired_retention_findings(&self, out: &mut Vec<Finding>) {
        let t = self.taxonomy;
        // (Clauses rewritten past alignment are compared as pairs.)
        let mut rewritten: Option<Vec<(usize, usize)>> = None;
        for side in [Side::New, Side::Old] {
            for (ci, c) in self.clauses(side).iter().enumerate() {
                if self.counterpart(side, ci).is_some() {
                    continue;
                }
                let Some((q, b, (cj, p, a))) = c
                    .practices
                    .iter()
                    .filter(|q| !specific_data(t, &q.data).is_empty())
                    .find_map(|q| Some((q, q.retention_days?, self.shorter_there(side, q)?)))
                else {
                    continue;
                };
                let paired = rewritten
                    .get_or_insert_with(|| self.rewritten_pairs())
                    .iter()
                    .any(|&(i, j)| if side == Side::New { j == ci } else { i == ci });
                if paired {
                    continue;
                }
                let data = self.data_phrase(&q.data);
                let (kind, dir, why) = match side {
                    Side::New => (
                        "retention_lengthened",
                        Direction::Widens,
                        format!(
                            "The new version keeps {data} for up to {}; the old version said {}.",
                            days(b),
                            days(a)
                        ),
                    ),
                    Side::Old => (
                        "retention_shortened",
                        Direction::Narrows,
                        format!(
                            "The new version keeps {data} for up to {}; the old version said {}.",
                            days(a),
                            days(b)
                        ),
                    ),
                };
                let terms = Terms {
                    data: union(&p.data, &q.data),
                    purposes: union(&p.purposes, &q.purposes),
                    ..Terms::default()
                };
                let mut f = self.finding(side, ci, kind, dir, terms, why, None);
                self.quote_other(&mut f, side, Some(cj));
                f.severity = Severity::Medium;
                out.push(f);
            }
        }
    }

    /// The longest keeping the version other than `side` states of the
    /// data keeping `q` keeps (specific data, related either way), when
    /// all its keepings of it are bounded in days and all shorter than
    /// `q`'s: (clause, practice, days).
    fn shorter_there(&self, side: Side, q: &Practice) -> Option<(usize, &Practice, u32)> {
        let t = self.taxonomy;
        let b = q
            .retention_days
            .filter(|_| q.action == "retain" && !q.negated)?;
        let mut longest: Option<(usize, &Practice, u32)> = None;
        for (cj, d) in self.clauses(Self::other(side)).iter().enumerate() {
            for p in d.practices.iter() {
                if p.action != "retain" || p.negated || !related_specific(t, &q.data, &p.data) {
                    continue;
                }
                match p.retention_days {
                    Some(a) if longest.is_none_or(|(_, _, l)| a > l) => {
                        longest = Some((cj, p, a));
                    }
                    Some(_) => {}
                    None if p.retention_open.is_some() => return None,
                    None => {}
                }
            }
        }
        longest.filter(|&(_, _, a)| a < b)
    }

    /// Quotes clause `cj` of the side opposite `side` as the finding's
    /// evidence there, linked as related (with none, no evidence there and
    /// no link).
    fn quote_other(&self, f: &mut Finding, side: Side, cj: Option<usize>) {
        let e = cj.map(|cj| self.evidence(Self::other(side), cj));
        match side {
            Side::Old => f.new = e,
            Side::New => f.old = e,
        }
        f.link = if cj.is_some() {
            Link::Related
        } else {
            Link::None
        };
    }

    /// A finding only the aligned pair shows (old clause `i`, new clause
    /// `j`): a condition, a choice's exception or a retention period
    /// changed in place; it quotes both and is of medium severity.
    fn pair_finding(
        &self,
        i: usize,
        j: usize,
        kind: &str,
        dir: Direction,
        terms: Terms,
        why: String,
    ) -> Finding {
        let mut f = self.finding(Side::New, j, kind, dir, terms, why, None);
        f.old = Some(self.evidence(Side::Old, i));
        f.link = Link::Aligned;
        f.severity = Severity::Medium;
        f
    }

    /// A finding with evidence from `side` (clause `ci`) and, on the other
    /// side, the aligned clause or else, for a sharing fact, a related one:
    /// a promise about the same data or recipients.
    #[allow(clippy::too_many_arguments)]
    fn finding(
        &self,
        side: Side,
        ci: usize,
        kind: &str,
        direction: Direction,
        terms: Terms,
        why: String,
        fact: Option<FactKind>,
    ) -> Finding {
        let other = Self::other(side);
        let here = Some(self.evidence(side, ci));
        let primary = self.clauses(side)[ci].clause.text.clone();
        let (there, link) = match self.counterpart(side, ci) {
            Some(cj) => (Some(cj), Link::Aligned),
            None => {
                // (For a promise, [`Self::promise_findings`] finds the
                // related clause: it knows whose promise it is.)
                let related = match fact {
                    Some(FactKind::Recipient | FactKind::SharedData) => {
                        self.related_clause(other, &terms, true, &[], true)
                    }
                    Some(FactKind::Sells) => self.related_clause(other, &terms, true, &[], false),
                    _ => None,
                };
                (
                    related,
                    if related.is_some() {
                        Link::Related
                    } else {
                        Link::None
                    },
                )
            }
        };
        let there = there.map(|cj| self.evidence(other, cj));
        let (old, new) = match side {
            Side::New => (there, here),
            Side::Old => (here, there),
        };
        let severity = severity(fact, &terms);
        let mut f = Finding {
            id: String::new(),
            kind: kind.to_string(),
            direction,
            severity,
            data: terms.data,
            recipients: terms.recipients,
            purposes: terms.purposes,
            sources: terms.sources,
            locations: terms.locations,
            old,
            new,
            link,
            why,
            fingerprint: String::new(),
            acknowledged: false,
        };
        f.fingerprint = fingerprint(&f, &primary);
        f
    }

    /// The first clause on `side` with a sharing practice (negated or not, as
    /// asked) about related data, by hierarchy — or, where either names no
    /// data, related recipients: payment details to payment processors are
    /// no evidence beside a promise about usage data, for all that both
    /// name third parties — whose promise
    /// reaches the shared recipients: a promise not to share with
    /// advertisers says nothing of what goes to "third parties" or to the
    /// authorities, so it is no evidence beside that sharing. (The promise
    /// is the negated practice: on `side` when `negated`, else in `terms`.)
    /// Done by one of `actors`, when any are given. With `sharing`, a
    /// promise not to sell that the other version keeps word for word is
    /// none: "we do not sell your personal information", still standing,
    /// says nothing against a new disclosure to affiliates.
    fn related_clause(
        &self,
        side: Side,
        terms: &Terms,
        negated: bool,
        actors: &[&str],
        sharing: bool,
    ) -> Option<usize> {
        let t = self.taxonomy;
        // Some shared recipient within a promised one (a promise naming
        // none is about everyone; a fact naming none, about no one) — and,
        // first, a fact that names one: beside "we do not share your
        // personal information with advertisers" dropped, "we share data
        // with service providers and advertising partners" explains, "we
        // may disclose data to comply with the law" before it does not.
        let reaches = |named: bool, promised: &[String], shared: &[String]| {
            promised.is_empty()
                || (shared.is_empty() && !named)
                || shared
                    .iter()
                    .any(|x| promised.iter().any(|y| t.is_within(Kind::Recipient, x, y)))
        };
        let found = |named: bool| {
            self.clauses(side).iter().enumerate().position(|(k, c)| {
                c.practices.iter().any(|p| {
                    let (promised, shared) = if negated {
                        (&p.recipients, &terms.recipients)
                    } else {
                        (&terms.recipients, &p.recipients)
                    };
                    // A promise beside a disclosure covers some of its data: "we
                    // do not sell children's information" says nothing of
                    // posts made public. (A disclosure beside a promise may be
                    // broader: "we may disclose your personal data" limits
                    // what a promise about usage data now rules out.)
                    let data_related = if negated {
                        terms
                            .data
                            .iter()
                            .any(|x| p.data.iter().any(|y| t.is_within(Kind::Data, x, y)))
                    } else {
                        related(t, Kind::Data, &p.data, &terms.data)
                    };
                    p.negated == negated
                        && (actors.is_empty() || actors.contains(&p.actor.as_str()))
                        && discloses(&p.action)
                        && (data_related
                            || ((p.data.is_empty() || terms.data.is_empty())
                                && related(t, Kind::Recipient, &p.recipients, &terms.recipients)))
                        && reaches(named, promised, shared)
                        && !(sharing && p.action == "sell" && self.kept_as_is(side, k))
                })
            })
        };
        found(true).or_else(|| found(false))
    }

    /// The first clause on `side` that affirms one of `actions` over what
    /// the promises `ps` are about: their purposes when they name any,
    /// else their data, by hierarchy but never through generic personal
    /// information (every policy uses that; quoting any such use beside "we
    /// do not use your personal information" explains nothing).
    fn clause_doing(&self, side: Side, actions: &[&str], ps: &[&Practice]) -> Option<usize> {
        let t = self.taxonomy;
        let about = |q: &Practice| {
            ps.iter().any(|p| {
                if p.purposes.is_empty() {
                    related_specific(t, &p.data, &q.data)
                } else {
                    // (With the purpose named, any data will do.)
                    related(t, Kind::Purpose, &p.purposes, &q.purposes)
                        && (p.data.is_empty()
                            || q.data.is_empty()
                            || related(t, Kind::Data, &p.data, &q.data))
                }
            })
        };
        // (A clause the other version also has says nothing new: beside
        // the dropped promise, the passage that came with the change.)
        let stated = |doing: &dyn Fn(&Practice) -> bool, new_only: bool| {
            self.clauses(side).iter().enumerate().position(|(j, c)| {
                (!new_only || self.counterpart(side, j).is_none())
                    && c.practices
                        .iter()
                        .any(|q| !q.negated && doing(q) && about(q))
            })
        };
        let named = |q: &Practice| actions.contains(&q.action.as_str());
        // Data the company uses, shares, sells, keeps or combines it has
        // collected: beside "we do not collect information about the
        // programs you watch", "we license viewing data to advertisers" is
        // what does it (the company's own act, stated).
        let holds = |q: &Practice| {
            actions.contains(&"collect")
                && holds_data(q)
                && q.actor == "first-party"
                && !q.presupposed
        };
        stated(&named, true)
            .or_else(|| stated(&holds, true))
            .or_else(|| stated(&named, false))
            .or_else(|| stated(&holds, false))
    }
}

/// An exception carved out of (`added`) or dropped from what protects the
/// reader — a choice, a limit on keeping data: the kind (of `kinds`, the
/// widening one first), its direction and its why.
fn carved(
    added: bool,
    text: &str,
    what: &str,
    kinds: (&'static str, &'static str),
) -> (&'static str, Direction, String) {
    if added {
        (
            kinds.0,
            Direction::Widens,
            format!(
                "The new version carves “{text}” out of {what}; the old version's had no such exception."
            ),
        )
    } else {
        (
            kinds.1,
            Direction::Narrows,
            format!("The new version drops the exception “{text}” from {what}."),
        )
    }
}

/// Whether an exception to a limit on keeping data lets the company keep
/// it longer ("except where we must keep it", "unless the law requires
/// otherwise", "for our legitimate business purposes"), rather than delete
/// it sooner: "kept until your account is deleted, unless we no longer need
/// the data" ends the keeping early.
fn keeps_longer(exception: &str) -> bool {
    const LONGER: &[&str] = &[
        "keep",
        "retain",
        "store",
        "preserv",
        "hold",
        "law",
        "legal",
        "required",
        "requires",
        "obligat",
        "legitimate",
        "dispute",
        "longer period",
    ];
    !exception.contains("no longer") && LONGER.iter().any(|w| exception.contains(w))
}

/// Whether a practice acts on data the company must hold: using, sharing,
/// selling, keeping or combining it.
fn holds_data(q: &Practice) -> bool {
    matches!(
        q.action.as_str(),
        "use" | "share" | "sell" | "retain" | "combine"
    )
}

/// Whether a practice names neither data nor recipients ("you can opt out
/// at any time", "opt out of this sharing").
fn names_nothing(x: &Practice) -> bool {
    x.data.is_empty() && x.recipients.is_empty()
}

/// The data ids below the top of the hierarchy: "personal information"
/// relates every data type to every other, so it ties nothing together.
fn specific_data(t: &Taxonomy, ids: &[String]) -> Vec<String> {
    ids.iter()
        .filter(|id| t.ancestors(Kind::Data, id).len() > 1)
        .cloned()
        .collect()
}

/// [`related`] data, never through generic personal information: what ties
/// two statements about data to one another.
fn related_specific(t: &Taxonomy, a: &[String], b: &[String]) -> bool {
    related(t, Kind::Data, &specific_data(t, a), &specific_data(t, b))
}

/// Whether some term of `a` and some of `b` are one within the other, by
/// hierarchy ("phone number" and "contact information", either way round).
fn related(t: &Taxonomy, kind: Kind, a: &[String], b: &[String]) -> bool {
    a.iter().any(|x| {
        b.iter()
            .any(|y| t.is_within(kind, x, y) || t.is_within(kind, y, x))
    })
}

/// Whether a data id is a hashed kind ("hashed email address"): the
/// vocabulary labels them so, as `compose.rs` `hashed_data` reads them.
fn hashed(t: &Taxonomy, id: &str) -> bool {
    t.entry(Kind::Data, id)
        .is_some_and(|e| e.label.starts_with("hashed "))
}

/// Whether two lists of recipients are the same, or one names all of the
/// other's and more: a disclosure "to law enforcement" rewritten as one "to
/// law enforcement, government agencies or other third parties" is the
/// same disclosure, widened (the new recipients are reported as such).
fn same_or_within(a: &[String], b: &[String]) -> bool {
    a == b
        || (!a.is_empty()
            && !b.is_empty()
            && (a.iter().all(|x| b.contains(x)) || b.iter().all(|x| a.contains(x))))
}

/// Whether promise `q` promises at least what `p` does (taking exceptions
/// into account when `exceptions` is set).
fn covers(t: &Taxonomy, q: &Practice, p: &Practice, exceptions: bool) -> bool {
    let action = q.action == p.action || (q.action == "share" && p.action == "sell");
    // Whose act: the company's promise not to use data says nothing of what
    // its service providers may do, and the reverse; a promise about all
    // third parties covers one about service providers.
    let actor = actor_within(t, &p.actor, &q.actor);
    let set_covers = |kind: Kind, qs: &[String], ps: &[String]| {
        qs.is_empty()
            || (!ps.is_empty()
                && ps
                    .iter()
                    .all(|x| qs.iter().any(|y| t.is_within(kind, x, y))))
    };
    // (Third parties and the public together are everyone, as no
    // recipient named is: "we don't sell it to anyone" is "we never sell
    // it".)
    let everyone = |rs: &[String]| {
        rs.is_empty() || (rs.iter().any(|r| r == THIRD_PARTIES) && rs.iter().any(|r| r == PUBLIC))
    };
    let recipients = everyone(&q.recipients)
        || (!everyone(&p.recipients) && set_covers(Kind::Recipient, &q.recipients, &p.recipients));
    // (A promise naming no data is about the user's data, as one naming
    // personal information is: "will not access your device capabilities"
    // promises no more than "will not collect your personal information".)
    let unnamed = |d: &[String]| d.is_empty() || d == [GENERIC_DATA];
    let data = set_covers(Kind::Data, &q.data, &p.data) || (unnamed(&q.data) && unnamed(&p.data));
    // (A promise not to collect data from some parties says nothing of the
    // rest: "we don't buy data about you" is no promise not to collect it.)
    let sources = q.action != "collect"
        || q.sources.is_empty()
        || (!p.sources.is_empty() && set_covers(Kind::Recipient, &q.sources, &p.sources));
    action
        && actor
        && recipients
        && sources
        && data
        && (set_covers(Kind::Purpose, &q.purposes, &p.purposes)
            // (A party's own purposes, of whatever kind, are other purposes
            // than the company gave it data for: "prohibited from using it
            // for any other purpose" covers "… for their own marketing
            // purposes".)
            || (limits_purpose(q) && p.purposes.iter().any(|u| u == RECIPIENTS_OWN_PURPOSES)))
        && (!exceptions
            || !q.has_exception()
            || p.has_exception()
            || limits_purpose(q)
            || (on_consent_alone(q) && on_consent_alone(p)))
}

/// Whether a promise holds except on the user's consent alone, said as a
/// condition or as an exception: "we don't share it with advertisers
/// without your consent" and "… (unless, of course, you give us
/// permission)" are one promise.
fn on_consent_alone(p: &Practice) -> bool {
    p.condition.as_ref().is_some_and(|c| {
        let text = c.text.as_str();
        text.split_whitespace()
            .next()
            .is_some_and(|w| matches!(w.trim_end_matches(','), "without" | "unless" | "except"))
            && consent_alone(text)
    })
}

/// Whether a promise is a purpose limitation ("will not be used for any
/// other purpose", "… for any purpose other than providing the service"):
/// its exception names the purposes it leaves out, so it covers the same
/// limitation said without one, and an act for a stated purpose is no
/// reversal of it.
fn limits_purpose(p: &Practice) -> bool {
    p.purposes.iter().any(|u| u == OTHER_PURPOSES)
}

/// Whether promise `q` reaches every child promise `p` does: children
/// under 13 are not all the children under 16. (Apart from [`covers`]: the
/// promise an exception was carved from is the same promise at any age.)
fn ages_cover(q: &Practice, p: &Practice) -> bool {
    match (q.under_age, p.under_age) {
        (Some(a), Some(b)) => a >= b,
        _ => true,
    }
}

/// Whether promise `q`'s condition leaves promise `p` covered: one made
/// on a condition `p` does not carry covers only that case ("we do not use
/// data from members located in the EEA to train these models" keeps
/// nothing of "we do not use your personal data to train AI models"). A
/// promise kept until consent is the act on consent, compared as choices.
fn conditions_cover(q: &Practice, p: &Practice) -> bool {
    fn condition(x: &Practice) -> Option<&str> {
        x.condition
            .as_ref()
            .filter(|c| c.kind == "condition" && !consent_withheld(&c.text))
            .map(|c| c.text.as_str())
    }
    match condition(q) {
        None => true,
        Some(c) => condition(p) == Some(c),
    }
}

/// Whether actor `inner` is `outer` or a party within it ("service
/// providers" within "third parties"); the company is within nothing and
/// nothing is within it.
fn actor_within(t: &Taxonomy, inner: &str, outer: &str) -> bool {
    inner == outer
        || (inner != "first-party"
            && outer != "first-party"
            && t.is_within(Kind::Recipient, inner, outer))
}

/// The terms a finding is about.
#[derive(Debug, Clone, Default)]
struct Terms {
    data: Vec<String>,
    recipients: Vec<String>,
    purposes: Vec<String>,
    sources: Vec<String>,
    locations: Vec<String>,
}

impl Terms {
    /// The data, recipients and purposes one practice names.
    fn of(p: &Practice) -> Terms {
        Terms {
            data: p.data.clone(),
            recipients: p.recipients.clone(),
            purposes: p.purposes.clone(),
            ..Terms::default()
        }
    }
    /// The data, recipients and purposes some practices name, together.
    fn of_all(ps: &[&Practice]) -> Terms {
        let mut t = Terms::default();
        for p in ps {
            merge(&mut t.data, &p.data);
            merge(&mut t.recipients, &p.recipients);
            merge(&mut t.purposes, &p.purposes);
        }
        t
    }
}

/// The severity rule, the same in both directions:
/// - high: data shared or sold to a recipient for advertising, AI training or
///   its own purposes, or to data brokers, or sensitive data (phone number,
///   contacts, location, health, biometrics, financial, government id,
///   message content) shared; a
///   new purpose of advertising, AI training or recipients' own; a promise about sharing or selling, or
///   against one of those purposes; an
///   opt-out or opt-in choice, a browser privacy signal honoured, or
///   end-to-end encryption (set by the callers);
/// - medium: other sharing changes; marketing, suggestions, personalisation
///   or profiling purposes; sensitive data collected; sources of data; where data is
///   kept (countries and regions); other encryption; conditions,
///   retention and choice limits;
/// - low: everything else (other collection, other purposes, settings).
pub fn severity_rule() -> &'static str {
    "high: sharing for advertising, AI training or the recipients' own purposes, sharing with data brokers, sharing sensitive data, selling, promises about sharing or against those purposes, opt-out/opt-in choices (low when they come with a practice only their version states), browser privacy signals, end-to-end encryption; medium: other sharing changes, marketing/suggestion/personalisation/profiling purposes, sensitive collection, sources of data, locations of data, other encryption, conditions, retention, choice limits; low: the rest"
}

fn severity(fact: Option<FactKind>, terms: &Terms) -> Severity {
    let any = |xs: &[String], set: &[&str]| xs.iter().any(|x| set.contains(&x.as_str()));
    match fact {
        Some(FactKind::Recipient) | Some(FactKind::SharedData) | Some(FactKind::Sells) => {
            // (Data brokers buy data to resell it: their own purposes,
            // named or not.)
            if fact == Some(FactKind::Sells)
                || any(&terms.purposes, HIGH_PURPOSES)
                || any(&terms.data, SENSITIVE)
                || any(&terms.recipients, &["data-brokers"])
            {
                Severity::High
            } else {
                Severity::Medium
            }
        }
        Some(FactKind::Purpose) => {
            if any(&terms.purposes, HIGH_PURPOSES) {
                Severity::High
            } else if any(&terms.purposes, MEDIUM_PURPOSES) {
                Severity::Medium
            } else {
                Severity::Low
            }
        }
        // Data obtained from another party: as much a change in who holds
        // what about the user as a disclosure.
        Some(FactKind::Source) => Severity::Medium,
        // Where data is kept decides which law protects it and which
        // governments can demand it.
        Some(FactKind::Location) => Severity::Medium,
        Some(FactKind::CollectedData) => {
            if any(&terms.data, SENSITIVE) {
                Severity::Medium
            } else {
                Severity::Low
            }
        }
        None => Severity::Medium,
    }
}

/// Hash of what a finding is about and the normalised text of the clause it
/// rests on (the one that states the new or dropped fact); line numbers and
/// the other side's related clause are left out, so edits elsewhere in the
/// policy do not change it.
/// `why` with each “…” quotation replaced by the words of one of `texts`
/// that it normalises from: the same words in the same order, whatever
/// their case and the punctuation between them. A quotation found in none
/// stays as it is (a contraction the normalising expanded, say).
fn quoted_as_written(why: &str, texts: &[&str]) -> String {
    if !why.contains('“') {
        return why.to_string();
    }
    // (Each text lower-cased once, for all its quotations; offsets carry
    // over only where lower-casing kept every length.)
    let lowered: Vec<(&str, String)> = texts
        .iter()
        .map(|t| (*t, t.to_lowercase()))
        .filter(|(t, l)| l.len() == t.len())
        .collect();
    let mut out = String::with_capacity(why.len());
    let mut rest = why;
    while let Some(open) = rest.find('“') {
        let body = &rest[open + '“'.len_utf8()..];
        let Some(close) = body.find('”') else {
            break;
        };
        out.push_str(&rest[..open + '“'.len_utf8()]);
        let quote = &body[..close];
        let written = lowered
            .iter()
            .find_map(|(t, lower)| words_as_written(t, lower, quote));
        out.push_str(written.unwrap_or(quote));
        rest = &body[close..];
    }
    out.push_str(rest);
    out
}

/// Where `text` (lower-cased as `lower`, of the same length) holds the
/// words of `phrase` in order, case aside and with only punctuation or
/// space between them: that stretch of `text`.
fn words_as_written<'a>(text: &'a str, lower: &str, phrase: &str) -> Option<&'a str> {
    let words: Vec<&str> = phrase
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let first = *words.first()?;
    let boundary = |at: usize| {
        !lower[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    };
    lower.match_indices(first).find_map(|(at, _)| {
        if !boundary(at) {
            return None;
        }
        let mut end = at + first.len();
        for w in &words[1..] {
            let gap = lower[end..]
                .find(|c: char| c.is_alphanumeric())
                .filter(|&g| g <= 3)?;
            let start = end + gap;
            if !lower[start..].starts_with(w) {
                return None;
            }
            end = start + w.len();
        }
        let closed = !lower[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        closed.then(|| &text[at..end])
    })
}

fn fingerprint(f: &Finding, primary: &str) -> String {
    let mut h = Sha256::new();
    h.update(f.kind.as_bytes());
    for list in [&f.data, &f.recipients, &f.purposes] {
        h.update(b"\x1f");
        h.update(list.join(",").as_bytes());
    }
    // (Only when named, so the fingerprints of every other kind stay as
    // they were before sources were read.)
    if !f.sources.is_empty() {
        h.update(b"\x1f");
        h.update(f.sources.join(",").as_bytes());
    }
    if !f.locations.is_empty() {
        h.update(b"\x1dlocations\x1f");
        h.update(f.locations.join(",").as_bytes());
    }
    h.update(b"\x1e");
    h.update(crate::taxonomy::normalize(primary).as_bytes());
    h.finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A period in the unit a policy would state it in: periods are read as
/// days (a year as 365, a month as 30), so whole years print as years and
/// half a year or more of whole months as months ("18 months", "10
/// years"); shorter ones as days, as policies state them ("90 days").
pub(crate) fn days(n: u32) -> String {
    let unit = |k: u32, one: &str| {
        if k == 1 {
            format!("1 {one}")
        } else {
            format!("{k} {one}s")
        }
    };
    if n >= 365 && n.is_multiple_of(365) {
        unit(n / 365, "year")
    } else if n >= 180 && n.is_multiple_of(30) {
        unit(n / 30, "month")
    } else {
        unit(n, "day")
    }
}

fn limits_phrase(t: &Taxonomy, window: Option<u32>, scope: &[String]) -> String {
    let mut parts = Vec::new();
    if let Some(w) = window {
        parts.push(format!("within {}", days(w)));
    }
    if !scope.is_empty() {
        parts.push(format!("for {}", join_labels(t, Kind::Purpose, scope)));
    }
    parts.join(" and ")
}

trait IfEmpty {
    fn if_empty(self, other: &str) -> String;
}

impl IfEmpty for String {
    fn if_empty(self, other: &str) -> String {
        if self.is_empty() {
            other.to_string()
        } else {
            self
        }
    }
}

/// Whether a condition is the user's consent withheld, and nothing
/// besides: "without your consent", "without your prior written
/// permission" (not "without a warrant or your consent", which the law
/// may also lift).
/// Whether a condition is legal process an act goes without ("without a
/// court order", "without a warrant"): a promise kept until the law
/// compels the act.
fn process_withheld(text: &str) -> bool {
    text.starts_with("without ")
        && ["warrant", "court order", "subpoena", "legal process"]
            .iter()
            .any(|w| text.contains(w))
}

fn consent_withheld(text: &str) -> bool {
    text.starts_with("without ") && consent_alone(text)
}

/// Whether a condition names the user's consent and nothing else (no
/// warrant, order or law beside it).
fn consent_alone(text: &str) -> bool {
    [
        "consent",
        "permission",
        "authorization",
        "authorisation",
        "approval",
    ]
    .iter()
    .any(|w| text.contains(w))
        && ![" or ", "warrant", "order", "law", "legal"]
            .iter()
            .any(|w| text.contains(w))
}

/// Whether a practice's condition is its choice stated as a condition
/// ("we share it unless you opt out", "if you enable location services"):
/// the choice findings report it.
fn states_choice(p: &Practice, condition: Option<&str>) -> bool {
    p.choice.is_some()
        && condition.is_some_and(|c| {
            ["opt", "consent", "permission", "object", "unsubscribe"]
                .iter()
                .any(|w| c.contains(w))
                || p.matched
                    .iter()
                    .any(|m| m.kind == "choice" && c.contains(m.term.as_str()))
        })
}

/// What `longer` adds to `shorter` when it is that exception with more
/// cases listed after it: "except to support the school's purposes" →
/// "… or to personalize learning" adds "or to personalize learning".
fn extended(shorter: &str, longer: &str) -> Option<String> {
    let base = shorter.trim_end_matches(['.', ',', ';', ' ']);
    let rest = longer.strip_prefix(base)?.trim_start_matches([',', ' ']);
    (rest.starts_with("or ") || rest.starts_with("and ")).then(|| rest.to_string())
}

/// Whether a promise's hedge is one of time ("currently", "at this time",
/// "for now"): the promise may end, but says what it covers. (Other hedges
/// read the act narrowly, "for money", "as that term is defined under the
/// CCPA", leaving out what else the law calls it, or say it holds as a
/// rule, "generally", or as an intention: wherever they stand, they
/// promise less.)
fn hedged_in_time(hedge: &str) -> bool {
    [
        "current",
        "at this time",
        "at present",
        "for now",
        "as of",
        "presently",
    ]
    .iter()
    .any(|t| hedge.contains(t))
}

/// Whether (normalised) text leaves something to the company's judgement:
/// "if we believe in good faith", "when we determine", "if reasonably
/// necessary".
fn judges(text: &str) -> bool {
    const JUDGEMENT: &[&str] = &[
        "believe",
        "good faith",
        "appropriate",
        "discretion",
        "we consider",
        "we determine",
        "we deem",
        "we think",
        "reasonably necessary",
        "advisable",
        "we decide",
    ];
    JUDGEMENT.iter().any(|c| text.contains(c))
}

/// A disclosure the law compelled now left to the company's `judgement`
/// (`loosened`), or back: its kind, direction and why. `duty` quotes the
/// compelling condition, where one was said as a condition.
fn loosening(
    loosened: bool,
    data: &str,
    duty: Option<&str>,
    judgement: &str,
) -> (&'static str, Direction, String) {
    let duty = duty.map(|d| format!(" (“{d}”)")).unwrap_or_default();
    if loosened {
        (
            "condition_loosened",
            Direction::Widens,
            format!(
                "The new version leaves its disclosure of {data} to the company's judgement (“{judgement}”); the old version's was one the law compelled{duty}."
            ),
        )
    } else {
        (
            "condition_tightened",
            Direction::Narrows,
            format!(
                "The new version discloses {data} only as the law compels{duty}; the old version left it to the company's judgement (“{judgement}”)."
            ),
        )
    }
}

/// Whether a practice is done for the law with no condition, its clause
/// (`norm`, the normalised text extraction read) in words of duty: "we
/// will disclose your information to comply with a subpoena" (not a legal
/// purpose read from the recipient alone).
fn for_duty(x: &Practice, norm: &str) -> bool {
    x.condition.is_none()
        && x.purposes.iter().any(|pu| pu == LEGAL)
        && compulsion(norm) == Some(true)
}

/// Whether a condition names a duty the law imposes (`Some(true)`: "if
/// required by law", "in response to a subpoena", "when compelled by a
/// court order") or the company's own judgement (`Some(false)`: "if we
/// believe in good faith", "when we consider it appropriate", "if
/// reasonably necessary"); a belief about the law is judgement ("if we
/// believe the law requires it").
fn compulsion(condition: &str) -> Option<bool> {
    const WITHOUT_DUTY: &[&str] = &[
        "without a warrant",
        "without a search warrant",
        "without a court order",
        "without a subpoena",
        "without legal process",
    ];
    const DUTY: &[&str] = &[
        "comply with",
        "requir",
        "compel",
        "court order",
        "subpoena",
        "warrant",
        "legal process",
        "obligat",
        "mandat",
    ];
    // (A disclosure "without a warrant" is one the law did not compel.)
    if judges(condition) || WITHOUT_DUTY.iter().any(|c| condition.contains(c)) {
        Some(false)
    } else if DUTY.iter().any(|c| condition.contains(c)) {
        Some(true)
    } else {
        None
    }
}

/// Whether a choice's purposes narrowed from `old` to `new` (`Some(true)`),
/// widened (`Some(false)`), or neither contains the other.
///
/// A side stating no purpose covers its practice for any purpose when the
/// choice names that practice itself (`explicit`: the same data and
/// recipients on both sides): "opt out of our sharing your email address
/// with partners" → "… with partners for advertising" covers less.
/// Otherwise it compares with none: the choice may point elsewhere ("opt
/// out of this"), where its purposes stand, and the sentences that state a
/// scope rewrite it often ("opt out of commercial email" → "of promotional
/// emails").
fn scope_narrowed(old: &[String], new: &[String], explicit: bool) -> Option<bool> {
    let within = |a: &[String], b: &[String]| a.iter().all(|x| b.contains(x));
    match (within(new, old), within(old, new)) {
        _ if old.is_empty() && new.is_empty() => None,
        _ if old.is_empty() || new.is_empty() => explicit.then_some(old.is_empty()),
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// Whether two practices name the same data (some) and recipients: the
/// same practice, reworded around it.
fn same_object(p: &Practice, q: &Practice) -> bool {
    let same = |a: &[String], b: &[String]| a.len() == b.len() && a.iter().all(|x| b.contains(x));
    !p.data.is_empty() && same(&p.data, &q.data) && same(&p.recipients, &q.recipients)
}

/// "a, b and c" of taxonomy labels.
pub fn join_labels(t: &Taxonomy, kind: Kind, ids: &[String]) -> String {
    let labels: Vec<&str> = ids.iter().map(|i| t.label(kind, i)).collect();
    join_and(&labels)
}

/// The side, and its clause, of a statement only one side makes.
fn one_sided(old: Option<usize>, new: Option<usize>) -> Option<(Side, usize)> {
    match (old, new) {
        (Some(ci), None) => Some((Side::Old, ci)),
        (None, Some(cj)) => Some((Side::New, cj)),
        _ => None,
    }
}

/// "a", "a and b", "a, b and c". Where a label holds a list of its own
/// (outside brackets), a serial comma keeps the items apart: "employers
/// and recruiters, and banks, credit bureaus and insurers". (Not
/// semicolons: the whys join their halves with one.)
fn join_and(labels: &[&str]) -> String {
    // (Only outside a label's brackets: "security (fraud, spam)" is one
    // item.)
    let listed = |l: &&&str| {
        let bare = l.split('(').next().unwrap_or(l);
        bare.contains(',') || bare.contains(" and ")
    };
    let last = if labels.iter().any(|l| listed(&l)) {
        ", and "
    } else {
        " and "
    };
    match labels.len() {
        0 => String::new(),
        1 => labels[0].to_string(),
        n => format!("{}{last}{}", labels[..n - 1].join(", "), labels[n - 1]),
    }
}

fn merge(into: &mut Vec<String>, more: &[String]) {
    for m in more {
        if !into.contains(m) {
            into.push(m.clone());
        }
    }
}

fn union(a: &[String], b: &[String]) -> Vec<String> {
    let mut v = a.to_vec();
    merge(&mut v, b);
    v
}

fn dedup<'a>(it: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut v: Vec<&str> = Vec::new();
    for x in it {
        if !v.contains(&x) {
            v.push(x);
        }
    }
    v
}

impl Finding {
    /// The mirror image of a direction, for symmetry checks.
    pub fn mirrored_direction(&self) -> Direction {
        self.direction.mirror()
    }
}

/// "an opt-out", "a settings": the indefinite article a label reads with.
fn with_article(label: &str) -> String {
    let vowel = label
        .chars()
        .next()
        .is_some_and(|c| "aeiouAEIOU".contains(c));
    format!("{} {label}", if vowel { "an" } else { "a" })
}

/// The row context of a table cell whose practices name another clause
/// of its table as their source (see [`Evidence::table_row`]).
fn table_row(clauses: &[ExtractedClause], ci: usize) -> Option<TableRow> {
    let row_of = |c: &ExtractedClause| c.clause.table_row();
    let here = row_of(&clauses[ci])?;
    let from = clauses[ci].practices.iter().find_map(|p| {
        let id = p.inherited_from.as_deref()?;
        let at = clauses.iter().position(|c| c.clause.id.is(id))?;
        (row_of(&clauses[at]) == Some(here)).then_some(at)
    })?;
    // The header: the table's first row (back to where the table opens,
    // and no further than a header row), all its clauses ("Does the bank
    // share? | Can you limit this sharing?" is two questions).
    let mut first = ci;
    while first > 0
        && let (Some(prev), Some(cur)) = (row_of(&clauses[first - 1]), row_of(&clauses[first]))
        && !crate::segment::Clause::opens_table(prev, cur)
        && (cur != 0 || prev == 0)
    {
        first -= 1;
    }
    let head_row = row_of(&clauses[first]);
    let header = (first < ci && head_row != Some(here)).then(|| {
        let mut text = String::new();
        let mut last_col = None;
        for c in clauses[first..ci]
            .iter()
            .take_while(|c| row_of(c) == head_row)
        {
            let first_col = c
                .clause
                .cells
                .as_ref()
                .and_then(|v| v.first())
                .map(|&(_, k)| k.col);
            if !text.is_empty() {
                text.push_str(if first_col.is_some() && first_col == last_col {
                    " "
                } else {
                    " | "
                });
            }
            text.push_str(&by_cells(&c.clause));
            last_col = c
                .clause
                .cells
                .as_ref()
                .and_then(|v| v.last())
                .map(|&(_, k)| k.col);
        }
        text
    });
    let c = &clauses[from].clause;
    Some(TableRow {
        text: by_cells(c),
        lines: c.lines,
        clause: c.id.to_string(),
        header,
    })
}

/// A clause's text with its table cells set apart by " | ".
fn by_cells(c: &crate::segment::Clause) -> String {
    let Some(cells) = &c.cells else {
        return c.text.to_string();
    };
    let ends = cells.iter().skip(1).map(|&(o, _)| o).chain([c.text.len()]);
    cells
        .iter()
        .zip(ends)
        .filter_map(|(&(start, _), end)| c.text.get(start..end).map(str::trim))
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" | ")
}
