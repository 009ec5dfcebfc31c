"""The fast reader: libyaml's events made straight into the data and the line of every key and
list item, with no tree of nodes between (half the time of building nodes and walking them).

It reads what data files and page settings hold, and what editors write by mistake into them:
mappings, lists, text, whole numbers, true or false, empty values, infinity, and text marked
!!str. Anything else (another tag, an anchor, an alias, a merge key, a key that is a list, a
second document) raises Unusual: the exact reader then reads the text, and words any mistake in
it. The two are not alike in everything (libyaml reads `{en: why?}` as text, PyYAML refuses
it), so the fast reader leaves it as little as it can."""

from __future__ import annotations

import yaml

from .strict_yaml import (
    NUMBER_START,
    STR,
    LocatedDocument,
    StrictLoader,
    YamlProblem,
    check_number,
    plain_value,
    twice,
)

RESOLVERS = StrictLoader.yaml_implicit_resolvers  # the exact reader's, so both read alike


class Unusual(Exception):
    """A text the fast reader leaves to the exact one."""


def read(text: str, shown_as: str) -> LocatedDocument:
    """The document in `text`; YAMLError where libyaml stops, Unusual where it does not
    stop but this reader does not go."""
    parser = yaml.CSafeLoader(text)
    try:
        return _Reading(parser, shown_as).document()
    finally:
        parser.dispose()


class _Reading:
    def __init__(self, parser: yaml.CSafeLoader, shown_as: str):
        self.next = parser.get_event
        self.peek = parser.peek_event
        self.shown_as = shown_as
        self.lines: dict[tuple, int] = {}

    def document(self) -> LocatedDocument:
        self.next()  # the stream begins
        if type(self.next()) is yaml.StreamEndEvent:
            return LocatedDocument(None, {})
        data = self.value(())
        self.next()  # the document ends
        if type(self.next()) is not yaml.StreamEndEvent:
            raise Unusual  # a second document: the exact reader says one is allowed
        return LocatedDocument(data, self.lines)

    def value(self, path: tuple):
        event = self.next()
        kind = type(event)
        if kind is yaml.ScalarEvent:
            return self.scalar(event)
        if getattr(event, "anchor", None) or getattr(event, "tag", None):
            raise Unusual
        if kind is yaml.MappingStartEvent:
            return self.mapping(path)
        if kind is yaml.SequenceStartEvent:
            return self.sequence(path)
        raise Unusual  # an alias

    def scalar(self, event: yaml.ScalarEvent):
        text = event.value
        if event.anchor or (event.tag and event.tag != STR):
            raise Unusual
        if event.style or event.tag:  # quoted, a block or !!str: text as written (plain is "")
            return text
        resolvers = RESOLVERS.get(text[:1])
        if not resolvers:  # most text: no type begins with its first letter
            return text
        if text[:1] in NUMBER_START:
            check_number(event, self.shown_as)
        tag = next((tag for tag, form in resolvers if form.match(text)), STR)
        try:
            return plain_value(tag, text)
        except LookupError:
            raise Unusual from None  # a merge key, a value key (=)

    def mapping(self, path: tuple) -> dict:
        found: dict = {}
        peek, lines = self.peek, self.lines
        while type(peek()) is not yaml.MappingEndEvent:
            event = self.next()
            if type(event) is not yaml.ScalarEvent:
                raise Unusual  # a list or a mapping as a key
            key = self.scalar(event)
            at = (*path, key)
            line = event.start_mark.line + 1
            if key in found:
                raise YamlProblem(self.shown_as, line, twice(key, lines[at]))
            lines[at] = line
            found[key] = self.value(at)
        self.next()
        return found

    def sequence(self, path: tuple) -> list:
        items = []
        while type(self.peek()) is not yaml.SequenceEndEvent:
            self.lines[(*path, len(items))] = self.peek().start_mark.line + 1
            items.append(self.value((*path, len(items))))
        self.next()
        return items
