"""The facts as downloads, one row per fact and year, each with its edition: every edition's
at data/facts.json and data/facts.csv, and each edition's own at <edition>/data/."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path

from ..data.facts import Facts
from ..data.records import Span, Value
from .rendering import machine_value

CSV_COLUMNS = ("edition", "id", "value", "unit", "year", "label_lo", "label_en", "source")


def rows(edition: str, facts: Facts) -> list[dict]:
    """One row per fact and year; `unit` is the currency, or else the kind of figure."""
    return [
        {
            "edition": edition,
            "id": fact.id,
            "value": machine_value(value),
            "unit": fact.entry.currency or fact.kind,
            "year": "" if year is None else year,
            "label_lo": fact.entry.label.lo,
            "label_en": fact.entry.label.en,
            "source": fact.entry.quote_for(year),
        }
        for fact in facts
        for year, value in fact.entry.by_year().items()
    ]


def json_value(value: Value) -> int | str | dict:
    """Numbers as numbers, a range as its two ends, dates as ISO text."""
    return dataclasses.asdict(value) if isinstance(value, Span) else value


def as_json(by_edition: dict[str, Facts]) -> str:
    document = [
        {
            "edition": edition,
            "id": fact.id,
            "kind": fact.kind,
            "unit": fact.entry.currency or fact.kind,
            "label": dataclasses.asdict(fact.entry.label),
            "page": fact.entry.source.page,
            "values": [
                {"year": year, "value": json_value(value), "quote": fact.entry.quote_for(year)}
                for year, value in fact.entry.by_year().items()
            ],
        }
        for edition, facts in by_edition.items()
        for fact in facts
    ]
    return json.dumps({"facts": document}, ensure_ascii=False, indent=1)


def as_csv(by_edition: dict[str, Facts]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for edition, facts in by_edition.items():
        writer.writerows(rows(edition, facts))
    return out.getvalue()


def write(by_edition: dict[str, Facts], site_dir: Path) -> None:
    """Every edition's facts together, then each edition's alone in its own folder."""
    _write(by_edition, site_dir)
    for edition, facts in by_edition.items():
        _write({edition: facts}, site_dir / edition)


def _write(by_edition: dict[str, Facts], folder: Path) -> None:
    folder = folder / "data"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "facts.json").write_text(as_json(by_edition), "utf-8")
    # with a byte-order mark: without one, Excel reads the file in the system's code page
    # and garbles every Lao letter
    (folder / "facts.csv").write_text(as_csv(by_edition), "utf-8-sig")
