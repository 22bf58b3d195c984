//! Who a pronoun subject stands for: the party a previous clause named.

use super::Extractor;
use super::scan::Scan;
use super::words::{EXAMPLE_CUES, OBJECT_PREPOSITIONS};
use crate::taxonomy::{Hit, Kind, Target};

/// The party a pronoun subject can stand for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) enum Antecedent {
    /// A recipient (index into the taxonomy's recipients): "Advertisers …
    /// They may collect". An index, not the id: every clause of every
    /// version passes its antecedent on to the next.
    Recipient(usize),
    /// The user: "Users may post content. They may share it".
    User,
    /// Nobody named: the pronoun is read as no company practice.
    Unknown,
}

impl Extractor {
    /// The party a clause names last (a recipient other than the company
    /// itself, or users), for the pronoun subjects of the next one. Not
    /// "you": a "they" cannot stand for the reader ("These partners use
    /// cookies when you visit. They may collect …" is the partners).
    pub(super) fn last_party(&self, scan: &Scan, own: &[String]) -> Option<Antecedent> {
        let recipient = |h: &Hit| {
            let text = &scan.norm[h.start..h.end];
            if self.is_own(own, text, h) {
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
                // (A party given as an example stands for the kind it
                // exemplifies: after "We use analytics providers such as
                // Google Analytics." "they" are the providers.)
                let acts = |h: &Hit| {
                    self.matcher
                        .targets(h.pattern)
                        .iter()
                        .any(Target::is_action)
                };
                let head = example_head(&scan.norm, &scan.hits[..k], h.start, acts)
                    .and_then(|g| recipient(&scan.hits[g]));
                return Some(Antecedent::Recipient(head.unwrap_or(i)));
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
            // (Nor are users a preposition governs, whom data is of or
            // about: in "We hire third parties to analyse the browsing
            // patterns of our users. They may record …" "they" are the
            // third parties.)
            let governed = || {
                scan.norm[..h.start]
                    .split_whitespace()
                    .rev()
                    .find(|w| !matches!(*w, "our" | "the" | "its" | "their" | "all" | "other"))
                    .is_some_and(|w| OBJECT_PREPOSITIONS.contains(&w))
            };
            (user && text != "you" && !joined && !governed()).then_some(Antecedent::User)
        })
    }

    /// The party a pronoun subject in the next sentence stands for: the
    /// one this sentence named last, else (when this sentence's own subject
    /// was a pronoun) the one it stood for.
    pub(super) fn context_after(
        &self,
        scan: &Scan,
        own: &[String],
        antecedent: &Antecedent,
    ) -> Antecedent {
        // (So does an example that names no party, which elaborates on the
        // sentence before and shifts no topic: "We employ other companies
        // to perform functions on our behalf. Examples include sending
        // e-mail. They have access to personal information …" are the
        // companies.)
        let example = [
            "examples include ",
            "for example ",
            "for instance ",
            "such as ",
        ]
        .iter()
        .any(|e| {
            scan.norm
                .strip_prefix(e.trim_end())
                .is_some_and(|rest| rest.starts_with([' ', ',']))
        })
            // (Not one of the company's own acts: in "For instance, we use
            // cookies … They are also used …" "they" are the cookies.)
            && !scan.hits.iter().any(|h| {
                self.matcher
                    .targets(h.pattern)
                    .iter()
                    .any(|t| matches!(t, Target::FirstParty))
            });
        match self.last_party(scan, own) {
            Some(a) => a,
            None if scan.pronoun || example => antecedent.clone(),
            None => Antecedent::Unknown,
        }
    }
}

/// The hit (an index into `hits`, which all end before `at`) a party named
/// at `at` is an example of: the one right before a cue ("such as",
/// "including", "like") that opens a list `at` is in, no verb and no stop
/// between ("analytics providers such as Google Analytics", "partners,
/// including Facebook and Google"). Plural pronouns after it stand for the
/// kind, not for its last example.
pub(super) fn example_head(
    norm: &str,
    hits: &[Hit],
    at: usize,
    acts: impl Fn(&Hit) -> bool,
) -> Option<usize> {
    /// How far before the party the kind may end (bytes): a short list.
    const REACH: usize = 80;
    // (Asked of the last party of every clause of every version: only the
    // few hits just before it are read, each by the words right after it.)
    for (g, head) in hits.iter().enumerate().rev() {
        if head.end > at {
            continue;
        }
        if at - head.end > REACH {
            return None;
        }
        let rest = norm[head.end..at].trim_start_matches([' ', ',']);
        let Some(cue) = EXAMPLE_CUES
            .iter()
            .find(|c| rest.starts_with(c.trim_start()))
        else {
            continue;
        };
        let list = &rest[cue.trim_start().len().min(rest.len())..];
        return (!acts(head)
            && !list.contains(['.', ';', ':', '(', ')'])
            && !hits[g + 1..].iter().any(&acts))
        .then_some(g);
    }
    None
}
