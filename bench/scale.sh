#!/usr/bin/env bash
# scale.sh: how Broadside's and Hugo 0.111's build time and memory grow with the size of a site.
#
# usage: bench/scale.sh [--sizes N,N,...] [--runs R] [--broadside EXE] [--hugo EXE] [--no-hugo]
#                       [--hugo-limit SECONDS] [--keep DIR]
#   --sizes N,...        content files per corpus, each a multiple of 5 (N/5 articles x en,ar,fr,es,sw);
#                        default 10000,50000,250000
#   --runs R             clean builds per size and tool (default 1)
#   --broadside EXE      use this broadside binary instead of `swift build -c release` in the repository
#   --hugo EXE           the Hugo to compare with (default /usr/bin/hugo, Debian's 0.111)
#   --no-hugo            measure Broadside only
#   --hugo-limit SECONDS stop a Hugo build that takes longer (default 900); it prints as "did not finish"
#   --keep DIR           work in DIR and keep the last size's corpus, sites, outputs and logs there
#                        (default: a temp dir in $TMPDIR, removed at exit)
#
# Each size gets compare-hugo.sh's corpus (../shared/bench/gen_corpus.py), site.yaml and Hugo layouts,
# generated after the previous size's are removed. Hugo builds with --buildFuture: the corpus dates
# article k 2023-01-01 + 7k hours, so past about 4,900 articles Hugo would skip the later ones. Each
# run is one clean build of each tool (Hugo: output removed; Broadside: output/ and .broadside-cache/
# removed; `sync` first) under GNU time. The tools take turns at going first, Broadside in odd runs:
# a build right after Hugo's pays for the memory Hugo freed (1.2-1.3x Broadside's time at 50,000
# files), so with one run Broadside's scaling is measured clean. Broadside builds with -v, which gives
# each step's time. A tool is skipped at a size when its peak RSS per file at the previous size, times
# 1.25, would not fit in the memory then available. Prints wall time, peak RSS, time per file against
# the 10,000-file figure, the Broadside/Hugo wall ratio and Broadside's steps per size; appends raw
# numbers to bench/results/scale.csv (one `invocation` per call of the script).
set -euo pipefail

sizes=10000,50000,250000 runs=1 broadside="" hugo=/usr/bin/hugo with_hugo=1 hugo_limit=900 keep=""
while (($#)); do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --broadside) broadside="$2"; shift 2 ;;
    --hugo) hugo="$2"; shift 2 ;;
    --no-hugo) with_hugo=0; shift ;;
    --hugo-limit) hugo_limit="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    -h|--help) sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "scale.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
die() { echo "scale.sh: $*" >&2; exit 1; }
[[ "$sizes" =~ ^[1-9][0-9]*(,[1-9][0-9]*)*$ ]] || die "--sizes takes positive integers separated by commas"
IFS=, read -r -a size_list <<< "$sizes"
for n in "${size_list[@]}"; do (( n % 5 == 0 )) || die "--sizes: $n is not a multiple of 5 (files = articles x 5 languages)"; done
[[ "$runs" =~ ^[1-9][0-9]*$ && "$hugo_limit" =~ ^[1-9][0-9]*$ ]] || die "--runs and --hugo-limit take positive integers"
started=$SECONDS

repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
source "$repo/bench/corpus-sites.sh"
shared=$(bench_shared) || die "no corpus generator in $repo/../shared/bench, nor beside the main checkout"
[[ -x /usr/bin/time ]] || die "GNU time is missing: apt-get install time"

tools=(broadside)
if ((with_hugo)); then
  [[ -x "$hugo" ]] || die "hugo not found: $hugo (Debian's 0.111: apt-get install hugo)"
  hugo_version=$("$hugo" version | grep -o 'v[0-9][0-9.]*' | head -1)
  [[ "$hugo_version" == v0.111.* ]] || echo "warning: expected Hugo 0.111, found $hugo_version" >&2
  tools=(broadside hugo)
fi
binary=$(broadside_binary "$broadside") || die "broadside binary not found: ${broadside:-the release build}"
broadside=$binary
broadside_sha=$(sha256sum "$broadside" | cut -c1-12)

if [[ -n "$keep" ]]; then
  mkdir -p "$keep"; work=$(realpath "$keep")
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/scale.XXXXXX"); trap 'rm -rf "$work"' EXIT
fi
results="$repo/bench/results"; mkdir -p "$results"
csv="$results/scale.csv"
invocation=$(date -u +%Y-%m-%dT%H:%M:%SZ)

# stats MODE ARGS...: the script's Python. `record CSV FIELDS... LOG` appends one build's row (with
# Broadside's steps read from its -v log); `predict CSV INVOCATION TOOL FILES` prints the peak RSS
# in kB the tool's last successful size in this invocation predicts for FILES files (0: no figure);
# `report CSV INVOCATION` prints the tables.
stats() {
  python3 - "$@" <<'PY'
import csv, os, re, statistics, sys

FIELDS = ["invocation", "files", "tool", "exe", "exe_id", "run", "status", "wall_s", "max_rss_kb",
          "html_files", "steps_ms"]
STEP = re.compile(r"^\[\d+/\d+\] (.*) \(([^()]*)\)$")
UNIT_MS = {"ms": 1, "s": 1000, "min": 60000, "h": 3600000}

def step_times(log):
    """`broadside build -v` lines such as `[9/13] render article pages (1s 234ms, peak 317 MB)` as
    (name, ms, peak MB so far; 0 from a build that does not say)."""
    steps = []
    for line in open(log, errors="replace"):
        match = STEP.match(line.strip())
        if match:
            parts = re.findall(r"([\d.,]+)\s*(ms|s|min|h)\b", match.group(2))
            peak = re.search(r"peak (\d+) MB", match.group(2))
            steps.append((match.group(1), sum(float(v.replace(",", "")) * UNIT_MS[u] for v, u in parts),
                          int(peak.group(1)) if peak else 0))
    return steps

def rows(path):
    return list(csv.DictReader(open(path))) if os.path.exists(path) else []

mode, path = sys.argv[1], sys.argv[2]
if mode == "record":
    *values, log = sys.argv[3:]
    row = dict(zip(FIELDS, values))
    row["steps_ms"] = "; ".join(f"{name}={ms:g}/{peak}" for name, ms, peak in step_times(log)) if row["tool"] == "broadside" else ""
    new = not os.path.exists(path)
    with open(path, "a", newline="") as f:
        writer = csv.DictWriter(f, FIELDS)
        if new:
            writer.writeheader()
        writer.writerow(row)
    sys.exit()

def ok(rs):
    return [r for r in rs if r["status"] == "ok"]

def med(rs, col):
    return statistics.median(float(r[col]) for r in rs)

everything = rows(path)
invocation = sys.argv[3]
mine = [r for r in everything if r["invocation"] == invocation]

if mode == "predict":
    tool, files = sys.argv[4], int(sys.argv[5])
    done = ok(r for r in mine if r["tool"] == tool)
    last = max((int(r["files"]) for r in done), default=0)
    print(round(med([r for r in done if int(r["files"]) == last], "max_rss_kb") / last * files) if last else 0)
    sys.exit()

# report
sizes = sorted({int(r["files"]) for r in mine})
tools = [t for t in ("broadside", "hugo") if any(r["tool"] == t for r in mine)]
def of(tool, files, among=mine):
    return [r for r in among if r["tool"] == tool and int(r["files"]) == files]

def reference(tool):
    """The 10,000-file builds: this invocation's, else the latest earlier invocation's of the same build."""
    here = ok(of(tool, 10000))
    if here:
        return here, "this run"
    exe_id = next(r["exe_id"] for r in mine if r["tool"] == tool)
    earlier = ok(r for r in of(tool, 10000, everything) if r["exe_id"] == exe_id)
    if not earlier:
        return [], "no 10,000-file figure for this build in the CSV"
    latest = max(r["invocation"] for r in earlier)
    return [r for r in earlier if r["invocation"] == latest], f"invocation {latest} of the CSV"

def cell(tool, files):
    rs = of(tool, files)
    if not rs:
        return "not run", None
    good = ok(rs)
    if not good:
        return rs[0]["status"], None
    failed = f" ({len(rs) - len(good)} of {len(rs)} runs: {rs[0]['status'] if rs[0] not in good else 'failed'})" if len(good) < len(rs) else ""
    return f"{med(good, 'wall_s'):.2f} s, {med(good, 'max_rss_kb') / 1024:,.0f} MB{failed}", med(good, "wall_s")

refs = {tool: reference(tool) for tool in tools}
ref_wall = {tool: med(refs[tool][0], "wall_s") if refs[tool][0] else None for tool in tools}
names = {"broadside": "Broadside", "hugo": "Hugo " + next((r["exe_id"] for r in mine if r["tool"] == "hugo"), "")}
header = ["files"] + [names[t] for t in tools] + [f"{names[t]} ms/file (x 10k)" for t in tools]
if len(tools) == 2:
    header.append("Broadside/Hugo wall")
print("| " + " | ".join(header) + " |")
print("| ---: | " + " | ".join("---" for _ in header[1:]) + " |")
for files in sizes:
    cells, walls = [], {}
    for tool in tools:
        text, walls[tool] = cell(tool, files)
        cells.append(text)
    for tool in tools:
        wall, ref = walls[tool], ref_wall[tool]
        cells.append("-" if wall is None else
                     f"{wall / files * 1000:.3f}" + ("" if ref is None else f" ({wall / files / (ref / 10000):.2f}x)"))
    if len(tools) == 2:
        cells.append("-" if None in walls.values() else f"{walls['broadside'] / walls['hugo']:.3f}")
    print(f"| {files:,} | " + " | ".join(cells) + " |")
for tool in tools:
    print(f"x 10k for {names[tool]}: time per file / the 10,000-file figure ({refs[tool][1]})")

# Broadside's steps: median ms per size, and in brackets the time per file against the 10,000-file
# builds' (an earlier invocation's, in a column of its own, when this one has none).
if any(ok(of("broadside", f)) for f in sizes):
    columns = [(f"{f:,}", ok(of("broadside", f))) for f in sizes]
    if 10000 not in sizes and refs["broadside"][0]:
        columns.insert(0, ("10,000 (earlier)", refs["broadside"][0]))
    columns = [(label, rs) for label, rs in columns if rs]
    steps = {}  # step -> column -> [ms]
    peaks = {}  # step -> column -> [peak RSS in MB when the step ended]
    for label, rs in columns:
        for r in rs:
            for item in filter(None, r["steps_ms"].split("; ")):
                name, figures = item.rsplit("=", 1)
                ms, _, peak = figures.partition("/")
                steps.setdefault(name, {}).setdefault(label, []).append(float(ms))
                peaks.setdefault(name, {}).setdefault(label, []).append(int(peak or 0))
            steps.setdefault("sum of the steps", {}).setdefault(label, []).append(
                sum(float(item.rsplit("=", 1)[1].partition("/")[0]) for item in filter(None, r["steps_ms"].split("; "))))
            steps.setdefault("wall (GNU time)", {}).setdefault(label, []).append(float(r["wall_s"]) * 1000)
    files_of = {label: int(rs[0]["files"]) for label, rs in columns}
    print("\nBroadside's steps (`build -v`): median ms [time per file / the 10,000-file figure]")
    print("| step | " + " | ".join(label for label, _ in columns) + " |")
    print("| --- | " + " | ".join("---:" for _ in columns) + " |")
    for name, by_column in steps.items():
        base = next((statistics.median(v) / 10000 for label, v in by_column.items() if files_of[label] == 10000), 0)
        cells = []
        for label, _ in columns:
            if label not in by_column:
                cells.append("-"); continue
            ms, files = statistics.median(by_column[label]), files_of[label]
            cells.append(f"{ms:,.0f}" + (f" [{ms / files / base:.2f}]" if base and files != 10000 else ""))
        print(f"| {name} | " + " | ".join(cells) + " |")
    if any(p for by_column in peaks.values() for v in by_column.values() for p in v):
        print("\nBroadside's peak RSS when each step ended (`build -v`): median MB")
        print("| step | " + " | ".join(label for label, _ in columns) + " |")
        print("| --- | " + " | ".join("---:" for _ in columns) + " |")
        for name, by_column in peaks.items():
            print(f"| {name} | " + " | ".join(f"{statistics.median(by_column[label]):,.0f}" if label in by_column else "-"
                                            for label, _ in columns) + " |")
PY
}

# prepare_sites ARTICLES: compare-hugo.sh's corpus, its Hugo site and its Broadside site in $work.
prepare_sites() {
  rm -rf "$work/corpus" "$work/hugo" "$work/broadside"
  corpus_sites "$work" "$1" "$with_hugo"
  rm -rf "$work/corpus"
}
hugo_site="$work/hugo" hugo_out="$work/hugo/out" bs_site="$work/broadside"

available_kb() { awk '/^MemAvailable:/ { print $2 }' /proc/meminfo; }

# measure FILES TOOL RUN: one clean build of TOOL under GNU time; one CSV row, one line on screen.
measure() {
  local files=$1 tool=$2 run=$3 log="$work/$2-$1-$3.log" cmd exe exe_id out rc=0
  if [[ $tool == hugo ]]; then
    rm -rf "$hugo_out"; cd "$hugo_site"; out=$hugo_out exe=$hugo exe_id=$hugo_version
    cmd=(timeout -k 10 "$hugo_limit" "$hugo" --quiet --buildFuture -d "$hugo_out")
  else
    rm -rf "$bs_site/output" "$bs_site/.broadside-cache"; cd "$work"; out=$bs_site/output
    exe=$broadside exe_id=$broadside_sha cmd=("$broadside" build -v --site "$bs_site")
  fi
  sync
  /usr/bin/time -f '%e %M' -o "$work/time.txt" "${cmd[@]}" > "$log" 2>&1 || rc=$?
  cd "$work"
  local wall rss status=ok html=""
  read -r wall rss < <(tail -n 1 "$work/time.txt")
  if ((rc == 0)); then html=$(find "$out" -name '*.html' | wc -l)
  elif [[ $tool == hugo ]] && { ((rc == 124)) || awk -v w="$wall" -v l="$hugo_limit" 'BEGIN { exit !(w >= l) }'; }; then
    status="did not finish: over ${hugo_limit} s"
  elif grep -q 'terminated by signal' "$work/time.txt"; then
    status="killed ($(grep -o 'signal [0-9]*' "$work/time.txt"); out of memory?)"
  else status="failed (exit $rc)"; fi
  stats record "$csv" "$invocation" "$files" "$tool" "$exe" "$exe_id" "$run" "$status" "$wall" "$rss" "$html" "$log"
  if [[ $status == ok ]]; then
    printf '   %-9s run %d: %8.2f s wall, %8.1f MB, %d HTML files\n' "$tool" "$run" "$wall" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "$html"
  else
    printf '   %-9s run %d: %s (log: %s)\n' "$tool" "$run" "$status" "$log"; tail -n 5 "$log" | sed 's/^/      /'
  fi
}
# skip FILES TOOL REASON: a row saying why TOOL was not run at this size.
skip() {
  echo "   $2: skipped, $3"
  stats record "$csv" "$invocation" "$1" "$2" "" "$( [[ $2 == hugo ]] && echo "$hugo_version" || echo "$broadside_sha")" \
    0 "skipped: $3" "" "" "" /dev/null
}

cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
echo "== machine: $(nproc) cores, ${cpu_model:-unknown CPU}; $(awk '/^MemTotal:/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM"
echo "== broadside $broadside ($broadside_sha)${hugo_version:+; hugo $hugo $hugo_version}; work in $work"
for files in "${size_list[@]}"; do
  echo "== $files files ($((files / 5)) articles x en,ar,fr,es,sw)"
  prepare_sites $((files / 5)) > "$work/gen.log"
  echo "   $(df -h --output=used,avail "$work" | tail -n 1 | awk '{ print $1 " used, " $2 " free" }') on $work's file system after generating; $(awk '{ printf "%.1f GB", $1 / 1048576 }' <<< "$(available_kb)") of memory available"
  run_now=()
  for tool in "${tools[@]}"; do
    need=$(stats predict "$csv" "$invocation" "$tool" "$files")
    if (( need * 5 / 4 > $(available_kb) )); then
      skip "$files" "$tool" "$(awk -v n="$need" -v a="$(available_kb)" 'BEGIN { printf "needs about %.1f GB by the previous size'"'"'s peak RSS per file, %.1f GB available", n / 1048576, a / 1048576 }')"
    else run_now+=("$tool"); fi
  done
  for ((i = 1; i <= runs; i++)); do
    order=("${run_now[@]}")
    (( i % 2 == 1 || ${#order[@]} < 2 )) || order=("${order[1]}" "${order[0]}")
    for tool in "${order[@]}"; do measure "$files" "$tool" "$i"; done
  done
  [[ -n "$keep" && $files == "${size_list[-1]}" ]] || rm -rf "$hugo_site" "$bs_site"
done

echo
stats report "$csv" "$invocation"
echo
echo "Raw numbers: $csv (invocation $invocation); total time $((SECONDS - started)) s"
