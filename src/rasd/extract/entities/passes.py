"""Passes that run after the dictionary scan: names the scan alone cannot see.

Organization units in quotes or with a nisba adjective («الفرع الكيماوي», «اللجنة
الدستورية»), kunyas («أبو علي البصري»), speakers named right after their verb, a name
before «، title» («X Y، رئيس المركز»), unknown places listed with known ones («خان شيخون
والهبيط»), and later mentions of a person by family name («ماكرون»).
"""

from __future__ import annotations

import bisect
from functools import cache

from rasd.extract.entities.lexicon import readings
from rasd.extract.entities.words import (
    PREPOSITIONS,
    Candidate,
    Words,
    is_verb,
)
from rasd.text import normalize_key

_KUNYAS = frozenset({"ابو", "ام", "وابو"})


@cache
def _heads(org_heads: frozenset[str]) -> frozenset[str]:
    """Organization heads, bare and with the article."""
    return org_heads | {"ال" + h for h in org_heads}


class Passes(Words):
    """The passes over all words (see module docstring)."""

    def bodies(self) -> None:
        """Organization units: a quoted definite org head plus adjectives («الفرع الكيماوي»),
        or a definite body head plus a definite nisba adjective («اللجنة الدستورية»)."""
        org_heads, named, norms = self.org_heads, self.body_heads, self.norms
        heads = _heads(org_heads)
        for i in [k for k, w in enumerate(norms) if w in heads]:
            w = norms[i]
            if w in org_heads and self.quoted(i):  # «قوة الرضوان», «لواء الحق»
                end = self._quote_end(i, most=4)
                if end - i >= 2 and not (self.not_names | PREPOSITIONS) & set(self.norms[i:end]):
                    self.emit(i, end, "ORG", 4, source="rule")
                continue
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
        for i in [k for k, w in enumerate(self.norms) if w in _KUNYAS]:
            w = self.norms[i]
            if self.norms[i + 1:i + 2] and \
                    self.norms[i + 1] in self.first_names and self.word(i + 1) and \
                    len(self.norms[i + 1]) > 2 and not self.preposition(i + 1):
                end = max(self.name_end(i + 2, most=2), i + 2)
                self.emit(i, end, "PER", 4, 1 if w[0] == "و" else 0, source="rule")

    def speakers(self) -> None:
        """«وقال سامر الخطيب إن …»: a known first name right after an actor verb starts a
        person's name (never a first name that is also an ordinary word: «أكد على»)."""
        names = self.first_names
        for i in [k - 1 for k, w in enumerate(self.norms) if k and w in names]:
            nxt = self.norms[i + 1]
            if (nxt in self.first_names and nxt not in self.common and self.word(i + 1)
                    and self.word(i) and is_verb(self.norms[i]) and self.match(i + 1) is None):
                end = self.name_end(i + 1)
                if end - i > 2:
                    self.emit(i + 1, end, "PER", 5, source="rule")

    def appositive_persons(self) -> None:
        """«قال X Y، رئيس المركز …»: the name before a comma and a title is a person."""
        for i in [k for k, raw in enumerate(self.raw) if raw == "،" and k >= 2]:
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
                head = self.norms[i].removeprefix("و") in self.heads and self.word(i + 1)
                stop = i + 2 if head else i + 1
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
        if not self.word(k) or self.norms[k] == "في" or (
                self.norms[k][:1] in "بل" and self.clitic_word(self.norms[k])):
            return True  # «… وقسطون بسهل الغاب», «… في ريف إدلب»
        direction = self.match(k)
        if direction is not None and direction.prefix == 0 and "direction" in self.kinds(direction):
            return True  # «… جرف الصخر شمال محافظة بابل»
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
        last = {n[-1] for n in names if len(n) > 1 and n[-2] not in self.heads
                and n[-1] not in self.tails}
        last = {w for w in last if len(w) > 3 and w not in self.common}
        if not last:
            return
        ends = {w[-4:] for w in last}  # every name has more than three letters
        for i in [k for k, w in enumerate(self.norms) if w[-4:] in ends]:
            word = self.norms[i]
            if not (word in last or word[1:] in last or word[2:] in last):
                continue
            for prefix, stem in readings(word):
                if stem in last:
                    self.emit(i, i + 1, "PER", 5, prefix, source="rule")
                    break
