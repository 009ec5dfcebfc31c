"""The glossary page lists every term of data/glossary.yaml in both languages, the reader's
language first, each with how sure its Lao wording is, and each row a place a link can name."""

from __future__ import annotations

import pytest
import yaml

from tests.editions import ROOT
from tests.site import LANGUAGES, ROOTS

TERMS = yaml.safe_load((ROOT / "data" / "glossary.yaml").read_text("utf-8"))["terms"]
WORDS = yaml.safe_load((ROOT / "data" / "interface.yaml").read_text("utf-8"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_glossary_page_lists_every_term(site, lang):
    rows = site.soup(ROOTS[lang] + "glossary/").select(".glossary tbody tr")
    assert [row["id"] for row in rows] == list(TERMS)
    for row in rows:
        term = TERMS[row["id"]]
        cells = row.find_all("td")
        assert cells[0]["lang"] == lang
        assert {cell["lang"]: cell.get_text() for cell in cells[:2]} == {
            "en": term["en"],
            "lo": term["lo"],
        }
        assert cells[2].get_text() == WORDS[lang][f"glossary_{term['status']}"]
