//! Output of `policy-diff extract`: a readable listing for people, and the
//! `policy-diff/extract/v1` document (JSON or YAML) for scripts.

use super::{Style, line_range, wrap};
use crate::extract::{ExtractedClause, Practice};
use crate::policy::{Policy, SourceInfo};
use crate::taxonomy::{Kind, Taxonomy};
use colored::Colorize;
use serde::Serialize;
use std::io::{self, Write};

/// Schema name of the machine-readable extract document.
pub const SCHEMA: &str = "policy-diff/extract/v1";

/// The machine-readable extract document.
#[derive(Serialize)]
pub struct ExtractDoc<'a> {
    pub schema: &'static str,
    pub source: &'a SourceInfo,
    pub summary: ExtractSummary,
    pub clauses: &'a [ExtractedClause],
}

#[derive(Serialize)]
pub struct ExtractSummary {
    pub clauses: usize,
    pub practices: usize,
}

pub fn document(policy: &Policy) -> ExtractDoc<'_> {
    ExtractDoc {
        schema: SCHEMA,
        source: &policy.source,
        summary: ExtractSummary {
            clauses: policy.clauses.len(),
            practices: policy.practice_count(),
        },
        clauses: &policy.clauses,
    }
}

/// Whether a recipient's label names several parties ("advertisers and ad
/// networks", "third parties"; not "Facebook", "the public"), so that its
/// verb agrees: "third parties do NOT collect".
fn is_plural(label: &str) -> bool {
    // The head noun ends the label, before any gloss: "third parties",
    // "affiliates (corporate family)".
    let head = label.split(" (").next().unwrap_or(label);
    head.contains(" and ")
        || head
            .split_whitespace()
            .last()
            .is_some_and(|w| w.ends_with('s') && !w.ends_with("ss"))
}

/// One line saying what a practice does, e.g.
/// `may share phone number, usage → affiliates for advertising [opt-out within 30 days]`.
pub fn describe(p: &Practice, tax: &Taxonomy) -> String {
    let labels = |kind: Kind, ids: &[String]| -> String {
        ids.iter()
            .map(|i| tax.label(kind, i).to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut s = String::new();
    let mut plural = false;
    if p.actor != "first-party" {
        let label = tax.label(Kind::Recipient, &p.actor);
        plural = is_plural(label);
        s.push_str(label);
        s.push(' ');
    }
    if p.negated {
        s.push_str(if plural { "do NOT " } else { "does NOT " });
        // ("does NOT (currently) sell": the hedge the promise carries.)
        if let Some(h) = &p.hedge {
            s.push_str(&format!("({h}) "));
        }
    } else if p.modality == crate::extract::Modality::May {
        s.push_str("may ");
    }
    s.push_str(&p.action);
    if !p.data.is_empty() {
        s.push(' ');
        // ("aggregated location data": the kinds, named de-identified.)
        if p.deidentified {
            s.push_str("de-identified ");
        }
        s.push_str(&labels(Kind::Data, &p.data));
        // ("children's personal information (under 13)".)
        if let Some(age) = p.under_age {
            s.push_str(&format!(" (under {age})"));
        }
    }
    for (joint, kind, ids) in [
        (" → ", Kind::Recipient, &p.recipients),
        (" from ", Kind::Recipient, &p.sources),
        (" in ", Kind::Location, &p.locations),
        (" for ", Kind::Purpose, &p.purposes),
    ] {
        if !ids.is_empty() {
            s.push_str(joint);
            s.push_str(&labels(kind, ids));
        }
    }
    if let Some(r) = p.retention() {
        s.push(' ');
        s.push_str(&if p.negated {
            r.beyond_phrase()
        } else {
            r.phrase()
        });
    }
    if let Some(c) = &p.choice {
        s.push_str(&format!(" [{}", c.kind));
        if let Some(w) = c.window_days {
            s.push_str(&format!(" within {}", crate::compare::days(w)));
        }
        s.push(']');
    }
    // ("… [despite opt-out]": what the choice is said to leave alone.)
    if let Some(d) = &p.despite {
        s.push_str(&format!(" [despite {d}]"));
    }
    if let Some(c) = &p.condition {
        s.push_str(&format!(" ({})", c.text));
    }
    s
}

/// The human listing: every clause with practices, or with something it says
/// beside them (signals, encryption, notice of changes, opting out), grouped
/// under its section.
pub fn text(policy: &Policy, tax: &Taxonomy, style: Style, out: &mut dyn Write) -> io::Result<()> {
    let s = &policy.source;
    writeln!(
        out,
        "{} ({}, {} lines): {} clauses, {} practices",
        style.bold(&s.path),
        format!("{:?}", s.format).to_lowercase(),
        s.lines,
        policy.clauses.len(),
        policy.practice_count()
    )?;
    let mut section: Option<&crate::input::Section> = None;
    for c in policy.clauses.iter() {
        let statements = c.said.get().phrases();
        if c.practices.is_empty() && statements.is_empty() {
            continue;
        }
        if section != Some(&c.clause.section) {
            section = Some(&c.clause.section);
            let title = if c.clause.section.is_empty() {
                "(no section)".to_string()
            } else {
                c.clause.section.join(" › ")
            };
            writeln!(
                out,
                "\n{}",
                style.paint(&format!("§ {title}"), |t| t.cyan().bold())
            )?;
        }
        let lines = line_range(c.clause.lines);
        for p in c.practices.iter() {
            let d = describe(p, tax);
            let d = if p.negated {
                style.paint(&d, |t| t.green())
            } else if crate::extract::discloses(&p.action) {
                style.paint(&d, |t| t.yellow())
            } else {
                d
            };
            writeln!(out, "  {:<9} {}", style.dim(&lines), d)?;
        }
        // (What the clause says beside its practices, marked apart.)
        for st in &statements {
            writeln!(
                out,
                "  {:<9} {}",
                style.dim(&lines),
                style.paint(&format!("says: {st}"), |t| t.magenta())
            )?;
        }
        write!(
            out,
            "{}",
            style.dim(&wrap(
                &format!("“{}”", c.clause.text),
                style.width,
                "            "
            ))
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::describe;
    use crate::{Extractor, taxonomy::Taxonomy};

    #[test]
    fn the_verb_agrees_with_the_acting_party() {
        let ex = Extractor::new(Taxonomy::builtin());
        let line = |text: &str| {
            let ps = ex.extract(text);
            assert_eq!(ps.len(), 1, "{text}: {ps:#?}");
            describe(&ps[0], &ex.taxonomy)
        };
        assert_eq!(
            line("We do not allow advertisers to collect your email address."),
            "advertisers and ad networks do NOT collect email address"
        );
        assert_eq!(
            line("We do not allow third parties to collect your email address."),
            "third parties do NOT collect email address"
        );
        assert_eq!(
            line("Facebook does not collect your email address."),
            "Facebook does NOT collect email address"
        );
        assert_eq!(
            line("We do not sell your email address."),
            "does NOT sell email address"
        );
    }
}
