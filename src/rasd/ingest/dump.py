"""Scraped news dumps: several articles pasted from web pages into one file.

The shape of such a scrape, per article (blank lines between any of them)::

    title                      one short line
    deck                       optional subtitle, one short line
    TT                         a marker: a short Latin-only artefact of the page
    title                      the title again (often)
    caption (Credit - Agency)  optional image captions, each possibly twice
    body paragraphs            up to the next article's title

An article header is found in two ways: around a marker line (the lines just
before it are the title and deck; a title repeated right after it confirms
which is which, else the title must open a block: start of the file or two
blank lines before it), or, when no marker makes a header, as a short line
that opens a block and is repeated one or two lines later. Captions are the
short lines right after the header that end in a credit in parentheses and
hold no sentence end before it; repeats are kept once. The body is the exact
slice of the source from its first to its last non-blank character.
"""

from __future__ import annotations

import dataclasses

import regex

#: Longest line taken as a title, deck or caption.
MAX_HEADLINE = 250
_NOT_ARABIC = r"[^\p{Script=Arabic}\p{N}]*"
_MARKER = regex.compile(rf"^(?=.{{1,6}}$){_NOT_ARABIC}\p{{Latin}}{_NOT_ARABIC}$")
_CREDIT = regex.compile(r"\(\s*[^()\n]{1,60}\)$")
_SENTENCE_END = regex.compile(r"[.!?؟]")


@dataclasses.dataclass(frozen=True)
class Line:
    """A non-blank source line: offsets of its stripped text, and blanks before it."""

    start: int
    end: int
    text: str
    gap: int  # blank lines right before it (-1: first line of the file)


@dataclasses.dataclass(frozen=True)
class Article:
    """One article of a dump: headline material and the offsets of its body."""

    title: str | None
    subtitle: str | None
    captions: tuple[str, ...]
    start: int
    end: int


@dataclasses.dataclass(frozen=True)
class _Header:
    first: int  # index (into the non-blank lines) of the title
    last: int  # index of the header's last line (marker or repeated title)
    title: str
    subtitle: str | None


def _lines(text: str) -> list[Line]:
    lines: list[Line] = []
    blanks = 0
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + len(raw) - len(raw.lstrip())
            lines.append(Line(start, start + len(stripped), stripped, blanks if lines else -1))
            blanks = 0
        else:
            blanks += 1
        pos += len(raw) + 1
    return lines


def _is_marker(line: Line) -> bool:
    return bool(_MARKER.match(line.text))


def _is_headline(line: Line) -> bool:
    return len(line.text) <= MAX_HEADLINE and not _is_marker(line)


def _is_caption(line: Line) -> bool:
    credit = _CREDIT.search(line.text)
    return (credit is not None and len(line.text) <= MAX_HEADLINE
            and not _SENTENCE_END.search(line.text, 0, credit.start()))


def _starts_block(line: Line) -> bool:
    return line.gap < 0 or line.gap >= 2


def _marker_header(lines: list[Line], k: int, floor: int) -> _Header | None:
    """The header around marker ``lines[k]``; ``floor`` is the first line it may use."""
    before = [i for i in range(max(floor, k - 2), k) if _is_headline(lines[i])]
    while before and any(_is_marker(lines[i]) for i in range(before[0], k)):
        before.pop(0)
    if not before:
        return None
    after = lines[k + 1] if k + 1 < len(lines) else None
    for i in before:
        if after is not None and after.text == lines[i].text:
            deck = [lines[j].text for j in range(i + 1, k)]
            return _Header(i, k + 1, lines[i].text, deck[0] if deck else None)
    # Without the repeat, the title must open a block (start of file or two blank lines
    # before it), so a short Latin line inside a body is not taken for a marker.
    starts = [i for i in before if _starts_block(lines[i])]
    if not starts:
        return None
    first = starts[0]
    deck = [lines[j].text for j in range(first + 1, k)]
    return _Header(first, k, lines[first].text, deck[0] if deck else None)


def _repeat_header(lines: list[Line], i: int) -> _Header | None:
    """A header without a marker: a short line repeated one or two lines later."""
    line = lines[i]
    if not (_starts_block(line) and _is_headline(line)) or _is_caption(line):
        return None
    for j in (i + 1, i + 2):
        if j < len(lines) and lines[j].text == line.text:
            deck = lines[i + 1].text if j == i + 2 else None
            return _Header(i, j, line.text, deck)
    return None


def _headers(lines: list[Line]) -> list[_Header]:
    """Headers around markers when there are any, else headers found by repeats."""
    headers: list[_Header] = []
    markers = [k for k, line in enumerate(lines) if _is_marker(line)]
    floor = 0
    for k in markers:
        if k < floor:
            continue
        found = _marker_header(lines, k, floor)
        if found is not None:
            headers.append(found)
            floor = found.last + 1
    if headers:
        return headers
    i = 0
    while i < len(lines):
        found = _repeat_header(lines, i)
        if found is not None:
            headers.append(found)
        i = found.last + 1 if found is not None else i + 1
    return headers


def split_dump(text: str) -> list[Article] | None:
    """The articles of a scraped dump, or ``None`` when ``text`` has no article header."""
    lines = _lines(text)
    headers = _headers(lines)
    if not headers:
        return None
    articles = []
    if headers[0].first > 0:  # text before the first header is kept as an untitled article
        articles.append(Article(None, None, (), lines[0].start, lines[headers[0].first - 1].end))
    for n, head in enumerate(headers):
        stop = headers[n + 1].first if n + 1 < len(headers) else len(lines)
        i = head.last + 1
        captions: list[str] = []
        while i < stop and _is_caption(lines[i]):
            if lines[i].text not in captions:
                captions.append(lines[i].text)
            i += 1
        if i < stop:
            start, end = lines[i].start, lines[stop - 1].end
        else:
            start = end = lines[head.last].end
        articles.append(Article(head.title, head.subtitle, tuple(captions), start, end))
    return articles
