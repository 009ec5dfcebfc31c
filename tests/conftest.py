"""Build the site once per test session, into a temporary folder, and hand tests its pages."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.site import Site

ROOT = Path(__file__).resolve().parents[1]
MKDOCS = Path(sys.executable).parent / "mkdocs"
PROJECT_PARTS = ("data", "docs", "hooks", "macros", "overrides", "report", "mkdocs.yml")
SITE_URL = "https://tip.example.org/laos/"
BASE_PATH = "laos"


def build(project: Path, site_dir: Path) -> subprocess.CompletedProcess:
    """A strict `mkdocs build` of `project`, as `make build` runs it."""
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": SITE_URL}
    return subprocess.run(
        [str(MKDOCS), "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
    )


def copy_project(destination: Path) -> Path:
    """The files a build reads, copied where a test may break them."""
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(
                source, destination / part, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy2(source, destination / part)
    return destination


@pytest.fixture(scope="session")
def web_root(tmp_path_factory) -> Path:
    """A folder to serve over HTTP, holding the site under the path of its SITE_URL."""
    root = tmp_path_factory.mktemp("www")
    result = build(ROOT, root / BASE_PATH)
    assert result.returncode == 0, result.stdout + result.stderr
    return root


@pytest.fixture(scope="session")
def site(web_root) -> Site:
    return Site(web_root / BASE_PATH, SITE_URL)
