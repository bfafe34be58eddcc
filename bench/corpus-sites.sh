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
