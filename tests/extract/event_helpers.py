"""Build documents whose upstream layers are written by hand, to test the events layer alone."""

from __future__ import annotations

from collections.abc import Sequence

from rasd.document import DateMention, Document, DocumentDate, Entity, Quantity, Span, Statement
from rasd.text.stages import SENTENCES, TOKENS


def find(doc: Document, piece: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(piece, start + 1)
    return doc.span(start, start + len(piece))


def every(doc: Document, piece: str) -> list[Span]:
    spans, start = [], doc.text.find(piece)
    while start >= 0:
        spans.append(doc.span(start, start + len(piece)))
        start = doc.text.find(piece, start + 1)
    return spans


def make_doc(text: str, *, entities: Sequence[tuple[str, str]] = (),
             dates: Sequence[tuple[str, str, str]] = (),
             quantities: Sequence[tuple[str, float, str | None]] = (),
             statements: Sequence[tuple[str, str, str, str]] = (),
             published: str | None = None) -> Document:
    """Layers by substring. ``entities``: (text, type), every occurrence; ``dates``:
    (text, value, precision); ``quantities``: (text, value, casualty); ``statements``:
    (speaker, cue, content, stance)."""
    doc = Document(text)
    TOKENS(doc)
    SENTENCES(doc)
    doc.add_layer("document_date", [DocumentDate(published, "published")] if published else [])
    doc.add_layer("dates", [DateMention(find(doc, t), v, p, "explicit") for t, v, p in dates])
    doc.add_layer("quantities", [Quantity(find(doc, t), v, casualty=c)
                                 for t, v, c in quantities])
    found = (Entity(span, k) for t, k in entities for span in every(doc, t))
    doc.add_layer("entities", sorted(found, key=lambda e: e.span.start))
    doc.add_layer("statements", [Statement(find(doc, c), find(doc, content), stance, "indirect",
                                           speaker=find(doc, s))
                                 for s, c, content, stance in statements])
    return doc
