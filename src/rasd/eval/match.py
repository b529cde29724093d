"""The matching primitives of the scorer, all on ``rasd.text.normalize_key``.

- :func:`key`: the comparison form of a string (the project's normalization).
- :func:`locate`: where a gold phrase first occurs in the text.
- :func:`contains_either`: normalized containment in either direction.
- :func:`speaker_key`: a speaker's key without quotation marks.
- :func:`content_overlap`: token overlap of two contents, and :func:`passes_half`
  for the exact ``F1 >= 0.5`` test (done on integers, so 0.5 is 0.5).
- :func:`one_to_one`: greedy assignment over ranked candidate pairs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import regex

from rasd.text import NormalizedText, normalize, normalize_key, tokenize

#: Quotation marks removed from speakers before they are compared.
QUOTES = regex.compile("[«»\"“”„‟'‘’‚‛‹›]")
#: Token kinds that carry content; punctuation and symbols do not count.
CONTENT_KINDS = frozenset({"word", "number", "latin"})


def key(text: str | None) -> str:
    """The normalized comparison key of ``text`` ("" for ``None``)."""
    return normalize_key(text) if text else ""


def locate(ntext: NormalizedText, text: str) -> int | None:
    """Source offset of the first occurrence of ``text`` in a document, compared normalized.

    Whitespace runs match any whitespace run, so line breaks in the article do not
    hide a phrase written on one line.
    """
    words = normalize(text).split()
    if not words:
        return None
    found = regex.search(r"\s+".join(regex.escape(w) for w in words), ntext.text)
    return ntext.to_source(found.start()) if found else None


def contains_either(a: str, b: str) -> bool:
    """Whether one non-empty key contains the other."""
    return bool(a) and bool(b) and (a in b or b in a)


def speaker_key(text: str | None) -> str:
    """A speaker's key: normalized, quotation marks removed."""
    return normalize_key(QUOTES.sub(" ", text)) if text else ""


def content_tokens(text: str) -> Counter[str]:
    """The multiset of content tokens: the project's tokens of the normalized text, without
    punctuation and symbols (normalizing first or per token gives the same tokens)."""
    return Counter(tok.text for tok in tokenize(normalize_key(text)) if tok.kind in CONTENT_KINDS)


def content_overlap(gold: Counter[str], predicted: Counter[str]) -> tuple[int, int]:
    """``(shared tokens, gold tokens + predicted tokens)``: F1 is ``2 * shared / total``."""
    small, large = (gold, predicted) if len(gold) <= len(predicted) else (predicted, gold)
    shared = sum(min(count, large[token]) for token, count in small.items() if token in large)
    return shared, gold.total() + predicted.total()


def overlap_f1(shared: int, total: int) -> float:
    return 2 * shared / total if total else 0.0


def passes_half(shared: int, total: int) -> bool:
    """``F1 >= 0.5`` exactly: ``2 * shared / total >= 1 / 2`` is ``4 * shared >= total``."""
    return total > 0 and 4 * shared >= total


def one_to_one(candidates: Iterable[tuple[tuple[float | int, ...], int, int]]
               ) -> list[tuple[int, int]]:
    """Pairs ``(gold, predicted)`` taken greedily by ascending rank, each index used once.

    A candidate is ``(rank, gold_index, predicted_index)``; ties in rank fall back to
    the gold index, then the predicted index, so the result never depends on input order.
    """
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _rank, g, p in sorted(candidates):
        if g in used_gold or p in used_pred:
            continue
        used_gold.add(g)
        used_pred.add(p)
        pairs.append((g, p))
    return sorted(pairs)
