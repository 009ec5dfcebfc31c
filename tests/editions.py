"""The project's editions as data/editions.yaml names them. Tests of the real site read the
newest edition's files and pages, so a new edition needs no change to a test."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def newest(project: Path = ROOT) -> str:
    """The name (the report's year) of the edition the home pages present."""
    return str(yaml.safe_load((project / "data" / "editions.yaml").read_text("utf-8"))["newest"])


def names(project: Path = ROOT) -> set[str]:
    """Every edition the project holds (a folder each in data/editions/)."""
    return {path.name for path in (project / "data" / "editions").iterdir() if path.is_dir()}


def facts_file(project: Path = ROOT, edition: str | None = None) -> Path:
    """An edition's facts file (the newest's, unless named)."""
    return project / "data" / "editions" / (edition or newest(project)) / "facts.yaml"


def source_files(project: Path = ROOT) -> list[Path]:
    """The publisher's text of the newest edition."""
    return sorted((project / "source" / newest(project)).glob("*.txt"))


def texts_folder(project: Path = ROOT) -> Path:
    """The report's text of the newest edition, which its pages include."""
    return project / "report" / newest(project)


NEWEST = newest()
