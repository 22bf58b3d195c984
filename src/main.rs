//! Thin entry point: parse the command line, run, map the outcome to an exit
//! code (0 nothing to report, 1 findings, 2 trouble), like diff(1).

mod cli;
mod commands;

use clap::Parser;
use cli::Cli;
use std::process::ExitCode;

/// Extraction and alignment allocate many small, short-lived strings and
/// vectors; mimalloc serves them markedly faster than the system allocator
/// (see the README's benchmark figures). Its v2 line rather than v3: v3
/// commits memory in larger pages, and on the history benchmark it doubled
/// peak memory and spent ~10% more CPU, most of it zeroing fresh pages.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match commands::run(cli) {
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
