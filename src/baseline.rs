//! Baselines: findings a reviewer has acknowledged, by fingerprint, so that
//! a known change does not fail every later build. Written by
//! `--write-baseline FILE`, read by `--baseline FILE` (`policy-diff/baseline/v1`).

use crate::compare::Finding;
use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

pub const SCHEMA: &str = "policy-diff/baseline/v1";

/// One acknowledged finding; `kind` and `why` are there for the reviewer.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entry {
    pub fingerprint: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub why: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Baseline {
    pub schema: String,
    pub findings: Vec<Entry>,
}

impl Baseline {
    /// Reads a baseline file; errors name the file.
    pub fn read(path: &str) -> Result<Baseline> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                anyhow::anyhow!("{path}: no such file")
            } else {
                anyhow::anyhow!("{path}: {e}")
            }
        })?;
        let b: Baseline = serde_json::from_str(&text)
            .with_context(|| format!("{path}: not a policy-diff baseline (malformed JSON)"))?;
        if b.schema != SCHEMA {
            bail!(
                "{path}: baseline schema is '{}', expected '{SCHEMA}'",
                b.schema
            );
        }
        Ok(b)
    }

    /// A baseline acknowledging every given finding.
    pub fn of<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> Baseline {
        let set: BTreeSet<Entry> = findings
            .into_iter()
            .map(|f| Entry {
                fingerprint: f.fingerprint.clone(),
                kind: f.kind.clone(),
                why: f.why.clone(),
            })
            .collect();
        Baseline {
            schema: SCHEMA.to_string(),
            findings: set.into_iter().collect(),
        }
    }

    /// Writes atomically (temporary file, then rename): never a partial file.
    pub fn write(&self, path: &str) -> Result<()> {
        let json = serde_json::to_string_pretty(self)? + "\n";
        let tmp = format!("{path}.tmp-{}", std::process::id());
        std::fs::write(&tmp, json).with_context(|| format!("{path}: cannot write"))?;
        std::fs::rename(&tmp, path).with_context(|| format!("{path}: cannot write"))?;
        Ok(())
    }

    /// Marks the findings this baseline lists as acknowledged.
    pub fn apply(&self, findings: &mut [Finding]) {
        let known: BTreeSet<&str> = self
            .findings
            .iter()
            .map(|e| e.fingerprint.as_str())
            .collect();
        for f in findings {
            f.acknowledged = known.contains(f.fingerprint.as_str());
        }
    }
}
