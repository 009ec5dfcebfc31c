"""The home pages name the newest edition and link it, say what a later report the site does
not hold yet found (from the tier history), and list every edition, newest first."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest
import yaml

from tests.editions import NEWEST, ROOT, names
from tests.site import LANGUAGES, PREFIX, ROOTS

HISTORY = yaml.safe_load((ROOT / "data" / "tier-history.yaml").read_text("utf-8"))
RATINGS = yaml.safe_load((ROOT / "data" / "ratings.yaml").read_text("utf-8"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_home_page_names_the_newest_edition_and_what_came_after(site, lang):
    home = site.url + ROOTS[lang]
    article = site.soup(ROOTS[lang]).select_one("article")
    heading = article.select_one("h2#newest")
    assert NEWEST in heading.get_text()
    assert urljoin(home, heading.a["href"]) == site.url + PREFIX[lang]
    later = [year for year in HISTORY if year > int(NEWEST) and HISTORY[year]["rating"] in RATINGS]
    note = heading.find_next_sibling("p")
    if later:
        assert str(later[-1]) in note.get_text()
        assert RATINGS[HISTORY[later[-1]]["rating"]][lang] in note.get_text()
        assert urljoin(home, note.a["href"]) == home + "tiers/"
    listed = [urljoin(home, a["href"]) for a in article.select(".editions li > a:first-child")]
    assert listed == [f"{home}{name}/" for name in sorted(names(), reverse=True)]
