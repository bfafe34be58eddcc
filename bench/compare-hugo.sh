#!/usr/bin/env bash
# compare-hugo.sh: build one synthetic corpus with Broadside and with Hugo 0.111 and compare them.
#
# usage: bench/compare-hugo.sh [--articles N] [--runs R] [--broadside PATH] [--baseline PATH] [--keep DIR]
#   --articles N     articles in the corpus, each in en,ar,fr,es,sw (default 2000)
#   --runs R         runs per scenario and tool (default 5)
#   --broadside PATH use this broadside binary instead of `swift build -c release` in the repository
#   --baseline PATH  also measure this (older) broadside binary on its own copy of the site, run by
#                    run after the other two, and print Broadside/baseline ratios
#   --keep DIR       put corpus and builds in DIR and keep them (default: a temp dir, removed at exit)
#
# Scenarios, each R runs, the tools alternating run by run (hugo, broadside, baseline, hugo, baseline,
# broadside, ...: Broadside and the baseline take turns at following Hugo):
#   full      clean build (Hugo: output dir removed; Broadside: output/ and .broadside-cache/ removed)
#   no-change build again with nothing changed (both keep their output; Broadside keeps its cache)
#   one-edit  append a sentence to one English article (a different one each run), then rebuild
# Before each run the script calls `sync`. Each run is measured with GNU time (wall, user+sys CPU, peak RSS). Prints medians, the
# Broadside/Hugo-full-build ratios against their targets, and writes raw numbers to
# bench/results/last-run.csv. Needs the corpus generator in $(git rev-parse --show-toplevel)/../shared.
set -euo pipefail

articles=2000 runs=5 broadside="" keep="" baseline=""
while (($#)); do
  case "$1" in
    --articles) articles="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --broadside) broadside="$2"; shift 2 ;;
    --baseline) baseline="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "compare-hugo.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
die() { echo "compare-hugo.sh: $*" >&2; exit 1; }
[[ "$articles" =~ ^[1-9][0-9]*$ && "$runs" =~ ^[1-9][0-9]*$ ]] || die "--articles and --runs take positive integers"
started=$SECONDS

repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
source "$repo/bench/corpus-sites.sh"
shared=$(bench_shared) || die "no corpus generator in $repo/../shared/bench, nor beside the main checkout"

# --- Tools -------------------------------------------------------------------------------------
sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
apt_install() {  # apt-get update only when the install fails without it (e.g. empty package lists)
  $sudo apt-get install -y "$@" || { $sudo apt-get update && $sudo apt-get install -y "$@"; }
}
# Debian's Hugo 0.111, which the README's figures are measured with; not the newer one that
# `scripts/bootstrap hugo` puts on PATH for the differential test. HUGO=path chooses another.
[[ -x /usr/bin/hugo ]] || apt_install hugo
hugo=${HUGO:-/usr/bin/hugo}
[[ -x /usr/bin/time ]] || apt_install time
hugo_version=$("$hugo" version | grep -o 'v[0-9][0-9.]*' | head -1)
[[ "$hugo_version" == v0.111.* ]] || echo "warning: expected Hugo 0.111, found $hugo_version" >&2

binary=$(broadside_binary "$broadside") || die "broadside binary not found: ${broadside:-the release build}"
broadside=$binary
if [[ -n "$baseline" ]]; then
  [[ -x "$baseline" ]] || die "baseline binary not found: $baseline"
  baseline=$(realpath -s "$baseline")
fi

# --- Corpus --------------------------------------------------------------------------------------
if [[ -n "$keep" ]]; then
  mkdir -p "$keep"; work=$(realpath "$keep"); rm -rf "$work/corpus" "$work/hugo" "$work/broadside"
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/compare-hugo.XXXXXX"); trap 'rm -rf "$work"' EXIT
fi
echo "== generating corpus: $articles articles x en,ar,fr,es,sw in $work"
corpus_sites "$work" "$articles" 1
hugo_site="$work/hugo" hugo_out="$work/hugo/out" bs_site="$work/broadside"
bl_site="$work/baseline"
[[ -z "$baseline" ]] || cp -a "$bs_site" "$bl_site"

# --- Measuring ----------------------------------------------------------------------------------
results="$repo/bench/results"; mkdir -p "$results"
printf 'results/\n' > "$repo/bench/.gitignore"
csv="$results/last-run.csv"
echo "scenario,tool,run,wall_s,user_s,sys_s,cpu_s,max_rss_kb" > "$csv"

# measure SCENARIO TOOL RUN: one build of TOOL under GNU time, one CSV row.
measure() {
  local scenario=$1 tool=$2 run=$3 log="$work/$2.log" cmd
  if [[ $tool == hugo ]]; then cmd=("$hugo" --quiet --buildFuture -d "$hugo_out"); cd "$hugo_site"
  elif [[ $tool == baseline ]]; then cmd=("$baseline" build --site "$bl_site"); cd "$work"
  else cmd=("$broadside" build --site "$bs_site"); cd "$work"; fi
  # Flush what the previous build and the cleanup left to write (and, on a filesystem mounted
  # with `discard`, to trim), so that no build pays for the one before it.
  sync
  if ! /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "${cmd[@]}" > "$log" 2>&1; then
    echo "---- last lines of the $tool log:" >&2; tail -n 20 "$log" >&2
    die "$tool build failed ($scenario, run $run): ${cmd[*]}"
  fi
  cd "$work"
  local wall user sys rss
  read -r wall user sys rss < <(tail -n 1 "$work/time.txt")
  echo "$scenario,$tool,$run,$wall,$user,$sys,$(python3 -c "print(round($user+$sys, 2))"),$rss" >> "$csv"
  printf '   %-9s %-9s run %d: %6.2f s wall, %7.1f MB\n' "$scenario" "$tool" "$run" "$wall" \
    "$(python3 -c "print($rss/1024)")"
}
clean_hugo() { rm -rf "$hugo_out"; }
clean_broadside() { rm -rf "$bs_site/output" "$bs_site/.broadside-cache"; }
clean_baseline() { rm -rf "$bl_site/output" "$bl_site/.broadside-cache"; }
edit_article() {  # edit_article SITE K: append a sentence to the body of article K (English)
  local f; f=$(printf '%s/content/articles/article-%06d.en.md' "$1" "$2")
  [[ -f "$f" ]] || die "no article to edit: $f"
  printf '\nBenchmark edit %d: one more sentence for the incremental build.\n' "$2" >> "$f"
}

echo "== full build from clean ($runs runs each)"
# broadside_pair SCENARIO RUN STEP: STEP (a function taking a tool and its site) for Broadside and
# the baseline, in turns: the build right after Hugo's pays for the memory Hugo just freed, so
# Broadside goes first on odd runs and the baseline on even ones.
broadside_pair() {
  local order=(broadside baseline)
  (( $2 % 2 == 1 )) || order=(baseline broadside)
  for tool in "${order[@]}"; do
    [[ $tool == broadside || -n "$baseline" ]] || continue
    "$3" "$tool"; measure "$1" "$tool" "$2"
  done
}
site_of() { [[ $1 == broadside ]] && echo "$bs_site" || echo "$bl_site"; }
clean_tool() { if [[ $1 == broadside ]]; then clean_broadside; else clean_baseline; fi; }
nothing() { :; }
edit_tool() { edit_article "$(site_of "$1")" "$k"; }

for ((i = 1; i <= runs; i++)); do
  clean_hugo; measure full hugo "$i"
  broadside_pair full "$i" clean_tool
done
echo "== no-change rebuild"
for ((i = 1; i <= runs; i++)); do
  measure no-change hugo "$i"
  broadside_pair no-change "$i" nothing
done
echo "== one-article edit"
for ((i = 1; i <= runs; i++)); do
  k=$(( (i - 1) % articles ))
  edit_article "$hugo_site" "$k"; measure one-edit hugo "$i"
  broadside_pair one-edit "$i" edit_tool
done

# --- Report ---------------------------------------------------------------------------------------
hugo_pages=$(find "$hugo_out" -name '*.html' | wc -l)
bs_pages=$(find "$bs_site/output" -name '*.html' | wc -l)
cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
echo
echo "Machine: $(nproc) cores, ${cpu_model:-unknown CPU}; Hugo $hugo_version; broadside $broadside${baseline:+; baseline $baseline}"
echo "Corpus: $articles articles x 5 languages ($(find "$work/corpus" -name '*.md' | wc -l) files); $runs runs"
echo "HTML pages written: hugo $hugo_pages, broadside $bs_pages"
echo
python3 - "$csv" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1])))
tools = [t for t in ("hugo", "broadside", "baseline") if any(r["tool"] == t for r in rows)]
def med(scen, tool, col):
    return statistics.median(float(r[col]) for r in rows if r["scenario"] == scen and r["tool"] == tool)
print(f"{'scenario':<10} {'tool':<10} {'wall s':>8} {'cpu s':>8} {'peak RSS MB':>12}")
for scen in ("full", "no-change", "one-edit"):
    for tool in tools:
        print(f"{scen:<10} {tool:<10} {med(scen, tool, 'wall_s'):>8.2f} {med(scen, tool, 'cpu_s'):>8.2f}"
              f" {med(scen, tool, 'max_rss_kb') / 1024:>12.1f}")
hugo_wall, hugo_rss = med("full", "hugo", "wall_s"), med("full", "hugo", "max_rss_kb")
checks = [("full build wall", med("full", "broadside", "wall_s") / hugo_wall, 0.25),
          ("full build peak RSS", med("full", "broadside", "max_rss_kb") / hugo_rss, 0.25),
          ("no-change rebuild wall", med("no-change", "broadside", "wall_s") / hugo_wall, 0.05),
          ("one-edit rebuild wall", med("one-edit", "broadside", "wall_s") / hugo_wall, 0.10)]
print(f"\n{'Broadside / Hugo full build':<28} {'ratio':>8} {'target':>8}  result")
for name, ratio, target in checks:
    print(f"{name:<28} {ratio:>8.4f} {f'<= {target:.2f}':>8}  {'PASS' if ratio <= target else 'FAIL'}")
if "baseline" in tools:
    print(f"\n{'Broadside / baseline':<28} {'ratio':>8}")
    for scen in ("full", "no-change", "one-edit"):
        print(f"{scen + ' wall':<28} {med(scen, 'broadside', 'wall_s') / med(scen, 'baseline', 'wall_s'):>8.3f}")
    print(f"{'full peak RSS':<28} {med('full', 'broadside', 'max_rss_kb') / med('full', 'baseline', 'max_rss_kb'):>8.3f}")
PY
echo
echo "Raw numbers: $csv; total time $((SECONDS - started)) s"
