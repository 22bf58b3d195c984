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
use std::collections::VecDeque;
use std::path::Path;
use std::sync::Arc;

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
    /// The version does not read as English (see [`crate::language`]): the
    /// English rules would find little in it, so a step into it would report
    /// every practice as gone and the step out of it every practice as new.
    /// It is passed over (see [`Step::not_english`]); present only when true.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub not_english: bool,
}

/// Findings between two consecutive readable versions.
#[derive(Debug, Clone, Serialize)]
pub struct Step {
    pub from: String,
    pub to: String,
    pub old: SourceInfo,
    pub new: SourceInfo,
    pub summary: Summary,
    /// Set when the new version is a fragment of the old one (an index
    /// page, an error page, a truncated capture …): the findings likely
    /// come from the capture.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shrank: Option<crate::align::Shrink>,
    /// Set when the version before `to` was such a fragment and `to`
    /// restores the text before it: the step then compares `to` with that
    /// text (`from`), and this names the fragment it passed over.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub passed_over: Option<String>,
    /// Versions between `from` and `to` that do not read as English and
    /// were therefore not compared: `from` is the last English version.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_english: Vec<String>,
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
    let blobs = std::sync::Mutex::new(git::BlobReader::new(repo)?);
    versions_from_changes(&blobs, path, base, changes, format, max_bytes)
}

/// Reads the blobs of one path's changes (see [`git::changes`]) through a
/// `git cat-file` shared by the documents of a run; `base`, when given and
/// the path has changed since, adds the version at that commit first.
pub fn versions_from_changes(
    blobs: &std::sync::Mutex<git::BlobReader>,
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
    let mut blobs = {
        let mut reader = blobs
            .lock()
            .map_err(|_| anyhow::anyhow!("git reader lock poisoned"))?;
        changes
            .iter()
            .filter_map(|c| c.blob.as_deref())
            .map(|spec| reader.read(spec))
            .collect::<Result<Vec<_>>>()?
            .into_iter()
    };
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

/// Practice keys (action, data, recipient, purpose) as ids into [`Names`]:
/// every version states hundreds, mostly the same as the last one's.
type Key = [u32; 4];

/// Interned taxonomy ids and labels, and the keys of the clauses seen so far.
#[derive(Default)]
struct Names {
    ids: rustc_hash::FxHashMap<String, u32>,
    names: Vec<String>,
    /// Keys of a clause's practices, by the address of the practices the
    /// extraction cache shares between the versions that repeat the clause
    /// (the `Arc` is kept so that the address is not reused).
    keys: rustc_hash::FxHashMap<usize, ClauseKeys>,
}

/// A clause's practices and their keys.
type ClauseKeys = (Arc<[crate::extract::Practice]>, Box<[Key]>);

impl Names {
    fn id(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.ids.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.ids.insert(name.to_string(), i);
        self.names.push(name.to_string());
        i
    }
}

/// Every (action × data × recipient × purpose) a version states, and every
/// choice by scope; "*" stands for unnamed data, "-" for no recipient or purpose.
fn practice_keys(p: &Policy, names: &mut Names, mut emit: impl FnMut(Key)) {
    for c in p.clauses.iter().filter(|c| !c.practices.is_empty()) {
        let at = c.practices.as_ptr() as usize;
        if let Some((_, keys)) = names.keys.get(&at) {
            keys.iter().copied().for_each(&mut emit);
            continue;
        }
        let mut keys = Vec::new();
        clause_keys(&c.practices, names, |k| keys.push(k));
        keys.iter().copied().for_each(&mut emit);
        names.keys.insert(at, (c.practices.clone(), keys.into()));
    }
}

/// The keys of one clause's practices.
fn clause_keys(
    practices: &[crate::extract::Practice],
    names: &mut Names,
    mut emit: impl FnMut(Key),
) {
    fn or<'a>(v: &'a [String], none: &'a str) -> impl Iterator<Item = &'a str> {
        let fallback = v.is_empty().then_some(none);
        v.iter().map(String::as_str).chain(fallback)
    }
    for pr in practices.iter().filter(|p| !p.negated) {
        let action = names.id(&pr.action);
        let recipients: Vec<u32> = if pr.actor != "first-party" {
            vec![names.id(&pr.actor)]
        } else {
            or(&pr.recipients, "-").map(|r| names.id(r)).collect()
        };
        let purposes: Vec<u32> = or(&pr.purposes, "-").map(|x| names.id(x)).collect();
        for d in or(&pr.data, "*") {
            let d = names.id(d);
            for &r in &recipients {
                for &pu in &purposes {
                    emit([action, d, r, pu]);
                }
            }
        }
        if let Some(ch) = &pr.choice {
            let kind = names.id(&format!("choice:{}", ch.kind));
            let (any, none) = (names.id("*"), names.id("-"));
            for pu in or(&ch.scope, "-") {
                emit([kind, any, none, names.id(pu)]);
            }
        }
    }
}

/// How many distinct recent versions (and comparisons between them) a
/// history keeps: captures that flip between a few states — a page and its
/// cookie wall, a policy and its previous wording — are analysed once.
const RECENT: usize = 8;

/// One analysed text, with its practice keys.
struct Analysed {
    policy: Policy,
    /// The company's own names, and the companies it names in passing, it
    /// was analysed with (see [`crate::extract::ExtractCache`]).
    own: Vec<String>,
    learned: Vec<String>,
    keys: Vec<Key>,
    /// Compared once as the new version and once as the old one.
    facts: crate::compare::Facts,
    /// Judged once per text, however often it comes back.
    english: bool,
}

/// Findings between two analysed texts.
struct Memo {
    old: Arc<Analysed>,
    new: Arc<Analysed>,
    findings: Vec<Finding>,
    summary: Summary,
    shrank: Option<crate::align::Shrink>,
}

/// Analyses a version, or reuses a recent version with the same bytes
/// analysed under the same own names.
fn analyse(
    source: input::Source,
    ex: &Extractor,
    cache: &mut crate::policy::VersionCache,
    recent: &mut VecDeque<Arc<Analysed>>,
    names: &mut Names,
) -> Result<Arc<Analysed>> {
    if let Some(a) = recent.iter().find(|a| {
        a.policy.source.sha256 == source.sha256
            && a.own == cache.extract.own_names()
            && a.learned == cache.extract.learned_names()
    }) {
        return Ok(a.clone());
    }
    let policy = Policy::from_source_cached(source, ex, cache)?;
    let mut keys = Vec::new();
    practice_keys(&policy, names, |k| keys.push(k));
    let a = Arc::new(Analysed {
        facts: crate::compare::facts(&policy.clauses),
        english: policy.reads_english(),
        policy,
        own: cache.extract.own_names().to_vec(),
        learned: cache.extract.learned_names().to_vec(),
        keys,
    });
    if recent.len() == RECENT {
        recent.pop_front();
    }
    recent.push_back(a.clone());
    Ok(a)
}

/// Analyses the versions and compares each with the next readable one,
/// keeping only a few recent versions in memory.
pub fn build(
    document: &str,
    versions: Vec<Version>,
    ex: &Extractor,
    filter: Filter,
) -> HistoryReport {
    let mut infos = Vec::new();
    // Labels of the readable versions, in order.
    let mut labels: Vec<String> = Vec::new();
    let mut prev: Option<(Arc<Analysed>, SourceInfo)> = None;
    let mut cache = crate::policy::VersionCache::default();
    let mut recent: VecDeque<Arc<Analysed>> = VecDeque::new();
    let mut memo: VecDeque<Memo> = VecDeque::new();
    let mut steps = Vec::new();
    let mut summary = Summary::default();
    let mut names = Names::default();
    // The last version before a fragment (see [`crate::align::Shrink`]),
    // with its source and label, until a later version restores it.
    let mut anchor: Option<(Arc<Analysed>, SourceInfo, String)> = None;
    // Versions passed over since the last compared one, for not reading as
    // English: the rules would read a language switch as a change of policy.
    let mut foreign: Vec<String> = Vec::new();
    // First and last readable version stating each practice.
    let mut spans: rustc_hash::FxHashMap<Key, (usize, usize)> = Default::default();
    for v in versions {
        let (path, analysed) = match v.source {
            Ok(s) => (
                s.path.clone(),
                analyse(s, ex, &mut cache, &mut recent, &mut names),
            ),
            Err(e) => (String::new(), Err(e)),
        };
        let a = match analysed {
            Ok(a) => a,
            Err(e) => {
                infos.push(VersionInfo {
                    label: v.label,
                    commit: v.commit,
                    source: None,
                    skipped: Some(format!("{e:#}")),
                    not_english: false,
                });
                continue;
            }
        };
        // The same text may come back under another name or date.
        let mut info = a.policy.source.clone();
        info.path = path;
        info.date = match v.commit {
            Some(_) => Some(v.label.clone()),
            None => crate::policy::date_in_name(&info.path),
        };
        infos.push(VersionInfo {
            label: v.label.clone(),
            commit: v.commit,
            source: Some(info.clone()),
            skipped: None,
            not_english: !a.english,
        });
        if !a.english {
            foreign.push(v.label);
            continue;
        }
        let not_english = std::mem::take(&mut foreign);
        let i = labels.len();
        for &k in a.keys.iter() {
            spans.entry(k).and_modify(|s| s.1 = i).or_insert((i, i));
        }
        if let Some((old, old_info)) = &prev {
            // Past a fragment, a version that restores the text before it
            // is compared with that text: a cookie wall or a truncated
            // capture and back is no change of policy.
            let restored = anchor.take_if(|(base, ..)| {
                crate::align::align(&base.policy.clauses, &a.policy.clauses).restores()
            });
            let (base, base_info, from, passed_over) = match &restored {
                Some((base, info, label)) => {
                    (base, info, label.clone(), Some(labels[i - 1].clone()))
                }
                None => (old, old_info, labels[i - 1].clone(), None),
            };
            let known = memo
                .iter()
                .find(|m| Arc::ptr_eq(&m.old, base) && Arc::ptr_eq(&m.new, &a));
            let (findings, s, shrank) = match known {
                Some(m) => (m.findings.clone(), m.summary, m.shrank),
                None => {
                    let (f, s, alignment) = report::findings_with(
                        &base.policy,
                        &a.policy,
                        (&base.facts, &a.facts),
                        &ex.taxonomy,
                        filter,
                    );
                    if memo.len() == RECENT {
                        memo.pop_front();
                    }
                    let shrank = alignment.shrink();
                    memo.push_back(Memo {
                        old: base.clone(),
                        new: a.clone(),
                        findings: f.clone(),
                        summary: s,
                        shrank,
                    });
                    (f, s, shrank)
                }
            };
            if shrank.is_some() && anchor.is_none() && passed_over.is_none() {
                anchor = Some((base.clone(), base_info.clone(), from.clone()));
            }
            if !findings.is_empty() {
                summary.widens += s.widens;
                summary.narrows += s.narrows;
                summary.neutral += s.neutral;
                steps.push(Step {
                    from,
                    to: v.label.clone(),
                    old: base_info.clone(),
                    new: info.clone(),
                    summary: s,
                    shrank,
                    passed_over,
                    not_english,
                    findings,
                });
            }
        }
        labels.push(v.label);
        prev = Some((a, info));
    }
    let last = labels.len().saturating_sub(1);
    let name = |id: u32| names.names[id as usize].clone();
    let mut practices: Vec<PracticeSpan> = spans
        .into_iter()
        .map(
            |([action, data, recipient, purpose], (first, lastseen))| PracticeSpan {
                action: name(action),
                data: name(data),
                recipient: name(recipient),
                purpose: name(purpose),
                first_seen: labels[first].clone(),
                last_seen: labels[lastseen].clone(),
                removed_in: (lastseen < last).then(|| labels[lastseen + 1].clone()),
            },
        )
        .collect();
    practices.sort_by(|a, b| {
        (&a.action, &a.data, &a.recipient, &a.purpose).cmp(&(
            &b.action,
            &b.data,
            &b.recipient,
            &b.purpose,
        ))
    });
    HistoryReport {
        schema: SCHEMA,
        document: document.to_string(),
        versions: infos,
        summary,
        steps,
        practices,
    }
}
