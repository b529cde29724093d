"""Reading gold annotations (gold-format specification, docs/eval.md), checking every field.

A line that cannot be read (invalid JSON, not an object, no usable ``text``,
a bad ``id`` or ``published``) is skipped; an item that breaks the contract
(wrong type, unknown label, an entity or timex ``text`` or a statement
``content`` that does not occur in the text, compared normalized)
is skipped. Each skip is a :class:`GoldError` naming the line and the item,
and the rest is scored. A layer key that is absent means "not annotated".
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import regex

from rasd.errors import GoldError, InputError
from rasd.eval.match import locate
from rasd.text import NormalizedText

LAYERS = ("entities", "timexes", "statements", "events")
ENTITY_TYPES = frozenset({"PER", "ORG", "LOC"})
STANCES = frozenset({"assert", "deny", "accuse", "warn"})
MODES = frozenset({"direct", "indirect", "mixed"})
EVENT_TYPES = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
})
#: ISO 8601 at the precisions the gold uses: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www.
ISO_VALUE = regex.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?")


@dataclasses.dataclass(frozen=True, slots=True)
class GoldEntity:
    text: str
    type: str


@dataclasses.dataclass(frozen=True, slots=True)
class GoldTimex:
    text: str
    value: str | None
    position: int = 0  # source offset of the first occurrence of the text


@dataclasses.dataclass(frozen=True, slots=True)
class GoldStatement:
    speaker: str
    content: str
    stance: str
    mode: str
    cue: str | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class GoldEvent:
    type: str
    actor1: str | None = None
    actor2: str | None = None
    location: str | None = None
    date: str | None = None
    fatalities: int | None = None
    mode: str | None = None
    source: str | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class GoldArticle:
    """One gold line; a layer is ``None`` when the line does not annotate it."""

    line: int
    id: str
    text: str
    published: date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    entities: tuple[GoldEntity, ...] | None = None
    timexes: tuple[GoldTimex, ...] | None = None
    statements: tuple[GoldStatement, ...] | None = None
    events: tuple[GoldEvent, ...] | None = None

    def annotated(self, layer: str) -> bool:
        return getattr(self, layer) is not None


class _Bad(Exception):
    """An item or line that breaks the contract; the message says how."""


def _text(item: Mapping[str, Any], key: str, *, optional: bool = False) -> str | None:
    value = item.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _Bad(f"{key!r} must be a non-empty string, got {value!r}")
    return value


def _note(item: Mapping[str, Any], key: str) -> str | None:
    """An unscored descriptive field (cue, mode, source): kept when it is a string."""
    value = item.get(key)
    return value if isinstance(value, str) and value.strip() else None


def _label(item: Mapping[str, Any], key: str, allowed: frozenset[str]) -> str:
    value = item.get(key)
    if value not in allowed:
        raise _Bad(f"{key!r} must be one of {', '.join(sorted(allowed))}, got {value!r}")
    return str(value)


def _iso(item: Mapping[str, Any], key: str) -> str | None:
    value = item.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not ISO_VALUE.fullmatch(value):
        raise _Bad(f"{key!r} must be YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www or null, got {value!r}")
    return value


def _in_text(item: Mapping[str, Any], key: str, ntext: NormalizedText) -> tuple[str, int]:
    """The string at ``key`` and where it first occurs; it must occur in the text."""
    value = str(_text(item, key))
    position = locate(ntext, value)
    if position is None:
        raise _Bad(f"{key!r} is not a substring of the text: {value[:60]!r}")
    return value, position


def _entity(item: Mapping[str, Any], ntext: NormalizedText) -> GoldEntity:
    return GoldEntity(_in_text(item, "text", ntext)[0], _label(item, "type", ENTITY_TYPES))


def _timex(item: Mapping[str, Any], ntext: NormalizedText) -> GoldTimex:
    text, position = _in_text(item, "text", ntext)
    return GoldTimex(text, _iso(item, "value"), position)


def _statement(item: Mapping[str, Any], ntext: NormalizedText) -> GoldStatement:
    content = _in_text(item, "content", ntext)[0]
    return GoldStatement(
        speaker=str(_text(item, "speaker")), content=content,
        stance=_label(item, "stance", STANCES), mode=_label(item, "mode", MODES),
        cue=_note(item, "cue"))


def _event(item: Mapping[str, Any], ntext: NormalizedText) -> GoldEvent:
    fatalities = item.get("fatalities")
    if fatalities is not None and (isinstance(fatalities, bool) or not isinstance(fatalities, int)
                                   or fatalities < 0):
        raise _Bad(f"'fatalities' must be a non-negative integer or null, got {fatalities!r}")
    event = GoldEvent(
        type=_label(item, "type", EVENT_TYPES), actor1=_text(item, "actor1", optional=True),
        actor2=_text(item, "actor2", optional=True),
        location=_text(item, "location", optional=True), date=_iso(item, "date"),
        fatalities=fatalities, mode=_note(item, "mode"), source=_note(item, "source"))
    if not (event.actor1 or event.actor2 or event.location):
        raise _Bad("an event needs an actor1, an actor2 or a location to be matched")
    return event


_ITEM_READERS: dict[str, Callable[[Mapping[str, Any], NormalizedText], Any]] = {
    "entities": _entity, "timexes": _timex, "statements": _statement, "events": _event,
}


def _published(value: Any) -> date | None:
    """The document date: ``YYYY-MM-DD`` (a time after ``T`` or a space is ignored) or null."""
    if value is None:
        return None
    if isinstance(value, str) and len(value) > 10 and value[10] in "T ":
        value = value[:10]
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise _Bad(f"'published' must be YYYY-MM-DD or null, got {value!r}") from None


def _article(record: Any, line: int, where: str, problems: list[GoldError]) -> GoldArticle:
    if not isinstance(record, Mapping):
        raise _Bad(f"a gold line must be a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _Bad("'text' is missing or empty")
    ident = record.get("id", f"line-{line}")
    if not isinstance(ident, (str, int)) or isinstance(ident, bool):
        raise _Bad(f"'id' must be a string, got {ident!r}")
    day = _published(record.get("published"))
    ntext = NormalizedText(text)
    layers = {name: _layer(record, name, ntext, f"{where} line {line} ({ident})", problems)
              for name in LAYERS}
    return GoldArticle(
        line=line, id=str(ident), text=text, published=day,
        title=record.get("title") if isinstance(record.get("title"), str) else None,
        source=record.get("source") if isinstance(record.get("source"), str) else None,
        url=record.get("url") if isinstance(record.get("url"), str) else None, **layers)


def _layer(record: Mapping[str, Any], name: str, ntext: NormalizedText, where: str,
           problems: list[GoldError]) -> tuple[Any, ...] | None:
    if name not in record:
        return None
    items = record[name]
    if not isinstance(items, list):
        problems.append(GoldError(f"{where}: {name!r} must be a list, got "
                                  f"{type(items).__name__}; the layer is not scored"))
        return None
    read = _ITEM_READERS[name]
    kept = []
    for index, item in enumerate(items):
        try:
            if not isinstance(item, Mapping):
                raise _Bad(f"an item must be a JSON object, got {type(item).__name__}")
            kept.append(read(item, ntext))
        except _Bad as bad:
            problems.append(GoldError(f"{where}: {name}[{index}]: {bad}; the item is skipped"))
    return tuple(kept)


def _records(source: str | Path | Iterable[Any]) -> tuple[str, Iterable[tuple[int, Any]]]:
    """``(where, (line, record-or-raw-line)...)`` for a path or for parsed records."""
    if isinstance(source, (str, Path)):
        path = Path(source)
        try:
            # split on "\n" only: str.splitlines() would also cut at U+2028 inside a JSON string
            lines = path.read_text(encoding="utf-8-sig").split("\n")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot read the gold file ({exc})") from exc
        return str(path), ((n, raw) for n, raw in enumerate(lines, 1) if raw.strip())
    return "records", enumerate(source, 1)


def read_gold(source: str | Path | Iterable[Any]) -> tuple[list[GoldArticle], list[GoldError]]:
    """The readable articles of a gold JSONL file (or of parsed records), and the problems."""
    where, rows = _records(source)
    articles: list[GoldArticle] = []
    problems: list[GoldError] = []
    for line, row in rows:
        try:
            if isinstance(row, str):
                try:
                    row = json.loads(row)
                except json.JSONDecodeError as exc:
                    raise _Bad(f"invalid JSON ({exc.msg} at column {exc.colno})") from None
            articles.append(_article(row, line, where, problems))
        except _Bad as bad:
            problems.append(GoldError(f"{where} line {line}: {bad}; the line is skipped"))
    return articles, problems
