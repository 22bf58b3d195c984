//! The practice record extraction yields, and what it matched.

use crate::segment::Clause;
use serde::Serialize;
use std::sync::{Arc, OnceLock};

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

impl Condition {
    /// Whether the condition is a bar on the parties a disclosure reaches,
    /// a relative clause on them: "(with service providers) who are
    /// prohibited from using it …", "(partners) that have agreed to
    /// protect it".
    pub fn bars_parties(&self) -> bool {
        self.kind == "condition"
            && ["who ", "that ", "which "]
                .iter()
                .any(|r| self.text.starts_with(r))
    }
}

/// A retention bound stated without a number of days. (Declared from
/// the nearest end to none: the order a clause naming several ranks them
/// by.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum OpenRetention {
    /// Until the user acts: "while your account is active", "as long as
    /// you use the services", "until you delete it".
    #[serde(rename = "account")]
    Account,
    /// As long as the company judges it needed: "as long as necessary for
    /// the purposes described", "no longer than required", "until it is no
    /// longer needed".
    #[serde(rename = "as-needed")]
    AsNeeded,
    /// Without end: "indefinitely", "permanently", "forever".
    #[serde(rename = "indefinite")]
    Indefinite,
}

/// How long a retention practice keeps its data: a period, or an open bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retention {
    Days(u32),
    Open(OpenRetention),
}

impl Retention {
    /// The bound in words, as the sentence "… keeps the data ___" ends.
    pub fn phrase(self) -> String {
        match self {
            Retention::Days(n) => format!("for up to {}", crate::compare::days(n)),
            Retention::Open(OpenRetention::Account) => {
                "until the account is closed or the data deleted".to_string()
            }
            Retention::Open(OpenRetention::AsNeeded) => {
                "as long as the company judges necessary".to_string()
            }
            Retention::Open(OpenRetention::Indefinite) => "indefinitely".to_string(),
        }
    }

    /// The bound as a denied keeping states it ("we do not keep it ___"):
    /// "longer than 90 days", "longer than necessary".
    pub fn beyond_phrase(self) -> String {
        match self {
            Retention::Days(n) => format!("longer than {}", crate::compare::days(n)),
            Retention::Open(OpenRetention::Account) => {
                "after the account is closed or the data deleted".to_string()
            }
            Retention::Open(OpenRetention::AsNeeded) => "longer than necessary".to_string(),
            Retention::Open(OpenRetention::Indefinite) => "indefinitely".to_string(),
        }
    }

    /// How far the bound reaches: a period and the user's own act both end
    /// the keeping (which one sooner, the text does not say); the company's
    /// judgement of need ends it later than a fixed period or the user's
    /// act would; nothing ends it at all.
    fn reach(self) -> u8 {
        match self {
            Retention::Days(_) | Retention::Open(OpenRetention::Account) => 0,
            Retention::Open(OpenRetention::AsNeeded) => 1,
            Retention::Open(OpenRetention::Indefinite) => 2,
        }
    }
}

/// Longer keeps data longer; two periods compare by their days; a period
/// and "until you delete your account" do not compare.
impl PartialOrd for Retention {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        match (self, other) {
            (Retention::Days(a), Retention::Days(b)) => Some(a.cmp(b)),
            (a, b) if a == b => Some(std::cmp::Ordering::Equal),
            (a, b) if a.reach() == b.reach() => None,
            (a, b) => Some(a.reach().cmp(&b.reach())),
        }
    }
}

/// Which words matched which taxonomy entries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Matched {
    pub term: String,
    /// data, recipient, purpose, action, choice, location, negation, exception or condition.
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
    /// Recipient ids of the parties the data comes from, for the company's
    /// collection, use or keeping: "we receive information about you from
    /// data brokers", "our partners may share your email address with
    /// us". A new source widens what is known about the user as surely as
    /// a new recipient does. Omitted when none is named.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub sources: Vec<String>,
    /// `locations` ids of the countries and regions where the practice
    /// places its data: "stored on servers in Ireland", "processed in any
    /// country where we operate", "transferred outside the EEA" (other
    /// countries). Omitted when none is named.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub locations: Vec<String>,
    pub purposes: Vec<String>,
    pub choice: Option<Choice>,
    pub condition: Option<Condition>,
    /// For retention practices: the longest period stated, in days.
    pub retention_days: Option<u32>,
    /// For retention practices stating no period in days: the open bound
    /// they state instead ("while your account is active", "as long as
    /// necessary", "indefinitely"), so a diff sees "30 days" turn into
    /// "indefinitely".
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub retention_open: Option<OpenRetention>,
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
    /// Stated as a restriction: "we will only ever share your information
    /// in the circumstances below", "we share it only with our service
    /// providers" — the affirmed twin of "we do not share it except …", so
    /// a diff does not read the one rewritten as the other as a promise
    /// turned around.
    #[serde(skip)]
    pub restricted: bool,
    /// Kept only for a data pronoun as its object ("we sell it"): the data
    /// the clause before named fills it, or it states nothing and goes.
    #[serde(skip)]
    pub pronoun_object: bool,
    /// The words that hedge a promise ("we do not currently sell", "we
    /// generally do not share"): a promise for now, or as a rule, is
    /// weaker than one made outright, and a diff says when one turns into
    /// the other. Only on denied practices.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub hedge: Option<String>,
    /// Its data is named de-identified: "aggregated location data", "your
    /// usage data in anonymized form". The kinds stay (OPP-115 files
    /// "anonymized location data" as location), but a diff compares such
    /// data as the de-identified kind: location shared only aggregated that
    /// is then shared as it is goes to the partner in a new form.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub deidentified: bool,
    /// The kind of choice (taxonomy `choices` id) the practice is said to
    /// go on past: "even if you opt out, we may still use your activity to
    /// show you ads", "opting out does not apply to data we share with
    /// service providers". What the choice leaves alone, so a diff sees an
    /// opt-out kept in place reach less.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub despite: Option<String>,
    /// For children's information: the age the children are under ("from
    /// children under 13", "below the age of 16"), so a diff sees a
    /// promise about children under 16 narrowed to those under 13.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub under_age: Option<u32>,
}

/// Whether an action passes data on to recipients (a disclosure or a
/// sale): the actions whose recipients count, and the ones a diff watches.
pub fn discloses(action: &str) -> bool {
    matches!(action, "share" | "sell")
}

impl Practice {
    /// The company's act on `data`, with nothing else stated (no party,
    /// purpose, choice or condition): what a rule reads from words that
    /// are no action verb ("deleted within 48 hours", "never leaves your
    /// device").
    pub(crate) fn companys(
        action: &str,
        negated: bool,
        data: Vec<String>,
        matched: Arc<[Matched]>,
        objects: Vec<DataSpan>,
    ) -> Practice {
        Practice {
            action: action.to_string(),
            negated,
            modality: Modality::Unspecified,
            actor: "first-party".to_string(),
            data,
            recipients: Vec::new(),
            sources: Vec::new(),
            locations: Vec::new(),
            purposes: Vec::new(),
            choice: None,
            condition: None,
            retention_days: None,
            retention_open: None,
            inherited_from: None,
            matched,
            objects,
            presupposed: false,
            restricted: false,
            pronoun_object: false,
            hedge: None,
            deidentified: false,
            despite: None,
            under_age: None,
        }
    }

    /// The same practice done by another party that the subject names
    /// beside this one's ("we and our affiliates use …"): that party acts,
    /// so it is no recipient of its own act.
    pub(crate) fn done_by(&self, actor: &str) -> Practice {
        let mut q = self.clone();
        q.recipients.retain(|r| r != actor);
        q.actor = actor.to_string();
        q
    }

    /// Adds what `other`, the same practice stated by another verb of the
    /// clause, names beside this one: its data, recipients, purposes and
    /// their spans.
    pub(crate) fn absorb(&mut self, other: Practice) {
        super::merge_ids(&mut self.data, other.data);
        super::merge_ids(&mut self.recipients, other.recipients);
        super::merge_ids(&mut self.sources, other.sources);
        super::merge_ids(&mut self.locations, other.locations);
        super::merge_ids(&mut self.purposes, other.purposes);
        super::merge_ids(&mut self.objects, other.objects);
    }

    /// How long the practice keeps its data, if it says.
    pub fn retention(&self) -> Option<Retention> {
        self.retention_days
            .map(Retention::Days)
            .or(self.retention_open.map(Retention::Open))
    }

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
    /// What the clause says beside its practices (notice of changes,
    /// browser signals, encryption, opting out: [`super::said`]), read
    /// when first asked; serialised in place, each omitted when nothing.
    #[serde(flatten)]
    pub said: super::said::Said,
}
