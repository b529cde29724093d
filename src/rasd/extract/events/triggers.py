"""Event triggers: the words that say an event took place, typed in PLOVER.

Triggers live in ``resources/events/triggers.tsv`` (one written form per row, with its
PLOVER type, mode and part of speech). Each word of the normalized text is read once
(cached per distinct word) as proclitics (و ف ب ل ك س ال) + a form + an inflection
suffix of the form's part of speech, and looked up in a dict; a multi-word form
(اتصال هاتفي) then checks the words after it, each with its own clitics.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from functools import cache, lru_cache

from rasd import resources
from rasd.extract.events.lexicon import words_of
from rasd.text import NormalizedText, candidate_stems, normalize, normalize_key, tokenize

#: Proclitic strings a trigger may carry: [و ف] + [لل ب ل ك س] + [ال], each optional.
PROCLITICS = tuple(sorted({c + p + a for c in ("", "و", "ف") for p in ("", "لل", "ب", "ل", "ك", "س")
                           for a in ("", "ال") if not (p == "لل" and a)}, key=len))
VERB_SUFFIXES = frozenset({"", "ت", "تا", "تم", "وا", "ا", "ن", "ون", "ين", "ان", "ه", "ها", "هم",
                           "هما", "هن", "كم", "نا", "ني", "ته", "تها", "تهم", "وه", "وها", "وهم",
                           "تموه"})
NOUN_SUFFIXES = frozenset({"", "ات", "ه", "ها", "هم", "هما", "ين", "ون", "ان", "ا", "ته", "تها",
                           "تهم", "اته", "اتها", "اتهم"})
#: A verb that ends in a long vowel (التقى، دعا) drops it before these suffixes (التقت، دعوا).
DEFECTIVE_SUFFIXES = frozenset({"ت", "تا", "وا"})
LONGEST_SUFFIX = 4
NEEDS_WINDOW = 50  # characters around a trigger in which its ``needs`` word must appear
MAX_WORDS = 4  # words in the longest trigger form
ANONYMITY_REACH = 4  # words after a trigger that may name the source's anonymity (… عن اسمه)
_TAIL_PREFIXES = ("", "و", "ف", "ب", "ل", "ال", "وال", "بال", "فال")


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
    known: bool = False  # with the article it names a known thing («الاتفاق»), not an event
    victim: bool = False  # the subject is the victim (أصيب), never the doer
    defective: bool = False  # the form without its final long vowel (التقـ of التقت)

    @property
    def suffixes(self) -> frozenset[str]:
        if self.defective:
            return DEFECTIVE_SUFFIXES
        return VERB_SUFFIXES if self.pos.startswith("verb") else NOUN_SUFFIXES


class TriggerMatch:
    """A trigger found in the text: source offsets plus its table row (read-only by
    convention; a plain class is built faster than a dataclass)."""

    __slots__ = ("end", "entry", "future", "start")

    def __init__(self, start: int, end: int, entry: TriggerEntry, future: bool) -> None:
        self.start = start
        self.end = end
        self.entry = entry
        self.future = future  # written with the future prefix سـ (سيهاجم)

    def __repr__(self) -> str:
        return f"TriggerMatch({self.start}, {self.end}, {self.entry.form!r}, {self.future})"


@cache
def _table() -> dict[str, tuple[tuple[tuple[str, ...], TriggerEntry], ...]]:
    """First word of a form -> (remaining words, entry), longest form first."""
    table: dict[str, list[tuple[tuple[str, ...], TriggerEntry]]] = {}
    seen: set[str] = set()
    for row in resources.tsv("events/triggers.tsv"):
        form = normalize_key(row["form"])
        if form in seen:
            continue
        seen.add(form)
        entry = TriggerEntry(
            form=form, type=row["type"], mode=row["mode"] or None, pos=row["pos"] or "noun",
            needs=tuple(normalize_key(n) for n in row["needs"].split("|") if n),
            weak=row["weak"] == "1",
            unless=frozenset(normalize_key(u) for u in (row.get("unless") or "").split("|") if u),
            known=row.get("known") == "yes", victim=row.get("victim") == "yes")
        first, *rest = form.split(" ")
        table.setdefault(first, []).append((tuple(rest), entry))
        if entry.pos.startswith("verb") and not rest and first.endswith(("ي", "ا")):
            table.setdefault(first[:-1], []).append(
                ((), dataclasses.replace(entry, defective=True)))
    return {k: tuple(sorted(v, key=lambda item: -len(item[0]))) for k, v in table.items()}


@lru_cache(maxsize=65536)
def _readings(word: str) -> tuple[tuple[str, str, str], ...]:
    """``(proclitics, form, suffix)`` readings of a normalized word whose form is a trigger's
    first word."""
    table = _table()
    if any(stem in words_of("not_trigger") for _, stem in candidate_stems(word)):
        return ()
    out = []
    for pre in PROCLITICS:
        if not word.startswith(pre):
            continue
        rest = word[len(pre):]
        for cut in range(min(LONGEST_SUFFIX, len(rest) - 2) + 1):
            stem = rest[: len(rest) - cut] if cut else rest
            if stem in table:
                out.append((pre, stem, rest[len(stem):]))
    return tuple(out)


def _tail_matches(word: str, expected: str, suffixes: frozenset[str]) -> bool:
    for pre in _TAIL_PREFIXES:
        if word.startswith(pre) and word[len(pre):len(pre) + len(expected)] == expected \
                and word[len(pre) + len(expected):] in suffixes:
            return True
    return False


def _match_at(words: list[str], i: int) -> tuple[TriggerEntry, str, int] | None:
    """The longest trigger starting at word ``i``: (entry, proclitics, index of its last word)."""
    for pre, stem, suffix in _readings(words[i]):
        for tail, entry in _table()[stem]:
            if suffix not in entry.suffixes or (pre.endswith("س") and entry.pos == "noun"):
                continue
            if i + len(tail) >= len(words):
                continue
            if all(_tail_matches(words[i + 1 + k], t, entry.suffixes)
                   for k, t in enumerate(tail)):
                return entry, pre, i + len(tail)
    return None


@lru_cache(maxsize=65536)
def _piece(piece: str) -> tuple[str, bool]:
    """A token's normalized form, and whether it is a trigger's possible first word."""
    norm = normalize(piece)
    return norm, bool(_readings(norm))


def _source_start(piece: str, norm: str, index: int) -> int:
    """Offset in ``piece`` of normalized character ``index`` (diacritics are dropped)."""
    return index if len(norm) == len(piece) else NormalizedText(piece).to_source(index)


def _nominal(pre: str, form: str) -> bool:
    """Do the proclitics make a verb form a verbal noun (بقصف، للقصف، القصف), not a verb
    (وقصف، سيقصف، ليقتل)?"""
    bare = pre.lstrip("وف")
    return bool(bare) and bare != "س" and not (bare == "ل" and form.startswith("ي"))


def find_triggers(text: str, offsets: Sequence[tuple[int, int]] | None = None,
                  forms: Sequence[str] | None = None,
                  fold: Callable[[int, int], str] | None = None) -> list[TriggerMatch]:
    """Every trigger of ``text`` (whose token offsets, and their normalized forms, may be
    given, and a function that normalizes ``text[start:end]``), in text order, with
    ``needs`` and ``unless`` checked."""
    spans = list(offsets) if offsets is not None else tokenize(text).offsets()
    if forms is not None and offsets is not None:
        norms = list(forms)
        firsts = [k for k, readings in enumerate(map(_readings, norms)) if readings]
    else:
        pieces = [_piece(text[s:e]) for s, e in spans]
        norms = [norm for norm, _ in pieces]
        firsts = [k for k, (_, first) in enumerate(pieces) if first]
    found: list[TriggerMatch] = []
    found_end = -1
    anonymity = words_of("anonymity")
    for i in firsts:
        norm = norms[i]
        if spans[i][0] < found_end:
            continue
        hit = _match_at(norms[i:i + MAX_WORDS], 0)
        if hit is None:
            continue
        entry, pre, last = hit
        start = spans[i][0] + _source_start(text[spans[i][0]:spans[i][1]], norm, len(pre))
        end = spans[i + last][1]
        if entry.unless and i > 0 and any(
                stem in entry.unless for _, stem in candidate_stems(norms[i - 1])):
            continue
        if anonymity.intersection(norms[i + last + 1:i + last + 1 + ANONYMITY_REACH]):
            continue  # «طلب عدم الكشف عن اسمه»: a source asks not to be named
        if entry.known and pre.endswith("ال") and not (
                pre.endswith("بال") and i + last + 1 < len(norms)
                and norms[i + last + 1] == "علي"):
            continue  # «الاتفاقات التي تم التوصل إليها»: an agreement already known, but
            # «انتهى الاجتماع بالاتفاق على …» tells the agreeing
        if entry.needs:
            lo, hi = max(0, start - NEEDS_WINDOW), end + NEEDS_WINDOW
            around = fold(lo, hi) if fold is not None else normalize(text[lo:hi])
            if not any(n in around for n in entry.needs):
                continue
        if entry.pos.startswith("verb") and (_nominal(pre, entry.form) or (
                i > 0 and norms[i - 1] in words_of("prep"))):
            # «في قصف مدفعي»، «بقصف الأحياء»: after a preposition or the article, a verbal noun
            entry = dataclasses.replace(entry, pos=entry.pos.replace("verb", "noun", 1))
        found_end = end
        found.append(TriggerMatch(start, end, entry,
                                  future=pre.endswith("س") and entry.pos.startswith("verb")))
    return found
