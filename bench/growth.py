"""Synthetic reporting years for `make bench`: the facts and the pages, multiplied.

Copy n of every section of data/facts.yaml is the section renamed `<section>_y<n>`; copy n of
every article and report page lives under `years/y<n>/` in both trees and asks for the copied
facts. Site-wide pages (facts, charts) are not copied: they list every fact, once.
"""

from __future__ import annotations

import re
from pathlib import Path

SITE_WIDE = ("facts.md", "charts.md")
FACT_CALL = re.compile(r'fact\("([a-z_]+)\.')
INCLUDE = re.compile(r'\{% include "([a-z_]+)\.md" %\}')


def multiply_facts(project: Path, times: int) -> int:
    """Make `project`'s facts file hold `times` reporting years; the number of facts."""
    facts_file = project / "data" / "facts.yaml"
    original = facts_file.read_text("utf-8")
    body = original[original.index("\nreport:") :]
    copies = [original]
    for n in range(1, times):
        copies.append(re.sub(r"^([a-z_]+):$", rf"\1_y{n}:", body, flags=re.MULTILINE))
    facts_file.write_text("\n".join(copies), "utf-8")
    return times * len(re.findall(r"^  [a-z_]+:$", body, flags=re.MULTILINE))


def multiply(project: Path, times: int) -> int:
    """Make `project` hold `times` reporting years; the number of pages per language."""
    multiply_facts(project, times)
    for n in range(1, times):
        _copy_report_texts(project / "report", n)
        for lang_tree in (project / "docs").iterdir():
            for page in sorted(lang_tree.rglob("*.md")):
                if page.name in SITE_WIDE or "years" in page.relative_to(lang_tree).parts:
                    continue
                target = lang_tree / "years" / f"y{n}" / page.relative_to(lang_tree)
                target.parent.mkdir(parents=True, exist_ok=True)
                text = FACT_CALL.sub(rf'fact("\1_y{n}.', page.read_text("utf-8"))
                target.write_text(INCLUDE.sub(rf'{{% include "\1_y{n}.md" %}}', text), "utf-8")
    return len(list((project / "docs" / "en").rglob("*.md")))


def _copy_report_texts(report: Path, n: int) -> None:
    for text in sorted(report.glob("*.md")):
        if re.search(r"_y\d+\.md$", text.name) or text.name.endswith(".lo.md"):
            continue
        copied = FACT_CALL.sub(rf'fact("\1_y{n}.', text.read_text("utf-8"))
        (report / f"{text.stem}_y{n}.md").write_text(copied, "utf-8")
