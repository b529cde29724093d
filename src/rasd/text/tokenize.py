"""Tokenization that keeps Arabic words with diacritics and tatweel whole.

A token is a number (ASCII or Arabic-Indic digits with ``.``/``,``/``٫``/``٬``
between them), a word (letters, combining marks, tatweel and zero-width
joiners: stdlib ``re``'s ``\\w`` would break it at a diacritic), or a single
other non-space character (punctuation such as ، ؛ ؟ « » or a symbol).
Tokens never overlap and cover every non-space character (``\\S`` of the
``regex`` module).

The layer is stored compactly: one split of the text and the running sum of
the pieces' lengths give every token's start and end without a Python loop.
:class:`Token` records (with their kind) are made when they are read, so
tokenizing a long article costs one regex pass. A text of the Basic
Multilingual Plane (any news text) is split by stdlib ``re`` with the same
pattern spelled as explicit character classes, read from the ``regex``
module's own Unicode tables: ``re`` tests a class by one table lookup and
runs twice as fast; other texts go through ``regex``. A compiled install runs the
same split as one C loop over a table of those classes (``_tokens.c``), four
times faster again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache, lru_cache
from itertools import accumulate
from typing import overload

import regex

from rasd.document import Token

_TOKEN = regex.compile(r"(\d+(?:[.,٫٬]\d+)*|[\p{L}\p{M}\u0640\u200c\u200d]+|\S)")


def _bmp_class(pattern: str, negated: bool = False) -> str:
    """The characters of the Basic Multilingual Plane that ``regex`` matches with
    ``pattern`` (one character), as a stdlib ``re`` character class."""
    plane = "".join(map(chr, range(0x10000)))
    runs = [m.group() for m in regex.finditer(pattern + "+", plane)]
    return ("[^" if negated else "[") + "".join(
        re.escape(run[0]) + ("-" + re.escape(run[-1]) if len(run) > 1 else "")
        for run in runs) + "]"


@cache
def _bmp_token() -> re.Pattern[str]:
    """``_TOKEN`` for a text without characters beyond U+FFFF, in stdlib ``re``: words
    first (digits and letters never overlap), a non-space as "not a space"."""
    word = _bmp_class(r"[\p{L}\p{M}\u0640\u200c\u200d]")
    digit = _bmp_class(r"\d")
    other = _bmp_class(r"\s", negated=True)
    return re.compile(f"({word}+|{digit}+(?:[.,٫٬]{digit}+)*|{other})")


#: The character classes of ``_tokens.c``, in its order.
_CLASSES = (r"\s", r"[\p{L}\p{M}\u0640\u200c\u200d]", r"\d")
_OTHER = len(_CLASSES)

NativeSplit = Callable[[str, bytes], "tuple[list[int], list[str]] | None"]


@cache
def _classes() -> bytes:
    """The class of every character of the Basic Multilingual Plane, as ``_tokens.c``
    reads it: 0 space, 1 word, 2 digit, 3 anything else."""
    plane = "".join(map(chr, range(0x10000)))
    table = bytearray([_OTHER]) * len(plane)
    for number, pattern in enumerate(_CLASSES):
        for found in regex.finditer(pattern + "+", plane):
            table[found.start():found.end()] = bytes([number]) * (found.end() - found.start())
    return bytes(table)


NativeNumbers = Callable[[str, bytes], "list[tuple[int, int]] | None"]
NativePairs = Callable[[list[int]], list[tuple[int, int]]]
NativeLetterFirst = Callable[[str, list[int]], list[bool]]


@cache
def native_numbers() -> NativeNumbers | None:
    """``_tokens.numbers``, or None in an install without C extensions."""
    try:
        from rasd.text._tokens import numbers
    except ImportError:
        return None
    return numbers


@cache
def native_split() -> NativeSplit | None:
    """``_tokens.split``, or None in an install without C extensions."""
    try:
        from rasd.text._tokens import split
    except ImportError:
        return None
    return split


@cache
def native_spans() -> tuple[NativePairs, NativeLetterFirst] | None:
    """``_tokens.pairs`` and ``_tokens.letter_first``, or None without C extensions."""
    try:
        from rasd.text._tokens import letter_first, pairs
    except ImportError:
        return None
    return pairs, letter_first


#: A number as dates and quantities read it: digit runs joined by one . or , (the text
#: they read is normalized, so ٫ and ٬ are gone). ``regex``: twice as fast as re here.
_NUMBER = regex.compile(r"\d+(?:[,.]\d+)*")


def number_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every match of ``_NUMBER`` in ``text``: one C loop over the
    tokenizer's character classes (``_tokens.numbers``); its twin is the pattern."""
    native = native_numbers()
    found = native(text, _classes()) if native is not None else None
    return found if found is not None else [m.span() for m in _NUMBER.finditer(text)]


def _split(text: str) -> list[str]:
    """``_TOKEN.split(text)``."""
    if len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text):
        return _bmp_token().split(text)
    pieces: list[str] = _TOKEN.split(text)
    return pieces


_DIGIT = regex.compile(r"\d")
_WORD_START = regex.compile(r"[\p{L}\p{M}\u0640\u200c\u200d]")
_PUNCT = regex.compile(r"\p{P}")
_TATWEEL = "\u0640"


@lru_cache(maxsize=4096)
def _kind_of_first(first: str) -> str:
    """The kind a token has, judged by its first character."""
    if _DIGIT.match(first):
        return "number"
    if _WORD_START.match(first):
        return "latin" if first.isascii() or "\u00c0" <= first <= "\u024f" else "word"
    return "punct" if _PUNCT.match(first) else "symbol"


def _kind(piece: str) -> str:
    kind = _kind_of_first(piece[0])
    if kind == "word" and piece[0] == _TATWEEL and not piece.strip(_TATWEEL):
        return "punct"  # a tatweel standing alone is a dash, not a word
    return kind


#: The token texts of the last few layers made, by identity: the split makes them anyway,
#: and :func:`rasd.text.forms.token_words` takes them instead of slicing the text again.
#: A layer does not keep them itself (a stored document stays compact).
_SPLIT_TEXTS: dict[int, tuple[TokenLayer, list[str]]] = {}
MAX_SPLIT_TEXTS = 8


class TokenLayer(Sequence[Token]):
    """The tokens of one text, read as :class:`Token` records on access."""

    __slots__ = ("_bounds", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        # _bounds: [start0, end0, start1, end1, ..., len(text)]
        native = native_split()
        found = native(text, _classes()) if native is not None else None
        if found is not None:
            self._bounds, texts = found
        else:
            # split() alternates gaps and tokens: [gap, token, gap, token, ..., gap]; the
            # running sum of their lengths is the bounds.
            pieces = _split(text)
            self._bounds, texts = list(accumulate(map(len, pieces))), pieces[1::2]
        if len(_SPLIT_TEXTS) >= MAX_SPLIT_TEXTS:
            del _SPLIT_TEXTS[next(iter(_SPLIT_TEXTS))]
        _SPLIT_TEXTS[id(self)] = (self, texts)

    def __len__(self) -> int:
        return len(self._bounds) // 2

    def _make(self, i: int) -> Token:
        start, end = self._bounds[2 * i], self._bounds[2 * i + 1]
        piece = self._text[start:end]
        return Token(start, end, piece, _kind(piece))

    @overload
    def __getitem__(self, index: int) -> Token: ...
    @overload
    def __getitem__(self, index: slice) -> list[Token]: ...
    def __getitem__(self, index: int | slice) -> Token | list[Token]:
        n = len(self)
        if isinstance(index, slice):
            return [self._make(i) for i in range(n)[index]]
        if not -n <= index < n:
            raise IndexError(f"token index {index} out of range for {n} tokens")
        return self._make(index % n)

    def __iter__(self) -> Iterator[Token]:
        make = self._make
        for i in range(len(self)):
            yield make(i)

    def starts(self) -> list[int]:
        """The start of every token, in order."""
        return self._bounds[0:-1:2]

    def ends(self) -> list[int]:
        """The end of every token, in order."""
        return self._bounds[1::2]

    def texts(self) -> list[str]:
        """The text of every token, in order: the split's own strings, handed over to the
        first caller after tokenization; later calls slice the text again."""
        found = _SPLIT_TEXTS.pop(id(self), None)
        if found is not None and found[0] is self:
            return found[1]
        text = self._text
        return [text[s:e] for s, e in self.offsets()]

    def offsets(self) -> list[tuple[int, int]]:
        """``(start, end)`` of every token, without making records."""
        native = native_spans()
        if native is not None:
            return native[0](self._bounds)
        return list(zip(self._bounds[0:-1:2], self._bounds[1::2], strict=True))

    def letter_first(self) -> list[bool]:
        """Whether each token opens with a letter (``str.isalpha`` of its first character)."""
        native = native_spans()
        if native is not None:
            return native[1](self._text, self._bounds)
        text = self._text
        return [text[start].isalpha() for start in self._bounds[0:-1:2]]


def tokenize(text: str) -> TokenLayer:
    """Split ``text`` into tokens with their offsets and kinds."""
    return TokenLayer(text)
