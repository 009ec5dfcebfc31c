"""Lighthouse's mobile performance audit, for `make bench`: its score and total blocking time of
a page, run with the machine's Chromium against the site served on 127.0.0.1. Lighthouse is
pinned in bench/package.json and installed by `make bench` (`npm ci --prefix bench`)."""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from tests.conftest import CHROMIUM, CHROMIUM_FLAGS

LIGHTHOUSE = Path(__file__).parent / "node_modules" / ".bin" / "lighthouse"
FLAGS = ["--headless", *CHROMIUM_FLAGS]


@dataclass
class Audit:
    """One Lighthouse run of one page: its performance score (0-100) and blocking time (s)."""

    score: float
    blocking: float


def audit(url: str) -> Audit:
    """Lighthouse's default (mobile) performance audit of `url`. Fails if the page asked any
    host but the one serving it: the site loads nothing from any other host."""
    run = subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--only-categories=performance",
            "--output=json",
            "--output-path=stdout",
            "--quiet",
            "--no-enable-error-reporting",
            f"--chrome-flags={' '.join(FLAGS)}",
        ],
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(run.stdout)
    if report.get("runtimeError"):
        raise RuntimeError(f"Lighthouse could not audit {url}: {report['runtimeError']}")
    host = urlsplit(url).netloc
    requests = report["audits"]["network-requests"]["details"]["items"]
    elsewhere = {
        urlsplit(item["url"]).netloc
        for item in requests
        if not item["url"].startswith("data:") and urlsplit(item["url"]).netloc != host
    }
    if elsewhere:
        raise RuntimeError(f"{url} asked other hosts: {', '.join(sorted(elsewhere))}")
    return Audit(
        score=report["categories"]["performance"]["score"] * 100,
        blocking=report["audits"]["total-blocking-time"]["numericValue"] / 1000,
    )
