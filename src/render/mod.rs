//! Stage 6 — rendering. Every renderer is a pure function from a report value
//! to a writer, so each is tested into a buffer; only `main` decides whether
//! the stream is a terminal.

pub mod diff;
pub mod extract;
pub mod github;
pub mod history;
pub mod markdown;
pub mod sarif;

use colored::{ColoredString, Colorize};
use std::io::IsTerminal;

/// When to color terminal output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    /// Color when writing to a terminal and `NO_COLOR` is not set.
    Auto,
    Always,
    Never,
}

/// How terminal output looks.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    /// Wrap width for quoted text.
    pub width: usize,
}

impl Style {
    /// Plain output of a given width (what tests and pipes get).
    pub fn plain(width: usize) -> Style {
        Style {
            color: false,
            width,
        }
    }

    /// Resolves `--color` against `NO_COLOR`, `TERM` and whether stdout is a terminal.
    pub fn for_stdout(choice: ColorChoice) -> Style {
        let tty = std::io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
        let color = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => tty && !no_color && !dumb,
        };
        Style::with_color(color, terminal_width(tty))
    }

    /// A style with color on or off; `colored` is told so, since its own
    /// detection looks at stdout only and ignores `--color`.
    pub fn with_color(color: bool, width: usize) -> Style {
        if color {
            colored::control::set_override(true);
        }
        Style { color, width }
    }

    /// Applies `f` only when color is on.
    pub fn paint<'a>(&self, s: &'a str, f: impl Fn(&'a str) -> ColoredString) -> String {
        if self.color {
            f(s).to_string()
        } else {
            s.to_string()
        }
    }

    pub fn bold(&self, s: &str) -> String {
        self.paint(s, |s| s.bold())
    }

    pub fn dim(&self, s: &str) -> String {
        self.paint(s, |s| s.dimmed())
    }
}

/// The width to wrap to: `COLUMNS` when set, else the terminal's own width
/// when writing to one, else 100; clamped to a readable range.
fn terminal_width(tty: bool) -> usize {
    let cols = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse::<usize>().ok());
    let width = cols
        .or_else(|| {
            tty.then(|| terminal_size::terminal_size_of(std::io::stdout()))
                .flatten()
                .map(|(w, _)| w.0 as usize)
        })
        .unwrap_or(100);
    width.clamp(40, 200)
}

/// Wraps text to `width` columns, each line prefixed by `indent`.
pub fn wrap(text: &str, width: usize, indent: &str) -> String {
    let avail = width.saturating_sub(indent.chars().count()).max(20);
    let mut out = String::new();
    let mut line = String::new();
    let mut line_len = 0;
    for word in text.split_whitespace() {
        let wl = visible_len(word);
        if line_len > 0 && line_len + 1 + wl > avail {
            out.push_str(indent);
            out.push_str(&line);
            out.push('\n');
            line.clear();
            line_len = 0;
        }
        if line_len > 0 {
            line.push(' ');
            line_len += 1;
        }
        line.push_str(word);
        line_len += wl;
    }
    if line_len > 0 {
        out.push_str(indent);
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Length of a string without ANSI escape sequences.
fn visible_len(s: &str) -> usize {
    let mut n = 0;
    let mut in_esc = false;
    for c in s.chars() {
        if in_esc {
            if c == 'm' {
                in_esc = false;
            }
        } else if c == '\u{1b}' {
            in_esc = true;
        } else {
            n += 1;
        }
    }
    n
}

/// "1 clause" or "3 clauses": summaries are pasted into reports as they are.
pub fn clauses(n: usize) -> String {
    if n == 1 {
        "1 clause".to_string()
    } else {
        format!("{n} clauses")
    }
}

/// `L12` or `L12-14`.
pub fn line_range(lines: [usize; 2]) -> String {
    if lines[0] == lines[1] {
        format!("L{}", lines[0])
    } else {
        format!("L{}-{}", lines[0], lines[1])
    }
}

/// Why a report's findings may not be a change of policy: the new version
/// is a fragment of the old one (every format says it in these words).
pub fn shrink_note(s: &crate::align::Shrink) -> String {
    format!(
        "The new version keeps {} of the old version's {} clauses and has {} in all: \
         an index page, an error page or a partial capture reads like this, so its \
         findings may come from the capture rather than from a change of policy.",
        s.kept, s.old_clauses, s.new_clauses
    )
}

/// Said under a finding that quotes two clauses alignment did not pair
/// (its `link` is `related`): a reader takes an "old" and a "new" quote for
/// one passage reworded unless told otherwise. (None for a finding quoting
/// one side, or one clause in both.)
pub fn related_note(f: &crate::compare::Finding) -> Option<&'static str> {
    (f.old.is_some() && f.new.is_some() && f.link == crate::compare::Link::Related).then_some(
        "The two passages are related (same data, recipients or choice), not one clause reworded.",
    )
}

/// Why a history step compares with an earlier version than the one before.
pub fn passed_over_note(from: &str, fragment: &str) -> String {
    format!(
        "Compared with {from}: {fragment}, in between, was a fragment of it (an index page, \
         an error page or a partial capture), and this version restores it."
    )
}

/// Why a history step compares with an English version before the one
/// just before it (`None` when it passed over no version for its language).
pub fn not_english_note(from: &str, passed: &[String]) -> Option<String> {
    let (what, verb, they) = match passed {
        [] => return None,
        [one] => (one.clone(), "does", "it was"),
        [first, .., last] => (format!("{first} to {last}"), "do", "they were"),
    };
    Some(format!(
        "Compared with {from}: {what}, in between, {verb} not read as English, which \
         policy-diff's rules are, so {they} passed over rather than read as every practice \
         gone and back."
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_words_and_indent() {
        let w = wrap("one two three four five six", 30, "    ");
        assert!(
            w.lines().all(|l| l.starts_with("    ") && l.len() <= 30),
            "{w}"
        );
        assert_eq!(w.split_whitespace().count(), 6);
    }

    #[test]
    fn ranges() {
        assert_eq!(line_range([3, 3]), "L3");
        assert_eq!(line_range([3, 5]), "L3-5");
    }
}
