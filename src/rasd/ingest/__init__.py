"""Readers: files in, Documents out.

:func:`read_paths` reads every input it is given and yields one
:class:`~rasd.document.Document` per article. A folder is read recursively in
sorted order; a path ``-`` is standard input. Formats, by file name:

* ``.jsonl`` / ``.ndjson``: one JSON record per line (:mod:`rasd.ingest.records`);
* ``.json``: one record or a list of records;
* ``.txt`` / ``.text`` (and any file named explicitly): decoded text
  (:mod:`rasd.ingest.decode`), read as a scraped dump of several articles when
  it has article headers (:mod:`rasd.ingest.dump`), else as one plain article
  (:mod:`rasd.ingest.plain`).

Inside a folder, files of other types are reported as unsupported and hidden
files are skipped. Problems (:mod:`rasd.ingest.problems`, all ``InputError``)
go to ``on_error`` and reading goes on; without ``on_error`` the first one is
raised.

Size policy: an article longer than ``max_chars`` (default
``MAX_ARTICLE_CHARS``, one million characters, some 250 long news articles)
is refused with a message naming the file, and the other inputs go on: no
news article is that long, and a 50 MB single-line file is a dump gone wrong,
not news. Measured with ``rasd analyze --jsonl`` (peak RSS of the process):
a 50 MB UTF-8 single-line file is refused in 0.8 s at 184 MB (276 MB when it
is Windows-1256); a 999,000-character article is analyzed in 1.3 s at 179 MB.
A text file is decoded whole; JSONL streams line by line.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path

from rasd.document import Document
from rasd.errors import InputError
from rasd.ingest.decode import decode
from rasd.ingest.plain import articles
from rasd.ingest.problems import UnreadableInput, UnsupportedInput
from rasd.ingest.records import (
    json_documents,
    jsonl_documents,
    record_document,
    record_lines,
)

__all__ = ["MAX_ARTICLE_CHARS", "read_path", "read_paths", "read_text", "record_document"]

MAX_ARTICLE_CHARS = 1_000_000
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
JSON_SUFFIXES = frozenset({".json"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
SUPPORTED = JSONL_SUFFIXES | JSON_SUFFIXES | TEXT_SUFFIXES


def read_paths(paths: Sequence[str | Path], *, published: date | None = None,
               on_error: Callable[[InputError], None] | None = None,
               fields: Mapping[str, str] | None = None,
               max_chars: int = MAX_ARTICLE_CHARS) -> Iterator[Document]:
    """Documents from every readable input; problems are reported to ``on_error``.

    ``published`` is the date of inputs that carry none; ``fields`` renames
    JSON record fields (see :mod:`rasd.ingest.records`).
    """
    for name in paths:
        for item in read_path(name, published=published, fields=fields or {},
                              max_chars=max_chars):
            if isinstance(item, Document):
                yield item
            elif on_error is None:
                raise item
            else:
                on_error(item)


def read_path(name: str | Path, *, published: date | None = None,
              fields: Mapping[str, str] | None = None,
              max_chars: int = MAX_ARTICLE_CHARS) -> Iterator[Document | InputError]:
    """Documents and problems of one path: a file, a folder or ``-`` (standard input)."""
    fields = fields or {}
    if str(name) == "-":
        yield from _read_stdin(published=published, max_chars=max_chars, fields=fields)
        return
    path = Path(name)
    if path.is_dir():
        for file in sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path)):
            if file.suffix.lower() in SUPPORTED:
                yield from _read_file(file, published=published, max_chars=max_chars,
                                      fields=fields)
            else:
                yield UnsupportedInput(
                    f"{file}: skipped, rasd does not read {file.suffix or 'suffix-less'} files "
                    f"(it reads {', '.join(sorted(SUPPORTED))})")
    elif path.is_file():
        yield from _read_file(path, published=published, max_chars=max_chars, fields=fields)
    elif path.exists():
        yield UnsupportedInput(f"{path}: is neither a file nor a folder")
    else:
        yield UnreadableInput(f"{path}: no such file or folder")


def read_text(data: bytes, name: str, *, published: date | None = None,
              max_chars: int = MAX_ARTICLE_CHARS) -> Iterator[Document | InputError]:
    """Documents of the bytes of a text file: a scraped dump or one plain article."""
    try:
        text = decode(data, name)
    except InputError as err:
        yield err
        return
    yield from articles(text, name, published=published, max_chars=max_chars)


def _read_stdin(*, published: date | None, max_chars: int,
                fields: Mapping[str, str]) -> Iterator[Document | InputError]:
    """Standard input: JSONL when it starts with ``{``, else text."""
    data = sys.stdin.buffer.read()
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        yield from record_lines(data.splitlines(keepends=True), "<stdin>", published=published,
                                max_chars=max_chars, fields=fields)
    else:
        yield from read_text(data, "<stdin>", published=published, max_chars=max_chars)


def _read_file(path: Path, *, published: date | None, max_chars: int,
               fields: Mapping[str, str]) -> Iterator[Document | InputError]:
    name = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            yield from jsonl_documents(path, name, published=published, max_chars=max_chars,
                                       fields=fields)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield UnreadableInput(f"{name}: cannot be read ({exc.strerror or exc})")
        return
    if suffix not in JSON_SUFFIXES:
        yield from read_text(data, name, published=published, max_chars=max_chars)
        return
    try:
        text = decode(data, name)
    except InputError as err:
        yield err
        return
    yield from json_documents(text, name, published=published, max_chars=max_chars,
                              fields=fields)


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)
