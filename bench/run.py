"""`make bench`: what the site costs a reader and a build, against plain Material measured in
the same run. Prints one table and writes it to bench/results.md and into the README."""

from __future__ import annotations

import functools
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from playwright.sync_api import sync_playwright

from bench.growth import multiply
from bench.plain import make_plain_project
from tests.conftest import CHROMIUM, CHROMIUM_FLAGS, ROOT, build, copy_project

MKDOCS = Path(sys.executable).parent / "mkdocs"
RESULTS = ROOT / "bench" / "results.md"
README = ROOT / "README.md"
README_START, README_END = "<!-- bench:start -->", "<!-- bench:end -->"
RUNS = 5
WEIGHED_PAGES = {
    "Lao article": "",
    "English report: overview": "en/report/",
    "English report: prosecution": "en/report/prosecution/",
    "English report: protection": "en/report/protection/",
}
WEIGHT_BUDGET = 40 * 1024
BUILD_BUDGET = 1.5
CHECK_BUDGET = 2.0
GROWTH = (1, 10, 25)


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def timed(command: list[str], cwd: Path, runs: int = RUNS) -> float:
    """The median wall time of `command`, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=cwd, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def page_bytes(browser, url: str) -> int:
    """Every byte a cold load of `url` receives, uncompressed, until the network is idle."""
    context = browser.new_context()
    page = context.new_page()
    bodies = []
    page.on("requestfinished", lambda request: bodies.append(request))
    page.goto(url, wait_until="networkidle")
    total = sum(len(request.response().body()) for request in bodies if request.response())
    context.close()
    return total


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), QuietHandler, bind_and_activate=False)
    server.server_bind()
    server.server_activate()
    base = f"http://127.0.0.1:{server.server_port}/"
    rows: list[tuple[str, str, str, str]] = []
    try:
        ours_project = copy_project(work / "ours")
        plain_project = work / "plain"
        start = time.perf_counter()
        assert build(ours_project, work / "www" / "ours", base + "ours/").returncode == 0
        cold = time.perf_counter() - start
        pages = make_plain_project(work / "www" / "ours", plain_project, base + "plain/")
        make_plain_project(work / "www" / "ours", work / "plain-i18n", base + "i18n/", i18n=True)
        build_ours = [str(MKDOCS), "build", "-q", "-d", str(work / "www" / "ours")]
        build_plain = [str(MKDOCS), "build", "-q", "-d", str(work / "www" / "plain")]
        build_i18n = [str(MKDOCS), "build", "-q", "-d", str(work / "www" / "i18n")]
        ours_time = timed(build_ours, ours_project)
        plain_time = timed(build_plain, plain_project)
        i18n_time = timed(build_i18n, work / "plain-i18n")
        rows.append(("Build, plain Material (same pages)", f"{plain_time:.2f} s", "1.00", ""))
        rows.append(
            (
                "Build, plain Material + mkdocs-static-i18n (same pages, two trees)",
                f"{i18n_time:.2f} s",
                f"{i18n_time / plain_time:.2f}",
                "for reference",
            )
        )
        rows.append(
            (
                "Build, this site (both languages)",
                f"{ours_time:.2f} s",
                f"{ours_time / plain_time:.2f}",
                f"≤ {BUILD_BUDGET} x plain",
            )
        )
        rows.append(
            (
                "Build, this site, first (no chart drawings kept)",
                f"{cold:.2f} s",
                f"{cold / plain_time:.2f}",
                "",
            )
        )
        check_time = timed([sys.executable, "-m", "macros.check"], ROOT)
        rows.append(
            (
                "`make check`",
                f"{check_time:.2f} s",
                f"{check_time / plain_time:.2f}",
                f"≤ {CHECK_BUDGET} s",
            )
        )

        handler = functools.partial(QuietHandler, directory=str(work / "www"))
        server.RequestHandlerClass = handler
        threading.Thread(target=server.serve_forever, daemon=True).start()
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
            for name, path in WEIGHED_PAGES.items():
                plain_bytes = page_bytes(browser, base + "plain/" + path)
                ours_bytes = page_bytes(browser, base + "ours/" + path)
                extra = ours_bytes - plain_bytes
                rows.append(
                    (
                        f"Page weight, {name}",
                        f"{ours_bytes / 1024:.1f} KB (plain {plain_bytes / 1024:.1f} KB)",
                        f"{ours_bytes / plain_bytes:.2f}",
                        f"{extra / 1024:+.1f} KB of ≤ +{WEIGHT_BUDGET / 1024:.0f} KB",
                    )
                )
            browser.close()

        per_page = {}
        for times in GROWTH:
            grown = copy_project(work / f"grown-{times}")
            count = multiply(grown, times)
            timed(build_ours, grown, runs=1)  # draws the charts once, as `make build` keeps them
            seconds = timed(build_ours, grown, runs=3)
            per_page[times] = seconds / (2 * count)
            rows.append(
                (
                    f"Growth x{times}: {2 * count} pages",
                    f"{seconds:.2f} s, {per_page[times] * 1000:.0f} ms a page",
                    f"{per_page[times] / per_page[GROWTH[0]]:.2f}",
                    "per page, against x1",
                )
            )
    finally:
        server.server_close()
        shutil.rmtree(work, ignore_errors=True)

    table = "\n".join(
        ["| measure | result | ratio | budget |", "| --- | --- | --- | --- |"]
        + [f"| {' | '.join(row)} |" for row in rows]
    )
    note = (
        f"Measured by `make bench` on {time.strftime('%Y-%m-%d')}: medians of {RUNS} builds; "
        f"plain Material is built from the same {pages} pages' content (see bench/plain.py)."
    )
    RESULTS.write_text(f"# Benchmark\n\n{note}\n\n{table}\n", "utf-8")
    readme = README.read_text("utf-8")
    before, rest = readme.split(README_START)
    after = rest.split(README_END)[1]
    README.write_text(f"{before}{README_START}\n{note}\n\n{table}\n{README_END}{after}", "utf-8")
    print(table)


if __name__ == "__main__":
    main()
