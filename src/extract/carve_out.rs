//! A sentence that carves an exception out of the promise before it: "We
//! will never sell your data. This does not apply to data shared with our
//! advertising partners." The promise sentence is unchanged word for word,
//! so only reading the next one as its exception lets a diff see the
//! promise weakened.

use super::scan::Scan;
use super::{Condition, Extractor, Practice};
use crate::taxonomy::{Kind, Target};
use std::sync::Arc;

/// What the sentence opens with to point back at the statement before.
const POINTERS: &[&str] = &[
    "this",
    "that",
    "the foregoing",
    "the above",
    "the preceding",
    "this restriction",
    "these restrictions",
    "this limitation",
    "these limitations",
    "this commitment",
    "these commitments",
    "this promise",
];

/// Whether a clause's normalised text opens by carving a case out of the
/// statement before: "This does not apply to …", "These restrictions do
/// not apply where …", "The foregoing does not cover …".
pub(super) fn carves_out(norm: &str) -> bool {
    // (Every pointer opens so, and every sentence is asked: most are done
    // here.)
    if !norm.starts_with("th") {
        return false;
    }
    POINTERS.iter().any(|p| {
        norm.strip_prefix(p)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|rest| {
                let mut w = rest.split([' ', ',', '.']);
                matches!(w.next(), Some("does" | "do" | "shall" | "will"))
                    && w.next() == Some("not")
                    && matches!(w.next(), Some("apply" | "cover"))
            })
    })
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
}

#[cfg(test)]
mod tests {
    use super::carves_out;

    #[test]
    fn a_carving_sentence_points_back_and_limits() {
        for t in [
            "this does not apply to data shared with our advertising partners.",
            "these restrictions do not apply where we are required by law.",
            "the foregoing does not apply to information we disclose to our affiliates.",
        ] {
            assert!(carves_out(t), "{t}");
        }
        for t in [
            "this policy does not apply to third-party websites.",
            "thisdoes not apply to anything.",
            "we do not apply this to data shared with partners.",
        ] {
            assert!(!carves_out(t), "{t}");
        }
    }
}
