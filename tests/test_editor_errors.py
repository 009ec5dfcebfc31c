"""Each editor mistake stops the build with one line that says where and what, and the
published site stays as it was."""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass

import pytest

from tests.conftest import ROOT, copy_project

FACTS = "data/facts.yaml"
LAO_ARTICLE = "docs/lo/index.md"
PROTECTION = "report/protection.md"


@dataclass
class Mistake:
    name: str
    file: str
    before: str
    after: str
    message: str  # {line}: line of the first `marker` in the broken file; {previous}, {next}
    marker: str


MISTAKES = [
    Mistake(
        "misspelt fact id in the Lao article",
        LAO_ARTICLE,
        'fact("protection.victims_from_sez")',
        'fact("protection.victims_from_sea")',
        "docs/lo/index.md:{line}: there is no fact 'protection.victims_from_sea' in "
        "data/facts.yaml; did you mean 'protection.victims_from_sez'?",
        "protection.victims_from_sea",
    ),
    Mistake(
        "misspelt fact id in the report text",
        PROTECTION,
        'fact("protection.task_force_removed")',
        'fact("protection.taskforce_removed")',
        "report/protection.md:{line}: there is no fact 'protection.taskforce_removed' in "
        "data/facts.yaml; did you mean 'protection.task_force_removed'?",
        "protection.taskforce_removed",
    ),
    Mistake(
        "a year the fact does not have",
        PROTECTION,
        'fact("protection.victims_from_sez")',
        'fact("protection.victims_from_sez", year="previous")',
        "report/protection.md:{line}: protection.victims_from_sez has no figure for 2021 "
        "(it has 2022)",
        'fact("protection.victims_from_sez"',
    ),
    Mistake(
        "a misspelt macro name",
        LAO_ARTICLE,
        'fact("protection.victims_from_sez")',
        'fakt("protection.victims_from_sez")',
        "docs/lo/index.md:{line}: there is no macro 'fakt'; did you mean fact(...)?",
        "fakt(",
    ),
    Mistake(
        "a misspelt chart name",
        "docs/en/charts.md",
        'chart("workers_removed")',
        'chart("worker_removed")',
        "docs/en/charts.md:{line}: there is no chart 'worker_removed'; did you mean "
        "'workers_removed'?",
        "worker_removed",
    ),
    Mistake(
        "a figure changed without its sentence",
        FACTS,
        "    kind: count\n    value: 306\n",
        "    kind: count\n    value: 307\n",
        "data/facts.yaml:{line}: prosecution.sez_companies_inspected: the quote does not state "
        "307; quote the sentence of the report that does, or correct the figure",
        '      quote: "this ATD office conducted',
    ),
    Mistake(
        "a quote that is not the source's",
        FACTS,
        "conducted unannounced inspections of 306",
        "carried out unannounced inspections of 306",
        "data/facts.yaml:{line}: prosecution.sez_companies_inspected: the quote is not in "
        "source/ word for word; did you mean “this ATD office conducted unannounced "
        "inspections of 306 companies in the Golden Triangle SEZ and opened six trafficking "
        "cases.”?",
        "carried out unannounced",
    ),
    Mistake(
        "one year's sentence missing",
        FACTS,
        '        2021: "compared with 18 foreign nationals identified in 2021"\n',
        "",
        "data/facts.yaml:{line}: protection.foreign_victims: `source.quotes` needs one sentence "
        "for each year (2021, 2022)",
        "  foreign_victims:",
    ),
    Mistake(
        "a total that is not the sum of its parts",
        FACTS,
        "values: {2022: 75, 2021: 110}",
        "values: {2022: 76, 2021: 110}",
        "data/facts.yaml:{line}: protection.victims_identified is 76 in 2022 but its parts add "
        "up to 75: protection.sex_trafficking_victims 67 + protection.forced_labor_victims 8",
        "  victims_identified:",
    ),
    Mistake(
        "a part that breaks its total",
        FACTS,
        "values: {2022: 1140}",
        "values: {2022: 1141}",
        "data/facts.yaml:{line}: protection.sez_workers_removed is 1802 in 2022 but its parts "
        "add up to 1803: protection.sez_workers_removed_male 1141 + "
        "protection.sez_workers_removed_female 662",
        "  sez_workers_removed:",
    ),
    Mistake(
        "a part that does not exist",
        FACTS,
        "      - protection.forced_labor_victims\n",
        "      - protection.forced_labour_victims\n",
        "data/facts.yaml:{line}: protection.victims_identified parts: there is no fact "
        "'protection.forced_labour_victims' in data/facts.yaml; did you mean "
        "'protection.forced_labor_victims'?",
        "protection.forced_labour_victims",
    ),
    Mistake(
        "words in a number",
        FACTS,
        "values: {2022: 75, 2021: 110}",
        "values: {2022: 75 people, 2021: 110}",
        "data/facts.yaml:{line}: protection.victims_identified: values: for 2022, a count is "
        "a whole number, like 75; got '75 people'",
        "75 people",
    ),
    Mistake(
        "a key written twice",
        FACTS,
        "    kind: count\n    value: 306\n",
        "    kind: count\n    value: 306\n    value: 307\n",
        "data/facts.yaml:{line}: 'value' is written twice (first on line {previous}): keep one",
        "value: 307",
    ),
    Mistake(
        "YAML that does not parse",
        FACTS,
        "values: {2022: 75, 2021: 110}",
        "values: {2022: 75, 2021: 110",
        "data/facts.yaml:{next}: this is not valid YAML (expected ',' or '}}', but got ':', "
        "while parsing a flow mapping that starts on line {line})",
        "values: {2022: 75, 2021: 110\n",
    ),
    Mistake(
        "a tab for indentation",
        FACTS,
        "    kind: count\n    value: 306\n",
        "    kind: count\n\tvalue: 306\n",
        "data/facts.yaml:{line}: a tab is not allowed here: indent with spaces",
        "\tvalue: 306",
    ),
    Mistake(
        "an alias",
        FACTS,
        "    kind: count\n    value: 306\n",
        "    kind: count\n    value: *n\n",
        "data/facts.yaml:{line}: aliases (*name) are not allowed in this file: write the value out",
        "value: *n",
    ),
    Mistake(
        "a misspelt field",
        FACTS,
        "    kind: count\n    value: 306\n",
        "    kind: count\n    vaule: 306\n",
        "data/facts.yaml:{line}: prosecution.sez_companies_inspected: `vaule` is not a field "
        "here; did you mean `value`?",
        "vaule: 306",
    ),
    Mistake(
        "a missing English label",
        FACTS,
        "      en: companies inspected in the Golden Triangle SEZ\n",
        "",
        "data/facts.yaml:{line}: prosecution.sez_companies_inspected: `label.en` is missing",
        "    label:\n      lo: ບໍລິສັດທີ່ຖືກກວດກາໃນເຂດເສດຖະກິດພິເສດສາມຫຼ່ຽມຄຳ",
    ),
    Mistake(
        "a date that is no day",
        FACTS,
        'value: "2022-05-09"',
        'value: "2022-05-32"',
        "data/facts.yaml:{line}: prosecution.covid_rules_lifted: value: a date is a real day "
        'written "YYYY-MM-DD", like "2024-07-27"; got \'2022-05-32\'',
        "2022-05-32",
    ),
    Mistake(
        "an unknown kind",
        FACTS,
        "    kind: count\n    value: 306\n",
        "    kind: cuont\n    value: 306\n",
        "data/facts.yaml:{line}: prosecution.sez_companies_inspected: `kind` cannot be 'cuont'; "
        "did you mean 'count'? (one of: count, money, range, date, month, year, ordinal, code)",
        "kind: cuont",
    ),
]


def line_of(text: str, marker: str) -> int:
    return text[: text.index(marker)].count("\n") + 1


@pytest.fixture
def project(tmp_path):
    """A copy of the project with a published site in it, built by the real `make build`."""
    copy = copy_project(tmp_path)
    for name in ("Makefile", "requirements.txt", "requirements-dev.txt"):
        (copy / name).write_bytes((ROOT / name).read_bytes())
        os.utime(copy / name, ns=(0, 0))
    (copy / ".venv").symlink_to(ROOT / ".venv")
    (copy / "site").mkdir()
    (copy / "site" / "index.html").write_text("the published site")
    return copy


def make_mistake(project, mistake: Mistake) -> str:
    """Write the mistake into the project; the message it must produce."""
    path = project / mistake.file
    text = path.read_text("utf-8")
    assert text.count(mistake.before) >= 1
    broken = text.replace(mistake.before, mistake.after, 1)
    path.write_text(broken, "utf-8")
    line = line_of(broken, mistake.marker)
    return mistake.message.format(line=line, previous=line - 1, next=line + 1)


def make(project, target: str) -> tuple[int, str]:
    result = subprocess.run(
        ["make", "--no-print-directory", target],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return result.returncode, result.stdout + result.stderr


@pytest.mark.parametrize("mistake", MISTAKES, ids=lambda m: m.name)
def test_mistake_stops_the_build_with_its_message(project, mistake):
    expected = make_mistake(project, mistake)
    status, output = make(project, "build")
    assert status != 0
    assert expected in output
    assert "Traceback" not in output
    assert (project / "site" / "index.html").read_text() == "the published site"


@pytest.mark.parametrize("mistake", MISTAKES, ids=lambda m: m.name)
def test_make_check_finds_the_same_mistake_without_building(project, mistake):
    expected = make_mistake(project, mistake)
    status, output = make(project, "check")
    assert status != 0
    assert expected in output.splitlines()
    assert "Traceback" not in output


def test_make_check_passes_the_project_as_it_is(project):
    pages = len(list((project / "docs").rglob("*.md"))) + len(
        list((project / "report").glob("*.md"))
    )
    status, output = make(project, "check")
    last_line = output.strip().splitlines()[-1]
    assert (status, last_line) == (0, f"data/facts.yaml and {pages} pages: all good")


@pytest.mark.parametrize("guide", ["EDITING.md", "EDITING.lo.md"])
@pytest.mark.parametrize("mistake", MISTAKES, ids=lambda m: m.name)
def test_the_editors_guides_explain_every_message(guide, mistake):
    """Each kind of message appears in the guides' tables (any fact, any number)."""
    message = re.sub(r"^[^ ]+:\{\w+\}: ", "", mistake.message)
    message = re.sub(r"^[a-z_]+\.[a-z_]+: ", "", message)
    shape = re.escape(message[:30])
    shape = re.sub(r"[a-z_]+\\\.[a-z_]+", r"[a-z_.]+", shape)
    shape = re.sub(r"\d+", r"\\d+", shape)
    assert re.search(shape, (ROOT / guide).read_text("utf-8")), shape
