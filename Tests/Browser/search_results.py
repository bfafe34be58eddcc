#!/usr/bin/env python3
"""Runs searches on a built site's search pages in a real browser and prints what each found.

Serves FOLDER over HTTP on 127.0.0.1, opens each PATH (a search page with ?q=) in headless
Chromium through Debian's chromedriver, waits until Pagefind's box shows its results, and prints
one JSON object: each path with the addresses of the results it listed, in order.

Usage: search_results.py FOLDER PATH...
Exits 0 with the results, 1 when a search shows no results within 30 seconds.
"""

import functools
import http.server
import json
import sys
import threading
from urllib.parse import urlsplit

from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *arguments):
        pass


def main():
    folder, paths = sys.argv[1], sys.argv[2:]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=folder))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    options = Options()
    for argument in ["--headless", "--no-sandbox", "--disable-gpu"]:
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    found = {}
    try:
        for path in paths:
            driver.get("http://127.0.0.1:%d%s" % (server.server_address[1], path))
            try:
                WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result-link"))
            except TimeoutException:
                print("%s showed no results: %s" % (path, driver.find_element(By.ID, "search").text), file=sys.stderr)
                return 1
            found[path] = [urlsplit(link.get_attribute("href")).path
                           for link in driver.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result-link")]
    finally:
        driver.quit()
        server.shutdown()
    print(json.dumps(found, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
