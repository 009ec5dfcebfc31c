"""The W3C Nu HTML checker finds no more errors on the built site than on plain Material's build
of the same pages: whatever the site adds to Material's markup is valid HTML.

The checker is the pinned `vnu-jar` of package-lock.json, installed by `make test` (npm) and
run with Java; without them the test fails in CI and is skipped locally with a line saying so.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from bench.plain import make_plain_project
from tests.conftest import MKDOCS, ROOT

VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def missing(message: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def checker() -> list[str]:
    java = shutil.which("java")
    if java is None:
        missing("java is missing: install Java 17 (`apt-get install -y openjdk-17-jre-headless`)")
    if not VNU_JAR.exists():
        missing(f"{VNU_JAR.relative_to(ROOT)} is missing: install Node.js, then `make test`")
    return [java, "-jar", str(VNU_JAR), "--errors-only", "--skip-non-html", "--format", "json"]


def errors(checker: list[str], folder: Path) -> Counter:
    """The checker's errors on every HTML file under `folder`, counted by message."""
    result = subprocess.run(
        [*checker, str(folder)], capture_output=True, text=True, timeout=600, check=False
    )
    messages = json.loads(result.stderr)["messages"]
    assert all(m["type"] != "non-document-error" for m in messages), messages
    return Counter(m["message"] for m in messages if m["type"] == "error")


def test_no_more_html_errors_than_plain_material(site, checker, tmp_path):
    plain = tmp_path / "plain"
    make_plain_project(site.folder, plain, "http://127.0.0.1/plain/")
    build = subprocess.run(
        [str(MKDOCS), "build", "-q", "--site-dir", str(tmp_path / "plain-site")],
        cwd=plain,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert build.returncode == 0, build.stderr
    ours, materials = errors(checker, site.folder), errors(checker, tmp_path / "plain-site")
    added = ours - materials
    assert not added, f"errors plain Material's build of the same pages has not: {dict(added)}"
