#!/usr/bin/env python3
"""Runs axe-core (axe-selenium-python) on pages of a built site in headless Chromium.

Serves FOLDER over HTTP on 127.0.0.1, opens each PATH through Debian's chromedriver, waits for a
search page's results when the address carries ?q=, runs axe and prints one JSON object: each
path with the ids of the rules it violates and the elements that violate them.

Usage: accessibility.py FOLDER PATH...
Exits 0 with the violations found (none is the goal), 1 when a page cannot be checked.
"""

import functools
import http.server
import json
import sys
import threading

from axe_selenium_python import Axe
from selenium import webdriver
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
    violations = {}
    try:
        for path in paths:
            driver.get("http://127.0.0.1:%d%s" % (server.server_address[1], path))
            if "?q=" in path:
                WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result-link"))
            axe = Axe(driver)
            axe.inject()
            results = axe.run()
            violations[path] = {violation["id"]: [node["html"][:200] for node in violation["nodes"]]
                                for violation in results["violations"]}
    finally:
        driver.quit()
        server.shutdown()
    print(json.dumps(violations, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
