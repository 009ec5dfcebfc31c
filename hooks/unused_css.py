"""Material's stylesheets without the rules this site can never use.

Material ships one stylesheet for all its features (every admonition type, code blocks, tabs,
blog, versions, ...) and a palette file with every colour: some 25 KB gzipped that every page
must load before it can paint. After the build, a selector is kept if each class and element
it names appears in a page the build wrote or in Material's script (which adds them as it
runs), and each colour it names is one the pages use; a rule goes with its last selector. A custom
property goes when nothing refers to it, and so do the rules in UNWANTED. The files keep their
names, so pages are unchanged (a browser still holding Material's full file draws the same).
The result is cached in `.cache/css/`, keyed by everything it depends on.
"""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import tinycss2
from mkdocs.plugins import event_priority

STYLESHEETS = ("assets/stylesheets/main.*.min.css", "assets/stylesheets/palette.*.min.css")
SCRIPTS = "assets/javascripts/*.js"  # Material's bundle and ours, the scripts that touch pages
CLASS_ATTRIBUTE = re.compile(r'class="([^"]*)"')
TAG = re.compile(r"<([a-zA-Z][\w-]*)")
COLOUR_ATTRIBUTE = re.compile(r'data-md-color-(\w+)="([\w-]+)"')
COLOUR_SELECTOR = re.compile(r"\[data-md-color-(\w+)=([\w-]+)\]")
WORD = re.compile(r"[A-Za-z_][\w-]*")
VARIABLE = re.compile(r"var\((--[\w-]+)")
GROUPS = {"media", "supports"}
COMBINATORS = (">", "+", "~")
# Material's script marks the body while it switches colours (no fades meanwhile); on this site
# the colour scheme is switched by overrides/partials/javascripts/palette.html, which does not.
UNWANTED = ("[data-md-color-switching]",)


@event_priority(-200)  # after mkdocs-static-i18n has written the pages of both languages
def on_post_build(config) -> None:
    if getattr(config.plugins.get("i18n"), "building", False):
        return
    from macros import cache  # importable once mkdocs-macros has loaded it

    site = Path(config.site_dir)
    pages = "".join(page.read_text("utf-8") for page in site.rglob("*.html"))
    scripts = "".join(script.read_text("utf-8") for script in site.glob(SCRIPTS))
    used = Usage(
        classes={c for value in CLASS_ATTRIBUTE.findall(pages) for c in value.split()}
        | set(WORD.findall(scripts)),
        colours=set(COLOUR_ATTRIBUTE.findall(pages)),
        tags={tag.lower() for tag in TAG.findall(pages)} | set(WORD.findall(scripts)),
    )
    sheets = sorted(sheet for pattern in STYLESHEETS for sheet in site.glob(pattern))
    ours = "".join(  # the site's own stylesheets, kept whole: what they use stays
        css.read_text("utf-8") for css in site.glob("assets/stylesheets/*.css") if css not in sheets
    )
    originals = [sheet.read_text("utf-8") for sheet in sheets]
    key = cache.key(Path(__file__).read_text("utf-8"), ours, originals, used.key())

    def trimmed(folder: Path) -> None:
        kept = [used.kept_rules(css) for css in originals]
        everything = "".join(rule for rules in kept for rule in rules) + ours + pages + scripts
        referenced = set(VARIABLE.findall(everything))
        for sheet, rules in zip(sheets, kept, strict=True):
            text = "".join(_without_unused_properties(rule, referenced) for rule in rules)
            (folder / sheet.name).write_text(text, "utf-8")

    trimmed_sheets = cache.kept_folder("css", key, trimmed)
    for sheet in sheets:
        sheet.write_text((trimmed_sheets / sheet.name).read_text("utf-8"), "utf-8")


class Usage:
    """What the pages and scripts can match: class names, elements, colour attributes."""

    def __init__(self, classes: set[str], colours: set[tuple[str, str]], tags: set[str]):
        self.classes = classes
        self.colours = colours
        self.tags = tags

    def key(self) -> tuple:
        return sorted(self.classes), sorted(self.colours), sorted(self.tags)

    def kept_rules(self, css: str) -> list[str]:
        """The rules of `css` that can match, each with the selectors that can."""
        return self._rules(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True))

    def _rules(self, rules) -> list[str]:
        kept = []
        for rule in rules:
            if rule.type == "qualified-rule":
                selectors = [s for s in _selectors(rule.prelude) if self._can_match(s)]
                if selectors:
                    body = tinycss2.serialize(rule.content)
                    kept.append(",".join(map(tinycss2.serialize, selectors)) + "{" + body + "}")
            elif rule.type == "at-rule" and rule.lower_at_keyword in GROUPS and rule.content:
                inner = self._rules(
                    tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True)
                )
                if inner:
                    prelude = tinycss2.serialize(rule.prelude)
                    kept.append(f"@{rule.at_keyword}{prelude}{{{''.join(inner)}}}")
            elif rule.type != "error":
                kept.append(rule.serialize())
        return kept

    def _can_match(self, selector: list) -> bool:
        """Whether every class and element the selector requires (outside :not() and other
        functions) and every colour it names can be on a page, and it is not UNWANTED."""
        if any(unwanted in tinycss2.serialize(selector) for unwanted in UNWANTED):
            return False
        for before, token in pairwise([None, *selector]):
            if token.type != "ident":
                continue
            if before == "." and token.value not in self.classes:
                return False
            is_element = before is None or before.type == "whitespace" or before in COMBINATORS
            if is_element and token.lower_value not in self.tags:
                return False
        colours = COLOUR_SELECTOR.findall(tinycss2.serialize(selector))
        return all(colour in self.colours for colour in colours)


def _selectors(prelude) -> list[list]:
    """A rule's selector list, split at its top-level commas."""
    selectors: list[list] = [[]]
    for token in prelude:
        if token == ",":
            selectors.append([])
        else:
            selectors[-1].append(token)
    return [selector for selector in selectors if selector]


def _without_unused_properties(rule: str, referenced: set[str]) -> str:
    """`rule` without declarations of custom properties nothing refers to."""
    if "--" not in rule or not rule.endswith("}") or rule.startswith("@"):
        return rule
    prelude, body = rule[:-1].split("{", 1)
    declarations = tinycss2.parse_blocks_contents(body, skip_comments=True, skip_whitespace=True)
    kept = [
        d.serialize()
        for d in declarations
        if d.type != "declaration" or not d.name.startswith("--") or d.name in referenced
    ]
    return f"{prelude}{{{';'.join(kept)}}}" if kept else ""
