//! Data that stays on the user's device: "your health data never leaves
//! your device", "your photos stay on your phone", "face data is stored
//! only on your device", "processed locally". Such a sentence promises
//! that the company does not collect the data, and a version that drops it
//! (or starts storing the data on its servers) breaks that promise.

use super::Practice;
use super::analysis::Analysis;
use crate::taxonomy::TRACKERS;

/// Where data is the user's own: the device it stays on (a connected
/// thing's own body too: "the map is stored only on the robot").
#[rustfmt::skip]
const DEVICES: &[&str] = &[
    "device", "devices", "phone", "computer", "iphone", "tablet", "laptop", "robot", "vehicle",
    "car", "tv", "television", "speaker", "watch", "console", "glasses", "headset", "camera",
];

/// Verbs by which data remains where it is.
const STAYING: &[&str] = &["stay", "stays", "remain", "remains"];

/// Participles by which data is kept or handled somewhere.
#[rustfmt::skip]
const KEPT: &[&str] = &[
    "stored", "kept", "processed", "saved", "held", "analyzed", "analysed", "encrypted",
];

/// Words that restrict a keeping to the device: "stored only on your
/// device", "processed locally".
const ONLY: &[&str] = &["only", "solely", "exclusively", "locally"];

/// How many words may stand between the verb and the device.
const DEVICE_REACH: usize = 6;

/// Whether a clause may say data stays on the user's device: a cheap test
/// of its words, before the clause is analysed.
/// (The verbs first: fewer clauses hold one than a device word, and the
/// device words are many; each device word holds itself, so the clause's
/// text is searched for them as they are.)
pub(super) fn may_stay_local(norm: &str) -> bool {
    [
        "leav",
        "stay",
        "remain",
        "only",
        "locally",
        "solely",
        "exclusively",
    ]
    .iter()
    .any(|w| norm.contains(w))
        && (norm.contains("locally") || DEVICES.iter().any(|d| norm.contains(d)))
}

impl<'a> Analysis<'a> {
    /// A promise not to collect the data the clause keeps on the user's
    /// device (`data`: the clause's), and where the verb it reads it from
    /// starts (a keeping verb the practice
    /// replaces: "stored only on your device" is no retention of the
    /// company's). Cookies are left out: every cookie is stored on the
    /// device, which says nothing about what the company collects.
    pub(super) fn kept_on_device(&self, data: &[String]) -> Option<(Practice, usize)> {
        if data.iter().all(|d| d == TRACKERS) || !may_stay_local(self.norm) {
            return None;
        }
        let n = self.words.len();
        let word = |i: usize| self.word(i);
        // The user's device at word `d`: "your device", "the device".
        let device_at = |d: usize| {
            DEVICES.contains(&word(d))
                && (d.saturating_sub(2)..d).any(|i| matches!(word(i), "your" | "the" | "their"))
        };
        let device_after =
            |v: usize| (v + 1..(v + 1 + DEVICE_REACH).min(n)).find(|&d| device_at(d));
        let negated_before =
            |v: usize| (v.saturating_sub(3)..v).any(|i| matches!(word(i), "never" | "not" | "no"));
        // (Data leaving is denied by a "no" opening its subject too, however
        // long: "no information about your browsing history leaves your
        // device".)
        let none_leaves = |v: usize| {
            (v.saturating_sub(10)..v).any(|i| {
                word(i) == "no"
                    && !self.norm[self.words[i]..self.words[v]].contains([',', ';', ':'])
            })
        };
        // ("… without your data leaving your device": the data is what
        // stands between.)
        let without_before = |v: usize| (v.saturating_sub(6)..v).rfind(|&i| word(i) == "without");
        let verb = (0..n).find(|&v| {
            let w = word(v);
            if matches!(w, "leave" | "leaves") {
                (negated_before(v) || none_leaves(v)) && device_after(v).is_some()
            } else if w == "leaving" {
                without_before(v).is_some() && device_after(v).is_some()
            } else if STAYING.contains(&w) {
                !negated_before(v) && device_after(v).is_some()
            } else if KEPT.contains(&w) {
                // ("stored locally", "stored only on your device".)
                let restricted = (v + 1..(v + 3).min(n)).any(|i| ONLY.contains(&word(i)))
                    || (v >= 1 && ONLY.contains(&word(v - 1)));
                !negated_before(v)
                    && restricted
                    && (device_after(v).is_some() || (v + 1 < n && word(v + 1) == "locally"))
            } else {
                false
            }
        })?;
        // The data is the verb's subject: what its own clause names before
        // it ("we store your photos on our servers, and your location never
        // leaves your phone" keeps only the location local).
        let at = self.words[verb];
        let from = match without_before(verb).filter(|_| word(verb) == "leaving") {
            Some(i) => self.words[i],
            None => self.norm[..at].rfind([',', ';', ':']).map_or(0, |p| p + 1),
        };
        let inside = |h: &crate::taxonomy::Hit| h.start >= from && h.end <= at;
        let data: Vec<String> = self
            .terms_where(crate::taxonomy::Kind::Data, |h| {
                inside(h) && !self.in_exception(h)
            })
            .into_iter()
            .filter(|d| d != TRACKERS)
            .collect();
        // ("Biometric verification data doesn't leave your device" keeps
        // biometric data local, not personal information besides.)
        let data = super::compose::specific(data);
        if data.is_empty() {
            return None;
        }
        let practice = Practice::companys(
            "collect",
            true,
            data,
            self.matched_terms().into(),
            self.data_spans(|h| inside(h) && !self.in_exception(h)),
        );
        Some((practice, at))
    }
}
