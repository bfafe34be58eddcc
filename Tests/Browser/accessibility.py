#!/usr/bin/env python3
"""Runs axe-core (axe-selenium-python) on pages of a built site in headless Chromium.

Serves FOLDER over HTTP on 127.0.0.1, opens each PATH through Debian's chromedriver, waits for a
search page's results when the address carries ?q=, runs axe and prints one JSON object: each
path with the ids of the rules it violates and the elements that violate them.

Usage: accessibility.py FOLDER PATH...
Exits 0 with the violations found (none is the goal).
"""

import json
import sys

from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from served_site import served_site


def main():
    folder, paths = sys.argv[1], sys.argv[2:]
    violations = {}
    with served_site(folder) as (driver, address):
        for path in paths:
            driver.get(address(path))
            if "?q=" in path:
                WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result-link"))
            axe = Axe(driver)
            axe.inject()
            results = axe.run()
            violations[path] = {violation["id"]: [node["html"][:200] for node in violation["nodes"]]
                                for violation in results["violations"]}
    print(json.dumps(violations, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
