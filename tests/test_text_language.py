"""Words in another language than the page's are set with text_lang: set within a line, they
end on that line, or the rest of the page would be written in that language without a word."""

from __future__ import annotations

from macros.checks.checked import check_project
from tests.conftest import copy_fixture
from tests.site import LANGUAGES

PAGE = f"docs/{LANGUAGES[0]}/index.md"
OTHER = LANGUAGES[1]


def with_line(tmp_path, line: str) -> tuple[list[str], int]:
    """The fixture's problems with `line` added to a page, and that line's number."""
    project = copy_fixture(tmp_path / "project")
    page = project / PAGE
    text = page.read_text("utf-8").rstrip("\n") + "\n\n"
    page.write_text(text + line + "\n", "utf-8")
    return check_project(project, keep=False).problems, text.count("\n") + 1


def test_words_in_another_language_not_ended_on_their_line(tmp_path):
    problems, line = with_line(
        tmp_path,
        f'<span lang="{OTHER}">{{% set text_lang = "{OTHER}" %}}{{{{ fact("rating.tier") }}}}'
        "</span>",
    )
    assert problems == [
        f"{PAGE}:{line}: the words in another language set here are not ended on this line: end "
        "them with {% set text_lang = None %}, or the rest of the page is written in that language"
    ]


def test_words_ended_on_their_line_are_fine(tmp_path):
    problems, _ = with_line(
        tmp_path,
        f'<span lang="{OTHER}">{{% set text_lang = "{OTHER}" %}}{{{{ fact("rating.tier") }}}}'
        "{% set text_lang = None %}</span>",
    )
    assert problems == []


def test_a_language_the_site_does_not_have(tmp_path):
    problems, line = with_line(tmp_path, '{% set text_lang = "xx" %}')
    assert problems == [
        f"{PAGE}:{line}: text_lang is one of the site's languages ({', '.join(LANGUAGES)}), or "
        "None where the page's own language resumes"
    ]
