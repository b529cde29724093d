"""Resolving a :class:`Timex` to an ISO 8601 value against an anchor date.

Values: ``YYYY-MM-DD`` (day), ``YYYY-Www`` (ISO week), ``YYYY-MM`` (month),
``YYYY`` (year); ranges as ISO intervals (``2019-05-05/2019-05-07``) and
durations as ISO durations (``P6Y``, ``PT48H``). Hijri dates are converted
with ``hijridate``: a Hijri day to its Gregorian day, a Hijri month to the
Gregorian month holding its 15th day, a Hijri year to the Gregorian year
holding its 1st of Rajab.

A date whose year the text does not fix keeps what it knows in ``partial``
(ISO 8601's truncated ``--MM-DD`` / ``--MM``) with ``value`` None and
resolution ``unresolved``: a guessed year would look as certain as a stated one.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

from rasd.extract.dates.lexicon import Timex

WEEK = "week"


@dataclasses.dataclass(frozen=True, slots=True)
class Resolved:
    """A resolved value and how it was found."""

    value: str | None
    precision: str | None
    resolution: str  # see rasd.extract.dates.stage for the list
    kind: str = "date"  # date | range | duration
    partial: str | None = None


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(year: int, month: int, step: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + step
    return index // 12, index % 12 + 1


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def from_hijri(year: int, month: int, day: int) -> date | None:
    try:
        return date(*Hijri(year, month, day).to_gregorian().datetuple())
    except (ValueError, OverflowError):
        return None


def hijri_year_of(day: date) -> int | None:
    try:
        return int(Gregorian.fromdate(day).to_hijri().year)
    except (ValueError, OverflowError):
        return None


def calendar_date(t: Timex, year: int, day: int | None = None) -> date | None:
    """The Gregorian day of ``t``'s month and ``day`` (default its own) in ``year``."""
    if t.month is None:
        return None
    wanted = day if day is not None else t.day
    if t.calendar == "hijri":
        return from_hijri(year, t.month, wanted or 15)
    return safe_date(year, t.month, wanted or 15)


def explicit(t: Timex) -> Resolved | None:
    """A date that states its own year (or is a year, a range of years or a duration)."""
    if t.form == "duration":
        return Resolved(duration(t), None, "explicit", kind="duration")
    if t.form == "range" and t.month is None and t.year is not None:
        return Resolved(f"{t.year}/{t.end_day}", "year", "explicit", kind="range")
    if t.year is None:
        return None
    if t.form == "year" or t.month is None:
        if t.calendar == "hijri":
            found = from_hijri(t.year, 7, 1)
            return Resolved(str(found.year), "year", "explicit") if found else None
        return Resolved(str(t.year), "year", "explicit")
    return at_year(t, t.year, "explicit")


def at_year(t: Timex, year: int, how: str) -> Resolved | None:
    """``t`` placed in ``year`` (of its own calendar)."""
    found = calendar_date(t, year)
    if found is None:
        return None
    if t.form == "range" and t.end_day is not None:
        last = calendar_date(t, year, t.end_day)
        if last is None:
            return None
        return Resolved(f"{found.isoformat()}/{last.isoformat()}", "day", how, kind="range")
    if t.day is None:
        return Resolved(found.isoformat()[:7], "month", how)
    return Resolved(found.isoformat(), "day", how)


def duration(t: Timex) -> str:
    count = t.count or 0
    n = int(count) if float(count).is_integer() else count
    return {"day": f"P{n}D", "week": f"P{n}W", "month": f"P{n}M", "year": f"P{n}Y",
            "decade": f"P{10 * count:g}Y", "hour": f"PT{n}H", "minute": f"PT{n}M"}[t.unit or "day"]


def partial(t: Timex) -> Resolved:
    """What an undated day or month still tells: ISO 8601's truncated ``--MM-DD`` form."""
    if t.month is None or t.calendar == "hijri":
        return Resolved(None, "day" if t.day else None, "unresolved")
    text = f"--{t.month:02d}" + (f"-{t.day:02d}" if t.day else "")
    return Resolved(None, "day" if t.day else "month", "unresolved", partial=text)


#: How far ahead of the document date an undated day may lie before it is read as last year's.
AHEAD_DAYS = 122


def nearest_year(t: Timex, anchor: date) -> int | None:
    """The year (of ``t``'s calendar) of the latest occurrence of ``t`` no more than four
    months after the anchor, or the occurrence its direction word asks for."""
    base = hijri_year_of(anchor) if t.calendar == "hijri" else anchor.year
    if base is None:
        return None
    if t.year_step is not None:
        return base + t.year_step
    options = []
    for year in range(base - 3, base + 2):
        found = calendar_date(t, year)
        if found is None:
            continue
        ahead = (found - anchor).days
        if t.day is None and t.step is not None:  # «مايو الماضي»: compare months, not days
            ahead = (found.year - anchor.year) * 12 + found.month - anchor.month
        if (t.step is not None and t.step < 0 and ahead >= 0) or (t.step == 1 and ahead <= 0):
            continue
        if t.step == 0 and year != base:
            continue
        if t.step is None and (ahead > AHEAD_DAYS or year < base - 1):
            continue
        options.append((ahead if t.step == 1 else -ahead, year))
    options.sort()
    skip = -t.step - 1 if t.step is not None and t.step < 0 else 0  # «مايو قبل الماضي»
    return options[skip][1] if len(options) > skip else None


def weekday_year(t: Timex, weekday: int, near: list[date]) -> int | None:
    """The year in which ``t``'s day falls on ``weekday``, nearest the given dates."""
    if t.day is None or t.month is None or not near or t.calendar == "hijri":
        return None
    best: tuple[int, int] | None = None
    for year in range(min(d.year for d in near) - 7, max(d.year for d in near) + 8):
        found = safe_date(year, t.month, t.day)
        if found is None or found.weekday() != weekday:
            continue
        gap = min(abs((found - d).days) for d in near)
        if best is None or gap < best[0]:
            best = (gap, year)
    return best[1] if best else None


def relative(t: Timex, anchor: date) -> Resolved | None:
    """A day, weekday, period or «قبل …» counted from the anchor."""
    if t.form == "relday" and t.offset is not None:
        return Resolved((anchor + timedelta(days=t.offset)).isoformat(), "day", "relative")
    if t.form == "weekday" and t.weekday is not None:
        back = (anchor.weekday() - t.weekday) % 7
        if t.step == 1:
            found = anchor + timedelta(days=(t.weekday - anchor.weekday()) % 7 or 7)
        else:
            past = t.step is not None and t.step < 0
            found = anchor - timedelta(days=back or (7 if past else 0))
            if past:  # «الخميس قبل الماضي»: one more week back
                found -= timedelta(weeks=-(t.step or 0) - 1)
        return Resolved(found.isoformat(), "day", "relative")
    if t.form == "period" and t.step is not None:
        return shifted(anchor, t.unit or "year", t.step)
    if t.form == "ago" and t.count is not None:
        return shifted(anchor, t.unit or "day", -int(t.count))
    if t.month is None and t.unit == "month" and t.step is not None:  # «5 من الشهر الجاري»
        year, month = add_months(anchor.year, anchor.month, t.step)
        day = safe_date(year, month, t.day or 1)
        if day is None:
            return None
        if t.form == "range":
            last = safe_date(year, month, t.end_day or 1)
            return Resolved(f"{day.isoformat()}/{last.isoformat()}", "day", "relative",
                            kind="range") if last else None
        return Resolved(day.isoformat() if t.day else day.isoformat()[:7],
                        "day" if t.day else "month", "relative")
    return None


def shifted(anchor: date, unit: str, step: int) -> Resolved:
    """The day, week, month or year ``step`` units from the anchor, at that precision."""
    if unit == "day":
        return Resolved((anchor + timedelta(days=step)).isoformat(), "day", "relative")
    if unit == WEEK:
        return Resolved(iso_week(anchor + timedelta(weeks=step)), "week", "relative")
    if unit == "month":
        year, month = add_months(anchor.year, anchor.month, step)
        return Resolved(f"{year:04d}-{month:02d}", "month", "relative")
    return Resolved(f"{anchor.year + step:04d}", "year", "relative")
