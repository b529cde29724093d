"""How an event was carried out: PLOVER modes and contexts from weapon cues.

A cue near the trigger (``resources/events/modes.tsv``: طيران → aerial, مدفعي →
heavy-weapons, مفخخة → explosives, كيماوي → unconventional …) overrides the mode
the trigger word implies by itself (غارة → aerial, اشتباك → firearms). Modes stay
PLOVER's; :func:`gold_mode` is the one place that maps them to the coarse set of the
gold files.
"""

from __future__ import annotations

from functools import cache

import regex

from rasd import resources
from rasd.text import normalize_key

_SPACED_ARTICLE = regex.compile(r"\s+(?:ال)?")
CUE_WINDOW = 60  # characters either side of the trigger searched for a weapon cue
ASSAULT_ONLY = frozenset({"ASSAULT"})


@cache
def _cues() -> tuple[regex.Pattern[str], dict[str, tuple[str, str]], regex.Pattern[str]]:
    """The cue pattern (whole words), the cue table, and the bare cue forms: where the bare
    forms do not occur, the pattern cannot match (a quick test, ten times cheaper)."""
    table = {normalize_key(r["cue"]): (r["mode"], r["context"])
             for r in resources.tsv("events/modes.tsv")}
    forms = "|".join(regex.escape(c).replace(r"\ ", r"\s+(?:ال)?")
                     for c in sorted(table, key=len, reverse=True))
    pattern = regex.compile(rf"(?<!\p{{L}})[وفبلك]?(?:ال)?({forms})\p{{L}}{{0,3}}(?!\p{{L}})")
    return pattern, table, regex.compile(forms)


def mode_and_context(norm_text: str, start: int, end: int,
                     default: str | None) -> tuple[str | None, tuple[str, ...]]:
    """PLOVER mode and contexts of an ASSAULT whose trigger is ``norm_text[start:end]``:
    the weapon cue nearest the trigger, else the trigger's own mode."""
    pattern, table, bare = _cues()
    lo, hi = max(0, start - CUE_WINDOW), min(len(norm_text), end + CUE_WINDOW)
    best: tuple[int, int, str, str] | None = None
    found = bare.search(norm_text, lo, hi) is not None
    for m in pattern.finditer(norm_text, lo, hi) if found else ():
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
