"""`make bench`: what the site costs a reader and a build, against plain Material and a minimal
page of the same article, all measured in the same run. Pages are served as a real host serves
them (tests/host.py: gzip, the site's 404 page); every load is cold (a fresh browser context), on
a phone's screen and on a desktop's, and Lighthouse audits both home pages as on a phone.
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

from bench.growth import multiply, multiply_facts, note_in_a_section
from bench.lighthouse import audit
from bench.minimal import make_minimal_pages
from bench.plain import make_plain_project
from macros.data.editions import editions
from tests import host
from tests.conftest import CHROMIUM, CHROMIUM_FLAGS, ROOT, build, copy_project

MKDOCS = Path(sys.executable).parent / "mkdocs"
RESULTS = ROOT / "bench" / "results.md"
README = ROOT / "README.md"
README_START, README_END = "<!-- bench:start -->", "<!-- bench:end -->"
RUNS = 5
BUILD_RUNS = 9  # builds take a second each; more of them steady the median on shared cores
NEWEST = editions(ROOT).newest.name
HOME_PAGES = {"Lao home": "", "English home": "en/"}
PAGES = {
    **HOME_PAGES,
    "Lao article": f"{NEWEST}/",
    "English report, prosecution": f"en/{NEWEST}/report/prosecution/",
}
SITES = {"this site": "ours", "plain Material": "plain", "minimal page": "minimal"}
SCREENS = {  # Playwright's default desktop, and a small phone: touch, twice the pixels
    "desktop": {},
    "phone": {
        "viewport": {"width": 360, "height": 740},
        "is_mobile": True,
        "has_touch": True,
        "device_scale_factor": 2,
    },
}
LIGHTHOUSE_RUNS = 3  # a run takes some 20 s
LIGHTHOUSE_BUDGET = 90  # Lighthouse's mobile performance score, at least
WEIGHT_BUDGET = 0.75  # of plain Material, gzip bytes of a cold load
FONT_BUDGET = 2.2  # of the minimal page, Lao text in its web font, throttled
BUILD_BUDGET = 1.5  # of plain Material
CHECK_BUDGET = 1.0  # seconds, the real facts file
BIG_CHECK_BUDGET = 2.0  # CPU seconds, a generated facts file of 10,000 facts
BIG_BUILD_BUDGET = 30.0  # CPU seconds, the site built with that facts file, nothing kept
BIG_FACTS = 10_000
GROWTH = (1, 5, 10)  # editions
BUDGET_EDITIONS = 5
EDITIONS_BUDGET = 1.5
THROTTLE = {  # a slow phone on a slow network
    "offline": False,
    "latency": 400,
    "downloadThroughput": 400_000 / 8,
    "uploadThroughput": 400_000 / 8,
}
CPU_SLOWDOWN = 4
WATCH_LONG_TASKS = """window.longTasks = [];
new PerformanceObserver(list => window.longTasks.push(...list.getEntries()))
  .observe({type: "longtask", buffered: true})"""
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
  blocking: window.longTasks
    .filter(task => task.startTime >= performance.getEntriesByName("first-contentful-paint")[0]
      .startTime)
    .reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
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
    blocking: float  # total blocking time: long tasks' time over 50 ms each, after first paint


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


def cold_load(browser, server, url: str, screen: dict, expects_lao_font: bool) -> Load:
    """Load `url` in a fresh context of `screen` under the throttled profile, until the network
    is idle."""
    context = browser.new_context(**screen)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", THROTTLE)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
    page.add_init_script(WATCH_LONG_TASKS)
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
        blocking=timings["blocking"] / 1000,
    )


def rotated(items: list, run: int) -> list:
    """`items` in a different order each run: no site is always measured first."""
    return items[run % len(items) :] + items[: run % len(items)]


def per_site(values: dict, shown) -> str:
    """`values` by site folder, shown for each site by name."""
    return " / ".join(f"{name} {shown(values[site])}" for name, site in SITES.items())


def seconds(value: float) -> str:
    return f"{value:.2f} s"


def verdict(value: float, budget: float) -> str:
    return "met" if value <= budget else "not met"


def ratio(value: float, plain: float) -> str:
    return f"{value / plain:.2f}" if plain else ""


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
    """`make check` on the real facts file; check and build with a generated one of 10,000
    facts (CPU seconds judge them: this machine's cores are shared)."""
    real = medians([timed([sys.executable, "-m", "macros.check"], ROOT) for _ in range(RUNS)])
    table.add(
        "`make check`, the real project",
        f"{real[0]:.2f} s",
        "",
        f"≤ {CHECK_BUDGET:.0f} s",
        verdict(real[0], CHECK_BUDGET),
    )
    big = copy_project(work / "big-facts")
    per_year = multiply_facts(big, 1)
    count = multiply_facts(big, -(-BIG_FACTS // per_year))
    for when, before_each in (
        ("first (nothing kept)", lambda _: shutil.rmtree(big / ".cache", ignore_errors=True)),
        ("after an edit of one section", lambda run: note_in_a_section(big, run)),
    ):
        runs = []
        for run in range(RUNS):
            before_each(run)
            runs.append(timed([sys.executable, "-m", "macros.check"], big))
        wall, cpu = medians(runs)
        table.add(
            f"`make check`, generated file of {count:,} facts, {when}",
            f"{cpu:.2f} s CPU, {wall:.2f} s",
            "",
            f"≤ {BIG_CHECK_BUDGET:.0f} s",
            verdict(cpu, BIG_CHECK_BUDGET),
        )
    shutil.rmtree(big / ".cache")  # the checks' kept readings: the build starts with nothing
    wall, cpu = timed([str(MKDOCS), "build", "--strict", "--site-dir", str(work / "big-site")], big)
    table.add(
        f"Build with {count:,} facts, first (nothing kept)",
        f"{cpu:.1f} s CPU, {wall:.1f} s",
        "",
        f"≤ {BIG_BUILD_BUDGET:.0f} s",
        verdict(cpu, BIG_BUILD_BUDGET),
    )


def bench_pages(table: Table, work: Path, server, base: str) -> None:
    """Cold loads of each page on each screen, throttled, for this site, plain Material and the
    minimal page, interleaved."""
    minimal = work / "www" / "minimal"
    minimal.mkdir()
    make_minimal_pages(work / "www" / "ours", minimal, list(PAGES.values()))
    loads: dict[tuple[str, str, str], list[Load]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        for run in range(RUNS):
            for page_name, path in PAGES.items():
                for screen_name, screen in SCREENS.items():
                    for site in rotated(list(SITES.values()), run):
                        lao_font = not path.startswith("en/") and site != "plain"
                        url = f"{base}{site}/{path}"
                        loads.setdefault((page_name, screen_name, site), []).append(
                            cold_load(browser, server, url, screen, lao_font)
                        )
        browser.close()
    for page_name in PAGES:
        for screen_name in SCREENS:
            add_page_rows(
                table,
                f"{page_name}, {screen_name}",
                {site: loads[page_name, screen_name, site] for site in SITES.values()},
            )


def add_page_rows(table: Table, label: str, loads: dict[str, list[Load]]) -> None:
    """The rows of one page on one screen: medians of its loads, by site folder."""

    def median(site: str, field: str) -> float:
        return statistics.median(getattr(load, field) for load in loads[site])

    sent = {site: (median(site, "kilobytes"), median(site, "requests")) for site in SITES.values()}
    weight = sent["ours"][0] / sent["plain"][0]
    table.add(
        f"Cold load, {label}: gzip KB (requests)",
        per_site(sent, lambda kb_n: f"{kb_n[0]:.1f} ({kb_n[1]:.0f})"),
        f"{weight:.2f}",
        f"≤ {WEIGHT_BUDGET} x plain",
        verdict(weight, WEIGHT_BUDGET),
    )
    failed = max(load.failed for load in loads["ours"])
    table.add(
        f"Cold load, {label}: requests answered 4xx/5xx", str(failed), "", "0", verdict(failed, 0)
    )
    for field, measure in (("paint", "first paint"), ("blocking", "total blocking time")):
        value = {site: median(site, field) for site in SITES.values()}
        table.add(
            f"Throttled, {label}: {measure}",
            per_site(value, seconds),
            ratio(value["ours"], value["plain"]),
            "≤ 1.0 x plain",
            verdict(value["ours"], value["plain"]),
        )
    if all(load.lao_font is not None for load in loads["ours"]):
        font = {site: median(site, "lao_font") for site in ("ours", "minimal")}
        table.add(
            f"Throttled, {label}: Lao text in its web font",
            f"this site {font['ours']:.2f} s / minimal page {font['minimal']:.2f} s",
            f"{font['ours'] / font['minimal']:.2f} x minimal",
            f"≤ {FONT_BUDGET} x minimal",
            verdict(font["ours"] / font["minimal"], FONT_BUDGET),
        )
    load = {site: median(site, "load") for site in SITES.values()}
    table.add(
        f"Throttled, {label}: load event",
        per_site(load, seconds),
        ratio(load["ours"], load["plain"]),
        "for reference",
    )


def bench_lighthouse(table: Table, base: str) -> None:
    """Lighthouse's mobile audit of both home pages, this site against plain Material, runs
    interleaved."""
    sites = {name: folder for name, folder in SITES.items() if folder != "minimal"}
    audits: dict[tuple[str, str], list] = {}
    for run in range(LIGHTHOUSE_RUNS):
        for page_name, path in HOME_PAGES.items():
            for site in rotated(list(sites.values()), run):
                audits.setdefault((page_name, site), []).append(audit(f"{base}{site}/{path}"))
    for page_name in HOME_PAGES:
        score = {
            s: statistics.median(a.score for a in audits[page_name, s]) for s in sites.values()
        }
        blocking = {
            s: statistics.median(a.blocking for a in audits[page_name, s]) for s in sites.values()
        }
        shown = " / ".join
        table.add(
            f"Lighthouse mobile, {page_name}: performance score",
            shown(f"{name} {score[site]:.0f}" for name, site in sites.items()),
            ratio(score["ours"], score["plain"]),
            f"≥ {LIGHTHOUSE_BUDGET}",
            "met" if score["ours"] >= LIGHTHOUSE_BUDGET else "not met",
        )
        table.add(
            f"Lighthouse mobile, {page_name}: total blocking time (simulated)",
            shown(f"{name} {seconds(blocking[site])}" for name, site in sites.items()),
            ratio(blocking["ours"], blocking["plain"]),
            "for reference",
        )


def bench_growth(table: Table, work: Path, base: str) -> None:
    """Build time as the site grows by whole editions, against plain Material of the same
    pages (runs interleaved)."""
    for times in GROWTH:
        grown = copy_project(work / f"grown-{times}")
        count = multiply(grown, times)
        command = [str(MKDOCS), "build", "-q", "-d", str(work / "www" / f"grown-{times}")]
        timed(command, grown)  # draws the charts once, as `make build` keeps them
        plain = work / f"plain-grown-{times}"
        make_plain_project(work / "www" / f"grown-{times}", plain, base + "plain/")
        plain_command = [str(MKDOCS), "build", "-q", "-d", str(work / "timed" / f"plain-{times}")]
        runs = [(timed(command, grown), timed(plain_command, plain)) for _ in range(3)]
        ours, theirs = medians([o for o, _ in runs]), medians([p for _, p in runs])
        ratio = ours[1] / theirs[1]
        budget = f"≤ {EDITIONS_BUDGET} x plain" if times == BUDGET_EDITIONS else ""
        table.add(
            f"Build with {times} edition{'s' if times > 1 else ''}: {2 * count} pages",
            f"{ours[1]:.2f} s CPU, plain {theirs[1]:.2f} s CPU",
            f"{ratio:.2f}",
            budget,
            verdict(ratio, EDITIONS_BUDGET) if budget else "",
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
        bench_lighthouse(table, base)
        server.shutdown()
        thread.join()
        bench_growth(table, work, base)
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
        "answered with the site's 404 page; every load is cold, on a desktop (1280 x 720) and "
        "on a phone (360 x 740, touch, 2 device pixels a pixel); throttled: "
        f"{throttle}. Total blocking time: each long task's time over 50 ms, after first paint, "
        "until the network is idle. Lighthouse: its default mobile audit (simulated slow 4G "
        f"and CPU), median of {LIGHTHOUSE_RUNS} runs, this site and plain Material interleaved; "
        "its blocking time is simulated from an unthrottled load, where a task of a few "
        "milliseconds more or less crosses its 50 ms line, so the budget on blocking time is "
        "the throttled loads' above."
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
