//! Reading a versions repository through the `git` executable: history of a
//! path, blobs at revisions, files at a revision. No checkout is touched.
//! The executable rather than a library: it is on every machine that holds
//! such a repository, it reads every repository format git itself writes,
//! and `cat-file --batch` streams blobs as fast as a library would.

use anyhow::{Context, Result, bail};
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};

/// One commit that touched a path.
#[derive(Debug, Clone)]
pub struct Commit {
    pub hash: String,
    /// Committer date, `YYYY-MM-DD`.
    pub date: String,
}

fn git(repo: &str) -> Command {
    let mut c = Command::new("git");
    c.arg("-C").arg(repo);
    c
}

fn run(repo: &str, args: &[&str]) -> Result<Vec<u8>> {
    let out = git(repo)
        .args(args)
        .output()
        .with_context(|| format!("{repo}: cannot run git (is it installed?)"))?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let first = err.lines().next().unwrap_or("git failed").trim();
        bail!("{repo}: {first}");
    }
    Ok(out.stdout)
}

/// Every change to every path, by path, oldest first.
pub type Changes = BTreeMap<String, Vec<Change>>;

/// One version of one path: the commit that wrote it and the blob it wrote
/// (`None` when the commit deleted the path).
#[derive(Debug, Clone)]
pub struct Change {
    pub commit: Commit,
    pub blob: Option<String>,
}

/// Every change to every path (or to `paths` only, when given), oldest first,
/// after `since` when given — from one `git log --raw` walk, so watching
/// forty documents costs one history walk, not forty. Merges count with the
/// changes they bring relative to their first parent; a version identical to
/// the path's previous one (a merge repeating a branch's change) is dropped.
pub fn changes(repo: &str, paths: &[&str], since: Option<&str>) -> Result<Changes> {
    let range = since.map(|s| format!("{s}..HEAD"));
    let mut args = vec![
        "log",
        "--reverse",
        "--raw",
        "--no-abbrev",
        "--no-renames",
        "--diff-merges=first-parent",
        "-z",
        "--format=%H %cs",
    ];
    if let Some(r) = &range {
        args.push(r);
    }
    args.push("--");
    args.extend(paths);
    let out = run(repo, &args)?;
    let mut by_path = Changes::new();
    let mut commit: Option<Commit> = None;
    let mut tokens = out.split(|&b| b == 0);
    while let Some(tok) = tokens.next() {
        let tok = tok.strip_prefix(b"\n").unwrap_or(tok);
        if tok.is_empty() {
            continue;
        }
        if let Some(raw) = tok.strip_prefix(b":") {
            // ":<mode> <mode> <old sha> <new sha> <status>" then the path.
            let raw = String::from_utf8_lossy(raw);
            let fields: Vec<&str> = raw.split(' ').collect();
            let Some(path) = tokens.next() else { break };
            let (Some(c), [_, _, _, new, status]) = (&commit, fields.as_slice()) else {
                bail!("{repo}: unexpected git log --raw record: {raw}");
            };
            let blob = (!status.starts_with('D')).then(|| new.to_string());
            let path = String::from_utf8_lossy(path).into_owned();
            let versions = by_path.entry(path).or_default();
            if versions.last().is_some_and(|v| v.blob == blob) {
                continue;
            }
            versions.push(Change {
                commit: c.clone(),
                blob,
            });
        } else {
            let line = String::from_utf8_lossy(tok);
            let (hash, date) = line.split_once(' ').unwrap_or((&line, ""));
            commit = Some(Commit {
                hash: hash.to_string(),
                date: date.to_string(),
            });
        }
    }
    Ok(by_path)
}

/// The commit `rev` names (hash and committer date).
pub fn commit(repo: &str, rev: &str) -> Result<Commit> {
    let out = run(repo, &["log", "-1", "--format=%H %cs", rev, "--"])?;
    let line = String::from_utf8_lossy(&out);
    match line.trim().split_once(' ') {
        Some((hash, date)) => Ok(Commit {
            hash: hash.to_string(),
            date: date.to_string(),
        }),
        None => bail!("{repo}: {rev}: not a commit"),
    }
}

/// Files at `rev` (paths relative to the repository root).
pub fn files(repo: &str, rev: &str) -> Result<Vec<String>> {
    let out = run(repo, &["ls-tree", "-r", "--name-only", "-z", rev])?;
    Ok(out
        .split(|&b| b == 0)
        .filter(|p| !p.is_empty())
        .map(|p| String::from_utf8_lossy(p).into_owned())
        .collect())
}

/// A `git cat-file` in batch mode (`mode`: `--batch` or `--batch-check=…`)
/// with its request pipe.
fn cat_file(repo: &str, mode: &str) -> Result<(std::process::Child, std::process::ChildStdin)> {
    let mut child = git(repo)
        .args(["cat-file", mode])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .with_context(|| format!("{repo}: cannot run git (is it installed?)"))?;
    let stdin = child.stdin.take().context("git cat-file: no stdin")?;
    Ok((child, stdin))
}

/// Sizes in bytes of objects (by id), from one `git cat-file --batch-check`:
/// what a history will read, known before reading it.
pub fn sizes(repo: &str, ids: &[&str]) -> Result<BTreeMap<String, u64>> {
    let (child, mut stdin) = cat_file(repo, "--batch-check=%(objectname) %(objectsize)")?;
    let request: String = ids.iter().map(|id| format!("{id}\n")).collect();
    // Written from another thread, so that a long answer cannot fill its
    // pipe while the request is still being written.
    let out = std::thread::scope(|s| {
        s.spawn(move || {
            let _ = stdin.write_all(request.as_bytes());
        });
        child.wait_with_output()
    })
    .with_context(|| format!("{repo}: git cat-file --batch-check"))?;
    Ok(String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| {
            let (id, size) = l.split_once(' ')?;
            Some((id.to_string(), size.parse().ok()?))
        })
        .collect())
}

/// A running `git cat-file --batch`: one process serves every blob a run
/// reads, one request at a time (so neither pipe can fill up and block).
pub struct BlobReader {
    repo: String,
    child: std::process::Child,
    stdin: std::process::ChildStdin,
    stdout: BufReader<std::process::ChildStdout>,
}

impl BlobReader {
    pub fn new(repo: &str) -> Result<BlobReader> {
        let (mut child, stdin) = cat_file(repo, "--batch")?;
        let stdout = BufReader::new(child.stdout.take().context("git cat-file: no stdout")?);
        Ok(BlobReader {
            repo: repo.to_string(),
            child,
            stdin,
            stdout,
        })
    }

    /// Contents of an object (a blob id, or `rev:path`); `None` where it does not exist.
    pub fn read(&mut self, spec: &str) -> Result<Option<Vec<u8>>> {
        let repo = &self.repo;
        writeln!(self.stdin, "{spec}")
            .and_then(|_| self.stdin.flush())
            .with_context(|| format!("{repo}: writing to git cat-file"))?;
        let mut header = String::new();
        self.stdout.read_line(&mut header)?;
        let fields: Vec<&str> = header.split_whitespace().collect();
        match fields.as_slice() {
            [_, "blob", size] => {
                let size: usize = size.parse().context("git cat-file: bad size")?;
                let mut buf = vec![0; size + 1];
                self.stdout.read_exact(&mut buf)?;
                buf.pop(); // the newline after the contents
                Ok(Some(buf))
            }
            [_, "missing"] | [_, "ambiguous"] => Ok(None),
            _ => bail!(
                "{repo}: unexpected answer from git cat-file for {spec}: {}",
                header.trim()
            ),
        }
    }
}

impl Drop for BlobReader {
    fn drop(&mut self) {
        // Closing stdin ends git; reap it so no zombie is left.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
