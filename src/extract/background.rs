//! Collection said to go on in the background, when the user is not using
//! the app: "we may collect location information when the app is running
//! in the background", "even when you are not using the app", "when the
//! app is closed". Uber's 2015 kind of change: the same data collected, now
//! at times the user does not see — a diff compares it.
//!
//! Read from a clause's normalised text, like an opt-out's reach: it
//! qualifies the clause's collection.

use super::phrases::has_any;

/// Ways of saying the collection goes on while the app is not in use.
const UNSEEN: &[&str] = &[
    "in the background",
    "when you are not using",
    "while you are not using",
    "even if you are not using",
    "even when you are not using",
    "when the app is closed",
    "when the app is not in use",
    "when the app is not open",
    "even when the app is closed",
    "when our app is closed",
    "when the application is closed",
    "when the application is not in use",
    "background location",
];

/// Whether a word could open a statement of background collection alone:
/// "in the background", "when the app is closed".
pub fn cue(word: &str) -> bool {
    matches!(word, "background" | "closed")
}

/// Whether a word could name the app's not being in use, with "not": "when
/// you are not using the app", "when the app is not in use" (so a clause
/// needs both before the phrases are looked for).
pub fn use_cue(word: &str) -> bool {
    matches!(word, "using" | "use" | "open")
}

/// Whether the clause (its normalised text) says data is collected in the
/// background, while the app is not in use. (Not "we do not collect it in
/// the background": a clause denying it says nothing of the kind here; its
/// practice is denied.)
pub fn background(norm: &str) -> bool {
    has_any(norm, UNSEEN)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::taxonomy::normalize;

    #[test]
    fn collection_while_the_app_is_not_in_use_is_told_apart() {
        for text in [
            "We may collect location information when the app is running in the background.",
            "We collect your precise location even when you are not using the app.",
            "The app collects your location when the app is closed.",
        ] {
            assert!(background(&normalize(text)), "{text}");
        }
        for text in [
            "We collect your location when you request a ride.",
            "We collect your location while you are using the app.",
        ] {
            assert!(!background(&normalize(text)), "{text}");
        }
    }
}
