#!/usr/bin/env python3
"""Proves in a real browser that a page `broadside serve` serves reloads by itself when its source changes.

Makes a small English and Arabic site in a temporary folder, serves it with
`broadside serve --site TMP --port 0`, opens the Arabic article in headless Chromium (through
Debian's chromedriver) and the English one in a second tab, marks both windows, edits the Arabic
Markdown file on disk and waits until the Arabic page shows the new text on its own. The marker
being gone and the navigation type being "reload" prove a reload; the English tab keeping its
marker proves that only the page that changed reloaded. Finally the server is stopped with SIGINT
and must exit 0.

Usage: live_reload.py --broadside PATH_TO_EXECUTABLE [--screenshot FILE.png]
Exits 0 when every check passes, 1 with what it saw when one fails, and 77 (skipped) when
selenium, chromedriver or chromium is not installed (`scripts/bootstrap browser` installs them).
"""

import argparse
import os
import queue
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROMIUM = Path("/usr/bin/chromium")
SKIPPED = 77
SERVER_START_SECONDS = 60
RELOAD_SECONDS = 10
SERVER_STOP_SECONDS = 10
# How long the English tab is given to reload wrongly after the Arabic one reloaded.
STRAY_RELOAD_SECONDS = 1.5

try:
    from selenium import webdriver
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.service import Service
except ImportError:
    webdriver = None

SITE_YAML = """\
title: Solidarity Campaign
baseURL: https://example.org/
defaultLanguage: en
languages: [en, ar]
"""
ENGLISH_TITLE = "Solidarity across borders"
ENGLISH_PARAGRAPH = "We stand together with every worker who stands up."
ARABIC_TITLE = "التضامن عبر الحدود"
ARABIC_PARAGRAPH = "نقف معاً مع كل عامل وعاملة يرفعان صوتهما."
EDITED_ARABIC_TITLE = "التضامن أقوى من الحصار"
EDITED_ARABIC_PARAGRAPH = "تغيّرت الفقرة على القرص، وأعادت الصفحة تحميل نفسها."

# Run in every document of a tab before its own scripts: records when the page's EventSource
# is connected, so the file is edited only once both pages listen (an event sent before that
# would be lost, and the test would fail for a reason that is not Broadside's).
RECORD_EVENT_SOURCE_OPEN = """
(() => {
  const Original = window.EventSource;
  window.EventSource = function (...parameters) {
    const source = new Original(...parameters);
    source.addEventListener("open", () => { window.__liveReloadOpen = true; });
    return source;
  };
  window.EventSource.prototype = Original.prototype;
})();
"""
PAGE_STATE = """
const heading = document.querySelector("article h1");
const paragraph = document.querySelector("article > p");
const navigation = performance.getEntriesByType("navigation")[0];
return {
  heading: heading ? heading.textContent.trim() : null,
  paragraph: paragraph ? paragraph.textContent.trim() : null,
  marked: window.__beforeEdit === true,
  listening: window.__liveReloadOpen === true,
  navigation: navigation ? navigation.type : null,
  direction: document.documentElement.dir,
  url: location.href,
};
"""


class Failure(Exception):
    """A check that did not hold; its message says what was expected and what was seen."""


def markdown(title, paragraph):
    """The Markdown file of an article: YAML front matter with a title and date, then one paragraph."""
    return f"---\ntitle: {title}\ndate: 2024-05-01\n---\n{paragraph}\n"


def make_site(folder):
    """Writes the site and returns the Arabic article's Markdown file."""
    articles = folder / "content" / "articles"
    articles.mkdir(parents=True)
    (folder / "site.yaml").write_text(SITE_YAML, encoding="utf-8")
    (articles / "solidarity.en.md").write_text(markdown(ENGLISH_TITLE, ENGLISH_PARAGRAPH), encoding="utf-8")
    arabic = articles / "solidarity.ar.md"
    arabic.write_text(markdown(ARABIC_TITLE, ARABIC_PARAGRAPH), encoding="utf-8")
    return arabic


class Server:
    """`broadside serve` running in the background, its output read as it comes."""

    def __init__(self, executable, site):
        self.process = subprocess.Popen(
            [executable, "serve", "--site", str(site), "--port", "0"],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, encoding="utf-8", errors="replace",
        )
        self.lines = queue.Queue()
        self.output = []
        self.errors = []
        threading.Thread(target=self._read, args=(self.process.stdout, self.output, self.lines), daemon=True).start()
        threading.Thread(target=self._read, args=(self.process.stderr, self.errors, None), daemon=True).start()

    @staticmethod
    def _read(stream, collected, lines):
        for line in stream:
            collected.append(line.rstrip("\n"))
            if lines is not None:
                lines.put(line)
        if lines is not None:
            lines.put(None)

    def address(self):
        """The address from the `Serving DIR at http://…/ (Ctrl-C stops)` line, once the first build is done."""
        deadline = time.monotonic() + SERVER_START_SECONDS
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise Failure(f"no 'Serving … at http://…' line within {SERVER_START_SECONDS} s; {self.said()}")
            try:
                line = self.lines.get(timeout=remaining)
            except queue.Empty:
                continue
            if line is None:
                self.process.wait()
                raise Failure(f"broadside serve exited with status {self.process.returncode} before serving; {self.said()}")
            found = re.match(r"Serving .* at (http://\S+/) \(Ctrl-C stops\)$", line.rstrip("\n"))
            if found:
                return found.group(1)

    def stop(self):
        """Sends SIGINT and returns the exit status (None when it did not exit in time)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            return self.process.wait(timeout=SERVER_STOP_SECONDS)
        except subprocess.TimeoutExpired:
            return None

    def kill(self):
        """Ends the server whatever state it is in (after a failure)."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def said(self):
        """What the server printed so far, for a failure message."""
        return f"stdout: {self.output!r}, stderr: {self.errors!r}"


class Links(HTMLParser):
    """Every link of an HTML page as (href, text)."""

    def __init__(self):
        super().__init__()
        self.links = []
        self._open = None

    def handle_starttag(self, tag, attributes):
        if tag == "a":
            self._open = [dict(attributes).get("href"), ""]

    def handle_data(self, data):
        if self._open is not None:
            self._open[1] += data

    def handle_endtag(self, tag):
        if tag == "a" and self._open is not None:
            self.links.append((self._open[0], self._open[1].strip()))
            self._open = None


def article_address(base, home, title):
    """The address of the article titled `title`, read from the links of the served home page `home`."""
    home_address = urljoin(base, home)
    try:
        with urllib.request.urlopen(home_address, timeout=10) as response:
            page = response.read().decode("utf-8")
    except OSError as error:
        raise Failure(f"could not read {home_address}: {error}") from error
    parser = Links()
    parser.feed(page)
    for href, text in parser.links:
        if text == title and href:
            return urljoin(home_address, href)
    raise Failure(f"{home_address} has no link titled {title!r}; its links: {parser.links!r}")


def start_browser():
    """Headless Debian Chromium driven through Debian's chromedriver, with the console log kept."""
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=900,700",
                     "--no-first-run", "--disable-background-networking", "--disable-component-update"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(options=options, service=Service(executable_path=str(CHROMEDRIVER)))


def page_state(driver):
    """What the current tab shows (None while it cannot be read, as in the middle of a reload)."""
    try:
        return driver.execute_script(PAGE_STATE)
    except WebDriverException:
        return None


def open_listening(driver, address, title, paragraph):
    """Loads `address` in the current tab, checks it shows `title` and `paragraph`, waits until its
    live-reload script listens, and marks the window. Returns the page's state."""
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": RECORD_EVENT_SOURCE_OPEN})
    driver.get(address)
    state = wait_for(driver, lambda state: state["listening"], RELOAD_SECONDS)
    if state is None or not state["listening"]:
        raise Failure(f"{address}: the live-reload script did not connect to /_broadside/events "
                      f"within {RELOAD_SECONDS} s; the page: {state!r}")
    if state["heading"] != title or state["paragraph"] != paragraph:
        raise Failure(f"{address}: expected the heading {title!r} and paragraph {paragraph!r}, saw {state!r}")
    if state["navigation"] != "navigate":
        raise Failure(f"{address}: expected a first navigation, saw {state!r}")
    driver.execute_script("window.__beforeEdit = true;")
    return state


def wait_for(driver, condition, seconds):
    """Polls the current tab until `condition(state)` holds or `seconds` pass; returns the last state read."""
    deadline = time.monotonic() + seconds
    last = None
    while True:
        state = page_state(driver)
        if state is not None:
            last = state
            if condition(state):
                return state
        if time.monotonic() >= deadline:
            return last
        time.sleep(0.1)


def console_messages(driver):
    """The browser console's messages of the current tab since the last call, as printable lines."""
    try:
        return [f"{entry['level']}: {entry['message']}" for entry in driver.get_log("browser")]
    except WebDriverException as error:
        return [f"(console log unavailable: {error.msg})"]


def check_live_reload(server, arabic_file, screenshot):
    """The browser part: both pages open, the Arabic file edited, the Arabic page reloaded alone."""
    base = server.address()
    print(f"live_reload: serving at {base}")
    arabic_address = article_address(base, "/ar/", ARABIC_TITLE)
    english_address = article_address(base, "/en/", ENGLISH_TITLE)
    driver = start_browser()
    try:
        arabic_tab = driver.current_window_handle
        arabic = open_listening(driver, arabic_address, ARABIC_TITLE, ARABIC_PARAGRAPH)
        if arabic["direction"] != "rtl":
            raise Failure(f"{arabic_address}: expected <html dir=\"rtl\">, saw {arabic!r}")
        driver.switch_to.new_window("tab")
        english_tab = driver.current_window_handle
        open_listening(driver, english_address, ENGLISH_TITLE, ENGLISH_PARAGRAPH)
        driver.switch_to.window(arabic_tab)
        print(f"live_reload: {arabic_address} and {english_address} open, listening and marked")

        edited_at = time.monotonic()
        with open(arabic_file, "w", encoding="utf-8") as file:
            file.write(markdown(EDITED_ARABIC_TITLE, EDITED_ARABIC_PARAGRAPH))
        reloaded = wait_for(driver, lambda state: state["heading"] == EDITED_ARABIC_TITLE, RELOAD_SECONDS)
        if reloaded is None or reloaded["heading"] != EDITED_ARABIC_TITLE:
            raise Failure(f"{arabic_address} did not show the new title {EDITED_ARABIC_TITLE!r} within "
                          f"{RELOAD_SECONDS} s of the edit; it shows {reloaded!r}; {server.said()}")
        print(f"live_reload: the Arabic page showed the new title {time.monotonic() - edited_at:.2f} s after the edit")
        if reloaded["marked"] or reloaded["navigation"] != "reload":
            raise Failure(f"{arabic_address} shows the new title but was not reloaded "
                          f"(expected no marker and navigation 'reload'): {reloaded!r}")
        if reloaded["paragraph"] != EDITED_ARABIC_PARAGRAPH or reloaded["direction"] != "rtl":
            raise Failure(f"{arabic_address}: expected the new paragraph {EDITED_ARABIC_PARAGRAPH!r} "
                          f"in an RTL page, saw {reloaded!r}")
        if screenshot:
            if not driver.save_screenshot(screenshot):
                raise Failure(f"could not save the screenshot {screenshot}")
            print(f"live_reload: screenshot of the reloaded Arabic page in {screenshot}")
        arabic_console = console_messages(driver)

        time.sleep(STRAY_RELOAD_SECONDS)
        driver.switch_to.window(english_tab)
        english = page_state(driver)
        if english is None or not english["marked"] or english["navigation"] != "navigate" \
                or english["heading"] != ENGLISH_TITLE:
            raise Failure(f"{english_address} reloaded although only the Arabic page changed "
                          f"(expected its marker and navigation 'navigate'): {english!r}")
        print("live_reload: the English page did not reload")
        for tab, messages in (("Arabic", arabic_console), ("English", console_messages(driver))):
            for message in messages:
                print(f"live_reload: console of the {tab} page: {message}")
    finally:
        driver.quit()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--broadside", required=True, help="the broadside executable to serve with")
    parser.add_argument("--screenshot", help="a PNG file to save the reloaded Arabic page in")
    arguments = parser.parse_args()

    if webdriver is None:
        print("live_reload: skipped: the Python package selenium is not installed (scripts/bootstrap browser)")
        return SKIPPED
    for tool in (CHROMEDRIVER, CHROMIUM):
        if not os.access(tool, os.X_OK):
            print(f"live_reload: skipped: {tool} is not installed (scripts/bootstrap browser)")
            return SKIPPED
    if not os.access(arguments.broadside, os.X_OK):
        print(f"live_reload: FAILED: {arguments.broadside} is not an executable")
        return 1

    with tempfile.TemporaryDirectory(prefix="broadside-live-reload-") as folder:
        arabic_file = make_site(Path(folder))
        server = Server(arguments.broadside, folder)
        try:
            check_live_reload(server, arabic_file, arguments.screenshot)
            status = server.stop()
            if status != 0:
                raise Failure(f"broadside serve exited with status {status} after SIGINT "
                              f"(expected 0, None means it had not exited after {SERVER_STOP_SECONDS} s); "
                              f"{server.said()}")
        except Failure as failure:
            print(f"live_reload: FAILED: {failure}")
            return 1
        except WebDriverException as error:
            print(f"live_reload: FAILED: the browser: {error.msg}")
            return 1
        finally:
            server.kill()
    print("live_reload: passed (the Arabic page reloaded by itself, the English page did not, "
          "the server stopped with status 0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
