//! A policy version run through the first three stages: read, segmented and
//! extracted. This is what `extract` prints and what `diff` compares.

use crate::extract::{ExtractCache, ExtractedClause, Extractor};
use crate::input::{self, Format, ReadOptions, Source};
use crate::segment;
use anyhow::Result;
use serde::Serialize;

/// Where a policy came from, as reported in machine output.
#[derive(Debug, Clone, Serialize)]
pub struct SourceInfo {
    pub path: String,
    pub format: Format,
    pub sha256: String,
    pub lines: usize,
    /// A `YYYY-MM-DD` date found in the file name, if any (`policies/x/2016-08-25.md`).
    pub date: Option<String>,
}

/// What the versions of one document analysed so far leave for the next:
/// its parsed stretches and extracted sentences.
#[derive(Default)]
pub struct VersionCache {
    pub stretches: segment::StretchCache,
    pub extract: ExtractCache,
}

/// One policy version with its clauses and practices.
#[derive(Debug, Clone)]
pub struct Policy {
    pub source: SourceInfo,
    pub clauses: Vec<ExtractedClause>,
}

impl Policy {
    /// Whether the policy reads as English (see [`crate::language`]).
    pub fn reads_english(&self) -> bool {
        crate::language::looks_english(self.clauses.iter().map(|c| &*c.clause.text))
    }

    /// Reads and analyses the policy at `path` (`-` for stdin).
    pub fn load(path: &str, opts: ReadOptions, extractor: &Extractor) -> Result<Policy> {
        let source = input::read_source(path, opts)?;
        Policy::from_source(source, extractor)
    }

    /// Analyses an already-read source.
    pub fn from_source(source: Source, extractor: &Extractor) -> Result<Policy> {
        Policy::from_source_cached(source, extractor, &mut VersionCache::default())
    }

    /// Analyses a source, reusing what `cache` holds from earlier versions.
    pub fn from_source_cached(
        source: Source,
        extractor: &Extractor,
        cache: &mut VersionCache,
    ) -> Result<Policy> {
        let (clauses, lines) = match source.format {
            Format::Markdown => segment::segment_markdown(&source.text, &mut cache.stretches),
            _ => {
                let doc = input::parse(&source)?;
                (segment::segment(&doc), doc.line_count())
            }
        };
        let clauses = extractor.extract_all_cached(clauses, &mut cache.extract);
        Ok(Policy::new(source, lines, clauses))
    }

    fn new(source: Source, lines: usize, clauses: Vec<ExtractedClause>) -> Policy {
        let date = date_in_name(&source.path);
        Policy {
            source: SourceInfo {
                path: source.path,
                format: source.format,
                sha256: source.sha256,
                lines,
                date,
            },
            clauses,
        }
    }

    /// Number of practices over all clauses.
    pub fn practice_count(&self) -> usize {
        self.clauses.iter().map(|c| c.practices.len()).sum()
    }
}

/// The first `YYYY-MM-DD` in a path's file name.
pub fn date_in_name(path: &str) -> Option<String> {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let b = name.as_bytes();
    (0..b.len().saturating_sub(9)).find_map(|i| {
        let s = &b[i..i + 10];
        let digits = |r: std::ops::Range<usize>| s[r].iter().all(u8::is_ascii_digit);
        (digits(0..4) && s[4] == b'-' && digits(5..7) && s[7] == b'-' && digits(8..10))
            .then(|| name[i..i + 10].to_string())
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates_in_file_names() {
        assert_eq!(
            super::date_in_name("policies/w/2016-08-25.md").as_deref(),
            Some("2016-08-25")
        );
        assert_eq!(
            super::date_in_name("ota/x/2022-02-02_9f951c6.md").as_deref(),
            Some("2022-02-02")
        );
        assert_eq!(super::date_in_name("2016-08-25/policy.md"), None);
    }
}
