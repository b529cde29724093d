"""Arabic normalization for matching, with offsets kept.

One character table does all the work: diacritics (harakat, tanween, shadda,
sukun, dagger alef, Quranic marks) and tatweel are dropped; alef forms
(أ إ آ ٱ) fold to ا, alef maqsura ى to ي, ta marbuta ة to ه, Persian ی ک to
ي ك; Arabic-Indic and Persian digits become ASCII, and the Arabic decimal and
thousands separators become ``.`` and ``,``.

The source text is never changed: :class:`NormalizedText` keeps a map from
every normalized character back to its source offset.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Callable, Iterable

import regex

#: Code points removed by normalization (combining marks and tatweel).
DELETED = (
    [chr(c) for c in range(0x064B, 0x0660)]  # fathatan … hamza below, incl. shadda, sukun
    + ["\u0670"]  # superscript (dagger) alef
    + [chr(c) for c in range(0x06D6, 0x06DD)]  # Quranic annotation signs
    + [chr(c) for c in range(0x06DF, 0x06E5)]
    + ["\u06E7", "\u06E8", "\u06EA", "\u06EB", "\u06EC", "\u06ED"]
    + ["\u0640"]  # tatweel
)
FOLDED = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ی": "ي", "ک": "ك", "ة": "ه",
    "٫": ".", "٬": ",",
}
FOLDED.update({chr(0x0660 + d): str(d) for d in range(10)})  # Arabic-Indic digits
FOLDED.update({chr(0x06F0 + d): str(d) for d in range(10)})  # Persian digits

_TABLE: dict[int, str | None] = {ord(c): None for c in DELETED}
_TABLE.update({ord(k): v for k, v in FOLDED.items()})
#: The table as (character, replacement) pairs; no replacement is itself in the table.
_PAIRS = tuple((chr(code), new or "") for code, new in _TABLE.items())
#: Shorter strings go through ``str.translate``, longer ones through ``_PAIRS``.
_SHORT = 32
#: In ``_fold.c``'s plane: a character that is dropped.
_DROP = 0xFFFF
_MARKS_RUN = regex.compile("[" + "".join(c for c in DELETED if c != "\u0640") + "]+")
_SPACE_RUN = regex.compile(r"\s+")


def _plane() -> bytes:
    """``_TABLE`` as ``_fold.c`` reads it: the code point each character of the Basic
    Multilingual Plane becomes (itself when the table leaves it), ``_DROP`` when dropped.
    U+FFFF, a noncharacter the table leaves, is itself ``_DROP``: the C loop keeps it."""
    plane = array("H", range(0x10000))
    for code, new in _TABLE.items():
        plane[code] = ord(new) if new is not None else _DROP
    return plane.tobytes()


def _native_translate() -> Callable[[str, bytes], str | None] | None:
    """``_fold.translate``, or None in an install without C extensions."""
    try:
        from rasd.text._fold import translate
    except ImportError:
        return None
    return translate


_NATIVE = _native_translate()
_PLANE = _plane()


def normalize(text: str) -> str:
    """The matching form of ``text`` (see module docstring); whitespace is kept.

    This is ``text.translate(_TABLE)``, done by one C loop over a flat table
    (``_fold.c``); its twin :func:`fold_in_python` serves pure installs and texts beyond
    U+FFFF."""
    if _NATIVE is not None:
        folded = _NATIVE(text, _PLANE)
        if folded is not None:
            return folded
    return fold_in_python(text)


def fold_in_python(text: str) -> str:
    """``text.translate(_TABLE)``, made fast on long texts: ``translate`` looks every
    non-ASCII character up on its own, while one ``replace`` per table character the text
    holds runs in C (ten times faster on an article, slower on a word)."""
    if len(text) < _SHORT:
        return text.translate(_TABLE)
    for old, new in _PAIRS:
        if old in text:
            text = text.replace(old, new)
    return text


def normalize_key(text: str) -> str:
    """The comparison key used across rasd: normalized, whitespace collapsed, trimmed."""
    folded = normalize(text)
    if folded.isprintable() and "  " not in folded:
        return folded.strip()  # no white space but single plain spaces: nothing to collapse
    collapsed: str = _SPACE_RUN.sub(" ", folded)
    return collapsed.strip()


def char_offsets(text: str, chars: Iterable[str]) -> list[int]:
    """Offsets of every occurrence of any of ``chars`` in ``text``, in order. Made for
    characters a text holds few of: each is found with ``str.find``, which runs in C (a
    regex pass over every character costs three to four times as much)."""
    at: list[int] = []
    for char in chars:
        i = text.find(char)
        while i >= 0:
            at.append(i)
            i = text.find(char, i + 1)
    at.sort()
    return at


def _deleted_runs(source: str) -> list[tuple[int, int]]:
    """``[start, end)`` of every run of deleted characters (marks, tatweel), in order."""
    runs: list[tuple[int, int]] = []
    for i in char_offsets(source, DELETED):
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


class NormalizedText:
    """A normalized copy of a text that maps its offsets back to the source.

    Search ``.text`` with patterns written in normalized form, then call
    :meth:`source_span` to get the offsets of the match in the original.
    """

    __slots__ = ("_norm_starts", "_src_starts", "source", "text")

    def __init__(self, source: str) -> None:
        self.source = source
        self.text = normalize(source)
        # Kept stretches of the source: normalized start -> source start.
        self._norm_starts: list[int] = [0]
        self._src_starts: list[int] = [0]
        if len(self.text) != len(source):
            # A kept stretch starts where each run of deleted characters ends.
            deleted = 0
            for start, end in _deleted_runs(source):
                deleted += end - start
                self._src_starts.append(end)
                self._norm_starts.append(end - deleted)

    def to_source(self, index: int) -> int:
        """Source offset of normalized character ``index`` (``len(text)`` maps to the end)."""
        if index >= len(self.text):
            return len(self.source)
        seg = bisect.bisect_right(self._norm_starts, index) - 1
        return self._src_starts[seg] + index - self._norm_starts[seg]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets of normalized ``[start, end)``, trailing diacritics included."""
        if end <= start:
            pos = self.to_source(start)
            return pos, pos
        src_start = self.to_source(start)
        src_end = self.to_source(end - 1) + 1
        marks = _MARKS_RUN.match(self.source, src_end)
        if marks:
            src_end = marks.end()
        return src_start, src_end
