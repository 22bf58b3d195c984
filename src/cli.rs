//! The command line (clap derive). Kept apart from `main` so the help text,
//! the options and their defaults read as one document.

use clap::{Args, Parser, Subcommand, ValueEnum};
use policy_diff::compare::Severity;
use policy_diff::input::Format;
use policy_diff::render::ColorChoice;
use policy_diff::report::{FailOn, Only};

#[derive(Parser, Debug)]
#[command(
    name = "policy-diff",
    version,
    about = "Audit privacy-policy changes: what data is shared, with whom, why — and what changed.",
    after_help = "Exit status: 0 nothing to report, 1 findings (see --fail-on), 2 trouble (bad input, bad options)."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Compare two versions of a policy and flag what widens or narrows data use.
    Diff(DiffArgs),
    /// Parse one policy version into clauses and data practices.
    Extract(ExtractArgs),
    /// Timeline of successive versions: files, a directory of dated files, or a file's git history.
    History(HistoryArgs),
    /// Measure extraction accuracy on an annotated corpus (OPP-115 or PI-Extract layout).
    Eval(EvalArgs),
    /// Print the built-in taxonomy (YAML), or the one a --taxonomy file yields.
    Taxonomy(TaxonomyArgs),
}

/// Options shared by every command that reads policies.
#[derive(Args, Debug, Clone)]
pub struct Common {
    /// Extend the built-in vocabulary with a YAML taxonomy file.
    #[arg(long, value_name = "FILE")]
    pub taxonomy: Option<String>,
    /// Treat input as this format instead of detecting it.
    #[arg(long, value_name = "FORMAT")]
    pub input_format: Option<Format>,
    /// Refuse inputs larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = policy_diff::input::DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,
    /// Color terminal output: auto (on a terminal without NO_COLOR), always, never.
    #[arg(long, value_name = "WHEN", default_value = "auto")]
    pub color: ColorChoice,
}

#[derive(Args, Debug)]
pub struct ExtractArgs {
    /// Policy file (.txt, .md, .html) or - for stdin.
    pub file: String,
    /// Output format.
    #[arg(long, short, default_value = "text")]
    pub format: ExtractFormat,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Args, Debug)]
pub struct TaxonomyArgs {
    /// Extend the built-in vocabulary with this YAML file before printing.
    #[arg(long, value_name = "FILE")]
    pub taxonomy: Option<String>,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtractFormat {
    Text,
    Json,
    Yaml,
}

#[derive(Args, Debug)]
pub struct DiffArgs {
    /// The older version (.txt, .md, .html, or - for stdin).
    pub old: String,
    /// The newer version.
    pub new: String,
    /// Output format.
    #[arg(long, short, default_value = "text")]
    pub format: DiffFormat,
    #[command(flatten)]
    pub report: ReportOpts,
    #[command(flatten)]
    pub common: Common,
}

/// Options for commands that report findings.
#[derive(Args, Debug, Clone)]
pub struct ReportOpts {
    /// Report only findings in this direction.
    #[arg(long, default_value = "all")]
    pub only: Only,
    /// Report only findings at or above this severity.
    #[arg(long, default_value = "low")]
    pub min_severity: Severity,
    /// Exit 1 when a reported finding widens data use (widens), on any reported finding (any), or never (none).
    #[arg(long, default_value = "widens")]
    pub fail_on: FailOn,
    /// Acknowledged findings (JSON written by --write-baseline): reported, never failing the build.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<String>,
    /// Write every reported finding's fingerprint to FILE as a baseline.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<String>,
}

#[derive(Args, Debug)]
pub struct HistoryArgs {
    /// Versions in order, or one directory of dated versions; with --git, the path of the document in the repository.
    pub paths: Vec<String>,
    /// Read the versions from this git repository's history (no checkout needed).
    #[arg(long, value_name = "REPO")]
    pub git: Option<String>,
    /// With --git: only the changes made after this revision, each compared with the version before it (the first with the version at REV).
    #[arg(long, value_name = "REV")]
    pub since: Option<String>,
    /// With --git: every document of the repository (matching --glob), in parallel.
    #[arg(long)]
    pub all: bool,
    /// With --all: which documents, as a glob over repository paths (e.g. '*/Privacy Policy.md').
    #[arg(long, value_name = "PATTERN", default_value = "*")]
    pub glob: String,
    /// Output format.
    #[arg(long, short, default_value = "text")]
    pub format: HistoryFormat,
    #[command(flatten)]
    pub report: ReportOpts,
    #[command(flatten)]
    pub common: Common,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryFormat {
    Text,
    Markdown,
    Json,
    Yaml,
    /// One JSON document per line, streamed as each document finishes.
    Jsonl,
    /// SARIF 2.1.0 for code scanning.
    Sarif,
    /// GitHub Actions annotations (and the Markdown report in $GITHUB_STEP_SUMMARY).
    Github,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiffFormat {
    Text,
    Markdown,
    Json,
    Yaml,
    /// SARIF 2.1.0 for code scanning.
    Sarif,
    /// GitHub Actions annotations (and the Markdown report in $GITHUB_STEP_SUMMARY).
    Github,
}

#[derive(Args, Debug)]
pub struct EvalArgs {
    /// Which corpus layout DIR has.
    pub corpus: EvalCorpus,
    /// The corpus directory.
    pub dir: String,
    /// Output format.
    #[arg(long, short, default_value = "text")]
    pub format: EvalFormat,
    /// Evaluate only the first N policies (OPP-115) or sentences per class (PI-Extract).
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Extend the built-in vocabulary with a YAML taxonomy file.
    #[arg(long, value_name = "FILE")]
    pub taxonomy: Option<String>,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvalCorpus {
    Opp115,
    Piextract,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvalFormat {
    Text,
    Json,
}

impl ReportOpts {
    /// The findings filter these options ask for.
    pub fn filter(&self) -> policy_diff::report::Filter {
        policy_diff::report::Filter {
            only: self.only,
            min_severity: self.min_severity,
        }
    }
}
