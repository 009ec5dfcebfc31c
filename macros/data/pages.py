"""Where the pages are: every Markdown page and included file `make check` and the build read."""

from __future__ import annotations

from pathlib import Path

PAGE_FOLDERS = ("docs", "report")


def pages(project: Path) -> list[Path]:
    """Every Markdown page and included file, in a stable order."""
    return sorted(
        p for folder in PAGE_FOLDERS for p in (project / folder).rglob("*.md") if p.is_file()
    )
