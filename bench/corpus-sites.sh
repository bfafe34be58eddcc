# Sourced by compare-hugo.sh and scale.sh, after they set $shared (../shared/bench) and $repo.
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
