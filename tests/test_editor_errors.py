"""Each editor mistake stops `make check` and the build with one line that says where and what,
and the published site stays as it was.

Every mistake is checked by the check's own function on a copy of the fixture (what `make check`
runs); a few of each kind, and every mistake in a file the check reads from its own code's
folder, run the real `make check` and `make build`, which check through the same function."""

from __future__ import annotations

import dataclasses
import os
import re
import signal
import subprocess
import time
from pathlib import Path

import pytest

from macros import check
from macros.data import schema
from macros.data.facts import load_facts
from tests.conftest import ROOT
from tests.mistakes import ENGLISH_HOME as ENGLISH_PAGE
from tests.mistakes import FACTS as FACTS_FILE
from tests.mistakes import MISTAKES, make_mistake

BUILT = [m for m in MISTAKES if m.build]


def make(project, target: str) -> tuple[int, str]:
    result = subprocess.run(
        ["make", "--no-print-directory", target],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return result.returncode, result.stdout + result.stderr


@pytest.mark.parametrize("mistake", BUILT, ids=lambda m: m.name)
def test_mistake_stops_the_build_with_its_message(project, mistake):
    expected = make_mistake(project, mistake)
    status, output = make(project, "build")
    assert status != 0
    said = [line for line in output.splitlines() if not re.match(r"make(\[\d+\])?: \*\*\*", line)]
    assert expected in said
    assert all(re.match(r"\S+:\d+: ", line) for line in said), output  # only file:line: what
    assert (project / "site" / "index.html").read_text() == "the published site"
    assert not list(project.glob("site.new*"))


def test_an_alias_bomb_in_a_pages_settings_stops_the_build_within_seconds(project):
    """MkDocs would expand the page's settings without end: the check refuses them first."""
    mistake = next(m for m in MISTAKES if m.name == "an alias bomb in a page's settings")
    expected = make_mistake(project, mistake)
    for target in ("check", "build"):
        started = time.monotonic()
        status, output = make(project, target)
        assert (status != 0, expected in output) == (True, True), output
        assert time.monotonic() - started < 30


@pytest.mark.parametrize("whom", ["the build and MkDocs", "make alone"])
def test_a_build_stopped_midway_leaves_nothing_beside_the_site(project, whom):
    """Ctrl-C or a time limit (which signal the whole build, or make alone) stops the build:
    site/ stays as it was, with no folder of the stopped build beside it."""
    build = subprocess.Popen(
        ["make", "--no-print-directory", "build"],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while not list(project.glob("site.new*")) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert list(project.glob("site.new*")), "the build never started"
    if whom == "make alone":
        build.send_signal(signal.SIGTERM)
    else:
        os.killpg(build.pid, signal.SIGTERM)
    build.wait(timeout=120)
    time.sleep(1)  # anything the build left running would still be writing
    assert not list(project.glob("site.new*"))
    assert (project / "site" / "index.html").read_text() == "the published site"


def test_a_straight_apostrophe_where_the_source_has_a_curly_one_is_named(project, capsys):
    """The source writes a curly apostrophe; an editor's keyboard types a straight one: the
    message names the apostrophe."""
    facts = project / FACTS_FILE
    sentence = load_facts(facts, FACTS_FILE).get("protection.shelter_opened").entry.source.quote
    curly = sentence.replace(" the ", " the ministry\u2019s ", 1)
    source_folder = Path(FACTS_FILE).parent.name  # the edition's year names its texts' folder
    source = next((project / "source" / source_folder).glob("*.txt"))
    source.write_text(source.read_text("utf-8").replace(sentence, curly), "utf-8")
    text = facts.read_text("utf-8")
    assert curly != sentence and sentence in text
    facts.write_text(text.replace(sentence, curly.replace("\u2019", "'")), "utf-8")
    line = text[: text.index(sentence)].count("\n") + 1
    assert check.main(project) != 0
    assert (
        f"{FACTS_FILE}:{line}: protection.shelter_opened: the quote has a straight apostrophe ' "
        f"where source/{source_folder}/ has a curly one \u2019: copy the sentence from "
        f"source/{source_folder}/ as it is"
    ) in capsys.readouterr().out.splitlines()


def test_a_mistake_after_a_good_build_stops_the_next_one(project):
    """A build keeps its check by the bytes it read: a file changed since is checked again,
    even saved with its old time and size."""
    assert make(project, "build")[0] == 0
    mistake = next(m for m in MISTAKES if m.name == "a figure changed without its sentence")
    facts = project / mistake.file
    before = facts.stat()
    expected = make_mistake(project, mistake)
    assert facts.stat().st_size == before.st_size
    os.utime(facts, ns=(before.st_atime_ns, before.st_mtime_ns))
    status, output = make(project, "build")
    assert status != 0
    assert expected in output


def test_a_damaged_kept_check_is_checked_again(project):
    assert make(project, "build")[0] == 0
    built = (project / "site" / "index.html").read_bytes()
    kept = list((project / ".cache" / "checked").glob("*.pickle"))
    assert kept
    for path in kept:
        damaged = bytearray(path.read_bytes())
        damaged[len(damaged) // 2] ^= 0xFF
        path.write_bytes(bytes(damaged))
    status, output = make(project, "build")
    assert (status, "Traceback" in output) == (0, False), output
    assert (project / "site" / "index.html").read_bytes() == built


def test_a_check_that_cannot_be_kept_still_builds_and_still_stops_mistakes(project):
    (project / ".cache").mkdir()
    (project / ".cache" / "checked").write_text("a file where the folder should be")
    status, output = make(project, "build")
    assert (status, "Traceback" in output) == (0, False), output
    expected = make_mistake(project, MISTAKES[0])
    status, output = make(project, "build")
    assert status != 0
    assert expected in output


def test_records_hold_every_field_the_schema_checks():
    """The build holds plain records of what the schema let through, field for field."""
    for model, record in schema.RECORDS.items():
        assert [field.name for field in dataclasses.fields(record)] == list(model.model_fields)


@pytest.mark.parametrize("mistake", BUILT, ids=lambda m: m.name)
def test_make_check_finds_the_same_mistake_without_building(project, mistake):
    expected = make_mistake(project, mistake)
    status, output = make(project, "check")
    assert status != 0
    assert expected in output.splitlines()
    assert "Traceback" not in output


@pytest.mark.parametrize("mistake", [m for m in MISTAKES if m not in BUILT], ids=lambda m: m.name)
def test_the_check_finds_each_mistake_with_its_one_line(project, mistake, capsys):
    expected = make_mistake(project, mistake)
    status, output = check.main(project), capsys.readouterr().out
    assert status != 0
    assert expected in output.splitlines()
    assert "Traceback" not in output


def test_make_check_passes_the_project_as_it_is(project):
    pages = len(list((project / "docs").rglob("*.md"))) + len(
        list((project / "report").rglob("*.md"))
    )
    editions = ", ".join(sorted(p.name for p in (project / "data" / "editions").iterdir()))
    status, output = make(project, "check")
    last_line = output.strip().splitlines()[-1]
    assert (status, last_line) == (0, f"editions {editions} and {pages} pages: all good")


@pytest.mark.parametrize("guide", ["EDITING.md", "EDITING.lo.md"])
@pytest.mark.parametrize("mistake", MISTAKES, ids=lambda m: m.name)
def test_the_editors_guides_explain_every_message(guide, mistake):
    """Each kind of message appears in the guides' tables (any fact, any number)."""
    message = mistake.message.format(line=1, previous=1, next=1)
    message = re.sub(r"^[^ ]+:\d+: ", "", message)
    message = re.sub(r"^[a-z_]+\.[a-z_]+: ", "", message)
    shape = re.escape(message[:30])
    shape = re.sub(r"[a-z_]+\\\.[a-z_]+", r"[a-z_.]+", shape)
    shape = re.sub(r"\d+", r"\\d+", shape)
    assert re.search(shape, (ROOT / guide).read_text("utf-8")), shape


WRITTEN_RIGHT = {
    "a link to a page by an address with %20": (
        ENGLISH_PAGE,
        "Laos is on",
        "See [the charts](charts%2Emd). Laos is on",
    ),
    "a page's address shown as code": (ENGLISH_PAGE, "Laos is on", "Type `gone.md`. Laos is on"),
    "a note written below the text with an indent": (
        ENGLISH_PAGE,
        "Laos is on",
        "Laos[^a] is on",
        "\n\n   [^a]: A note.\n",
    ),
    "a heading's id after a no-break space": (
        ENGLISH_PAGE,
        "Laos is on",
        "{\u00a0#tier }\n\nLaos is on",
    ),
    "a long list of short items": (ENGLISH_PAGE, "Laos is on", "- item\n" * 3000 + "\nLaos is on"),
    "a file in a hidden folder of docs/": ("docs/en/.drafts/notes.txt", "", "a draft\n"),
    "a host's address file": ("docs/CNAME", "", "example.org\n"),
}


@pytest.mark.parametrize("right", WRITTEN_RIGHT.values(), ids=WRITTEN_RIGHT.keys())
def test_what_is_written_right_passes_the_check(project, right, capsys):
    """What the newer checks must not take for a mistake."""
    file, before, after, *end = right
    path = project / file
    text = path.read_text("utf-8") if path.exists() else ""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text.replace(before, after, 1) + "".join(end), "utf-8")
    assert check.main(project) == 0, capsys.readouterr().out
