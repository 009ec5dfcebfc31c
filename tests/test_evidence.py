"""Every figure's quoted sentence is the publisher's, word for word, and states that figure,
read back independently of the site's own check."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.page_checks import Project, unstated_figure

PROJECT = Project(ROOT)


@pytest.mark.parametrize("fact_id, year", PROJECT.fact_years(), ids=lambda item: str(item))
def test_each_figure_is_stated_by_its_own_sentence_in_the_source(site, fact_id, year):
    assert unstated_figure(site, PROJECT, fact_id, year) is None
