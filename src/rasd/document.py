"""The Document: one immutable source text plus layers of typed spans.

Every annotation points back to the exact characters it came from: a
:class:`Span` is ``(start, end, text)`` with character offsets into
``Document.text`` (end exclusive) and ``text == document.text[start:end]``.
Layers are added once by pipeline stages and never rewritten.

``to_dict()`` writes the versioned ``rasd/1`` schema; a layer that was not run
is absent, a layer that found nothing is ``[]``. ``from_dict()`` reads it back
and checks every span against the text.
"""

from __future__ import annotations

import dataclasses
import hashlib
import types
import typing
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, NamedTuple, Union

from rasd.errors import LayerError, SchemaError, SpanError

SCHEMA = "rasd/1"


class Span(NamedTuple):
    """Characters ``[start, end)`` of a document, with the text they hold."""

    start: int
    end: int
    text: str


class Token(NamedTuple):
    """A token: a span plus its kind (word, number, latin, punct, symbol)."""

    start: int
    end: int
    text: str
    kind: str


@dataclasses.dataclass(frozen=True, slots=True)
class Entity:
    """A mention of a person, organization or place, linked when possible."""

    span: Span
    type: str  # PER | ORG | LOC | MISC
    norm: str = ""  # normalized matching key of the mention
    actor_id: str | None = None
    place_id: str | None = None
    role: str | None = None  # a person's title from the text (deputy foreign minister)
    affiliation: str | None = None  # actor id of the organization a person speaks for
    country: str | None = None  # ISO 3166 alpha-3
    direction: str | None = None  # for places: north, south-west, ... (جنوب إدلب)
    source: str = "dictionary"  # dictionary | rule | model


@dataclasses.dataclass(frozen=True, slots=True)
class DateMention:
    """A temporal expression resolved to ISO 8601 at its precision."""

    span: Span
    value: str | None  # YYYY-MM-DD | YYYY-Www | YYYY-MM | YYYY | None
    precision: str | None  # day | week | month | year | None
    resolution: str  # explicit | relative | inferred-year | weekday-agreement | unresolved
    kind: str = "date"  # date | range | duration
    calendar: str = "gregorian"  # gregorian | hijri
    anchor: str | None = None  # the ISO date a relative expression was resolved against
    partial: str | None = None  # what an undated expression still fixes: --MM-DD | --MM


@dataclasses.dataclass(frozen=True, slots=True)
class DocumentDate:
    """The date the article speaks from, and how it was found."""

    value: str  # YYYY-MM-DD
    method: str  # published | dateline | glossed-relative | weekday-agreement
    evidence: Span | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class Quantity:
    """A number read from the text, with what it counts."""

    span: Span
    value: float | None
    unit: str | None = None  # the counted noun as written (مسلحا, دبابات)
    approximate: bool = False
    qualifier: str | None = None  # more-than | less-than | about | at-least | up-to
    casualty: str | None = None  # killed | wounded | captured | displaced
    kind: str = "count"  # count | percent | identifier | clock | year | duration


@dataclasses.dataclass(frozen=True, slots=True)
class Statement:
    """A reported statement: who said what, with what stance, through whom."""

    cue: Span
    content: Span
    stance: str  # assert | deny | accuse | warn
    mode: str  # direct | indirect | mixed
    speaker: Span | None = None
    speaker_id: str | None = None  # actor id when the speaker is linked
    inherited: bool = False  # speaker taken from the previous statement (وزاد، وأضاف)
    via: int | None = None  # index in doc.statements of the statement this one is nested in
    cue_lemma: str = ""  # the cue's lexicon entry (أعلن for وأعلنت)
    negated: bool = False  # the cue is negated (لم ينف)
    channel: Span | None = None  # who relayed it: X in «نقلت X عن Y أن …» (Y is the speaker)
    mention: Span | None = None  # the local words for a resolved speaker (الوزارة)


@dataclasses.dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, where, when and how many, coded in PLOVER."""

    type: str  # PLOVER type: ASSAULT, CONSULT, ...
    trigger: Span
    evidence: tuple[Span, ...]
    mode: str | None = None  # PLOVER mode (firearms, aerial, phone, ...)
    context: tuple[str, ...] = ()
    actor1: Span | None = None
    actor1_id: str | None = None
    actor2: Span | None = None
    actor2_id: str | None = None
    place: Span | None = None
    place_id: str | None = None
    direction: str | None = None
    date: str | None = None
    date_precision: str | None = None
    date_source: str | None = None  # sentence | paragraph | document
    fatalities: int | None = None
    wounded: int | None = None
    quantities: tuple[int, ...] = ()  # indexes into doc.quantities
    reported_by: int | None = None  # index into doc.statements
    modality: str = "asserted"  # asserted | denied | threatened | planned | alleged | hypothetical


def _write_slots_directly(record: type) -> None:
    """Give a frozen, slotted dataclass an ``__init__`` that writes each slot through its
    descriptor. The one ``dataclasses`` generates goes through ``object.__setattr__``
    for every field, which makes building an :class:`Entity` twice as slow; the fields,
    their order and defaults, and the refusal of later assignment stay as they were."""
    fields = dataclasses.fields(record)
    scope: dict[str, Any] = {}
    params, body = [], []
    for f in fields:
        if not f.init or f.default_factory is not dataclasses.MISSING:
            raise TypeError(f"{record.__name__}.{f.name}: only plain fields are supported")
        scope[f"_set_{f.name}"] = record.__dict__[f.name].__set__
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            scope[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _set_{f.name}(self, {f.name})")
    source = f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body) + "\n"
    exec(source, scope)  # made from the field names above, as dataclasses does
    init = scope["__init__"]
    init.__qualname__ = f"{record.__qualname__}.__init__"
    record.__init__ = init  # type: ignore[misc]


#: Layer name -> record type, in pipeline order.
LAYER_TYPES: dict[str, type] = {
    "tokens": Token,
    "sentences": Span,
    "document_date": DocumentDate,
    "dates": DateMention,
    "quantities": Quantity,
    "entities": Entity,
    "statements": Statement,
    "events": Event,
}
for _record in (Entity, DateMention, DocumentDate, Quantity, Statement, Event):
    _write_slots_directly(_record)


@dataclasses.dataclass(frozen=True, slots=True)
class Meta:
    """What the reader knew about the article besides its text."""

    id: str
    title: str | None = None
    subtitle: str | None = None
    captions: tuple[str, ...] = ()
    published: date | None = None
    source: str | None = None
    url: str | None = None


def text_id(text: str) -> str:
    """A stable id for a text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class Document:
    """An immutable text with layers of annotations added once each."""

    __slots__ = ("_headline", "_layers", "meta", "text")

    def __init__(self, text: str, meta: Meta | None = None, **fields: Any) -> None:
        if not isinstance(text, str):
            raise TypeError(f"Document text must be str, not {type(text).__name__}")
        self.text = text
        self.meta = meta if meta is not None else Meta(id=fields.pop("id", None) or text_id(text),
                                                       **fields)
        self._layers: dict[str, Sequence[Any]] = {}
        self._headline: Document | None = None

    def __repr__(self) -> str:
        return f"Document(id={self.meta.id!r}, chars={len(self.text)}, layers={list(self._layers)})"

    def span(self, start: int, end: int) -> Span:
        """The span ``[start, end)``; raises :class:`SpanError` outside the text."""
        if not 0 <= start <= end <= len(self.text):
            raise SpanError(
                f"span ({start}, {end}) lies outside a text of {len(self.text)} characters"
            )
        return Span(start, end, self.text[start:end])

    # layers -------------------------------------------------------------
    def add_layer(self, name: str, items: Iterable[Any]) -> None:
        """Add a layer once; a second call for the same name raises."""
        if name not in LAYER_TYPES:
            raise LayerError(f"unknown layer {name!r}; known layers: {', '.join(LAYER_TYPES)}")
        if name in self._layers:
            raise LayerError(f"layer {name!r} is already set on document {self.meta.id}")
        # A layer that is already an immutable sequence (the compact token layer) is kept as is.
        self._layers[name] = items if isinstance(items, Sequence) and not isinstance(
            items, list) else tuple(items)

    def has_layer(self, name: str) -> bool:
        return name in self._layers

    def layer(self, name: str) -> Sequence[Any]:
        """The items of a layer; raises :class:`LayerError` if it was not run."""
        try:
            return self._layers[name]
        except KeyError:
            raise LayerError(
                f"layer {name!r} was not run on document {self.meta.id}; "
                "add its stage to the pipeline"
            ) from None

    @property
    def layers(self) -> tuple[str, ...]:
        return tuple(self._layers)

    @property
    def tokens(self) -> Sequence[Token]:
        return self.layer("tokens")

    @property
    def sentences(self) -> Sequence[Span]:
        return self.layer("sentences")

    @property
    def dates(self) -> Sequence[DateMention]:
        return self.layer("dates")

    @property
    def document_date(self) -> DocumentDate | None:
        found = self._layers.get("document_date", ())
        return found[0] if found else None

    @property
    def quantities(self) -> Sequence[Quantity]:
        return self.layer("quantities")

    @property
    def entities(self) -> Sequence[Entity]:
        return self.layer("entities")

    @property
    def statements(self) -> Sequence[Statement]:
        return self.layer("statements")

    @property
    def events(self) -> Sequence[Event]:
        return self.layer("events")

    def sentence_of(self, span: Span) -> Span | None:
        """The sentence that contains the start of ``span``, if sentences were split."""
        for sentence in self._layers.get("sentences", ()):
            if sentence.start <= span.start < sentence.end or sentence.start == span.start:
                return typing.cast(Span, sentence)
        return None

    # headline -------------------------------------------------------------
    @property
    def headline_text(self) -> str:
        """Title, subtitle and captions, one per line: the headline material."""
        parts = [self.meta.title, self.meta.subtitle, *self.meta.captions]
        return "\n".join(p for p in parts if p)

    @property
    def headline(self) -> Document | None:
        """The headline material analyzed as a document of its own, if it was."""
        return self._headline

    def attach_headline(self, headline: Document) -> None:
        if self._headline is not None:
            raise LayerError(f"document {self.meta.id} already has an analyzed headline")
        if headline.text != self.headline_text:
            raise LayerError("a headline document must hold exactly this document's headline_text")
        self._headline = headline

    # serialization ------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The ``rasd/1`` JSON form: metadata, text and every layer that was run."""
        meta = self.meta
        out: dict[str, Any] = {
            "schema": SCHEMA,
            "id": meta.id,
            "title": meta.title,
            "subtitle": meta.subtitle,
            "captions": list(meta.captions),
            "published": meta.published.isoformat() if meta.published else None,
            "source": meta.source,
            "url": meta.url,
            "text": self.text,
            "layers": {name: [_encode(item) for item in items]
                       for name, items in self._layers.items()},
        }
        if self._headline is not None:
            out["headline"] = self._headline.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """Read a ``rasd/1`` dict back; every span is checked against the text."""
        if not isinstance(data, dict) or data.get("schema") != SCHEMA:
            found = data.get("schema") if isinstance(data, dict) else type(data).__name__
            raise SchemaError(f"expected a {SCHEMA!r} document, got schema {found!r}")
        try:
            published = data.get("published")
            meta = Meta(
                id=data["id"],
                title=data.get("title"),
                subtitle=data.get("subtitle"),
                captions=tuple(data.get("captions") or ()),
                published=date.fromisoformat(published) if published else None,
                source=data.get("source"),
                url=data.get("url"),
            )
            doc = cls(data["text"], meta)
            for name, items in (data.get("layers") or {}).items():
                if name not in LAYER_TYPES:
                    raise SchemaError(f"unknown layer {name!r} in document {meta.id}")
                record = LAYER_TYPES[name]
                doc.add_layer(name, [_decode(record, item, doc) for item in items])
            if "headline" in data:
                doc.attach_headline(cls.from_dict(data["headline"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise SchemaError(f"malformed {SCHEMA} document: {exc!r}") from exc
        return doc


# --- generic record (de)serialization -------------------------------------------

def _encode(value: Any) -> Any:
    if isinstance(value, Token):
        return {"start": value.start, "end": value.end, "text": value.text, "kind": value.kind}
    if isinstance(value, Span):
        return {"start": value.start, "end": value.end, "text": value.text}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [_encode(v) for v in value]
    return value


def _checked_span(item: Any, doc: Document) -> Span:
    span = doc.span(int(item["start"]), int(item["end"]))
    if "text" in item and item["text"] != span.text:
        raise SpanError(
            f"span ({span.start}, {span.end}) says {item['text']!r} "
            f"but the text holds {span.text!r}"
        )
    return span


def _decode(kind: Any, item: Any, doc: Document) -> Any:
    if item is None:
        return None
    if kind is Span:
        return _checked_span(item, doc)
    if kind is Token:
        span = _checked_span(item, doc)
        return Token(span.start, span.end, span.text, item["kind"])
    origin = typing.get_origin(kind)
    if origin in (Union, types.UnionType):
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        return _decode(options[0], item, doc) if len(options) == 1 else item
    if origin in (tuple, list, Sequence):
        inner = typing.get_args(kind)[0]
        return tuple(_decode(inner, v, doc) for v in item)
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        return kind(**{name: _decode(hints[name], value, doc)
                       for name, value in item.items() if name in hints})
    return item


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(kind: type) -> dict[str, Any]:
    if kind not in _HINTS:
        _HINTS[kind] = typing.get_type_hints(kind)
    return _HINTS[kind]
