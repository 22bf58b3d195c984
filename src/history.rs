//! `policy-diff history`: successive versions of one policy → a timeline of
//! findings between consecutive versions, and for every practice (action ×
//! data × recipient × purpose, and every choice) the version where it first
//! appeared and, if it did, where it disappeared (`policy-diff/history/v1`).

use crate::compare::Finding;
use crate::input::{self, Format, ReadOptions, source_from_bytes};
use crate::policy::{Policy, SourceInfo, date_in_name};
use crate::report::{self, Filter, Summary};
use crate::{Extractor, git};
use anyhow::{Result, bail};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;

pub const SCHEMA: &str = "policy-diff/history/v1";

/// One version as read, before analysis.
pub struct Version {
    /// Date (`YYYY-MM-DD`) when known, else the file name or short commit.
    pub label: String,
    pub commit: Option<String>,
    pub source: Result<input::Source>,
}

/// A version in the report.
#[derive(Debug, Clone, Serialize)]
pub struct VersionInfo {
    pub label: String,
    pub commit: Option<String>,
    pub source: Option<SourceInfo>,
    /// Why the version could not be read (empty file, binary …); it is then skipped.
    pub skipped: Option<String>,
}

/// Findings between two consecutive readable versions.
#[derive(Debug, Clone, Serialize)]
pub struct Step {
    pub from: String,
    pub to: String,
    pub old: SourceInfo,
    pub new: SourceInfo,
    pub summary: Summary,
    pub findings: Vec<Finding>,
}

/// When a practice was stated.
#[derive(Debug, Clone, Serialize)]
pub struct PracticeSpan {
    /// Action (`share`, `collect` …) or `choice:<kind>`.
    pub action: String,
    pub data: String,
    pub recipient: String,
    pub purpose: String,
    pub first_seen: String,
    pub last_seen: String,
    /// The first version after `last_seen`, when the practice is gone from the latest version.
    pub removed_in: Option<String>,
}

/// The whole timeline of one document.
#[derive(Debug, Clone, Serialize)]
pub struct HistoryReport {
    pub schema: &'static str,
    pub document: String,
    pub versions: Vec<VersionInfo>,
    pub summary: Summary,
    pub steps: Vec<Step>,
    pub practices: Vec<PracticeSpan>,
}

impl HistoryReport {
    pub fn findings(&self) -> impl Iterator<Item = &Finding> {
        self.steps.iter().flat_map(|s| &s.findings)
    }

    pub fn findings_mut(&mut self) -> impl Iterator<Item = &mut Finding> {
        self.steps.iter_mut().flat_map(|s| &mut s.findings)
    }

    /// Marks findings a baseline lists, recounting the summaries.
    pub fn apply_baseline(&mut self, b: &crate::baseline::Baseline) {
        for s in &mut self.steps {
            b.apply(&mut s.findings);
            s.summary.acknowledged = s.findings.iter().filter(|f| f.acknowledged).count();
        }
        self.summary.acknowledged = self.findings().filter(|f| f.acknowledged).count();
    }
}

fn policy_file(p: &Path) -> bool {
    p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        matches!(
            e.to_ascii_lowercase().as_str(),
            "md" | "markdown" | "txt" | "html" | "htm"
        )
    })
}

/// Versions from files given in order, or from one directory of dated files
/// (sorted by name, which for `YYYY-MM-DD…` names is by date).
pub fn versions_from_paths(paths: &[String], opts: ReadOptions) -> Result<(String, Vec<Version>)> {
    let files: Vec<String> = match paths {
        [one] if Path::new(one).is_dir() => {
            let mut v: Vec<String> = std::fs::read_dir(one)
                .map_err(|e| anyhow::anyhow!("{one}: {e}"))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file() && policy_file(p))
                .map(|p| p.to_string_lossy().into_owned())
                .collect();
            v.sort();
            if v.len() < 2 {
                bail!(
                    "{one}: needs at least two policy files (.md, .txt, .html), found {}",
                    v.len()
                );
            }
            v
        }
        _ if paths.len() >= 2 => paths.to_vec(),
        _ => bail!("history needs a directory of versions or at least two files"),
    };
    let document = match paths {
        [one] => one.trim_end_matches('/').to_string(),
        _ => files[0].clone(),
    };
    let versions = files
        .into_iter()
        .map(|f| {
            let label = date_in_name(&f).unwrap_or_else(|| {
                Path::new(&f)
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| f.clone())
            });
            let source = input::read_source(&f, opts);
            Version {
                label,
                commit: None,
                source,
            }
        })
        .collect();
    Ok((document, versions))
}

/// Versions of `path` in a git repository, one per commit that changed it.
/// With `since`, the version at `since` comes first, so the first change
/// after it is compared with what was there before.
pub fn versions_from_git(
    repo: &str,
    path: &str,
    since: Option<&str>,
    format: Option<Format>,
    max_bytes: u64,
) -> Result<Vec<Version>> {
    let changes = git::changes(repo, &[path], since)?
        .remove(path)
        .unwrap_or_default();
    let base = match since {
        Some(rev) => Some(git::commit(repo, rev)?),
        None => None,
    };
    versions_from_changes(repo, path, base, changes, format, max_bytes)
}

/// Reads the blobs of one path's changes (see [`git::changes`]) through one
/// `git cat-file`; `base`, when given and the path has changed since, adds
/// the version at that commit first.
pub fn versions_from_changes(
    repo: &str,
    path: &str,
    base: Option<git::Commit>,
    changes: Vec<git::Change>,
    format: Option<Format>,
    max_bytes: u64,
) -> Result<Vec<Version>> {
    let mut changes = changes;
    let based = base.is_some() && !changes.is_empty();
    if let Some(c) = base.filter(|_| based) {
        let blob = Some(format!("{}:{path}", c.hash));
        changes.insert(0, git::Change { commit: c, blob });
    }
    let wanted: Vec<String> = changes.iter().filter_map(|c| c.blob.clone()).collect();
    let mut blobs = git::blobs(repo, &wanted)?.into_iter();
    Ok(changes
        .into_iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let blob = match c.blob {
                Some(_) => blobs.next().flatten(),
                None => None,
            };
            let source = match blob {
                // Absent at the base revision: nothing to compare with.
                None if based && i == 0 => return None,
                None if c.blob.is_some() => Err(anyhow::anyhow!(
                    "{path}@{}: blob missing from the repository",
                    &c.commit.hash[..12]
                )),
                None => Err(anyhow::anyhow!(
                    "{path}: deleted in {}",
                    &c.commit.hash[..12]
                )),
                Some(b) if b.len() as u64 > max_bytes => Err(anyhow::anyhow!(
                    "{path}@{}: {} bytes, over the {max_bytes} byte limit",
                    &c.commit.hash[..12],
                    b.len()
                )),
                Some(b) => source_from_bytes(path, &b, format),
            };
            Some(Version {
                label: c.commit.date,
                commit: Some(c.commit.hash),
                source,
            })
        })
        .collect())
}

type Key = (String, String, String, String);

fn practice_keys(p: &Policy) -> Vec<Key> {
    let mut out = Vec::new();
    let one = |v: &[String], none: &str| -> Vec<String> {
        if v.is_empty() {
            vec![none.to_string()]
        } else {
            v.to_vec()
        }
    };
    for c in &p.clauses {
        for pr in c.practices.iter().filter(|p| !p.negated) {
            let mut recips = one(&pr.recipients, "-");
            if pr.actor != "first-party" {
                recips = vec![pr.actor.clone()];
            }
            for d in one(&pr.data, "*") {
                for r in &recips {
                    for pu in one(&pr.purposes, "-") {
                        out.push((pr.action.clone(), d.clone(), r.clone(), pu));
                    }
                }
            }
            if let Some(ch) = &pr.choice {
                for pu in one(&ch.scope, "-") {
                    out.push((format!("choice:{}", ch.kind), "*".into(), "-".into(), pu));
                }
            }
        }
    }
    out
}

/// Analyses the versions and compares each with the next readable one.
pub fn build(
    document: &str,
    versions: Vec<Version>,
    ex: &Extractor,
    filter: Filter,
) -> HistoryReport {
    let mut infos = Vec::new();
    let mut policies: Vec<(String, Policy)> = Vec::new();
    let mut cache = crate::extract::ExtractCache::default();
    for v in versions {
        let analysed = v
            .source
            .and_then(|s| Policy::from_source_cached(s, ex, &mut cache));
        match analysed {
            Ok(mut p) => {
                if v.commit.is_some() {
                    p.source.date = Some(v.label.clone());
                }
                infos.push(VersionInfo {
                    label: v.label.clone(),
                    commit: v.commit,
                    source: Some(p.source.clone()),
                    skipped: None,
                });
                policies.push((v.label, p));
            }
            Err(e) => infos.push(VersionInfo {
                label: v.label,
                commit: v.commit,
                source: None,
                skipped: Some(format!("{e:#}")),
            }),
        }
    }
    let mut steps = Vec::new();
    let mut summary = Summary::default();
    for w in policies.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        let (findings, s, _) = report::findings(&a.1, &b.1, &ex.taxonomy, filter);
        if findings.is_empty() {
            continue;
        }
        summary.widens += s.widens;
        summary.narrows += s.narrows;
        summary.neutral += s.neutral;
        steps.push(Step {
            from: a.0.clone(),
            to: b.0.clone(),
            old: a.1.source.clone(),
            new: b.1.source.clone(),
            summary: s,
            findings,
        });
    }
    // First and last version stating each practice.
    let mut spans: BTreeMap<Key, (usize, usize)> = BTreeMap::new();
    for (i, (_, p)) in policies.iter().enumerate() {
        for k in practice_keys(p) {
            spans.entry(k).and_modify(|s| s.1 = i).or_insert((i, i));
        }
    }
    let last = policies.len().saturating_sub(1);
    let practices = spans
        .into_iter()
        .map(
            |((action, data, recipient, purpose), (first, lastseen))| PracticeSpan {
                action,
                data,
                recipient,
                purpose,
                first_seen: policies[first].0.clone(),
                last_seen: policies[lastseen].0.clone(),
                removed_in: (lastseen < last).then(|| policies[lastseen + 1].0.clone()),
            },
        )
        .collect();
    HistoryReport {
        schema: SCHEMA,
        document: document.to_string(),
        versions: infos,
        summary,
        steps,
        practices,
    }
}
