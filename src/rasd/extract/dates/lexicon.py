"""What a temporal expression states (:class:`Timex`) and the date lexicons it is read with.

The lexicons live in ``resources/dates/`` (month names of every family, Hijri
months, weekdays, relative days, periods, directions, ordinal days, time units);
:func:`lexicon` loads them once, folded by rasd's normalization.
"""

from __future__ import annotations

import dataclasses
from functools import cache

from rasd import resources
from rasd.extract.wordlists import key, table, word_set

TATWEEL = "\u0640"


class Timex:
    """What one temporal expression states, with its source offsets (read with offsets 0,
    which :func:`~rasd.extract.dates.patterns.find_timexes` sets once). A plain class, not
    a dataclass: compiled, it is built several times faster (see the README)."""

    __slots__ = ("calendar", "count", "day", "end", "end_day", "form", "month", "offset",
                 "parenthesized", "start", "step", "unit", "weekday", "year", "year_step")

    def __init__(self, start: int, end: int, form: str, year: int | None = None,
                 month: int | None = None, day: int | None = None, calendar: str = "gregorian",
                 weekday: int | None = None, offset: int | None = None, unit: str | None = None,
                 step: int | None = None, year_step: int | None = None,
                 count: float | None = None, end_day: int | None = None,
                 parenthesized: bool = False) -> None:
        self.start = start
        self.end = end
        self.form = form  # date | numeric | year | month | period | ago | duration | relday
        # | weekday | range
        self.year = year
        self.month = month
        self.day = day
        self.calendar = calendar
        self.weekday = weekday  # Python weekday, Monday = 0
        self.offset = offset  # days from the document date (أمس = -1)
        self.unit = unit  # period or duration unit: day | week | month | year | ...
        self.step = step  # direction: -1 past, 0 current, 1 next
        self.year_step = year_step  # «من العام الماضي»: years from the document date's
        self.count = count
        self.end_day = end_day  # ranges: the last day (or year) named
        self.parenthesized = parenthesized  # the expression stands inside (…)

    def __repr__(self) -> str:
        stated = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__
                           if getattr(self, name) not in (None, False))
        return f"Timex({stated})"


@dataclasses.dataclass(frozen=True)
class Lexicon:
    """Normalized lookups for every word class the pattern uses."""

    months: dict[str, tuple[str, int]]  # form -> (calendar, month)
    ambiguous: frozenset[str]
    weekdays: dict[str, int]
    reldays: dict[str, int]
    units: dict[str, str]
    directions: dict[str, int]
    ordinals: dict[str, int]
    time_units: dict[str, tuple[str, int | None]]
    name_heads: frozenset[str]
    score_months: frozenset[str]
    year_heads: frozenset[str]


@cache
def lexicon() -> Lexicon:
    months = {key(r["form"]): ("gregorian", int(r["month"]))
              for name in ("dates/months_cldr.tsv", "dates/month_variants.tsv")
              for r in resources.tsv(name)}
    months.update({key(r["form"]): ("hijri", int(r["month"]))
                   for r in resources.tsv("dates/hijri_months.tsv")})
    weekdays = {key(r["form"]): int(r["weekday"]) - 1
                for r in resources.tsv("dates/weekdays_cldr.tsv")}
    return Lexicon(
        months=months,
        ambiguous=word_set("dates/ambiguous_months.txt"),
        weekdays=weekdays,
        reldays={k: int(v) for k, v in table("dates/relative_days.tsv", "offset").items()},
        units=table("dates/period_units.tsv", "unit"),
        directions={k: int(v) for k, v in table("dates/directions.tsv", "step").items()},
        ordinals={k: int(v) for k, v in table("dates/ordinal_days.tsv", "day").items()},
        time_units={key(r["form"]): (r["unit"], int(r["count"]) if r["count"] else None)
                    for r in resources.tsv("dates/time_units.tsv")},
        name_heads=word_set("dates/name_heads.txt"),
        score_months=word_set("dates/score_months.txt"),
        year_heads=word_set("dates/year_heads.txt"),
    )
