"""Properties of the text layer over arbitrary and Arabic-heavy text."""

from __future__ import annotations

import json
from itertools import accumulate

import pytest
import regex
from arabic_strategies import bracketed, texts
from hypothesis import given
from hypothesis import strategies as st

from rasd.document import Document
from rasd.text import NormalizedText, normalize, normalize_key, split_sentences, tokenize
from rasd.text.clitics import candidate_stems
from rasd.text.normalize import _NATIVE, _PLANE, _TABLE, fold_in_python
from rasd.text.tokenize import (
    _NUMBER,
    _TOKEN,
    _bmp_token,
    _classes,
    _split,
    native_numbers,
    native_spans,
    native_split,
    number_spans,
)

NON_SPACE = regex.compile(r"\S")
BIDI_MARKS = "\u200e\u200f"  # trimmed from sentence edges like white space


@given(texts)
def test_normalization_keeps_length_or_drops_marks(text: str) -> None:
    norm = normalize(text)
    assert len(norm) <= len(text)
    assert normalize(norm) == norm
    assert not regex.search(r"\s\s|^\s|\s$|[^\S ]", normalize_key(text))
    nt = NormalizedText(text)
    assert nt.text == norm
    # every kept character maps back to the source character it came from, in order
    sources = [nt.to_source(i) for i in range(len(norm))]
    assert sources == sorted(set(sources))
    assert all(normalize(text[k]) == norm[i] for i, k in enumerate(sources))


@given(st.one_of(texts, st.text()))
def test_basic_plane_tokenizer_splits_as_the_regex_pattern(text: str) -> None:
    # Texts of U+0000..U+FFFF go through stdlib re; any other text through the regex module.
    assert _split(text) == _TOKEN.split(text)
    basic = "".join(c for c in text if c <= "\uffff")
    assert _bmp_token().split(basic) == _TOKEN.split(basic)


def _pattern_split(text: str) -> tuple[list[int], list[str]]:
    """Bounds and token texts as the layer keeps them, from the pattern's split."""
    pieces = _TOKEN.split(text)
    return list(accumulate(map(len, pieces))), pieces[1::2]


@given(st.one_of(texts, st.text()))
def test_the_c_loop_splits_as_the_regex_pattern(text: str) -> None:
    split = native_split()
    if split is None:
        return  # installed with RASD_PURE_PYTHON=1 (tests/test_build.py checks the others)
    basic = "".join(c for c in text if c <= "\uffff")
    assert split(basic, _classes()) == _pattern_split(basic)
    assert split(basic + "\U0001F600", _classes()) is None  # such a text goes to regex


@given(st.one_of(texts, st.text(), st.text(alphabet="0123456789٠١٢.,٫٬ x")))
def test_the_c_number_loop_finds_what_the_pattern_finds(text: str) -> None:
    spans = [m.span() for m in _NUMBER.finditer(text)]
    assert number_spans(text) == spans
    numbers = native_numbers()
    if numbers is None:
        return  # installed with RASD_PURE_PYTHON=1
    basic = "".join(c for c in text if c <= "\uffff")
    assert numbers(basic, _classes()) == [m.span() for m in _NUMBER.finditer(basic)]
    assert numbers(basic + "\U0001F600", _classes()) is None  # such a text goes to regex




def test_the_c_loop_shares_the_texts_of_repeated_words() -> None:
    split = native_split()
    if split is None:
        return
    first = split("قال الوزير أمس", _classes())
    again = split("وقال الوزير: أمس " + "ب" * 41 + " " + "ب" * 41, _classes())
    assert first is not None and again is not None
    assert again[1][1] is first[1][1] and again[1][3] is first[1][2]  # الوزير, أمس
    assert again[1][4] == again[1][5] and again[1][4] is not again[1][5]  # too long to share
    # A corpus of more distinct words than the table holds: it starts afresh, same tokens.
    words = " ".join(f"كلمة{n}" for n in range(80_000))
    assert split(words, _classes()) == _pattern_split(words)
    assert split(words[::-1], _classes()) == _pattern_split(words[::-1])

@given(st.one_of(texts, st.text()))
def test_token_spans_and_letter_starts_match_the_tokens(text: str) -> None:
    layer = tokenize(text)
    tokens = list(layer)
    assert layer.offsets() == [(t.start, t.end) for t in tokens]
    assert layer.letter_first() == [t.text[:1].isalpha() for t in tokens]
    native = native_spans()
    if native is None:
        return  # installed with RASD_PURE_PYTHON=1
    pairs, letter_first = native
    bounds, _ = _pattern_split(text)
    assert pairs(bounds) == list(zip(bounds[0:-1:2], bounds[1::2], strict=True))
    assert letter_first(text, bounds) == [text[s].isalpha() for s in bounds[0:-1:2]]


def test_token_spans_reject_bounds_that_are_not_a_split() -> None:
    native = native_spans()
    if native is None:
        return
    pairs, letter_first = native
    with pytest.raises(ValueError, match="bounds"):
        pairs([0, 1])
    with pytest.raises(IndexError, match="outside"):
        letter_first("ab", [5, 6, 2])
    assert pairs([0]) == [] and letter_first("", [0]) == []


def test_the_c_loop_knows_every_character_of_the_basic_plane() -> None:
    split = native_split()
    if split is None:
        return
    plane = "".join(map(chr, range(0x10000)))
    numbers = native_numbers()
    assert numbers is not None
    for text in (plane, " ".join(plane), plane[::-1], "1.2" + "٫3,4." * 50):
        assert split(text, _classes()) == _pattern_split(text)
        assert numbers(text, _classes()) == [m.span() for m in _NUMBER.finditer(text)]
    with pytest.raises(ValueError, match="65536"):
        split("text", b"short")


@given(st.one_of(texts, st.text()))
def test_the_c_folding_translates_as_the_table(text: str) -> None:
    if _NATIVE is None:
        return  # installed with RASD_PURE_PYTHON=1 (tests/test_build.py checks the others)
    basic = "".join(c for c in text if c <= "\uffff")
    assert _NATIVE(basic, _PLANE) == basic.translate(_TABLE)
    assert _NATIVE(basic + "\U0001F600", _PLANE) is None  # such a text goes to the twin
    assert normalize(text) == text.translate(_TABLE)


@given(st.one_of(texts, st.text()))
def test_the_python_twin_folds_as_the_table(text: str) -> None:
    for each in (text, text * 8):  # short texts and long ones take different paths
        assert fold_in_python(each) == each.translate(_TABLE)


def test_the_c_folding_knows_every_character_of_the_basic_plane() -> None:
    if _NATIVE is None:
        return
    plane = "".join(map(chr, range(0x10000)))
    for text in (plane, " ".join(plane), plane[::-1], plane[0x600:0x700] * 3, "\uffff\u064e"):
        assert _NATIVE(text, _PLANE) == text.translate(_TABLE)
    unchanged = "نص بلا همزه ولا تاء مربوطه"
    assert _NATIVE(unchanged, _PLANE) is unchanged
    with pytest.raises(ValueError, match="131072"):
        _NATIVE("text", b"short")


@given(texts)
def test_tokens_tile_every_non_space_character(text: str) -> None:
    layer = tokenize(text)
    covered = [False] * len(text)
    previous_end = 0
    for token in layer:
        assert previous_end <= token.start < token.end <= len(text)
        assert text[token.start:token.end] == token.text
        assert token.kind in {"word", "number", "latin", "punct", "symbol"}
        for i in range(token.start, token.end):
            covered[i] = True
        previous_end = token.end
    for m in NON_SPACE.finditer(text):
        assert covered[m.start()], f"{m.group()!r} at {m.start()} is in no token"
    assert layer.offsets() == [(t.start, t.end) for t in layer]
    assert list(layer) == [layer[i] for i in range(len(layer))] == layer[:]


@given(texts)
def test_sentences_are_ordered_trimmed_and_in_the_text(text: str) -> None:
    previous_end = 0
    for start, end in split_sentences(text):
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous_end = end


@given(texts)
def test_sentences_cover_every_visible_character(text: str) -> None:
    spans = split_sentences(text)
    for m in NON_SPACE.finditer(text):
        if not m.group().isspace() and m.group() not in BIDI_MARKS:
            assert any(s <= m.start() < e for s, e in spans), m.start()


@given(bracketed())
def test_sentences_never_split_inside_balanced_brackets(case: tuple[str, list[tuple[int, int]]]
                                                         ) -> None:
    text, wrapped = case
    cuts = {e for _, e in split_sentences(text)} | {s for s, _ in split_sentences(text)}
    for start, end in wrapped:
        inside = [c for c in cuts if start < c < end]
        assert not inside, (text[start:end], inside)


@given(texts, st.data())
def test_source_span_maps_back(text: str, data: st.DataObject) -> None:
    nt = NormalizedText(text)
    start = data.draw(st.integers(0, len(nt.text)))
    end = data.draw(st.integers(start, len(nt.text)))
    src_start, src_end = nt.source_span(start, end)
    assert 0 <= src_start <= src_end <= len(text)
    assert normalize(text[src_start:src_end]) == nt.text[start:end]


@given(st.text(max_size=30))
def test_candidate_stems_are_suffixes_of_the_word(word: str) -> None:
    norm = normalize(word)
    readings = candidate_stems(norm)
    assert readings[0] == ("", norm)
    lengths = [len(stem) for _, stem in readings]
    assert lengths == sorted(lengths, reverse=True)
    for prefix, stem in readings:
        assert norm.endswith(stem) or (prefix.endswith("ل") and stem.startswith("ال"))


@given(texts)
def test_text_stages_output_survives_json(text: str) -> None:
    doc = Document(text)
    doc.add_layer("tokens", tokenize(text))
    doc.add_layer("sentences", [doc.span(s, e) for s, e in split_sentences(text)])
    back = Document.from_dict(json.loads(json.dumps(doc.to_dict())))
    assert back.to_dict() == doc.to_dict()
