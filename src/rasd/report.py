"""The readable per-article report printed by ``rasd analyze``.

Layout, one article::

    ══ title
    subtitle: …                      (and caption: …, when the reader found them)
    id: …   source: …
    date: 2019-05-23 (published)
    counts: tokens 812 · sentences 30 · dates 7 · …

    ── dates (7)
    sentence 3: <the source sentence>
      date 1: أمس → 2019-05-22 (relative)

Every extraction layer that was run and found something gets a section;
one ``none found:`` line names those that found nothing. Items are grouped
under the sentence their first span lies in. Each line starts with an ASCII
label, so a terminal's bidi algorithm lays out the Arabic that follows in one
right-to-left run. Records of layers this
module does not know are shown generically, field by field.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from rasd.document import (
    DateMention,
    Document,
    Entity,
    Event,
    Quantity,
    Span,
    Statement,
    Token,
)

#: Layers shown as counts only.
COUNTED_ONLY = frozenset({"tokens", "sentences", "document_date"})
SENTENCE_WIDTH = 200
CONTENT_WIDTH = 80
SEP = " · "


def render(doc: Document) -> str:
    """A plain-text report: headline material, date, counts, then every layer's items."""
    lines = [f"══ {doc.meta.title or '(untitled)'}"]
    if doc.meta.subtitle:
        lines.append(f"subtitle: {doc.meta.subtitle}")
    lines += [f"caption: {caption}" for caption in doc.meta.captions]
    where = [f"id: {doc.meta.id}"]
    if doc.meta.source:
        where.append(f"source: {doc.meta.source}")
    if doc.meta.url:
        where.append(f"url: {doc.meta.url}")
    lines.append("   ".join(where))
    lines.append(f"date: {_document_date(doc)}")
    lines.append("counts: " + (SEP.join(f"{name} {len(doc.layer(name))}" for name in doc.layers)
                               or "no layer was run"))
    lines += _layers(doc)
    if doc.headline is not None:
        lines += ["", "── headline", *(f"  {line}" if line else line
                                        for line in _layers(doc.headline)[1:])]
    return "\n".join(lines)


def _document_date(doc: Document) -> str:
    found = doc.document_date
    if found is not None:
        evidence = f": {found.evidence.text}" if found.evidence else ""
        return f"{found.value} ({found.method}{evidence})"
    if doc.meta.published is not None:
        return f"{doc.meta.published.isoformat()} (given with the input)"
    return "unknown"


def _layers(doc: Document) -> list[str]:
    """A section per extraction layer with items, then one line naming the empty ones."""
    lines: list[str] = []
    empty = []
    for name in doc.layers:
        items = doc.layer(name)
        if name in COUNTED_ONLY:
            continue
        if items:
            lines += ["", f"── {name} ({len(items)})", *_grouped(doc, name, items)]
        else:
            empty.append(name)
    if empty:
        lines += ["", f"── none found: {', '.join(empty)}"]
    return lines


def _grouped(doc: Document, name: str, items: Sequence[Any]) -> list[str]:
    """Item lines under the sentence each item's first span lies in."""
    lines: list[str] = []
    sentences = list(doc.layer("sentences")) if doc.has_layer("sentences") else []
    current: int | None = -1
    for index, item in enumerate(items, 1):
        span = _first_span(item)
        sentence = _sentence_index(sentences, span) if span is not None else None
        if sentence != current:
            current = sentence
            if sentence is not None:
                text = _shorten(sentences[sentence].text, SENTENCE_WIDTH)
                lines.append(f"sentence {sentence + 1}: {text}")
        lines.append(f"  {_label(name)} {index}: {describe(doc, item)}")
    return lines


def _label(layer: str) -> str:
    singular = {"entities": "entity", "quantities": "quantity"}
    return singular.get(layer, layer.removesuffix("s"))


def _sentence_index(sentences: Sequence[Span], span: Span) -> int | None:
    for i, sentence in enumerate(sentences):
        if sentence.start <= span.start < sentence.end:
            return i
    return None


def _first_span(item: Any) -> Span | None:
    if isinstance(item, (Span, Token)):
        return Span(item.start, item.end, item.text)
    if dataclasses.is_dataclass(item):
        for field in dataclasses.fields(item):
            value = getattr(item, field.name)
            if isinstance(value, tuple) and value and isinstance(value[0], Span):
                value = value[0]
            if isinstance(value, Span):
                return value
    return None


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _text(span: Span | None) -> str:
    return _shorten(span.text, CONTENT_WIDTH) if span is not None else "?"


# one line per record ---------------------------------------------------------------

def _entity(doc: Document, e: Entity) -> str:
    parts = [f"{e.type} {e.span.text}"]
    link = e.actor_id or e.place_id
    if link:
        parts.append(f"link {link}")
    parts += [f"{key} {value}" for key, value in (("role", e.role), ("country", e.country),
                                                 ("direction", e.direction)) if value]
    return SEP.join(parts)


def _date(doc: Document, d: DateMention) -> str:
    extra = [d.kind] if d.kind != "date" else []
    extra += [d.calendar] if d.calendar != "gregorian" else []
    return f"{d.span.text} → {d.value or 'unresolved'} ({', '.join([d.resolution, *extra])})"


def _quantity(doc: Document, q: Quantity) -> str:
    value = "?" if q.value is None else f"{q.value:g}"
    details = [x for x in (q.qualifier, "approximate" if q.approximate else None, q.casualty) if x]
    unit = f" {q.unit}" if q.unit else ""
    return f"{q.span.text} → {value}{unit}" + (f" ({', '.join(details)})" if details else "")


def _statement(doc: Document, s: Statement) -> str:
    speaker = s.speaker.text if s.speaker else "?"
    parts = [f"speaker {speaker}" + (" (inherited)" if s.inherited else ""),
             f"cue {s.cue.text}", f"{s.stance}/{s.mode}"]
    if s.via is not None:
        parts.append(f"via statement {s.via + 1}")
    parts.append(f"content {_text(s.content)}")
    return SEP.join(parts)


def _event(doc: Document, e: Event) -> str:
    parts = [e.type + (f"/{e.mode}" if e.mode else ""), f"trigger {e.trigger.text}"]
    if e.actor1 or e.actor2:
        parts.append(f"actors {_text(e.actor1)} → {_text(e.actor2)}")
    if e.place:
        parts.append(f"place {e.place.text}")
    if e.date:
        parts.append(f"date {e.date}")
    if e.fatalities is not None:
        parts.append(f"fatalities {e.fatalities}")
    if e.wounded is not None:
        parts.append(f"wounded {e.wounded}")
    parts.append(f"modality {e.modality}")
    if e.reported_by is not None:
        parts.append(f"reported by statement {e.reported_by + 1}{_speaker_of(doc, e.reported_by)}")
    return SEP.join(parts)


def _speaker_of(doc: Document, index: int) -> str:
    statements = doc.layer("statements") if doc.has_layer("statements") else ()
    if 0 <= index < len(statements) and statements[index].speaker is not None:
        return f" ({statements[index].speaker.text})"
    return ""


def _generic(doc: Document, item: Any) -> str:
    if isinstance(item, (Span, Token)):
        return item.text
    if not dataclasses.is_dataclass(item):
        return repr(item)
    parts = []
    for field in dataclasses.fields(item):
        value = getattr(item, field.name)
        if value is None or value == () or value == field.default:
            continue
        if isinstance(value, Span):
            value = _text(value)
        elif isinstance(value, tuple):
            value = ", ".join(_text(v) if isinstance(v, Span) else str(v) for v in value)
        parts.append(f"{field.name} {value}")
    return SEP.join(parts)


_DESCRIBE: dict[type, Callable[[Document, Any], str]] = {
    Entity: _entity, DateMention: _date, Quantity: _quantity,
    Statement: _statement, Event: _event,
}


def describe(doc: Document, item: Any) -> str:
    """One line of key fields for a layer item (any record type)."""
    return _DESCRIBE.get(type(item), _generic)(doc, item)
