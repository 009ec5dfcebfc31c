"""Slips an editor makes while pasting: an invisible space in a fact's name is named, and a
character reference (&#8217;, a CMS's apostrophe) is not taken for a typed figure."""

from __future__ import annotations

from macros.checks.checked import check_project
from macros.checks.typed_figures import typed_figures
from tests.conftest import copy_fixture
from tests.mistakes import ENGLISH_HOME

PAGE = ENGLISH_HOME


def test_a_no_break_space_in_a_facts_name_is_named(tmp_path):
    project = copy_fixture(tmp_path / "project")
    page = project / PAGE
    text = page.read_text("utf-8")
    call = 'fact("rating.tier")'
    assert call in text
    page.write_text(text.replace(call, 'fact("rating.tier\u00a0")', 1), "utf-8")
    line = text[: text.index(call)].count("\n") + 1
    assert check_project(project, keep=False).problems == [
        f"{PAGE}:{line}: the fact's name 'rating.tier' has a no-break space in it: delete it"
    ]


def test_a_character_reference_is_not_a_typed_figure():
    assert list(typed_figures("Laos&#8217;s government &#x2019; and &amp;")) == []
    assert list(typed_figures("Laos&#8217;s 75 people")) == [(1, "75")]
