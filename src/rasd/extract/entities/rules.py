"""Rules that find entity mentions around the dictionary matches of one document.

The scanner walks the words once. At each word it takes the longest phrase of the
lexicon (rasd.extract.entities.lexicon) and lets the phrase's kind decide:

- actor: a listed person or organization (a cued name only in quotes or after a trigger);
- inst + nationality: «وزارة الدفاع الروسية», «الجيش السوري» (ORG, linked to RUS-…);
  a bare named ministry («وزارة الدفاع») is ORG, a bare generic (الجيش) is nothing;
- title: the name after it is a person with that role («نائب وزير الخارجية الروسي، X»);
- trigger: the name after it («بلدة X وY», «تنظيم «X»») gets the trigger's type;
- place / meto: LOC, or ORG when a capital or country acts (says, accuses, attacks);
- person-cue: «الملقب بـ«X»» is a person; direction words tag the next place.
"""

from __future__ import annotations

from rasd.extract.entities import actors, places
from rasd.extract.entities.institutions import Institutions
from rasd.extract.entities.lexicon import Entry, Match
from rasd.extract.entities.words import (
    CLOSE_QUOTES,
    NEGATIONS,
    OPEN_QUOTES,
    PREPOSITIONS,
    Candidate,
    is_verb,
)

__all__ = ["Candidate", "Scanner"]


class Scanner(Institutions):
    """Finds candidates in one document's words (see module docstring)."""

    def scan(self) -> list[Candidate]:
        at = 0  # the first word not yet taken by a handled phrase
        for i in self.lex.starting(self.norms, self.is_word):
            if i >= at:
                m = self.match(i)
                at = i + 1 if m is None else self.handle(m)
        return self.out

    def handle(self, m: Match) -> int:
        for kind, entry in m.kinds.items():  # in KINDS order
            if entry.cued and kind != "title" and not (
                    self.quoted(m.start) or self._after_trigger(m.start)
                    or (kind == "place" and self.after_country(m))):
                continue
            done = self.on(kind, m, entry)
            if done is not None:
                return done
        return m.start + 1

    def on(self, kind: str, m: Match, e: Entry) -> int | None:
        """The handler of a phrase of ``kind`` (one of :data:`KINDS`), called directly:
        looking a method up by name costs more than most handlers."""
        if kind == "actor":
            return self.on_actor(m, e)
        if kind == "inst":
            return self.on_inst(m, e)
        if kind == "title":
            return self.on_title(m, e)
        if kind == "person-cue":
            return self.on_person_cue(m, e)
        if kind == "trigger":
            return self.on_trigger(m, e)
        if kind == "meto":
            return self.on_meto(m, e)
        if kind == "place":
            return self.on_place(m, e)
        if kind == "direction":
            return self.on_direction(m, e)
        if kind == "nation":
            return self.on_nation(m, e)
        raise ValueError(f"no handler for phrases of kind {kind!r}")

    def adjectival(self, m: Match) -> bool:
        """«الفصائل المعارضة السورية»: a definite word after a definite noun is its adjective."""
        prev = m.start - 1
        return (m.prefix == 0 and self.norms[m.start].startswith("ال") and self.word(prev)
                and self.stem(prev).startswith("ال") and self.match(prev) is None
                and not self.preposition(prev)  # «إلى» folds to «الي»
                and not is_verb(self.norms[prev]))

    def qualifies(self, m: Match) -> bool:
        """«أسنانه البيضاء»: a definite word right after a noun with a possessive suffix."""
        prev = m.start - 1
        w = self.norms[prev] if self.word(prev) else ""
        return (m.prefix == 0 and self.norms[m.start].startswith("ال") and len(w) > 4
                and self.raw[prev].endswith(("ه", "ها", "هم")) and not w.startswith("ال")
                and not is_verb(w) and not self.preposition(prev) and self.match(prev) is None)

    def agrees(self, m: Match) -> bool:
        """«مظاهرات سلمية»: an indefinite word in ـية right after an indefinite noun
        (not a preposition, verb or trigger) is its adjective, not the town."""
        prev = m.start - 1
        if m.prefix or not self.word(prev) or not self.raw[m.start].endswith("ية"):
            return False
        w = self.norms[prev]
        return (not w.startswith("ال") and not self.norms[m.start].startswith("ال")
                and not is_verb(w) and not self.preposition(prev)
                and self.match(prev) is None and len(w) > 3)

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
        j, country, org_id = m.end, None, None
        nat = self.match(j)
        if nat is not None and "nation" in self.kinds(nat):
            country = self.kinds(nat)["nation"].key
            j = nat.end
        elif nat is not None and "place" in self.kinds(nat):
            place = places.best(self.kinds(nat)["place"].key)
            if place is None or place.feature != "C":
                return None
            country, j = place.country, nat.end  # «رئيس الإكوادور X»
        elif nat is not None and ("inst" in self.kinds(nat) or self.kinds(nat).get(
                "actor", Entry("", "")).extra == "ORG"):
            emitted = len(self.out)
            j = max(self.handle(nat), nat.end)  # «المتحدث باسم الخارجية الروسية X»
            org_id = self.out[-1].actor_id if len(self.out) > emitted else None
        if self.word(j) and self.norms[j] == "في" and j + 1 < len(self.raw) and (
                self.raw[j + 1][:1] in OPEN_QUOTES or self.match(j + 1)):
            org = self.match(j + 1) if self.word(j + 1) else None  # «القيادي في «الحشد» X»
            if org is not None and {"actor", "inst"} & set(self.kinds(org)):
                emitted = len(self.out)
                j = max(self.handle(org), org.end)
                org_id = self.out[-1].actor_id if len(self.out) > emitted else None
            elif self.quoted(j + 2):
                end = self._quote_end(j + 2)
                inner = self.match(j + 2)
                if end > j + 2 and inner is not None and inner.end == end and \
                        "actor" in self.kinds(inner):
                    org_id = self.kinds(inner)["actor"].key
                    self.on_actor(inner, self.kinds(inner)["actor"])
                    j = end + 1
                elif end > j + 2:
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
        end = self.name_end(j)
        if linked is not None and person and person.extra == "PER":
            end = max(end, linked.end)
        named = end > j and self.first_name(j) and not self.major_place(j)
        said = not self.word(end) or self.norms[end] in ("ان", "ل", "ب")  # the clause ends
        if not named or (e.cued and not (comma or country or said
                                         or self.norms[j] in self.first_names)):
            if nat is not None and "place" in self.kinds(nat):
                return None  # «بقيادة السعودية»: the country is the mention
            if country:
                self.bare_title = (m.start, j - comma)
            return j - comma if country else None  # a title phrase alone is not a mention
        linked = self.match(j)
        actor_id = None
        if linked is not None and linked.end <= end and "actor" in self.kinds(linked):
            actor_id = self.kinds(linked)["actor"].key
        inst = e.extra or None
        if country is None and (actor_id or org_id):
            known = actors.lookup(actor_id or org_id or "")
            country = known.country if known else None
        self.emit(j, end, "PER", 1, 0, role=e.key, country=country, actor_id=actor_id,
                  affiliation=org_id or (actors.institution_id(country, inst)
                                         if country and inst else None),
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
        if not (e.bare and self.word(j)) or self.adjective_after(m, j):
            return None  # «حركة المركبات», «صحيفة يهودية», «منطقة سكنية»
        end = self.name_end(j, most=1)
        if end == j:
            return None
        if e.key == "LOC" and self.definite_part(end):
            end += 1  # «عيتا الشعب», «ميس الجبل»
        self.emit(j, end, kind, 3, source="rule")
        self._take_direction(j)
        k = end  # «بلدة كفر نبودة وكفر الزيات», «بلدتي عيتا الشعب وكفركلا»
        listing = self.norms[m.end - 1][m.prefix if m.end - m.start == 1 else 0:] in \
            self.plural_triggers
        while e.key == "LOC" and self.word(k) and self.norms[k][:1] == "و":
            first = self.norms[k][1:]
            same_head = first in self.heads and first == self.norms[j]
            if not (same_head or first in self.lex.index or (listing and self.namey(k))):
                break
            nxt = self.match(k)
            if nxt is not None and "place" not in self.kinds(nxt):
                nxt = None  # «وأم كراع» is not the agency «وام»
            head = first in self.heads and self.word(k + 1)
            stop = nxt.end if nxt is not None else (k + 2 if head else k + 1)
            if nxt is None and self.definite_part(stop):
                stop += 1
            if nxt is None and not self.list_ends(stop):
                break  # «منطقة عسير وأدى إلى»: a verb, not a second place
            self.emit(k, stop, "LOC", 3, 1, source="rule")
            k = stop
        return k

    def major_place(self, j: int) -> bool:
        """Is word ``j`` a country, a capital or a big city, not a first name? After a title
        it is the object («انتقد وزير الدفاع الإسرائيلي طهران»), not the title's holder."""
        m = self.match(j)
        if m is None or self.norms[j] in self.first_names:
            return False
        kinds = self.kinds(m)
        if "meto" in kinds or "nation" in kinds:
            return True
        place = places.best(kinds["place"].key) if "place" in kinds else None
        return place is not None and (place.source != "geonames" or place.population >= 500_000)

    def definite_part(self, k: int) -> bool:
        """Does the definite word ``k`` finish a place name («عيتا الشعب»), not qualify it
        («سراقب الاستراتيجية»)? Only when the name ends there."""
        if not (self.word(k) and self.norms[k].startswith("ال")) or self.match(k) is not None:
            return False
        w = self.norms[k]
        return not w.endswith(("ي", "يه", "ين")) and self.list_ends(k + 1)

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

    def _take_direction(self, i: int) -> None:
        """Give the place just emitted at word ``i`` the pending direction («جنوب إدلب»)."""
        if self.direction and self.direction[0] in (i, i - 1):
            self.out[-1].direction = self.direction[1]
            self.direction = None

    def on_meto(self, m: Match, e: Entry) -> int | None:
        if e.extra == "yes" or self.acts(m):
            self.emit(m.start, m.end, "ORG", 2, m.prefix, actor_id=e.key, country=e.key,
                      source="rule")
            return m.end
        return None

    def on_place(self, m: Match, e: Entry) -> int | None:
        if "\u064b" in self.raw[m.end - 1]:
            return None  # «دوماً» (always), not Douma: tanween fath marks an adverb
        if m.end - m.start == 1 and (self.adjectival(m) or self.qualifies(m)
                                     or self.agrees(m)):
            return None  # «أسنانه البيضاء»: a definite word after its noun is an adjective
        place = places.best(e.key, self.countries)
        if place is None or (m.prefix and place.feature == "P" and (
                place.population < 5000 or place.country not in places.region())):
            return None  # «باولو» is not ب + Oulu
        small = place.source == "geonames" and place.population < 100_000
        named = place.source == "geonames" and place.population < 200_000 and \
            self.norms[m.start][m.prefix:] in self.first_names
        if named and not (self._after_trigger(m.start) or self.quoted(m.start)):
            return None  # «بشار», «جمال»: a first name before it is a town
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
        if small and self.countries and place.country not in self.countries:
            # «كفر الزيات» in a story about Idlib: the only town of that name is in Egypt.
            # Keep the mention, but a map pin in the wrong country is worse than none.
            self.emit(m.start, m.end, "LOC", 2, m.prefix)
            return m.end
        self.emit(m.start, m.end, "LOC", 2, m.prefix, place_id=place.id, country=place.country)
        self._take_direction(m.start)
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

    def conjoined_actor(self, m: Match) -> bool:
        """Is the name at ``m`` «و» + a country joined to a country acting just before it?"""
        last = self.out[-1] if self.out else None
        return (m.prefix == 1 and self.norms[m.start][:1] == "و" and m.start > 0
                and last is not None and last.type == "ORG" and last.country is not None
                and last.actor_id == last.country and last.end == self.ends[m.start - 1])

    def after_country(self, m: Match) -> bool:
        """Is the name at ``m`` «و» + a name right after a country («الجزائر ومالي»), so
        that an ambiguous word («مالي», financial) is a country too?"""
        last = self.out[-1] if self.out else None
        if m.prefix != 1 or self.norms[m.start][:1] != "و" or last is None or \
                last.end != self.ends[m.start - 1]:
            return False
        if last.actor_id is not None and last.actor_id == last.country:
            return True
        place = places.lookup(last.place_id) if last.place_id else None
        return place is not None and place.feature == "C"

    def object_of_actor(self, i: int) -> bool:
        """Is word ``i`` the object in «verb + actor + X» (the actor, or a title phrase with its
        nationality, right before it)?"""
        last = self.out[-1] if self.out else None
        k = i - 1
        while k >= 0 and self.raw[k][:1] in CLOSE_QUOTES:
            k -= 1
        if self.bare_title and self.bare_title[1] == k + 1 and self.word(self.bare_title[0] - 1):
            return is_verb(self.norms[self.bare_title[0] - 1])  # «اتهم وزير الخارجية الإيراني X»
        if last is None or last.type not in ("ORG", "PER") or k < 0 or last.end != self.ends[k]:
            return False
        first = next((j for j in range(k, -1, -1) if self.starts[j] <= last.start), 0)
        j = first - 1
        while j >= 0 and self.raw[j][:1] in OPEN_QUOTES:
            j -= 1
        return self.verb_before(j)

    def verb_before(self, k: int) -> bool:
        """Is word ``k`` an actor verb, or an adverbial with a pronoun after one («اتهمت
        على إثره», «أعلنت بدورها»; not «أعلن في العاصمة»: a place)?"""
        if not self.word(k):
            return False
        w = self.norms[k]
        if is_verb(w):
            return True
        if not self.raw[k].endswith(("ه", "ها", "هم")) or w.endswith("ته"):
            return False  # the raw letters: «العاصمة» folds to a final ه too
        if w[:1] in "بل" and self.word(k - 1) and is_verb(self.norms[k - 1]):
            return True
        return self.word(k - 2) and self.preposition(k - 1) and is_verb(self.norms[k - 2])

    def acts(self, m: Match) -> bool:
        """Does the country or capital at ``m`` stand for its government here?"""
        prev = m.start - 1
        while m.prefix == 0 and prev >= 0 and self.raw[prev][:1] in OPEN_QUOTES:
            prev -= 1  # «إن «واشنطن تمارس»: the quote mark is not a word before the name
        if m.prefix == 0 and self.verb_before(prev):
            return True  # «وأعلنت موسكو», «منحتهم روسيا», «اتهمت على إثره باماكو»
        if m.prefix == 0 and self.object_of_actor(m.start):
            return True  # «اتهمت «قسد» أنقرة»
        if m.prefix == 0 and self.word(prev) and self.norms[prev] in ("ان", "بان", "لان"):
            return True  # «إن واشنطن قلقة»: the subject of a reported clause
        before = [self.stem(k) for k in (prev, prev - 1, prev - 2) if self.word(k)]
        if m.prefix == 0 and before and (before[0] in self.nouns
                                         or before[0].removeprefix("ب") in self.nouns):
            return True  # «لهجة موسكو», «بمشاركة قطر»
        if m.prefix and self.norms[m.start][:m.prefix].endswith("ل") and self.nouns & set(before):
            return True  # «اتهامات أميركية لدمشق»
        if before and before[0] in ("مع", "من", "عن", "بين") and \
                self.nouns & {f for w in before[1:]
                              for f in (w.removeprefix("ب"), w.removeprefix("ال"))}:
            return True  # «بالتعاون مع تركيا», «بدعم من واشنطن», «توتر بين الجزائر ومالي»
        if self.conjoined_actor(m):
            return True  # «شنت الولايات المتحدة وبريطانيا غارات»
        if m.prefix or (before and before[0] in PREPOSITIONS):
            return False
        j = m.end
        if self.word(j) and self.norms[j].startswith("و") and self.verbish(j + 1):
            return True  # «الولايات المتحدة وحلفاؤها سيردون»
        while self.word(j) and (self.norms[j] in NEGATIONS or self.norms[j] == "قد"):
            j += 1  # «روما لم تعلن», «روما قد استضافت»
        if j < len(self.norms) and self.raw[j][:1] in OPEN_QUOTES:
            j += 1
        return self.verbish(j)

    # passes after the scan -----------------------------------------------------------
