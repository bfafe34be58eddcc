#!/usr/bin/env python3
"""Finds Latin-script text left unmarked on pages of a right-to-left language.

usage: foreign_text.py PAGE.html...

For each page, with Python's own HTML parser: every text node with Latin words must be inside
an element whose language is not the page's (a `lang` attribute, as `<span lang="en">` gives),
or inside Unicode isolates (LRI, RLI or FSI ... PDI); every title, aria-label, alt, placeholder
and Open Graph text attribute of an element in the page's language, and the <title>, with
Latin words must have them inside isolates. Prints one JSON object: {page: {"unmarked": [...], "marked": N}} where N counts the
elements with a lang of their own that hold Latin words.
"""
import json
import re
import sys
from html.parser import HTMLParser

LATIN = re.compile(r"[A-Za-z]{2,}")
ISOLATED = re.compile("[\u2066\u2067\u2068][^\u2069]*\u2069")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
TEXT_ATTRIBUTES = {"title", "aria-label", "alt", "placeholder"}
OPEN_GRAPH_TEXT = {"og:site_name", "og:title", "og:image:alt", "og:description", "description"}


def unisolated_latin(text):
    return LATIN.search(ISOLATED.sub("", text)) is not None


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # (tag, lang)
        self.page_lang = None
        self.unmarked = []
        self.marked = 0
        self.title = None

    def lang(self):
        for _, lang in reversed(self.stack):
            if lang:
                return lang
        return None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "html":
            self.page_lang = attributes.get("lang")
        texts = [value for name, value in attrs if name in TEXT_ATTRIBUTES and value]
        if tag == "meta" and (attributes.get("property") or attributes.get("name")) in OPEN_GRAPH_TEXT:
            texts.append(attributes.get("content") or "")
        own = attributes.get("lang") or self.lang()
        for text in texts:
            if (own or "").lower() == (self.page_lang or "").lower() and unisolated_latin(text):
                self.unmarked.append(f"<{tag}> attribute: {text!r}")
        if tag not in VOID:
            self.stack.append((tag, attributes.get("lang")))
        if tag == "title":
            self.title = ""

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break
        if tag == "title" and self.title is not None:
            if unisolated_latin(self.title):
                self.unmarked.append(f"<title>: {self.title!r}")
            self.title = None

    def handle_data(self, data):
        if self.title is not None:
            self.title += data
            return
        if any(tag in ("script", "style") for tag, _ in self.stack) or not LATIN.search(data):
            return
        lang = self.lang()
        if lang and lang.lower() != (self.page_lang or "").lower():
            self.marked += 1
        elif unisolated_latin(data):
            self.unmarked.append(f"text in {lang}: {data.strip()!r}")


result = {}
for path in sys.argv[1:]:
    page = Page()
    with open(path, encoding="utf-8") as file:
        page.feed(file.read())
    result[path] = {"unmarked": page.unmarked, "marked": page.marked}
print(json.dumps(result, ensure_ascii=False, indent=1))
