"""``to_dict``/``from_dict`` round-trips documents with random layers of every record type."""

from __future__ import annotations

import json
from datetime import date

from arabic_strategies import texts
from hypothesis import given
from hypothesis import strategies as st

from rasd.document import (
    DateMention,
    Document,
    DocumentDate,
    Entity,
    Event,
    Meta,
    Quantity,
    Span,
    Statement,
)

words = st.text(max_size=12)
maybe = st.none() | words


@st.composite
def documents(draw: st.DrawFn) -> Document:
    text = draw(texts)
    meta = Meta(id=draw(words.filter(bool)), title=draw(maybe), subtitle=draw(maybe),
                captions=tuple(draw(st.lists(words, max_size=2))),
                published=draw(st.none() | st.dates(date(1900, 1, 1), date(2100, 1, 1))),
                source=draw(maybe), url=draw(maybe))
    doc = Document(text, meta)

    def span() -> Span:
        start = draw(st.integers(0, len(text)))
        return doc.span(start, draw(st.integers(start, len(text))))

    def some(make: object, n: int = 3) -> list[object]:
        return [make() for _ in range(draw(st.integers(0, n)))]  # type: ignore[operator]

    number = st.none() | st.integers(-10**6, 10**6)
    doc.add_layer("sentences", some(span))
    doc.add_layer("document_date", some(lambda: DocumentDate(
        draw(words), draw(words), span() if draw(st.booleans()) else None),
        1))
    doc.add_layer("dates", some(lambda: DateMention(
        span(), draw(maybe), draw(maybe), draw(words), draw(words), draw(words), draw(maybe))))
    doc.add_layer("quantities", some(lambda: Quantity(
        span(), draw(st.none() | st.floats(allow_nan=False, allow_infinity=False)), draw(maybe),
        draw(st.booleans()), draw(maybe), draw(maybe))))
    doc.add_layer("entities", some(lambda: Entity(
        span(), draw(words), draw(words), draw(maybe), draw(maybe), draw(maybe), draw(maybe),
        draw(maybe), draw(maybe), draw(words))))
    statements = some(lambda: Statement(
        span(), span(), draw(words), draw(words), span() if draw(st.booleans()) else None,
        draw(maybe), draw(st.booleans()), draw(number)))
    doc.add_layer("statements", statements)
    doc.add_layer("events", some(lambda: Event(
        draw(words), span(), tuple(some(span, 2)), draw(maybe),
        tuple(draw(st.lists(words, max_size=2))), span() if draw(st.booleans()) else None,
        draw(maybe), None, draw(maybe), span(), draw(maybe), draw(maybe), draw(maybe),
        draw(maybe), draw(maybe), draw(number), draw(number),
        tuple(draw(st.lists(st.integers(0, 9), max_size=3))), draw(number), draw(words))))
    return doc


@given(documents())
def test_round_trip_through_json(doc: Document) -> None:
    data = doc.to_dict()
    back = Document.from_dict(json.loads(json.dumps(data, ensure_ascii=False)))
    assert back.to_dict() == data
    for name in doc.layers:
        assert tuple(back.layer(name)) == tuple(doc.layer(name))
    assert back.meta == doc.meta
