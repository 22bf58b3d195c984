//! The vocabulary: data types, recipients, purposes, actions, choices and the
//! grammar cues, loaded from YAML (embedded default, optionally extended by
//! `--taxonomy FILE`) and compiled into one word matcher.

mod matcher;

pub use matcher::{Hit, Matcher, Target, normalize, word_spans};

use anyhow::{Result, bail};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// The embedded default taxonomy (printable with `policy-diff taxonomy`).
pub const DEFAULT_YAML: &str = include_str!("default.yaml");

/// The recipient an international transfer names: data sent to a country
/// or region (`locations`) rather than to a party. Matched by
/// position, not by its (empty) terms.
pub const ABROAD: &str = "other-countries";

/// The broadest location, that every country and region falls within:
/// where data goes "outside the EEA" or "abroad".
pub const ANYWHERE: &str = "any-country";

/// The user's own country: data kept there stays home, data taken out of
/// it goes abroad ("outside your country").
pub const HOME: &str = "home-country";

/// The broadest company recipient, that every other company falls within:
/// what "anyone" reaches in a promise, what "third party cookies" belong to.
pub const THIRD_PARTIES: &str = "third-parties";

/// The id of the user's peers on the service ("other users", "people you
/// share with"): their passing data on is not the company's disclosure.
pub const OTHER_USERS: &str = "other-users";

/// The id of the public ("anyone", "publicly available"): what it passes
/// on of what it saw is no more the company's disclosure than other
/// users' passing on is.
pub const PUBLIC: &str = "public";

/// The purpose of a disclosure in a merger, sale of assets or bankruptcy,
/// and the recipient it implies when none is named: whoever takes the
/// business over.
pub const MERGER: &str = "merger";
pub const ACQUIRERS: &str = "acquirers";

/// The authorities, and the purpose a disclosure to them serves when none
/// is named: answering the law's demands.
pub const AUTHORITIES: &str = "law-enforcement";
pub const LEGAL: &str = "legal";

/// The purpose of training a model: what a verb of training that reaches
/// a model serves, however the model is named ("our models are trained on
/// your messages").
pub const AI_TRAINING: &str = "ai-training";

/// Purposes beyond those stated: in a promise, a purpose limitation ("will
/// not be used for any other purpose", "for any purpose other than …").
pub const OTHER_PURPOSES: &str = "other-purposes";

/// The generic data type ("personal information", "your data"): what
/// the children's and de-identified readings refine.
pub const GENERIC_DATA: &str = "personal-information";

/// The data entry of trackers (cookies, web beacons, pixels, SDKs): a
/// means of collecting as well as data, so a party that uses them
/// collects through them.
pub const TRACKERS: &str = "cookies";

/// Aggregated or de-identified information: what generic data handled "in
/// aggregate form" becomes, and how the diff weighs kinds named
/// de-identified ("aggregated location data").
pub const DEIDENTIFIED_DATA: &str = "non-personal-information";

/// The purpose of deciding or inferring about people by machine: what a
/// means used for it is used for ("we use automated decision-making").
pub const PROFILING: &str = "profiling";

/// A vocabulary entry: a data type, recipient, purpose or choice.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub id: String,
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opp115: Option<String>,
    #[serde(default)]
    pub terms: Vec<String>,
    /// When set, the terms count only in a clause that also holds one of
    /// these words or phrases ("settings" is a choice in "you can change
    /// your settings", not in "the device's settings and model").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub context: Vec<String>,
}

/// An action with the verbs (and nouns) that express it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ActionEntry {
    pub id: String,
    pub label: String,
    /// Base forms; regular inflections are generated.
    #[serde(default)]
    pub verbs: Vec<String>,
    /// Irregular forms, matched as written.
    #[serde(default)]
    pub irregular: Vec<String>,
    /// Verbs that name the action only when a recipient follows ("provide … to advertisers").
    #[serde(default)]
    pub weak: Vec<String>,
    /// Nouns naming the action, counted only before "of" ("disclosure of", "sale of").
    #[serde(default)]
    pub nouns: Vec<String>,
}

/// Words whose position decides what a sentence means.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Grammar {
    #[serde(default)]
    pub negation: Vec<String>,
    /// Phrases that contain a negation word without negating anything.
    #[serde(default)]
    pub negation_breakers: Vec<String>,
    #[serde(default)]
    pub exceptions: Vec<String>,
    #[serde(default)]
    pub conditions: Vec<String>,
    #[serde(default)]
    pub may: Vec<String>,
    #[serde(default)]
    pub will: Vec<String>,
    /// Subjects that make a verb the user's action, not the company's ("you share").
    #[serde(default)]
    pub user_subjects: Vec<String>,
    #[serde(default)]
    pub first_party: Vec<String>,
    #[serde(default)]
    pub time_units: Vec<String>,
    /// Words that make the action after them a topic, not a practice: an
    /// embedded question ("explains how we share"), or talk about the
    /// practice ("questions about our use of", "you consent to the
    /// collection of").
    #[serde(default)]
    pub topics: Vec<String>,
    /// Topic cues that count only right before an action noun ("questions
    /// about our use of").
    #[serde(default)]
    pub topics_near: Vec<String>,
    /// Destinations that are no third party: places data is stored or
    /// processed ("transferred to our servers") and the user's own device
    /// ("cookies transferred to your computer").
    #[serde(default)]
    pub places: Vec<String>,
    /// Words of data security: a transmission they describe, with no
    /// recipient, is data in transit ("transmitted using SSL encryption").
    #[serde(default)]
    pub security: Vec<String>,
    /// Subjects that stand for a party named before ("they may collect",
    /// "these companies use"): the practice is that party's.
    #[serde(default)]
    pub pronouns: Vec<String>,
    /// Phrases with a data word in them that name no data: whom a clause
    /// is about, by age ("children under the age of 13"), and grounds and
    /// stakes ("our legitimate interests", "the interests of our
    /// partners"), though "age" and "interests" are data.
    #[serde(default)]
    pub not_data: Vec<String>,
}

/// The whole vocabulary, as written in YAML.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Taxonomy {
    pub version: u32,
    /// In a user file: drop the built-in entries instead of extending them.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub replace: bool,
    #[serde(default)]
    pub data: Vec<Entry>,
    #[serde(default)]
    pub recipients: Vec<Entry>,
    #[serde(default)]
    pub purposes: Vec<Entry>,
    #[serde(default)]
    pub actions: Vec<ActionEntry>,
    #[serde(default)]
    pub choices: Vec<Entry>,
    /// Countries and regions, where data is kept, processed or sent: a
    /// transfer to one ("transferred to the United States") is an
    /// international transfer, a disclosure to the recipient
    /// `other-countries` when the taxonomy has it; a practice placing its
    /// data in one records it (`Practice.locations`).
    #[serde(default)]
    pub locations: Vec<Entry>,
    #[serde(default)]
    pub grammar: Grammar,
}

/// Which list an entry belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Data,
    Recipient,
    Purpose,
    Action,
    Choice,
    Location,
}

impl Taxonomy {
    /// The embedded default.
    pub fn builtin() -> Taxonomy {
        crate::yaml::from_str(DEFAULT_YAML, "built-in taxonomy").expect("built-in taxonomy parses")
    }

    /// The default extended (or replaced) by a user file, validated.
    pub fn load(user_file: Option<&str>) -> Result<Taxonomy> {
        let mut tax = Taxonomy::builtin();
        if let Some(path) = user_file {
            let text = std::fs::read_to_string(path).map_err(|e| {
                anyhow::anyhow!(
                    "{path}: {}",
                    if e.kind() == std::io::ErrorKind::NotFound {
                        "no such file".to_string()
                    } else {
                        e.to_string()
                    }
                )
            })?;
            // (Countries were a grammar word list before they were entries
            // of their own: say what became of it, not just "unknown field".)
            if text
                .lines()
                .any(|l| l.trim_start().starts_with("jurisdictions:"))
            {
                bail!(
                    "{path}: grammar `jurisdictions` is now the `locations` list (entries with id, label, parent and terms, like recipients)"
                );
            }
            let user: Taxonomy = crate::yaml::from_str(&text, path)?;
            tax.extend(user);
            tax.validate().map_err(|e| anyhow::anyhow!("{path}: {e}"))?;
        }
        Ok(tax)
    }

    /// Adds a user's entries: same id replaces, new id appends.
    pub fn extend(&mut self, user: Taxonomy) {
        if user.replace {
            *self = Taxonomy {
                replace: false,
                ..user
            };
            return;
        }
        merge(&mut self.data, user.data, |e| e.id.clone());
        merge(&mut self.recipients, user.recipients, |e| e.id.clone());
        merge(&mut self.purposes, user.purposes, |e| e.id.clone());
        merge(&mut self.actions, user.actions, |e| e.id.clone());
        merge(&mut self.choices, user.choices, |e| e.id.clone());
        merge(&mut self.locations, user.locations, |e| e.id.clone());
        let g = &mut self.grammar;
        let u = user.grammar;
        for (mine, theirs) in [
            (&mut g.negation, u.negation),
            (&mut g.negation_breakers, u.negation_breakers),
            (&mut g.exceptions, u.exceptions),
            (&mut g.conditions, u.conditions),
            (&mut g.may, u.may),
            (&mut g.will, u.will),
            (&mut g.user_subjects, u.user_subjects),
            (&mut g.first_party, u.first_party),
            (&mut g.time_units, u.time_units),
            (&mut g.topics, u.topics),
            (&mut g.topics_near, u.topics_near),
            (&mut g.places, u.places),
            (&mut g.security, u.security),
            (&mut g.pronouns, u.pronouns),
            (&mut g.not_data, u.not_data),
        ] {
            for w in theirs {
                if !mine.contains(&w) {
                    mine.push(w);
                }
            }
        }
    }

    /// Checks ids are unique, parents exist and the hierarchy has no cycle.
    pub fn validate(&self) -> Result<()> {
        for (name, list) in [
            ("data", &self.data),
            ("recipients", &self.recipients),
            ("purposes", &self.purposes),
            ("choices", &self.choices),
            ("locations", &self.locations),
        ] {
            let ids: HashSet<&str> = list.iter().map(|e| e.id.as_str()).collect();
            if ids.len() != list.len() {
                bail!("duplicate id in {name}");
            }
            for e in list {
                if e.id.trim().is_empty() {
                    bail!("an entry in {name} has an empty id");
                }
                if let Some(p) = &e.parent
                    && !ids.contains(p.as_str())
                {
                    bail!("{name} entry '{}' names unknown parent '{p}'", e.id);
                }
            }
            let parents: HashMap<&str, &str> = list
                .iter()
                .filter_map(|e| e.parent.as_deref().map(|p| (e.id.as_str(), p)))
                .collect();
            for e in list {
                let mut cur = e.id.as_str();
                for _ in 0..=list.len() {
                    match parents.get(cur) {
                        Some(p) => cur = p,
                        None => break,
                    }
                    if cur == e.id {
                        bail!("{name} entry '{}' is its own ancestor", e.id);
                    }
                }
            }
        }
        let ids: HashSet<&str> = self.actions.iter().map(|a| a.id.as_str()).collect();
        if ids.len() != self.actions.len() {
            bail!("duplicate id in actions");
        }
        Ok(())
    }

    pub fn entries(&self, kind: Kind) -> &[Entry] {
        match kind {
            Kind::Data => &self.data,
            Kind::Recipient => &self.recipients,
            Kind::Purpose => &self.purposes,
            Kind::Choice => &self.choices,
            Kind::Location => &self.locations,
            Kind::Action => &[],
        }
    }

    pub fn entry(&self, kind: Kind, id: &str) -> Option<&Entry> {
        self.entries(kind).iter().find(|e| e.id == id)
    }

    /// The human label of an id (the id itself when unknown).
    pub fn label<'a>(&'a self, kind: Kind, id: &'a str) -> &'a str {
        self.entry(kind, id).map(|e| e.label.as_str()).unwrap_or(id)
    }

    /// `id` and its ancestors, nearest first.
    pub fn ancestors(&self, kind: Kind, id: &str) -> Vec<String> {
        let mut out = vec![id.to_string()];
        let mut cur = self.entry(kind, id);
        while let Some(p) = cur.and_then(|e| e.parent.as_deref()) {
            if out.iter().any(|o| o == p) {
                break;
            }
            out.push(p.to_string());
            cur = self.entry(kind, p);
        }
        out
    }

    /// Whether `id` is `ancestor` or lies below it. (Walks the parents
    /// without collecting them: the diff asks it of every pair of facts.)
    pub fn is_within(&self, kind: Kind, id: &str, ancestor: &str) -> bool {
        let mut cur = id;
        // (A cycle the vocabulary should not have ends the walk, as
        // [`Taxonomy::ancestors`] ends it.)
        for _ in 0..32 {
            if cur == ancestor {
                return true;
            }
            match self.entry(kind, cur).and_then(|e| e.parent.as_deref()) {
                Some(p) => cur = p,
                None => return false,
            }
        }
        false
    }
}

fn merge<T>(mine: &mut Vec<T>, theirs: Vec<T>, id: impl Fn(&T) -> String) {
    for t in theirs {
        let tid = id(&t);
        match mine.iter_mut().find(|m| id(m) == tid) {
            Some(m) => *m = t,
            None => mine.push(t),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_is_valid_and_hierarchical() {
        let t = Taxonomy::builtin();
        t.validate().unwrap();
        assert!(t.is_within(Kind::Data, "phone-number", "personal-information"));
        assert!(t.is_within(Kind::Recipient, "facebook", "third-parties"));
        assert!(!t.is_within(Kind::Recipient, "other-users", "third-parties"));
    }

    #[test]
    fn user_file_extends_and_validates() {
        let mut t = Taxonomy::builtin();
        let user: Taxonomy = crate::yaml::from_str(
            "version: 1\nrecipients:\n  - id: acme\n    label: Acme\n    parent: affiliates\n    terms: [acme corp]\n",
            "user.yaml",
        )
        .unwrap();
        t.extend(user);
        t.validate().unwrap();
        assert!(t.is_within(Kind::Recipient, "acme", "third-parties"));
        let bad: Taxonomy = crate::yaml::from_str(
            "version: 1\ndata:\n  - id: x\n    label: X\n    parent: nowhere\n",
            "bad.yaml",
        )
        .unwrap();
        t.extend(bad);
        assert!(
            t.validate()
                .unwrap_err()
                .to_string()
                .contains("unknown parent")
        );
    }

    #[test]
    fn an_old_jurisdictions_list_says_what_became_of_it() {
        let path = std::env::temp_dir().join(format!("pd-jur-{}.yaml", std::process::id()));
        std::fs::write(&path, "version: 1\ngrammar:\n  jurisdictions: [atlantis]\n").unwrap();
        let err = Taxonomy::load(path.to_str()).unwrap_err().to_string();
        std::fs::remove_file(&path).ok();
        assert!(err.contains("is now the `locations` list"), "{err}");
        assert!(!err.contains('\n'), "{err}");
    }

    #[test]
    fn malformed_yaml_is_one_line_naming_the_file() {
        let err =
            crate::yaml::from_str::<Taxonomy>("version: [1\n  data: {", "t.yaml").unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("t.yaml: malformed YAML"), "{msg}");
        assert!(!msg.contains('\n'));
    }
}
