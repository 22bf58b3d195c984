//! A sentence that carves an exception out of the statement before: "We
//! will never sell your data. This does not apply to data shared with our
//! advertising partners." The statement is unchanged word for word, so
//! only reading the next sentence as its exception lets a diff see the
//! promise weakened — or the choice offered reach less: "You can opt out of
//! interest-based ads in Settings. This setting does not apply to ads based
//! on data from our partners."

use super::scan::Scan;
use super::{Condition, Extractor, Matched, Practice};
use crate::taxonomy::{Hit, Kind, Target};
use std::sync::Arc;

/// What the sentence opens with to point back at the statement before,
/// and what that statement may be.
const POINTERS: &[(&str, Pointed)] = &[
    ("this", Pointed::Either),
    ("that", Pointed::Either),
    ("the foregoing", Pointed::Either),
    ("the above", Pointed::Either),
    ("the preceding", Pointed::Either),
    ("this restriction", Pointed::Promise),
    ("these restrictions", Pointed::Promise),
    ("this limitation", Pointed::Promise),
    ("these limitations", Pointed::Promise),
    ("this commitment", Pointed::Promise),
    ("these commitments", Pointed::Promise),
    ("this promise", Pointed::Promise),
    ("this setting", Pointed::Choice),
    ("these settings", Pointed::Choice),
    ("this choice", Pointed::Choice),
    ("these choices", Pointed::Choice),
    ("your choice", Pointed::Choice),
    ("your choices", Pointed::Choice),
    ("this option", Pointed::Choice),
    ("these options", Pointed::Choice),
    ("this opt-out", Pointed::Choice),
    ("your opt-out", Pointed::Choice),
    ("opting out", Pointed::Choice),
    ("this control", Pointed::Choice),
    ("these controls", Pointed::Choice),
    ("these preferences", Pointed::Choice),
];

/// What a carving sentence points back at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Pointed {
    /// A promise ("this restriction"): its exception.
    Promise,
    /// A choice ("this setting", "opting out"): what it leaves alone.
    Choice,
    /// Whichever the statement before is ("this", "the foregoing").
    Either,
}

impl Pointed {
    pub(super) fn promise(self) -> bool {
        self != Pointed::Choice
    }

    pub(super) fn choice(self) -> bool {
        self != Pointed::Promise
    }
}

/// Whether a clause's normalised text opens by carving a case out of the
/// statement before, and what it points at: "This does not apply to …",
/// "These restrictions do not apply where …", "The foregoing does not cover
/// …", "This setting does not apply to …".
pub(super) fn carves_out(norm: &str) -> Option<Pointed> {
    // (Every pointer opens so, and every sentence is asked: most are done
    // here.)
    if !matches!(norm.as_bytes().first(), Some(b't' | b'y' | b'o')) {
        return None;
    }
    // (The longest pointer that opens it: "this setting", not "this".)
    let mut found = None;
    for &(p, pointed) in POINTERS {
        let Some(rest) = norm.strip_prefix(p).and_then(|r| r.strip_prefix(' ')) else {
            continue;
        };
        let mut w = rest.split([' ', ',', '.']);
        if matches!(w.next(), Some("does" | "do" | "shall" | "will"))
            && w.next() == Some("not")
            && matches!(w.next(), Some("apply" | "cover"))
        {
            found = Some(pointed);
        }
    }
    found
}

impl Extractor {
    /// The practices of the clause before, with its promises (denied
    /// practices with no condition of their own) taking the carving-out
    /// clause as their exception, and the parties, data and purposes it
    /// names as the exception's terms. `None` when it has no such promise.
    pub(super) fn carved_from(&self, scan: &Scan, before: &[Practice]) -> Option<Arc<[Practice]>> {
        if !before.iter().any(|p| p.negated && p.condition.is_none()) {
            return None;
        }
        let mut terms: Vec<String> = Vec::new();
        for h in &scan.hits {
            for t in self.matcher.targets(h.pattern) {
                if let Target::Entry(k @ (Kind::Recipient | Kind::Data | Kind::Purpose), i) = *t {
                    let id = &self.taxonomy.entries(k)[i].id;
                    if !terms.contains(id) {
                        terms.push(id.clone());
                    }
                }
            }
        }
        let text = scan
            .norm
            .trim_end_matches(|c: char| c.is_ascii_punctuation() || c == ' ')
            .to_string();
        Some(
            before
                .iter()
                .map(|p| {
                    let mut p = p.clone();
                    if p.negated && p.condition.is_none() {
                        p.condition = Some(Condition {
                            kind: "exception".to_string(),
                            text: text.clone(),
                            terms: terms.clone(),
                        });
                    }
                    p
                })
                .collect(),
        )
    }

    /// What a choice offered in the clause before leaves alone, as the
    /// carving clause names it: the practice the choice was offered over,
    /// with the carving clause's own act, parties, data and purposes where
    /// it names them, going on past that choice (`despite`). `None` when
    /// the clause before offers no choice over a practice, or the carving
    /// clause names nothing it leaves alone.
    pub(super) fn carved_from_choice(
        &self,
        scan: &Scan,
        before: &[Practice],
        own_names: &[String],
    ) -> Option<Practice> {
        let offered = before
            .iter()
            .find(|p| !p.negated && p.despite.is_none() && p.choice.is_some())?;
        let mut p = offered.clone();
        let (mut data, mut recipients, mut purposes) = (Vec::new(), Vec::new(), Vec::new());
        let mut action = None;
        let mut matched = Vec::new();
        // (Not the words of a purpose: "mandatory service communications"
        // are messages the company sends, no data of the user's.)
        let in_purpose = |h: &Hit| {
            scan.hits.iter().any(|p| {
                p.start <= h.start
                    && h.end <= p.end
                    && (p.start, p.end) != (h.start, h.end)
                    && self
                        .matcher
                        .targets(p.pattern)
                        .iter()
                        .any(|t| matches!(t, Target::Entry(Kind::Purpose, _)))
            })
        };
        for h in &scan.hits {
            // (The company's own name is no party it leaves alone, nor one
            // data comes from: "ads based on information from our
            // partners".)
            if in_purpose(h)
                || self.is_own(own_names, &scan.norm[h.start..h.end], h)
                || source_before(&scan.norm[..h.start])
            {
                continue;
            }
            for t in self.matcher.targets(h.pattern) {
                let Target::Entry(k, i) = *t else { continue };
                let (list, kind) = match k {
                    Kind::Data => (&mut data, "data"),
                    Kind::Recipient => (&mut recipients, "recipient"),
                    Kind::Purpose => (&mut purposes, "purpose"),
                    // (Its own act where it names a disclosure: "this does
                    // not apply to data we disclose to our affiliates".)
                    Kind::Action if super::discloses(&self.taxonomy.actions[i].id) => {
                        action.get_or_insert(i);
                        continue;
                    }
                    _ => continue,
                };
                let id = self.taxonomy.entries(k)[i].id.clone();
                matched.push(Matched {
                    term: scan.norm[h.start..h.end].to_string(),
                    kind,
                    id: id.clone(),
                });
                if !list.contains(&id) {
                    list.push(id);
                }
            }
        }
        if data.is_empty() && recipients.is_empty() && purposes.is_empty() {
            return None;
        }
        let kind = offered.choice.as_ref().map(|c| c.kind.clone());
        if let Some(a) = action {
            p.action = self.taxonomy.actions[a].id.clone();
        } else if !recipients.is_empty() && !super::discloses(&p.action) {
            // (Parties it leaves alone get the data: "This setting does not
            // apply to search engines that access your information as an
            // application" — and for their own ends, not the choice's.)
            p.action = "share".to_string();
            p.purposes = Vec::new();
        }
        for (field, named) in [
            (&mut p.data, data),
            (&mut p.recipients, recipients),
            (&mut p.purposes, purposes),
        ] {
            if !named.is_empty() {
                *field = named;
            }
        }
        // (Recipients count only where the act passes data on.)
        if !super::discloses(&p.action) {
            p.recipients.clear();
        }
        p.choice = None;
        p.despite = kind;
        p.condition = None;
        p.presupposed = false;
        p.inherited_from = None;
        p.matched = matched.into();
        // (The words it rests on are the other clause's: none here.)
        p.objects = Vec::new();
        Some(p)
    }
}

/// Whether the text before a party ends in "from" (past its
/// determiners): the party is where data comes from.
fn source_before(before: &str) -> bool {
    before
        .split_whitespace()
        .rev()
        .find(|w| !super::words::determines_party(w))
        == Some("from")
}

#[cfg(test)]
mod tests {
    use super::{Pointed, carves_out};

    #[test]
    fn a_carving_sentence_points_back_and_limits() {
        for (t, pointed) in [
            (
                "this does not apply to data shared with our advertising partners.",
                Pointed::Either,
            ),
            (
                "these restrictions do not apply where we are required by law.",
                Pointed::Promise,
            ),
            (
                "the foregoing does not apply to information we disclose to our affiliates.",
                Pointed::Either,
            ),
            (
                "this setting does not apply to ads based on data from our partners.",
                Pointed::Choice,
            ),
            (
                "opting out does not apply to data we share with service providers.",
                Pointed::Choice,
            ),
        ] {
            assert_eq!(carves_out(t), Some(pointed), "{t}");
        }
        for t in [
            "this policy does not apply to third-party websites.",
            "thisdoes not apply to anything.",
            "we do not apply this to data shared with partners.",
            "your use of the site does not apply to anything.",
        ] {
            assert_eq!(carves_out(t), None, "{t}");
        }
    }
}
