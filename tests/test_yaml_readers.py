"""The fast reader (libyaml's events) reads every text it takes exactly as the exact reader
does, values and lines; what it does not take, it leaves to the exact reader."""

from __future__ import annotations

import pytest

from macros.data import yaml_events
from macros.data.strict_yaml import YamlProblem, read_exactly
from tests.conftest import ROOT

SHOWN = "data/example.yaml"
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
}
LEFT = {
    "infinity": "a: .inf\n",
    "an explicit tag": "a: !!str 5\n",
    "a merge key": "a: {b: 1}\nc:\n  <<: {d: 2}\n",
    "a true key": "true: 1\n",
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
