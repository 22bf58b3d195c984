//! Security promises: "your messages are end-to-end encrypted", "we
//! encrypt your data at rest and in transit", "payment details are sent
//! over SSL". A version that stops saying so ("… encrypted in transit and
//! at rest" → "… encrypted in transit") leaves data readable where it was
//! not, with no word about sharing changed; the diff compares what each
//! version promises.
//!
//! Read from a clause's normalised text, like notice of changes: a
//! safeguard is no data practice.

use super::phrases::{back_to_stop, has_any, has_phrase, starts_at, words_at};

/// A kind of encryption a policy promises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Safeguard {
    /// Only the people communicating can read it: not even the company.
    EndToEnd,
    /// Encrypted where it is stored.
    AtRest,
    /// Encrypted on its way (SSL, TLS, HTTPS).
    InTransit,
    /// Encrypted, no more said.
    Encryption,
}

impl Safeguard {
    pub const ALL: [Safeguard; 4] = [
        Safeguard::EndToEnd,
        Safeguard::AtRest,
        Safeguard::InTransit,
        Safeguard::Encryption,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Safeguard::EndToEnd => "end-to-end encryption",
            Safeguard::AtRest => "encryption of stored data (at rest)",
            Safeguard::InTransit => "encryption in transit",
            Safeguard::Encryption => "encryption",
        }
    }
}

/// Words of encrypting (stems: "encrypt", "encrypted", "encryption").
const ENCRYPTING: &[&str] = &["encrypt", "cipher"];

/// Protocols that encrypt what they carry: named, they promise it.
const TRANSIT_PROTOCOLS: &[&str] = &[
    "ssl",
    "tls",
    "https",
    "secure socket layer",
    "secure sockets layer",
    "transport layer security",
];

/// Words placing encryption on data's way.
const TRANSIT: &[&str] = &[
    "in transit",
    "transmi",
    "travels",
    "channel",
    "connection",
    "over the internet",
    "over networks",
];

/// Words placing it where data is kept.
const AT_REST: &[&str] = &[
    "at rest",
    "stored",
    "storage",
    "store",
    "save",
    "in our databases",
    "on our servers",
    "on disk",
];

/// Words that deny the encryption after them, or make it the reader's
/// affair ("we recommend that you encrypt", "if you use an encrypted
/// connection").
const NOT_PROMISED: &[&str] = &[
    "not",
    "never",
    "no",
    "cannot",
    "unable",
    "recommend",
    "if you",
    "you should",
];

/// How far (in bytes, some four words) "end to end" may stand from the
/// word of encrypting it qualifies ("encrypted end to end", "end to end
/// encryption").
const END_TO_END_REACH: usize = 24;

/// Who alone can read what is encrypted, said after the word of
/// encrypting: end-to-end encryption described by its effect.
const ONLY_THE_USER_READS: &[&str] = &[
    "only you can",
    "only you and",
    "no one but you",
    "nobody but you",
    "not even we",
    "not even us",
    "even we can not",
    "we can not read",
    "we can not access",
    "we can not see",
    "we can not decrypt",
];

/// How far (in bytes, some eight words) a word placing encryption may
/// stand from the word of encrypting ("during transmission and while
/// stored by using encryption protocols").
const PLACE_REACH: usize = 50;

/// How far back (in bytes, some ten words) a denial may stand.
const DENIAL_REACH: usize = 60;

/// Where the words that may deny encryption stop, looking back from it: a
/// new sentence, clause or contrast.
const DENIAL_STOPS: &[&str] = &[
    ".",
    ";",
    ":",
    ",",
    " but ",
    " however",
    " although",
    " while ",
];

/// Whether a word could open a promise of encryption.
pub fn cue(word: &str) -> bool {
    ENCRYPTING.iter().any(|e| word.starts_with(e))
        || matches!(
            word,
            "ssl" | "tls" | "https" | "socket" | "sockets" | "security" | "e2ee"
        )
}

/// The safeguards the clause (its normalised text) promises, each once.
pub fn safeguards(norm: &str) -> Vec<Safeguard> {
    let encrypts: Vec<usize> = ENCRYPTING
        .iter()
        .flat_map(|e| starts_at(norm, e))
        .filter(|&at| !denied(norm, at))
        .collect();
    // (Not a web address: "https://example.com".)
    let protocols = TRANSIT_PROTOCOLS
        .iter()
        .flat_map(|p| words_at(norm, p).map(move |at| (at, at + p.len())))
        .any(|(at, end)| !norm[end..].starts_with(':') && !denied(norm, at));
    if encrypts.is_empty() && !protocols {
        return Vec::new();
    }
    // (Near a word of encrypting: "our storage practices and security
    // measures, including appropriate encryption" places it nowhere.)
    let has = |words: &[&str]| {
        words.iter().any(|w| {
            starts_at(norm, w).any(|at| encrypts.iter().any(|&e| e.abs_diff(at) <= PLACE_REACH))
        })
    };
    // ("End to end" about anything but encryption is no safeguard: "an
    // end to end advertising platform".)
    let end_to_end = words_at(norm, "end to end")
        .any(|at| encrypts.iter().any(|&e| e.abs_diff(at) <= END_TO_END_REACH))
        || has_phrase(norm, "e2ee")
        // (Or said by who can read it: "encrypted so that only you can
        // read it", "… so that not even we can access it".)
        || ONLY_THE_USER_READS.iter().any(|w| {
            words_at(norm, w).any(|at| encrypts.iter().any(|&e| e < at && at - e <= PLACE_REACH))
        });
    let encrypted = !encrypts.is_empty();
    let mut out: Vec<Safeguard> = [
        (Safeguard::EndToEnd, end_to_end),
        (Safeguard::AtRest, encrypted && has(AT_REST)),
        (
            Safeguard::InTransit,
            protocols || (encrypted && has(TRANSIT)),
        ),
    ]
    .into_iter()
    .filter_map(|(s, said)| said.then_some(s))
    .collect();
    if out.is_empty() {
        out.push(Safeguard::Encryption);
    }
    out
}

/// Whether the words before `at` (back to a new sentence, clause or
/// contrast) deny it or make it the reader's.
fn denied(norm: &str, at: usize) -> bool {
    has_any(
        back_to_stop(norm, 0, at, DENIAL_REACH, DENIAL_STOPS),
        NOT_PROMISED,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::taxonomy::normalize;
    use Safeguard::*;

    #[test]
    fn encryption_is_read_by_where_it_protects() {
        for (text, expected) in [
            (
                "Your messages are end-to-end encrypted, so we cannot read them.",
                &[EndToEnd][..],
            ),
            (
                "We encrypt your data at rest and in transit.",
                &[AtRest, InTransit],
            ),
            (
                "Personal information is encrypted in transit.",
                &[InTransit],
            ),
            ("Payment details are sent over SSL.", &[InTransit]),
            ("This password is encrypted.", &[Encryption]),
            // End to end said by who alone can read it.
            (
                "If you turn on cloud backup, your health data is encrypted so that only you can read it.",
                &[EndToEnd],
            ),
            (
                "Your backups are encrypted with a key only you hold, so not even we can access them.",
                &[EndToEnd],
            ),
            // (Not who can read what is not encrypted.)
            (
                "Only you can see your drafts, and we encrypt data in transit.",
                &[InTransit],
            ),
            ("Data stored on our servers is encrypted.", &[AtRest]),
            (
                "We work to protect your personal data during transmission and while stored by using encryption protocols.",
                &[AtRest, InTransit],
            ),
            (
                "These include reviews of our data collection, storage and processing practices and security measures, including appropriate encryption.",
                &[Encryption],
            ),
            // Denied, advised, or no encryption at all.
            (
                "Our security software does not encrypt e-mail messages.",
                &[],
            ),
            ("We recommend that you encrypt your backups.", &[]),
            ("Outbrain operates an end-to-end advertising platform.", &[]),
            ("See https://example.com/privacy for details.", &[]),
            (
                "We strongly recommend that server or data center users configure SSL.",
                &[],
            ),
            ("We collect your email address.", &[]),
        ] {
            assert_eq!(safeguards(&normalize(text)), expected, "{text}");
        }
    }
}
