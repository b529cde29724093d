"""Finding the date an article speaks from, and grouping glossed date expressions.

In order of trust: the ``published`` date the reader gave; a dateline (a full
date at the very top, followed by a dash, colon or bracket); a relative day
glossed by an absolute date («أول من أمس 21 مايو 2019» ⇒ 23 May 2019, «اليوم
الخميس 5 يونيو 2025» ⇒ 5 June 2025). A gloss whose absolute date has no year
gets one from weekday agreement with the years the text names. Nothing else
fixes a document date: without one, relative expressions stay unresolved.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from rasd.extract.dates.lexicon import Timex
from rasd.extract.dates.resolve import calendar_date, weekday_year

#: What may stand between the pieces of one glossed date: brackets, commas, «الموافق», «أي».
_GLUE = re.compile(r"[\s()\[\],،\-–—]*(?:(?:الموافق|الموافقة|أي|اي)[\s()\[\],،\-–—]*)?")
_DATELINE_END = re.compile(r"\s*[-–—:(|\n]|\s*$")
POINT_FORMS = ("date", "numeric", "relday", "weekday")


def gloss_groups(text: str, timexes: list[Timex]) -> list[list[int]]:
    """Runs of adjacent point expressions (indexes) that name one day, when one is absolute."""
    groups: list[list[int]] = []
    run: list[int] = []
    for index, timex in enumerate(timexes):
        if timex.form not in POINT_FORMS:
            run = []
            continue
        if run and _GLUE.fullmatch(text, timexes[run[-1]].end, timex.start):
            run.append(index)
        else:
            run = [index]
            groups.append(run)
    return [g for g in groups if len(g) > 1 and any(is_absolute_day(timexes[i]) for i in g)]


def is_absolute_day(t: Timex) -> bool:
    return t.form in ("date", "numeric") and t.day is not None and t.month is not None


def absolute_day(t: Timex, near: list[date], weekday: int | None = None) -> date | None:
    """The day an absolute expression names, its year given or fixed by weekday agreement."""
    year = t.year
    weekday = t.weekday if t.weekday is not None else weekday
    if year is None and weekday is not None:
        year = weekday_year(t, weekday, near)
    return calendar_date(t, year) if year is not None else None


def dateline(text: str, timexes: list[Timex]) -> tuple[date, Timex] | None:
    """A full date opening the text: at most four words before it (a place), and after it
    a separator («-», «:», «(») or a short rest of the line (an agency name: «واس»).
    A glossed pair («25 شوال 1436 هـ الموافق 10 أغسطس 2015 م») counts as one date."""
    if not timexes:
        return None
    head = text[:timexes[0].start]
    if len(head.split()) > 4 or re.search(r"[.!?؟\n]\s*\S", head):
        return None
    group = [timexes[0]]
    for t in timexes[1:]:
        if not _GLUE.fullmatch(text, group[-1].end, t.start):
            break
        group.append(t)
    line_end = text.find("\n", group[-1].end)
    rest = text[group[-1].end:line_end if line_end >= 0 else len(text)]
    if not (_DATELINE_END.match(rest) or (line_end >= 0 and len(rest.split()) <= 3)):
        return None
    dated = [t for t in group if t.year is not None and is_absolute_day(t)]
    dated.sort(key=lambda t: t.calendar != "gregorian")
    for t in dated:
        found = calendar_date(t, t.year or 0)
        if found:
            return found, t
    return None


def glossed(text: str, timexes: list[Timex], near: list[date]) -> tuple[date, Timex] | None:
    """The document date a relative day glossed by an absolute one implies."""
    for t in timexes:
        if t.offset is not None and is_absolute_day(t):
            found = absolute_day(t, near)
            if found:
                return found - timedelta(days=t.offset), t
    for group in gloss_groups(text, timexes):
        members = [timexes[i] for i in group]
        absolute = next(t for t in members if is_absolute_day(t))
        relatives = [t for t in members if t.form == "relday" and t.offset is not None]
        if not relatives:
            continue
        weekday = next((t.weekday for t in members if t.weekday is not None), None)
        found = absolute_day(absolute, near, weekday)
        if found is None:
            continue
        relative = next((t for t in relatives if t.parenthesized), relatives[-1])
        return found - timedelta(days=relative.offset or 0), relative
    return None
