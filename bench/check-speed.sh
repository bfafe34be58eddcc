#!/usr/bin/env bash
# check-speed.sh: `broadside check` against a clean build of the same site, as issue 18 measures it.
#
# usage: bench/check-speed.sh [--sizes N,N,...] [--runs R] [--broadside EXE] [--keep DIR]
#   --sizes N,...    content files per corpus, each a multiple of 5 (default 10000,50000)
#   --runs R         runs per size (default 3)
#   --broadside EXE  use this broadside binary instead of `swift build -c release` in the repository
#   --keep DIR       work in DIR (default: a temp dir in $TMPDIR, removed at exit)
#
# Each size gets compare-hugo.sh's corpus (../shared/bench/gen_corpus.py) with every translation
# stamped (`broadside stamp`). Each run, under GNU time: a clean build (output/ and .broadside-cache/
# removed), then `check --format json`, then the same check again with nothing changed (its saved
# report), then again after every content file is touched, as in a fresh clone with .broadside-cache
# restored (its content cache: files read and hashed, not parsed). Prints the medians of wall time
# and peak RSS, and check ÷ build (issue 18's goals: at most 1/3 at 10,000 files, a second check at
# most 0.1 s per 10,000 files, under 250 MB at 50,000).
set -euo pipefail

sizes=10000,50000 runs=3 broadside="" keep=""
while (($#)); do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --broadside) broadside="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "check-speed.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
die() { echo "check-speed.sh: $*" >&2; exit 1; }
[[ "$sizes" =~ ^[1-9][0-9]*(,[1-9][0-9]*)*$ && "$runs" =~ ^[1-9][0-9]*$ ]] || die "--sizes and --runs take positive integers"
IFS=, read -r -a size_list <<< "$sizes"
for n in "${size_list[@]}"; do (( n % 5 == 0 )) || die "--sizes: $n is not a multiple of 5"; done

repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
source "$repo/bench/corpus-sites.sh"
bench_setup "$keep"

timed() {  # timed NAME COMMAND...: appends wall time and peak RSS (MB) to NAME_wall and NAME_rss
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1 || true
  read -r wall rss < "$work/time"
  eval "${name}_wall+=($wall); ${name}_rss+=($((rss / 1024)))"
}
printf '%8s %10s %10s %10s %10s %12s %12s %10s\n' files "build (s)" "check (s)" "ratio" "again (s)" "touched (s)" "check (MB)" "build (MB)"
for files in "${size_list[@]}"; do
  rm -rf "$work/corpus" "$work/broadside"
  corpus_sites "$work" $((files / 5)) 0 >/dev/null
  site=$work/broadside
  (cd "$site" && find content -name '*.md' ! -name '*.en.md' -print0 | xargs -0 "$broadside" stamp >/dev/null)
  build_wall=() build_rss=() check_wall=() check_rss=() again_wall=() again_rss=() touched_wall=() touched_rss=()
  for ((run = 1; run <= runs; run++)); do
    rm -rf "$site/output" "$site/.broadside-cache"; sync
    timed build "$broadside" build --site "$site"
    timed check "$broadside" check --site "$site" --format json
    timed again "$broadside" check --site "$site" --format json
    find "$site/content" -type f -exec touch {} +
    timed touched "$broadside" check --site "$site" --format json
  done
  build=$(median "${build_wall[@]}") check=$(median "${check_wall[@]}")
  printf '%8s %10s %10s %10s %10s %12s %12s %10s\n' "$files" "$build" "$check" \
    "$(awk -v a="$check" -v b="$build" 'BEGIN { printf "%.2f", a / b }')" "$(median "${again_wall[@]}")" \
    "$(median "${touched_wall[@]}")" "$(median "${check_rss[@]}")" "$(median "${build_rss[@]}")"
done
echo "(medians of $runs runs; work in $work)"
