//! Terminal and Markdown output of `policy-diff history`: the timeline of
//! changes that found something, then when each shared practice first
//! appeared and, if so, disappeared.

use super::{Style, line_range, wrap};
use crate::compare::{Direction, Severity};
use crate::history::{HistoryReport, PracticeSpan, Step};
use crate::render::diff::kind_label;
use crate::taxonomy::{Kind, Taxonomy};
use colored::Colorize;
use std::io::{self, Write};

/// Practices worth a line in the timeline: disclosures, sales, third-party
/// actors and choices (collection and use would drown them).
fn notable(p: &PracticeSpan) -> bool {
    crate::extract::discloses(&p.action) || p.action.starts_with("choice:") || p.recipient != "-"
}

/// Why a step's findings may not be a change of policy, or why it does not
/// start at the version just before: it compares past a fragment or past
/// versions not in English, or its new version is a fragment.
fn step_notes(s: &Step) -> impl Iterator<Item = String> + '_ {
    let passed = s
        .passed_over
        .iter()
        .map(|p| super::passed_over_note(&s.from, p));
    let foreign = super::not_english_note(&s.from, &s.not_english);
    passed
        .chain(foreign)
        .chain(s.shrank.as_ref().map(super::shrink_note))
}

/// ", N not in English" when versions were passed over for their language.
fn foreign_count(r: &HistoryReport) -> String {
    match r.versions.iter().filter(|v| v.not_english).count() {
        0 => String::new(),
        n => format!(", {n} not in English"),
    }
}

fn practice_label(p: &PracticeSpan, t: &Taxonomy) -> String {
    let mut s = p.action.clone();
    if p.data != "*" {
        s.push(' ');
        s.push_str(t.label(Kind::Data, &p.data));
    }
    if p.recipient != "-" {
        s.push_str(" → ");
        s.push_str(t.label(Kind::Recipient, &p.recipient));
    }
    if p.purpose != "-" {
        s.push_str(" for ");
        s.push_str(t.label(Kind::Purpose, &p.purpose));
    }
    s
}

pub fn text(r: &HistoryReport, t: &Taxonomy, style: Style, out: &mut dyn Write) -> io::Result<()> {
    let read = r.versions.iter().filter(|v| v.skipped.is_none()).count();
    writeln!(
        out,
        "{} {} — {} versions ({} unreadable{}), {} with findings: {} widen, {} narrow, {} neutral",
        style.bold("policy-diff history:"),
        r.document,
        read,
        r.versions.len() - read,
        foreign_count(r),
        r.steps.len(),
        r.summary.widens,
        r.summary.narrows,
        r.summary.neutral
    )?;
    for v in r.versions.iter().filter(|v| v.skipped.is_some()) {
        writeln!(
            out,
            "  {} {}: skipped ({})",
            style.dim("!"),
            v.label,
            v.skipped.as_deref().unwrap_or("")
        )?;
    }
    for s in &r.steps {
        writeln!(
            out,
            "\n{} {} → {}: {} widen, {} narrow, {} neutral",
            style.paint("●", |x| x.cyan()),
            style.bold(&s.from),
            style.bold(&s.to),
            s.summary.widens,
            s.summary.narrows,
            s.summary.neutral
        )?;
        for note in step_notes(s) {
            let note = wrap(&note, style.width, "    ");
            write!(
                out,
                "  {} {}",
                style.paint("!", |t| t.yellow().bold()),
                note.trim_start()
            )?;
        }
        for f in &s.findings {
            let tag = match f.direction {
                Direction::Widens => style.paint("WIDENS ", |x| x.red().bold()),
                Direction::Narrows => style.paint("NARROWS", |x| x.green().bold()),
                Direction::Neutral => style.paint("NEUTRAL", |x| x.blue()),
            };
            let sev = match f.severity {
                Severity::High => "high  ",
                Severity::Medium => "medium",
                Severity::Low => "low   ",
            };
            let at = f
                .new
                .as_ref()
                .or(f.old.as_ref())
                .map(|e| line_range(e.lines))
                .unwrap_or_default();
            let ack = if f.acknowledged {
                " (acknowledged)"
            } else {
                ""
            };
            let body = wrap(
                &format!("{}{ack} [{at}]", f.why),
                style.width,
                "                   ",
            );
            write!(out, "  {tag} {sev} {}", body.trim_start())?;
        }
    }
    let notable: Vec<&PracticeSpan> = r.practices.iter().filter(|p| notable(p)).collect();
    if !notable.is_empty() {
        writeln!(out, "\n{}", style.bold("Disclosures and choices over time"))?;
        for p in notable {
            let span = match &p.removed_in {
                Some(gone) => format!("{} – {} (gone in {gone})", p.first_seen, p.last_seen),
                None => format!("since {}", p.first_seen),
            };
            writeln!(out, "  {:<34} {}", style.dim(&span), practice_label(p, t))?;
        }
    }
    Ok(())
}

fn esc(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

pub fn markdown(r: &HistoryReport, t: &Taxonomy, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "# Privacy policy history: `{}`\n", r.document)?;
    writeln!(
        out,
        "{} versions{}, {} changes with findings: **{} widen**, {} narrow, {} neutral.\n",
        r.versions.len(),
        foreign_count(r),
        r.steps.len(),
        r.summary.widens,
        r.summary.narrows,
        r.summary.neutral
    )?;
    for s in &r.steps {
        writeln!(out, "## {} → {}\n", s.from, s.to)?;
        for note in step_notes(s) {
            writeln!(out, "> **Note:** {}\n", esc(&note))?;
        }
        writeln!(
            out,
            "| severity | direction | kind | why | new lines |\n|---|---|---|---|---|"
        )?;
        for f in &s.findings {
            let at = f
                .new
                .as_ref()
                .or(f.old.as_ref())
                .map(|e| format!("{}–{}", e.lines[0], e.lines[1]))
                .unwrap_or_default();
            writeln!(
                out,
                "| {:?} | {:?}{} | {} | {} | {at} |",
                f.severity,
                f.direction,
                if f.acknowledged {
                    " (acknowledged)"
                } else {
                    ""
                },
                kind_label(&f.kind),
                esc(&f.why)
            )?;
        }
        writeln!(out)?;
    }
    let notable: Vec<&PracticeSpan> = r.practices.iter().filter(|p| notable(p)).collect();
    if !notable.is_empty() {
        writeln!(
            out,
            "## Disclosures and choices over time\n\n| practice | first seen | last seen | gone in |\n|---|---|---|---|"
        )?;
        for p in notable {
            writeln!(
                out,
                "| {} | {} | {} | {} |",
                esc(&practice_label(p, t)),
                p.first_seen,
                p.last_seen,
                p.removed_in.as_deref().unwrap_or("")
            )?;
        }
    }
    Ok(())
}
