"""Read YAML the way an editor means it, and remember where each value was written.

PyYAML quietly keeps the last of two duplicate keys, turns `yes`/`no` into booleans and
`2024-07-27` into a date. Here a duplicate key is an error, booleans are only `true`/`false`,
dates stay text (the facts schema reads them), tabs are refused, and anchors and aliases are
refused outright, before anything is built: no file an editor writes has a use for them, and they
are the way to an expansion bomb. A file too large or nested too deep is refused before it is
parsed too, so no input makes the check or the build run long or grow large.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import yaml

from ..checks.invisible import control_character


@dataclass
class YamlProblem(Exception):
    """A mistake at a place in a file, worded for the editor who made it."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


GUESSED_TAGS = {"tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool"}
NUMBER_START = frozenset("0123456789+-.")  # how every form below begins
NUMBER_FORMS = [
    (
        re.compile(r"^[-+]?0[0-9_]+$"),
        "{text} has a leading zero, which YAML reads as another "
        "number: write the figure with plain digits",
    ),
    (
        re.compile(r"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$"),
        "{text} is not a number "
        "YAML reads as written (it reads 3:06 as 186): write the figure with plain digits",
    ),
    (
        re.compile(r"^[-+]?0[xob][0-9a-fA-F_]+$"),
        "{text} is not written in plain digits: write the figure as it is said, like 306",
    ),
    (
        re.compile(r"^[-+]?[0-9][0-9_]*_[0-9_]*$"),
        "{text} has an underscore: write the figure with plain digits, like 1802",
    ),
    (
        re.compile(r"^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+]?[0-9]+)?$"),
        "{text} is not a whole number: figures are written in full (65.5 million is 65500000)",
    ),
]
MAX_BYTES = 5_000_000  # a facts file of a whole report is some 30 KB
MAX_DEPTH = 20  # a fact's quotes for one year are 5 levels down
LIST_KEY_WORDS = "a key here is a list or a group in brackets: a key is a name, like `protection:`"
ALIAS_WORDS = "aliases (*name) are not allowed in this file: write the value out"
ANCHOR_WORDS = "anchors (&name) are not allowed in this file: write the value out where it is used"
OPENING = (yaml.BlockMappingStartToken, yaml.BlockSequenceStartToken)
OPENING += (yaml.FlowMappingStartToken, yaml.FlowSequenceStartToken)
CLOSING = (yaml.BlockEndToken, yaml.FlowMappingEndToken, yaml.FlowSequenceEndToken)
LINE_LEAD = re.compile(r"^[ ?:-]*", re.MULTILINE)  # what a line's nesting can stand on
BRACKET = re.compile(r"[\[\]{}]")
QUOTED = re.compile(r'"[^"]*"|\'[^\']*\'')
COMMA_FIGURE = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+)(?![\d,])")
NO_SPACE_AFTER_COLON = re.compile(r"^\s*(?:-\s+)?([A-Za-z0-9_]+):(?![\s/])(\S.*)$")
STR = "tag:yaml.org,2002:str"
WHOLE = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
ENDLESS = re.compile(r"[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)")  # the fractions check_number allows


def twice(key: object, first_line: int) -> str:
    return f"'{key}' is written twice (first on line {first_line}): keep one"


class StrictLoader(yaml.SafeLoader):
    """SafeLoader without the YAML 1.1 guesses, duplicate keys or aliases, in pure Python: it
    words every mistake and names its line."""

    yaml_implicit_resolvers: ClassVar[dict] = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag not in GUESSED_TAGS]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def construct_mapping(self, node, deep=False):
        seen: dict[object, int] = {}
        for key_node, _ in node.value:
            line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlProblem(self.name, line, LIST_KEY_WORDS)
            key = self.construct_object(key_node, deep=True)
            if key in seen:
                raise YamlProblem(self.name, line, twice(key, seen[key]))
            seen[key] = line
        return super().construct_mapping(node, deep)

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise YamlProblem(
                self.name,
                event.start_mark.line + 1,
                "aliases (*name) are not allowed in this file: write the value out",
            )
        return super().compose_node(parent, index)


StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf")
)


@dataclass
class LocatedDocument:
    """A parsed document and the line of every value in it, by key path."""

    data: object
    lines: dict[tuple, int]

    def line_of(self, path: tuple) -> int:
        """The line of the deepest part of `path` that the file holds."""
        for end in range(len(path), 0, -1):
            if path[:end] in self.lines:
                return self.lines[path[:end]]
        return 1


def load(path: Path, shown_as: str) -> LocatedDocument:
    """Parse `path`, block by block (each block's reading is kept: data/yaml_blocks.py);
    problems name the file as `shown_as` and the line."""
    from .yaml_blocks import read_in_blocks  # it builds on this module's reader

    if path.stat().st_size > MAX_BYTES:
        raise YamlProblem(shown_as, 1, too_large(MAX_BYTES))
    return read_in_blocks(_utf8_text(path.read_bytes(), shown_as), shown_as, parse)


def too_large(limit: int) -> str:
    return (
        f"the file is larger than {limit // 1_000_000} MB, far more than the site needs: "
        "check what was pasted into it"
    )


def parse(text: str, shown_as: str) -> LocatedDocument:
    """Parse YAML `text` (a file, or a page's settings); problems name `shown_as` and the line."""
    _refuse_control_characters(text, shown_as)
    for number, line in enumerate(text.splitlines(), start=1):
        if "\t" in line:
            indent = line[: len(line) - len(line.lstrip())]
            words = "indent with spaces" if "\t" in indent else "replace it with a space"
            raise YamlProblem(shown_as, number, f"a tab is not allowed here: {words}")
        if "{" not in line and "[" not in line:
            continue
        unquoted = QUOTED.sub("", line)
        comma = COMMA_FIGURE.search(unquoted)
        if comma and ("{" in unquoted[: comma.start()] or "[" in unquoted[: comma.start()]):
            raise YamlProblem(
                shown_as,
                number,
                f"{comma[1]} has a comma, which YAML reads as two values inside {{ }} or [ ]: "
                f"write the figure without commas, like {comma[1].replace(',', '')}",
            )
    _refuse_before_parsing(text, shown_as)
    from . import yaml_events  # it builds on this module's number forms and words

    try:
        return yaml_events.read(text, shown_as)
    except (yaml.YAMLError, yaml_events.Unusual):
        pass  # the exact reader reads it, and words what is wrong
    return read_exactly(text, shown_as)


def read_exactly(text: str, shown_as: str) -> LocatedDocument:
    """The exact reader (pure Python): what the fast one leaves to it, and every mistake."""
    loader = StrictLoader(text)
    loader.name = shown_as
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as error:
        raise reading_problem(error, text, shown_as) from None
    finally:
        loader.dispose()
    lines: dict[tuple, int] = {}
    if root is not None:
        _collect_lines(root, (), lines, shown_as)
    return LocatedDocument(data, lines)


def _refuse_control_characters(text: str, shown_as: str) -> None:
    """A character YAML cannot hold at all, named with its line, before the reader stops on it
    with a traceback."""
    found = control_character(text)
    if found:
        raise YamlProblem(shown_as, *found)


def _plainly_shallow(text: str) -> bool:
    """Whether `text` can hold no anchor, no alias and no nesting past MAX_DEPTH, by its
    characters alone: each level of nesting takes a character of a line's lead (spaces, `-`,
    `?`, `:`) or an open bracket, so their most at once bounds the depth."""
    if "&" in text or "*" in text:
        return False
    lead = max(map(len, LINE_LEAD.findall(text)), default=0)
    open_brackets = deepest = 0
    for bracket in BRACKET.findall(text):
        open_brackets += 1 if bracket in "[{" else -1
        deepest = max(deepest, open_brackets)
    return lead + 1 + deepest <= MAX_DEPTH


def _refuse_before_parsing(text: str, shown_as: str) -> None:
    """Anchors, aliases and nesting too deep, found by libyaml's scanner (which keeps no stack
    of its own) before anything is built: the parser would grow without end or crash on them.
    A text the scanner cannot read is left to the parser, which says where and why. A text
    whose characters rule all three out (most files) is not scanned."""
    if _plainly_shallow(text):
        return
    depth = 0
    try:
        for token in yaml.scan(text, Loader=yaml.CSafeLoader):
            line = token.start_mark.line + 1
            if isinstance(token, yaml.AnchorToken):
                raise YamlProblem(shown_as, line, ANCHOR_WORDS)
            if isinstance(token, yaml.AliasToken):
                raise YamlProblem(shown_as, line, ALIAS_WORDS)
            depth += isinstance(token, OPENING) - isinstance(token, CLOSING)
            if depth > MAX_DEPTH:
                raise YamlProblem(
                    shown_as,
                    line,
                    f"brackets or indents here go more than {MAX_DEPTH} levels deep, far more "
                    "than the site needs: remove the extra ones",
                )
    except yaml.YAMLError:
        return


def _utf8_text(data: bytes, shown_as: str) -> str:
    """The file's text: UTF-8, with or without a byte-order mark, and nothing else."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise YamlProblem(shown_as, 1, "the file is saved as UTF-16: save it again as UTF-8")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise YamlProblem(
            shown_as,
            line,
            "the file is not saved as UTF-8 (it holds bytes that UTF-8 cannot "
            "read on this line): save it again as UTF-8",
        ) from None


def check_number(node: yaml.ScalarNode, shown_as: str) -> None:
    """Stop at a plain scalar that YAML 1.1 would read as a number in a form that does not
    show its value (0306 is 198 in octal, 3:06 is 186 in base 60)."""
    if node.style:  # quoted or a block: text, as written (libyaml marks plain as "")
        return
    if not node.value or node.value[0] not in NUMBER_START:  # a word: no number form
        return
    for form, words in NUMBER_FORMS:
        if form.match(node.value):
            raise YamlProblem(shown_as, node.start_mark.line + 1, words.format(text=node.value))


def reading_problem(error: yaml.MarkedYAMLError, text: str, shown_as: str) -> YamlProblem:
    """PyYAML's complaint about `text` as the editor's problem: the line, in plain words."""
    return YamlProblem(shown_as, *_yaml_error_words(error, text.splitlines()))


def _yaml_error_words(error: yaml.MarkedYAMLError, lines: list[str]) -> tuple[int, str]:
    """Where PyYAML stopped, and what the editor sees there, in plain words."""
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 if mark else 1
    began = error.context_mark.line + 1 if error.context_mark else line
    problem = error.problem or ""
    for number in range(line, max(1, line - 3) - 1, -1):
        written = NO_SPACE_AFTER_COLON.match(lines[number - 1] if number <= len(lines) else "")
        if written:
            return number, (
                f"`{written[1]}:{written[2]}` needs a space after the colon: "
                f"write `{written[1]}: {written[2]}`"
            )
    opening = lines[began - 1] if began <= len(lines) else ""
    if opening.count('"') % 2 or (
        "quoted scalar" in (error.context or "") and "end of stream" in problem
    ):
        return began, "the quote opened on this line is not closed: end the text with it"
    if "flow mapping" in (error.context or "") or "flow sequence" in (error.context or ""):
        opened, closing = ("{", "}") if "mapping" in error.context else ("[", "]")
        return line, f"the {opened} opened on line {began} is not closed: end it with {closing}"
    if "escape character" in problem:
        return line, (
            "a \\ inside double quotes starts a code: remove it, or put the text in single quotes"
        )
    if "cannot start any token" in problem:
        return line, "a value here starts with a sign YAML keeps for itself: put it in quotes"
    shown = lines[line - 1] if line <= len(lines) else ""
    if "'<scalar>'" in problem and max(shown.count('"'), shown.count("'")) > 2:
        return line, (
            "a quote inside quoted text ends it early: "
            "use the other kind of quote (\u2019 or ') inside"
        )
    key_ends = shown.find(": ")  # a second colon after the key's, where the reader stopped
    colon_inside = mark is not None and 0 <= key_ends < mark.column - 1
    if "mapping values" in problem and (
        colon_inside or _indent(shown) == _indent(_previous(lines, line))
    ):
        return line, "a colon and a space are inside the text: put the whole text in quotes"
    if "block end" in problem or "mapping values" in problem or "expected key" in problem:
        return line, "this line is not indented like the lines around it: line it up with them"
    return line, "this line cannot be read: look for a missing colon, quote or bracket"


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" -"))


def _previous(lines: list[str], line: int) -> str:
    """The last line with text before `line`."""
    return next((text for text in reversed(lines[: line - 1]) if text.strip()), "")


def plain_value(tag: str, text: str) -> object:
    """A plain scalar of the type `tag` as the constructor makes it, in the forms that
    check_number lets through (both readers ask here); LookupError for any other."""
    kind = tag.rsplit(":", 1)[-1]
    if kind == "str":
        return text
    if kind == "null":
        return None
    if kind == "bool":
        return text == "true"
    if kind == "int" and WHOLE.fullmatch(text):
        return int(text)
    if kind == "float" and ENDLESS.fullmatch(text):
        return float(text.lower().replace(".", ""))
    raise LookupError(tag)


def _key_of(node: yaml.ScalarNode) -> object:
    """A key as the constructor makes it, so that lines are found by the data's own keys (a
    merge key `<<` stays its text)."""
    try:
        return plain_value(node.tag, node.value)
    except LookupError:
        return node.value


def _collect_lines(node: yaml.Node, path: tuple, lines: dict[tuple, int], shown_as: str) -> None:
    """Record the line of each mapping key and sequence item under `node` (the exact reader
    refuses aliases, so each node is met once); a number in a form that does not show its
    value stops."""
    if isinstance(node, yaml.ScalarNode):
        check_number(node, shown_as)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            check_number(key_node, shown_as)  # before int() meets a form it cannot read
            key = _key_of(key_node)
            lines[(*path, key)] = key_node.start_mark.line + 1
            _collect_lines(value_node, (*path, key), lines, shown_as)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines[(*path, index)] = item.start_mark.line + 1
            _collect_lines(item, (*path, index), lines, shown_as)
