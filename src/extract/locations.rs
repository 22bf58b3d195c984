//! Where a practice places its data: "stored on servers in Ireland",
//! "processed in any country where we operate", "transferred to the United
//! States". A transfer abroad is already a disclosure to `other-countries`;
//! which country is what a reader in one asks next, and "Ireland" becoming
//! "any country where we or our providers operate" is a change nothing
//! else in the record shows. The ids are the taxonomy's `locations`.

use super::analysis::Analysis;
use crate::taxonomy::{ANYWHERE, Hit, Kind};

/// Prepositions that place data in a country or region (up to three words
/// before it: "in the United States", "to and from any country").
const PLACING: &[&str] = &[
    "in",
    "to",
    "into",
    "within",
    "throughout",
    "across",
    "on",
    "at",
    "outside",
    "beyond",
];

/// How many words after a verb of the practice its preposition of place
/// may stand ("may also be stored on media or servers located in the
/// United States").
const PLACE_REACH: usize = 8;

/// Words before the preposition that make the country where people are,
/// not where data is: "if you live in the EEA", "users in the United
/// States", "visitors from outside the EU".
#[rustfmt::skip]
const PEOPLE: &[&str] = &[
    "you", "who", "users", "user", "residents", "resident", "reside", "resides", "residing",
    "live", "lives", "living", "customers", "individuals", "people", "persons", "visitors",
    "citizens", "consumers", "members", "children", "travel", "traveling", "travelling", "from",
    "born", "employees",
    // Nor where laws or the company are: "the laws in your country", "a
    // company based in the United States".
    "law", "laws", "legislation", "regulations", "rules", "courts", "authorities", "standards",
    "protections", "based", "incorporated", "headquartered", "registered", "established",
    "offices", "office", "headquarters",
];

impl Analysis<'_> {
    /// The `locations` ids where the practice whose verbs are `verbs`
    /// places its data: countries and regions after its first verb and
    /// before `reach`, led by a preposition of place, not describing a noun
    /// ("United States law") and not where people are ("users in the
    /// EEA"). "Outside" a place, or out of the user's own country, is
    /// other countries; "in your country" is the user's own country.
    pub(super) fn locations(&self, verbs: &[&Hit], reach: usize) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let Some(first) = verbs.first() else {
            return out;
        };
        let entries = self.ex.taxonomy.entries(Kind::Location);
        // The end of the last country taken, and whether it was "outside":
        // a country joined to it by "and" or "or" is placed as it is ("in
        // the United States or any other country", "outside the EEA and
        // Switzerland").
        let mut last: Option<(usize, bool)> = None;
        for j in &self.hits {
            let Some(i) = self.jurisdiction(j) else {
                continue;
            };
            // (Nor part of a web address: "USA.gov".)
            let address = self.norm[j.end..].starts_with('.')
                && self.norm[j.end + 1..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_alphanumeric());
            if j.start < first.end || j.start >= reach || self.in_exception(j) || address {
                continue;
            }
            if let Some((end, outside)) = last {
                // (Past an abbreviation's dot: "the U.S. and Canada".)
                let between = self.norm[end..j.start].trim_start_matches('.').trim();
                if matches!(between, "and" | "or" | "," | "and/or" | ", and" | ", or") {
                    push(&mut out, if outside { ANYWHERE } else { &entries[i].id });
                    last = Some((j.end, outside));
                    continue;
                }
            }
            let k = self.word_index(j.start);
            // The preposition: the nearest of the three words before, with
            // no punctuation between it and the country — but the comma
            // that closes an aside the preposition ends ("transfer it to,
            // and store it on servers in, the United States").
            let Some(p) = (k.saturating_sub(3)..k).rev().find(|&w| {
                let from = if self.norm[self.ends[w]..].starts_with(',') {
                    self.ends[w] + 1
                } else {
                    self.words[w]
                };
                PLACING.contains(&self.word(w))
                    && !self.norm[from..j.start].contains([',', ';', ':', '.'])
            }) else {
                // ("Transferred abroad", "shared internationally"; "out of
                // your country" is anywhere else.)
                if self.abroad(j, false) {
                    let own = self.names_home(j);
                    push(&mut out, if own { ANYWHERE } else { &entries[i].id });
                }
                continue;
            };
            if (p.saturating_sub(3)..p).any(|w| PEOPLE.contains(&self.word(w))) {
                continue;
            }
            // Near a verb of the practice: past that the place is another
            // act's ("processing information to train models for the
            // purpose of deploying them in the EEA").
            let near = verbs.iter().any(|v| {
                let w = self.word_index(v.end.saturating_sub(1));
                w < p && p - w <= PLACE_REACH
            });
            if !near {
                continue;
            }
            let outside = matches!(self.word(p), "outside" | "beyond");
            let own = self.names_home(j);
            // (Not a country describing a noun: "United States law".)
            let placed = self.abroad(j, true) || (own && !outside);
            if !placed {
                continue;
            }
            let id = if outside {
                ANYWHERE
            } else {
                entries[i].id.as_str()
            };
            push(&mut out, id);
            last = Some((j.end, outside));
        }
        out
    }
}

fn push(out: &mut Vec<String>, id: &str) {
    if !out.iter().any(|o| o == id) {
        out.push(id.to_string());
    }
}
