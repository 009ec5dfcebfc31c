"""A data file read block by block reads as the whole file reads: the same values and lines,
the same words and line for every mistake; and after an edit only the edited block is read
again (`make check` on a facts file of 10,000 facts: `make bench`)."""

from __future__ import annotations

import hashlib

import pytest

from macros import cache
from macros.data import strict_yaml
from macros.data.strict_yaml import YamlProblem, load, parse
from macros.data.yaml_blocks import MOST_PACKS, read_in_blocks
from macros.project import rooted
from tests.editions import facts_file

SHOWN = "data/example.yaml"


def counting_reader():
    """`parse`, and the texts it was asked to read."""
    asked: list[str] = []

    def read(text: str, shown_as: str):
        asked.append(text)
        return parse(text, shown_as)

    return read, asked


def in_blocks(project, text: str, read=parse):
    with rooted(project):
        return read_in_blocks(text, SHOWN, read)


def whole_problem(text: str) -> str:
    with pytest.raises(YamlProblem) as whole:
        parse(text, SHOWN)
    return str(whole.value)


@pytest.mark.parametrize("line_end", ["\n", "\r\n"], ids=["unix", "windows"])
def test_the_facts_file_reads_as_a_whole(tmp_path, line_end):
    text = facts_file().read_text("utf-8").replace("\n", line_end)
    whole = parse(text, SHOWN)
    for _ in range(2):  # read, then taken from what was kept
        blocks = in_blocks(tmp_path, text)
        assert blocks.data == whole.data
        assert blocks.lines == whole.lines
    assert len(list((tmp_path / ".cache").rglob("*"))) > 2


def test_an_edit_reads_only_its_block_again(tmp_path):
    text = facts_file().read_text("utf-8")
    in_blocks(tmp_path, text)
    last_key = text.rindex("\n  ") + 1  # a line of the last section
    edited = text[:last_key] + "  # an editor's note\n" + text[last_key:]
    read, asked = counting_reader()
    blocks = in_blocks(tmp_path, edited, read)
    assert len(asked) == 1
    assert "an editor's note" in asked[0]
    whole = parse(edited, SHOWN)
    assert (blocks.data, blocks.lines) == (whole.data, whole.lines)


MISTAKES = {
    "a key twice in two blocks": "first:\n  a: 1\nsecond:\n  b: 2\nfirst:\n  c: 3\n",
    "a key twice in one block": "first:\n  a: 1\nsecond:\n  b: 2\n  b: 3\n",
    "a quote left open": 'first:\n  a: "one\nsecond:\n  b: two\n',
    "a tab in a later block": "first:\n  a: 1\nsecond:\n\tb: 2\n",
    "a leading zero in a later block": "first:\n  a: 1\nsecond:\n  b: 0306\n",
    "an anchor and its alias in two blocks": "first: &one\n  a: 1\nsecond: *one\n",
    "a bracket left open": "first:\n  a: [1, 2\nsecond:\n  b: 2\n",
}


@pytest.mark.parametrize("text", MISTAKES.values(), ids=MISTAKES.keys())
def test_a_mistake_is_worded_and_placed_as_the_whole_files_reading_has_it(tmp_path, text):
    expected = whole_problem(text)
    with pytest.raises(YamlProblem) as blocks:
        in_blocks(tmp_path, text)
    assert str(blocks.value) == expected


def test_a_text_cut_inside_a_quote_reads_as_one(tmp_path):
    """A quoted value may go on at the start of a line that looks like a key."""
    text = 'first:\n  a: "one\nsecond:\n  two"\nthird:\n  b: 3\n'
    assert (
        in_blocks(tmp_path, text).data
        == parse(text, SHOWN).data
        == {
            "first": {"a": "one second: two"},
            "third": {"b": 3},
        }
    )


def test_documents_and_directives_are_read_whole(tmp_path):
    read, asked = counting_reader()
    text = "%YAML 1.1\n---\nfirst:\n  a: 1\nsecond:\n  b: 2\n"
    assert in_blocks(tmp_path, text, read).data == {"first": {"a": 1}, "second": {"b": 2}}
    assert asked == [text]


GONE_CLASS = b"cmacros.data.gone\nReading\n)\x81."  # a pickle of a class since removed
DAMAGES = {
    "bytes changed": lambda path: path.write_bytes(path.read_bytes()[:-3] + b"bad"),
    "kept in another form": lambda path: cache.write_object(path, parse("a: 1", SHOWN)),
    "kept by code that no longer is": lambda path: cache.write_whole(
        path, hashlib.sha256(GONE_CLASS).digest() + GONE_CLASS
    ),
}


@pytest.mark.parametrize("damage", DAMAGES.values(), ids=DAMAGES.keys())
def test_a_damaged_kept_reading_is_read_again(tmp_path, damage):
    text = "first:\n  a: 1\nsecond:\n  b: 2\n"
    in_blocks(tmp_path, text)
    for kept in (tmp_path / ".cache").rglob("*"):
        if kept.is_file():
            damage(kept)
    read, asked = counting_reader()
    assert in_blocks(tmp_path, text, read).data == {"first": {"a": 1}, "second": {"b": 2}}
    assert len(asked) == 2


def test_load_reads_in_blocks(tmp_path, monkeypatch):
    path = tmp_path / "example.yaml"
    path.write_text("first:\n  a: 1\nsecond:\n  b: 2\n", "utf-8")
    read, asked = counting_reader()
    monkeypatch.setattr(strict_yaml, "parse", read)
    with rooted(tmp_path):
        assert load(path, SHOWN).lines == {
            ("first",): 1,
            ("first", "a"): 2,
            ("second",): 3,
            ("second", "b"): 4,
        }
    assert asked == ["first:\n  a: 1\n", "second:\n  b: 2\n"]


EDITS = {  # what a slip of the keyboard does to a line
    "colon dropped": lambda line: line.replace(":", "", 1),
    "tab for a space": lambda line: line.replace(" ", "\t", 1),
    "quote opened at the start": lambda line: '"' + line,
    "quote opened at the end": lambda line: line.rstrip("\n") + ' "\n',
    "indent lost": lambda line: line.lstrip(),
    "indent doubled": lambda line: "  " + line,
    "line pasted twice": lambda line: line + line,
    "bracket opened": lambda line: "[" + line,
    "anchor added": lambda line: line.rstrip("\n") + " &a\n",
    "alias added": lambda line: line.rstrip("\n") + " *a\n",
    "document marker added": lambda line: "---\n" + line,
    "quote removed": lambda line: line.replace('"', "", 1),
    "line deleted": lambda line: "",
}


def outcome(read) -> tuple:
    try:
        document = read()
    except YamlProblem as problem:
        return ("problem", str(problem))
    return ("read", document.data, document.lines)


def test_every_slip_on_a_sections_edges_reads_as_the_whole_file_reads_it(tmp_path):
    """Each slip, on the first two lines of the second and the last section of the facts file:
    the same reading, or the same words at the same line."""
    lines = facts_file().read_text("utf-8").splitlines(keepends=True)
    sections = [n for n, line in enumerate(lines) if line[:1].isalpha() and line.endswith(":\n")]
    places = [n for start in (sections[1], sections[-1]) for n in (start, start + 1)]
    for name, edit in EDITS.items():
        for place in places:
            text = "".join([*lines[:place], edit(lines[place]), *lines[place + 1 :]])
            whole = outcome(lambda text=text: parse(text, SHOWN))
            assert outcome(lambda text=text: in_blocks(tmp_path, text)) == whole, (name, place)


def test_a_files_readings_stay_a_few_files_however_often_it_changes(tmp_path):
    """More sections than packs, each edited in turn: one file per block would outgrow it."""
    values = list(range(3 * MOST_PACKS))
    for edit in range(len(values)):
        values[edit] += 1
        text = "".join(f"section_{n}:\n  value: {value}\n" for n, value in enumerate(values))
        in_blocks(tmp_path, text)
    kept = [path for path in (tmp_path / ".cache").rglob("*") if path.is_file()]
    assert 1 <= len(kept) <= MOST_PACKS
    read, asked = counting_reader()
    assert in_blocks(tmp_path, text, read).lines == parse(text, SHOWN).lines
    assert asked == []
