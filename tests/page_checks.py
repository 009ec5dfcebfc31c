"""The promises every built site keeps, whatever report it holds: each check reads one
project's own facts, pages and source text, so it runs on this year's site and on the fixture
project alike, and still holds when the report moves on a year."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import yaml

from tests.editions import facts_file, names, source_files
from tests.facts_file import expected_value, quote_for, read_facts
from tests.shown_figures import ORDINALS, WORDS, date, number, value_attribute
from tests.site import LANGUAGES, ROOTS, Site, squeezed

MACRO_CALL = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
DIGIT = re.compile(r"[0-9\u0ed0-\u0ed9]")
# Names, not figures: a disease, and a rating other than Laos's own
ALLOWED_WITH_DIGITS = ("COVID-19", "ໂຄວິດ-19", "Tier 2 Watch List", "ບັນຊີເຝົ້າຕິດຕາມ ຂອງກຸ່ມທີ 2")
NUMERAL = re.compile(r"\$?[0-9\u0ed0-\u0ed9][0-9\u0ed0-\u0ed9,]*(?:\.[0-9]+)?(?: million)?")
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
ENGLISH_DATE = re.compile(rf"(?:{MONTHS}) (?:\d{{1,2}}, )?\d{{4}}")
LAO_DATE = re.compile(r"[\u0ed0-\u0ed9]+ \S+ [\u0ed0-\u0ed9]{4}")


class Project:
    """One project's facts, pages and publisher's text, as the checks read them."""

    def __init__(self, root: Path):
        self.root = root
        self.facts = read_facts(facts_file(root))
        self.by_edition = {
            name: read_facts(root / "data" / "editions" / name / "facts.yaml")
            for name in names(root)
        }
        self.ratings = yaml.safe_load((root / "data" / "ratings.yaml").read_text("utf-8"))
        self.source_text = squeezed(" ".join(p.read_text("utf-8") for p in source_files(root)))

    def facts_of(self, path: str) -> dict:
        """The facts of the edition a page belongs to (the newest's, on the home pages)."""
        return self.by_edition.get(edition_in(path), self.facts)

    def markdown(self) -> list[Path]:
        """Every edition's pages and texts, and the ones every edition shares."""
        return sorted([*(self.root / "docs").rglob("*.md"), *(self.root / "report").rglob("*.md")])

    def fact_years(self) -> list[tuple[str, int | None]]:
        return [
            (fact_id, year)
            for fact_id, fact in self.facts.items()
            for year in fact.get("values", [None])
        ]


def edition_in(path: str) -> str:
    """The edition folder a site path is in ("" for a home page)."""
    return path.removeprefix(ROOTS["en"]).split("/")[0]


def all_data(site: Site):
    """(page path, text language, element) for every figure on every page."""
    for lang in LANGUAGES:
        for path in site.page_paths(lang):
            for element in site.soup(path).select("data[data-fact]"):
                yield path, element.find_parent(attrs={"lang": True})["lang"], element


def typed_figures(markdown: Path) -> list[str]:
    """Lines of a page that hold a digit outside its macro calls."""
    text = MACRO_CALL.sub("", markdown.read_text("utf-8"))
    for allowed in ALLOWED_WITH_DIGITS:
        text = text.replace(allowed, "")
    return [line for line in text.splitlines() if DIGIT.search(line)]


def figures_not_their_facts(site: Site, project: Project) -> list:
    """Figures whose value is not their fact's, or whose text does not read as that value."""
    wrong = []
    for path, lang, element in all_data(site):
        fact = project.facts_of(path)[element["data-fact"]]
        value = element["value"]
        if value != expected_value(fact, element.get("data-year")):
            wrong.append((path, str(element)))
        elif element.has_attr("data-wording"):  # the text's own words, checked as source text
            if DIGIT.search(element.get_text()):
                wrong.append((path, str(element)))
        elif fact["kind"] == "rating":
            if element.get_text() not in rating_texts(project.ratings[value], lang):
                wrong.append((path, str(element)))
        elif value_attribute(fact["kind"], element.get_text(), lang) != value:
            wrong.append((path, str(element)))
    return wrong


def rating_texts(rating: dict, lang: str) -> set[str]:
    """How a text in `lang` may show a rating: its words, or the tier's number alone where
    the text writes its own word before it (the article's "Tiers 2")."""
    return {rating[lang]} | ({str(rating["number"])} if "number" in rating else set())


def facts_with_two_values(site: Site) -> dict:
    values = defaultdict(set)
    for path, _, element in all_data(site):
        key = (edition_in(path), element["data-fact"], element.get("data-year"))
        values[key].add(element["value"])
    return {key: shown for key, shown in values.items() if len(shown) > 1}


def figures_in(quote: str) -> set[int]:
    """Every whole number the sentence states, in digits or in words."""
    found = {number(text.rstrip(","), "en") for text in NUMERAL.findall(quote)}
    for words in (WORDS["en"], ORDINALS):
        found |= {
            words.index(word) + 1 for word in re.findall(r"[a-z]+", quote.lower()) if word in words
        }
    found |= {WORDS["lo"].index(word) + 1 for word in WORDS["lo"] if word in quote}
    return found


def dates_in(quote: str) -> set[str]:
    found = {date(text, "en") for text in ENGLISH_DATE.findall(quote)}
    return found | {date(text, "lo") for text in LAO_DATE.findall(quote)}


def unstated_figure(site: Site, project: Project, fact_id: str, year: int | None) -> str | None:
    """What is wrong with a figure's evidence, read independently of the site's own check:
    its sentence must be in the source word for word and state the figure."""
    fact = project.facts[fact_id]
    quote = quote_for(fact, year)
    if squeezed(quote) not in project.source_text:
        return f"not in the source: {quote}"
    value = fact["values"][year] if year is not None else fact["value"]
    if fact["kind"] == "date":
        stated = value in dates_in(quote)
    elif fact["kind"] == "month":
        stated = value in {day[:7] for day in dates_in(quote)}
    elif fact["kind"] == "rating":
        stated = names_rating(quote, value, project.ratings)
    elif isinstance(value, dict):
        stated = {value["min"], value["max"]} <= figures_in(quote)
    elif value == 0:  # stated in words: the words some page gives for it are in the sentence
        selector = f'data[data-fact="{fact_id}"][data-year="{year}"][data-wording]'
        pages = [site.soup(path) for path in site.page_paths("en")]
        wordings = {element.get_text() for page in pages for element in page.select(selector)}
        stated = any(wording in quote for wording in wordings)
    else:
        stated = value in figures_in(quote)
    return None if stated else f"{value} is not stated by: {quote}"


def names_rating(quote: str, key: str, ratings: dict) -> bool:
    """Whether `quote` names the rating `key` whole: its words are left once every longer
    rating's words that hold them ("Tier 2 Watch List" for "Tier 2") are taken out."""
    for words in (ratings[key][lang] for lang in LANGUAGES):
        rest = quote
        for other in ratings.values():
            for longer in (other[lang] for lang in LANGUAGES):
                if longer != words and words in longer:
                    rest = rest.replace(longer, "")
        if words in rest:
            return True
    return False


def broken_promises(site: Site, project: Project) -> list:
    """Every page check at once, for a site built from `project`."""
    problems = [(str(path), typed_figures(path)) for path in project.markdown()]
    problems = [problem for problem in problems if problem[1]]
    problems += figures_not_their_facts(site, project)
    problems += list(facts_with_two_values(site).items())
    for fact_id, year in project.fact_years():
        unstated = unstated_figure(site, project, fact_id, year)
        if unstated:
            problems.append((fact_id, year, unstated))
    return problems
