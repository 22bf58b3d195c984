//! An opt-out that holds only where it was made: "your choice applies only
//! to the browser and device you use when you opt out", "you will need to
//! opt out on each device", "if you clear your cookies you will need to
//! opt out again". A version that adds this keeps every opt-out it offers
//! and quietly makes each one reach less (a cookie-based opt-out is gone
//! with the cookie), so the diff compares it.
//!
//! Read from a clause's normalised text, like notice of changes: it limits
//! the clause's choice, or the choices of the clauses around it.

use super::phrases::has_any;

/// Words naming an opt-out or the choice made.
const OPTING_OUT: &[&str] = &[
    "opt out",
    "opt outs",
    "opting out",
    "opted out",
    "your choice",
    "your choices",
    "your preference",
    "your preferences",
    "the opt out cookie",
    "opt out cookie",
    "opt out cookies",
];

/// Ways of saying it holds on one browser or device only.
const ONE_PLACE: &[&str] = &[
    "only to the browser",
    "only to the device",
    "only to that browser",
    "only to that device",
    "only to this browser",
    "only to this device",
    "only on the browser",
    "only on the device",
    "only on that browser",
    "only on that device",
    "only in the browser",
    "only for the browser",
    "only for the device",
    "specific to the browser",
    "specific to the device",
    "specific to each browser",
    "specific to each device",
    "on each browser",
    "on each device",
    "on each of your devices",
    "on each of your browsers",
    "for each browser",
    "for each device",
    "from each browser",
    "from each device",
    "on every browser",
    "on every device",
    "per browser",
    "per device",
    "browser by browser",
    "device by device",
    "separately for each",
    "opt out again",
];

/// Whether a word could place an opt-out on one browser or device.
pub fn cue(word: &str) -> bool {
    matches!(
        word,
        "browser" | "browsers" | "device" | "devices" | "again" | "separately"
    )
}

/// Whether a word could name the opt-out so placed.
pub fn opting_cue(word: &str) -> bool {
    matches!(
        word,
        "opt" | "opting" | "opted" | "outs" | "choice" | "choices" | "preference" | "preferences"
    )
}

/// Whether the clause (its normalised text) says an opt-out holds only on
/// the browser or device where it was made.
pub fn per_device(norm: &str) -> bool {
    has_any(norm, OPTING_OUT) && has_any(norm, ONE_PLACE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::taxonomy::normalize;

    #[test]
    fn an_opt_out_held_to_one_browser_or_device_is_told_apart() {
        for text in [
            "Your choice applies only to the browser and device you use when you opt out.",
            "You will need to opt out on each device and browser you use.",
            "Opt-outs are specific to the browser you use.",
            "If you delete your cookies or use a different browser, you will need to opt out again.",
        ] {
            assert!(per_device(&normalize(text)), "{text}");
        }
        for text in [
            "You can opt out of interest-based advertising, and your choice applies across all your devices.",
            "You can opt out of interest-based advertising in your browser settings.",
            "We collect information about each device you use.",
        ] {
            assert!(!per_device(&normalize(text)), "{text}");
        }
    }
}
