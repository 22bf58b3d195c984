//! `--format sarif`: SARIF 2.1.0 for code scanning. One rule per finding
//! kind, with help text; results located in the new version's file and lines;
//! `partialFingerprints` carry the finding's stable fingerprint so a scanning
//! service tracks a finding across runs; baseline findings are suppressed.

use crate::compare::{Direction, Finding, Severity};
use serde_json::{Value, json};

/// Every finding kind, with the help a code-scanning user sees.
pub const RULES: &[(&str, &str)] = &[
    (
        "new_recipient",
        "Data now goes to a kind of recipient the old version did not name.",
    ),
    (
        "recipient_removed",
        "A recipient named before is no longer named.",
    ),
    (
        "recipient_named",
        "A recipient is named more precisely, within a group already named.",
    ),
    (
        "recipient_unnamed",
        "A recipient named before is now covered only by a broader group.",
    ),
    (
        "new_data_for_recipient",
        "A known recipient now receives a data type it did not receive before.",
    ),
    (
        "data_no_longer_for_recipient",
        "A recipient no longer receives a data type.",
    ),
    (
        "new_data_shared",
        "A data type is shared that was not shared before.",
    ),
    (
        "data_no_longer_shared",
        "A data type is no longer said to be shared.",
    ),
    ("now_sells", "The policy now says data may be sold."),
    ("no_longer_sells", "The policy no longer says data is sold."),
    (
        "new_purpose",
        "Data is used for a purpose the old version did not state (advertising, AI training …).",
    ),
    ("purpose_removed", "A purpose is no longer stated."),
    (
        "new_data_for_purpose",
        "A purpose already stated (advertising, AI training, the recipients' own) now reaches a data type it did not.",
    ),
    (
        "data_no_longer_for_purpose",
        "A purpose still stated (advertising, AI training, the recipients' own) no longer reaches a data type.",
    ),
    (
        "new_data_collected",
        "A data type is collected that was not collected before.",
    ),
    (
        "data_no_longer_collected",
        "A data type is no longer said to be collected.",
    ),
    (
        "new_source",
        "Data about the user is obtained from a kind of party not named as a source before.",
    ),
    (
        "source_removed",
        "A party is no longer named as a source of data.",
    ),
    (
        "signal_no_longer_honoured",
        "A browser privacy signal (Do Not Track, Global Privacy Control) honoured before is no longer said to be.",
    ),
    (
        "signal_honoured",
        "A browser privacy signal (Do Not Track, Global Privacy Control) is now said to be honoured.",
    ),
    (
        "safeguard_dropped",
        "A kind of encryption (end-to-end, at rest, in transit) promised before is no longer promised.",
    ),
    ("safeguard_added", "A kind of encryption is now promised."),
    (
        "new_location",
        "Data is said to be kept, processed or sent in a country or region the old version did not name.",
    ),
    (
        "location_removed",
        "A country or region is no longer named as a place data is kept, processed or sent.",
    ),
    (
        "change_notice_dropped",
        "The policy no longer promises to tell readers directly of changes to it.",
    ),
    (
        "change_notice_added",
        "The policy now promises to tell readers directly of changes to it.",
    ),
    (
        "advance_notice_dropped",
        "The policy no longer promises to tell people before a practice (\"we will notify you before we share …\").",
    ),
    (
        "advance_notice_added",
        "The policy now promises to tell people before a practice.",
    ),
    (
        "promise_dropped",
        "A promise not to do something with data is gone.",
    ),
    (
        "negation_dropped",
        "A promise was turned around in the same clause (\"will not\" → \"may\").",
    ),
    (
        "new_promise",
        "A new promise not to do something with data.",
    ),
    (
        "negation_added",
        "A clause now promises not to do what it said it did.",
    ),
    (
        "promise_narrowed",
        "A promise now covers less (fewer recipients or data types, a narrower action).",
    ),
    (
        "promise_broadened",
        "A promise now covers more than before.",
    ),
    (
        "promise_weakened",
        "A promise remains, but with a new exception.",
    ),
    ("promise_strengthened", "A promise lost its exception."),
    (
        "choice_removed",
        "An opt-out, opt-in or settings choice is gone.",
    ),
    ("choice_added", "A new opt-out, opt-in or settings choice."),
    (
        "limited_choice_added",
        "A new choice, limited in time or scope.",
    ),
    (
        "limited_choice_removed",
        "A choice limited in time or scope is gone.",
    ),
    (
        "choice_added_with_practice",
        "A new choice over a practice the old version did not state.",
    ),
    (
        "choice_removed_with_practice",
        "A choice gone with the practice it was over.",
    ),
    (
        "choice_narrowed",
        "A choice became limited in time or purposes, or gained an exception.",
    ),
    (
        "choice_widened",
        "A choice is less limited in time or purposes, or lost an exception.",
    ),
    (
        "opt_in_replaced_by_opt_out",
        "Consent (opt-in) was replaced by an opt-out.",
    ),
    (
        "opt_out_replaced_by_opt_in",
        "An opt-out was replaced by consent (opt-in).",
    ),
    (
        "condition_added",
        "A condition was added to a disclosure or promise.",
    ),
    (
        "condition_removed",
        "A condition was removed from a disclosure or promise.",
    ),
    (
        "condition_loosened",
        "A disclosure the law compelled is now left to the company's judgement.",
    ),
    (
        "condition_tightened",
        "A disclosure left to the company's judgement is now made only as the law compels.",
    ),
    (
        "collected_in_background",
        "Data is collected in the background, while the app is not in use.",
    ),
    (
        "no_longer_collected_in_background",
        "Data is no longer said to be collected in the background.",
    ),
    ("retention_lengthened", "Data is kept longer."),
    ("retention_shortened", "Data is kept for a shorter time."),
    (
        "retention_changed",
        "A retention period became a bound set by the user's own act, or the reverse.",
    ),
];

fn level(f: &Finding) -> &'static str {
    match (f.direction, f.severity) {
        (Direction::Widens, Severity::High) => "error",
        (Direction::Widens, _) => "warning",
        _ => "note",
    }
}

/// Percent-encodes a path for `artifactLocation.uri`: relative paths stay
/// relative (code scanning resolves them against the checkout), absolute
/// ones become `file://` URIs.
pub fn uri(path: &str) -> String {
    let mut out = String::new();
    if path.starts_with('/') {
        out.push_str("file://");
    }
    for b in path.trim_start_matches("./").bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(b as char)
            }
            b'\\' => out.push('/'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn title(kind: &str) -> String {
    kind.split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// A SARIF log of findings, each given with the path of the file it is located in.
pub fn sarif<'a>(results: impl IntoIterator<Item = (&'a str, &'a str, &'a Finding)>) -> Value {
    let rules: Vec<Value> = RULES
        .iter()
        .map(|(id, help)| {
            json!({
                "id": id,
                "name": title(id),
                "shortDescription": { "text": help },
                "fullDescription": { "text": help },
                "help": { "text": format!("{help} Read the quoted old and new text: every finding cites both, with line numbers."),
                          "markdown": format!("{help}\n\nRead the quoted old and new text: every finding cites both, with line numbers.") },
                "defaultConfiguration": { "level": if id.contains("removed") || id.contains("no_longer") || id.starts_with("new_promise") { "note" } else { "warning" } },
            })
        })
        .collect();
    let mut out = Vec::new();
    for (new_path, old_path, f) in results {
        let rule_index = RULES.iter().position(|(id, _)| *id == f.kind).unwrap_or(0);
        let (path, lines) = match (&f.new, &f.old) {
            (Some(e), _) => (new_path, e.lines),
            (None, Some(e)) => (old_path, e.lines),
            (None, None) => (new_path, [1, 1]),
        };
        let mut message = f.why.clone();
        if let Some(o) = &f.old {
            message.push_str(&format!(
                " Old (lines {}-{}): \"{}\"",
                o.lines[0], o.lines[1], o.text
            ));
        }
        let mut r = json!({
            "ruleId": f.kind,
            "ruleIndex": rule_index,
            "level": level(f),
            "message": { "text": message },
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": { "uri": uri(path) },
                    "region": { "startLine": lines[0], "endLine": lines[1] }
                }
            }],
            "partialFingerprints": { "policyDiffFinding/v1": f.fingerprint },
            "properties": {
                "direction": f.direction,
                "severity": f.severity,
                "data": f.data,
                "recipients": f.recipients,
                "purposes": f.purposes,
                "sources": f.sources,
                "locations": f.locations,
            }
        });
        if f.acknowledged {
            r["suppressions"] = json!([{ "kind": "external", "justification": "listed in the policy-diff baseline" }]);
        }
        out.push(r);
    }
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "policy-diff",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://crates.io/crates/policy-diff",
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": out,
        }]
    })
}
