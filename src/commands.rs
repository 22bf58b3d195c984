//! What each subcommand does, between the parsed command line and the exit code.

use crate::cli::{
    Command, Common, DiffArgs, DiffFormat, EvalCorpus, EvalFormat, ExtractFormat, HistoryArgs,
    HistoryFormat, ReportOpts,
};
use anyhow::{Result, bail};
use policy_diff::baseline::Baseline;
use policy_diff::compare::Finding;
use policy_diff::history::{self, HistoryReport};
use policy_diff::input::ReadOptions;
use policy_diff::render::{self, Style};
use policy_diff::report::{self, Report};
use policy_diff::taxonomy::Taxonomy;
use policy_diff::{Extractor, Policy, git};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};

fn read_options(c: &Common) -> ReadOptions {
    ReadOptions {
        max_bytes: c.max_bytes,
        format: c.input_format,
    }
}

/// Writes a finished rendering; output is built in memory first, so an error
/// never leaves partial output behind.
fn emit(buf: Vec<u8>) -> Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(&buf)?;
    out.flush()?;
    Ok(())
}

/// Warns on stderr (the output stays as it is) when a policy does not
/// read as English: the rules find few practices in other languages.
fn warn_if_not_english(policy: &Policy) {
    if !policy.reads_english() {
        eprintln!(
            "policy-diff: warning: {}: does not read as English; policy-diff's rules are English, so few practices will be found",
            policy.source.path
        );
    }
}

fn json(value: &impl serde::Serialize) -> Result<Vec<u8>> {
    let mut buf = serde_json::to_vec_pretty(value)?;
    buf.push(b'\n');
    Ok(buf)
}

pub fn run(cli: crate::cli::Cli) -> Result<u8> {
    match cli.command {
        Command::Extract(a) => {
            let extractor = Extractor::new(Taxonomy::load(a.common.taxonomy.as_deref())?);
            let policy = Policy::load(&a.file, read_options(&a.common), &extractor)?;
            warn_if_not_english(&policy);
            let buf = match a.format {
                ExtractFormat::Text => {
                    let mut buf = Vec::new();
                    let style = Style::for_stdout(a.common.color);
                    render::extract::text(&policy, &extractor.taxonomy, style, &mut buf)?;
                    buf
                }
                ExtractFormat::Json => json(&render::extract::document(&policy))?,
                ExtractFormat::Yaml => {
                    policy_diff::yaml::to_string(&render::extract::document(&policy))?.into_bytes()
                }
            };
            emit(buf)?;
            Ok(0)
        }
        Command::Diff(a) => diff(a),
        Command::History(a) => history(a),
        Command::Eval(a) => {
            let extractor = Extractor::new(Taxonomy::load(a.taxonomy.as_deref())?);
            let dir = std::path::Path::new(&a.dir);
            if !dir.is_dir() {
                bail!("{}: no such directory", a.dir);
            }
            let report = match a.corpus {
                EvalCorpus::Opp115 => {
                    policy_diff::eval::opp115::evaluate(&extractor, dir, a.limit)?
                }
                EvalCorpus::Piextract => {
                    policy_diff::eval::piextract::evaluate(&extractor, dir, a.limit)?
                }
            };
            let buf = match a.format {
                EvalFormat::Text => {
                    let mut buf = Vec::new();
                    policy_diff::eval::render_text(&report, &mut buf)?;
                    buf
                }
                EvalFormat::Json => json(&report)?,
            };
            emit(buf)?;
            Ok(0)
        }
        Command::Taxonomy(a) => {
            let text = match a.taxonomy {
                None => policy_diff::taxonomy::DEFAULT_YAML.to_string(),
                Some(path) => policy_diff::yaml::to_string(&Taxonomy::load(Some(&path))?)?,
            };
            emit(text.into_bytes())?;
            Ok(0)
        }
    }
}

/// Appends the Markdown report to `$GITHUB_STEP_SUMMARY` when GitHub Actions set it.
fn step_summary(markdown: &[u8]) -> Result<()> {
    if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .map_err(|e| anyhow::anyhow!("{}: {e}", path.to_string_lossy()))?;
        f.write_all(markdown)?;
    }
    Ok(())
}

/// Reads `--baseline` and writes `--write-baseline` around a set of findings.
fn baselines(opts: &ReportOpts) -> Result<Option<Baseline>> {
    opts.baseline.as_deref().map(Baseline::read).transpose()
}

fn write_baseline<'a>(
    opts: &ReportOpts,
    findings: impl IntoIterator<Item = &'a Finding>,
) -> Result<()> {
    if let Some(path) = &opts.write_baseline {
        Baseline::of(findings).write(path)?;
    }
    Ok(())
}

fn diff(a: DiffArgs) -> Result<u8> {
    if a.old == "-" && a.new == "-" {
        bail!("only one of OLD and NEW can be - (stdin)");
    }
    let extractor = Extractor::new(Taxonomy::load(a.common.taxonomy.as_deref())?);
    let baseline = baselines(&a.report)?;
    let opts = read_options(&a.common);
    // The two versions are independent until compared: read them on two cores.
    let (old, new) = rayon::join(
        || Policy::load(&a.old, opts, &extractor),
        || Policy::load(&a.new, opts, &extractor),
    );
    let (old, new) = (old?, new?);
    warn_if_not_english(&old);
    warn_if_not_english(&new);
    let filter = a.report.filter();
    let mut report = Report::build(&old, &new, &extractor.taxonomy, filter);
    if let Some(b) = &baseline {
        report.apply_baseline(b);
    }
    let located = || {
        report
            .findings
            .iter()
            .map(|f| (report.new.path.as_str(), report.old.path.as_str(), f))
    };
    let buf = match a.format {
        DiffFormat::Text => {
            let mut buf = Vec::new();
            render::diff::text(&report, Style::for_stdout(a.common.color), &mut buf)?;
            buf
        }
        DiffFormat::Markdown => {
            let mut buf = Vec::new();
            render::markdown::markdown(&report, &mut buf)?;
            buf
        }
        DiffFormat::Json => json(&report)?,
        DiffFormat::Yaml => policy_diff::yaml::to_string(&report)?.into_bytes(),
        DiffFormat::Sarif => json(&render::sarif::sarif(located()))?,
        DiffFormat::Github => {
            let mut buf = Vec::new();
            if let Some(shrink) = &report.shrank {
                render::github::fragment(&report.new.path, shrink, &mut buf)?;
            }
            render::github::annotations(located(), &mut buf)?;
            let mut md = Vec::new();
            render::markdown::markdown(&report, &mut md)?;
            step_summary(&md)?;
            buf
        }
    };
    write_baseline(&a.report, &report.findings)?;
    emit(buf)?;
    Ok(u8::from(report.fails(a.report.fail_on)))
}

/// The documents `history --all` walks, longest histories first (the bytes
/// of all their versions, so that no long one starts last and leaves a core
/// idle), and every change to them, from one history walk.
fn all_documents(
    repo: &str,
    glob: &str,
    since: Option<&str>,
) -> Result<(Vec<String>, git::Changes)> {
    let pattern = glob::Pattern::new(glob).map_err(|e| anyhow::anyhow!("--glob '{glob}': {e}"))?;
    // Listing the files and walking the history are independent git runs.
    let (files, changes) = rayon::join(
        || git::files(repo, "HEAD"),
        || git::changes(repo, &[], since),
    );
    let mut docs: Vec<String> = files?
        .into_iter()
        .filter(|p| pattern.matches(p))
        .filter(|p| {
            let l = p.to_ascii_lowercase();
            [".md", ".markdown", ".txt", ".html", ".htm"]
                .iter()
                .any(|e| l.ends_with(e))
        })
        .collect();
    let changes = changes?;
    let blobs = |d: &String| {
        changes
            .get(d)
            .into_iter()
            .flatten()
            .filter_map(|c| c.blob.as_deref())
    };
    let ids: Vec<&str> = docs.iter().flat_map(blobs).collect();
    let sizes = git::sizes(repo, &ids)?;
    docs.sort_by_cached_key(|d| {
        std::cmp::Reverse(blobs(d).filter_map(|b| sizes.get(b)).sum::<u64>())
    });
    Ok((docs, changes))
}

fn history(a: HistoryArgs) -> Result<u8> {
    // The taxonomy compiles while git lists what `--all` will walk.
    let (extractor, listed) = rayon::join(
        || Taxonomy::load(a.common.taxonomy.as_deref()).map(Extractor::new),
        || match (&a.git, a.all) {
            (Some(repo), true) => Some(all_documents(repo, &a.glob, a.since.as_deref())),
            _ => None,
        },
    );
    let extractor = extractor?;
    let baseline = baselines(&a.report)?;
    let filter = a.report.filter();
    let finish = |mut r: HistoryReport| {
        if let Some(b) = &baseline {
            r.apply_baseline(b);
        }
        for v in r.versions.iter().filter(|v| v.not_english) {
            eprintln!(
                "policy-diff: warning: {} ({}): does not read as English; passed over (history compares the English versions around it)",
                r.document, v.label
            );
        }
        r
    };
    let reports: Vec<HistoryReport> = match (&a.git, a.all) {
        (None, true) => bail!("--all needs --git REPO"),
        (None, false) => {
            let (doc, versions) = history::versions_from_paths(&a.paths, read_options(&a.common))?;
            vec![finish(history::build(&doc, versions, &extractor, filter))]
        }
        (Some(repo), false) => {
            let [path] = a.paths.as_slice() else {
                bail!("with --git, give the path of one document in the repository (or --all)");
            };
            let versions = history::versions_from_git(
                repo,
                path,
                a.since.as_deref(),
                a.common.input_format,
                a.common.max_bytes,
            )?;
            if versions.is_empty() && a.since.is_none() {
                bail!("{repo}: no commit changes {path}");
            }
            vec![finish(history::build(path, versions, &extractor, filter))]
        }
        (Some(repo), true) => {
            let (docs, changes) =
                listed.unwrap_or_else(|| all_documents(repo, &a.glob, a.since.as_deref()))?;
            let bar = if std::io::stderr().is_terminal() {
                indicatif::ProgressBar::new(docs.len() as u64)
            } else {
                indicatif::ProgressBar::hidden()
            };
            let stream = a.format == HistoryFormat::Jsonl;
            let out = std::sync::Mutex::new(std::io::stdout());
            let changes = std::sync::Mutex::new(changes);
            let base = match &a.since {
                Some(rev) => Some(git::commit(repo, rev)?),
                None => None,
            };
            // One reader per worker: a document's blobs are read while the
            // other worker analyses (a shared reader made workers queue).
            let readers = (0..rayon::current_num_threads())
                .map(|_| git::BlobReader::new(repo).map(std::sync::Mutex::new))
                .collect::<Result<Vec<_>>>()?;
            let results: Vec<Result<HistoryReport>> = docs
                .par_iter()
                .with_max_len(1)
                .map(|doc| {
                    let mine = changes
                        .lock()
                        .map_err(|_| anyhow::anyhow!("changes lock poisoned"))?
                        .remove(doc)
                        .unwrap_or_default();
                    let versions = history::versions_from_changes(
                        &readers[rayon::current_thread_index().unwrap_or(0) % readers.len()],
                        doc,
                        base.clone(),
                        mine,
                        a.common.input_format,
                        a.common.max_bytes,
                    )?;
                    let r = finish(history::build(doc, versions, &extractor, filter));
                    if stream {
                        // One complete line per document, as soon as it is done.
                        let mut line = serde_json::to_vec(&r)?;
                        line.push(b'\n');
                        let mut o = out
                            .lock()
                            .map_err(|_| anyhow::anyhow!("stdout lock poisoned"))?;
                        o.write_all(&line)?;
                    }
                    bar.inc(1);
                    Ok(r)
                })
                .collect();
            bar.finish_and_clear();
            let mut reports = results.into_iter().collect::<Result<Vec<_>>>()?;
            reports.sort_by(|x, y| x.document.cmp(&y.document));
            if stream {
                write_baseline(&a.report, reports.iter().flat_map(|r| r.findings()))?;
                return Ok(u8::from(reports.iter().any(|r| {
                    report::fails(&r.findings().cloned().collect::<Vec<_>>(), a.report.fail_on)
                })));
            }
            reports
        }
    };
    let located = || {
        reports.iter().flat_map(|r| {
            r.steps.iter().flat_map(|s| {
                s.findings
                    .iter()
                    .map(move |f| (s.new.path.as_str(), s.old.path.as_str(), f))
            })
        })
    };
    let mut buf = Vec::new();
    match a.format {
        HistoryFormat::Text => {
            let style = Style::for_stdout(a.common.color);
            for r in &reports {
                render::history::text(r, &extractor.taxonomy, style, &mut buf)?;
            }
        }
        HistoryFormat::Markdown => {
            for r in &reports {
                render::history::markdown(r, &extractor.taxonomy, &mut buf)?;
            }
        }
        HistoryFormat::Json | HistoryFormat::Yaml => {
            let value = if a.all {
                serde_json::json!({ "schema": history::SCHEMA, "documents": reports })
            } else {
                serde_json::to_value(&reports[0])?
            };
            buf = if a.format == HistoryFormat::Json {
                json(&value)?
            } else {
                policy_diff::yaml::to_string(&value)?.into_bytes()
            };
        }
        HistoryFormat::Jsonl => {
            for r in &reports {
                buf.extend(serde_json::to_vec(r)?);
                buf.push(b'\n');
            }
        }
        HistoryFormat::Sarif => buf = json(&render::sarif::sarif(located()))?,
        HistoryFormat::Github => {
            for s in reports.iter().flat_map(|r| &r.steps) {
                if let Some(shrink) = &s.shrank {
                    render::github::fragment(&s.new.path, shrink, &mut buf)?;
                }
            }
            render::github::annotations(located(), &mut buf)?;
            let mut md = Vec::new();
            for r in &reports {
                render::history::markdown(r, &extractor.taxonomy, &mut md)?;
            }
            step_summary(&md)?;
        }
    }
    write_baseline(&a.report, reports.iter().flat_map(|r| r.findings()))?;
    emit(buf)?;
    let all: Vec<Finding> = reports.iter().flat_map(|r| r.findings().cloned()).collect();
    Ok(u8::from(report::fails(&all, a.report.fail_on)))
}
