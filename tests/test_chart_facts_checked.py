"""A chart asking for a figure the facts file no longer holds stops the check, at the page that
draws the chart, so that the build never meets it first."""

from __future__ import annotations

from macros.checks.checked import check_project
from macros.render.charts import CHARTS
from tests.conftest import copy_project
from tests.editions import facts_file as facts_file_of


def renamed_everywhere_but_the_charts(project, fact_id: str) -> None:
    """`fact_id` renamed in the facts file and in every page, as an editor would rename it."""
    key = fact_id.split(".")[1]
    facts_file = facts_file_of(project)
    text = facts_file.read_text("utf-8")
    assert text.count(f"\n  {key}:\n") == 1
    text = text.replace(f"\n  {key}:\n", f"\n  {key}_renamed:\n")
    facts_file.write_text(text.replace(fact_id, f"{fact_id}_renamed"), "utf-8")
    for page in [*project.glob("docs/**/*.md"), *project.glob("report/**/*.md")]:
        page.write_text(page.read_text("utf-8").replace(fact_id, f"{fact_id}_renamed"), "utf-8")


def test_a_renamed_fact_a_chart_draws_stops_the_check(tmp_path):
    project = copy_project(tmp_path / "project")
    name, chart = next(iter(CHARTS.items()))
    renamed_everywhere_but_the_charts(project, chart.bars[0].fact)
    problems = check_project(project, keep=False).problems
    assert problems
    assert all(
        line.startswith("docs/") and f"the chart '{name}' draws a figure the facts lack" in line
        for line in problems
    )
