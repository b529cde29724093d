"""Tokenization that keeps Arabic words with diacritics and tatweel whole.

A token is a number (ASCII or Arabic-Indic digits with ``.``/``,``/``٫``/``٬``
between them), a word (letters, combining marks, tatweel and zero-width
joiners: stdlib ``re``'s ``\\w`` would break it at a diacritic), or a single
other non-space character (punctuation such as ، ؛ ؟ « » or a symbol).
Tokens never overlap and cover every non-space character.

The layer is stored compactly (offsets and a kind code per token) and
:class:`Token` records are made when they are read, so tokenizing a long
article costs one regex pass.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import overload

import regex

from rasd.document import Token

_TOKEN = regex.compile(
    r"(\d+(?:[.,٫٬]\d+)*)"
    r"|([\p{L}\p{M}\u0640\u200c\u200d]+)"
    r"|(\p{P})"
    r"|(\S)"
)
_KINDS = ("", "number", "word", "punct", "symbol")
_TATWEEL_ONLY = frozenset("\u0640")


def _kind(code: int, piece: str) -> str:
    kind = _KINDS[code]
    if kind == "word":
        first = piece[0]
        if first.isascii() or "\u00c0" <= first <= "\u024f":
            return "latin"
        if set(piece) <= _TATWEEL_ONLY:
            return "punct"
    return kind


class TokenLayer(Sequence[Token]):
    """The tokens of one text, read as :class:`Token` records on access."""

    __slots__ = ("_cells", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._cells = [(m.start(), m.end(), m.lastindex or 4) for m in _TOKEN.finditer(text)]

    def __len__(self) -> int:
        return len(self._cells)

    def _make(self, cell: tuple[int, int, int]) -> Token:
        start, end, code = cell
        piece = self._text[start:end]
        return Token(start, end, piece, _kind(code, piece))

    @overload
    def __getitem__(self, index: int) -> Token: ...
    @overload
    def __getitem__(self, index: slice) -> list[Token]: ...
    def __getitem__(self, index: int | slice) -> Token | list[Token]:
        if isinstance(index, slice):
            return [self._make(c) for c in self._cells[index]]
        return self._make(self._cells[index])

    def __iter__(self) -> Iterator[Token]:
        make = self._make
        for cell in self._cells:
            yield make(cell)

    def offsets(self) -> list[tuple[int, int]]:
        """``(start, end)`` of every token, without making records."""
        return [(s, e) for s, e, _ in self._cells]


def tokenize(text: str) -> TokenLayer:
    """Split ``text`` into tokens with their offsets and kinds."""
    return TokenLayer(text)
