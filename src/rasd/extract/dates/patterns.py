"""Finding Arabic temporal expressions: one compiled pattern over normalized text.

The pattern is built once from the lexicons (:mod:`rasd.extract.dates.lexicon`)
and tried over :class:`~rasd.text.NormalizedText` where
:mod:`rasd.extract.dates.candidates` says an expression may start; each match is
read into a :class:`Timex` (:mod:`rasd.extract.dates.read`) that says what the
text states without resolving it. Spans are minimal, as in the gold
conventions: «يوم» and part-of-day words stay outside, proclitics (و ف ب ك) are
cut off, modifiers (منتصف، صيف) and «عام» before a year stay inside.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from rasd import resources
from rasd.extract.dates.candidates import candidates
from rasd.extract.dates.lexicon import TATWEEL, Timex, lexicon
from rasd.extract.dates.read import previous_word, read
from rasd.extract.numbers import NUMBER, NUMBER_START
from rasd.extract.wordlists import alternation
from rasd.text import NormalizedText

__all__ = ["Timex", "find_timexes", "pattern"]


def _build() -> re.Pattern[str]:
    lex = lexicon()
    month = alternation(lex.months)
    weekday = "(?:ال|لل)" + alternation(k[2:] for k in lex.weekdays)
    direction = alternation(lex.directions)
    modifier = alternation(resources.lines("dates/modifiers.txt"))
    ordinal = alternation(lex.ordinals)
    relday = alternation([*lex.reldays, "الامس"])  # «أمس» and «الأمس»
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
        rf"(?P<day2>[0-3]?\d)\s+(?:من\s+)?"
        rf"(?:{month_part}{year_part}|(?P<mrel>الشهر\s+{direction})))",
        rf"(?P<yrange>(?:بين\s+)?(?:ال)?(?:عامي|سنتي)\s+(?P<year>{yyyy})\s*(?:و|-|الي)\s*"
        rf"(?P<year2>{yyyy}))",
        # [اليوم] [الأحد] [منتصف] 8 [من] ديسمبر (كانون الأول) [عام] 2024
        rf"(?P<date>{lead}{day_part}(?:{month_part}|(?P<mrel>الشهر\s+{direction})){year_part})",
        rf"(?P<numeric>(?<![\d.,/])(?:(?P<nd>[0-3]?\d)[/.-](?P<nm>[01]?\d)[/.-](?P<ny>{yyyy})"
        rf"|(?P<ny>{yyyy})[/.-](?P<nm>[01]?\d)[/.-](?P<nd>[0-3]?\d))(?![\d/]){era})",
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


@cache
def pattern() -> re.Pattern[str]:
    return _build()


def _matches(text: str, words: frozenset[str]) -> Iterator[tuple[re.Match[str], Timex]]:
    compiled = pattern()
    end = 0
    lex = lexicon()
    for start in candidates(text, words):
        if start < end:
            continue
        match = compiled.match(text, start)
        if match and (previous_word(text, start) in lex.name_heads
                      or _quoted(text, start, match.end())):
            end = match.end()  # «قوى 14 آذار», «26 سبتمبر»: a name that holds a date
        elif match:
            timex = read(match, lex, text)
            if timex is not None:
                end = match.end()
                yield match, timex


def _quoted(text: str, start: int, end: int) -> bool:
    """The expression is a whole «…» quotation: a title or a name, not a date."""
    return text[start - 1:start] == "«" and text[end:end + 1] == "»"


def find_timexes(norm: NormalizedText, words: frozenset[str]) -> list[Timex]:
    """Every temporal expression in the text, in order, with source offsets (``words``: the
    distinct normalized words of the text, where trigger words are looked up)."""
    found = []
    for match, timex in _matches(norm.text, words):
        start, end = norm.source_span(match.end("cl") if match.group("cl") else match.start(),
                                      match.end())
        while end < len(norm.source) and norm.source[end] == TATWEEL:  # «هـ»
            end += 1
        before = norm.text[max(0, match.start() - 2):match.start()].rstrip()
        after = norm.text[match.end():match.end() + 2].lstrip()
        timex.start, timex.end = start, end
        timex.parenthesized = before.endswith("(") and after.startswith(")")
        found.append(timex)
    return found
