//! Reading a versions repository through the `git` executable: history of a
//! path, blobs at revisions, files at a revision. No checkout is touched.
//! The executable rather than a library: it is on every machine that holds
//! such a repository, it reads every repository format git itself writes,
//! and `cat-file --batch` streams blobs as fast as a library would.

use anyhow::{Context, Result, bail};
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

/// Commits that changed `path`, oldest first (after `since` when given).
pub fn log(repo: &str, path: &str, since: Option<&str>) -> Result<Vec<Commit>> {
    let range = since.map(|s| format!("{s}..HEAD"));
    let mut args = vec!["log", "--reverse", "--format=%H%x09%cs"];
    if let Some(r) = &range {
        args.push(r);
    }
    args.extend(["--", path]);
    let out = run(repo, &args)?;
    Ok(String::from_utf8_lossy(&out)
        .lines()
        .filter_map(|l| {
            let (h, d) = l.split_once('\t')?;
            Some(Commit {
                hash: h.to_string(),
                date: d.to_string(),
            })
        })
        .collect())
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

/// Contents of `rev:path` for each spec, through one `git cat-file --batch`;
/// `None` where the path does not exist at that revision (deleted).
pub fn blobs(repo: &str, specs: &[String]) -> Result<Vec<Option<Vec<u8>>>> {
    let mut child = git(repo)
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .with_context(|| format!("{repo}: cannot run git"))?;
    let mut stdin = child.stdin.take().expect("piped");
    let input: String = specs.iter().map(|s| format!("{s}\n")).collect();
    // Write from another thread so a large output cannot block the input.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let mut out = BufReader::new(child.stdout.take().expect("piped"));
    let mut blobs = Vec::with_capacity(specs.len());
    for spec in specs {
        let mut header = String::new();
        out.read_line(&mut header)?;
        let fields: Vec<&str> = header.split_whitespace().collect();
        match fields.as_slice() {
            [_, "blob", size] => {
                let size: usize = size.parse().context("git cat-file: bad size")?;
                let mut buf = vec![0; size + 1];
                out.read_exact(&mut buf)?;
                buf.pop(); // the newline after the contents
                blobs.push(Some(buf));
            }
            [_, "missing"] | [_, "ambiguous"] => blobs.push(None),
            _ => bail!(
                "{repo}: unexpected answer from git cat-file for {spec}: {}",
                header.trim()
            ),
        }
    }
    writer
        .join()
        .map_err(|_| anyhow::anyhow!("git writer thread panicked"))?
        .context("writing to git cat-file")?;
    child.wait()?;
    Ok(blobs)
}
