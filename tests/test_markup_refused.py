"""Markup that could run a script, redirect the reader or frame another page is refused by the
check wherever an editor writes it, with the file and line, before anything is built."""

from __future__ import annotations

import pytest

from macros.checks.checked import check_project
from tests.conftest import ROOT, copy_fixture
from tests.mistakes import ENGLISH_HOME, FACTS, LAO_HOME, PROTECTION, SOURCES
from tests.site import LANGUAGES

SCRIPT = "a <script> tag: the site's files hold text and Markdown, never a <script>; remove it"
HANDLER = "an event handler (onerror=) in a tag: nothing on the site runs a script; remove it"
ADDRESS = "a javascript: address runs a script; link to a web page (https://…) instead"
PLACES = {
    "a page's text": (ENGLISH_HOME, "people were identified"),
    "a page's title": (LAO_HOME, "title:"),
    "an included text": (PROTECTION, "identified"),
    "a fact's label": (FACTS, "label:"),
    "a quote": (FACTS, "quote:"),
    "a publisher's name": (SOURCES, "publisher:"),
    "the interface words": ("data/interface.yaml", "made_with:"),
    "the chart words": ("data/charts.yaml", "title:"),
    "the menu": ("mkdocs.yml", "site_name:"),
}
PAYLOADS = {
    "<script>window.x=1</script>": SCRIPT,
    '<img src="x" onerror="window.x=1">': HANDLER,
    "[more](javascript:window.x=1)": ADDRESS,
    '<meta http-equiv="refresh" content="0;url=https://example.org/">': "a <meta> tag: the site's "
    "files hold text and Markdown, never a <meta>; remove it",
    '<base href="https://example.org/">': "a <base> tag: the site's files hold text and "
    "Markdown, never a <base>; remove it",
    '<IFRAME src="https://example.org/">': "a <iframe> tag: the site's files hold text and "
    "Markdown, never a <iframe>; remove it",
    '<object data="x.swf">': "a <object> tag: the site's files hold text and Markdown, never a "
    "<object>; remove it",
    "<svg/onload=window.x=1>": HANDLER.replace("onerror", "onload"),
    '{: onclick="window.x=1" }': HANDLER.replace("onerror", "onclick"),
    '<a href="&#106;ava&#x09;script&colon;window.x=1">x</a>': ADDRESS,
    "<style>body { display: none }</style>": "a <style> tag: the site's files hold text and "
    "Markdown, never a <style>; remove it",
}


def written_in(project, file: str, marker: str, payload: str) -> int:
    """`payload` added at the end of the first line holding `marker`; that line's number."""
    path = project / file
    lines = path.read_text("utf-8").splitlines(keepends=True)
    number = next(n for n, line in enumerate(lines) if marker in line)
    lines[number] = lines[number].rstrip("\n") + " " + payload + "\n"
    path.write_text("".join(lines), "utf-8")
    return number + 1


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("payload", PAYLOADS)
def test_markup_is_refused_where_it_is_written(tmp_path, place, payload):
    project = copy_fixture(tmp_path / "project")
    file, marker = PLACES[place]
    line = written_in(project, file, marker, payload)
    assert check_project(project, keep=False).problems == [f"{file}:{line}: {PAYLOADS[payload]}"]


def test_a_page_named_with_markup_is_refused(tmp_path):
    project = copy_fixture(tmp_path / "project")
    for lang in LANGUAGES:
        (project / "docs" / lang / 'x"><svg onload=alert(1)>.md').write_text("# x\n", "utf-8")
    problems = check_project(project, keep=False).problems
    assert problems[0] == (
        'docs/en/x"><svg onload=alert(1)>.md:1: the file\'s name holds ", which a page address '
        "cannot show as written; rename the file with letters, digits and -"
    )


def test_text_about_scripts_is_not_markup(tmp_path):
    """Words that name these things, outside a tag, are text an editor may write."""
    project = copy_fixture(tmp_path / "project")
    written_in(project, ENGLISH_HOME, "people were identified", "Scripts, meta and base.")
    assert check_project(project, keep=False).problems == []


@pytest.mark.parametrize("guide", ["EDITING.md", "EDITING.lo.md"])
def test_the_guides_say_what_each_message_means(guide):
    text = (ROOT / guide).read_text("utf-8")
    for message in {SCRIPT, HANDLER, ADDRESS}:
        assert f"| `{message}` |" in text
