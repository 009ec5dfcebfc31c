"""`make serve` lives through an editor's mistakes: each shows as its one line in the terminal
and on the page in the browser, and the site comes back as soon as the mistake is fixed."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest

from macros import preview
from macros.checks.checked import check_project
from tests.conftest import copy_fixture
from tests.mistakes import MISTAKES, make_mistake

ONE_OF_EACH_KIND = (
    "a misspelt option",
    "a figure typed into the text",
    "a fact misspelt only where it is used a second time",
    "a figure changed without its sentence",
    "a leading zero",
    "a facts file saved as UTF-16",
    "an alias bomb in a page's settings",  # MkDocs would expand it without end
    "two editions marked newest",  # the menu cannot name the newest edition's pages
)
LAO_HOME_HEADING = "ລາຍງານປີ"  # the fixture's Lao home page, as it reads when all is well


@contextlib.contextmanager
def make_serve(project: Path, log: Path):
    """`make serve` of `project` on a free port; its address while it runs."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        address = f"127.0.0.1:{probe.getsockname()[1]}"
    with log.open("w") as output:
        server = subprocess.Popen(
            ["make", "--no-print-directory", "serve", f"SERVE_ADDRESS={address}"],
            cwd=project,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            yield f"http://{address}/", server
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)


def shown(page, url: str, wanted: str, timeout: float = 60) -> str:
    """The page's text once it holds `wanted` (the preview rebuilds after each save)."""
    deadline = time.monotonic() + timeout
    text = ""
    while time.monotonic() < deadline:
        with contextlib.suppress(Exception):  # the server is starting or rebuilding
            page.goto(url)
            text = page.locator("body").inner_text()
        if wanted in text:
            return text
        time.sleep(0.5)
    raise AssertionError(f"{wanted!r} never appeared; the page said: {text[:500]}")


@pytest.mark.browser
def test_the_preview_shows_each_mistake_and_comes_back(project, tmp_path, page):
    log = tmp_path / "serve.log"
    with make_serve(project, log) as (url, server):
        shown(page, url, LAO_HOME_HEADING)
        for name in ONE_OF_EACH_KIND:
            mistake = next(m for m in MISTAKES if m.name == name)
            kept = (project / mistake.file).read_bytes()
            line = make_mistake(project, mistake)
            text = shown(page, url, line)
            assert "ມີຂໍ້ຜິດພາດ" in text and "There is a mistake" in text
            assert line in log.read_text("utf-8")
            assert server.poll() is None, "the preview stopped"
            (project / mistake.file).write_bytes(kept)
            shown(page, url, LAO_HOME_HEADING)
    assert "Traceback" not in log.read_text("utf-8")


@pytest.mark.browser
def test_the_preview_starts_with_a_mistake_in_the_facts(project, tmp_path, page):
    mistake = next(m for m in MISTAKES if m.name == "a total that is not the sum of its parts")
    kept = (project / mistake.file).read_bytes()
    line = make_mistake(project, mistake)
    with make_serve(project, tmp_path / "serve.log") as (url, _):
        shown(page, url, line)
        (project / mistake.file).write_bytes(kept)
        shown(page, url, LAO_HOME_HEADING)


@pytest.mark.parametrize("mistake", MISTAKES, ids=lambda m: m.name)
def test_the_preview_page_holds_every_mistake_of_the_corpus(tmp_path, mistake):
    """The live preview above is driven through one mistake of each kind; for every mistake of
    the corpus, the page the preview shows in place of each page holds its line (checked as
    the preview checks, in-process: the corpus needs no build)."""
    project = copy_fixture(tmp_path / "project")
    line = make_mistake(project, mistake)
    problems = check_project(project, keep=False).problems
    assert line in preview.page(problems).splitlines()
