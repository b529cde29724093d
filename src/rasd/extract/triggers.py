"""Event triggers: the words that say an event took place, typed in PLOVER.

Triggers live in ``resources/events/triggers.tsv`` (one written form per row, with its
PLOVER type, mode and part of speech). They are compiled into one alternation that runs
once over the normalized text; each form may carry proclitics (و ف ب ل ك س ال) and the
common inflection suffixes. Multi-word forms (اتصال هاتفي، أطلق سراح) allow clitics on
each word.
"""

from __future__ import annotations

import dataclasses
from functools import cache

import regex

from rasd import resources
from rasd.extract.event_lexicon import words_of
from rasd.text import NormalizedText, candidate_stems, normalize_key

PROCLITICS = r"(?P<pre>[وف]?(?:لل|[بلكس])?(?:ال)?)"
VERB_SUFFIXES = ("ت", "تا", "تم", "وا", "ا", "ن", "ون", "ين", "ان", "ه", "ها", "هم", "هما",
                 "هن", "كم", "نا", "ني", "ته", "تها", "تهم", "وه", "وها", "وهم", "تموه")
NOUN_SUFFIXES = ("ات", "ه", "ها", "هم", "هما", "ين", "ون", "ان", "ا", "ته", "تها", "تهم", "اته",
                 "اتها", "اتهم")
NEEDS_WINDOW = 30  # characters around a trigger in which its ``needs`` word must appear


def _alternation(suffixes: tuple[str, ...]) -> str:
    return "(?:" + "|".join(sorted(suffixes, key=len, reverse=True)) + ")?"


_SUFFIX = {"verb": _alternation(VERB_SUFFIXES), "noun": _alternation(NOUN_SUFFIXES)}


@dataclasses.dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One row of the trigger table."""

    form: str
    type: str
    mode: str | None
    pos: str
    needs: tuple[str, ...]
    weak: bool
    unless: frozenset[str]


@dataclasses.dataclass(frozen=True, slots=True)
class TriggerMatch:
    """A trigger found in the text: source offsets plus its table row."""

    start: int
    end: int
    entry: TriggerEntry
    future: bool  # written with the future prefix سـ (سيهاجم)


def _form_pattern(form: str, pos: str) -> str:
    suffix = _SUFFIX["verb" if pos.startswith("verb") else "noun"]
    words = form.split(" ")
    return (suffix + r"\s+(?:[وفبل]?(?:ال)?)").join(regex.escape(w) for w in words) + suffix


@cache
def _table() -> tuple[dict[str, TriggerEntry], regex.Pattern[str]]:
    entries: dict[str, TriggerEntry] = {}
    for row in resources.tsv("events/triggers.tsv"):
        form = normalize_key(row["form"])
        entries.setdefault(form, TriggerEntry(
            form=form, type=row["type"], mode=row["mode"] or None, pos=row["pos"] or "noun",
            needs=tuple(normalize_key(n) for n in row["needs"].split("|") if n),
            weak=row["weak"] == "1",
            unless=frozenset(normalize_key(u) for u in (row.get("unless") or "").split("|") if u)))
    forms = sorted(entries, key=len, reverse=True)
    groups = "|".join(f"(?P<t{i}>{_form_pattern(f, entries[f].pos)})"
                      for i, f in enumerate(forms))
    pattern = regex.compile(rf"(?<![\p{{L}}\p{{M}}]){PROCLITICS}(?:{groups})"
                            rf"(?![\p{{L}}\p{{M}}])")
    by_group = {f"t{i}": entries[f] for i, f in enumerate(forms)}
    return by_group, pattern


def find_triggers(norm: NormalizedText) -> list[TriggerMatch]:
    """Every trigger of the text, in text order, with ``needs`` checked."""
    by_group, pattern = _table()
    text = norm.text
    excluded = words_of("not_trigger")
    found: list[TriggerMatch] = []
    for m in pattern.finditer(text):
        group = m.lastgroup
        if group is None or group not in by_group:
            group = next(g for g, v in m.groupdict().items() if v is not None and g != "pre")
        entry = by_group[group]
        if any(stem in excluded for _, stem in candidate_stems(m.group())):
            continue
        if entry.unless and text[:m.start()].rstrip().rpartition(" ")[2] in entry.unless:
            continue
        if entry.needs:
            around = text[max(0, m.start() - NEEDS_WINDOW):m.end() + NEEDS_WINDOW]
            if not any(n in around for n in entry.needs):
                continue
        start, end = norm.source_span(m.start(group), m.end())
        pre = m.group("pre") or ""
        found.append(TriggerMatch(start, end, entry,
                                  future=pre.endswith("س") and entry.pos.startswith("verb")))
    return found
