# Sourced by compare-hugo.sh and scale.sh once they have set $repo: what both need.

# bench_shared: ../shared/bench beside the repository, or beside the main checkout when $repo is a
# worktree elsewhere; fails when neither has the corpus generator and the Hugo layouts.
bench_shared() {
  local shared="$repo/../shared/bench"
  [[ -f "$shared/gen_corpus.py" ]] || shared="$(git -C "$repo" rev-parse --path-format=absolute --git-common-dir)/../../shared/bench"
  [[ -f "$shared/gen_corpus.py" && -d "$shared/hugo-site" ]] && echo "$shared"
}

# broadside_binary PATH: PATH as an absolute path, or when it is empty a release build of $repo
# (built now); fails when there is no such executable.
broadside_binary() {
  local binary=$1
  if [[ -z "$binary" ]]; then
    echo "== building broadside (release)" >&2
    swift build -c release --product broadside --package-path "$repo" >&2
    binary="$repo/.build/release/broadside"
  fi
  [[ -x "$binary" ]] && realpath -s "$binary"
}

# Needs $shared (bench_shared).
# corpus_sites WORK ARTICLES WITH_HUGO: the bench corpus (ARTICLES articles x en, ar, fr, es, sw,
# by gen_corpus.py) in WORK/corpus, as a Broadside site in WORK/broadside (the example site's
# templates, strings and stylesheet) and, when WITH_HUGO is 1, as a Hugo site in WORK/hugo (the
# shared Hugo layouts).
corpus_sites() {
  local work=$1 articles=$2 with_hugo=$3
  python3 "$shared/gen_corpus.py" "$work/corpus" --articles "$articles" --langs en,ar,fr,es,sw
  if ((with_hugo)); then cp -a "$work/corpus" "$work/hugo" && cp -r "$shared/hugo-site/." "$work/hugo/"; fi
  cp -a "$work/corpus" "$work/broadside" && cp -r "$repo/templates" "$repo/locales" "$repo/static" "$work/broadside/"
  cat > "$work/broadside/site.yaml" <<'SITE'
title: Return Campaign
baseURL: https://campaign.example.org/
defaultLanguage: en
languages: [en, ar, fr, es, sw]
paginate: 10
SITE
}

# Needs die. bench_setup KEEP, for trend.sh, stamp-from-git.sh and check-speed.sh: checks for git and
# GNU time, sets $shared and $broadside (the binary $broadside names, else a release build), and $work:
# KEEP emptied of the last run's corpus, site and history, else a temp dir removed at exit.
bench_setup() {
  local keep=$1
  command -v git >/dev/null || die "git is needed (apt-get install git)"
  [[ -x /usr/bin/time ]] || die "GNU time is needed (apt-get install time)"
  shared=$(bench_shared) || die "../shared/bench (gen_corpus.py) not found"
  broadside=$(broadside_binary "$broadside") || die "no broadside executable"
  if [[ -n "$keep" ]]; then work=$keep; rm -rf "$work/corpus" "$work/broadside" "$work/history"; mkdir -p "$work"
  else work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; fi
}

# median N...: the median of the numbers.
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
