//! How the reader must act to opt out: "by clicking Do Not Sell My
//! Personal Information", "by emailing privacy@…", "by calling our
//! toll-free number", "by mailing a signed letter to our office". A
//! version that keeps the opt-out but takes away every easy way to use it
//! narrows it as surely as a time limit does, so the diff compares the
//! easiest way each version offers.
//!
//! So for the other requests a policy offers — deletion, the rights the
//! law gives ("to exercise your rights, call us"): a right that now takes a
//! letter is a right made harder to use.
//!
//! Read from a clause's normalised text, like notice of changes: the way
//! is said of the clause's choice, or of the choices around it.

use super::phrases::has_any;

/// A way to opt out, easiest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    /// A link, a setting, a form on the web or in the app.
    Online,
    Email,
    Phone,
    /// A letter.
    Post,
}

impl Method {
    pub fn label(self) -> &'static str {
        match self {
            Method::Online => "online (a link, a form or a setting)",
            Method::Email => "by email",
            Method::Phone => "by phone",
            Method::Post => "by post",
        }
    }
}

/// Words naming opting out.
const OPTING_OUT: &[&str] = &[
    "opt out",
    "opting out",
    "unsubscribe",
    "do not sell",
    "do not share",
    "withdraw your consent",
    "object to",
];

/// Words naming a request over data held: deletion, or the rights at
/// large. (Not a bare "delete": "we delete your data and tell you by
/// email" asks nothing.)
const REQUESTING: &[&str] = &[
    "request deletion",
    "request the deletion",
    "request that we delete",
    "request to delete",
    "requests to delete",
    "deletion request",
    "ask us to delete",
    "ask that we delete",
    "delete your account",
    "request erasure",
    "exercise your rights",
    "exercise these rights",
    "exercise any of these rights",
    "exercise any of your rights",
    "exercise your privacy rights",
    "exercise the rights",
];

/// Each way, by the words that say it.
const WAYS: &[(Method, &[&str])] = &[
    (
        Method::Online,
        &[
            "click",
            "clicking",
            "link",
            "settings",
            "online form",
            "web form",
            "webform",
            "toggle",
            "dashboard",
            "preference center",
            "preference centre",
            "opt out page",
            "visit",
            "visiting",
            "in the app",
            "through the app",
        ],
    ),
    (
        Method::Email,
        &[
            "by email",
            "by e mail",
            "via email",
            "email us",
            "e mail us",
            "emailing",
            "send an email",
            "send us an email",
        ],
    ),
    (
        Method::Phone,
        &[
            "call us",
            "calling",
            "by phone",
            "by telephone",
            "toll free",
            "by calling",
        ],
    ),
    (
        Method::Post,
        &[
            "by mail",
            "by post",
            "by postal mail",
            "by regular mail",
            "write to us",
            "writing to us",
            "a letter",
            "signed letter",
            "notarized letter",
            "notarised letter",
            "letter to",
            "in writing",
            "written request",
            // (Not "mailing" alone: "our mailing list" is no way to write.)
            "by mailing",
            "mailing a",
            "mailing us",
            "mail your request",
            "postal address",
        ],
    ),
];

/// Whether a word could name opting out. ("Do not sell" and "do not
/// share" name it too, but nearly always beside an "opt out": asked of
/// every clause that sells or shares, they would cost more than they find.)
pub fn cue(word: &str) -> bool {
    matches!(
        word,
        "opt" | "opting" | "unsubscribe" | "withdraw" | "object"
    )
}

/// Whether a word could name a request over data held. (Every phrase of
/// [`REQUESTING`] holds one of these; "request" alone is in too many
/// clauses to be asked of cheaply.)
pub fn request_cue(word: &str) -> bool {
    matches!(word, "delete" | "deletion" | "erasure" | "exercise")
}

/// The easiest way to opt out the clause (its normalised text) names, if
/// it names opting out and a way.
pub fn easiest_opt_out(norm: &str) -> Option<Method> {
    easiest(norm, OPTING_OUT)
}

/// The easiest way to ask for deletion or use another right over data
/// held that the clause names, if it names such a request and a way.
pub fn easiest_request(norm: &str) -> Option<Method> {
    easiest(norm, REQUESTING)
}

/// The easiest way named in a clause that names one of `cues`.
fn easiest(norm: &str, cues: &[&str]) -> Option<Method> {
    if !has_any(norm, cues) {
        return None;
    }
    WAYS.iter()
        .find(|(_, words)| has_any(norm, words))
        .map(|&(m, _)| m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::taxonomy::normalize;

    #[test]
    fn the_easiest_way_to_opt_out_is_read() {
        for (text, want) in [
            (
                "You can opt out of the sale of your data by clicking Do Not Sell My Personal Information.",
                Some(Method::Online),
            ),
            (
                "To opt out, email us at privacy@example.com or call us at 1-800-555-0100.",
                Some(Method::Email),
            ),
            (
                "You can opt out of the sale of your data by mailing a signed letter to our office.",
                Some(Method::Post),
            ),
            (
                "To opt out, call our toll-free number.",
                Some(Method::Phone),
            ),
            (
                "To opt out, you must send a notarized letter to our office.",
                Some(Method::Post),
            ),
            // No opting out, or no way named.
            ("Click the link to read our terms.", None),
            ("You can unsubscribe from our mailing list.", None),
            ("You can opt out of interest-based advertising.", None),
        ] {
            assert_eq!(easiest_opt_out(&normalize(text)), want, "{text}");
        }
    }

    #[test]
    fn the_easiest_way_to_make_a_request_is_read() {
        for (text, want) in [
            (
                "You can request deletion of your personal information by emailing privacy@example.com.",
                Some(Method::Email),
            ),
            (
                "To exercise your rights, call us at 1-800-555-0100 or write to us at our office.",
                Some(Method::Phone),
            ),
            (
                "You can delete your account at any time in your settings.",
                Some(Method::Online),
            ),
            // No request, or no way named.
            (
                "We delete your data after two years and tell you by email.",
                None,
            ),
            (
                "You can request deletion of your personal information.",
                None,
            ),
        ] {
            assert_eq!(easiest_request(&normalize(text)), want, "{text}");
        }
    }
}
