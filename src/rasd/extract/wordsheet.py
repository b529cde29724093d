"""The normalized text of a document as words, sentences and paired quotation marks.

The statement rules read words in their matching form (:func:`rasd.text.normalize`)
and map what they find back to source offsets through :class:`NormalizedText`.
A quotation that opens in one sentence may close in a later one; pairs are
found over the whole text (nested «…» included) so content can run to the
closing mark.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from rasd.document import Span
from rasd.text import NormalizedText, split_sentences

_WORD = regex.compile(r"[\p{L}\p{N}]+|\S")
OPENERS = {"«": "»", "“": "”", "(": ")", '"': '"'}
QUOTE_OPENERS = frozenset('«“"')
#: A quotation longer than this (characters) is taken as a stray mark.
MAX_QUOTE = 4000


class WordSheet:
    """Words of a normalized text with offsets, sentence ends and mark pairs."""

    __slots__ = ("close", "ends", "norm", "opened", "sentence_ends", "starts", "text", "words")

    def __init__(self, source: str, sentences: Sequence[Span] | None = None) -> None:
        self.norm = NormalizedText(source)
        self.text = self.norm.text
        spans = [m.span() for m in _WORD.finditer(self.text)]
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        text = self.text
        self.words = [text[s:e] for s, e in spans]
        if sentences is not None and len(text) == len(source):  # offsets are shared
            self.sentence_ends = [s.end for s in sentences]
        else:
            self.sentence_ends = [end for _, end in split_sentences(text)]
        self.close, self.opened = _pair_marks(self.words, self.starts)

    def __len__(self) -> int:
        return len(self.words)

    def sentence_end(self, i: int) -> int:
        """Index just past the last word of the sentence holding word ``i``."""
        k = bisect.bisect_right(self.sentence_ends, self.starts[i])
        if k >= len(self.sentence_ends):
            return len(self.words)
        return bisect.bisect_left(self.starts, self.sentence_ends[k])

    def sentence_start(self, i: int) -> int:
        """Index of the first word of the sentence holding word ``i``."""
        k = bisect.bisect_right(self.sentence_ends, self.starts[i])
        if k == 0:
            return 0
        return bisect.bisect_left(self.starts, self.sentence_ends[k - 1])

    def word_at(self, offset: int) -> int:
        """Index of the word starting at or after normalized ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def source(self, i: int, j: int) -> tuple[int, int]:
        """Source offsets of words ``[i, j)``."""
        return self.norm.source_span(self.starts[i], self.ends[j - 1])

    def phrase(self, i: int, j: int) -> str:
        return self.text[self.starts[i]:self.ends[j - 1]] if j > i else ""


def _pair_marks(words: list[str], starts: list[int]) -> tuple[dict[int, int], dict[int, int]]:
    """Opening word index -> closing index, and the reverse, for «» “” () and "."""
    close: dict[int, int] = {}
    stack: list[int] = []
    straight: int | None = None
    for i, w in enumerate(words):
        if w == '"':
            if straight is None:
                straight = i
            else:
                if starts[i] - starts[straight] <= MAX_QUOTE:
                    close[straight] = i
                straight = None
        elif w in OPENERS:
            stack.append(i)
        elif w in ("»", "”", ")"):
            opener = OPENERS_FOR[w]
            for depth in range(len(stack) - 1, -1, -1):
                if words[stack[depth]] == opener:
                    o = stack[depth]
                    del stack[depth:]
                    if starts[i] - starts[o] <= MAX_QUOTE:
                        close[o] = i
                    break
    return close, {c: o for o, c in close.items()}


OPENERS_FOR = {v: k for k, v in OPENERS.items() if k != '"'}
