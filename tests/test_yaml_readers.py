"""The fast reader (libyaml's events) reads every text it takes exactly as the exact reader
does, values and lines, and words a mistake alone in its text as the exact reader does; what it
does not take, it leaves to the exact reader."""

from __future__ import annotations

import random

import pytest
import yaml

from macros.data import yaml_events
from macros.data.strict_yaml import YamlProblem, read_exactly
from tests.conftest import ROOT
from tests.mistakes import FACTS

SHOWN = "data/example.yaml"
FIXTURE_FACTS = ROOT / "tests" / "fixture" / FACTS
DATA_FILES = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "data").rglob("*.yaml"))
TEXTS = {
    "whole numbers, signed and zero": "a: 0\nb: -3\nc: +5\nd: 1802\n",
    "years as keys": "values: {2022: 75, 2021: 110}\n",
    "numbers in quotes are text": "a: '306'\nb: \"2022\"\n",
    "empty values": "a:\nb: ~\nc: null\nd: ''\n",
    "true and false, and the words YAML 1.1 guessed": "a: true\nb: false\nc: yes\nd: off\n",
    "blocks of text": "a: |\n  two\n  lines\nb: >\n  folded\n  text\n",
    "lists, in blocks and brackets": "a:\n  - one\n  - [1, 2]\n  - {b: c}\nd: []\n",
    "nested mappings": "a:\n  b:\n    c: ກຸ່ມທີ 2\n    d: [x, y]\n",
    "a date stays text": "a: 2024-07-27\n",
    "a list at the top": "- a\n- b: 1\n",
    "nothing at all": "",
    "a comment alone": "# only a note\n",
    "infinity, and what is not a number": "a: .inf\nb: -.Inf\nc: .nan_\n",
    "text marked as text": "a: !!str 5\n",
    "nothing, true and a year as keys": "~: 1\ntrue: 2\n2022: 3\n",
    "brackets beside infinity": "a: {en: why}\nb: .inf\n",
}
LEFT = {
    "another tag": "a: !!int 5\n",
    "an anchor": "a: &x 1\n",
    "a merge key": "a: {b: 1}\nc:\n  <<: {d: 2}\n",
    "a list as a key": "[a]: b\n",
    "two documents": "a: 1\n---\nb: 2\n",
}


def both(text: str):
    fast = yaml_events.read(text, SHOWN)
    exact = read_exactly(text, SHOWN)
    return (fast.data, fast.lines), (exact.data, exact.lines)


@pytest.mark.parametrize("text", TEXTS.values(), ids=TEXTS.keys())
def test_a_text_reads_as_the_exact_reader_reads_it(text):
    fast, exact = both(text)
    assert fast == exact


@pytest.mark.parametrize("shown", DATA_FILES)
def test_each_data_file_reads_as_the_exact_reader_reads_it(shown):
    fast, exact = both((ROOT / shown).read_text("utf-8"))
    assert fast == exact


@pytest.mark.parametrize("text", LEFT.values(), ids=LEFT.keys())
def test_what_the_fast_reader_does_not_take_is_left_to_the_exact_one(text):
    with pytest.raises(yaml_events.Unusual):
        yaml_events.read(text, SHOWN)


MISTAKES = {
    "a key written twice": "a:\n  b: 1\n  c: 2\n  b: 3\n",
    "a fraction": "a:\n  b: 1.5\n",
    "a leading zero": "a: [1, 0306]\n",
    "a figure in base 60": "a: 3:06\n",
}


@pytest.mark.parametrize("text", MISTAKES.values(), ids=MISTAKES.keys())
def test_a_mistake_is_told_as_the_exact_reader_tells_it(text):
    with pytest.raises(YamlProblem) as fast:
        yaml_events.read(text, SHOWN)
    with pytest.raises(YamlProblem) as exact:
        read_exactly(text, SHOWN)
    assert str(fast.value) == str(exact.value)


SIGNS = list(":-[]{}'\"#&*!?~ \t0.,|>")


def slips(text: str, count: int, seed: int = 7):
    """`count` texts, each `text` with one slip of a key: a sign typed, a letter lost, a line
    doubled or its indent changed (seeded: the same slips on every run)."""
    chooser = random.Random(seed)
    lines = text.splitlines(keepends=True)
    for _ in range(count):
        at = chooser.randrange(len(lines))
        line = lines[at]
        place = chooser.randrange(len(line))
        slip = chooser.choice(["sign", "lost", "doubled", "indent"])
        changed = {
            "sign": line[:place] + chooser.choice(SIGNS) + line[place:],
            "lost": line[:place] + line[place + 1 :],
            "doubled": line + line,
            "indent": " " + line,
        }[slip]
        yield "".join([*lines[:at], changed, *lines[at + 1 :]])


def test_slips_read_alike_in_both_readers():
    """Where both readers read a slipped facts file, they read the same data and lines, and
    where the fast one refuses it with words, the exact one says the same words."""
    compared = 0
    for text in slips((FIXTURE_FACTS).read_text("utf-8"), 400):
        try:
            fast = yaml_events.read(text, SHOWN)
        except (yaml_events.Unusual, yaml.YAMLError):
            continue  # the exact reader reads it, or words libyaml's complaint
        except YamlProblem as problem:
            with pytest.raises(YamlProblem) as exact:
                read_exactly(text, SHOWN)
            assert str(exact.value) == str(problem), text
            continue
        try:
            exact = read_exactly(text, SHOWN)
        except YamlProblem:
            continue  # libyaml reads `{en: why?}` as text where PyYAML stops
        assert (fast.data, fast.lines) == (exact.data, exact.lines), text
        compared += 1
    assert compared > 100
