"""Dates layer: every temporal expression, resolved to ISO 8601, and the document date.

``document_date`` holds one :class:`DocumentDate` (or nothing): the published
date when given, else one inferred from a dateline or a glossed relative day
(see :mod:`rasd.extract.dates.document_date`). ``dates`` holds a :class:`DateMention` per
expression; ``resolution`` says how its value was found:

* ``explicit``: the text states it in full (or it is a duration);
* ``relative``: counted from the document date (أمس، الثلاثاء، الأسبوع الماضي);
* ``glossed``: a relative piece explained by an absolute date beside it
  («منذ الأمس (أول من أمس) 21 مايو» — all three name 21 May);
* ``inferred-year``: a day or month without a year, placed in the year nearest
  the document date (or the year of the same day named elsewhere);
* ``weekday-agreement``: the year in which the day falls on the named weekday,
  nearest the document date or the years the text names;
* ``unresolved``: value None; ``partial`` keeps ``--MM-DD`` when a day and month are known.

Durations (``kind="duration"``, value ``P6Y``) and ranges (``kind="range"``,
an ISO interval) are kept, never as ``kind="date"``.
"""

from __future__ import annotations

from datetime import date

from rasd.document import DateMention, Document, DocumentDate
from rasd.extract.dates import document_date as docdate
from rasd.extract.dates.patterns import Timex, find_timexes
from rasd.extract.dates.resolve import (
    Resolved,
    at_year,
    explicit,
    nearest_year,
    partial,
    relative,
    weekday_year,
)
from rasd.extract.wordlists import document_words, normalized
from rasd.stage import Stage
from rasd.text.spans import span_of

RELATIVE_FORMS = ("relday", "weekday", "period", "ago")
KINDS = {"range": "range", "duration": "duration"}


def find_document_date(doc: Document, timexes: list[Timex]) -> DocumentDate | None:
    """The document date: published, a dateline, or a glossed relative day."""
    if doc.meta.published is not None:
        return DocumentDate(doc.meta.published.isoformat(), "published")
    found = docdate.dateline(doc.text, timexes)
    method = "dateline"
    if found is None:
        found = docdate.glossed(doc.text, timexes, _named_years(timexes))
        method = "glossed-relative"
    if found is None:
        return None
    day, evidence = found
    return DocumentDate(day.isoformat(), method, span_of(doc, evidence.start, evidence.end))


def _named_years(timexes: list[Timex]) -> list[date]:
    return [date(t.year, 7, 1) for t in timexes
            if t.year is not None and t.calendar == "gregorian" and 1800 <= t.year <= 2100]


def resolve_one(t: Timex, anchor: date | None, near: list[date]) -> Resolved:
    """One expression's value, before glosses and repeated days are taken into account."""
    found = explicit(t)
    if found is not None:
        return found
    if t.form in RELATIVE_FORMS or (t.month is None and t.unit == "month"):
        found = relative(t, anchor) if anchor else None
        return found or Resolved(None, None, "unresolved")
    if t.weekday is not None and t.day is not None:
        year = weekday_year(t, t.weekday, [anchor] if anchor else near)
        if year is not None and (anchor is None or abs(year - anchor.year) <= 1):
            found = at_year(t, year, "weekday-agreement")
    if found is None and anchor is not None:
        year = nearest_year(t, anchor)
        found = at_year(t, year, "inferred-year") if year is not None else None
    return found or partial(t)


def resolve_all(text: str, timexes: list[Timex], anchor: date | None) -> list[Resolved]:
    """Every expression resolved, glossed pieces taking their absolute date's value."""
    near = _named_years(timexes)
    resolved = [resolve_one(t, anchor, near) for t in timexes]
    for group in docdate.gloss_groups(text, timexes):
        head = next(i for i in group if docdate.is_absolute_day(timexes[i]))
        weekday = next((timexes[i].weekday for i in group if timexes[i].weekday is not None), None)
        if resolved[head].value is None and weekday is not None and timexes[head].year is None:
            year = weekday_year(timexes[head], weekday, [anchor] if anchor else near)
            found = at_year(timexes[head], year, "weekday-agreement") if year else None
            resolved[head] = found or resolved[head]
        how = "glossed" if resolved[head].value else "unresolved"
        for i in group:
            if timexes[i].form in ("relday", "weekday"):
                resolved[i] = Resolved(resolved[head].value, resolved[head].precision, how,
                                       partial=resolved[head].partial)
    pairs = list(zip(timexes, resolved, strict=True))
    known: dict[tuple[int | None, int | None], int] = {
        (t.month, t.day): int(r.value[:4]) for t, r in pairs
        if r.value and t.month and t.day and r.precision == "day" and t.calendar == "gregorian"}
    for i, (t, r) in enumerate(pairs):
        same_day = known.get((t.month, t.day))
        if r.resolution == "unresolved" and t.day and same_day and t.calendar == "gregorian":
            resolved[i] = at_year(t, same_day, "inferred-year") or r
    return resolved


def _run(doc: Document) -> None:
    timexes = find_timexes(normalized(doc.text), document_words(doc))
    document_date = find_document_date(doc, timexes)
    anchor = date.fromisoformat(document_date.value) if document_date else None
    mentions = []
    for t, r in zip(timexes, resolve_all(doc.text, timexes, anchor), strict=True):
        mentions.append(DateMention(
            span=span_of(doc, t.start, t.end),
            value=r.value,
            precision=r.precision,
            resolution=r.resolution,
            kind=KINDS.get(t.form, r.kind),
            calendar=t.calendar,
            anchor=document_date.value if document_date and r.resolution == "relative" else None,
            partial=r.partial,
        ))
    doc.add_layer("document_date", [document_date] if document_date else [])
    doc.add_layer("dates", mentions)


STAGE = Stage("dates", requires=("tokens", "sentences"), assigns=("document_date", "dates"),
              run=_run)
