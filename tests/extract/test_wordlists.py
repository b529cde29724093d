"""Pattern alternations of the word lists: the trie matches as the flat list would."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd import resources
from rasd.extract.dates.lexicon import lexicon as date_lexicon
from rasd.extract.numbers import WORDS
from rasd.extract.wordlists import alternation, flat_alternation, key


def _lists() -> dict[str, list[str]]:
    """Every word list rasd's patterns are built from."""
    dates = date_lexicon()
    return {
        "months": list(dates.months), "weekdays": list(dates.weekdays),
        "directions": list(dates.directions), "ordinals": list(dates.ordinals),
        "reldays": list(dates.reldays), "units": list(dates.units),
        "time_units": list(dates.time_units), "numbers": list(WORDS),
        "modifiers": list(resources.lines("dates/modifiers.txt")),
        "nested": ["a", "ab", "abc", "abcd", "a b", "a  bc", "b", ""],
    }


LISTS = _lists()


def _both(forms: list[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (re.compile(alternation(forms) + r"(?!\w)"),
            re.compile(flat_alternation(forms) + r"(?!\w)"))


@pytest.mark.parametrize("name", sorted(LISTS))
def test_the_trie_matches_every_listed_form_as_the_flat_list(name: str) -> None:
    trie, flat = _both(LISTS[name])
    forms = sorted({key(f) for f in LISTS[name]})
    for form in forms:
        spaced = form.replace(" ", "\n ")
        for text in (form, form + " x", form + "ه", form[:-1], "و" + form, spaced):
            found, expected = trie.match(text), flat.match(text)
            assert (found and found.span()) == (expected and expected.span()), (name, text)


@given(st.sampled_from(sorted(LISTS)), st.data())
def test_the_trie_matches_texts_of_listed_words_as_the_flat_list(name: str,
                                                                   data: st.DataObject) -> None:
    forms = sorted({key(f) for f in LISTS[name]}) or ["x"]
    pieces = data.draw(st.lists(st.one_of(st.sampled_from(forms), st.sampled_from(
        [" ", "  ", "ال", "و", "ين", "-", "1"])), max_size=6))
    text = "".join(pieces)
    trie, flat = _both(LISTS[name])
    for at in range(len(text) + 1):
        found, expected = trie.match(text, at), flat.match(text, at)
        assert (found and found.span()) == (expected and expected.span())
