"""Rules that find entity mentions around the dictionary matches of one document.

The scanner walks the words once. At each word it takes the longest phrase of the
lexicon (rasd.extract.lexicon) and lets the phrase's kind decide:

- actor: a listed person or organization (a cued name only in quotes or after a trigger);
- inst + nationality: «وزارة الدفاع الروسية», «الجيش السوري» (ORG, linked to RUS-…);
  a bare named ministry («وزارة الدفاع») is ORG, a bare generic (الجيش) is nothing;
- title: the name after it is a person with that role («نائب وزير الخارجية الروسي، X»);
- trigger: the name after it («بلدة X وY», «تنظيم «X»») gets the trigger's type;
- place / meto: LOC, or ORG when a capital or country acts (says, accuses, attacks);
- person-cue: «الملقب بـ«X»» is a person; direction words tag the next place.
"""

from __future__ import annotations

import bisect
import dataclasses
from functools import cache
from typing import Any

from rasd import resources
from rasd.extract import actors, places
from rasd.extract.lexicon import Entry, Match, lexicon, readings, word_set
from rasd.text import normalize, normalize_key

OPEN_QUOTES = frozenset("«\"“")
CLOSE_QUOTES = frozenset("»\"”")
_KIND_ORDER = ("actor", "inst", "title", "person-cue", "trigger", "meto", "place", "direction",
               "nation")


@dataclasses.dataclass(slots=True)
class Candidate:
    """A proposed mention, in source characters; lower ``rank`` wins overlaps."""

    start: int
    end: int
    type: str
    rank: int
    source: str = "dictionary"
    actor_id: str | None = None
    place_id: str | None = None
    role: str | None = None
    affiliation: str | None = None
    country: str | None = None
    direction: str | None = None




@cache
def function_words(kind: str) -> frozenset[str]:
    """Normalized words of one class of ``entities/function_words.tsv``."""
    return frozenset(normalize_key(row["word"]) for row in resources.tsv(
        "entities/function_words.tsv") if row["class"] == kind)


PREPOSITIONS = function_words("preposition")
NEGATIONS = function_words("negation")
_SUFFIXES = tuple(sorted(function_words("suffix"), key=len, reverse=True))
_FOLDED: dict[str, str] = {}
_DROPPED = frozenset(c for c in map(chr, range(0x0600, 0x0700)) if not normalize(c))


def _fold(word: str) -> str:
    """The normalized form of a token (cached: news repeats its words)."""
    if len(_FOLDED) > 300_000:
        _FOLDED.clear()
    folded = _FOLDED[word] = normalize(word) or word
    return folded


@cache
def actor_verbs() -> frozenset[str]:
    """Verb forms from actor_verbs.txt plus the masculine forms derived from them."""
    forms = set(word_set("actor_verbs.txt"))
    for verb in list(forms):
        if verb.endswith("ت") and len(verb) > 3:
            forms.add(verb[:-1])
        if verb.startswith("ت") and len(verb) > 3:
            forms.add("ي" + verb[1:])
    return frozenset(forms)


def is_verb(word: str) -> bool:
    """A known actor verb, with و/ف and object pronouns off."""
    verbs = actor_verbs()
    for stem in (word, word[1:] if word[:1] in "وف" else word):
        if stem in verbs or any(stem.endswith(s) and stem[:-len(s)] in verbs for s in _SUFFIXES):
            return True
    return False


class Scanner:
    """Finds candidates in one document's words (see module docstring)."""

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        self.text = text
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        self.raw = [text[s:e] for s, e in spans]
        self.norms = [_FOLDED.get(w) or _fold(w) for w in self.raw]
        self.is_word = [w[:1].isalpha() for w in self.raw]
        self._matches: dict[int, Match | None] = {}
        self.lex = lexicon()
        self.not_names = word_set("not_names.txt")
        self.common = word_set("common_words.txt") | self.not_names
        self.heads = word_set("name_heads.txt")
        self.org_heads = word_set("org_heads.txt")
        self.first_names = word_set("first_names.txt")
        self.triggers = {normalize_key(row["word"]): row["in_name"]
                         for row in resources.tsv("entities/triggers.tsv")}
        self.plural_triggers = {normalize_key(row["word"]) for row in
                                resources.tsv("entities/triggers.tsv") if row["plural"] == "yes"}
        self.body_heads = word_set("body_heads.txt")
        self.nouns = word_set("actor_nouns.txt")
        self.out: list[Candidate] = []
        self.countries: set[str] = set()
        self.direction: tuple[int, str] | None = None

    # helpers ------------------------------------------------------------------
    def word(self, i: int) -> bool:
        return 0 <= i < len(self.is_word) and self.is_word[i]

    def stem(self, i: int) -> str:
        """Word ``i`` without a leading conjunction."""
        w = self.norms[i]
        return w[1:] if w[:1] in "وف" and len(w) > 3 and w not in self.lex.index else w

    def char_start(self, i: int, prefix: int) -> int:
        """Source offset after ``prefix`` normalized characters of word ``i``."""
        pos, seen = self.starts[i], 0
        while seen < prefix and pos < self.ends[i]:
            if self.text[pos] not in _DROPPED:
                seen += 1
            pos += 1
        while pos < self.ends[i] and self.text[pos] in _DROPPED:
            pos += 1  # tatweel after a clitic: «لـ»
        return pos

    def kinds(self, m: Match) -> dict[str, Entry]:
        found: dict[str, Entry] = {}
        for e in m.entries:
            found.setdefault(e.kind, e)
        return found

    def match(self, i: int) -> Match | None:
        """The longest lexicon phrase at word ``i`` (memoized per document)."""
        if i in self._matches:
            return self._matches[i]
        ok = 0 <= i < len(self.is_word) and self.is_word[i]
        found = self.lex.match(self.norms, i) if ok else None
        self._matches[i] = found
        return found

    def quoted(self, i: int) -> bool:
        return i > 0 and self.raw[i - 1][:1] in OPEN_QUOTES

    def emit(self, i: int, end: int, type_: str, rank: int, prefix: int = 0,
             **fields: Any) -> None:
        start = self.char_start(i, prefix)
        if start < self.ends[end - 1]:
            self.out.append(Candidate(start, self.ends[end - 1], type_, rank, **fields))

    def namey(self, i: int) -> bool:
        """Could word ``i`` be part of an unknown name?"""
        if not self.word(i):
            return False
        w = self.norms[i]
        clitic = (w[:1] in "بل" and w[1:] in self.common) or w.endswith(("ته", "تهم", "هما"))
        return (len(w) > 1 and not clitic and w not in self.common
                and self.stem(i) not in self.common and not is_verb(w)
                and w not in NEGATIONS and w not in PREPOSITIONS
                and (w in self.first_names or not self._listed(i))
                and (w in self.first_names or not self.verbish(i)))

    def _listed(self, i: int) -> bool:
        m = self.match(i)
        return m is not None and not {"place", "actor"} & set(self.kinds(m))

    def first_name(self, i: int) -> bool:
        """Can an unknown person's name start at word ``i``? (not «الحملة», «مكتب»)"""
        w = self.norms[i]
        if (w[:1] == "و" and w not in self.first_names) or (w[:1] == "ف" and w[1:] in self.common):
            return False  # «الرئيس وزوجته»: a conjunction, not «وليد»
        return not w.startswith(("ال", "لل")) and w not in self.org_heads

    def name_end(self, i: int, most: int = 3) -> int:
        """End of an unknown name starting at ``i`` (``i`` when there is none)."""
        j, units = i, 0
        while units < most:
            joined = (self.word(j) and self.norms[j] in self.heads and self.word(j + 1)
                      and self.norms[j + 1] not in PREPOSITIONS and not is_verb(self.norms[j + 1]))
            if not (joined or self.namey(j)):
                break
            step = 2 if joined else 1
            if units and self.norms[j].endswith(("ته", "تها", "تهم", "وا")):
                break  # «شيراك قصدته»: a verb with its object, not a family name
            if units == 2 and self.word(j + step):
                break  # a third unit only when punctuation closes the name
            j += step
            units += 1
        return j

    # scan -----------------------------------------------------------------------
    def scan(self) -> list[Candidate]:
        i, n = 0, len(self.norms)
        hits, norms, is_word = self.lex.hits, self.norms, self.is_word
        while i < n:
            if is_word[i] and hits(norms[i]):
                m = self.match(i)
                if m is not None:
                    i = self.handle(m)
                    continue
            i += 1
        return self.out

    def handle(self, m: Match) -> int:
        kinds = self.kinds(m)
        for kind in _KIND_ORDER:
            entry = kinds.get(kind)
            if entry is None:
                continue
            if entry.cued and kind != "title" and not (self.quoted(m.start)
                                                       or self._after_trigger(m.start)):
                continue
            done: int | None = getattr(self, "on_" + kind.replace("-", "_"))(m, entry)
            if done is not None:
                return done
        return m.start + 1

    def _after_trigger(self, i: int) -> bool:
        return self.trigger_before(i) is not None

    def trigger_before(self, i: int) -> Entry | None:
        """The trigger noun right before word ``i`` (a quote mark may sit between)."""
        j = i - 1 if i > 0 and self.word(i - 1) else i - 2
        prev = self.match(j) if j >= 0 else None
        if prev is None or prev.end != j + 1:
            return None
        return self.kinds(prev).get("trigger")

    def adjectival(self, m: Match) -> bool:
        """«الفصائل المعارضة السورية»: a definite word after a definite noun is its adjective."""
        prev = m.start - 1
        return (m.prefix == 0 and self.norms[m.start].startswith("ال") and self.word(prev)
                and self.stem(prev).startswith("ال") and self.match(prev) is None
                and not is_verb(self.norms[prev]))

    def on_actor(self, m: Match, e: Entry) -> int | None:
        if self.adjectival(m):
            return None
        trigger = self.trigger_before(m.start) if e.cued else None
        if trigger is not None and trigger.key == "LOC":
            self.emit(m.start, m.end, "LOC", 2, m.prefix, source="rule")  # «ولاية الجزيرة»
            return m.end
        actor = actors.lookup(e.key)
        first = self.norms[m.start][m.prefix:]
        if self.triggers.get(first) == "no" and m.end - m.start > 1:
            inner = self.lex.match(self.norms, m.start + 1)
            if inner and inner.end == m.end and any(x.key == e.key for x in inner.entries):
                return self.on_actor(inner, e)
        self.emit(m.start, m.end, e.extra or (actor.type if actor else "ORG"), 1, m.prefix,
                  actor_id=e.key, country=actor.country if actor else None)
        return m.end

    def on_nation(self, m: Match, e: Entry) -> int | None:
        self.countries.add(e.key)
        return m.end

    def on_direction(self, m: Match, e: Entry) -> int | None:
        self.direction = (m.end, e.key)
        return m.end

    def on_inst(self, m: Match, e: Entry) -> int | None:
        if self.adjectival(m):
            return None
        nat = self.match(m.end)
        nation = self.kinds(nat).get("nation") if nat else None
        if nat is not None and nation is not None:
            self.countries.add(nation.key)
            self.emit(m.start, nat.end, "ORG", 2, m.prefix,
                      actor_id=actors.institution_id(nation.key, e.key), country=nation.key)
            return nat.end
        if e.extra == "yes":
            self.emit(m.start, m.end, "ORG", 2, m.prefix)
            return m.end
        return None

    def on_title(self, m: Match, e: Entry) -> int | None:
        j, country = m.end, None
        nat = self.match(j)
        if nat is not None and "nation" in self.kinds(nat):
            country = self.kinds(nat)["nation"].key
            j = nat.end
        elif nat is not None and "place" in self.kinds(nat):
            place = places.best(self.kinds(nat)["place"].key)
            if place is None or place.feature != "C":
                return None
            country, j = place.country, nat.end  # «رئيس الإكوادور X»
        elif nat is not None and m.end - m.start > 1 and {"inst", "actor"} & set(self.kinds(nat)):
            j = max(self.handle(nat), nat.end)  # «المتحدث باسم الخارجية الروسية X»
        if self.word(j) and self.norms[j] == "في" and j + 1 < len(self.raw) and (
                self.raw[j + 1][:1] in OPEN_QUOTES or self.match(j + 1)):
            org = self.match(j + 1) if self.word(j + 1) else None  # «القيادي في «الحشد» X»
            if org is not None and {"actor", "inst"} & set(self.kinds(org)):
                j = max(self.handle(org), org.end)
            elif self.quoted(j + 2):
                end = self._quote_end(j + 2)
                if end > j + 2:
                    self.emit(j + 2, end, "ORG", 3, source="rule")
                    j = end + 1
        for _ in range(2):  # «الرئيس السوري المخلوع X»
            if (self.word(j) and self.norms[j].startswith("ال") and self.namey(j + 1)
                    and not self.norms[j + 1].startswith("ال")):
                j += 1
        comma = j < len(self.norms) and self.raw[j] == "،"
        j += comma
        linked = self.match(j)
        person = linked is not None and self.kinds(linked).get("actor")
        end = linked.end if linked is not None and person and person.extra == "PER" \
            else self.name_end(j)
        named = end > j and self.first_name(j)
        said = not self.word(end) or self.norms[end] == "ان"  # the name ends the clause
        if not named or (e.cued and not (comma or country or said
                                         or self.norms[j] in self.first_names)):
            if nat is not None and "place" in self.kinds(nat):
                return None  # «بقيادة السعودية»: the country is the mention
            return j - comma if country else None  # a title phrase alone is not a mention
        linked = self.match(j)
        actor_id = None
        if linked is not None and linked.end == end and "actor" in self.kinds(linked):
            actor_id = self.kinds(linked)["actor"].key
        inst = e.extra or None
        self.emit(j, end, "PER", 1, 0, role=e.key, country=country, actor_id=actor_id,
                  affiliation=actors.institution_id(country, inst) if country and inst else None,
                  source="rule")
        if country:
            self.countries.add(country)
        return end

    def on_person_cue(self, m: Match, e: Entry) -> int | None:
        j = m.end
        while j < len(self.norms) and self.norms[j] in ("ب", "«", '"', "“"):
            j += 1
        prefix = 1 if self.word(j) and self.norms[j].startswith("ب") and j == m.end else 0
        end = self._quote_end(j) if self.quoted(j) else self.name_end(j)
        if end > j:
            self.emit(j, end, "PER", 1, prefix, source="rule")
            return end
        return None

    def _quote_end(self, i: int, most: int = 6) -> int:
        """End of the words inside the quotes that open before ``i`` (``i`` if unclosed)."""
        j = i
        while j < len(self.norms) and j - i <= most:
            if self.raw[j][:1] in CLOSE_QUOTES or self.raw[j] in "()":
                return j if all(self.word(k) for k in range(i, j)) else i
            j += 1
        return i

    def on_trigger(self, m: Match, e: Entry) -> int | None:
        j = m.end
        acting = bool(e.acting) and self.word(m.start - 1) and is_verb(self.norms[m.start - 1])
        kind = e.acting if acting else e.key
        if j < len(self.norms) and self.raw[j][:1] in OPEN_QUOTES | {"("}:
            end = self._quote_end(j + 1)
            if end > j + 1 and not self.not_names & set(self.norms[j + 1:end]):
                inner = self.match(j + 1)
                if inner is not None and inner.end == end and "actor" in self.kinds(inner):
                    return self.on_actor(inner, self.kinds(inner)["actor"])
                self.emit(j + 1, end, kind, 2, source="rule")
                return end
            return None
        nxt = self.match(j)
        if nxt is not None and {"actor", "place", "meto"} & set(self.kinds(nxt)):
            if acting:
                self.emit(j, nxt.end, kind, 2, nxt.prefix, source="rule")
                return nxt.end
            return None if e.key == "LOC" else self.handle(nxt)
        if not e.bare or self.adjective_after(m, j):
            return None  # «حركة المركبات», «صحيفة يهودية», «منطقة سكنية»
        end = self.name_end(j, most=1)
        if end == j:
            return None
        self.emit(j, end, kind, 3, source="rule")
        self._take_direction(j, end)
        k = end  # «بلدة كفر نبودة وكفر الزيات»
        while e.key == "LOC" and self.word(k) and self.norms[k][:1] == "و":
            first = self.norms[k][1:]
            if not (first in self.heads and first == self.norms[j]) and first not in self.lex.index:
                break
            nxt = self.match(k)
            stop = nxt.end if nxt is not None else (k + 2 if first in self.heads else k + 1)
            self.emit(k, stop, "LOC", 3, 1, source="rule")
            k = stop
        return k

    def adjective_after(self, m: Match, j: int) -> bool:
        """Is word ``j`` an adjective of the trigger at ``m`` rather than a name?"""
        w, trigger = self.norms[j], self.norms[m.end - 1][m.prefix if m.end - m.start == 1 else 0:]
        if w.startswith("ال"):
            if trigger.startswith("ال") or w.endswith("ين"):
                return True  # «العاصمة المقدسة», «الراغبين»
            plural = trigger in self.plural_triggers
            return plural and not (self.word(j + 1) and self.norms[j + 1].startswith("و"))
        if w.endswith(("يه", "هم", "ها")) or (w[:1] == "م" and w.endswith("ه")):
            return True  # «منطقة سكنية», «قرية مجاورة», «عطلهم»
        return not trigger.endswith("ه") and w.endswith("ي")  # «حي سكني», «مطار عسكري»

    def _take_direction(self, i: int, end: int) -> str | None:
        if self.direction and self.direction[0] in (i, i - 1):
            d = self.direction[1]
            self.out[-1].direction = d
            self.direction = None
            return d
        return None

    def on_meto(self, m: Match, e: Entry) -> int | None:
        if e.extra == "yes" or self.acts(m):
            self.emit(m.start, m.end, "ORG", 2, m.prefix, actor_id=e.key, country=e.key,
                      source="rule")
            return m.end
        return None

    def on_place(self, m: Match, e: Entry) -> int | None:
        place = places.best(e.key, frozenset(self.countries))
        if place is None or (m.prefix and place.feature == "P" and (
                place.population < 5000 or place.country not in places.region())):
            return None  # «باولو» is not ب + Oulu
        small = place.source == "geonames" and place.population < 100_000
        if small and (self.verbish(m.start) or self.norms[m.end - 1].endswith("وا")):
            return None  # «تولوا» is a verb before it is a village
        if small and place.population < 1000 and not (
                self._after_trigger(m.start) or self.quoted(m.start)):
            return None  # hamlets only with «قرية», «بلدة» … or quotes
        if small and place.country not in self.countries and not self.locative(m):
            return None  # a small place far from the story needs «في», «إلى», «بلدة» …
        quoted = self.quoted(m.start) and m.end < len(self.raw) and \
            self.raw[m.end][:1] in CLOSE_QUOTES and not self._after_trigger(m.start)
        if quoted and place.feature != "C" and m.end - m.start > 1:
            self.emit(m.start, m.end, "ORG", 2, m.prefix, source="rule")  # «الشرق الأوسط»
            return m.end
        if place.feature == "C" and self.acts(m):
            self.emit(m.start, m.end, "ORG", 2, m.prefix, actor_id=place.country,
                      country=place.country, source="rule")
            return m.end
        self.emit(m.start, m.end, "LOC", 2, m.prefix, place_id=place.id, country=place.country)
        self._take_direction(m.start, m.end)
        if place.country:
            self.countries.add(place.country)
        return m.end

    def locative(self, m: Match) -> bool:
        """Is the name at ``m`` written where a place is expected (after في، إلى، بـ, a trigger
        or a direction, or listed after another place)?"""
        prefix = self.norms[m.start][:m.prefix]
        if "ب" in prefix or self._after_trigger(m.start):
            return True
        if self.direction and self.direction[0] == m.start:
            return True
        prev = m.start - 1
        if self.word(prev) and self.norms[prev] in PREPOSITIONS:
            return True
        last = self.out[-1] if self.out else None
        return (prefix[:1] == "و" and last is not None and last.type == "LOC"
                and last.end >= self.ends[prev - 1] if prev >= 1 else False)

    def acts(self, m: Match) -> bool:
        """Does the country or capital at ``m`` stand for its government here?"""
        prev = m.start - 1
        if m.prefix == 0 and self.word(prev) and is_verb(self.norms[prev]):
            return True  # «وأعلنت موسكو», «منحتهم روسيا»
        before = [self.stem(k) for k in (prev, prev - 1, prev - 2) if self.word(k)]
        if m.prefix == 0 and before and before[0] in self.nouns:
            return True  # «لهجة موسكو»
        if m.prefix and self.norms[m.start][:m.prefix].endswith("ل") and self.nouns & set(before):
            return True  # «اتهامات أميركية لدمشق»
        if before and before[0] == "مع" and self.nouns & {w.removeprefix("ب") for w in before}:
            return True  # «بالتعاون مع تركيا»
        if m.prefix or (before and before[0] in PREPOSITIONS):
            return False
        j = m.end
        if self.word(j) and self.norms[j].startswith("و") and self.verbish(j + 1):
            return True  # «الولايات المتحدة وحلفاؤها سيردون»
        while self.word(j) and self.norms[j] in NEGATIONS:
            j += 1
        if j < len(self.norms) and self.raw[j][:1] in OPEN_QUOTES:
            j += 1
        return self.verbish(j)

    def verbish(self, j: int) -> bool:
        """A known actor verb, or an imperfect verb form not known as anything else."""
        if not self.word(j):
            return False
        w = self.norms[j]
        if is_verb(w):
            return True
        unknown = w not in self.common and w not in self.lex.index
        imperfect = (w[:1] in "تي" and len(w) > 3) or (w[:2] in ("سي", "ست") and len(w) > 5)
        return unknown and imperfect

    # passes after the scan -----------------------------------------------------------
    def bodies(self) -> None:
        """Organization units: a quoted definite org head plus adjectives («الفرع الكيماوي»),
        or a definite body head plus a definite nisba adjective («اللجنة الدستورية»)."""
        org_heads, named = self.org_heads, self.body_heads
        for i, w in enumerate(self.norms):
            if w[:2] != "ال" or w[2:] not in org_heads:
                continue
            if self.quoted(i):
                end = self._quote_end(i, most=4)
                inner = set(self.norms[i + 1:end])
                if end - i >= 2 and not (self.not_names | PREPOSITIONS) & inner:
                    self.emit(i, end, "ORG", 4, source="rule")
            elif w[2:] in named and self.word(i + 1):
                nxt = self.norms[i + 1]
                if nxt.startswith("ال") and nxt.endswith(("ي", "يه")):
                    end = i + 2
                    nat = self.match(end)
                    if nat is not None and "nation" in self.kinds(nat):
                        end = nat.end
                    self.emit(i, end, "ORG", 4, source="rule")

    def kunyas(self) -> None:
        """«أبو علي البصري»: أبو/أم before a known first name starts a person's name."""
        for i, w in enumerate(self.norms):
            if w in ("ابو", "ام", "وابو") and self.norms[i + 1:i + 2] and \
                    self.norms[i + 1] in self.first_names and self.word(i + 1):
                end = max(self.name_end(i + 2, most=2), i + 2)
                self.emit(i, end, "PER", 4, 1 if w[0] == "و" else 0, source="rule")

    def appositive_persons(self) -> None:
        """«قال X Y، رئيس المركز …»: the name before a comma and a title is a person."""
        for i, raw in enumerate(self.raw):
            if raw != "،" or i < 2:
                continue
            title = self.match(i + 1)
            if title is None or "title" not in self.kinds(title):
                continue
            j = i
            while j > i - 3 and self.namey(j - 1):
                j -= 1
            while j < i and not self.first_name(j):
                j += 1
            if i - j >= 2 or (i - j == 1 and self.word(j - 1) and is_verb(self.norms[j - 1])):
                role = self.kinds(title)["title"].key
                self.emit(j, i, "PER", 3, source="rule", role=role)

    def place_lists(self, accepted: list[Candidate]) -> None:
        """Unknown names listed with a known place: «خان شيخون والهبيط», «الهبيط - كفر نبودة»."""
        for c in accepted:
            at = bisect.bisect_left(self.ends, c.end)
            if c.type != "LOC" or at == len(self.ends) or self.ends[at] != c.end:
                continue
            k = at + 1
            while self.word(k) or (k < len(self.raw) and self.raw[k] in "-–"):
                hyphen = not self.word(k)
                i = k + 1 if hyphen else k
                if not (hyphen or self.norms[i].startswith("و")) or not self.namey(i):
                    break
                stop = i + 2 if self.norms[i].removeprefix("و") in self.heads else i + 1
                word = self.norms[stop - 1]
                if not self.list_ends(stop) or self.verbish(i) or self.plural_or_pronoun(word):
                    break  # «وأسقطت», «وضواحيها»
                self.emit(i, stop, "LOC", 6, 0 if hyphen else 1, source="rule")
                k = stop
            i = bisect.bisect_left(self.starts, c.start)
            if (i < len(self.starts) and self.starts[i] == c.start and i >= 2
                    and self.raw[i - 1] in "-–" and self.namey(i - 2)):
                start = i - 3 if self.word(i - 3) and self.norms[i - 3] in self.heads else i - 2
                self.emit(start, i - 1, "LOC", 6, source="rule")

    def list_ends(self, k: int) -> bool:
        """Can a listed name end before word ``k`` (punctuation, و, a preposition)?"""
        if not self.word(k) or self.norms[k] == "في":
            return True
        w = self.norms[k]  # another listed name, not «وراءها»
        return w.startswith("و") and not self.plural_or_pronoun(w) and self.namey(k)

    @staticmethod
    def plural_or_pronoun(w: str) -> bool:
        """«وراءها», «والراغبين»: a pronoun suffix or a definite plural is not a place name."""
        return w.endswith("ها") or (w.removeprefix("و").startswith("ال") and w.endswith("ين"))

    def surnames(self, accepted: list[Candidate]) -> None:
        """Later mentions of a person by the last word of the full name («ماكرون»)."""
        names = [normalize_key(self.text[c.start:c.end]).split() for c in accepted
                 if c.type == "PER"]
        last = {n[-1] for n in names if len(n) > 1 and n[-2] not in self.heads}
        last = {w for w in last if len(w) > 3 and w not in self.common}
        if not last:
            return
        for i, word in enumerate(self.norms):
            if not (word in last or word[1:] in last or word[2:] in last):
                continue
            for prefix, stem in readings(word):
                if stem in last:
                    self.emit(i, i + 1, "PER", 5, prefix, source="rule")
                    break
