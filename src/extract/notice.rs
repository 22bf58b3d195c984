//! Notice of changes to the policy itself: "we will notify you by email
//! before material changes take effect" promises the reader a say before a
//! new version applies; "we may change this policy at any time by posting
//! it here" promises nothing. A version that drops the first for the second
//! lets every later change through unseen, so the diff compares them.
//!
//! Read from a clause's normalised text, not from its practices: the
//! promise is about the document, not about data.

use super::phrases::{ceil, floor};

/// What a clause says of changes to the policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeNotice {
    /// The reader is told directly, or asked: "we will notify you", "we
    /// will email you", "we will ask for your consent".
    Direct,
    /// Changes are only posted or dated ("we will post the updated policy
    /// on this page"), or made without notice ("at any time without
    /// notice").
    Posted,
}

/// Words naming the policy as what changes.
const POLICY: &[&str] = &[
    "privacy policy",
    "privacy notice",
    "privacy statement",
    "data policy",
    "data use policy",
    "this policy",
    "this notice",
    "this statement",
    "our policy",
    "the policy",
    "material change",
    "significant change",
    "material modification",
];

/// Words of changing.
const CHANGE: &[&str] = &["change", "update", "modif", "revis", "amend"];

/// How far (in bytes, about four words) a word of changing may stand from
/// the policy's name.
const CHANGE_REACH: usize = 24;

/// Ways of reaching the reader that are direct whatever else is said.
const REACHING: &[&str] = &[
    "email you",
    "e mail you",
    "send you",
    "contact you",
    "alert you",
    "by email",
    "by e mail",
    "via email",
    "in app notification",
    "ask for your consent",
    "obtain your consent",
    "seek your consent",
    "with your consent",
    "your consent before",
];

/// Ways of telling, direct unless the telling is a posting: "we will
/// notify you by posting the new policy on this page" tells no one.
const TELLING: &[&str] = &[
    // (Whoever is told: "notify users", "inform these persons", "you
    // will be notified", "important notifications".)
    "notif",
    "inform ",
    "informed",
    "informing",
    "let you know",
    "tell you",
    "notice to you",
    "provide you with notice",
    "give you notice",
    "provide you notice",
];

/// How a telling turns out to be a posting ("we will notify you by
/// publication here").
#[rustfmt::skip]
const POSTING: &[&str] = &["by posting", "by updating", "by publication", "by publishing"];

/// Ways of changing that tell no one.
const UNANNOUNCED: &[&str] = &[
    "without notice",
    "without prior notice",
    "without notifying",
    "without further notice",
    "without informing",
    "not notify",
    "not be notified",
];

/// Whether a word could open a statement on changes: a word of changing.
pub fn cue(word: &str) -> bool {
    CHANGE.iter().any(|c| word.starts_with(c))
}

/// What a clause (its normalised text) says of changes to the policy, if
/// anything: a clause naming neither the policy as what changes nor
/// changing says nothing.
pub fn change_notice(norm: &str) -> Option<ChangeNotice> {
    let has = |words: &[&str]| words.iter().any(|w| norm.contains(w));
    // (Most sentences name no change at all: asked first, it is the one
    // test most of them take.)
    // (Nor does a question: "How will we notify you of changes to this
    // policy?" heads the answer that says.)
    if !has(CHANGE) || norm.trim_end().ends_with('?') {
        return None;
    }
    // (The change is the policy's: a changing word within a few words of
    // it — "changes to this policy", "we may update this notice" — not
    // "we notify you of updates to our services, as this policy says".)
    let policy_changes = POLICY.iter().any(|p| {
        norm.match_indices(p).any(|(at, _)| {
            let lo = floor(norm, at.saturating_sub(CHANGE_REACH));
            let hi = ceil(norm, at + p.len() + CHANGE_REACH);
            CHANGE.iter().any(|c| norm[lo..hi].contains(c))
        })
    });
    if !policy_changes {
        return None;
    }
    let direct = has(REACHING) || (has(TELLING) && !has(POSTING));
    if direct && !has(UNANNOUNCED) {
        Some(ChangeNotice::Direct)
    } else {
        Some(ChangeNotice::Posted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::taxonomy::normalize;

    fn read(text: &str) -> Option<ChangeNotice> {
        change_notice(&normalize(text))
    }

    #[test]
    fn telling_the_reader_is_told_apart_from_posting() {
        let direct: &[&str] = &[
            "We will notify you by email before material changes take effect.",
            "If we update this privacy notice in a way that could impact people significantly, we will take steps to inform these persons about such changes.",
            "If we make material changes to this Privacy Policy, we will let you know through the app.",
            "We will ask for your consent before any significant change to this policy applies to you.",
        ];
        let posted: &[&str] = &[
            "We may change this policy at any time by posting the new version on this page.",
            "We may update this privacy notice from time to time without notice.",
            "We may modify this policy at any time without notifying you.",
            "If we update this policy, we will notify you by posting a new policy on this page.",
            "If we make changes to this Data Use Policy we will notify you by publication here.",
        ];
        // Not about the policy's changes.
        let neither: &[&str] = &[
            "We will notify you of changes to your subscription.",
            "We use your email address to notify you of updates to our services, as described in this privacy policy.",
            "We use your email address to send you updates about our products.",
            "How will we notify you of changes to this policy?",
        ];
        for (texts, expected) in [
            (direct, Some(ChangeNotice::Direct)),
            (posted, Some(ChangeNotice::Posted)),
            (neither, None),
        ] {
            for text in texts {
                assert_eq!(read(text), expected, "{text}");
            }
        }
    }
}
