#!/usr/bin/env python3
"""Runs searches on a built site's search pages in a real browser and prints what each found.

Serves FOLDER over HTTP on 127.0.0.1, opens each PATH (a search page with ?q=) in headless
Chromium through Debian's chromedriver, waits until Pagefind's box shows its results, and prints
one JSON object: each path with the addresses of the results it listed, in order.

Usage: search_results.py FOLDER PATH...
Exits 0 with the results, 1 when a search shows no results within 30 seconds.
"""

import json
import sys
from urllib.parse import urlsplit

from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from served_site import served_site


def main():
    folder, paths = sys.argv[1], sys.argv[2:]
    found = {}
    with served_site(folder) as (driver, address):
        for path in paths:
            driver.get(address(path))
            try:
                WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result-link"))
            except TimeoutException:
                print("%s showed no results: %s" % (path, driver.find_element(By.ID, "search").text), file=sys.stderr)
                return 1
            found[path] = [urlsplit(link.get_attribute("href")).path
                           for link in driver.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result-link")]
    print(json.dumps(found, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
