//! Browser privacy signals: "we honor Do Not Track signals", "we treat
//! the Global Privacy Control signal as a request to opt out of the sale of
//! your personal information". A signal honoured is an opt-out the reader
//! sets once for every site; a version that stops honouring it ("we do
//! not currently respond to Do Not Track signals") takes that choice away
//! without a word about data, so the diff compares what each version says.
//!
//! Read from a clause's normalised text, like notice of changes: the
//! statement is about a signal, not a data practice.

use super::phrases::{back_to_stop, floor, has_any, has_phrase, starts_at, words_at};

/// A browser privacy signal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Signal {
    DoNotTrack,
    GlobalPrivacyControl,
}

impl Signal {
    pub const ALL: [Signal; 2] = [Signal::DoNotTrack, Signal::GlobalPrivacyControl];

    pub fn label(self) -> &'static str {
        match self {
            Signal::DoNotTrack => "Do Not Track",
            Signal::GlobalPrivacyControl => "Global Privacy Control",
        }
    }

    /// Its names, normalised. (An opt-out preference signal is the
    /// California regulations' name for signals like GPC.)
    fn names(self) -> &'static [&'static str] {
        match self {
            Signal::DoNotTrack => &["do not track", "dnt"],
            Signal::GlobalPrivacyControl => &[
                "global privacy control",
                "gpc",
                "opt out preference signal",
                "opt out preference signals",
                "universal opt out mechanism",
                "universal opt out mechanisms",
            ],
        }
    }
}

/// What a clause says a company does with a signal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stance {
    /// "We honor Do Not Track signals", "if you enable Do Not Track, we
    /// will not track you across sites".
    Honoured,
    /// "We do not respond to Do Not Track signals", "we ignore them".
    Ignored,
}

/// Verbs (or their stems) of honouring a signal.
const HONOURING: &[&str] = &[
    "honor",
    "honour",
    "respond",
    "recogni",
    "comply",
    "abide",
    "adhere",
    "act on",
    "support",
    "process",
    "treat",
    "accept",
    "observe",
    "obey",
    "give effect",
    "follow",
];

/// Verbs of ignoring one.
const IGNORING: &[&str] = &["ignore", "disregard"];

/// Words that deny the verb after them (normalised text has "do not" for
/// "don't").
const DENYING: &[&str] = &["not", "never", "unable", "cannot", "no longer", "no"];

/// Where the words that may deny a verb stop, looking back from it: a
/// new sentence, clause or contrast ("browsers do not all send it, but we
/// honor it").
const DENIAL_STOPS: &[&str] = &[
    ".",
    ";",
    ":",
    " but ",
    " however",
    " although",
    " while ",
    " whereas ",
];

/// How far back (in bytes, some six words) a denial may stand from its
/// verb, past a list of verbs it denies ("does not currently alter,
/// change, or respond to DNT requests").
const DENIAL_REACH: usize = 40;

/// How far (in bytes, some six words) a verb may stand from the signal it
/// is about, before it ("respond to browser initiated DNT signals") or
/// after it ("DNT signals are not honored").
const REACH: usize = 40;

/// Whether a word could name a signal ("do not track", "DNT", "GPC",
/// "global privacy control", "opt-out preference signal", "universal
/// opt-out mechanism").
pub fn cue(word: &str) -> bool {
    matches!(
        word,
        "track" | "dnt" | "gpc" | "control" | "signal" | "signals" | "mechanism" | "mechanisms"
    )
}

/// Each signal the clause (its normalised text) takes a stance on.
pub fn signal_stances(norm: &str) -> Vec<(Signal, Stance)> {
    let mut out = Vec::new();
    for signal in Signal::ALL {
        let mentions: Vec<(usize, usize)> = signal
            .names()
            .iter()
            .flat_map(|n| words_at(norm, n).map(move |at| (at, at + n.len())))
            .filter(|&(at, _)| !is_act(norm, at))
            .collect();
        if let Some(stance) = mentions.iter().find_map(|&m| stance_at(norm, m)) {
            out.push((signal, stance));
        }
    }
    out
}

/// Whether the clause names a signal: what a verb does to one
/// ("recognize DNT signals") is no data practice.
pub fn names_signal(norm: &str) -> bool {
    Signal::ALL.iter().any(|s| {
        s.names()
            .iter()
            .any(|n| words_at(norm, n).any(|at| !is_act(norm, at)))
    })
}

/// Whether "do not track" at `at` is an act denied, not the signal's name:
/// "we do not track you across websites".
fn is_act(norm: &str, at: usize) -> bool {
    norm[at..].starts_with("do not track")
        && matches!(
            norm[..at].split_whitespace().next_back(),
            Some("we" | "they" | "it" | "i" | "who" | "that" | "which" | "company" | "service")
        )
}

/// The stance a mention of a signal at `(start, end)` is given: by the
/// nearest verb of honouring or ignoring, denied or not; or by a promise
/// that follows a condition on the signal ("if you enable Do Not Track,
/// we will not track you").
fn stance_at(norm: &str, (start, end): (usize, usize)) -> Option<Stance> {
    let verbs = HONOURING
        .iter()
        .map(|v| (v, true))
        .chain(IGNORING.iter().map(|v| (v, false)));
    let mut nearest: Option<(usize, usize, bool)> = None; // (distance, at, honours)
    for (v, honours) in verbs {
        for at in starts_at(norm, v).filter(|&at| is_verb(norm, at)) {
            let distance = if at + v.len() <= start {
                start - (at + v.len())
            } else if at >= end {
                at - end
            } else {
                continue;
            };
            if distance <= REACH
                && !crosses(&norm[at.min(end)..start.max(at)])
                && nearest.is_none_or(|(d, _, _)| distance < d)
            {
                nearest = Some((distance, at, honours));
            }
        }
    }
    if let Some((_, at, honours)) = nearest {
        // (The signal's own "not" is no denial: "… DNT signals are not
        // honored" is, "we honor Do Not Track signals" is not.)
        let from = if end <= at { end } else { 0 };
        let denied = has_any(
            back_to_stop(norm, from, at, DENIAL_REACH, DENIAL_STOPS),
            DENYING,
        );
        return Some(if honours != denied {
            Stance::Honoured
        } else {
            Stance::Ignored
        });
    }
    // "If you enable Do Not Track, we will not track you": a condition on
    // the signal, then the company's promise.
    let lo = floor(norm, start.saturating_sub(REACH));
    let conditioned = has_phrase(&norm[lo..start], "if");
    let after = &norm[end..];
    let promise = ["we will not", "we do not", "we will stop", "we stop"]
        .iter()
        .any(|p| after.contains(p));
    (conditioned && promise).then_some(Stance::Honoured)
}

/// Whether the word at `at` is a verb stating what the company does: not
/// an adjective or noun of it ("recognizable DNT signals", "the
/// processing"), a question ("disclose how we respond to DNT signals",
/// "how to treat them") or a relative clause's ("a website that responds
/// to a DNT signal").
fn is_verb(norm: &str, at: usize) -> bool {
    let word: &str = norm[at..]
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if ["able", "ible", "tion", "ance", "ence"]
        .iter()
        .any(|s| word.ends_with(s))
    {
        return false;
    }
    let before: Vec<&str> = norm[..at].split_whitespace().rev().take(3).collect();
    // (Nor a gerund after a preposition: "standards for recognizing and
    // interpreting DNT signals".)
    let gerund = word.ends_with("ing")
        && matches!(
            before.first(),
            Some(&("for" | "of" | "about" | "on" | "in"))
        );
    !gerund && !before.contains(&"how") && !matches!(before.first(), Some(&("that" | "which")))
}

/// Whether text between a verb and a signal ends a sentence or clause.
fn crosses(between: &str) -> bool {
    between.contains(['.', ';', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::taxonomy::normalize;

    fn read(text: &str) -> Vec<(Signal, Stance)> {
        signal_stances(&normalize(text))
    }

    #[test]
    fn a_signal_honoured_is_told_apart_from_one_ignored() {
        use Signal::*;
        use Stance::*;
        for (text, expected) in [
            (
                "We honor Do Not Track signals.",
                vec![(DoNotTrack, Honoured)],
            ),
            (
                "We respond to browser-initiated DNT signals.",
                vec![(DoNotTrack, Honoured)],
            ),
            (
                "If you enable Do Not Track in your browser, we will not track you across other websites.",
                vec![(DoNotTrack, Honoured)],
            ),
            (
                "We treat the Global Privacy Control signal as a request to opt out of the sale of your personal information.",
                vec![(GlobalPrivacyControl, Honoured)],
            ),
            (
                "Our site does not currently respond to Do Not Track signals.",
                vec![(DoNotTrack, Ignored)],
            ),
            (
                "We don't recognize or respond to browser-initiated DNT signals.",
                vec![(DoNotTrack, Ignored)],
            ),
            (
                "Do Not Track signals are not honored by our services.",
                vec![(DoNotTrack, Ignored)],
            ),
            (
                "We ignore Do Not Track signals.",
                vec![(DoNotTrack, Ignored)],
            ),
            (
                "We do not respond to Do Not Track signals, but we honor the Global Privacy Control.",
                vec![(DoNotTrack, Ignored), (GlobalPrivacyControl, Honoured)],
            ),
            // Described, asked or supposed, not answered.
            (
                "We are required to disclose how we respond to Do Not Track signals.",
                vec![],
            ),
            (
                "If a website that responds to a DNT signal receives one, the browser can block it.",
                vec![],
            ),
            (
                "Should the industry establish standards for recognizing DNT signals, we would consider them.",
                vec![],
            ),
            // A denial reaches over a list of verbs, and not past a contrast.
            (
                "We do not currently alter, change, or respond to DNT requests.",
                vec![(DoNotTrack, Ignored)],
            ),
            (
                "Not all browsers send it, but we honor the Do Not Track signal.",
                vec![(DoNotTrack, Honoured)],
            ),
            (
                "Do Not Track is a privacy preference that users can set in their web browsers.",
                vec![],
            ),
            ("We do not track you across other websites.", vec![]),
        ] {
            assert_eq!(read(text), expected, "{text}");
        }
    }
}
