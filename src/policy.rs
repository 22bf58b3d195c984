//! A policy version run through the first three stages: read, segmented and
//! extracted. This is what `extract` prints and what `diff` compares.

use crate::extract::{ExtractedClause, Extractor};
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
}

/// One policy version with its clauses and practices.
#[derive(Debug, Clone)]
pub struct Policy {
    pub source: SourceInfo,
    pub clauses: Vec<ExtractedClause>,
}

impl Policy {
    /// Reads and analyses the policy at `path` (`-` for stdin).
    pub fn load(path: &str, opts: ReadOptions, extractor: &Extractor) -> Result<Policy> {
        let source = input::read_source(path, opts)?;
        Policy::from_source(source, extractor)
    }

    /// Analyses an already-read source.
    pub fn from_source(source: Source, extractor: &Extractor) -> Result<Policy> {
        let doc = input::parse(&source)?;
        let clauses = extractor.extract_all(segment::segment(&doc));
        Ok(Policy {
            source: SourceInfo {
                path: source.path,
                format: source.format,
                sha256: source.sha256,
                lines: doc.line_count(),
            },
            clauses,
        })
    }

    /// Number of practices over all clauses.
    pub fn practice_count(&self) -> usize {
        self.clauses.iter().map(|c| c.practices.len()).sum()
    }
}
