#!/usr/bin/env bash
# History benchmark: builds a git versions repository from the OTA corpus
# (../shared/corpus/ota: one commit per recorded version, in date order, at
# "<service>/Privacy Policy.md"), then times, in the same run,
#   policy-diff history --git REPO --all   (versions/s, wall time, peak RSS)
#   git log -p --word-diff                 (git's own word diff of the same history)
# once with loose objects and once packed.
# Usage: benches/history.sh [runs]   (median of `runs`, default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus/ota
[ -d "$corpus" ] || { echo "skipped: $corpus not found"; exit 0; }
runs=${1:-3}
cargo build --release --quiet
bin=$PWD/target/release/policy-diff
repo=$(mktemp -d)
trap 'rm -rf "$repo"' EXIT
git -C "$repo" init -q -b main
# All versions of all services, ordered by date, then service.
find "$corpus" -name '*.md' -size +0 | while read -r f; do
  printf '%s\t%s\t%s\n' "$(basename "$f" | cut -c1-10)" "$(basename "$(dirname "$f")")" "$f"
done | sort > "$repo.list"
versions=0
while IFS=$'\t' read -r date svc file; do
  mkdir -p "$repo/$svc"
  cp "$file" "$repo/$svc/Privacy Policy.md"
  git -C "$repo" add -A
  GIT_AUTHOR_DATE="${date}T12:00:00Z" GIT_COMMITTER_DATE="${date}T12:00:00Z" \
    git -C "$repo" -c user.name=bench -c user.email=bench@example.org -c commit.gpgsign=false \
    commit -q -m "$svc $date" >/dev/null || true
  versions=$((versions + 1))
done < "$repo.list"
rm -f "$repo.list"
commits=$(git -C "$repo" rev-list --count HEAD)
echo "repository: $commits commits, $versions versions of $(ls "$repo" | wc -l) documents"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# Loose objects (a repository that commits daily, between auto-gc runs),
# then packed (as a clone of a versions repository is).
for layout in loose packed; do
  if [ "$layout" = packed ]; then git -C "$repo" gc --quiet --aggressive; fi
  ours=(); theirs=(); rss=()
  ours_run() {
    /usr/bin/time -f '%e %M' -o "$repo.time" "$bin" history --git "$repo" --all --format jsonl --fail-on none > /dev/null
    read -r secs kb < "$repo.time"; ours+=("$secs"); rss+=("$kb")
  }
  git_run() {
    /usr/bin/time -f '%e %M' -o "$repo.time" git -C "$repo" log -p --word-diff > /dev/null
    read -r secs _ < "$repo.time"; theirs+=("$secs")
  }
  # Alternate which goes first: on this VM the first of two back-to-back
  # runs is measurably slower (~15% in A/B runs of identical binaries).
  for r in $(seq "$runs"); do
    if [ $((r % 2)) -eq 1 ]; then ours_run; git_run; else git_run; ours_run; fi
  done
  rm -f "$repo.time"
  o=$(printf '%s\n' "${ours[@]}" | median); g=$(printf '%s\n' "${theirs[@]}" | median)
  m=$(printf '%s\n' "${rss[@]}" | median)
  awk -v o="$o" -v g="$g" -v m="$m" -v v="$commits" -v l="$layout" 'BEGIN {
    printf "%s objects:\n", l
    printf "  policy-diff history --all: %.2f s (%.0f versions/s), peak RSS %.0f MB\n", o, v / o, m / 1024
    printf "  git log -p --word-diff:    %.2f s\n", g
    printf "  ratio policy-diff / git:   %.2f (medians)\n", o / g
  }'
done
