#!/usr/bin/env bash
# trend.sh: what `broadside check --trend` costs on a long history of a large site.
#
# usage: bench/trend.sh [--articles N] [--commits N] [--runs R] [--broadside EXE] [--keep DIR]
#   --articles N     articles of the bench corpus, each in en, ar, fr, es, sw (default 2000: 10,000 files)
#   --commits N      commits of the history (default 1000)
#   --runs R         runs of each command (default 3)
#   --broadside EXE  use this broadside binary instead of `swift build -c release` in the repository
#   --keep DIR       work in DIR and keep the repository there (default: a temp dir in $TMPDIR, removed)
#
# The corpus (../shared/bench/gen_corpus.py, as compare-hugo.sh makes it) has every translation stamped
# with its source's hash, then becomes a git history made with `git fast-import`: the first commit
# holds the configuration, templates, strings and every English source; the other commits add the
# translations in equal batches, and every fifth one also edits an English source whose translations
# are in (so they turn outdated). Commits are an hour apart. Each run times `broadside check` and
# `broadside check --trend` (JSON) under GNU time, taking turns; prints the medians of wall time and
# peak RSS, what the trend adds, and the number of points it found.
set -euo pipefail

articles=2000 commits=1000 runs=3 broadside="" keep=""
while (($#)); do
  case "$1" in
    --articles) articles="$2"; shift 2 ;;
    --commits) commits="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --broadside) broadside="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "trend.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
die() { echo "trend.sh: $*" >&2; exit 1; }
[[ "$articles" =~ ^[1-9][0-9]*$ && "$commits" =~ ^[1-9][0-9]*$ && "$runs" =~ ^[1-9][0-9]*$ ]] \
  || die "--articles, --commits and --runs take positive integers"
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
source "$repo/bench/corpus-sites.sh"
bench_setup "$keep"

echo "== corpus: $articles articles x 5 languages, $commits commits (work in $work)"
corpus_sites "$work" "$articles" 0 >/dev/null
site=$work/broadside
(cd "$site" && find content -name '*.md' ! -name '*.en.md' -print0 | xargs -0 "$broadside" stamp >/dev/null)

git init -q -b main "$work/history"
python3 - "$site" "$commits" <<'PY' | git -C "$work/history" fast-import --quiet
import os, sys
site, commits = sys.argv[1], int(sys.argv[2])
out = sys.stdout.buffer
files = sorted(os.path.relpath(os.path.join(folder, name), site)
               for folder, _, names in os.walk(site) for name in names)
content = [f for f in files if f.startswith("content/")]
sources = [f for f in content if f.endswith(".en.md")]
translations = [f for f in content if not f.endswith(".en.md")]
first = [f for f in files if not f.startswith("content/")] + sources

def read(path):
    with open(os.path.join(site, path), "rb") as file:
        return file.read()

def blob(path, data):
    out.write(b"M 100644 inline %s\ndata %d\n" % (path.encode(), len(data)) + data + b"\n")

batches = [translations[i * len(translations) // max(1, commits - 1):(i + 1) * len(translations) // max(1, commits - 1)]
           for i in range(max(1, commits - 1))] if commits > 1 else []
translated = []
for number in range(1, commits + 1):
    message = b"Sources" if number == 1 else b"Translations, batch %d" % (number - 1)
    out.write(b"commit refs/heads/main\nmark :%d\ncommitter Bench <bench@example.org> %d +0000\ndata %d\n%s\n"
              % (number, 1767225600 + number * 3600, len(message), message))
    if number > 1:
        out.write(b"from :%d\n" % (number - 1))
    for path in (first if number == 1 else batches[number - 2]):
        blob(path, read(path))
        if number > 1:
            translated.append(path)
    if number > 1 and number % 5 == 0 and translated:
        # Edits the source of a translation already in: it is outdated from here on.
        source = translated[(number * 7919) % len(translated)].rsplit(".", 2)[0] + ".en.md"
        blob(source, read(source) + b"\nA sentence added in commit %d.\n" % number)
        with open(os.path.join(site, source), "ab") as file:
            file.write(b"\nA sentence added in commit %d.\n" % number)
PY
git -C "$work/history" reset -q --hard main
echo "   $(git -C "$work/history" rev-list --count HEAD) commits, $(find "$work/history/content" -name '*.md' | wc -l) content files"

declare -a check_wall check_rss trend_wall trend_rss
measure() {  # measure NAME ARGS...: appends wall and peak RSS (MB) to NAME_wall and NAME_rss
  local name=$1; shift
  (cd "$work/history" && /usr/bin/time -f "%e %M" -o "$work/time" "$broadside" "$@" >"$work/$name.out" 2>/dev/null) || true
  read -r wall rss < "$work/time"
  eval "${name}_wall+=($wall); ${name}_rss+=($((rss / 1024)))"
}
for ((run = 1; run <= runs; run++)); do
  if ((run % 2)); then measure check check --format json; measure trend check --trend --format json
  else measure trend check --trend --format json; measure check check --format json; fi
done
points=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['trend']))" "$work/trend.out")
check_median=$(median "${check_wall[@]}") trend_median=$(median "${trend_wall[@]}")
echo
printf '%-22s %10s %12s\n' "command" "wall (s)" "peak RSS (MB)"
printf '%-22s %10s %12s\n' "check" "$check_median" "$(median "${check_rss[@]}")"
printf '%-22s %10s %12s\n' "check --trend" "$trend_median" "$(median "${trend_rss[@]}")"
echo
echo "the trend adds $(awk -v a="$trend_median" -v b="$check_median" 'BEGIN { printf "%.2f", a - b }') s for $points points" \
     "($(awk -v a="$trend_median" -v b="$check_median" -v n="$points" 'BEGIN { printf "%.2f", (a - b) * 1000 / n }') ms a point); medians of $runs runs, wall times: check ${check_wall[*]}, --trend ${trend_wall[*]}"
