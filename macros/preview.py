"""The preview (`make serve`) keeps running through an editor's mistake: it says what is wrong
in the terminal and on every page, and shows the site again once the mistake is fixed."""

from __future__ import annotations

import logging
import os
from pathlib import Path

MISTAKE_PAGE = Path(__file__).resolve().parents[1] / "data" / "preview-mistake.md"
PREVIEW_SETTING = "SITE_PREVIEW"
TITLE = MISTAKE_PAGE.read_text("utf-8").splitlines()[0].removeprefix("# ")
log = logging.getLogger("mkdocs.plugins.macros")


def running() -> bool:
    """Whether this build is the editor's preview (`make serve` sets SITE_PREVIEW=1)."""
    return os.environ.get(PREVIEW_SETTING) == "1"


def report(problems: list[str]) -> None:
    for problem in problems:
        log.error(problem)


def page(problems: list[str]) -> str:
    """The page shown in place of every page while the project has a mistake."""
    lines = "\n".join(problems).replace("```", "'''")
    return MISTAKE_PAGE.read_text("utf-8").replace("{problems}", lines)
