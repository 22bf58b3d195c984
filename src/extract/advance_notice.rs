//! Notice before a practice: "we will notify you before we share your
//! personal information with a new third party", "you will be notified
//! before your information is transferred and becomes subject to a
//! different privacy policy". The reader hears of the practice while there
//! is still time to leave or object; a version that drops the promise
//! shares the same data unannounced, which no practice of the clause shows
//! (the sharing is there on both sides), so the diff compares it.
//!
//! Read from a clause's normalised text. Notice of changes to the policy
//! itself is `notice.rs`'s; consent asked first is an opt-in choice.

use super::phrases::{back_to_stop, ceil, has_any, words_at};

/// Ways of telling the reader.
const TELLING: &[&str] = &[
    "notify",
    "be notified",
    "inform you",
    "inform users",
    "be informed",
    "let you know",
    "tell you",
    "alert you",
    "contact you",
    "email you",
];

/// Verbs that give a notice: "provide notice", "give affected users
/// notice", "send you a notification" (not "this notice", the policy).
const GIVING: &[&str] = &["give", "provide", "send", "post", "receive", "with"];

/// Nouns of notice.
const NOTICES: &[&str] = &["notice", "notification"];

/// Words of time that put the telling first.
const BEFORE: &[&str] = &["before", "prior to", "in advance", "beforehand", "ahead of"];

/// Telling denied or left out: "we may share it without notice", "we will
/// not notify you before …".
const UNANNOUNCED: &[&str] = &[
    "without notice",
    "without prior notice",
    "without notifying",
    "without informing",
    "without further notice",
    "not notify",
    "not be notified",
    "not inform",
    "not be informed",
    "no notice",
    "not required to notify",
    "no obligation to notify",
];

/// How far (in bytes, about ten words) the word of time may stand from
/// the telling.
const REACH: usize = 60;

/// Whether a word could open a promise of notice first (a word of time).
pub fn cue(word: &str) -> bool {
    matches!(
        word,
        "before" | "prior" | "advance" | "beforehand" | "ahead"
    )
}

/// Whether a clause (its normalised text) promises to tell the reader
/// before a practice: a telling within a few words of a word of time, in
/// the same part of the sentence, not denied.
pub fn advance_notice(norm: &str) -> bool {
    if has_any(norm, UNANNOUNCED) {
        return false;
    }
    tellings(norm).any(|(at, end)| {
        // (After the telling, up to the end of its part of the sentence:
        // "we will notify you before we share it"; or before it, from the
        // start of that part: "before we transfer it, we will notify you".)
        let after = &norm[at..ceil(norm, end + REACH)];
        let after = &after[..after.find([';', '.']).unwrap_or(after.len())];
        let before = back_to_stop(norm, 0, at, REACH, &[";", "."]);
        has_any(after, BEFORE) || has_any(before, BEFORE)
    })
}

/// Where the clause tells the reader, as (start, end) byte offsets: a
/// telling verb, or a notice given (within four words of its verb).
fn tellings(norm: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let verbs = TELLING
        .iter()
        .flat_map(move |t| words_at(norm, t).map(move |at| (at, at + t.len())));
    let notices = NOTICES.iter().flat_map(move |n| {
        words_at(norm, n)
            .filter(move |&at| {
                let lead = back_to_stop(norm, 0, at, 40, &[",", ";", "."]);
                lead.split_whitespace()
                    .rev()
                    .take(4)
                    .any(|w| GIVING.iter().any(|g| w.starts_with(g)))
            })
            .map(move |at| (at, at + n.len()))
    });
    verbs.chain(notices)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::taxonomy::normalize;

    fn read(text: &str) -> bool {
        advance_notice(&normalize(text))
    }

    #[test]
    fn notice_before_a_practice_is_told_apart() {
        for text in [
            "We will notify you before we share your personal information with a new third party.",
            "You will be notified before your information is transferred and becomes subject to a different privacy policy.",
            "Before we use your data for a new purpose, we will contact you.",
            "We will provide you with notice prior to disclosing your information to any unaffiliated company.",
            "We will inform you in advance of any sale of your personal information.",
            "If we are involved in a merger, we will give affected users notice before personal information is transferred.",
        ] {
            assert!(read(text), "{text}");
        }
        for text in [
            "We may share your personal information with third parties without notice.",
            "We will not notify you before sharing your information with law enforcement.",
            "We will notify you if your account is compromised.",
            "Please read this policy before you use the service.",
            "We will notify you. Before that, we may share your data.",
            "Please read this notice carefully before you provide any information.",
        ] {
            assert!(!read(text), "{text}");
        }
    }
}
