//! Notice of changes to the policy itself: "we will notify you by email
//! before material changes take effect" promises the reader a say before a
//! new version applies; "we may change this policy at any time by posting
//! it here" promises nothing. A version that drops the first for the second
//! lets every later change through unseen, so the diff compares them.
//!
//! Read from a clause's normalised text, not from its practices: the
//! promise is about the document, not about data.

/// What a clause says of changes to the policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    "this policy",
    "this privacy policy",
    "this notice",
    "this privacy notice",
    "this statement",
    "this privacy statement",
    "our privacy policy",
    "our privacy notice",
    "our privacy statement",
    "our policy",
    "the policy",
    "the privacy policy",
    "material change",
    "significant change",
    "material changes",
    "significant changes",
    "material modification",
    "material modifications",
];

/// Words of changing.
const CHANGE: &[&str] = &["change", "update", "modif", "revis", "amend"];

/// Ways of telling the reader directly.
const DIRECT: &[&str] = &[
    // (Whoever is told: "notify users", "inform these persons", "you
    // will be notified", "a notification".)
    "notify",
    "notified",
    "notif",
    "inform ",
    "informed",
    "informing",
    "let you know",
    "tell you",
    "email you",
    "e mail you",
    "send you",
    "contact you",
    "alert you",
    "notice to you",
    "provide you with notice",
    "give you notice",
    "provide you notice",
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

/// What a clause (its normalised text) says of changes to the policy, if
/// anything: a clause naming neither the policy as what changes nor
/// changing says nothing.
pub fn change_notice(norm: &str) -> Option<ChangeNotice> {
    let has = |words: &[&str]| words.iter().any(|w| norm.contains(w));
    if !has(POLICY) || !has(CHANGE) {
        return None;
    }
    if has(DIRECT) && !has(UNANNOUNCED) {
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
        for text in [
            "We will notify you by email before material changes take effect.",
            "If we update this privacy notice in a way that could impact people significantly, we will take steps to inform these persons about such changes.",
            "If we make material changes to this Privacy Policy, we will let you know through the app.",
            "We will ask for your consent before any significant change to this policy applies to you.",
        ] {
            assert_eq!(read(text), Some(ChangeNotice::Direct), "{text}");
        }
        for text in [
            "We may change this policy at any time by posting the new version on this page.",
            "We may update this privacy notice from time to time without notice.",
            "We may modify this policy at any time without notifying you.",
        ] {
            assert_eq!(read(text), Some(ChangeNotice::Posted), "{text}");
        }
        // Not about the policy's changes.
        for text in [
            "We will notify you of changes to your subscription.",
            "We use your email address to send you updates about our products.",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
    }
}
