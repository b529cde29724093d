"""Institution names that no list knows, read from their shape.

An institution is named by a head noun and what follows it: a genitive
(«هيئة النزاهة», «شركة تسويق النفط»), adjectives («اللجنة العسكرية الليبية
المشتركة»), a coordinated genitive («لجنة النفط والغاز»), a lam-phrase after a
definite head and an adjective or with a listed noun («اللجنة الوطنية لطلبة الطب»,
«جهاز الردع لمكافحة الجريمة») and a nationality, which gives the name its country
(«مجلس النواب العراقي»). The same continuation lengthens names the scan found
(«وزارة الخارجية وشؤون المغتربين الأردنية»); a lengthened name is another body, so it
loses the list's link. The words live in ``entities/institution_words.tsv``.
"""

from __future__ import annotations

import bisect
import dataclasses
from functools import cache

from rasd import resources
from rasd.extract.entities.lexicon import readings
from rasd.extract.entities.passes import Passes
from rasd.extract.entities.words import Candidate, is_verb
from rasd.text import normalize_key

#: Rank of a new institution name: below the lists' names (1-2), like rule bodies.
RANK = 4


@cache
def institution_words(kind: str) -> frozenset[str]:
    """Normalized words of one class (head, definite-head, adjective, breaker, lam)."""
    return frozenset(normalize_key(row["word"]) for row in resources.tsv(
        "entities/institution_words.tsv") if row["class"] == kind)


@cache
def _head_forms() -> frozenset[str]:
    """Every way a head is written: with or without the article, after و ف ب ل
    («وبالهيئة», «للجنة», «للهيئة»), so that other words are passed over at once."""
    heads = institution_words("head") | institution_words("definite-head")
    forms = set()
    for head in heads:
        for clitic in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"):
            forms.update({clitic + head, clitic + "ال" + head})
        forms.update({"لل" + head, "ولل" + head, "فلل" + head})
    return frozenset(forms)


class Institutions(Passes):
    """The institution-name pass (see module docstring), after the other passes (one
    chain of classes: compiled classes inherit from one base)."""

    def institutions(self, accepted: list[Candidate]) -> None:
        """Add unknown institution names and lengthen accepted organizations."""
        taken = {c.start for c in accepted}
        written = _head_forms()
        for i, w in enumerate(self.norms):
            if w not in written or not self.is_word[i]:
                continue
            for prefix, stem in readings(w):
                found = self._institution(i + 1, stem)
                if found is not None:
                    if self.char_start(i, prefix) not in taken:
                        end, country = found
                        self.emit(i, end, "ORG", RANK, prefix, source="rule", country=country)
                    break
        for c in accepted:
            self._lengthen(c)

    def _institution(self, j: int, head: str) -> tuple[int, str | None] | None:
        """End and country of the institution named by ``head`` and the words from ``j``."""
        heads, adjectival = institution_words("head"), institution_words("definite-head")
        definite = head[:2] == "ال" and (head[2:] in heads or head[2:] in adjectival)
        if not (definite or head in heads or head in adjectival):
            return None
        first = self._head_end(j, definite)
        if first is None:
            return None
        end, country = self._name_end(first, definite)
        if head in adjectival and end == first:
            return None  # «حكومة العبادي»: a bare genitive may be a person
        return end, country

    def _lengthen(self, c: Candidate) -> None:
        """Emit a longer copy of organization ``c`` when its name goes on after it."""
        if c.type != "ORG":
            return
        first = self._word_at(c.start)
        last = self._word_ending(c.end)
        if first is None or last is None:
            return
        found = self._institution(first + 1, normalize_key(self.text[c.start:self.ends[first]]))
        if found is not None and found[0] > last + 1:
            self.out.append(dataclasses.replace(  # a longer name is another body: unlinked
                c, end=self.ends[found[0] - 1], country=c.country or found[1],
                actor_id=None, place_id=None, source="rule"))

    def _word_at(self, start: int) -> int | None:
        """The word whose span holds offset ``start``."""
        i = bisect.bisect_right(self.starts, start) - 1
        return i if i >= 0 and start < self.ends[i] else None

    def _word_ending(self, end: int) -> int | None:
        """The word that ends at offset ``end``."""
        i = bisect.bisect_left(self.ends, end)
        return i if i < len(self.ends) and self.ends[i] == end else None

    def _head_end(self, j: int, definite: bool) -> int | None:
        """Where the continuation starts after a head: at an adjective after a definite
        head, after a definite genitive (at most one indefinite noun before it) after a
        bare one; None when the head names nothing. A genitive that is a known name
        stands alone («بعثة الزمالك»); a title takes the name after it («جامعة الملك سعود»)."""
        if definite:
            return j if self._adjective(j) else None
        if self._plain_noun(j) and self._definite(j + 1):
            j += 1  # «شركة تسويق النفط»
        elif not self._definite(j):
            return None
        m = self.match(j)
        kinds = self.kinds(m) if m is not None else {}
        if "actor" in kinds or "place" in kinds:
            return None
        if "title" in kinds:
            end = self.name_end(j + 1, most=2)
            return end if end > j + 1 else None
        return j + 1

    def _name_end(self, k: int, definite_head: bool) -> tuple[int, str | None]:
        """End of a name's continuation from word ``k`` on, and the country of its
        nationality. After a nationality only listed adjectives and a lam-phrase go on
        («الاتحاد السعودي لكرة القدم»); a lam-phrase comes once, after an adjective."""
        end, adjectives, country, lam_ok = k, 0, None, True
        while True:
            nation = None if country else self._nationality(end)
            if nation is not None:
                country, adjectives, end = nation, adjectives + 1, end + 1
                continue
            listed = self.word(end) and self.norms[end] in institution_words("adjective")
            if listed or (country is None and self._adjective(end)):
                adjectives, end = adjectives + 1, end + 1
                continue
            step = self._lam_phrase(end, definite_head, country is None) \
                if lam_ok and adjectives else 0
            lam_ok = lam_ok and not step
            if not step and country is None:
                step = self._coordinated(end)
            if not step:
                return end, country
            end += step

    def _lam_phrase(self, k: int, definite_head: bool, open_: bool) -> int:
        """Words of «للأمن الوطني» (with its adjective; not after a nationality: «وزارة
        العدل السعودية للحركة العقارية» is no name) or, after a definite head or with a
        listed noun, «لطلبة الطب», «لمكافحة الجريمة» at ``k`` (0 when there is none)."""
        if not self.word(k):
            return 0
        w = self.norms[k]
        if w.startswith("لل"):
            ok = open_ and len(w) > 4 and "ال" + w[2:] not in institution_words("breaker")
            return 2 if ok and self._adjective(k + 1) else 0
        lam_noun = definite_head or w[1:] in institution_words("lam")  # «لمكافحة الإرهاب»
        if lam_noun and w[:1] == "ل" and self._plain_noun(k, w[1:]) and self._definite(k + 1):
            return 2
        return 0

    def _coordinated(self, k: int) -> int:
        """Words of «والغاز», «وشؤون المغتربين», «والثروة السمكية» at ``k`` when the name
        ends after them."""
        if not self.word(k) or self.norms[k][:1] != "و":
            return 0
        word, rest = self.norms[k], self.norms[k][1:]
        known = self.lex.index
        if rest in known or rest.removeprefix("ال") in self.org_heads or \
                rest in institution_words("breaker"):
            return 0  # «والحكومة», «والدكتور»: something else starts
        if rest.startswith("ال") and rest.endswith("ات"):
            return 0  # «والشركات النفطية»: a plural joins things, not a name's parts
        if rest.startswith("ال") and len(rest) > 3:
            step = 1
        elif word in self.common or word in known:
            return 0  # «وزير» is no conjunction
        elif self._plain_noun(k, rest) and self._definite(k + 1):
            step = 2
        else:
            return 0
        after = k + step
        while self._adjective(after) and self._nationality(after) is None:
            after += 1  # «والثروة السمكية»
        step = after - k
        ends = not (self.word(after) and self.norms[after].startswith("ال")) \
            or self._nationality(after) is not None  # «والصليب الأحمر» goes on: a second body
        return step if ends else 0

    def _definite(self, k: int) -> bool:
        """A definite word that can be part of a name (not a verb or a time word)."""
        if not self.word(k):
            return False
        w = self.norms[k]
        return (w.startswith("ال") and len(w) > 3 and w not in institution_words("breaker")
                and not is_verb(w))

    def _adjective(self, k: int) -> bool:
        """A definite nisba adjective («الوطنية») or a listed one («المشتركة»)."""
        if not self._definite(k):
            return False
        w = self.norms[k]
        broken_plural = len(w) == 7 and w.startswith("الا") and w.endswith("يه")  # «الأندية»
        return w in institution_words("adjective") or (
            len(w) > 4 and w.endswith(("ي", "يه")) and not broken_plural)

    def _plain_noun(self, k: int, w: str | None = None) -> bool:
        """An indefinite word with no clitic that can stand in a genitive chain."""
        if not self.word(k):
            return False
        w = self.norms[k] if w is None else w
        if (w[:1] == "ل" and self.clitic_word(w)) or w.endswith(("ها", "هم", "هما")):
            return False  # «لدراسة»: a lam-phrase; «وطاقمها»: a possessed noun
        return (len(w) > 2 and not w.startswith("ال") and w[:1] not in "وفب"
                and not self.preposition(k) and not self.verbish(k)
                and "\u064b" not in self.raw[k])

    def _nationality(self, k: int) -> str | None:
        """The ISO3 code when word ``k`` starts a nationality adjective that ends there."""
        if not self.word(k):
            return None
        m = self.match(k)
        if m is None or m.end != k + 1 or m.prefix or self.norms[k][:2] != "ال":
            return None
        nation = self.kinds(m).get("nation")
        return nation.key if nation is not None else None
