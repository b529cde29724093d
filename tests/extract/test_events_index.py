"""The per-document indexes of the events layer give what scanning the layers would."""

from __future__ import annotations

import dataclasses

import pytest
import regex

from extract.event_helpers import make_doc
from rasd.document import Document, Event, Span
from rasd.extract.events.index import DocumentIndex, by_sentence
from rasd.extract.events.merge import _combine
from rasd.extract.events.modes import _cues, cue_starts, first_words_in, mode_and_context
from rasd.text import NormalizedText, normalize

TEXTS = [
    "قصفت الطائرات مدينة إدلب أمس.",
    "قَصَفَتْ الطائراتُ الحربيةُ مدينةَ إدلبَ، وقُتِلَ ثلاثةُ مدنيين.",
    "استهدف مسلحون مطعماً بقذائف الـهـاون في حيٍّ سكنيٍّ.",
    "ــــ «الجيش» قصفَ بالمدفعيّة مواقعَ المسلحين",
]


@pytest.mark.parametrize("text", TEXTS)
def test_any_stretch_normalizes_as_a_slice(text: str) -> None:
    index = DocumentIndex(make_doc(text))
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert index.normalize(start, end) == normalize(text[start:end])


def test_by_sentence_keeps_layer_order() -> None:
    sentences = [Span(0, 10, "x" * 10), Span(11, 20, "y" * 9)]
    items = ["c", "a", "b", "outside"]
    starts = [12, 3, 5, 10]
    assert by_sentence(sentences, items, starts) == [["a", "b"], ["c"]]


def _windowed(norm: str, start: int, end: int) -> tuple[str | None, tuple[str, ...]]:
    """The weapon cue nearest a trigger by scanning the window with ``finditer``."""
    pattern, table, _ = _cues()
    best = None
    for m in pattern.finditer(norm, max(0, start - 60), min(len(norm), end + 60)):
        if m.start() < end and m.end() > start:
            continue
        distance = m.start() - end if m.start() >= end else start - m.end()
        mode, context = table[regex.sub(r"\s+(?:ال)?", " ", m.group(1))]
        candidate = (distance, -len(m.group(1)), mode, context)
        best = candidate if best is None or candidate < best else best
    return (best[2], (best[3],)) if best else ("x", ("military",))


@pytest.mark.parametrize("text", [
    "قصفت الطائرات الحربية مواقع المسلحين بالصواريخ وقذائف الهاون",
    "هاجم مسلحون حاجزا للجيش بعبوة ناسفة وأسلحة خفيفة ثم انسحبوا",
    "استهدفت طائرة مسيرة سيارة في المدينة بينما أطلق قناص النار",
    "قصفت المدفعيةُ والطيرانُ الحربيُّ بلداتِ الريفِ الجنوبيِّ",
])
def test_cue_candidates_find_what_the_window_scan_finds(text: str) -> None:
    norm = normalize(text)
    words = [(m.start(), m.group()) for m in regex.finditer(r"\S+", norm)]
    starts = cue_starts(at + offset for at, word in words for offset in first_words_in(word))
    for at, word in words:
        found = mode_and_context(norm, starts, at, at + len(word), "x")
        assert found == _windowed(norm, at, at + len(word))


def test_combine_keeps_every_field_of_the_first_event() -> None:
    doc = Document("هاجم مسلحون قرية في الريف. وقتل ثلاثة.")
    a = Event(type="ASSAULT", trigger=doc.span(0, 4), evidence=(doc.span(0, 26),),
              mode="firearms", context=("military",), actor1=doc.span(5, 11), actor1_id="a1",
              actor2=doc.span(12, 16), actor2_id="a2", place=doc.span(20, 25), place_id="p",
              direction="north", date="2024-01-02", date_precision="day",
              date_source="sentence", fatalities=3, wounded=1, quantities=(0,),
              reported_by=0, modality="alleged")
    b = Event(type="ASSAULT", trigger=doc.span(28, 32), evidence=(doc.span(27, 38),))
    merged = _combine(a, b)
    for field in dataclasses.fields(Event):
        if field.name != "evidence":
            assert getattr(merged, field.name) == getattr(a, field.name), field.name
    assert merged.evidence == (doc.span(0, 26), doc.span(27, 38))


@pytest.mark.parametrize("text", TEXTS)
def test_offsets_map_back_as_normalized_text_does(text: str) -> None:
    index, norm = DocumentIndex(make_doc(text)), NormalizedText(text)
    assert index.folded == norm.text
    for i in range(len(norm.text) + 1):
        assert index.source_at(i) == norm.to_source(i)
        for j in range(i + 1, len(norm.text) + 1):
            assert index.source_span(i, j) == norm.source_span(i, j)
    for offset in range(len(text) + 1):
        assert index.folded_at(offset) == len(normalize(text[:offset]))
