//! OPP-115 (Wilson et al., ACL 2016) in its published layout:
//! `DIR/sanitized_policies/<id>_<name>.html` (segments separated by `|||`)
//! and `DIR/consolidation/threshold-0.75-overlap-similarity/<id>_<name>.csv`
//! (one annotated practice per row).
//!
//! Scored per segment: does it state a third-party sharing/collection
//! practice, a first-party collection/use practice, a user choice (positive =
//! any annotation of that category whose "Does/Does Not" is "Does"), and
//! which coarse personal-information types do the sharing segments name
//! (through the taxonomy's `opp115` mapping; micro-averaged over
//! (segment, type) pairs of segments annotated as sharing). A policy's
//! segments are read in order as one document, as `extract` reads a policy.

use super::{Counts, EvalReport, SCHEMA};
use crate::Extractor;
use crate::extract::Practice;
use crate::input::{Format, source_from_bytes};
use crate::taxonomy::Kind;
use anyhow::{Context, Result, bail};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const ANNOTATIONS: &str = "consolidation/threshold-0.75-overlap-similarity";
const SHARING: &str = "Third Party Sharing/Collection";
const FIRST_PARTY: &str = "First Party Collection/Use";
const CHOICE: &str = "User Choice/Control";
/// The category of international transfers (the taxonomy maps
/// `other-countries` to it).
const INTERNATIONAL: &str = "International and Specific Audiences";
/// The category of rights over data held (the taxonomy maps the
/// `deletion` choice to it): no User Choice/Control type.
const ACCESS: &str = "User Access, Edit and Deletion";

/// Words of consent asked by the company, and of data marked optional
/// ("providing your phone number is optional", "names provided at your
/// discretion"): OPP-115 files both as attributes of the practice they qualify (its
/// "Choice Type"), not as a choice offered to the user.
const PRACTICE_ATTRIBUTES: &[&str] = &[
    "consent",
    "permission",
    "approval",
    "authorization",
    "agree",
    "optional",
    "discretion",
];

/// Consent the user is offered to give ("parents can consent to the
/// collection …", "without consenting to its disclosure"): a choice.
const OFFERED: &[&str] = &["can ", "may ", "without ", "right to "];

/// Gold labels of one segment.
#[derive(Debug, Default, Clone)]
struct Gold {
    sharing: bool,
    first_party: bool,
    choice: bool,
    types: BTreeSet<String>,
}

/// Predicted labels of one segment.
#[derive(Debug, Default, Clone)]
pub struct Predicted {
    pub sharing: bool,
    pub first_party: bool,
    pub choice: bool,
    pub types: BTreeSet<String>,
}

/// What the extractor says about one segment's text (HTML fragment), read alone.
pub fn predict(ex: &Extractor, segment_html: &str) -> Predicted {
    predict_policy(ex, &[segment_html])
        .pop()
        .unwrap_or_default()
}

/// What the extractor says about each segment of a policy, reading the
/// segments in order as one document, as `extract` reads a policy: the
/// company's own name is learnt from the whole ("Amazon.com may share" is
/// no third party in Amazon's policy), and a pronoun can refer back to the
/// segment before.
pub fn predict_policy(ex: &Extractor, segments: &[&str]) -> Vec<Predicted> {
    let mut clauses = Vec::new();
    let mut ends = Vec::with_capacity(segments.len());
    // The annotators cut lists from their lead-in ("We use it in a variety
    // of ways, including:" | "• Sending marketing e-mails;" | …): the items
    // are linked to it across segments, as within one page.
    let mut lead: Option<usize> = None;
    for html in segments {
        // An empty segment states nothing.
        if let Ok(doc) = source_from_bytes("segment.html", html.as_bytes(), Some(Format::Html))
            .and_then(|src| crate::input::parse(&src))
        {
            let offset = clauses.len();
            for mut c in crate::segment::segment(&doc) {
                // (A segment opening on a fragment goes on with the lead-in
                // before, as a paragraph does on a page: "We may also
                // disclose information:" | "If we believe in good faith that
                // the law requires such disclosure.")
                if lead.is_some() && c.id.0 == 1 && crate::segment::opens_fragment(&c.text) {
                    c.list_item = true;
                    c.opens_item = true;
                }
                c.lead_in = c
                    .lead_in
                    .map(|i| i + offset)
                    .or(lead.filter(|_| c.list_item));
                c.id = crate::segment::ClauseId((offset + c.id.0 as usize) as u32);
                if !c.list_item || c.introduces_list() {
                    lead = c.introduces_list().then_some(clauses.len());
                }
                clauses.push(c);
            }
        }
        ends.push(clauses.len());
    }
    let extracted = ex.extract_all(clauses);
    let mut start = 0;
    ends.into_iter()
        .map(|end| {
            let practices = extracted[start..end]
                .iter()
                .flat_map(|c| c.practices.iter());
            start = end;
            labels(ex, practices)
        })
        .collect()
}

/// A segment's labels from its practices.
fn labels<'a>(ex: &Extractor, practices: impl Iterator<Item = &'a Practice>) -> Predicted {
    let mut p = Predicted::default();
    for pr in practices {
        // A transfer abroad and nothing else is filed under OPP-115's
        // International and Specific Audiences, by the taxonomy's mapping:
        // neither sharing nor first-party collection.
        let international = !pr.recipients.is_empty()
            && pr.recipients.iter().all(|r| {
                ex.taxonomy
                    .entry(Kind::Recipient, r)
                    .and_then(|e| e.opp115.as_deref())
                    == Some(INTERNATIONAL)
            });
        let abroad_only = international && pr.actor == "first-party";
        let third = crate::extract::discloses(&pr.action) || pr.actor != "first-party";
        // "We do not share it, except with service providers / as the law
        // requires / as described below" shares in the excepted cases.
        if pr.happens() && third && !pr.presupposed && !abroad_only {
            p.sharing = true;
            for d in &pr.data {
                if let Some(t) = ex
                    .taxonomy
                    .entry(Kind::Data, d)
                    .and_then(|e| e.opp115.clone())
                {
                    p.types.insert(t);
                }
            }
        }
        // A bare choice ("you can unsubscribe") states no collection.
        let bare_choice = pr.choice.is_some() && pr.data.is_empty();
        if pr.happens() && !third && !bare_choice && !pr.presupposed {
            p.first_party = true;
        }
        // OPP-115 files consent asked for a practice ("with your consent we
        // share …") and data marked optional ("providing your phone number
        // is optional") as attributes of that practice; the User
        // Choice/Control category is for choices offered to the user.
        let attribute_only = pr.choice.is_some()
            && !bare_choice
            && pr.matched.iter().filter(|m| m.kind == "choice").all(|m| {
                PRACTICE_ATTRIBUTES.iter().any(|c| m.term.contains(c))
                    && !OFFERED.iter().any(|o| m.term.starts_with(o))
            });
        let right = pr.choice.as_ref().is_some_and(|c| {
            ex.taxonomy
                .entry(Kind::Choice, &c.kind)
                .and_then(|e| e.opp115.as_deref())
                == Some(ACCESS)
        });
        if pr.choice.is_some() && !attribute_only && !right {
            p.choice = true;
        }
    }
    p
}

fn read_gold(csv_path: &Path) -> Result<BTreeMap<usize, Gold>> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(csv_path)
        .with_context(|| format!("{}: cannot read", csv_path.display()))?;
    let mut out: BTreeMap<usize, Gold> = BTreeMap::new();
    for (n, rec) in rdr.records().enumerate() {
        let rec =
            rec.with_context(|| format!("{}: malformed CSV at row {}", csv_path.display(), n + 1))?;
        let (Some(seg), Some(cat), Some(attrs)) = (rec.get(4), rec.get(5), rec.get(6)) else {
            bail!(
                "{}: row {} has fewer than 7 columns",
                csv_path.display(),
                n + 1
            );
        };
        let seg: usize = seg.trim().parse().with_context(|| {
            format!(
                "{}: row {}: segment id '{seg}' is not a number",
                csv_path.display(),
                n + 1
            )
        })?;
        let attrs: serde_json::Value =
            serde_json::from_str(attrs).unwrap_or(serde_json::Value::Null);
        let value = |k: &str| {
            attrs
                .get(k)
                .and_then(|a| a.get("value"))
                .and_then(|v| v.as_str())
        };
        let does = value("Does/Does Not").is_none_or(|v| v == "Does");
        let g = out.entry(seg).or_default();
        match cat {
            SHARING if does => {
                g.sharing = true;
                if let Some(t) = value("Personal Information Type")
                    && t != "Unspecified"
                {
                    g.types.insert(if t == "User Profile" {
                        "User profile".into()
                    } else {
                        t.into()
                    });
                }
            }
            FIRST_PARTY if does => g.first_party = true,
            CHOICE => g.choice = true,
            _ => {}
        }
    }
    Ok(out)
}

/// Evaluates on every policy of `dir` (or the first `limit`, sorted by name).
pub fn evaluate(ex: &Extractor, dir: &Path, limit: Option<usize>) -> Result<EvalReport> {
    let policies_dir = dir.join("sanitized_policies");
    let gold_dir = dir.join(ANNOTATIONS);
    if !policies_dir.is_dir() || !gold_dir.is_dir() {
        bail!(
            "{}: not an OPP-115 directory (expected sanitized_policies/ and {ANNOTATIONS}/)",
            dir.display()
        );
    }
    let mut files: Vec<_> = std::fs::read_dir(&policies_dir)
        .with_context(|| format!("{}: cannot list", policies_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    files.sort();
    if let Some(n) = limit {
        files.truncate(n);
    }
    let (mut sharing, mut first, mut choice, mut types) = (
        Counts::default(),
        Counts::default(),
        Counts::default(),
        Counts::default(),
    );
    let mut documents = 0;
    let mut segments = 0;
    for f in &files {
        let stem = f.file_stem().unwrap_or_default().to_string_lossy();
        let csv = gold_dir.join(format!("{stem}.csv"));
        if !csv.is_file() {
            continue;
        }
        let gold = read_gold(&csv)?;
        let html =
            std::fs::read_to_string(f).with_context(|| format!("{}: cannot read", f.display()))?;
        documents += 1;
        let segs: Vec<&str> = html.split("|||").collect();
        for (i, p) in predict_policy(ex, &segs).into_iter().enumerate() {
            segments += 1;
            let g = gold.get(&i).cloned().unwrap_or_default();
            sharing.add(p.sharing, g.sharing);
            first.add(p.first_party, g.first_party);
            choice.add(p.choice, g.choice);
            if g.sharing {
                for t in p.types.union(&g.types) {
                    types.add(p.types.contains(t), g.types.contains(t));
                }
            }
        }
    }
    let mut metrics = BTreeMap::new();
    metrics.insert("third_party_sharing".to_string(), sharing.score());
    metrics.insert("first_party_collection".to_string(), first.score());
    metrics.insert("user_choice".to_string(), choice.score());
    metrics.insert("data_types".to_string(), types.score());
    Ok(EvalReport {
        schema: SCHEMA,
        corpus: "opp115",
        documents,
        unit: format!(
            "{segments} segments; data types micro-averaged over (segment, type) pairs of gold sharing segments"
        ),
        metrics,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::taxonomy::Taxonomy;

    #[test]
    fn consent_and_optional_data_are_attributes_of_a_practice() {
        let ex = Extractor::new(Taxonomy::builtin());
        for html in [
            "<p>Providing your phone number is optional.</p>",
            "<p>With your consent, we share your email address with partners.</p>",
            "<p>Besides the names and email addresses provided at your discretion, we collect no personal information.</p>",
        ] {
            assert!(!predict(&ex, html).choice, "{html}");
        }
        assert!(predict(&ex, "<p>You may opt out of receiving our newsletter.</p>").choice);
        // Consent the user is offered to give is a choice.
        assert!(
            predict(
                &ex,
                "<p>Parents can consent to the collection of their child's information without consenting to its disclosure to third parties.</p>"
            )
            .choice
        );
    }

    #[test]
    fn a_right_to_deletion_is_filed_apart_from_choices() {
        let ex = Extractor::new(Taxonomy::builtin());
        let html = "<p>You may request that we delete your personal information.</p>";
        let p = predict(&ex, html);
        assert!(!p.choice && !p.first_party, "{p:?}");
        // (The extractor reads it as the right it is.)
        let c = ex.extract("You may request that we delete your personal information.");
        assert_eq!(
            c[0].choice.as_ref().map(|c| c.kind.as_str()),
            Some("deletion")
        );
    }

    #[test]
    fn a_transfer_abroad_is_filed_as_international_not_as_sharing() {
        let ex = Extractor::new(Taxonomy::builtin());
        let p = predict(
            &ex,
            "<p>Your personal information may be transferred to the United States.</p>",
        );
        assert!(!p.sharing && !p.first_party, "{p:?}");
        // A third party transferring it is still a third party's practice.
        let p = predict(
            &ex,
            "<p>Our service providers may transfer your personal information to other countries.</p>",
        );
        assert!(p.sharing, "{p:?}");
    }

    #[test]
    fn list_items_cut_from_their_lead_in_still_follow_it() {
        let ex = Extractor::new(Taxonomy::builtin());
        let segs = [
            "<p>We and our affiliates use the personal information we collect in a variety of ways, including:</p>",
            "<ul><li>Sending marketing e-mails that may interest you;</li></ul>",
            "<ul><li>Tailoring the advertising you see;</li></ul>",
            "<p>Our site is hosted in Ohio.</p>",
            "<ul><li>Sending marketing e-mails that may interest you;</li></ul>",
        ];
        let p = predict_policy(&ex, &segs);
        assert!(p[0].sharing);
        assert!(p[1].sharing && p[2].sharing, "{p:?}");
        // A sentence that is no lead-in ends the list's reach.
        assert!(!p[4].sharing, "{p:?}");
        // Cases numbered in paragraphs follow a numbered lead-in.
        let segs = [
            "<p>a. We may disclose your personal information in the following situations:</p>",
            "<p>(v) In accordance with your indicated preferences.</p>",
        ];
        let p = predict_policy(&ex, &segs);
        assert!(p[0].sharing && p[1].sharing, "{p:?}");
    }

    #[test]
    fn segments_are_read_as_one_policy() {
        let ex = Extractor::new(Taxonomy::builtin());
        let segs = [
            "<p>Google Privacy Policy</p><p>Google collects information to run its services.</p>",
            "<p>Google keeps this information on its servers.</p>",
            "<p>Google may use your location to improve maps.</p>",
        ];
        // Alone, the last segment reads as a third party using data.
        assert!(predict(&ex, segs[2]).sharing);
        // In its policy, Google is the company itself.
        let p = predict_policy(&ex, &segs);
        assert_eq!(p.len(), 3);
        assert!(!p[2].sharing);
        assert!(p[2].first_party);
    }

    #[test]
    fn what_users_post_is_their_profile_in_the_scheme() {
        let ex = Extractor::new(Taxonomy::builtin());
        let p = predict(
            &ex,
            "<p>Comments and photos you post may be shared with other users and partners.</p>",
        );
        assert!(p.sharing, "{p:?}");
        assert!(p.types.contains("User profile"), "{p:?}");
        assert!(!p.types.contains("Other"), "{p:?}");
    }
}
