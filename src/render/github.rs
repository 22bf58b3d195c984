//! `--format github`: GitHub Actions workflow commands, one annotation per
//! finding (`::error`, `::warning` or `::notice` with file and lines). The
//! full Markdown report goes to `$GITHUB_STEP_SUMMARY` (by the caller), since
//! annotations are capped per step and the summary is not.

use crate::compare::{Direction, Finding, Severity};
use std::io::{self, Write};

/// Escapes a workflow-command message (`%`, CR, LF).
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow-command property value (also `:` and `,`).
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// Writes one annotation per finding; acknowledged ones are notices.
pub fn annotations<'a>(
    results: impl IntoIterator<Item = (&'a str, &'a str, &'a Finding)>,
    out: &mut dyn Write,
) -> io::Result<()> {
    for (new_path, old_path, f) in results {
        let cmd = match (f.acknowledged, f.direction, f.severity) {
            (false, Direction::Widens, Severity::High) => "error",
            (false, Direction::Widens, _) => "warning",
            _ => "notice",
        };
        let (path, lines) = match (&f.new, &f.old) {
            (Some(e), _) => (new_path, e.lines),
            (None, Some(e)) => (old_path, e.lines),
            (None, None) => (new_path, [1, 1]),
        };
        let title = format!(
            "policy-diff: {} ({:?}, {:?}){}",
            f.kind.replace('_', " "),
            f.direction,
            f.severity,
            if f.acknowledged { ", acknowledged" } else { "" }
        )
        .to_lowercase();
        writeln!(
            out,
            "::{cmd} file={},line={},endLine={},title={}::{}",
            escape_property(path),
            lines[0],
            lines[1],
            escape_property(&title),
            escape_data(&f.why)
        )?;
    }
    Ok(())
}

/// Writes a warning on a new version that is a fragment of the old one
/// (see [`crate::align::Shrink`]): its findings may come from the capture.
pub fn fragment(path: &str, shrink: &crate::align::Shrink, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "::warning file={},title={}::{}",
        escape_property(path),
        escape_property("policy-diff: new version is a fragment of the old one"),
        escape_data(&super::shrink_note(shrink))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(escape_data("50% off\nnow\r"), "50%25 off%0Anow%0D");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }
}
