"""Proclitics of Arabic words, stripped conservatively for dictionary lookup.

A written word may carry, in order: a conjunction (و ف), a preposition
(ب ل ك) or the future marker س, and the article ال (ل + ال is written لل).
:func:`candidate_stems` lists the readings of a *normalized* token from the
least stripped to the most, so a caller that tries them in order finds the
longest dictionary match first: «وبادلب» → وبادلب, بادلب, ادلب.
"""

from __future__ import annotations

from functools import lru_cache

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
ARTICLE = "ال"
MIN_STEM = 2


def _with_article(prefix: str, rest: str) -> list[tuple[str, str]]:
    """Readings of ``rest`` once ``prefix`` is off: as is, and without ال."""
    out = [(prefix, rest)]
    if rest.startswith(ARTICLE) and len(rest) - 2 >= MIN_STEM:
        out.append((prefix + ARTICLE, rest[2:]))
    return out


@lru_cache(maxsize=65536)
def candidate_stems(word: str) -> tuple[tuple[str, str], ...]:
    """``(proclitics, stem)`` readings of a normalized word, longest stem first."""
    readings: list[tuple[str, str]] = _with_article("", word)
    heads = [""]
    if word[:1] in CONJUNCTIONS and len(word) - 1 >= MIN_STEM:
        heads.append(word[0])
    for head in heads:
        rest = word[len(head):]
        if head:
            readings.extend(_with_article(head, rest))
        first = rest[:1]
        if first in PREPOSITIONS and len(rest) - 1 >= MIN_STEM:
            if first == "ل" and rest.startswith("لل") and len(rest) - 2 >= MIN_STEM:
                # لل = ل + ال: «للمصالحة» reads as ل + المصالحة
                readings.append((head + "ل", "ال" + rest[2:]))
                readings.append((head + "لل", rest[2:]))
            else:
                readings.extend(_with_article(head + first, rest[1:]))
        elif first == "س" and head and len(rest) - 1 >= MIN_STEM:
            readings.append((head + "س", rest[1:]))
    seen: set[str] = set()
    ordered = []
    for prefix, stem in sorted(readings, key=lambda r: -len(r[1])):
        if stem not in seen:
            seen.add(stem)
            ordered.append((prefix, stem))
    return tuple(ordered)
