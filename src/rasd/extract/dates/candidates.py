"""A cheap filter before the date pattern: the offsets where an expression may start.

The pattern is tried only at words that can open an expression (a month, a
weekday, «أمس», a modifier such as «منتصف» …) and, for words that open one only
in company («قبل»، «العام»، «الأول»), only when a fitting word follows; and at
numbers that a month, a unit, a separator or a year shape makes date-like.
"""

from __future__ import annotations

import re
from functools import cache

from rasd import resources
from rasd.extract.dates.lexicon import lexicon
from rasd.extract.numbers import WORDS as NUMBER_WORDS
from rasd.extract.wordlists import digit_runs, key, word_starts

#: Words before a number that open a range («من 5 إلى 7 مايو»).
RANGE_HEADS = ("من", "بين", "يومي")
_CLITICS = ("", "و", "ف", "ب", "ك", "ل", "وب", "فب", "وك", "فك", "ول", "فل")
DIGIT = "#"  # in a follower set: any number may follow
Followers = frozenset[str] | None  # None: the word opens an expression whatever follows


@cache
def _openers() -> dict[str, Followers]:
    """Every word that can open an expression, with the words that must follow it."""
    lex = lexicon()
    months = {k.split()[0] for k in lex.months}
    numbers = {k.split()[0] for k in NUMBER_WORDS}
    counted = frozenset(numbers | set(lex.time_units) | {"و" + n for n in numbers} | {DIGIT})
    periods = {"ال" + k for k in lex.units} | {"لل" + k for k in lex.units}
    roles: list[tuple[str, Followers]] = [(m, None) for m in months]
    roles += [(w, None) for w in lex.weekdays]
    for form in lex.reldays:
        words = form.split()
        roles.append((words[0], frozenset(words[1:2]) if len(words) > 1 else None))
    roles.append(("الامس", None))
    tails = frozenset({"من", "شهر", "عشر", "والعشرين", "والثلاثين", *months})
    for form in lex.ordinals:
        words = form.split()
        roles.append((words[0], frozenset(words[1:2]) if len(words) > 1 else tails))
    roles += [(n, counted) for n in numbers]
    dated = frozenset({*months, *periods, "عام", "العام", "سنه", "السنه", "شهر", "الشهر",
                       "هذا", "هذه", DIGIT})
    roles += [(key(w), dated) for w in resources.lines("dates/modifiers.txt")]
    for word in ("قبل", "منذ", "لمده", "مده", "طيله", "طوال", "خلال", "بعد"):
        roles.append((word, counted))
    directions = frozenset(k.split()[0] for k in lex.directions)
    roles += [("بين", frozenset({DIGIT, "عامي", "العامي", "سنتي"})), ("يومي", frozenset({DIGIT})),
              ("هذا", frozenset(periods)), ("هذه", frozenset(periods)),
              ("عامي", frozenset({DIGIT})), ("العامي", frozenset({DIGIT})),
              ("سنتي", frozenset({DIGIT}))]
    roles += [(w, directions | {DIGIT}) for w in ("عام", "العام", "سنه", "السنه")]
    roles += [(w, directions | months) for w in ("شهر", "الشهر")]
    roles += [(w, directions) for w in periods]
    openers: dict[str, Followers] = {}
    for word, followers in roles:
        if word not in openers:
            openers[word] = followers
        else:
            known = openers[word]
            openers[word] = None if known is None or followers is None else known | followers
    return openers


@cache
def _after_number() -> frozenset[str]:
    """Words that may follow a number inside an expression (a month, a unit, a scale)."""
    lex = lexicon()
    return frozenset({k.split()[0] for k in lex.months} | set(lex.time_units)
                     | {k.split()[0] for k in NUMBER_WORDS} | {"شهر"})


@cache
def _triggers() -> dict[str, str]:
    """Each opening word with every proclitic spelling (وأمس، بالأمس، للعام) -> the bare word."""
    out: dict[str, str] = {}
    for word in _openers():
        for clitic in _CLITICS:
            out.setdefault(clitic + word, word)
            if word.startswith("ال") and clitic.endswith("ل"):
                out.setdefault(clitic + word[1:], word)  # ل + ال is written لل
    return out


_AFTER_DAY = frozenset(("و", "-", "الي", "حتي", "/", "من"))
_NEXT_WORD = re.compile(r"\s*[(«]?\s*(\w+|-|/)")
_YEAR_PREFIXES = ("13", "14", "15", "18", "19", "20")


def _number_may_open(text: str, end: int, digits: str) -> bool:
    """Whether a number can start a date: a year, a numeric date, or a day before a month."""
    if (len(digits) == 4 and digits.startswith(_YEAR_PREFIXES)) or digits.count(".") == 2:
        return True
    if text[end:end + 1] in ("/", "-", ".") and text[end + 1:end + 2].isdigit():
        return True
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None:
        return False
    word = nxt.group(1)
    after = _after_number()
    return (word in after or word in _AFTER_DAY
            or (word[:1] == "و" and (word[1:2].isdigit() or word[1:] in after)))


def candidates(text: str, words: frozenset[str]) -> list[int]:
    """Start offsets of words that may open an expression: a cheap filter before the pattern
    (``words``: the distinct normalized words of the text, as
    :func:`~rasd.extract.wordlists.document_words` gives them)."""
    triggers = _triggers()
    openers = _openers()
    starts = []
    for start, end, digits in digit_runs(text):
        if _number_may_open(text, end, digits):
            head = text[max(0, start - 5):start].split()[-1:]
            if head and head[0] in RANGE_HEADS:
                starts.append(start - 1 - len(head[0]))
            starts.append(start)
    for word in [w for w in words if w in triggers]:  # the text's few, not all
        followers = openers[triggers[word]]
        for at in word_starts(text, word):
            if followers is None:
                starts.append(at)
                continue
            nxt = _NEXT_WORD.match(text, at + len(word))
            following = nxt.group(1) if nxt else ""
            if following and (following in followers
                              or (following[0].isdigit() and DIGIT in followers)):
                starts.append(at)
    starts.sort()
    return starts
