"""Plain text files and scraped dumps: one decoded text, one or more articles.

A text in which :func:`rasd.ingest.dump.split_dump` finds article headers is
read as a dump; otherwise it is one article. In a plain article the first
line is taken as the title when it is short (at most ``MAX_TITLE``
characters), does not end in punctuation (so it is not a sentence of the
body) and is followed by a blank line and more text; the title is then not
part of ``Document.text``. Every other text is the body as a whole, trimmed
of surrounding white space.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from rasd.document import Document, Meta, text_id
from rasd.errors import InputError
from rasd.ingest.dump import split_dump
from rasd.ingest.problems import EmptyInput, OversizedInput

MAX_TITLE = 150
_FINAL_PUNCT = frozenset(".!?؟:…،,;؛")


def split_title(text: str) -> tuple[str | None, int, int]:
    """``(title, body_start, body_end)`` of one plain article (see module docstring)."""
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    first_end = text.find("\n", start)
    if first_end < 0:
        return None, start, end
    first = text[start:first_end].strip()
    rest = text[first_end + 1:]
    blank = rest.split("\n", 1)[0]
    body_start = len(text) - len(rest.lstrip())
    if (first and len(first) <= MAX_TITLE and first[-1] not in _FINAL_PUNCT
            and not blank.strip() and body_start < end):
        return first, body_start, end
    return None, start, end


def articles(text: str, name: str, *, published: date | None,
             max_chars: int) -> Iterator[Document | InputError]:
    """Documents of a decoded text file, and the problems of articles that were skipped."""
    found = split_dump(text)
    parts = ([(a.title, a.subtitle, a.captions, a.start, a.end) for a in found]
             if found is not None else [_plain(text)])
    for n, (title, subtitle, captions, start, end) in enumerate(parts, 1):
        where = f"{name}: article {n}" if len(parts) > 1 else name
        if end - start > max_chars:
            yield OversizedInput(
                f"{where} has {end - start:,} characters, more than the limit of {max_chars:,}; "
                "split it into articles")
            continue
        if end <= start:
            yield EmptyInput(f"{where} ({title or 'untitled'}) has no body text")
            continue
        body = text[start:end]
        yield Document(body, Meta(id=text_id(body), title=title, subtitle=subtitle,
                                  captions=captions, published=published, source=name))


def _plain(text: str) -> tuple[str | None, None, tuple[str, ...], int, int]:
    title, start, end = split_title(text)
    return title, None, (), start, end
