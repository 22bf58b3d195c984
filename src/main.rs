//! Thin entry point: parse the command line, run, map the outcome to an exit
//! code (0 nothing to report, 1 findings, 2 trouble), like diff(1).

mod cli;

use anyhow::Result;
use clap::Parser;
use cli::{Cli, Command, Common, DiffFormat, EvalCorpus, EvalFormat, ExtractFormat};
use policy_diff::input::ReadOptions;
use policy_diff::render::{self, Style};
use policy_diff::report::{Filter, Report};
use policy_diff::taxonomy::Taxonomy;
use policy_diff::{Extractor, Policy};
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::from(0);
            }
            eprintln!("policy-diff: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.downcast_ref::<std::io::Error>()
        .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
}

fn read_options(c: &Common) -> ReadOptions {
    ReadOptions {
        max_bytes: c.max_bytes,
        format: c.input_format,
    }
}

/// Renders into memory first, so an error never leaves partial output behind.
fn emit(buf: Vec<u8>) -> Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(&buf)?;
    out.flush()?;
    Ok(())
}

fn run(cli: Cli) -> Result<u8> {
    match cli.command {
        Command::Extract(a) => {
            let tax = Taxonomy::load(a.common.taxonomy.as_deref())?;
            let extractor = Extractor::new(tax);
            let policy = Policy::load(&a.file, read_options(&a.common), &extractor)?;
            let mut buf = Vec::new();
            match a.format {
                ExtractFormat::Text => {
                    let style = Style::for_stdout(a.common.color);
                    render::extract::text(&policy, &extractor.taxonomy, style, &mut buf)?;
                }
                ExtractFormat::Json => {
                    serde_json::to_writer_pretty(&mut buf, &render::extract::document(&policy))?;
                    buf.push(b'\n');
                }
                ExtractFormat::Yaml => {
                    let y = policy_diff::yaml::to_string(&render::extract::document(&policy))?;
                    buf.extend_from_slice(y.as_bytes());
                }
            }
            emit(buf)?;
            Ok(0)
        }
        Command::Diff(a) => {
            if a.old == "-" && a.new == "-" {
                anyhow::bail!("only one of OLD and NEW can be - (stdin)");
            }
            let tax = Taxonomy::load(a.common.taxonomy.as_deref())?;
            let extractor = Extractor::new(tax);
            let opts = read_options(&a.common);
            let old = Policy::load(&a.old, opts, &extractor)?;
            let new = Policy::load(&a.new, opts, &extractor)?;
            let filter = Filter {
                only: a.only,
                min_severity: a.min_severity,
            };
            let report = Report::build(&old, &new, &extractor.taxonomy, filter);
            let mut buf = Vec::new();
            match a.format {
                DiffFormat::Text => {
                    render::diff::text(&report, Style::for_stdout(a.common.color), &mut buf)?
                }
                DiffFormat::Markdown => render::markdown::markdown(&report, &mut buf)?,
                DiffFormat::Json => {
                    serde_json::to_writer_pretty(&mut buf, &report)?;
                    buf.push(b'\n');
                }
                DiffFormat::Yaml => {
                    buf.extend_from_slice(policy_diff::yaml::to_string(&report)?.as_bytes())
                }
            }
            emit(buf)?;
            Ok(u8::from(report.fails(a.fail_on)))
        }
        Command::Eval(a) => {
            let extractor = Extractor::new(Taxonomy::load(a.taxonomy.as_deref())?);
            let dir = std::path::Path::new(&a.dir);
            if !dir.is_dir() {
                anyhow::bail!("{}: no such directory", a.dir);
            }
            let report = match a.corpus {
                EvalCorpus::Opp115 => {
                    policy_diff::eval::opp115::evaluate(&extractor, dir, a.limit)?
                }
                EvalCorpus::Piextract => {
                    policy_diff::eval::piextract::evaluate(&extractor, dir, a.limit)?
                }
            };
            let mut buf = Vec::new();
            match a.format {
                EvalFormat::Text => policy_diff::eval::render_text(&report, &mut buf)?,
                EvalFormat::Json => {
                    serde_json::to_writer_pretty(&mut buf, &report)?;
                    buf.push(b'\n');
                }
            }
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
