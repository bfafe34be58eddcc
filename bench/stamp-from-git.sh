#!/usr/bin/env bash
# stamp-from-git.sh: what `broadside stamp --from-git` costs on a long history.
#
# usage: bench/stamp-from-git.sh [--articles N] [--commits N] [--per-folder N] [--runs R] [--broadside EXE]
#                                 [--keep DIR]
#   --articles N     articles of the bench corpus, each in en, ar, fr, es, sw (default 2000: 10,000 files)
#   --per-folder N   articles per folder of content/articles/ (default 0: all in one folder, as generated;
#                    the worst case, since every commit changes that one large folder)
#   --commits N      commits of the history (default 20000)
#   --runs R         runs (default 3)
#   --broadside EXE  use this broadside binary instead of `swift build -c release` in the repository
#   --keep DIR       work in DIR and keep the repository there (default: a temp dir in $TMPDIR, removed)
#
# The corpus (../shared/bench/gen_corpus.py, as compare-hugo.sh makes it, no translation stamped)
# becomes a history made with `git fast-import`: the first commit holds the configuration and every
# English source, the next tenth of the commits add the translations in equal batches, and every
# other commit edits one file (a source or a translation, in turn), so each translation is dated by
# its last change across a long history. Each run times `broadside stamp --from-git --dry-run` (which
# walks the whole history and reads every source it needs, and writes nothing) under GNU time; prints
# the median wall time and peak RSS, and for scale the time of git itself listing the same history's
# changes (`git log --first-parent --name-status -M -- content`).
set -euo pipefail

articles=2000 commits=20000 per_folder=0 runs=3 broadside="" keep=""
while (($#)); do
  case "$1" in
    --articles) articles="$2"; shift 2 ;;
    --commits) commits="$2"; shift 2 ;;
    --per-folder) per_folder="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --broadside) broadside="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "stamp-from-git.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
die() { echo "stamp-from-git.sh: $*" >&2; exit 1; }
[[ "$articles" =~ ^[1-9][0-9]*$ && "$commits" =~ ^[1-9][0-9]+$ && "$runs" =~ ^[1-9][0-9]*$ && "$per_folder" =~ ^[0-9]+$ ]] \
  || die "--articles, --runs, --per-folder and --commits (at least 10) take positive integers"
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
source "$repo/bench/corpus-sites.sh"
bench_setup "$keep"

echo "== corpus: $articles articles x 5 languages, $commits commits, ${per_folder/#0/all} articles a folder (work in $work)"
corpus_sites "$work" "$articles" 0 >/dev/null
git init -q -b main "$work/history"
python3 - "$work/broadside" "$commits" "$per_folder" <<'PY' | git -C "$work/history" fast-import --quiet
import os, re, sys
site, commits, per_folder = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
out = sys.stdout.buffer
content = sorted(os.path.relpath(os.path.join(folder, name), site)
                 for folder, _, names in os.walk(os.path.join(site, "content")) for name in names)
sources = [f for f in content if f.endswith(".en.md")]
translations = [f for f in content if not f.endswith(".en.md")]
files = {path: open(os.path.join(site, path), "rb").read() for path in ["site.yaml"] + content}

def placed(path):
    # content/articles/article-000123.en.md into folder 001 of 100 articles a folder, and so on.
    number = re.search(r"article-(\d+)", path)
    if not per_folder or not number:
        return path
    return "content/articles/%03d/%s" % (int(number.group(1)) // per_folder, os.path.basename(path))
adding = max(1, commits // 10)
batches = [translations[i * len(translations) // adding:(i + 1) * len(translations) // adding] for i in range(adding)]
for number in range(1, commits + 1):
    message = b"commit %d" % number
    out.write(b"commit refs/heads/main\nmark :%d\ncommitter Bench <bench@example.org> %d +0000\ndata %d\n%s\n"
              % (number, 1735689600 + number * 600, len(message), message))
    if number > 1:
        out.write(b"from :%d\n" % (number - 1))
    if number == 1:
        changed = ["site.yaml"] + sources
    elif number <= adding + 1:
        changed = batches[number - 2]
    else:
        path = content[(number * 7919) % len(content)]
        files[path] += b"\nA sentence added in commit %d.\n" % number
        changed = [path]
    for path in changed:
        out.write(b"M 100644 inline %s\ndata %d\n" % (placed(path).encode(), len(files[path])) + files[path] + b"\n")
PY
git -C "$work/history" reset -q --hard main
echo "   $(git -C "$work/history" rev-list --count HEAD) commits, $(find "$work/history/content" -name '*.md' | wc -l) content files"

walls=() rss=()
for ((run = 1; run <= runs; run++)); do
  (cd "$work/history" && /usr/bin/time -f "%e %M" -o "$work/time" "$broadside" stamp --from-git --dry-run >"$work/stamp.out" 2>"$work/stamp.err")
  read -r wall peak < "$work/time"
  walls+=("$wall"); rss+=($((peak / 1024)))
done
git_started=$(date +%s%N)
git -C "$work/history" log --first-parent --format=%H --name-status -M -- content > /dev/null
git_wall=$(awk -v ns=$(($(date +%s%N) - git_started)) 'BEGIN { printf "%.2f", ns / 1e9 }')
echo
tail -1 "$work/stamp.out"
echo "stamp --from-git --dry-run: $(median "${walls[@]}") s, peak RSS $(median "${rss[@]}") MB (medians of $runs runs; wall times ${walls[*]})"
echo "git log --first-parent --name-status -M -- content: $git_wall s"
