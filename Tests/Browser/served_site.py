"""A built site served over HTTP on 127.0.0.1 and open in headless Chromium, through Debian's
chromedriver: what the scripts beside this one look at pages with."""

import contextlib
import functools
import http.server
import threading

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *arguments):
        pass


@contextlib.contextmanager
def served_site(folder):
    """Yields a WebDriver and a function that makes a path of the served `folder` an address."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=folder))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    options = Options()
    for argument in ["--headless", "--no-sandbox", "--disable-gpu"]:
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    try:
        yield driver, lambda path: "http://127.0.0.1:%d%s" % (server.server_address[1], path)
    finally:
        driver.quit()
        server.shutdown()
