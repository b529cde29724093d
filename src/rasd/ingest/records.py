"""JSONL and JSON article records.

One JSON object per line (``.jsonl``), or a ``.json`` file holding a list of
such objects, each ``{"text", "title", "published", "url", "source", "id"}``;
only ``text`` is required. ``published`` is an ISO date (a date-time such as
``2015-08-09 17:18:57`` is cut to its date) or null. Other corpora name the
fields differently: ``fields`` maps rasd's names to theirs, e.g.
``{"text": "content", "published": "date_extracted"}`` for SaudiNewsNet.

The text of a record is kept exactly as given (no line-ending change). JSONL
is read line by line, so a file of any size streams; a bad line is reported
with its number and the other lines are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from rasd.document import Document, Meta, text_id
from rasd.errors import InputError
from rasd.ingest.problems import EmptyInput, MalformedRecord, OversizedInput

FIELDS = ("text", "title", "published", "url", "source", "id")
#: Lines with the same problem reported one by one before the rest are summed up.
REPEATS_SHOWN = 3


def jsonl_documents(path: Path, name: str, *, published: date | None, max_chars: int,
                    fields: Mapping[str, str]) -> Iterator[Document | InputError]:
    """Documents of a JSONL file, and one problem per line that could not be read."""
    with path.open("rb") as handle:
        yield from record_lines(handle, name, published=published, max_chars=max_chars,
                          fields=fields)


def record_lines(handle: Iterable[bytes], name: str, *, published: date | None, max_chars: int,
                 fields: Mapping[str, str]) -> Iterator[Document | InputError]:
    """Documents of JSONL lines (as bytes), and the problems of lines that could not be read.

    After ``REPEATS_SHOWN`` lines with the same problem, further ones are counted and
    reported once at the end, so a misnamed field does not print a line per record.
    """
    seen = False
    repeats: dict[tuple[type[InputError], str], int] = {}
    for number, raw in enumerate(handle, 1):
        where = f"{name}: line {number}"
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        seen = True
        item = _line_document(raw, where, origin=name, published=published,
                              max_chars=max_chars, fields=fields)
        if isinstance(item, InputError):
            key = (type(item), item.message[len(where):])
            repeats[key] = repeats.get(key, 0) + 1
            if repeats[key] > REPEATS_SHOWN:
                continue
        yield item
    for (kind, detail), count in repeats.items():
        if count > REPEATS_SHOWN:
            yield kind(f"{name}: {count - REPEATS_SHOWN} more lines{detail}")
    if not seen:
        yield EmptyInput(f"{name}: the file holds no JSON lines")


def _line_document(raw: bytes, where: str, *, origin: str, published: date | None,
                   max_chars: int, fields: Mapping[str, str]) -> Document | InputError:
    if len(raw) > 4 * max_chars + 10_000:  # no UTF-8 character is longer than 4 bytes
        return OversizedInput(f"{where} is {len(raw):,} bytes long, more than an article "
                              f"of {max_chars:,} characters can be; it was skipped")
    try:
        item = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return MalformedRecord(f"{where}: byte {exc.start} is not UTF-8; JSONL must be UTF-8")
    except json.JSONDecodeError as exc:
        return MalformedRecord(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})")
    return record_document(item, where, origin=origin, published=published,
                           max_chars=max_chars, fields=fields)


def json_documents(text: str, name: str, *, published: date | None, max_chars: int,
                   fields: Mapping[str, str]) -> Iterator[Document | InputError]:
    """Documents of a ``.json`` file holding one record or a list of them."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield MalformedRecord(f"{name}: not valid JSON ({exc.msg} at line {exc.lineno}, "
                              f"column {exc.colno})")
        return
    items = data if isinstance(data, list) else [data]
    if not items:
        yield EmptyInput(f"{name}: the JSON list is empty")
    for number, item in enumerate(items, 1):
        where = f"{name}: item {number}" if isinstance(data, list) else name
        yield record_document(item, where, origin=name, published=published,
                              max_chars=max_chars, fields=fields)


def record_document(item: Any, where: str, *, origin: str, published: date | None, max_chars: int,
                    fields: Mapping[str, str]) -> Document | InputError:
    """The Document of one record, or the problem that keeps it from being one.

    ``where`` names the record in messages; ``origin`` (the file) is the source when the
    record names none.
    """
    if not isinstance(item, dict):
        return MalformedRecord(f"{where}: expected a JSON object, got {type(item).__name__}")
    values = {name: item.get(fields.get(name, name)) for name in FIELDS}
    text = values["text"]
    key = fields.get("text", "text")
    if text is None:
        keys = ", ".join(map(str, item)) or "none"
        return MalformedRecord(f"{where}: has no {key!r} field for the article text (its keys: "
                               f"{keys}); name the text's key with --field text=KEY")
    if not isinstance(text, str):
        return MalformedRecord(f"{where}: field {key!r} must hold the article text, "
                               f"found a {type(text).__name__}")
    if not text.strip():
        return EmptyInput(f"{where}: field {key!r} is empty")
    if len(text) > max_chars:
        return OversizedInput(f"{where}: the text has {len(text):,} characters, more than the "
                              f"limit of {max_chars:,}")
    for name in ("title", "url", "source", "id"):
        if values[name] is not None and not isinstance(values[name], str):
            return MalformedRecord(f"{where}: field {fields.get(name, name)!r} must be a string "
                                   f"or null, found {values[name]!r}")
    try:
        own_date = _date(values["published"])
    except ValueError:
        return MalformedRecord(f"{where}: field {fields.get('published', 'published')!r} is "
                               f"{values['published']!r}, not an ISO date (YYYY-MM-DD) or null")
    return Document(text, Meta(id=values["id"] or text_id(text), title=values["title"] or None,
                               published=own_date or published,
                               source=values["source"] or origin,
                               url=values["url"]))


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(value)
    return date.fromisoformat(value.strip()[:10])
