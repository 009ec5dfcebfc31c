"""Build the site once per test session, into a temporary folder, and hand tests its pages."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from tests import host
from tests.browser import SCREENS, opened_as_read
from tests.site import Site

ROOT = Path(__file__).resolve().parents[1]
MKDOCS = Path(sys.executable).parent / "mkdocs"
PROJECT_PARTS = ("data", "docs", "hooks", "macros", "overrides", "report", "source", "mkdocs.yml")
BASE_PATH = "laos"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")  # Debian's; CI on GitHub names Chrome
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def build(project: Path, site_dir: Path, site_url: str) -> subprocess.CompletedProcess:
    """A strict `mkdocs build` of `project`, as `make build` runs it, for the site at `site_url`."""
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url}
    return subprocess.run(
        [str(MKDOCS), "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
    )


FIXTURE = ROOT / "tests" / "fixture"
CODE_PARTS = ("hooks", "macros", "overrides", "mkdocs.yml")
LANGUAGE_DATA = (
    "data/number-words.yaml",
    "data/preview-mistake.md",
    "data/interface.yaml",
    "data/charts.yaml",
    "data/ratings.yaml",
    "data/glossary.yaml",
)


def copy_fixture(destination: Path) -> Path:
    """A small project of our own (tests/fixture: its facts, pages and source text) built by
    the site's own code, for tests about the rules rather than about this year's report."""
    shutil.copytree(FIXTURE, destination)
    return _copy_parts(CODE_PARTS + LANGUAGE_DATA, destination)


def copy_project(destination: Path) -> Path:
    """The files a build reads, copied where a test may break them."""
    return _copy_parts(PROJECT_PARTS, destination)


def _copy_parts(parts: tuple[str, ...], destination: Path) -> Path:
    """Folders and files of this project, copied into `destination`."""
    for part in parts:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(
                source, destination / part, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy2(source, destination / part)
    return destination


@pytest.fixture
def project(tmp_path):
    """The fixture project with a published site in it, built by the real `make build`."""
    copy = copy_fixture(tmp_path / "project")
    for name in ("Makefile", "requirements.txt", "requirements-dev.txt"):
        (copy / name).write_bytes((ROOT / name).read_bytes())
        os.utime(copy / name, ns=(0, 0))
    (copy / ".venv").symlink_to(ROOT / ".venv")
    (copy / "site").mkdir()
    (copy / "site" / "index.html").write_text("the published site")
    return copy


@pytest.fixture(scope="session")
def loopback_server():
    """An HTTP server on the loopback interface, bound before the build so that the site's
    own address (SITE_URL) is the address it is served from."""
    server = host.bind()
    yield server
    server.server_close()


@pytest.fixture(scope="session")
def site(tmp_path_factory, loopback_server) -> Site:
    """The site built once, into a folder served under the path of its SITE_URL."""
    root = tmp_path_factory.mktemp("www")
    url = f"http://127.0.0.1:{loopback_server.server_port}/{BASE_PATH}/"
    result = build(ROOT, root / BASE_PATH, url)
    assert result.returncode == 0, result.stdout + result.stderr
    return Site(root / BASE_PATH, url)


@pytest.fixture(scope="session")
def site_address(site, loopback_server):
    """The built site, served over HTTP as a real host serves it (tests/host.py)."""
    thread = host.serve(loopback_server, site.folder.parent)
    yield site.url
    loopback_server.shutdown()
    thread.join()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium through Playwright; in CI a missing browser fails, locally it skips."""
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} is missing: install it with `apt-get install -y chromium`"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


@pytest.fixture
def opened(browser):
    """Pages opened in a fresh context per screen and colour scheme; closed after the test."""
    contexts = []

    def open_page(screen: str, url: str, scheme: str = "light"):
        context = browser.new_context(color_scheme=scheme, **SCREENS[screen])
        contexts.append(context)
        page = context.new_page()
        opened_as_read(page, url)
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    opened = context.new_page()
    yield opened
    context.close()


@contextlib.contextmanager
def built_and_served(project: Path, folder: Path) -> Iterator[Site]:
    """`project` built strictly into `folder`/laos and served there as a real host serves it,
    for tests that build a project of their own."""
    server = host.bind()
    url = f"http://127.0.0.1:{server.server_port}/{BASE_PATH}/"
    result = build(project, folder / BASE_PATH, url)
    assert result.returncode == 0, result.stdout + result.stderr
    thread = host.serve(server, folder)
    try:
        yield Site(folder / BASE_PATH, url)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
