"""One phrase index over every entity word list, matched on clitic-stripped tokens.

Forms are stored as tuples of normalized tokens under their first token, longest first,
so matching at a word costs a few dict lookups, whatever the size of the lists. The first
word of a phrase may carry proclitics (و ف ب ل ك: «وبإدلب», «والروسية»); the article ال
belongs to the stored form, so a name seen only through the ل+ال contraction («للجزيرة»)
is not matched (its span would not be the name).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from rasd import resources
from rasd.extract.entities import actors, places
from rasd.text import candidate_stems, normalize_key


@dataclasses.dataclass(frozen=True, slots=True)
class Entry:
    """What a stored form means: kind (actor, place, nation, inst, title, trigger, meto)."""

    kind: str
    key: str  # actor id | place name key | ISO3 | institution key | role | entity type
    extra: str = ""  # inst: bare | title: institution | trigger: in_name | meto: always
    cued: bool = False  # counts only in quotes or after a trigger (a title: strict, see titles.tsv)
    acting: str = ""  # trigger: the type a named site takes after an actor verb
    bare: bool = False  # trigger: an unknown name may follow without quotes


#: The kinds an entry can have, in the order the rules consider them.
KINDS = ("actor", "inst", "title", "person-cue", "trigger", "meto", "place", "direction",
         "nation")


@dataclasses.dataclass(frozen=True, slots=True)
class Group:
    """The entries of one stored phrase, and the first entry of each kind in :data:`KINDS`
    order."""

    entries: tuple[Entry, ...]
    kinds: dict[str, Entry]

    @classmethod
    def of(cls, entries: Sequence[Entry]) -> Group:
        first: dict[str, Entry] = {}
        for e in entries:
            first.setdefault(e.kind, e)
        return cls(tuple(entries), {k: first[k] for k in KINDS if k in first})


class Match:
    """A stored phrase found at words ``[start, end)`` (read-only by convention; a plain
    class is built faster than a dataclass, and every lookup that finds a phrase builds one)."""

    __slots__ = ("end", "group", "prefix", "start")

    def __init__(self, start: int, end: int, prefix: int, group: Group) -> None:
        self.start = start  # index of the first word
        self.end = end  # index after the last word
        self.prefix = prefix  # normalized characters of proclitics on the first word
        self.group = group

    def __repr__(self) -> str:
        return f"Match({self.start}, {self.end}, {self.prefix}, {self.group.entries!r})"

    @property
    def entries(self) -> tuple[Entry, ...]:
        return self.group.entries

    @property
    def kinds(self) -> dict[str, Entry]:
        """The first entry of each kind, in :data:`KINDS` order (do not change it)."""
        return self.group.kinds


_ALLOWED_PREFIX = frozenset("وفبل")  # ك: «كبيرا» is not ك + بيرا


@lru_cache(maxsize=65536)
def readings(word: str) -> tuple[tuple[int, str], ...]:
    """``(prefix length, stem)`` of a normalized word, least stripped first."""
    out = [(0, word)]
    for prefix, stem in candidate_stems(word):
        if (prefix and word.endswith(stem) and set(prefix) <= _ALLOWED_PREFIX
                and "لل" not in prefix and len(stem) > 2):
            out.append((len(prefix), stem))
    for head in ("", "و", "ف"):
        if word.startswith(head + "لل") and len(word) - len(head) > 4:
            out.append((len(head) + 1, word[len(head) + 1:]))  # «للبنان» → ل + لبنان
    return tuple(sorted(set(out), key=lambda r: r[0]))


def nationality_forms(adjective: str, plurals: Iterable[str] = ()) -> set[str]:
    """Gender, number and article forms of a (possibly two-word) nisba adjective."""
    words = normalize_key(adjective).split()
    forms = set()
    for suffix in ("", "ه", "ون", "ين", "ات", "يون", "يين"):
        for article in ("", "ال"):
            bits = [article + (w[:-1] if suffix.startswith("ي") else w) + suffix for w in words]
            forms.add(" ".join(bits))
    for plural in plurals:
        forms.update({normalize_key(plural), "ال" + normalize_key(plural)})
    return forms


class _Form(NamedTuple):
    """A word as the first word of stored phrases."""

    hits: tuple[tuple[int, str], ...]  # its readings that start a phrase, least stripped first
    followers: frozenset[str]  # the second words of the longer phrases of these readings
    alone: tuple[int, Group] | None  # the first one-word phrase of a reading, with its prefix


class Lexicon:
    """The phrase index over normalized token tuples, keyed by the first token."""

    def __init__(self) -> None:
        self._groups: dict[tuple[str, ...], list[Entry]] = {}
        # first token -> [(number of further tokens, {further tokens: group})], longest first
        self.index: dict[str, list[tuple[int, dict[tuple[str, ...], Group]]]] = {}
        # first token -> the second tokens of its longer phrases
        self._seconds: dict[str, frozenset[str]] = {}
        self._forms: dict[str, _Form] = {}

    def add(self, form: str, entry: Entry) -> None:
        tokens = tuple(normalize_key(form).split())
        if tokens:
            group = self._groups.setdefault(tokens, [])
            if entry not in group:
                group.append(entry)

    def freeze(self) -> Lexicon:
        by_length: dict[str, dict[int, dict[tuple[str, ...], Group]]] = {}
        for tokens, entries in self._groups.items():
            rests = by_length.setdefault(tokens[0], {}).setdefault(len(tokens) - 1, {})
            rests[tokens[1:]] = Group.of(entries)
        self.index = {first: sorted(lengths.items(), reverse=True)
                      for first, lengths in by_length.items()}
        self._seconds = {first: frozenset(rest[0] for rests in lengths.values() for rest in rests
                                          if rest)
                         for first, lengths in by_length.items()}
        return self

    def hits(self, word: str) -> tuple[tuple[int, str], ...]:
        """The readings of ``word`` that start a stored phrase (memoized per word)."""
        return self._form(word).hits

    def _form(self, word: str) -> _Form:
        """What the lexicon holds for ``word`` as the first word of a phrase (memoized)."""
        found = self._forms.get(word)
        if found is None:
            hits = tuple(r for r in readings(word) if r[1] in self.index)
            alone = next(((prefix, self.index[stem][-1][1][()]) for prefix, stem in hits
                          if self.index[stem][-1][0] == 0), None)
            followers = frozenset().union(*(self._seconds[stem] for _, stem in hits))
            if len(self._forms) > 200_000:
                self._forms.clear()
            found = self._forms[word] = _Form(hits, followers, alone)
        return found

    def starting(self, norms: Sequence[str], is_word: Sequence[bool]) -> list[int]:
        """Indexes of the words (``is_word``) some reading of which starts a stored phrase."""
        get, form = self._forms.get, self._form
        return [i for i, w in enumerate(norms) if (get(w) or form(w)).hits and is_word[i]]

    def match(self, norms: Sequence[str], i: int) -> Match | None:
        """The longest stored phrase starting at word ``i`` (least stripped on ties)."""
        word = norms[i]
        form = self._forms.get(word) or self._form(word)
        if not form.hits:
            return None
        nxt = norms[i + 1] if i + 1 < len(norms) else None
        if nxt not in form.followers:  # only one-word phrases can match
            return None if form.alone is None else Match(i, i + 1, form.alone[0], form.alone[1])
        best: Match | None = None
        for prefix, stem in form.hits:
            phrases = self.index[stem]
            if nxt not in self._seconds[stem]:  # only the one-word phrase can match
                length, rests = phrases[-1]
                if best is None and length == 0:
                    best = Match(i, i + 1, prefix, rests[()])
                continue
            for length, rests in phrases:
                end = i + 1 + length
                if best is not None and end <= best.end:
                    break
                if end > len(norms):
                    continue  # a phrase longer than the words left
                group = rests.get(tuple(norms[i + 1:end]))
                if group is not None:
                    best = Match(i, end, prefix, group)
                    break
        return best


def _rows(name: str) -> tuple[dict[str, str], ...]:
    return resources.tsv(f"entities/{name}")


@cache
def word_set(name: str) -> frozenset[str]:
    """A one-word-per-line resource as a set of normalized keys."""
    return frozenset(normalize_key(s) for s in resources.lines(f"entities/{name}"))


def is_country(name: str) -> bool:
    """Is ``name`` a country's name («السعودية» is also a nationality form)?"""
    return any(p.feature == "C" for p in places.candidates(name))


def vetted(name: str) -> bool:
    """Is ``name`` a curated place or a country (kept even when it is also a word: «دوما»)?"""
    return any(p.source != "geonames" for p in places.candidates(name))


@cache
def lexicon() -> Lexicon:
    """Every entity word list in one index (built once)."""
    lex = Lexicon()
    cued = word_set("cued_names.txt")
    common = word_set("common_words.txt") | word_set("not_names.txt")
    for actor in actors.all_actors():
        for form in (actor.name_ar, *actor.aliases):
            lex.add(form, Entry("actor", actor.id, actor.type, cued=normalize_key(form) in cued))
    nations = set()
    for row in _rows("nationalities.tsv"):
        for adjective in (row["adjective"], *filter(None, row["variants"].split("|"))):
            for form in nationality_forms(adjective, filter(None, row["plurals"].split("|"))):
                lex.add(form, Entry("nation", row["country"]))
                nations.add(form)
    descriptors = {normalize_key(row["word"]) for row in _rows("triggers.tsv")}
    for name in places.names():  # «الهندية», «السويدية» are adjectives before they are towns
        if len(name) > 2 and (name not in common or vetted(name)) and (
                name not in nations or is_country(name)) and name not in descriptors:
            lex.add(name, Entry("place", name, cued=name in cued))
    for row in _rows("institutions.tsv"):
        lex.add(row["head"], Entry("inst", row["key"], row["bare"]))
    for row in _rows("titles.tsv"):
        strict = row["strict"] == "yes"
        lex.add(row["title"], Entry("title", row["role"], row["institution"], cued=strict))
        lex.add("نائب " + row["title"], Entry("title", "deputy " + row["role"], row["institution"],
                                              cued=strict))
    for row in _rows("triggers.tsv"):
        lex.add(row["word"], Entry("trigger", row["type"], row["in_name"],
                                         acting=row["acting"], bare=row["bare"] == "yes"))
    for row in _rows("metonymy.tsv"):
        lex.add(row["name"], Entry("meto", row["country"], row["always"]))
    for row in _rows("directions.tsv"):
        lex.add(row["word"], Entry("direction", row["direction"]))
    for word in resources.lines("entities/person_cues.txt"):
        lex.add(word, Entry("person-cue", "PER"))
    return lex.freeze()
