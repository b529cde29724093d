"""Modality: whether an event is told as having happened, or denied, planned, feared.

PLOVER's auxiliary modes (negation, future, hypothetical) plus the reporting
stances news needs: a cue word before the trigger, within its reach, sets the
modality («نفى … استخدام» denied, «تستعد للقيام» planned, «إذا استخدمت»
hypothetical, «ربما استأنفت» alleged, «هدد بـ» threatened). A trigger written
with the future prefix (سيهاجم) is planned; an event inside a denial is denied.
"""

from __future__ import annotations

from functools import cache, lru_cache

from rasd import resources
from rasd.extract.events.lexicon import readings
from rasd.extract.events.words import Word
from rasd.text import normalize_key

ASSERTED = "asserted"
PRECEDENCE = ("denied", "hypothetical", "planned", "threatened", "alleged")
#: Modalities under which an event is reported as having happened (possibly on one side's word).
HAPPENED = frozenset({ASSERTED, "alleged"})


@cache
def _cues() -> tuple[dict[tuple[str, ...], tuple[str, int]], int]:
    table: dict[tuple[str, ...], tuple[str, int]] = {}
    for row in resources.tsv("events/modality.tsv"):
        table.setdefault(tuple(normalize_key(row["cue"]).split(" ")),
                         (row["modality"], int(row["reach"])))
    return table, max(reach for _, reach in table.values())


@cache
def _pair_firsts() -> frozenset[str]:
    """The first words of the two-word cues."""
    return frozenset(cue[0] for cue in _cues()[0] if len(cue) == 2)


@lru_cache(maxsize=65536)
def _word_cue(norm: str) -> tuple[str, int] | None:
    """The one-word cue a normalized word is read as (through clitics and suffixes), if any."""
    table, _ = _cues()
    return next((table[(r,)] for r in readings(norm) if (r,) in table), None)


def word_cues(words: list[Word], norms: list[str]) -> list[tuple[int, str, int]]:
    """The modality cues of a sentence (its words and their normalized forms): ``(word index,
    modality, reach)``, a two-word cue reaching one word further (it is counted from its
    first word)."""
    table, longest = _cues()
    firsts = _pair_firsts()
    out = [(k, one[0], one[1]) for k, one in enumerate(map(_word_cue, norms)) if one is not None]
    for k, word in enumerate(words[:-1]):
        if word.key in firsts:
            two = table.get((word.key, norms[k + 1]))
            if two is not None:
                out.append((k, two[0], min(two[1] + 1, longest)))
    return out


def cue_modality(cues: list[tuple[int, str, int]], t: int) -> str | None:
    """The modality set by the cues (:func:`word_cues`) before word ``t`` of its sentence that
    reach it; when several do, the strongest (denied, hypothetical, planned, threatened,
    alleged) wins: «تستعد … لاتهام القوات باستخدام» is planned, not alleged."""
    found = [modality for k, modality, reach in cues if 0 < t - k <= reach]
    return min(found, key=PRECEDENCE.index) if found else None


def modality(cues: list[tuple[int, str, int]], t: int, future: bool, stance: str | None) -> str:
    """The modality of the trigger at word ``t``: cue first, then tense, then the stance of
    the statement that reports it."""
    found = cue_modality(cues, t)
    if found is not None:
        return found
    if future:
        return "planned"
    if stance == "deny":
        return "denied"
    return ASSERTED
