"""How an event was carried out: PLOVER modes and contexts from weapon cues.

A cue near the trigger (``resources/events/modes.tsv``: طيران → aerial, مدفعي →
heavy-weapons, مفخخة → explosives, كيماوي → unconventional …) overrides the mode
the trigger word implies by itself (غارة → aerial, اشتباك → firearms). Modes stay
PLOVER's; :func:`gold_mode` is the one place that maps them to the coarse set of the
gold files.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from functools import cache, lru_cache

import regex

from rasd import resources
from rasd.text import normalize_key

_SPACED_ARTICLE = regex.compile(r"\s+(?:ال)?")
MAX_LEAD = 3  # characters a cue may carry before it: a proclitic (وفبلك) and the article
CUE_WINDOW = 60  # characters either side of the trigger searched for a weapon cue
ASSAULT_ONLY = frozenset({"ASSAULT"})


@cache
def _cues() -> tuple[regex.Pattern[str], dict[str, tuple[str, str]], tuple[str, ...]]:
    """The cue pattern (whole words), the cue table, and the first words of the cues."""
    table = {normalize_key(r["cue"]): (r["mode"], r["context"])
             for r in resources.tsv("events/modes.tsv")}
    forms = "|".join(regex.escape(c).replace(r"\ ", r"\s+(?:ال)?")
                     for c in sorted(table, key=len, reverse=True))
    pattern = regex.compile(rf"(?<!\p{{L}})[وفبلك]?(?:ال)?({forms})\p{{L}}{{0,3}}(?!\p{{L}})")
    return pattern, table, tuple(sorted({c.split(" ")[0] for c in table}))


@lru_cache(maxsize=65536)
def first_words_in(word: str) -> tuple[int, ...]:
    """Offsets in a normalized word where the first word of a weapon cue stands."""
    found: set[int] = set()
    for first in _cues()[2]:
        at = word.find(first)
        while at != -1:
            found.add(at)
            at = word.find(first, at + 1)
    return tuple(sorted(found))


def cue_starts(first_words: Iterable[int]) -> list[int]:
    """Offsets in a normalized text where a weapon cue may start, from those of the cues'
    first words (:func:`first_words_in` of each word: letters never run across two tokens):
    there, or a proclitic and the article before. Only there can :func:`mode_and_context`
    find one."""
    found: set[int] = set()
    for at in first_words:
        found.update(range(max(0, at - MAX_LEAD), at + 1))
    return sorted(found)


def mode_and_context(norm_text: str, starts: list[int], start: int, end: int,
                     default: str | None) -> tuple[str | None, tuple[str, ...]]:
    """PLOVER mode and contexts of an ASSAULT whose trigger is ``norm_text[start:end]``:
    the weapon cue nearest the trigger, else the trigger's own mode. ``starts`` are the
    text's :func:`cue_starts`."""
    pattern, table, _ = _cues()
    lo, hi = max(0, start - CUE_WINDOW), min(len(norm_text), end + CUE_WINDOW)
    best: tuple[int, int, str, str] | None = None
    reached = lo  # the cue pattern read left to right over the window, as finditer would
    for at in starts[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]:
        m = pattern.match(norm_text, at, hi) if at >= reached else None
        if m is None:
            continue
        reached = m.end()
        distance = m.start() - end if m.start() >= end else start - m.end()
        if m.start() < end and m.end() > start:
            continue  # the trigger itself
        mode, context = table[_SPACED_ARTICLE.sub(" ", m.group(1))]
        candidate = (distance, -len(m.group(1)), mode, context)
        if best is None or candidate < best:
            best = candidate
    if best is None:
        return default, ("military",) if default else ()
    return best[2], (best[3],)


@cache
def _gold_table() -> dict[str, str]:
    return {r["plover"]: r["gold"] for r in resources.tsv("events/gold_modes.tsv")}


def gold_mode(plover_mode: str | None) -> str:
    """The gold files' coarse ASSAULT mode (firearms, aerial, explosives, cbrn, shelling,
    other) for a PLOVER mode: heavy-weapons → shelling, unconventional → cbrn, drone →
    aerial, suicide-attack → explosives, anything else → other."""
    return _gold_table().get(plover_mode or "", "other")
