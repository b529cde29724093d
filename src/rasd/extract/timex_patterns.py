"""Finding Arabic temporal expressions: one compiled pattern over normalized text.

The pattern is built once from the lexicons in ``resources/dates/`` and run
over :class:`~rasd.text.NormalizedText`; each match becomes a :class:`Timex`
that says what the text states (day, month, year, weekday, offset, direction)
without resolving it. Spans are minimal, as in the gold conventions: «يوم» and
part-of-day words stay outside, proclitics (و ف ب ك) are cut off, modifiers
(منتصف، صيف) and «عام» before a year stay inside.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from rasd import resources
from rasd.extract.lexicon import (
    alternation,
    digit_runs,
    key,
    squash,
    table,
    text_words,
    word_set,
    word_starts,
)
from rasd.extract.numbers import NUMBER, NUMBER_START, number_value
from rasd.extract.numbers import WORDS as NUMBER_WORDS
from rasd.text import NormalizedText

TATWEEL = "\u0640"


@dataclasses.dataclass(frozen=True, slots=True)
class Timex:
    """What one temporal expression states, with its source offsets."""

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


def _build() -> re.Pattern[str]:
    lex = lexicon()
    month = alternation(lex.months)
    weekday = "(?:ال|لل)" + alternation(k[2:] for k in lex.weekdays)
    direction = alternation(lex.directions)
    modifier = alternation(resources.lines("dates/modifiers.txt"))
    ordinal = alternation(lex.ordinals)
    relday = alternation(("(ال)" + k if k == "امس" else k) for k in lex.reldays)
    relday = relday.replace(r"\(ال\)", "(?:ال)?")
    unit = "(?:ال|لل)" + alternation(k for k in lex.units)
    time_unit = alternation(lex.time_units)
    yyyy = r"(?:1[3-9]\d\d|20\d\d)(?!\d)"
    era = r"(?:\s*(?P<era>ه|م|هجري|هجريه|ميلادي|ميلاديه)(?!\w))?"
    year_word = r"(?:(?:ال)?(?:عام|سنه)\s+)"
    month_part = (rf"(?P<m1>{month})(?!\w)(?:\s*\(\s*(?P<m2>{month})\s*\)"
                  rf"|\s*[/\-–]\s*(?P<m2>{month})(?!\w))?")
    year_part = (rf"(?:\s*[,،]?\s*(?:من\s+)?{year_word}?(?P<year>{yyyy}){era}"
                 rf"|\s+(?:من\s+)?(?P<yw>(?:ال)?(?:عام|سنه)\s+)?(?P<ydir>{direction}))?")
    day_part = rf"(?:(?P<day>[0-3]?\d)(?!\d)|(?P<dord>{ordinal}))\s*(?:من\s+)?(?:شهر\s+)?"
    lead = (rf"(?:(?P<rel>{relday})\s+)?(?:(?P<wd>{weekday})(?!\w)[\s,،]*(?:الموافق\s+)?)?"
            rf"(?:(?P<mod>{modifier})\s+)?")
    alternatives = [
        # بين 5 و7 مايو ، من 5 إلى 7 مايو 2019
        rf"(?P<range>(?:(?:بين|من|يومي)\s+)?(?P<day>[0-3]?\d)\s*(?:و|الي|حتي|-)\s*"
        rf"(?P<day2>[0-3]?\d)\s+"
        rf"{month_part}{year_part})",
        rf"(?P<yrange>(?:بين\s+)?(?:ال)?(?:عامي|سنتي)\s+(?P<year>{yyyy})\s*(?:و|-|الي)\s*"
        rf"(?P<year2>{yyyy}))",
        # [اليوم] [الأحد] [منتصف] 8 [من] ديسمبر (كانون الأول) [عام] 2024
        rf"(?P<date>{lead}{day_part}(?:{month_part}|(?P<mrel>الشهر\s+{direction})){year_part})",
        rf"(?P<numeric>(?<![\d.,/])(?:(?P<nd>[0-3]?\d)[/.-](?P<nm>[01]?\d)[/.-](?P<ny>{yyyy})"
        rf"|(?P<ny>{yyyy})[/.-](?P<nm>[01]?\d)[/.-](?P<nd>[0-3]?\d))(?![\d/]))",
        rf"(?P<monthonly>(?:(?P<mod>{modifier})\s+)?(?P<shahr>(?:ال)?شهر\s+)?{month_part}"
        rf"{year_part})",
        rf"(?P<yearonly>(?:(?P<mod>{modifier})\s+)?{year_word}(?P<year>{yyyy}){era}"
        rf"|(?P<mod>{modifier})\s+(?P<year>{yyyy}){era}"
        rf"|(?P<year>{yyyy})(?=\s*(?:ه|م|هجري|ميلادي)(?!\w)){era})",
        rf"(?P<period>(?:(?P<mod>{modifier})\s+)?(?:(?P<this>هذا|هذه)\s+)?{unit}(?!\w)"
        rf"(?:\s+(?P<pdir>{direction}))?)",
        rf"(?P<span>(?:(?P<ago>قبل|منذ|لمده|مده|طيله|طوال|خلال|بعد)\s+)?"
        rf"(?:(?P<num>{NUMBER})\s+)?(?P<tu>{time_unit})(?!\w)(?!\s*\d)(?!\s+{month}(?!\w)))",
        rf"(?P<relday>(?P<rel>{relday})(?!\w)(?:\s+(?P<wd>{weekday}))?)",
        rf"(?P<weekday>(?P<wd>{weekday})(?:\s+(?P<wdir>{direction}))?)",
        rf"(?P<bare>{yyyy}){era}",  # «في 2018»: checked against the word before it
    ]
    clitic = rf"(?P<cl>[وف]?[بك]?(?=ال)|[وف]?ل(?=ال)|[وف]?[بل]?(?:ال)?(?=\d|{NUMBER_START})|[وف])?"
    return re.compile(_unique_names(rf"(?<!\w){clitic}(?:{'|'.join(alternatives)})(?!\w)"))


_GROUP = re.compile(r"\(\?P<(\w+)>")


def _unique_names(source: str) -> str:
    """Number repeated group names (``year``, ``year__2`` …): ``re`` wants each name once."""
    seen: dict[str, int] = {}

    def rename(match: re.Match[str]) -> str:
        name = match.group(1)
        seen[name] = seen.get(name, 0) + 1
        return match.group() if seen[name] == 1 else f"(?P<{name}__{seen[name]}>"

    return _GROUP.sub(rename, source)


#: Looks up a matched group by its name (None when it did not take part).
Groups = Callable[[str], Any]


def _groups(match: re.Match[str]) -> dict[str, str]:
    """The groups that matched, repeated names folded back together."""
    found: dict[str, str] = {}
    for name, value in match.groupdict().items():
        if value is not None:
            found.setdefault(name.split("__")[0], value)
    return found


@cache
def pattern() -> re.Pattern[str]:
    return _build()


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
    directions = frozenset(lex.directions)
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


def _candidates(text: str) -> list[int]:
    """Start offsets of words that may open an expression: a cheap filter before the pattern."""
    triggers = _triggers()
    openers = _openers()
    starts = []
    for start, end, digits in digit_runs(text):
        if _number_may_open(text, end, digits):
            head = text[max(0, start - 5):start].split()[-1:]
            if head and head[0] in RANGE_HEADS:
                starts.append(start - 1 - len(head[0]))
            starts.append(start)
    for word in text_words(text) & triggers.keys():
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


def _matches(text: str) -> Iterator[tuple[re.Match[str], Timex]]:
    compiled = pattern()
    end = 0
    lex = lexicon()
    for start in _candidates(text):
        if start < end:
            continue
        match = compiled.match(text, start)
        if match and (_previous_word(text, start) in lex.name_heads
                      or _quoted(text, start, match.end())):
            end = match.end()  # «قوى 14 آذار», «26 سبتمبر»: a name that holds a date
        elif match:
            timex = _read(match, lex, text)
            if timex is not None:
                end = match.end()
                yield match, timex


def _quoted(text: str, start: int, end: int) -> bool:
    """The expression is a whole «…» quotation: a title or a name, not a date."""
    return text[start - 1:start] == "«" and text[end:end + 1] == "»"


def find_timexes(norm: NormalizedText) -> list[Timex]:
    """Every temporal expression in the text, in order, with source offsets."""
    found = []
    for match, timex in _matches(norm.text):
        start, end = norm.source_span(match.end("cl") if match.group("cl") else match.start(),
                                      match.end())
        while end < len(norm.source) and norm.source[end] == TATWEEL:  # «هـ»
            end += 1
        before = norm.text[max(0, match.start() - 2):match.start()].rstrip()
        after = norm.text[match.end():match.end() + 2].lstrip()
        parenthesized = before.endswith("(") and after.startswith(")")
        found.append(dataclasses.replace(timex, start=start, end=end, parenthesized=parenthesized))
    return found


def _previous_word(text: str, index: int) -> str:
    words = text[max(0, index - 30):index].split()
    return words[-1] if words else ""


def _read(m: re.Match[str], lex: Lexicon, text: str) -> Timex | None:
    """The :class:`Timex` a match states, or None when the context rules it out."""
    g: Groups = _groups(m).get
    if g("numeric"):
        return _checked(Timex(0, 0, "numeric", int(g("ny")), int(g("nm")), int(g("nd"))))
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
    word = _previous_word(text, index)
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
    return _previous_word(text, m.start()) in ("ذلك", "هذا", "نفس", "ذات", "ذاك")


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
    if g("mrel"):
        step = lex.directions[squash(g("mrel")).split()[-1]]
        return _checked(Timex(0, 0, "date", None, None, day, weekday=weekday, offset=offset,
                              unit="month", step=step))
    if g("range") and int(g("day2")) <= (day or 0):
        return None
    form = "range" if g("range") else "date"
    return _checked(Timex(0, 0, form, year.year if year else None, month, day, calendar,
                          weekday=weekday, offset=offset, step=step, year_step=year_step,
                          end_day=int(g("day2")) if g("range") else None))
