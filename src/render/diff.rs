//! Terminal output of `policy-diff diff`: the summary first (counts and the
//! high-severity findings, one line each), then every finding with its
//! evidence and word diff, then a compact list of the other changed clauses.

use super::{Style, line_range, wrap};
use crate::align::{ChangeKind, WordOp, word_diff, word_diff_plain};
use crate::compare::{Direction, Evidence, Finding, Link, Severity};
use crate::report::Report;
use colored::Colorize;
use std::io::{self, Write};

/// Most clause-level changes listed after the findings (the JSON has them all).
const MAX_CHANGES_SHOWN: usize = 40;

fn version_name(path: &str, date: &Option<String>) -> String {
    match date {
        Some(d) => format!("{path} ({d})"),
        None => path.to_string(),
    }
}

pub(crate) fn kind_label(kind: &str) -> String {
    kind.replace('_', " ")
}

fn direction_tag(style: Style, d: Direction) -> String {
    match d {
        Direction::Widens => style.paint("WIDENS ", |s| s.red().bold()),
        Direction::Narrows => style.paint("NARROWS", |s| s.green().bold()),
        Direction::Neutral => style.paint("NEUTRAL", |s| s.blue()),
    }
}

fn severity_tag(style: Style, s: Severity) -> String {
    match s {
        Severity::High => style.paint("high  ", |t| t.red()),
        Severity::Medium => style.paint("medium", |t| t.yellow()),
        Severity::Low => style.paint("low   ", |t| t.dimmed()),
    }
}

/// Word diff, colored (red deleted, green inserted) or marked `[-…-]{+…+}`.
pub fn render_word_diff(style: Style, ops: &[WordOp]) -> String {
    if !style.color {
        return word_diff_plain(ops);
    }
    ops.iter()
        .map(|o| match o.op {
            "delete" => o.text.red().strikethrough().to_string(),
            "insert" => o.text.green().underline().to_string(),
            _ => o.text.clone(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Prints the report for a terminal.
pub fn text(report: &Report, style: Style, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "{} {} → {}",
        style.bold("policy-diff:"),
        version_name(&report.old.path, &report.old.date),
        version_name(&report.new.path, &report.new.date)
    )?;
    let s = &report.summary;
    let high = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::High)
        .count();
    writeln!(
        out,
        "{} widen, {} narrow, {} neutral ({} high severity); {} changed",
        style.paint(&s.widens.to_string(), |t| t.red().bold()),
        style.paint(&s.narrows.to_string(), |t| t.green().bold()),
        s.neutral,
        high,
        super::clauses(
            report
                .changes
                .iter()
                .filter(|c| !matches!(c.kind, ChangeKind::Cosmetic))
                .count()
        )
    )?;
    if let Some(shrink) = &report.shrank {
        let note = wrap(&super::shrink_note(shrink), style.width, "  ");
        write!(
            out,
            "{} {}",
            style.paint("!", |t| t.yellow().bold()),
            note.trim_start()
        )?;
    }
    if report.findings.is_empty() {
        writeln!(
            out,
            "\nNo changes in what is collected, shared, for which purposes or under which choices."
        )?;
    } else {
        writeln!(out)?;
        for f in &report.findings {
            let head = format!(
                "{:<4} {} {} ",
                f.id,
                direction_tag(style, f.direction),
                severity_tag(style, f.severity)
            );
            let body = wrap(&f.why, style.width, "                      ");
            write!(out, "{head}{}", body.trim_start())?;
        }
        for f in &report.findings {
            finding(f, style, out)?;
        }
    }
    let others: Vec<_> = report
        .changes
        .iter()
        .filter(|c| !matches!(c.kind, ChangeKind::Cosmetic))
        .collect();
    let cosmetic = report.changes.len() - others.len();
    if !others.is_empty() || cosmetic > 0 {
        writeln!(
            out,
            "\n{} ({} changed, {} cosmetic)",
            style.bold("Changed clauses"),
            others.len(),
            cosmetic
        )?;
    }
    for c in others.iter().take(MAX_CHANGES_SHOWN) {
        let lines = match (&c.old, &c.new) {
            (Some(o), Some(n)) => format!("{} → {}", line_range(o.lines), line_range(n.lines)),
            (Some(o), None) => line_range(o.lines),
            (None, Some(n)) => line_range(n.lines),
            (None, None) => String::new(),
        };
        let kind = format!("{:?}", c.kind).to_lowercase();
        let text = match (&c.old, &c.new) {
            _ if !c.diff.is_empty() => render_word_diff(style, &c.diff),
            (Some(o), None) => style.paint(&o.text, |t| t.red()),
            (_, Some(n)) => match c.kind {
                ChangeKind::Added => style.paint(&n.text, |t| t.green()),
                _ => n.text.clone(),
            },
            _ => String::new(),
        };
        writeln!(out, "  {:<8} {}", kind, style.dim(&lines))?;
        write!(out, "{}", wrap(&text, style.width, "           "))?;
    }
    if others.len() > MAX_CHANGES_SHOWN {
        writeln!(
            out,
            "  … and {} more (use --format json for all)",
            others.len() - MAX_CHANGES_SHOWN
        )?;
    }
    Ok(())
}

fn evidence(
    label: &str,
    e: &Option<Evidence>,
    style: Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    match e {
        Some(e) => {
            let section = if e.section.is_empty() {
                String::new()
            } else {
                format!("  § {}", e.section.join(" › "))
            };
            writeln!(
                out,
                "  {label} {}{}",
                style.dim(&line_range(e.lines)),
                style.dim(&section)
            )?;
            write!(
                out,
                "{}",
                wrap(&format!("“{}”", e.text), style.width, "      ")
            )?;
            if let Some(l) = &e.lead_in {
                writeln!(
                    out,
                    "      {}",
                    style.dim(&format!(
                        "an item of the list introduced at {}:",
                        line_range(l.lines)
                    ))
                )?;
                write!(
                    out,
                    "{}",
                    wrap(&format!("“{}”", l.text), style.width, "      ")
                )?;
            }
            if let Some(r) = &e.table_row {
                let header = r
                    .header
                    .as_ref()
                    .map(|h| format!(" of the table headed “{h}”"))
                    .unwrap_or_default();
                let said = format!(
                    "a cell of the row at {}{header}; the row reads:",
                    line_range(r.lines)
                );
                for line in wrap(&said, style.width, "      ").lines() {
                    writeln!(out, "{}", style.dim(line))?;
                }
                write!(
                    out,
                    "{}",
                    wrap(&format!("“{}”", r.text), style.width, "      ")
                )?;
            }
            Ok(())
        }
        None => writeln!(out, "  {label} {}", style.dim("(nothing)")),
    }
}

fn finding(f: &Finding, style: Style, out: &mut dyn Write) -> io::Result<()> {
    let title = format!(
        "── {} · {} · {:?} · {:?} ",
        f.id,
        kind_label(&f.kind),
        f.direction,
        f.severity
    )
    .to_lowercase()
    .replacen(&f.id.to_lowercase(), &f.id, 1);
    let rule = "─".repeat(style.width.saturating_sub(title.chars().count()).min(60));
    writeln!(out, "\n{}", style.bold(&format!("{title}{rule}")))?;
    write!(out, "{}", wrap(&f.why, style.width, "  "))?;
    evidence("old", &f.old, style, out)?;
    evidence("new", &f.new, style, out)?;
    if let Some(note) = super::related_note(f) {
        for line in wrap(note, style.width, "  ").lines() {
            writeln!(out, "{}", style.dim(line))?;
        }
    }
    if let (Some(o), Some(n), Link::Aligned) = (&f.old, &f.new, f.link)
        && o.text != n.text
    {
        let ops = word_diff(&o.text, &n.text);
        if ops.iter().filter(|o| o.op == "equal").count() > 0 {
            writeln!(out, "  diff")?;
            write!(
                out,
                "{}",
                wrap(&render_word_diff(style, &ops), style.width, "      ")
            )?;
        }
    }
    Ok(())
}
