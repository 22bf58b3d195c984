//! The company's own names, which make it the first party.

use super::Extractor;
use super::scan::Scan;
use super::words::*;
use crate::segment::Clause;
use crate::taxonomy::{Hit, Kind, Target};
use std::sync::Arc;

impl Extractor {
    /// In a run of sentences with no document around them, the title of a
    /// policy names its owner: "Welcome to the Google Privacy Policy",
    /// "Bing and MSN Privacy Statement" (the company that owns the title's
    /// policy is the first party from there on). A title without a known
    /// company ("Privacy Policy Last modified: …") opens a policy whose
    /// owner the rules cannot name: `Some(empty)`. A reference to another's
    /// policy ("Google's privacy policy", "the privacy policy of PayPal")
    /// is no title.
    pub(super) fn titled_owner(&self, scan: &Scan, text: &str) -> Option<Vec<String>> {
        const TITLES: [&str; 4] = [
            "privacy policy",
            "privacy notice",
            "privacy statement",
            "privacy center",
        ];
        // A title is capitalised and opens the sentence.
        let at = TITLES.iter().filter_map(|t| scan.norm.find(t)).min()?;
        if !text.contains("Privacy ") || scan.norm[..at].split_whitespace().count() > 6 {
            return None;
        }
        let owner = scan
            .hits
            .iter()
            .filter(|h| h.end <= at && self.names_company(h))
            .find(|h| {
                // "Amazon.com Privacy Notice", "Bing and MSN Privacy Statement".
                let between = scan.norm[h.end..at].trim();
                let domain = between.starts_with('.') && !between.contains(' ');
                between.is_empty()
                    || domain
                    || between.split_whitespace().count() <= 2 && between.starts_with("and ")
            })
            .map(|h| scan.norm[h.start..h.end].to_string());
        let before = scan.norm[..at].trim_end();
        if owner.is_none() && !before.is_empty() {
            return None;
        }
        Some(owner.into_iter().collect())
    }

    /// An owner the vocabulary does not know ([`Extractor::titled_names`]),
    /// from the title heading or opening the document, or defined as "we"
    /// in its opening ([`Extractor::defined_names`]), when the policy
    /// names it again — in three clauses at least, and as a common word in
    /// at most one.
    pub(super) fn titled_owner_name(
        &self,
        clauses: &[Clause],
        scans: &[Arc<Scan>],
    ) -> Option<String> {
        let opening = clauses.iter().take(OPENING_SENTENCES);
        opening
            .clone()
            .flat_map(|c| c.section.iter().map(String::as_str))
            .chain(opening.map(|c| &*c.text))
            .filter(|t| t.contains("Privacy "))
            .flat_map(|t| self.titled_names(t))
            .chain(
                clauses
                    .iter()
                    .take(OPENING_SENTENCES)
                    .flat_map(|c| self.defined_names(&c.text)),
            )
            .find(|name| {
                let (mut named, mut lowered) = (0, 0);
                // (A clause whose normal form lacks the name names it in
                // neither case: one search, on most clauses the only one.)
                for (c, scan) in clauses.iter().zip(scans) {
                    if !scan.norm.contains(name.norm.as_str()) {
                        continue;
                    }
                    named += usize::from(name.named_in(&c.text));
                    lowered += usize::from(name.lowered_in(&c.text));
                }
                named >= 3 && lowered <= 1
            })
            .map(|name| name.norm)
    }

    /// Whether a hit is the company itself, given its own names: the name
    /// as written, or — where the name is what the vocabulary calls a
    /// company first ("google", "microsoft") — another name the vocabulary
    /// files under that company ("YouTube", "Google Analytics" in Google's
    /// policy). Not a family named after it ("the Facebook companies" are
    /// affiliates), and not a company another name of the same entry
    /// belongs to ("Facebook" in Instagram's policy stays a recipient:
    /// "instagram" is not the entry's first name).
    pub(super) fn is_own(&self, own: &[String], text: &str, h: &Hit) -> bool {
        /// Words that make a company's name a group's.
        #[rustfmt::skip]
        const GROUP: &[&str] = &[
            "companies", "company", "family", "group", "affiliates", "entities", "subsidiaries",
        ];
        if own.is_empty() {
            return false;
        }
        if own.iter().any(|n| n == text) {
            return true;
        }
        // (Asked of every hit of every clause: the targets first, which
        // rule out all but a named company's names at once.)
        let targets = self.matcher.targets(h.pattern);
        !targets.is_empty()
            && targets.iter().all(
                |t| matches!(t, Target::Entry(Kind::Recipient, i) if self.own_company(own, *i)),
            )
            && !text.split_whitespace().any(|w| GROUP.contains(&w))
    }

    /// Whether a hit is the company's own family by a term the vocabulary
    /// files under both the affiliates and the company ("the Facebook
    /// companies" in Facebook's own policy): there it is the affiliates
    /// alone, where in another's policy it names that company too.
    pub(super) fn is_own_family(&self, own: &[String], h: &Hit) -> bool {
        if own.is_empty() {
            return false;
        }
        let targets = self.matcher.targets(h.pattern);
        targets
            .iter()
            .any(|t| matches!(t, Target::Entry(Kind::Recipient, i) if self.own_company(own, *i)))
            && targets.iter().any(|t| {
                matches!(t, Target::Entry(Kind::Recipient, i)
                    if self.taxonomy.recipients[*i].id == "affiliates")
            })
    }

    /// Whether recipient entry `i` is the company itself: a named company
    /// whose first name is one of its own names.
    fn own_company(&self, own: &[String], i: usize) -> bool {
        self.named_company[i]
            && self.taxonomy.recipients[i]
                .terms
                .first()
                .is_some_and(|first| own.contains(first))
    }

    /// The pattern that names the affiliates, what the company's own
    /// family reads as.
    pub(super) fn affiliates_pattern(&self) -> Option<usize> {
        self.taxonomy
            .entries(Kind::Recipient)
            .iter()
            .position(|e| e.id == "affiliates")
            .and_then(|i| self.matcher.entry_pattern(Kind::Recipient, i))
    }

    /// Whether a hit names a company.
    pub(super) fn names_company(&self, h: &Hit) -> bool {
        let targets = self.matcher.targets(h.pattern);
        // (Not a family named after one, "the Facebook family of
        // companies": the affiliates are never the policy's own name.)
        targets
            .iter()
            .any(|t| matches!(t, Target::Entry(Kind::Recipient, i) if self.named_company[*i]))
            && !targets
                .iter()
                .any(|t| matches!(t, Target::Entry(Kind::Recipient, i) if !self.named_company[*i]))
    }

    /// The company's own names among the taxonomy's named companies: a
    /// company named in the policy's opening (title, first sentences) and at
    /// least three times in all is the first party, not a recipient
    /// ("Instagram may share…" in Instagram's own policy).
    pub(super) fn own_names(&self, clauses: &[Clause], scans: &[Arc<Scan>]) -> Vec<String> {
        self.own_names_in(
            clauses
                .iter()
                .zip(scans)
                .map(|(c, scan)| (Some(&c.section), &*c.text, &**scan)),
        )
    }

    /// [`Extractor::own_names`] over a run of sentences, each with its
    /// section (headings) where it has one.
    pub(super) fn own_names_in<'a>(
        &self,
        sentences: impl Iterator<Item = (Option<&'a crate::input::Section>, &'a str, &'a Scan)>,
    ) -> Vec<String> {
        // term → (count, named in the opening)
        let mut counts: Vec<(String, usize, bool)> = Vec::new();
        let mut count =
            |term: &str, opening: bool| match counts.iter_mut().find(|(t, _, _)| t == term) {
                Some(e) => {
                    e.1 += 1;
                    e.2 |= opening;
                }
                None => counts.push((term.to_string(), 1, opening)),
            };
        // A company the policy uses or calls a third party is not its own
        // ("Dog Breed Info Center uses Google AdSense", "Google, as a third
        // party advertisement vendor, uses cookies").
        // (Unless the policy's title names it: "Bing and MSN Privacy
        // Statement" in a policy whose services "use Bing".)
        let mut tools: Vec<String> = Vec::new();
        let mut titled: Vec<String> = Vec::new();
        let used_as_tool = |scan: &Scan, h: &Hit| {
            let norm = &scan.norm;
            let before = norm[..h.start].trim_end();
            let after = norm[h.end..].trim_start_matches([',', ' ']);
            // (Used by the company in a main clause, not by someone in a
            // subordinate one: "when a partner uses Google Analytics", "an
            // organisation that uses Google" say nothing of whose policy it is.)
            let by_party = |verb: &str| {
                let clause = before[..before.len() - verb.len()]
                    .rsplit(['.', ',', ';', ':', '('])
                    .next()
                    .unwrap_or_default();
                clause.split_whitespace().any(|w| {
                    matches!(
                        w,
                        "that" | "which" | "who" | "when" | "whenever" | "if" | "where"
                    )
                })
            };
            [
                "we use",
                "we also use",
                "we may use",
                "uses",
                "utilizes",
                "we partner with",
                "we work with",
            ]
            .iter()
            .any(|v| before.ends_with(v) && !by_party(v))
                || ["as a third party", "a third party", "as third party"]
                    .iter()
                    .any(|t| after.starts_with(t))
        };
        let mut titles: Vec<&crate::input::Section> = Vec::new();
        for (k, (section, text, scan)) in sentences.enumerate() {
            if let Some(section) = section
                // (Past the opening, only a heading that can be a title is
                // read: scanning every section's heading of every version
                // of a history cost more than the rest of this pass.)
                && (k < OPENING_SENTENCES
                    || section.last().is_some_and(|h| h.contains("Privacy ")))
                && titles.last() != Some(&section)
            {
                titles.push(section);
                let heading = section.join(" ");
                let t = self.scan(&heading);
                // A policy's title names its owner wherever the page puts
                // it (Cloudflare's comes after a table of contents); the
                // other companies a heading names count as the opening's
                // only near the start.
                let owner = self.titled_owner(&t, &heading).unwrap_or_default();
                for h in t.hits.iter().filter(|h| self.names_company(h)) {
                    let name = &t.norm[h.start..h.end];
                    if k < OPENING_SENTENCES || owner.iter().any(|o| o == name) {
                        count(name, true);
                    }
                }
                titled.extend(owner);
            }
            if k < OPENING_SENTENCES
                && let Some(owner) = self.titled_owner(scan, text)
            {
                titled.extend(owner);
            }
            if !scan.names_company {
                continue;
            }
            for h in scan.hits.iter().filter(|h| self.names_company(h)) {
                let name = &scan.norm[h.start..h.end];
                count(name, k < OPENING_SENTENCES);
                if used_as_tool(scan, h) {
                    tools.push(name.to_string());
                }
            }
        }
        // Named often but never in the opening is not enough: a policy that
        // explains its use of Google Analytics at length names Google more
        // than itself.
        let mut own: Vec<String> = counts
            .into_iter()
            .filter(|(t, n, opening)| {
                *opening && *n >= 3 && (titled.contains(t) || !tools.contains(t))
            })
            .map(|(t, _, _)| t)
            .collect();
        own.sort();
        own
    }
}
