"""Quantities layer: every number in the text, with what it counts.

A quantity is a number in digits (ASCII or Arabic-Indic, with separators) or
in words («خمسة وعشرين»، «ثلاثة آلاف»، «عشرات»), optionally led by an
approximation («أكثر من»، «نحو»، «ما يقرب من») and followed by the noun it
counts (``unit``, as written: «150 مسلحا» → مسلحا). ``casualty`` is set when
the unit itself or a casualty word in the same clause says killed, wounded or
captured (مقتل، جرح، أسر …), nearest word before the number first.

Numbers that are not counts are kept with a ``kind`` (``percent``,
``identifier`` for «القرار رقم 2254», ``clock`` for «الساعة 10», ``year`` for
a bare year-like number, ``duration`` inside «48 ساعة»); numbers inside a date
expression (day or year of «21 مايو 2019») are not reported at all. Vague
plurals (عشرات، مئات، آلاف، بضعة) give their lower bound (10, 100, 1000, 3) with
``approximate=True`` and qualifier ``at-least``.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from typing import NamedTuple

from rasd.document import Document, Quantity
from rasd.extract.dates.lexicon import lexicon
from rasd.extract.numbers import DIGITS, NUMBER, SCALE, WORDS, NumberReading, number_value
from rasd.extract.wordlists import (
    alternation,
    digit_runs,
    document_words,
    normalized,
    squash,
    table,
    word_set,
    word_starts,
)
from rasd.stage import Stage
from rasd.text import NormalizedText, normalize_key
from rasd.text.spans import span_of

_PERCENT = r"(?P<pct>\s*%|\s+(?:في|بال)\s*(?:ال)?(?:مئه|مائه))"
_UNIT_WORD = re.compile(r"\s*[«\"(]?\s*([^\W\d_]{2,})(?!\w)")
_CLAUSE_END = re.compile(r"[.،,؛;:!?؟\n]")
_YEAR_LIKE = re.compile(r"1[5-9]\d\d|20\d\d")
_JOINED = re.compile(r"\s*(?:و|أو|او|إلى|الى)\s*")
_DIGIT = re.compile(r"\d")
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_DEFINITE = re.compile(r"[وف]?(?:[بك]?ال|لل)")
_PREPOSED = re.compile(r"[وف]?(?:[بك]ال|لل)")


class Lexicon(NamedTuple):
    approximations: dict[str, str]  # «أكثر من» -> more-than
    casualties: dict[str, str]  # «مقتل» -> killed
    not_units: frozenset[str]  # words after a number that it does not count
    identifiers: frozenset[str]  # «رقم»، «القرار»: the number is a name
    clock_words: frozenset[str]  # «الساعة»: the number is a time of day
    after: dict[str, str]  # «على الأقل» after the number -> at-least


@cache
def _lexicon() -> Lexicon:
    return Lexicon(table("quantities/approximations.tsv", "qualifier"),
                   table("quantities/casualty_words.tsv", "mark"),
                   word_set("quantities/not_units.txt"),
                   word_set("quantities/identifier_words.txt"),
                   word_set("quantities/time_words.txt"),
                   table("quantities/post_approximations.tsv", "qualifier"))


@cache
def _pattern() -> re.Pattern[str]:
    approximations = alternation(_lexicon().approximations)
    return re.compile(rf"(?<!\w)(?P<cl>[وفب])?(?:(?P<approx>{approximations})\s*)?"
                         rf"(?P<num>{NUMBER}){_PERCENT}?")


@cache
def _post_pattern() -> re.Pattern[str]:
    return re.compile(rf"\s*({alternation(_lexicon().after)})(?!\w)")


@cache
def _digit_pattern() -> re.Pattern[str]:
    """The digits-first quantities (most of them), for the faster ``re`` engine."""
    return re.compile(rf"(?P<cl>[وفب])?(?P<num>(?:{DIGITS})(?:\s+{SCALE}(?!\w))?){_PERCENT}?")


@cache
def _casualty_pattern() -> re.Pattern[str]:
    cues = alternation(_lexicon().casualties)
    return re.compile(rf"(?<!\w)(?:[وفبل]|ال|وال|بال|لل)?(?P<cue>{cues})"
                      r"(?:ه|ها|هم|هما|وا|ت|ين|ون)?(?!\w)")


@cache
def _triggers() -> frozenset[str]:
    firsts = {k.split()[0] for k in WORDS} | {k.split()[0] for k in _lexicon().approximations}
    return frozenset(c + a + w for w in firsts for c in ("", "و", "ف", "ب")
                     for a in ("", "ال"))


def _candidates(text: str, words: frozenset[str]) -> list[tuple[int, bool]]:
    """``(start, opens with digits)`` of every word that may begin a quantity (``words``: the
    distinct words of the text; more do no harm)."""
    starts = {start: True for start, _, _ in digit_runs(text)}
    for word in words & _triggers():
        starts.update((at, False) for at in word_starts(text, word))
    return sorted(starts.items())


def _previous_words(text: str, index: int, count: int = 2) -> list[str]:
    return text[max(0, index - 30):index].split()[-count:]


def _casualty(word: str) -> str | None:
    """The casualty mark a single word carries (قتلى، جرحى، المعتقلين …), if any."""
    cues = _lexicon().casualties
    for stem in (word, word.removeprefix("ال"), word.removeprefix("و").removeprefix("ال")):
        for candidate in (stem, stem.removesuffix("ين"), stem.removesuffix("ا")):
            if candidate in cues:
                return cues[candidate]
    return None


@cache
def _inanimate_units() -> frozenset[str]:
    """Folded forms of counted things (دبابات، سيارة) with their duals (دبابتين، سيارتان)."""
    forms = set(word_set("quantities/inanimate_units.txt"))
    for form in list(forms):
        stem = form[:-1] + "ت" if form.endswith("ه") else form
        forms.update({stem + "ين", stem + "ان"})
    return frozenset(forms)


def _inanimate(unit: str) -> bool:
    """Does the counted noun name a thing (never a casualty)?"""
    word = normalize_key(unit).removeprefix("و")
    return word in _inanimate_units() or word.removeprefix("ال") in _inanimate_units()


def _clause_casualty(text: str, start: int, end: int, cue_words: dict[str, str]) -> str | None:
    """The casualty word nearest the number in its clause, words before it first."""
    left = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 120), start)),
               default=max(0, start - 120))
    right_match = _CLAUSE_END.search(text, end, end + 120)
    right = right_match.start() if right_match else min(len(text), end + 120)
    cues = [(m.start(), m.end(), cue_words[squash(m.group("cue"))])
            for m in _casualty_pattern().finditer(text, left, right)]
    before = [(start - e, mark) for s, e, mark in cues if e <= start]
    if before:
        return min(before)[1]
    after = [(s - end, mark) for s, e, mark in cues
             if end <= s and not _DIGIT.search(text, end, s) and not _counts_next(text, e)]
    return min(after)[1] if after else None


def _counts_next(text: str, index: int) -> bool:
    """A casualty word followed by its own number («مقتل 8») marks that number, not ours."""
    following = text[index:index + 24].split()[:1]
    return any(w[:1].isdigit() or w in WORDS or w.removeprefix("ال") in WORDS
               for w in following)


def find_quantities(doc: Document) -> list[Quantity]:
    """Every number in the text with its kind, counted noun, qualifier and casualty mark."""
    norm = normalized(doc.text)
    text = norm.text
    dated = [(d.span.start, d.span.end, d.kind) for d in doc.layer("dates")]
    out: list[Quantity] = []
    end = 0
    words, digits = _pattern(), _digit_pattern()
    for start, numeric in _candidates(text, document_words(doc)):
        if start < end:
            continue
        m = (digits if numeric else words).match(text, start)
        if not m or _CLOCK.match(text, m.start("num")):
            continue
        reading = number_value(squash(m.group("num")))
        if reading is None:
            continue
        end = m.end()
        number_start = norm.source_span(m.start("num"), m.end("num"))[0]
        kind = next((k for s, e, k in dated if s <= number_start < e), "count")
        if kind in ("date", "range"):
            continue  # the day or year of a date
        quantity, end = _quantity(doc, norm, m, reading, kind)
        out.append(quantity)
    return _shared_units(doc.text, out)


def _quantity(doc: Document, norm: NormalizedText, m: re.Match[str], reading: NumberReading,
              kind: str) -> tuple[Quantity, int]:
    """The quantity a number match makes, and where its counted noun ends."""
    text, lex = norm.text, _lexicon()
    approx = m.groupdict().get("approx")
    unit, unit_end = _unit(text, m.end(), lex.not_units, reading.vague)
    previous = _previous_words(text, m.start())
    first = m.group("num").split()[0]
    if (first.startswith("ال") and first not in WORDS and previous
            and previous[-1].startswith("ال")):
        unit, unit_end = None, m.end()  # «الزعماء الثلاثة»: the noun comes first
    if m.group("pct"):
        unit, unit_end, kind = "%", m.end(), "percent"
    elif unit and kind == "count" and unit in lexicon().time_units:
        kind = "duration"  # «بضع سنوات»: a span of time the dates layer leaves out
    if (previous and previous[-1] in lex.identifiers) or " ".join(previous) in lex.identifiers:
        kind, unit, unit_end = "identifier", None, m.end()
    elif previous and previous[-1] in lex.clock_words:
        kind = "clock"
    elif (kind == "count" and unit is None and not approx
          and _YEAR_LIKE.fullmatch(m.group("num"))):
        kind = "year"
    later = _post_pattern().match(text, unit_end) if kind == "count" else None
    qualifier = (lex.approximations.get(squash(approx or ""))
                 or (lex.after[squash(later.group(1))] if later else None)
                 or ("at-least" if reading.vague else None))
    casualty = None
    if kind == "count" and not (unit and _inanimate(unit)):
        casualty = (_casualty(unit) if unit else None) or _clause_casualty(
            text, m.start(), unit_end, lex.casualties)
    start, end = norm.source_span(m.end("cl") if m.group("cl") else m.start(), unit_end)
    unit_text = unit if kind == "percent" else None
    if unit and kind != "percent":
        unit_start, unit_stop = norm.source_span(unit_end - len(unit), unit_end)
        unit_text = doc.text[unit_start:unit_stop]
    return Quantity(span=span_of(doc, start, end), value=reading.value, unit=unit_text,
                    approximate=qualifier is not None, qualifier=qualifier,
                    casualty=casualty, kind=kind), max(m.end(), unit_end)


def _shared_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """«بين 100 و160 ضابطا»: a bare number joined by و to a counted one counts the same noun."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        first, second = out[i], out[i + 1]
        if (first.unit is None and second.unit and first.kind == second.kind == "count"
                and _JOINED.fullmatch(text, first.span.end, second.span.start)):
            out[i] = dataclasses.replace(first, unit=second.unit,
                                         casualty=first.casualty or second.casualty)
    return out


def _unit(text: str, index: int, not_units: frozenset[str],
          vague: bool) -> tuple[str | None, int]:
    """The counted noun after a number and where it ends.

    A counted noun is indefinite («150 مسلحا»), except after a vague plural («عشرات
    المدنيين») or «من» («ألفين من الجنود»); a definite word or a preposition after a
    plain number («رؤية 2030 للتنمية») is not what it counts.
    """
    m = _UNIT_WORD.match(text, index)
    if not m or m.group(1)[0].isdigit():
        return None, index
    word = m.group(1)
    if word == "من":
        nxt = _UNIT_WORD.match(text, m.end())
        if nxt and nxt.group(1).startswith("ال") and nxt.group(1) not in not_units:
            return nxt.group(1), nxt.end()
    if word in not_units or word in WORDS:
        return None, index
    if word[:1] == "و" and (word[1:] in not_units or _casualty(word[1:])):
        return None, index  # «مقتل 3 وإصابة 5»: the conjunction starts the next phrase
    if _PREPOSED.match(word) or (not vague and _DEFINITE.match(word)):
        return None, index
    if len(word) >= 4 and word.endswith(("هم", "هما")):
        return None, index  # a noun with a pronoun («موقفهم») is not what a number counts
    return word, m.end()


def _run(doc: Document) -> None:
    doc.add_layer("quantities", find_quantities(doc))


STAGE = Stage("quantities", requires=("tokens", "sentences", "dates"), assigns=("quantities",),
              run=_run)
