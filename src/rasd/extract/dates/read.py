"""Reading a match of the date pattern into a :class:`Timex` (or rejecting it by context)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from rasd.extract.dates.lexicon import Lexicon, Timex
from rasd.extract.numbers import number_value
from rasd.extract.wordlists import squash

#: Looks up a matched group by its name (None when it did not take part).
Groups = Callable[[str], Any]


def groups(match: re.Match[str]) -> dict[str, str]:
    """The groups that matched, repeated names (``year__2``) folded back together."""
    found: dict[str, str] = {}
    for name, value in zip(_names(match.re), match.groups(), strict=True):
        if value is not None and name:
            found.setdefault(name, value)
    return found


#: Group names by pattern identity (hashing a compiled pattern hashes all its code).
_NAMES: dict[int, tuple[re.Pattern[str], tuple[str, ...]]] = {}


def _names(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The group names of a pattern by group number, repeats (``year__2``) folded; ``""``
    for a group without a name."""
    known = _NAMES.get(id(pattern))
    if known is None or known[0] is not pattern:
        names = [""] * pattern.groups
        for name, number in pattern.groupindex.items():
            names[number - 1] = name.split("__")[0]
        known = _NAMES[id(pattern)] = (pattern, tuple(names))
    return known[1]


def previous_word(text: str, index: int) -> str:
    words = text[max(0, index - 30):index].split()
    return words[-1] if words else ""


def read(m: re.Match[str], lex: Lexicon, text: str) -> Timex | None:
    """The :class:`Timex` a match states, or None when the context rules it out."""
    g: Groups = groups(m).get
    if g("numeric"):
        year = _year(int(g("ny")), g("era"))  # «1436/10/25 هـ» is Hijri
        if year is None:
            return None
        return _checked(Timex(0, 0, "numeric", year.year, int(g("nm")), int(g("nd")),
                              year.calendar))
    if g("yrange"):
        return Timex(0, 0, "range", int(g("year")), end_day=int(g("year2")))
    if g("bare") and not g("era") and not _after_year_head(text, m.start(), lex):
        return None
    if g("yearonly") or g("bare"):
        return _year(int(g("year") or g("bare")), g("era"))
    if g("period"):
        if not (g("this") or g("pdir")):
            return None
        step = 0 if g("this") else lex.directions[squash(g("pdir"))]
        return Timex(0, 0, "period", unit=_unit_of(g("period"), lex), step=step)
    if g("span"):
        return _span(g, lex)
    if g("relday"):
        rel = squash(g("rel"))
        offset = lex.reldays.get(rel, lex.reldays.get(rel.removeprefix("ال")))
        if rel == "اليوم" and not g("wd") and _bad_today(text, m):
            return None
        return Timex(0, 0, "relday", offset=offset,
                     weekday=lex.weekdays[_weekday_form(g("wd"))] if g("wd") else None)
    if g("weekday"):
        wdir = lex.directions[squash(g("wdir"))] if g("wdir") else None
        return Timex(0, 0, "weekday", weekday=lex.weekdays[_weekday_form(g("wd"))], step=wdir)
    return _dated(g, lex)


def _after_year_head(text: str, index: int, lex: Lexicon) -> bool:
    """A bare four-digit number is a year after في، منذ، حتى … («في 2018»)."""
    word = previous_word(text, index)
    return word in lex.year_heads or (word[:1] in "وف" and word[1:] in lex.year_heads)


def _unit_of(period: str, lex: Lexicon) -> str:
    for word in squash(period).split():
        stem = word[2:] if word.startswith(("ال", "لل")) else word
        if stem in lex.units:
            return lex.units[stem]
    raise AssertionError(f"no period unit in {period!r}")


def _weekday_form(word: str) -> str:
    """The lexicon form of a weekday written with ال or لل."""
    return "ال" + squash(word)[2:]


def _bad_today(text: str, m: re.Match[str]) -> bool:
    """«اليوم» is the document date unless an adjective or a demonstrative makes it «that day»."""
    after = text[m.end():m.end() + 12].split()
    if after and ((after[0].startswith("ال") and after[0] != "الي")
                  or after[0] in ("نفسه", "ذاته")):
        return True
    return previous_word(text, m.start()) in ("ذلك", "هذا", "نفس", "ذات", "ذاك")


def _year(year: int, era: str | None) -> Timex | None:
    hijri = era is not None and era.startswith("ه")
    if (hijri and not 1300 <= year <= 1500) or (not hijri and not 1800 <= year <= 2100):
        return None
    return Timex(0, 0, "year", year, calendar="hijri" if hijri else "gregorian")


def _checked(t: Timex) -> Timex | None:
    if t.month is not None and not 1 <= t.month <= 12:
        return None
    if t.day is not None and not 1 <= t.day <= 31:
        return None
    return t


def _span(g: Groups, lex: Lexicon) -> Timex | None:
    """«قبل ثلاثة أيام» (a date), «48 ساعة»، «منذ 6 سنوات» (durations); vague plurals dropped."""
    unit, implied = lex.time_units[squash(g("tu"))]
    ago = g("ago")
    count: float | None = implied
    if g("num"):
        reading = number_value(squash(g("num")))
        if reading is None or reading.vague:
            return None
        count = reading.value
    if count is None or (not ago and not g("num")):
        return None
    if ago == "قبل" and unit in ("day", "week", "month", "year"):
        return Timex(0, 0, "ago", unit=unit, count=count)
    return Timex(0, 0, "duration", unit=unit, count=count)


def _dated(g: Groups, lex: Lexicon) -> Timex | None:
    """A date with a named month: day and year optional, in Gregorian or Hijri."""
    month_name = g("m1")
    calendar, month = lex.months[squash(month_name)] if month_name else ("gregorian", None)
    if g("m2") and lex.months[squash(g("m2"))][1] != month:
        return None  # «يناير - فبراير»: two months, not one month in two calendars
    if month_name and squash(month_name) in lex.score_months and not g("year"):
        return None
    day = int(g("day")) if g("day") else lex.ordinals.get(squash(g("dord") or ""))
    year_step = None
    step = None
    if g("ydir"):
        direction = lex.directions[squash(g("ydir"))]
        year_step, step = (direction, None) if g("yw") else (None, direction)
    year = _year(int(g("year")), g("era")) if g("year") else None
    if g("year") and year is None:
        return None
    if year is not None and year.calendar == "hijri":
        calendar = "hijri"
    if g("monthonly"):
        stands = squash(month_name) not in lex.ambiguous and calendar == "gregorian"
        if not (stands or year or g("ydir") or g("shahr")):
            return None
    weekday = lex.weekdays[_weekday_form(g("wd"))] if g("date") and g("wd") else None
    offset = None
    if g("date") and g("rel"):
        rel = squash(g("rel"))
        offset = lex.reldays.get(rel, lex.reldays.get(rel.removeprefix("ال")))
    if g("range") and int(g("day2")) <= (day or 0):
        return None
    if g("mrel"):
        step = lex.directions[squash(g("mrel")).split(" ", 1)[1]]
        return _checked(Timex(0, 0, "range" if g("range") else "date", None, None, day,
                              weekday=weekday, offset=offset, unit="month", step=step,
                              end_day=int(g("day2")) if g("range") else None))
    form = "range" if g("range") else "date"
    return _checked(Timex(0, 0, form, year.year if year else None, month, day, calendar,
                          weekday=weekday, offset=offset, step=step, year_step=year_step,
                          end_day=int(g("day2")) if g("range") else None))
