"""Mistakes an editor can make, each written into the fixture project (tests/fixture), with the
one line `make check`, the build and the preview must give for it.

`{line}` in a message is the line of the first `marker` in the broken file; `{previous}` and
`{next}` the lines around it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]

FACTS = "data/editions/2019/facts.yaml"
SOURCES = "data/editions/2019/sources.yaml"
WORDS = "data/number-words.yaml"
LAO_HOME = "docs/lo/2019/index.md"
ENGLISH_HOME = "docs/en/2019/index.md"
PROTECTION = "report/2019/protection.md"
PROSECUTION = "report/2019/prosecution.md"
PROSECUTION_LO = "report/2019/prosecution.lo.md"
LAO_PROSECUTION_PAGE = "docs/lo/2019/report/prosecution.md"
GLOSSARY = "data/glossary.yaml"
VICTIMS = "protection.victims_identified"
VICTIMS_LINE = "    values: {2018: 40, 2017: 52}\n"
TIER = "    kind: rating\n    value: tier_2\n"
YEAR = "    kind: year\n    value: 2019\n"
HISTORY = "data/tier-history.yaml"
RATINGS = ", ".join(yaml.safe_load((ROOT / "data" / "ratings.yaml").read_text("utf-8")))
ONLY_CALLS = 'only a macro call can stand in {{{{ }}}}, like {{{{ fact("...") }}}}'
TIER_LABEL = "label: {lo: ກຸ່ມ, en: tier}"
SETTINGS = "the page's settings (title, description)"
PAGE_STATEMENTS = '{{% include "..." %}} and {{% set text_lang = "en" %}}'
SHELTER = (
    "  shelter_opened:\n"
    "    kind: month\n"
    '    value: "2018-03"\n'
    "    label: {lo: ເດືອນທີ່ເປີດທີ່ພັກ, en: month the shelter opened}\n"
    '    source: {page: protection, quote: "In March 2018, the government opened a shelter."}\n'
)
BOMB = "".join(
    f"{name}: &{name} [{', '.join([f'*{before}'] * 9)}]\n"
    for before, name in zip("abcdefgh", "bcdefghi", strict=True)
)
MACROS = (
    "fact(...), facts_table(...), downloads(...), chart(...), source(...), page_address(...), "
    "key_figures(...), every_edition(...), newest_edition(...), glossary_table(...), "
    "tier_history(...), years_on_tier(...), same_page_in(...), chapter_text(...)"
)


@dataclass
class Mistake:
    name: str
    file: str
    before: str
    after: str
    message: str
    marker: str
    encoding: str = "utf-8"
    deleted: bool = False  # the editor removed the whole file
    build: bool = False  # also run the real `make check` and `make build` on it


MISTAKES = [
    # Pages: names
    Mistake(
        "misspelt fact id in a page",
        LAO_HOME,
        'fact("report.year")',
        'fact("report.yaer")',
        "docs/lo/2019/index.md:{line}: there is no fact 'report.yaer' in "
        "data/editions/2019/facts.yaml; "
        "did you mean 'report.year'?",
        "report.yaer",
        build=True,
    ),
    Mistake(
        "misspelt fact id in an included file",
        PROTECTION,
        'fact("protection.shelter_opened")',
        'fact("protection.shelter_openned")',
        "report/2019/protection.md:{line}: there is no fact 'protection.shelter_openned' in "
        "data/editions/2019/facts.yaml; did you mean 'protection.shelter_opened'?",
        "shelter_openned",
    ),
    Mistake(
        "a fact misspelt only where it is used a second time",
        PROTECTION,
        'fact("protection.victims_identified", year="previous")',
        'fact("protection.victim_identified", year="previous")',
        "report/2019/protection.md:{line}: there is no fact 'protection.victim_identified' in "
        "data/editions/2019/facts.yaml; did you mean 'protection.victims_identified'?",
        "victim_identified",
    ),
    Mistake(
        "a year the fact does not have",
        PROTECTION,
        'fact("protection.sex_trafficking_victims")',
        'fact("protection.sex_trafficking_victims", year="previous")',
        "report/2019/protection.md:{line}: protection.sex_trafficking_victims has no figure for "
        "2017 (it has 2018)",
        'fact("protection.sex_trafficking_victims"',
    ),
    Mistake(
        "a year on a fact with one value",
        ENGLISH_HOME,
        'fact("rating.tier")',
        'fact("rating.tier", year="previous")',
        "docs/en/2019/index.md:{line}: rating.tier has one value, not one per year: drop year=",
        'fact("rating.tier"',
    ),
    Mistake(
        "a misspelt macro name",
        LAO_HOME,
        'fact("report.year")',
        'fakt("report.year")',
        "docs/lo/2019/index.md:{line}: there is no macro 'fakt'; did you mean fact(...)?",
        "fakt(",
    ),
    Mistake(
        "a misspelt chart name",
        "docs/en/2019/charts.md",
        "# Charts\n",
        '# Charts\n\n{{ chart("victims_by_grup") }}\n',
        "docs/en/2019/charts.md:{line}: there is no chart 'victims_by_grup'; did you mean "
        "'victims_by_group'?",
        "victims_by_grup",
    ),
    Mistake(
        "a misspelt include",
        ENGLISH_HOME,
        '{% include "credit.en.md" %}',
        '{% include "credits.en.md" %}',
        "docs/en/2019/index.md:{line}: there is no file 'credits.en.md' in report/ to include; "
        "did you mean 'credit.en.md'?",
        "credits.en.md",
        build=True,
    ),
    Mistake(
        "a source deleted that pages credit",
        SOURCES,
        "chapter:\n  what: {lo: ລາຍງານ, en: report chapter}\n",
        "old:\n  what: {lo: ລາຍງານ, en: report chapter}\n",
        "report/translation-notice.lo.md:2: there is no source 'chapter' in "
        "data/editions/2019/sources.yaml: add it there, or, if it was deleted, restore it from git",
        "old:",
    ),
    Mistake(
        "a misspelt source",
        "report/credit.en.md",
        'source("article", "publisher")',
        'source("artcle", "publisher")',
        "report/credit.en.md:{line}: there is no source 'artcle' in "
        "data/editions/2019/sources.yaml; "
        "did you mean 'article'?",
        "artcle",
    ),
    Mistake(
        "a misspelt source field",
        "report/credit.en.md",
        'source("article", "publisher")',
        'source("article", "publsher")',
        "report/credit.en.md:{line}: source 'article' has no field 'publsher'; "
        "did you mean 'publisher'?",
        "publsher",
    ),
    Mistake(
        "a name that is no macro",
        ENGLISH_HOME,
        "Laos is on",
        "{{ victims }} Laos is on",
        f"docs/en/2019/index.md:{{line}}: there is no macro 'victims' (one of: {MACROS})",
        "{{ victims }}",
    ),
    # Pages: options
    Mistake(
        "a misspelt option",
        ENGLISH_HOME,
        'fact("protection.victims_identified", year="previous")',
        'fact("protection.victims_identified", yr="previous")',
        "docs/en/2019/index.md:{line}: fact() has no option 'yr='; did you mean year=?",
        'yr="previous"',
    ),
    Mistake(
        "a year without quotes",
        ENGLISH_HOME,
        'fact("protection.victims_identified", year="previous")',
        'fact("protection.victims_identified", year=previous)',
        'docs/en/2019/index.md:{line}: year= needs its value in quotes, like year="previous"',
        "year=previous",
    ),
    Mistake(
        "a misspelt year word",
        ENGLISH_HOME,
        'fact("protection.victims_identified", year="previous")',
        'fact("protection.victims_identified", year="previus")',
        'docs/en/2019/index.md:{line}: year= cannot be "previus"; did you mean year="previous"?',
        'year="previus"',
    ),
    Mistake(
        "a misspelt date form",
        "report/credit.en.md",
        'form="long"',
        'form="lnog"',
        'report/credit.en.md:{line}: form= cannot be "lnog": use a name or a pattern like '
        '"MMMM y"; did you mean form="long"?',
        'form="lnog"',
    ),
    Mistake(
        "a date form on a count",
        ENGLISH_HOME,
        'fact("rating.tier")',
        'fact("rating.tier", form="full")',
        'docs/en/2019/index.md:{line}: form= cannot be "full" for a rating (one of: form="number")',
        'form="full"',
    ),
    Mistake(
        "an ordinal of a date",
        "report/credit.en.md",
        'form="long"',
        'form="long", ordinal=true',
        "report/credit.en.md:{line}: ordinal= is for counts; report.copy_date is a date",
        "ordinal=true",
    ),
    Mistake(
        "yes for true",
        ENGLISH_HOME,
        'fact("rating.tier")',
        'fact("rating.tier", cap="yes")',
        "docs/en/2019/index.md:{line}: cap= is true or false, not 'yes'",
        'cap="yes"',
    ),
    Mistake(
        "digits in a wording",
        ENGLISH_HOME,
        'fact("rating.tier")',
        'fact("rating.tier", wording="2")',
        "docs/en/2019/index.md:{line}: wording= states the figure in words: a typed number belongs "
        "in data/editions/2019/facts.yaml",
        'wording="2"',
    ),
    Mistake(
        "an unknown digits option",
        LAO_HOME,
        'digits="lao"',
        'digits="thai"',
        "docs/lo/2019/index.md:{line}: digits= can only be \"lao\", not 'thai'",
        'digits="thai"',
    ),
    Mistake(
        "a fact call without an id",
        ENGLISH_HOME,
        'fact("rating.tier")',
        "fact()",
        "docs/en/2019/index.md:{line}: fact() needs one fact id in quotes, like "
        'fact("protection.victims_identified")',
        "fact()",
    ),
    # Pages: how a call is written
    Mistake(
        "single braces",
        ENGLISH_HOME,
        '{{ fact("rating.tier") }}',
        '{ fact("rating.tier") }',
        "docs/en/2019/index.md:{line}: a macro needs double braces: write {{{{ fact(...) }}}}",
        '{ fact("rating.tier") }',
    ),
    Mistake(
        "a call left open",
        ENGLISH_HOME,
        '{{ fact("rating.tier") }}',
        '{{ fact("rating.tier" }}',
        "docs/en/2019/index.md:{line}: a bracket ( in this macro is not closed: end the call with "
        "), "
        'like fact("...")',
        '{{ fact("rating.tier" }}',
        build=True,
    ),
    Mistake(
        "a paste of 18,000 characters in one paragraph, its brackets unclosed",
        ENGLISH_HOME,
        '{% include "credit.en.md" %}\n',
        '{% include "credit.en.md" %}\n\n' + "ab ({[ x " * 2000 + "\n",
        "docs/en/2019/index.md:{line}: this paragraph is 18,001 characters long, more than "
        "15,000: check what was pasted, and break it into paragraphs",
        "ab ({[",
        build=True,
    ),
    Mistake(
        "a figure typed into the text",
        ENGLISH_HOME,
        "Laos is on",
        "Some 40 people were helped. Laos is on Tier",
        'docs/en/2019/index.md:{line}: "40" is a figure typed into the text: take it from '
        'data/editions/2019/facts.yaml; did you mean {{{{ fact("protection.victims_identified") '
        "}}}}?",
        "Some 40 people",
        build=True,
    ),
    Mistake(
        "a figure typed in Lao digits",
        LAO_HOME,
        "ສຳເນົາເມື່ອ",
        "໔໐ ຄົນ. ສຳເນົາເມື່ອ",
        'docs/lo/2019/index.md:{line}: "໔໐" is a figure typed into the text: take it from '
        'data/editions/2019/facts.yaml; did you mean {{{{ fact("protection.victims_identified") '
        "}}}}?",
        "໔໐ ຄົນ",
    ),
    Mistake(
        "a figure typed in Thai digits (a Thai keyboard's)",
        LAO_HOME,
        "ສຳເນົາເມື່ອ",
        "๔๐ ຄົນ. ສຳເນົາເມື່ອ",
        'docs/lo/2019/index.md:{line}: "๔๐" is a figure typed into the text: take it from '
        'data/editions/2019/facts.yaml; did you mean {{{{ fact("protection.victims_identified") '
        "}}}}?",
        "๔๐ ຄົນ",
    ),
    Mistake(
        "a figure typed in full-width digits",
        ENGLISH_HOME,
        "Laos is on",
        "Some \uff14\uff10 people were helped. Laos is on Tier",
        'docs/en/2019/index.md:{line}: "\uff14\uff10" is a figure typed into the text: '
        "take it from data/editions/2019/facts.yaml; "
        'did you mean {{{{ fact("protection.victims_identified") }}}}?',
        "Some \uff14\uff10 people",
    ),
    Mistake(
        "a figure typed into a page title",
        ENGLISH_HOME,
        "title: A test report",
        "title: A test report for 2019",
        'docs/en/2019/index.md:{line}: "2019" is a figure typed into the text: take it from '
        'data/editions/2019/facts.yaml; did you mean {{{{ fact("report.year") }}}}?',
        "title: A test report for 2019",
    ),
    Mistake(
        "a macro in a page's title",
        ENGLISH_HOME,
        "title: A test report",
        'title: The {{ fact("report.year") }} report',
        "docs/en/2019/index.md:{line}: macros do not work in the page's settings (title, "
        "description)",
        "title: The",
    ),
    Mistake(
        "page settings that are not YAML",
        ENGLISH_HOME,
        "title: A test report",
        'title: A test report\ndescription: "A "test" report"',
        "docs/en/2019/index.md:{line}: the page's settings (title, description): a quote inside "
        "quoted text ends it early: use the other kind of quote (\u2019 or ') inside",
        "description:",
        build=True,
    ),
    Mistake(
        "words for a figure that is not none",
        ENGLISH_HOME,
        'fact("rating.tier")',
        'fact("rating.tier", wording="two")',
        "docs/en/2019/index.md:{line}: wording= is for a figure of none (0); rating.tier is "
        "tier_2: "
        "show the figure itself",
        'wording="two"',
    ),
    Mistake(
        "a filter on a figure",
        ENGLISH_HOME,
        '{{ fact("rating.tier") }}',
        '{{ fact("rating.tier") | replace("2", "3") }}',
        f"docs/en/2019/index.md:{{line}}: {ONLY_CALLS}",
        "| replace",
    ),
    Mistake(
        "a number typed in braces",
        ENGLISH_HOME,
        "Laos is on",
        "{{ 3 }} Laos is on Tier",
        f"docs/en/2019/index.md:{{line}}: {ONLY_CALLS}",
        "{{ 3 }}",
    ),
    Mistake(
        "sums in a page",
        LAO_HOME,
        '{{ fact("report.year") }}',
        '{{ fact("report.year") + 1 }}',
        f"docs/lo/2019/index.md:{{line}}: {ONLY_CALLS}",
        "+ 1",
    ),
    Mistake(
        "a value set in a page",
        ENGLISH_HOME,
        "Laos is on",
        "{% set tier = 3 %}Laos is on",
        "docs/en/2019/index.md:{line}: a page can only set text_lang, like {{% set text_lang = "
        '"en" %}}',
        "{% set tier",
    ),
    Mistake(
        "a figure inside a link's text",
        ENGLISH_HOME,
        'Laos is on {{ fact("rating.tier") }}.',
        '[Laos is on {{ fact("rating.tier") }}](report/index.md).',
        "docs/en/2019/index.md:{line}: a figure is a link itself: keep fact(...) out of a link's "
        "text",
        "[Laos is on",
    ),
    Mistake(
        "the other language's notice",
        "docs/en/2019/report/protection.md",
        "# Protection\n",
        '# Protection\n\n{% include "notice.lo.md" %}\n',
        "docs/en/2019/report/protection.md:{line}: 'notice.lo.md' is for the other language's "
        "pages",
        '{% include "notice.lo.md"',
    ),
    Mistake(
        "a page without its other language",
        "docs/en/2019/charts.md",
        "# Charts",
        "# Charts",
        "docs/en/2019/charts.md:1: this page is missing; docs/lo/2019/charts.md needs it",
        "# Charts",
        deleted=True,
        build=True,
    ),
    Mistake(
        "a picture from another site",
        ENGLISH_HOME,
        "Laos is on",
        "![map](https://example.org/map.png) Laos is on Tier",
        "docs/en/2019/index.md:{line}: the site loads nothing from other sites: save the file "
        "under "
        "docs/ and use it",
        "![map]",
    ),
    Mistake(
        "a year in quotes",
        ENGLISH_HOME,
        'year="previous"',
        'year="2017"',
        "docs/en/2019/index.md:{line}: write a year without quotes: year=2017",
        'year="2017"',
    ),
    Mistake(
        "curly quotes in a call",
        ENGLISH_HOME,
        'fact("rating.tier")',
        "fact(\u201crating.tier\u201d)",
        'docs/en/2019/index.md:{line}: write quotes in a macro straight, fact("..."), not curly '
        "“...”",
        "\u201crating",
    ),
    Mistake(
        "a heading id written without a space",
        ENGLISH_HOME,
        "Laos is on",
        "## Tier {#tier}\n\nLaos is on",
        "docs/en/2019/index.md:{line}: “{{#” starts a hidden note that is not closed: end the "
        "note with #}}, or, for a heading's id, write a space: {{ #my-id }}",
        "## Tier",
    ),
    Mistake(
        "a zero-width space between a macro's two braces",
        ENGLISH_HOME,
        '{{ fact("report.reporting_year") }}',
        '{\u200b{ fact("report.reporting_year") }}',
        "docs/en/2019/index.md:{line}: “{{{{” has a zero-width space between its two signs: "
        "delete it",
        "{\u200b{",
    ),
    Mistake(
        "a note's mark without its note",
        ENGLISH_HOME,
        "Laos is on",
        "Laos[^areas] is on",
        "docs/en/2019/index.md:{line}: the note mark [^areas] has no note: add a line [^areas]: … "
        "below the text, or remove the mark",
        "Laos[^areas]",
        build=True,
    ),
    Mistake(
        "a hidden note left open",
        ENGLISH_HOME,
        "Laos is on",
        "{# check this with the desk\n\nLaos is on",
        "docs/en/2019/index.md:{line}: “{{#” starts a hidden note that is not closed: end the "
        "note with #}}, or, for a heading's id, write a space: {{ #my-id }}",
        "{# check",
    ),
    # Pages: what would reach readers as code or markup
    Mistake(
        "a macro inside raw",
        ENGLISH_HOME,
        '{{ fact("rating.tier") }}',
        '{% raw %}{{ fact("rating.tier") }}{% endraw %}',
        "docs/en/2019/index.md:{line}: a macro inside {{% raw %}} reaches readers as its code: "
        "remove {{% raw %}} and {{% endraw %}}",
        "{% raw %}",
    ),
    Mistake(
        "a macro inside an HTML attribute",
        ENGLISH_HOME,
        '{{ fact("rating.tier") }}',
        '<span title="{{ fact("rating.tier") }}">2</span>',
        "docs/en/2019/index.md:{line}: a macro inside an HTML tag's < > reaches readers as broken "
        "markup: put it in the text, outside the tag",
        "<span title",
    ),
    Mistake(
        "an HTML comment with an old figure",
        ENGLISH_HOME,
        "Laos is on",
        "<!-- old figure: 110 --> Laos is on Tier",
        "docs/en/2019/index.md:{line}: an HTML comment is published in the page's source, where "
        "anyone "
        "can read it: write a note as {{# ... #}}, which is never published",
        "<!--",
    ),
    Mistake(
        "page settings not closed",
        ENGLISH_HOME,
        "description: A small report of our own, for tests.\n---\n",
        "description: A small report of our own, for tests.\n",
        f"docs/en/2019/index.md:{{line}}: {SETTINGS} have no closing --- line: add a line of --- "
        "after them",
        "---",
        build=True,
    ),
    Mistake(
        "a colon in a title without quotes",
        ENGLISH_HOME,
        "title: A test report",
        "title: Laos: a test report",
        f"docs/en/2019/index.md:{{line}}: {SETTINGS}: a colon and a space are inside the text: put "
        "the whole text in quotes",
        "title: Laos",
    ),
    Mistake(
        "a loop in a page",
        ENGLISH_HOME,
        '{{ fact("rating.tier") }}',
        '{% for i in range(3) %}{{ fact("rating.tier") }}{% endfor %}',
        "docs/en/2019/index.md:{line}: {{% for %}} is not something a page can use: a page can use "
        + PAGE_STATEMENTS,
        "{% for",
    ),
    Mistake(
        "a word after a call inside its braces",
        ENGLISH_HOME,
        '{{ fact("rating.tier") }}',
        '{{ fact("rating.tier") tier }}',
        "docs/en/2019/index.md:{line}: write one call between {{{{ and }}}}, and close it with "
        "}}}}, "
        'like {{{{ fact("...") }}}}',
        'fact("rating.tier") tier',
    ),
    Mistake(
        "an invisible space inside a fact id",
        ENGLISH_HOME,
        'fact("rating.tier")',
        'fact("rating.ti\u200ber")',
        "docs/en/2019/index.md:{line}: the fact's name 'rating.tier' has a zero-width space in it: "
        "delete it",
        "rating.ti\u200ber",
    ),
    Mistake(
        "a fact deleted that a page uses",
        FACTS,
        SHELTER,
        "",
        "report/2019/protection.md:3: there is no fact 'protection.shelter_opened' in "
        "data/editions/2019/facts.yaml: add it back there, or use another fact",
        "prosecution:",
    ),
    Mistake(
        "an included file deleted",
        "report/notice.lo.md",
        "!!! info",
        "!!! info",
        "docs/lo/2019/report/protection.md:8: there is no file 'notice.lo.md' in report/ to "
        "include: "
        "if it was deleted, restore it from git",
        "!!! info",
        deleted=True,
        build=True,
    ),
    Mistake(
        "an editor's backup copy of a page left in docs/",
        "docs/en/2019/index.md~",
        "",
        "Draft: not for readers\n",
        "docs/en/2019/index.md~:1: this file is neither a page (.md) nor a picture, and the site "
        "would publish it as it is: delete it, or keep it outside docs/",
        "Draft",
        build=True,
    ),
    Mistake(
        "a page named like another but for its capitals",
        "docs/en/2019/Charts.md",
        "",
        "---\ntitle: Charts\n---\n\n# Charts\n",
        "docs/en/2019/charts.md:1: this name differs from docs/en/2019/Charts.md only in its "
        "capitals: keep one of the two files",
        "---",
    ),
    Mistake(
        "a colon inside a menu word in mkdocs.yml",
        "mkdocs.yml",
        "Report: ລາຍງານ\n",
        "Report: ລາຍງານ: ສະບັບເຕັມ\n",
        "mkdocs.yml:{line}: a colon and a space are inside the text: put the whole text in quotes",
        "Report: ລາຍງານ:",
        build=True,
    ),
    Mistake(
        "a folder for a language the site does not have",
        "docs/th/index.md",
        "",
        '# Thai\n\n{% include "credit.en.md" %}\n',
        "docs/th/index.md:1: 'th' is not a language of this site: its pages go in docs/lo/ and "
        "docs/en/",
        "# Thai",
    ),
    Mistake(
        "an alias bomb in a page's settings",
        "docs/en/2019/charts.md",
        "---\ntitle: Charts\n",
        f"---\na: &a [x, x, x, x, x, x, x, x, x]\n{BOMB}title: Charts\n",
        f"docs/en/2019/charts.md:{{line}}: {SETTINGS}: anchors (&name) are not allowed in this "
        f"file: "
        "write the value out where it is used",
        "a: &a",
        build=True,
    ),
    Mistake(
        "a page far too large",
        ENGLISH_HOME,
        "Laos is on",
        "Laos " + "is " * 400_000 + "on Tier",
        "docs/en/2019/index.md:1: the file is larger than 1 MB, far more than the site needs: "
        "check what was pasted into it",
        "Laos is",
    ),
    # Facts file: labels readers would see wrong
    Mistake(
        "a list written as a key",
        FACTS,
        VICTIMS_LINE,
        "    [values]: {2018: 40, 2017: 52}\n",
        "data/editions/2019/facts.yaml:{line}: a key here is a list or a group in brackets: a key "
        "is a name, like `protection:`",
        "[values]",
    ),
    Mistake(
        "a year's figure left empty",
        FACTS,
        VICTIMS_LINE,
        "    values: {2018: ~, 2017: 52}\n",
        "data/editions/2019/facts.yaml:{line}: protection.victims_identified: values: for 2018, "
        "a count is a whole number, like 75; got nothing",
        "{2018: ~",
    ),
    Mistake(
        "a figure written as YAML's infinity",
        FACTS,
        VICTIMS_LINE,
        "    values: {2018: .inf, 2017: 52}\n",
        "data/editions/2019/facts.yaml:{line}: protection.victims_identified: values: for 2018, "
        "a count is a whole number, like 75; got inf",
        "{2018: .inf",
    ),
    Mistake(
        "Lao and English labels swapped",
        FACTS,
        TIER_LABEL,
        "label: {lo: tier, en: ກຸ່ມ}",
        "data/editions/2019/facts.yaml:{line}: rating.tier: `label.lo` holds no Lao letters: "
        "write it in Lao "
        "(are the lo and en words swapped?)",
        "label: {lo: tier",
        build=True,
    ),
    Mistake(
        "a label of only spaces",
        FACTS,
        TIER_LABEL,
        'label: {lo: ກຸ່ມ, en: "   "}',
        "data/editions/2019/facts.yaml:{line}: rating.tier: `label.en` is only spaces: write the "
        "words readers "
        "should see",
        'en: "   "',
    ),
    Mistake(
        "a label far too long",
        FACTS,
        TIER_LABEL,
        "label: {lo: ກຸ່ມ, en: " + "tier " * 1000 + "}",
        "data/editions/2019/facts.yaml:{line}: rating.tier: `label.en` is 4999 characters long, "
        "more than 200: "
        "shorten it",
        "en: tier tier",
    ),
    Mistake(
        "a label copied from another fact",
        FACTS,
        "label: {lo: ວັນທີສຳເນົາ, en: day the copy was taken}",
        "label: {lo: ວັນທີສຳເນົາ, en: Year of the report}",
        "data/editions/2019/facts.yaml:{line}: report.copy_date: `label.en` is the label of "
        "report.year too (line 6): readers could not tell the two figures apart; say what each "
        "one counts",
        "en: Year of the report}",
    ),
    Mistake(
        "Thai words in a Lao label (typed on a Thai keyboard)",
        FACTS,
        TIER_LABEL,
        "label: {lo: ກຸ່ມ ที่ถูกจัด, en: tier}",
        "data/editions/2019/facts.yaml:{line}: rating.tier: `label.lo` holds Thai letters "
        "(ที่ถูกจัด): write it in Lao (Latin letters only for names like ATD)",
        "label: {lo: ກຸ່ມ ที่",
    ),
    Mistake(
        "an emoji in a label",
        FACTS,
        TIER_LABEL,
        "label: {lo: ກຸ່ມ, en: tier 🇺🇳}",
        "data/editions/2019/facts.yaml:{line}: rating.tier: `label.en` holds a picture symbol "
        "(🇺), which the site's words do not use: remove it",
        "en: tier 🇺🇳}",
    ),
    Mistake(
        "an English word in the Lao number words",
        WORDS,
        "one_to_nine: [ນຶ່ງ, ສອງ,",
        "one_to_nine: [ນຶ່ງ, two,",
        "data/number-words.yaml:{line}: `lo.one_to_nine`: 'two' holds no Lao letters: write it "
        "in Lao (are the lo and en words swapped?)",
        "[ນຶ່ງ, two",
    ),
    Mistake(
        "an English label in Lao letters",
        FACTS,
        TIER_LABEL,
        "label: {lo: ກຸ່ມ, en: ກຸ່ມ}",
        "data/editions/2019/facts.yaml:{line}: rating.tier: `label.en` holds Lao letters: write "
        "it in English "
        "(are the lo and en words swapped?)",
        "en: ກຸ່ມ}",
    ),
    Mistake(
        "a quote left open",
        FACTS,
        'quote: "Laos remained on Tier 2."',
        'quote: "Laos remained on Tier 2.',
        "data/editions/2019/facts.yaml:{line}: the quote opened on this line is not closed: end "
        "the text with it",
        'quote: "Laos remained',
    ),
    Mistake(
        "a backslash in double quotes",
        FACTS,
        TIER_LABEL,
        'label: {lo: ກຸ່ມ, en: "tier\\2"}',
        "data/editions/2019/facts.yaml:{line}: a \\ inside double quotes starts a code: remove "
        "it, or put the "
        "text in single quotes",
        'en: "tier',
    ),
    Mistake(
        "a value starting with a sign YAML keeps",
        FACTS,
        TIER_LABEL,
        "label: {lo: ກຸ່ມ, en: @tier}",
        "data/editions/2019/facts.yaml:{line}: a value here starts with a sign YAML keeps for "
        "itself: put it "
        "in quotes",
        "en: @tier",
    ),
    Mistake(
        "raw left open",
        ENGLISH_HOME,
        "Laos is on",
        "{% raw %}Laos is on Tier",
        "docs/en/2019/index.md:{line}: {{% raw %}} is not closed: remove it, and any {{% endraw "
        "%}}",
        "{% raw %}",
    ),
    Mistake(
        "a fact's name left open",
        ENGLISH_HOME,
        'fact("rating.tier")',
        'fact("rating.tier)',
        "docs/en/2019/index.md:{line}: a quote in this macro is not closed: end the fact's name "
        "with "
        "the same quote",
        'fact("rating.tier)',
    ),
    # Facts file: how a figure is written
    Mistake(
        "a figure in quotes",
        FACTS,
        YEAR,
        '    kind: year\n    value: "2019"\n',
        'data/editions/2019/facts.yaml:{line}: report.year: value: "2019" is in quotes: write the '
        "figure "
        "without quotes",
        'value: "2019"',
    ),
    Mistake(
        "a no-break space inside a figure",
        FACTS,
        VICTIMS_LINE,
        "    values: {2018: 40, 2017: 1\u00a0052}\n",
        "data/editions/2019/facts.yaml:{line}: protection.victims_identified: values: for 2017, "
        "'1 052' has a "
        "no-break space in it: delete it and write the figure with plain digits",
        "1\u00a0052",
    ),
    Mistake(
        "a zero-width space inside a figure",
        FACTS,
        VICTIMS_LINE,
        "    values: {2018: 40, 2017: 5\u200b2}\n",
        "data/editions/2019/facts.yaml:{line}: protection.victims_identified: values: for 2017, "
        "'52' has a "
        "zero-width space in it: delete it and write the figure with plain digits",
        "5\u200b2",
    ),
    Mistake(
        "a thousands comma inside braces",
        FACTS,
        VICTIMS_LINE,
        "    values: {2018: 40, 2017: 1,052}\n",
        "data/editions/2019/facts.yaml:{line}: 1,052 has a comma, which YAML reads as two values "
        "inside {{ }} "
        "or [ ]: write the figure without commas, like 1052",
        "1,052",
    ),
    Mistake(
        "a range below zero",
        FACTS,
        "value: {min: 20000000, max: 60000000}",
        "value: {min: -5, max: 60000000}",
        "data/editions/2019/facts.yaml:{line}: law.fine_kip: value: a range cannot go below zero; "
        "got -5",
        "value: {min: -5",
    ),
    Mistake(
        "no space after a colon",
        FACTS,
        YEAR,
        "    kind: year\n    value:2019\n",
        "data/editions/2019/facts.yaml:{line}: `value:2019` needs a space after the colon: write "
        "`value: 2019`",
        "value:2019",
    ),
    Mistake(
        "a tab after a colon",
        FACTS,
        YEAR,
        "    kind: year\n    value:\t2019\n",
        "data/editions/2019/facts.yaml:{line}: a tab is not allowed here: replace it with a space",
        "value:\t2019",
    ),
    Mistake(
        "a fact indented too far",
        FACTS,
        "  forced_labor_victims:\n",
        "   forced_labor_victims:\n",
        "data/editions/2019/facts.yaml:{line}: this line is not indented like the lines around "
        "it: line it up "
        "with them",
        "   forced_labor_victims:",
    ),
    Mistake(
        "a quote between curly quotes",
        FACTS,
        'quote: "Laos remained on Tier 2."',
        "quote: \u201cLaos remained on Tier 2.\u201d",
        "data/editions/2019/facts.yaml:{line}: rating.tier: the quote is written between curly "
        "quotes "
        '\u201c…\u201d, which become part of it: put it between straight quotes "…"',
        "quote: \u201c",
    ),
    # Facts file: input that would make the check or the build run without end
    Mistake(
        "an anchor in the facts file",
        FACTS,
        TIER,
        "    kind: rating\n    value: &n tier_2\n",
        "data/editions/2019/facts.yaml:{line}: anchors (&name) are not allowed in this file: "
        "write the value "
        "out where it is used",
        "value: &n",
    ),
    Mistake(
        "brackets nested too deep",
        FACTS,
        VICTIMS_LINE,
        "    values: {2018: " + "[" * 100_000 + "]" * 100_000 + ", 2017: 52}\n",
        "data/editions/2019/facts.yaml:{line}: brackets or indents here go more than 20 levels "
        "deep, far more "
        "than the site needs: remove the extra ones",
        "values: {2018: [[",
    ),
    Mistake(
        "a facts file far too large",
        FACTS,
        "# A small report",
        "# A small report" + " of our own" * 500_000,
        "data/editions/2019/facts.yaml:1: the file is larger than 5 MB, far more than the site "
        "needs: "
        "check what was pasted into it",
        "# A small report",
    ),
    # Facts file: figures and their sums
    Mistake(
        "a total that is not the sum of its parts",
        FACTS,
        VICTIMS_LINE,
        "    values: {2018: 41, 2017: 52}\n",
        "data/editions/2019/facts.yaml:{line}: protection.victims_identified is 41 in 2018 but "
        "its parts add "
        "up to 40: protection.sex_trafficking_victims 31 + protection.forced_labor_victims 9",
        "  victims_identified:",
        build=True,
    ),
    Mistake(
        "a part that does not exist",
        FACTS,
        "      - protection.forced_labor_victims\n",
        "      - protection.forced_labour_victims\n",
        "data/editions/2019/facts.yaml:{line}: protection.victims_identified parts: there is no "
        "fact "
        "'protection.forced_labour_victims' in data/editions/2019/facts.yaml; did you mean "
        "'protection.forced_labor_victims'?",
        "protection.forced_labour_victims",
    ),
    Mistake(
        "words in a number",
        FACTS,
        VICTIMS_LINE,
        "    values: {2018: 40 people, 2017: 52}\n",
        "data/editions/2019/facts.yaml:{line}: protection.victims_identified: values: for 2018, a "
        "count is "
        "a whole number, like 75; got '40 people'",
        "40 people",
    ),
    Mistake(
        "a leading zero",
        FACTS,
        YEAR,
        "    kind: year\n    value: 02019\n",
        "data/editions/2019/facts.yaml:{line}: 02019 has a leading zero, which YAML reads as "
        "another number: "
        "write the figure with plain digits",
        "value: 02019",
    ),
    Mistake(
        "a figure with a colon",
        FACTS,
        VICTIMS_LINE,
        "    values: {2018: 4:00, 2017: 52}\n",
        "data/editions/2019/facts.yaml:{line}: 4:00 is not a number YAML reads as written (it "
        "reads 3:06 as "
        "186): write the figure with plain digits",
        "4:00",
    ),
    Mistake(
        "a figure with an underscore",
        FACTS,
        "value: {min: 20000000, max: 60000000}",
        "value: {min: 20_000_000, max: 60000000}",
        "data/editions/2019/facts.yaml:{line}: 20_000_000 has an underscore: write the figure "
        "with plain "
        "digits, like 1802",
        "20_000_000",
    ),
    Mistake(
        "a figure in hexadecimal",
        FACTS,
        YEAR,
        "    kind: year\n    value: 0x7E3\n",
        "data/editions/2019/facts.yaml:{line}: 0x7E3 is not written in plain digits: write the "
        "figure as it is "
        "said, like 306",
        "value: 0x7E3",
    ),
    Mistake(
        "a fraction where a whole number belongs",
        FACTS,
        "value: {min: 20000000, max: 60000000}",
        "value: {min: 20.5, max: 60000000}",
        "data/editions/2019/facts.yaml:{line}: 20.5 is not a whole number: figures are written in "
        "full (65.5 "
        "million is 65500000)",
        "20.5",
    ),
    Mistake(
        "a negative count",
        FACTS,
        VICTIMS_LINE,
        "    values: {2018: 40, 2017: -52}\n",
        "data/editions/2019/facts.yaml:{line}: protection.victims_identified: values: for 2017, a "
        "count is "
        "a whole number, like 75; got -52",
        "-52",
    ),
    Mistake(
        "a year out of range",
        FACTS,
        "    kind: year\n    value: 2019\n",
        "    kind: year\n    value: 20019\n",
        "data/editions/2019/facts.yaml:{line}: report.year: value: a year is a year between 1990 "
        "and 2100, "
        "like 2022; got 20019",
        "value: 20019",
    ),
    Mistake(
        "a year key out of range",
        FACTS,
        VICTIMS_LINE,
        "    values: {2018: 40, 217: 52}\n",
        "data/editions/2019/facts.yaml:{line}: protection.victims_identified: values: 217 is not "
        "a year "
        "between 1990 and 2100",
        "    values: {2018: 40, 217",
    ),
    Mistake(
        "a date that is no day",
        FACTS,
        'value: "2020-01-12"',
        'value: "2020-01-32"',
        "data/editions/2019/facts.yaml:{line}: report.copy_date: value: a date is a real day "
        "written "
        '"YYYY-MM-DD", like "2024-07-27"; got \'2020-01-32\'',
        "2020-01-32",
    ),
    Mistake(
        "a figure filed under the wrong page",
        FACTS,
        'source: {page: protection, quote: "In March 2018',
        'source: {page: prosecution, quote: "In March 2018',
        "data/editions/2019/facts.yaml:{line}: protection.shelter_opened: the 'prosecution' page "
        "does not "
        "show this figure, so its links would lead nowhere; it is on 'protection'",
        'page: prosecution, quote: "In March',
    ),
    Mistake(
        "a year key in quotes",
        FACTS,
        VICTIMS_LINE,
        '    values: {"2018": 40, 2017: 52}\n',
        "data/editions/2019/facts.yaml:{line}: protection.victims_identified: `values.2018` must "
        "be a whole "
        "number written without quotes, like 2022",
        '"2018": 40',
    ),
    # Facts file: evidence
    Mistake(
        "a figure changed without its sentence",
        FACTS,
        TIER,
        "    kind: rating\n    value: tier_3\n",
        "data/editions/2019/facts.yaml:{line}: rating.tier: the quote does not state Tier 3 "
        "(tier_3); quote the "
        "sentence of the report that does, or correct the figure",
        'quote: "Laos remained on Tier 2."',
        build=True,
    ),
    Mistake(
        "the other year's sentence",
        FACTS,
        '        2017: "This compared with identifying 52 trafficking victims in 2017."\n',
        '        2017: "The government identified 40 trafficking victims in 2018"\n',
        "data/editions/2019/facts.yaml:{line}: protection.victims_identified (2017): the quote "
        "does not "
        "state 52; quote the sentence of the report that does, or correct the figure",
        "        2017: ",
    ),
    Mistake(
        "a quote that is not the source's",
        FACTS,
        'quote: "nine victims of forced labor"',
        'quote: "nine victims of forced labour"',
        "data/editions/2019/facts.yaml:{line}: protection.forced_labor_victims (2018): the quote "
        "is not in "
        "source/2019/ "
        "word for word; did you mean “31 sex trafficking victims and nine victims of forced "
        "labor.”?",
        "forced labour",
    ),
    Mistake(
        "one year's sentence missing",
        FACTS,
        '        2017: "compared with convicting four traffickers in 2017."\n',
        "",
        "data/editions/2019/facts.yaml:{line}: prosecution.convictions: `source.quotes` needs one "
        "sentence "
        "for each year (2017, 2018)",
        "  convictions:",
    ),
    Mistake(
        "a quote with a blank line",
        FACTS,
        'quote: "Laos remained on Tier 2."',
        'quote: "Laos remained\n\n      on Tier 2."',
        "data/editions/2019/facts.yaml:{line}: rating.tier: `source.quote` must be one line of "
        "text "
        "(no line breaks)",
        'quote: "Laos remained',
    ),
    Mistake(
        "a quote that holds the figure but not what it counts",
        FACTS,
        '        2018: "The government identified 40 trafficking victims in 2018"\n',
        '        2018: "ລາຍງານປີ 2019 ບອກວ່າ ມີ 40 ຄົນ"\n',
        "data/editions/2019/facts.yaml:{line}: protection.victims_identified (2018): the quote "
        "states 40 but "
        "none of the label's words: quote the sentence about this figure, with the words that "
        "say what it counts",
        '        2018: "ລາຍງານ',
    ),
    Mistake(
        "a quote of the Watch List for Tier 2",
        FACTS,
        'quote: "Laos remained on Tier 2."',
        'quote: "In 2017, Laos was on the Tier 2 Watch List."',
        "data/editions/2019/facts.yaml:{line}: rating.tier: the quote does not state Tier 2 "
        "(tier_2); quote the "
        "sentence of the report that does, or correct the figure",
        'quote: "In 2017',
    ),
    Mistake(
        "a quote of Tier 2 for the Watch List",
        FACTS,
        TIER,
        "    kind: rating\n    value: tier_2_watch_list\n",
        "data/editions/2019/facts.yaml:{line}: rating.tier: the quote does not state Tier 2 Watch "
        "List "
        "(tier_2_watch_list); quote the sentence of the report that does, or correct the figure",
        'quote: "Laos remained',
        build=True,
    ),
    # Ratings
    Mistake(
        "a misspelt rating",
        FACTS,
        TIER,
        "    kind: rating\n    value: teir_2\n",
        f"data/editions/2019/facts.yaml:{{line}}: rating.tier: value: 'teir_2' is not a rating; "
        f"the ratings "
        f"are: {RATINGS}; did you mean 'tier_2'?",
        "value: teir_2",
    ),
    Mistake(
        "a rating that is not one",
        HISTORY,
        "2018:\n  rating: tier_2\n",
        "2018:\n  rating: watch_list\n",
        f"data/tier-history.yaml:{{line}}: 2018: 'watch_list' is not a rating; the ratings are: "
        f"{RATINGS}, unknown",
        "rating: watch_list",
    ),
    Mistake(
        "the report's year missing from the tier history",
        HISTORY,
        "2019:\n  rating: tier_2\n  read_at: https://www.example.org/reports/2019/laos\n",
        "",
        "data/tier-history.yaml:1: 2019, the year of the report in data/editions/2019/facts.yaml, "
        "is missing "
        "here: add it, with rating: tier_2 and where it was read",
        "2015:",
    ),
    Mistake(
        "the tier history against the facts",
        HISTORY,
        "2019:\n  rating: tier_2\n",
        "2019:\n  rating: tier_1\n",
        "data/tier-history.yaml:{line}: 2019 is tier_1 here but rating.tier in "
        "data/editions/2019/facts.yaml is tier_2: check both against that report's text and "
        "correct the one that is wrong (the history says where it was read)",
        "rating: tier_1",
    ),
    Mistake(
        "a held report's tier read nowhere",
        HISTORY,
        "  read_at: https://www.example.org/reports/2019/laos\n",
        "",
        "data/tier-history.yaml:{next}: 2019, a report this site holds, says where it was "
        "read: add read_at:, the address of its report",
        "2019:",
    ),
    # Facts file: its shape
    Mistake(
        "a key written twice",
        FACTS,
        TIER,
        TIER + "    value: tier_3\n",
        "data/editions/2019/facts.yaml:{line}: 'value' is written twice (first on line "
        "{previous}): keep one",
        "value: tier_3",
    ),
    Mistake(
        "YAML that does not parse",
        FACTS,
        VICTIMS_LINE,
        "    values: {2018: 40, 2017: 52\n",
        "data/editions/2019/facts.yaml:{next}: the {{ opened on line {line} is not closed: end it "
        "with }}",
        "values: {2018: 40, 2017: 52\n",
        build=True,
    ),
    Mistake(
        "a tab for indentation",
        FACTS,
        TIER,
        "    kind: rating\n\tvalue: tier_2\n",
        "data/editions/2019/facts.yaml:{line}: a tab is not allowed here: indent with spaces",
        "\tvalue: tier_2",
    ),
    Mistake(
        "an alias",
        FACTS,
        TIER,
        "    kind: rating\n    value: *n\n",
        "data/editions/2019/facts.yaml:{line}: aliases (*name) are not allowed in this file: "
        "write the value out",
        "value: *n",
    ),
    Mistake(
        "a misspelt field",
        FACTS,
        TIER,
        "    kind: rating\n    vaule: tier_2\n",
        "data/editions/2019/facts.yaml:{line}: rating.tier: `vaule` is not a field here; did you "
        "mean `value`?",
        "vaule: tier_2",
    ),
    Mistake(
        "a missing English label",
        FACTS,
        "label: {lo: ກຸ່ມ, en: tier}",
        "label: {lo: ກຸ່ມ}",
        "data/editions/2019/facts.yaml:{line}: rating.tier: `label.en` is missing",
        "label: {lo: ກຸ່ມ}",
    ),
    Mistake(
        "an unknown kind",
        FACTS,
        TIER,
        "    kind: ratnig\n    value: tier_2\n",
        "data/editions/2019/facts.yaml:{line}: rating.tier: `kind` cannot be 'ratnig'; did you "
        "mean 'rating'? "
        "(one of: count, money, range, date, month, year, ordinal, code, rating)",
        "kind: ratnig",
    ),
    Mistake(
        "a line separator pasted into a quote",
        FACTS,
        "the government opened a shelter.",
        "the government\u2028opened a shelter.",
        "data/editions/2019/facts.yaml:{line}: this line holds a line separator (a line break "
        "editors do not show), which the file cannot hold (pasted text brings it): delete it, and "
        "type a line break or a space if one was meant",
        "opened a shelter.",
    ),
    Mistake(
        "a word processor's line break pasted into a quote",
        FACTS,
        "the government opened a shelter.",
        "the government\x0bopened a shelter.",
        "data/editions/2019/facts.yaml:{line}: this line holds a line break from a word processor "
        "(a vertical tab), which the file cannot hold (pasted text brings it): delete it, and "
        "type a line break or a space if one was meant",
        "opened a shelter.",
        build=True,
    ),
    Mistake(
        "a word processor's line break pasted into a report page",
        PROTECTION,
        "the government opened a shelter.",
        "the government\x0bopened a shelter.",
        "report/2019/protection.md:{line}: this line holds a line break from a word processor "
        "(a vertical tab), which the file cannot hold (pasted text brings it): delete it, and "
        "type a line break or a space if one was meant",
        "opened a shelter.",
        build=True,
    ),
    Mistake(
        "a page break pasted into a label",
        FACTS,
        "the government opened a shelter.",
        "the government opened a shelter.\x0c",
        "data/editions/2019/facts.yaml:{line}: this line holds a page break (a form feed), which "
        "the file cannot hold (pasted text brings it): delete it, and type a line break or a "
        "space if one was meant",
        "opened a shelter.",
    ),
    Mistake(
        "a facts file saved as UTF-16",
        FACTS,
        "# A small report",
        "# A small report",
        "data/editions/2019/facts.yaml:{line}: the file is saved as UTF-16: save it again as UTF-8",
        "# A small report",
        encoding="utf-16",
        build=True,
    ),
    Mistake(
        "a page with quotes from Windows' own encoding",
        ENGLISH_HOME,
        "Laos is on",
        "\u201cLaos\u201d is on",
        "docs/en/2019/index.md:{line}: the file is not saved as UTF-8 (it holds bytes that UTF-8 "
        "cannot read on this line): save it again as UTF-8",
        "\u201cLaos",
        encoding="cp1252",
    ),
    Mistake(
        "a link to a page that does not exist",
        ENGLISH_HOME,
        "Laos is on",
        "See [the victims](report/victims.md). Laos is on",
        "docs/en/2019/index.md:{line}: the link leads to report/victims.md, which is not a page of "
        "the site: correct the address, written from this page's folder",
        "report/victims.md",
        build=True,
    ),
    Mistake(
        "a facts file saved in another encoding",
        FACTS,
        "# A small report of our own",
        "# A small report of our own, café",
        "data/editions/2019/facts.yaml:{line}: the file is not saved as UTF-8 (it holds bytes "
        "that UTF-8 "
        "cannot read on this line): save it again as UTF-8",
        "café",
        encoding="latin-1",
    ),
    # The words figures are written with
    Mistake(
        "a range word without its places",
        "data/number-words.yaml",
        'range: "{} ຫາ {}"',
        'range: "ຫາ"',
        "data/number-words.yaml:{line}: `lo.range` must hold {{}} twice, where the two figures go",
        'range: "ຫາ"',
    ),
    Mistake(
        "a data file removed",
        SOURCES,
        "article:",
        "article:",
        "data/editions/2019/sources.yaml:{line}: the edition 2019 has no sources.yaml here: "
        "restore it from git (a new edition gets every file it needs from `make edition`)",
        "article:",
        deleted=True,
        build=True,
    ),
    Mistake(
        "a misspelt page in the menu",
        "mkdocs.yml",
        "      - newest/charts.md\n",
        "      - newest/chart.md\n",
        "mkdocs.yml:{line}: the menu lists 'newest/chart.md', which is in neither docs/lo/ nor "
        "docs/en/; did you mean 'newest/charts.md'?",
        "- newest/chart.md",
        build=True,
    ),
    Mistake(
        "the publisher's text removed",
        "source/2019/fixture-report.txt",
        "ວັນເສົາ, ໑໒ ມັງກອນ ໒໐໒໐",
        "ວັນເສົາ, ໑໒ ມັງກອນ ໒໐໒໐",
        "source/2019/:1: the edition 2019 has no text of its publisher here: put a copy of it "
        "here as a .txt file",
        "ວັນເສົາ, ໑໒ ມັງກອນ ໒໐໒໐",
        deleted=True,
    ),
    Mistake(
        "a number word missing",
        "data/number-words.yaml",
        "one_to_nine: [ນຶ່ງ, ສອງ, ສາມ, ສີ່, ຫ້າ, ຫົກ, ເຈັດ, ແປດ, ເກົ້າ]",
        "one_to_nine: [ນຶ່ງ, ສອງ, ສາມ, ສີ່, ຫ້າ, ຫົກ, ເຈັດ, ແປດ]",
        "data/number-words.yaml:{line}: `lo.one_to_nine` must hold 9 items",
        "one_to_nine: [ນຶ່ງ",
    ),
    Mistake(
        "a chart label removed",
        "data/charts.yaml",
        "  given_services: {lo: ໄດ້ຮັບການບໍລິການ, en: given services}\n",
        "",
        "data/charts.yaml:{line}: `labels.given_services.lo` is missing: the site shows it",
        "labels:",
    ),
    Mistake(
        "an interface word removed",
        "data/interface.yaml",
        "  close: Close\n",
        "",
        "data/interface.yaml:{line}: `en.close` is missing: the site shows it",
        "en:\n  permalink",  # the English block's first line
    ),
    Mistake(
        "a misspelt place in an interface sentence",
        "data/interface.yaml",
        'share_tier: "{tier} ·',
        'share_tier: "{teir} ·',
        "data/interface.yaml:{line}: `en.share_tier` uses {{teir}}; it may use {{tier}}, "
        "{{tier_en}}, {{year}}",
        'share_tier: "{teir}',
    ),
    # Sources file
    Mistake(
        "a source address that is not a web address",
        SOURCES,
        "url: https://example.org/2019/article",
        "url: example.org/2019/article",
        "data/editions/2019/sources.yaml:{line}: article: `url` must be a web address starting "
        "with "
        "https://, with no spaces, quotes or brackets",
        "url: example.org",
    ),
    # Editions
    Mistake(
        "two editions marked newest",
        "data/editions.yaml",
        "newest: 2019",
        "newest: [2018, 2019]",
        "data/editions.yaml:{line}: `newest:` names one edition, not several: keep one year",
        "newest:",
        build=True,
    ),
    Mistake(
        "a newest edition that has no folder",
        "data/editions.yaml",
        "newest: 2019",
        "newest: 2020",
        "data/editions.yaml:{line}: `newest: 2020` names no edition: the editions are 2018, "
        "2019 (one folder each in data/editions/); if data/editions/2020/ was deleted, restore "
        "it from git",
        "newest:",
    ),
]


MISTAKES += [
    # The site's Lao reading of the report (report/<year>/*.lo.md) and the glossary
    Mistake(
        "a Lao paragraph calls a figure its English paragraph does not",
        PROSECUTION_LO,
        'ປັບໃໝ {{ fact("law.fine_kip") }}',
        'ປັບໃໝ {{ fact("report.year") }}',
        "report/2019/prosecution.lo.md:{line}: this paragraph calls report.year and its English "
        "paragraph (report/2019/prosecution.md:3) does not: the translation shows the same "
        "figures as the English",
        "report.year",
        build=True,
    ),
    Mistake(
        "a Lao paragraph gives another year of a figure",
        PROSECUTION_LO,
        '{{ fact("prosecution.convictions", year="previous") }}',
        '{{ fact("prosecution.convictions") }}',
        "report/2019/prosecution.lo.md:{line}: this paragraph does not call "
        'prosecution.convictions (year="previous") and its English paragraph '
        "(report/2019/prosecution.md:1) does: the translation shows the same figures as the "
        "English",
        "ໃນປີ",
    ),
    Mistake(
        "a translation that lacks a paragraph",
        PROSECUTION_LO,
        '\n\nກົດໝາຍກຳນົດຄ່າປັບໃໝ {{ fact("law.fine_kip") }}.',
        "",
        "report/2019/prosecution.lo.md:1: this translation has 1 paragraphs and "
        "report/2019/prosecution.md has 2: write one Lao paragraph for each English paragraph, "
        "a blank line between paragraphs (each item of a list is one)",
        "ໃນປີ",
    ),
    Mistake(
        "a glossary term written another way in the translation",
        PROSECUTION,
        "The law prescribed",
        "The penal code prescribed",
        "report/2019/prosecution.lo.md:3: its English paragraph (report/2019/prosecution.md:3) "
        "says 'penal code': write it 'ປະມວນກົດໝາຍອາຍາ' here, as data/glossary.yaml has it "
        "(penal_code)",
        "penal code",
    ),
    Mistake(
        "a fact's Lao label that calls sex trafficking commercial sex",
        FACTS,
        "label: {lo: ຜູ້ຖືກເຄາະຮ້າຍຈາກການຄ້າມະນຸດເພື່ອຂູດຮີດທາງເພດ, en: sex trafficking victims}",
        "label: {lo: ຜູ້ຖືກເຄາະຮ້າຍຈາກການຄ້າປະເວນີ, en: sex trafficking victims}",
        f"{FACTS}:{{line}}: its English says 'sex trafficking': write it "
        "'ການຄ້າມະນຸດເພື່ອຂູດຮີດທາງເພດ' here, as data/glossary.yaml has it (sex_trafficking)",
        "ຜູ້ຖືກເຄາະຮ້າຍຈາກການຄ້າປະເວນີ",
    ),
    Mistake(
        "a chart's Lao label without the organisation its English names",
        "data/charts.yaml",
        "{lo: ຄະດີທີ່ສົ່ງໃຫ້ໄອຍະການ, en: cases referred to prosecutors}",
        "{lo: ຄະດີທີ່ສົ່ງໃຫ້ໄອຍະການ, en: cases referred to the OSPP}",
        "data/charts.yaml:{line}: its English says 'OSPP': write it 'OSPP' or "
        "'ອົງການໄອຍະການປະຊາຊົນສູງສຸດ' here, as data/glossary.yaml has it (ospp)",
        "referred to the OSPP",
    ),
    Mistake(
        "a translation with no English text beside it",
        "report/2019/overview.lo.md",
        "",
        "ພາບລວມ.",
        "report/2019/overview.lo.md:1: there is no English text overview.md beside this "
        "translation: name the file after the English text it translates",
        "ພາບລວມ",
    ),
    Mistake(
        "chapter_text() on an English page",
        "docs/en/2019/report/prosecution.md",
        '{% include "prosecution.md" %}',
        '{{ chapter_text("prosecution") }}',
        "docs/en/2019/report/prosecution.md:{line}: chapter_text() is for the pages in lo; "
        'include the English text itself: {{% include "prosecution.md" %}}',
        "chapter_text",
    ),
    Mistake(
        "chapter_text() naming a text the edition lacks",
        LAO_PROSECUTION_PAGE,
        'chapter_text("prosecution")',
        'chapter_text("prosecutoin")',
        "docs/lo/2019/report/prosecution.md:{line}: chapter_text() takes the name of a text of "
        'the edition, like chapter_text("prosecution"); did you mean "prosecution"?',
        "prosecutoin",
    ),
    Mistake(
        "a glossary rating written otherwise than data/ratings.yaml",
        GLOSSARY,
        "    lo: ກຸ່ມທີ 2\n",
        "    lo: ຂັ້ນທີ 2\n",
        "data/glossary.yaml:{line}: tier_2: this writes the rating 'ຂັ້ນທີ 2', but "
        "data/ratings.yaml writes tier_2 'ກຸ່ມທີ 2': make the two agree",
        "ຂັ້ນທີ 2",
        build=True,
    ),
    Mistake(
        "an attested glossary term that says nowhere it was seen",
        GLOSSARY,
        "    status: attested\n    seen: VOA23; VOA22\n",
        "    status: attested\n",
        "data/glossary.yaml:{line}: us_department_of_state: an attested term says where its "
        "Lao was seen: add `seen:`, or mark it `status: proposed`",
        "    status: attested\n    note: Always",
    ),
    Mistake(
        "a glossary term's Lao written in English",
        GLOSSARY,
        "    lo: ການບັງຄັບໃຊ້ແຮງງານ\n",
        "    lo: forced labour\n",
        "data/glossary.yaml:{line}: forced_labor: `lo` holds no Lao letters: write it in Lao "
        "(are the lo and en words swapped?)",
        "forced labour",
    ),
]


def line_of(text: str, marker: str) -> int:
    return text[: text.index(marker)].count("\n") + 1


def make_mistake(project, mistake: Mistake) -> str:
    """Write the mistake into the project; the message it must produce."""
    path = project / mistake.file
    text = path.read_text("utf-8") if path.exists() else ""  # or a file the editor adds
    path.parent.mkdir(parents=True, exist_ok=True)
    assert text.count(mistake.before) >= 1
    broken = text.replace(mistake.before, mistake.after, 1)
    path.write_bytes(broken.encode(mistake.encoding, errors="xmlcharrefreplace"))
    if mistake.deleted:
        path.unlink()
    line = line_of(broken, mistake.marker)
    return mistake.message.format(line=line, previous=line - 1, next=line + 1)
