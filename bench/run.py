"""`make bench`: what the site costs a reader and a build, against plain Material and a minimal
page of the same article, all measured in the same run. Pages are served as a real host serves
them (tests/host.py: gzip, the site's 404 page); every load is cold (a fresh browser context).
Prints one table and writes it to bench/results.md and into the README."""

from __future__ import annotations

import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import sync_playwright

from bench.growth import multiply, multiply_facts
from bench.minimal import make_minimal_pages
from bench.plain import make_plain_project
from tests import host
from tests.conftest import CHROMIUM, CHROMIUM_FLAGS, ROOT, build, copy_project

MKDOCS = Path(sys.executable).parent / "mkdocs"
RESULTS = ROOT / "bench" / "results.md"
README = ROOT / "README.md"
README_START, README_END = "<!-- bench:start -->", "<!-- bench:end -->"
RUNS = 5
BUILD_RUNS = 9  # builds take a second each; more of them steady the median on shared cores
PAGES = {"Lao article": "", "English report, prosecution": "en/report/prosecution/"}
SITES = {"this site": "ours", "plain Material": "plain", "minimal page": "minimal"}
WEIGHT_BUDGET = 0.75  # of plain Material, gzip bytes of a cold load
FONT_BUDGET = 2.2  # of the minimal page, Lao text in its web font, throttled
BUILD_BUDGET = 1.5  # of plain Material
CHECK_BUDGET = 1.0  # seconds, the real facts file
BIG_CHECK_BUDGET = 2.0  # seconds, a generated facts file of 5,000 facts
BIG_CHECK_FACTS = 5000
GROWTH = (1, 10, 25)
THROTTLE = {  # a slow phone on a slow network
    "offline": False,
    "latency": 400,
    "downloadThroughput": 400_000 / 8,
    "uploadThroughput": 400_000 / 8,
}
CPU_SLOWDOWN = 4
WATCH_LAO_FONT = """(function watch() {
  const drawn = [...document.fonts].some(face =>
    face.family.replace(/"/g, "") === "Noto Sans Lao" && face.status === "loaded"
    && (face.weight === "400" || face.weight === "normal"))
  if (drawn) window.laoFontDrawn = performance.now()
  else requestAnimationFrame(watch)
})()"""
TIMINGS = """() => ({
  paint: (performance.getEntriesByName("first-paint")[0]
          || performance.getEntriesByName("first-contentful-paint")[0]).startTime,
  load: performance.getEntriesByType("navigation")[0].loadEventEnd,
  laoFont: window.laoFontDrawn ?? null,
})"""


@dataclass
class Load:
    """One cold load: what the host sent, and when the reader saw what."""

    kilobytes: float
    requests: int
    failed: int
    paint: float
    load: float
    lao_font: float | None


def timed(command: list[str], cwd: Path) -> tuple[float, float]:
    """Wall and CPU (user + system, with child processes) seconds of one run of `command`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def medians(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def cold_load(browser, server, url: str, expects_lao_font: bool) -> Load:
    """Load `url` in a fresh context under the throttled profile, until the network is idle."""
    context = browser.new_context()
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", THROTTLE)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
    page.add_init_script(WATCH_LAO_FONT)
    server.sent.clear()
    page.goto(url, wait_until="networkidle", timeout=120_000)
    if expects_lao_font:
        page.wait_for_function("window.laoFontDrawn !== undefined", timeout=60_000)
    timings = page.evaluate(TIMINGS)
    sent = list(server.sent)
    context.close()
    return Load(
        kilobytes=sum(size for _, _, size in sent) / 1024,
        requests=len(sent),
        failed=sum(status >= 400 for _, status, _ in sent),
        paint=timings["paint"] / 1000,
        load=timings["load"] / 1000,
        lao_font=None if timings["laoFont"] is None else timings["laoFont"] / 1000,
    )


def per_site(values: dict, shown) -> str:
    """`values` by site folder, shown for each site by name."""
    return " / ".join(f"{name} {shown(values[site])}" for name, site in SITES.items())


def seconds(value: float) -> str:
    return f"{value:.2f} s"


def verdict(value: float, budget: float) -> str:
    return "met" if value <= budget else "missed"


class Table:
    def __init__(self):
        self.rows: list[tuple[str, ...]] = []

    def add(self, measure: str, result: str, ratio: str = "", budget: str = "", met: str = ""):
        self.rows.append((measure, result, ratio, budget, met))

    def markdown(self) -> str:
        head = ["| measure | result | ratio | budget | |", "| --- | --- | --- | --- | --- |"]
        return "\n".join(head + [f"| {' | '.join(row)} |" for row in self.rows])


def bench_builds(table: Table, work: Path, base: str) -> int:
    """Build times, this site against plain Material (same pages), runs interleaved."""
    ours_project = copy_project(work / "ours")
    start = time.perf_counter()
    assert build(ours_project, work / "www" / "ours", base + "ours/").returncode == 0
    first = time.perf_counter() - start
    pages = make_plain_project(work / "www" / "ours", work / "plain", base + "plain/")
    make_plain_project(work / "www" / "ours", work / "plain-i18n", base + "i18n/", i18n=True)
    projects = {"ours": ours_project, "plain": work / "plain", "i18n": work / "plain-i18n"}
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in projects}
    for _ in range(BUILD_RUNS):
        for name, project in projects.items():
            target = work / "timed" / name
            runs[name].append(timed([str(MKDOCS), "build", "-q", "-d", str(target)], project))
    timed([str(MKDOCS), "build", "-q", "-d", str(work / "www" / "plain")], work / "plain")
    plain_wall, plain_cpu = medians(runs["plain"])
    table.add("Build, plain Material (same pages)", f"{plain_cpu:.2f} s CPU, {plain_wall:.2f} s")
    for name, label, budget in (
        ("i18n", "Build, plain Material + mkdocs-static-i18n (two trees)", ""),
        ("ours", "Build, this site (both languages)", f"≤ {BUILD_BUDGET} x plain"),
    ):
        wall, cpu = medians(runs[name])
        ratio = cpu / plain_cpu
        table.add(
            label,
            f"{cpu:.2f} s CPU, {wall:.2f} s",
            f"{ratio:.2f} (wall {wall / plain_wall:.2f})",
            budget,
            verdict(ratio, BUILD_BUDGET) if budget else "",
        )
    first_label = "Build, this site, first (nothing kept: no check, chart drawing or template)"
    table.add(first_label, f"{first:.2f} s")
    return pages


def bench_check(table: Table, work: Path) -> None:
    """`make check` on the real facts file and on a generated one of 5,000 facts."""
    real = medians([timed([sys.executable, "-m", "macros.check"], ROOT) for _ in range(RUNS)])
    table.add(
        "`make check`, data/facts.yaml",
        f"{real[0]:.2f} s",
        "",
        f"≤ {CHECK_BUDGET:.0f} s",
        verdict(real[0], CHECK_BUDGET),
    )
    big = copy_project(work / "big-facts")
    per_year = multiply_facts(big, 1)
    count = multiply_facts(big, -(-BIG_CHECK_FACTS // per_year))
    runs = [timed([sys.executable, "-m", "macros.check"], big) for _ in range(RUNS)]
    wall = medians(runs)[0]
    table.add(
        f"`make check`, generated file of {count:,} facts",
        f"{wall:.2f} s",
        "",
        f"≤ {BIG_CHECK_BUDGET:.0f} s",
        verdict(wall, BIG_CHECK_BUDGET),
    )


def bench_pages(table: Table, work: Path, server, base: str) -> None:
    """Cold loads of each page, throttled, for this site, plain Material and the minimal page."""
    minimal = work / "www" / "minimal"
    minimal.mkdir()
    make_minimal_pages(work / "www" / "ours", minimal, list(PAGES.values()))
    loads: dict[tuple[str, str], list[Load]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        for _ in range(RUNS):
            for page_name, path in PAGES.items():
                for site in SITES.values():
                    lao_font = path == "" and site != "plain"
                    url = f"{base}{site}/{path}"
                    loads.setdefault((page_name, site), []).append(
                        cold_load(browser, server, url, lao_font)
                    )
        browser.close()

    def median(page_name: str, site: str, field: str) -> float:
        return statistics.median(getattr(load, field) for load in loads[page_name, site])

    for page_name in PAGES:
        sent = {
            site: (median(page_name, site, "kilobytes"), median(page_name, site, "requests"))
            for site in SITES.values()
        }
        ratio = sent["ours"][0] / sent["plain"][0]
        table.add(
            f"Cold load, {page_name}: gzip KB (requests)",
            per_site(sent, lambda kb_n: f"{kb_n[0]:.1f} ({kb_n[1]:.0f})"),
            f"{ratio:.2f}",
            f"≤ {WEIGHT_BUDGET} x plain",
            verdict(ratio, WEIGHT_BUDGET),
        )
        failed = max(load.failed for load in loads[page_name, "ours"])
        table.add(
            f"Cold load, {page_name}: requests answered 4xx/5xx",
            str(failed),
            "",
            "0",
            verdict(failed, 0),
        )
        paint = {site: median(page_name, site, "paint") for site in SITES.values()}
        table.add(
            f"Throttled, {page_name}: first paint",
            per_site(paint, seconds),
            f"{paint['ours'] / paint['plain']:.2f}",
            "≤ 1.0 x plain",
            verdict(paint["ours"], paint["plain"]),
        )
        if page_name == "Lao article":
            font = {site: median(page_name, site, "lao_font") for site in ("ours", "minimal")}
            ratio = font["ours"] / font["minimal"]
            table.add(
                f"Throttled, {page_name}: Lao text in its web font",
                f"this site {font['ours']:.2f} s / minimal page {font['minimal']:.2f} s",
                f"{ratio:.2f} x minimal",
                f"≤ {FONT_BUDGET} x minimal",
                verdict(ratio, FONT_BUDGET),
            )
        load = {site: median(page_name, site, "load") for site in SITES.values()}
        table.add(
            f"Throttled, {page_name}: load event",
            per_site(load, seconds),
            f"{load['ours'] / load['plain']:.2f}",
            "for reference",
        )


def bench_growth(table: Table, work: Path) -> None:
    """Build time per page as the site grows by whole reporting years."""
    per_page = {}
    for times in GROWTH:
        grown = copy_project(work / f"grown-{times}")
        count = multiply(grown, times)
        command = [str(MKDOCS), "build", "-q", "-d", str(work / "www" / f"grown-{times}")]
        timed(command, grown)  # draws the charts once, as `make build` keeps them
        wall = medians([timed(command, grown) for _ in range(3)])[0]
        per_page[times] = wall / (2 * count)
        table.add(
            f"Growth x{times}: {2 * count} pages",
            f"{wall:.2f} s, {per_page[times] * 1000:.0f} ms a page",
            f"{per_page[times] / per_page[GROWTH[0]]:.2f}",
            "per page, against x1",
        )


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    server = host.bind()
    base = f"http://127.0.0.1:{server.server_port}/"
    table = Table()
    try:
        pages = bench_builds(table, work, base)
        bench_check(table, work)
        thread = host.serve(server, work / "www")
        bench_pages(table, work, server, base)
        server.shutdown()
        thread.join()
        bench_growth(table, work)
    finally:
        server.server_close()
        shutil.rmtree(work, ignore_errors=True)

    throttle = (
        f"{THROTTLE['downloadThroughput'] * 8 / 1000:.0f} kbps, {THROTTLE['latency']} ms "
        f"latency, CPU {CPU_SLOWDOWN}x slower"
    )
    note = (
        f"Measured by `make bench` on {time.strftime('%Y-%m-%d')}, all in one run, medians of "
        f"{RUNS} ({BUILD_RUNS} for builds). Builds: CPU seconds of the build and its child "
        "processes (the ratio; this machine's cores are shared, so wall time also counts the "
        "neighbours') and wall seconds. Plain Material is built from the same "
        f"{pages} pages' content (see bench/plain.py); the minimal page is the article's own "
        "HTML with its font (bench/minimal.py). Pages are served gzipped, a missing file "
        "answered with the site's 404 page; every load is cold; throttled: "
        f"{throttle}."
    )
    markdown = table.markdown()
    RESULTS.write_text(f"# Benchmark\n\n{note}\n\n{markdown}\n", "utf-8")
    readme = README.read_text("utf-8")
    before, rest = readme.split(README_START)
    after = rest.split(README_END)[1]
    README.write_text(f"{before}{README_START}\n{note}\n\n{markdown}\n{README_END}{after}", "utf-8")
    print(markdown)


if __name__ == "__main__":
    main()
