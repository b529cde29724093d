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


@dataclasses.dataclass(slots=True)
class Timex:
    """What one temporal expression states, with its source offsets (read with offsets 0,
    which :func:`~rasd.extract.dates.patterns.find_timexes` sets once: not frozen, as
    a frozen record costs three times as much to make)."""

    start: int
    end: int
    form: str  # date | numeric | year | month | period | ago | duration | relday | weekday | range
    year: int | None = None
    month: int | None = None
    day: int | None = None
    calendar: str = "gregorian"
    weekday: int | None = None  # Python weekday, Monday = 0
    offset: int | None = None  # days from the document date (أمس = -1)
    unit: str | None = None  # period or duration unit: day | week | month | year | ...
    step: int | None = None  # direction: -1 past, 0 current, 1 next
    year_step: int | None = None  # «من العام الماضي»: years from the document date's
    count: float | None = None
    end_day: int | None = None  # ranges: the last day (or year) named
    parenthesized: bool = False  # the expression stands inside (…)


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
