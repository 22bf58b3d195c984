//! Stage 1 — input: read bytes, refuse bad input, detect the format and turn
//! the text into a [`Document`] of blocks that remember where they came from.
//!
//! Everything downstream quotes text and line numbers from here, so this stage
//! never rewrites the source: it only records spans into it.

mod document;
mod entities;
mod html;
mod html_table;
pub mod markdown;
mod text;

pub use document::{Block, BlockKind, Document, Section, TableCell};

use anyhow::{Context, Result, bail};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::Path;

/// Default cap on input size; real policies are well under 1 MB.
pub const DEFAULT_MAX_BYTES: u64 = 50 * 1024 * 1024;

/// The formats policy-diff understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text: paragraphs separated by blank lines, headings as short standalone lines.
    Text,
    /// CommonMark / GitHub Markdown.
    Markdown,
    /// An HTML page (scripts, styles, navigation and footers are dropped).
    Html,
}

/// A policy version as read from disk or stdin, before parsing.
#[derive(Debug, Clone)]
pub struct Source {
    /// The path as the user gave it (`-` for stdin).
    pub path: String,
    pub format: Format,
    /// Hex SHA-256 of the raw bytes, so a report can be tied to the exact file.
    pub sha256: String,
    pub text: String,
}

/// Options that govern reading.
#[derive(Debug, Clone, Copy)]
pub struct ReadOptions {
    pub max_bytes: u64,
    pub format: Option<Format>,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_bytes: DEFAULT_MAX_BYTES,
            format: None,
        }
    }
}

/// Reads a policy from a path or `-` (stdin), refusing what is not a text policy.
///
/// Every error names the file and the problem on one line.
pub fn read_source(path: &str, opts: ReadOptions) -> Result<Source> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .take(opts.max_bytes + 1)
            .read_to_end(&mut buf)
            .context("<stdin>: cannot read")?;
        if buf.len() as u64 > opts.max_bytes {
            bail!(
                "<stdin>: input is larger than the {} byte limit (raise it with --max-bytes)",
                opts.max_bytes
            );
        }
        buf
    } else {
        let p = Path::new(path);
        let meta =
            std::fs::metadata(p).map_err(|e| anyhow::anyhow!("{path}: {}", io_reason(&e)))?;
        if meta.is_dir() {
            bail!("{path}: is a directory, not a policy file");
        }
        if meta.len() > opts.max_bytes {
            bail!(
                "{path}: file is {} bytes, over the {} byte limit (raise it with --max-bytes)",
                meta.len(),
                opts.max_bytes
            );
        }
        std::fs::read(p).map_err(|e| anyhow::anyhow!("{path}: {}", io_reason(&e)))?
    };
    source_from_bytes(path, &bytes, opts.format)
}

/// Validates raw bytes and wraps them as a [`Source`]; shared by files, stdin and git blobs.
pub fn source_from_bytes(path: &str, bytes: &[u8], format: Option<Format>) -> Result<Source> {
    let shown = if path == "-" { "<stdin>" } else { path };
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        bail!("{shown}: file is empty");
    }
    if bytes.iter().take(8192).any(|&b| b == 0) {
        bail!("{shown}: looks like a binary file (contains NUL bytes), not a policy");
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t.strip_prefix('\u{feff}').unwrap_or(t).to_string(),
        Err(e) => bail!(
            "{shown}: not valid UTF-8 (invalid byte at offset {})",
            e.valid_up_to()
        ),
    };
    let format = format.unwrap_or_else(|| detect_format(path, &text));
    let sha256 = hex(&Sha256::digest(bytes));
    Ok(Source {
        path: path.to_string(),
        format,
        sha256,
        text,
    })
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// Detects the format from the extension, then from the content.
pub fn detect_format(path: &str, text: &str) -> Format {
    let lower = path.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml") {
        return Format::Html;
    }
    if lower.ends_with(".md") || lower.ends_with(".markdown") {
        return Format::Markdown;
    }
    if lower.ends_with(".txt") {
        return Format::Text;
    }
    let head: String = text.trim_start().chars().take(512).collect::<String>();
    let head_lower = head.to_ascii_lowercase();
    if head_lower.starts_with("<!doctype html")
        || head_lower.starts_with("<html")
        || (head_lower.starts_with('<')
            && ["<body", "<div", "<p>", "<p ", "<h1"]
                .iter()
                .any(|t| head_lower.contains(t)))
    {
        return Format::Html;
    }
    let md_signals = text
        .lines()
        .take(200)
        .filter(|l| {
            let t = l.trim_start();
            t.starts_with("# ")
                || t.starts_with("## ")
                || t.starts_with("### ")
                || t.starts_with("* ")
                || t.starts_with("- ")
                || t.contains("](")
                || t.contains("**")
        })
        .count();
    if md_signals >= 2 {
        Format::Markdown
    } else {
        Format::Text
    }
}

/// Parses a [`Source`] into a [`Document`] according to its format.
pub fn parse(source: &Source) -> Result<Document> {
    let doc = match source.format {
        Format::Text => text::parse(&source.text),
        Format::Markdown => markdown::parse(&source.text),
        Format::Html => html::parse(&source.text)
            .with_context(|| format!("{}: cannot parse HTML", source.path))?,
    };
    Ok(doc)
}
