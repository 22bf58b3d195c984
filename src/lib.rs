//! policy-diff: audit privacy-policy changes.
//!
//! The pipeline, one module per stage:
//! `input` (bytes → [`input::Document`]) → `segment` (→ clauses) →
//! `extract` (→ practices) → `align` (old/new clause pairs) →
//! `compare` (→ findings) → `render` (terminal, Markdown, JSON, YAML).

pub mod align;
pub mod baseline;
pub mod compare;
pub mod eval;
pub mod extract;
pub mod git;
pub mod history;
pub mod input;
pub mod language;
pub mod policy;
pub mod render;
pub mod report;
pub mod segment;
pub mod taxonomy;
pub mod yaml;

pub use extract::Extractor;
pub use policy::Policy;
