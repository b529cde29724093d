"""Arguments of an event: who acted (actor1), on whom (actor2) and where.

Entities from the entities layer are preferred; when that layer is empty (or has
nothing in the slot) the noun phrase in the slot stands in. Slots, for a verb
trigger: the definite phrase before it (SVO) or the phrase after it (VSO) is the
actor, the next phrase or the object of a type-specific preposition the recipient.
For a noun trigger: the doer after «من قبل / على يد», or the subject of a support
verb (شنت القوات هجوما), or a possessive «لـ»; the recipient after على / ضد.
"""

from __future__ import annotations

import bisect
import functools
from functools import cache
from typing import NamedTuple

import regex

from rasd import resources
from rasd.document import Document, Entity, Span
from rasd.extract.entities.lexicon import word_set
from rasd.extract.events.index import DocumentIndex
from rasd.extract.events.lexicon import class_of
from rasd.extract.events.words import NISBA_ENDINGS, Word, phrase_after, phrase_before
from rasd.text import normalize, normalize_key
from rasd.text.spans import span_of

ACTOR_TYPES = ("ORG", "PER")
#: Prepositions that introduce the recipient, per PLOVER type (normalized).
RECIPIENT_PREPS: dict[str, tuple[str, ...]] = {
    "ASSAULT": ("علي", "ضد"), "COERCE": ("علي", "ضد"), "CONSULT": ("مع",),
    "AGREE": ("مع",), "REQUEST": ("من",), "ACCUSE": ("علي",), "THREATEN": ("علي",),
    "AID": ("الي", "ل"), "SANCTION": ("علي", "ضد"), "PROTEST": ("علي", "ضد"),
}
#: Types whose object may be a place (قصف حلب): a place there is no actor.
MATERIAL_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE", "RETREAT", "MOBILIZE"})
PLACE_PREPS = frozenset({"في", "قرب", "بالقرب", "داخل", "الي", "علي", "من"})
QUALIFIED_ONLY = frozenset({"علي", "من"})  # these open a place only before «بلدة، جنوب، كفر …»
LOOKAHEAD = 20  # tokens either side of a trigger searched for its place
TITLE_REACH = 7  # words from a title to the name it introduces («المبعوث الأميركي الخاص … X»)
OBJECT_REACH = 6  # words after a trigger searched for a place named as its object
PREP_REACH = 6  # words after a trigger searched for the preposition of its recipient
TANWEEN_FATH = ("\u064b", "\u064bا")  # مطعماً، مطعمًا: the tanween before or after the alef
#: Types whose verb takes what is demanded, threatened or alleged after «بـ».
BI_COMPLEMENT = frozenset({"REQUEST", "THREATEN", "ACCUSE"})
RELATIVE_REACH = 5  # words from an event noun to the verb that describes it
KANA_REACH = 10  # words between «كان» and «قد» (a titled name with its apposition)
KANA = frozenset({"كان", "كانت"})
LIGHT_REACH = 14  # words before a noun trigger searched for its support verb (شن، قام بـ)


@cache
def directions() -> dict[str, str]:
    return {normalize_key(r["word"]): r["direction"]
            for r in resources.tsv("events/directions.tsv")}


class Argument(NamedTuple):
    """An actor or place slot filled from the text (a tuple: several are made per trigger)."""

    span: Span
    id: str | None = None
    direction: str | None = None


class SentenceView:
    """One sentence with its words, entities and the word starts of its triggers, and the
    words every trigger of it asks about (places, doer markers), found once."""

    def __init__(self, doc: Document, words: list[Word], entities: list[Entity],
                 blocked: set[int], triggered: set[int], timed: set[int],
                 index: DocumentIndex) -> None:
        self.doc = doc
        self.words = words
        self.entities = entities
        self.blocked = blocked  # word starts of strong triggers: no phrase runs through them
        self.triggered = triggered  # word starts of every trigger: no place name holds them
        self.timed = timed  # word starts inside date mentions: no place name holds them
        self.index = index
        self.norms = [w.norm for w in words]
        self._ends = [w.end for w in words]
        #: Place entities, each with its first word and whether a place word or preposition
        #: introduces it (:func:`_introduced`).
        self.places = [(e, self.index_at(e.span.start), _introduced(self, e))
                       for e in entities if e.type == "LOC"]
        #: Words that mark the doer after them: an agent word («شنها») or the second word
        #: of «من قبل»، «على يد».
        self.agent_markers = [k for k, w in enumerate(words) if w.cls == "agent"
                              or (k and w.norm in AGENT_SECONDS
                                  and (words[k - 1].key, w.norm) in AGENT_PAIRS)]
        #: Words that may open a place phrase: a place preposition, or «بـ» fused to a
        #: direction or place noun (بمحيط، بجنوب).
        self.place_openers = [k for k, w in enumerate(words) if (
            w.cls == "prep" and w.key in PLACE_PREPS) or (
            w.cls in ("direction", "place_noun") and "ب" in w.attached)]
        self.opener_places: dict[int, Argument | None] = {}  # filled by _phrase_place
        self._normalized: str | None = None

    @property
    def normalized(self) -> str:
        """The sentence's matching form (offsets shift by any diacritics it drops)."""
        if self._normalized is None:
            self._normalized = self.index.normalize(self.words[0].start, self.words[-1].end) \
                if self.words else ""
        return self._normalized

    def index_at(self, offset: int) -> int:
        """Index of the first word that ends after ``offset``."""
        return bisect.bisect_right(self._ends, offset)

    def span(self, i: int, j: int) -> Span:
        return span_of(self.doc, self.words[i].start, self.words[j - 1].end)


def _entity_in(view: SentenceView, start: int, end: int, types: tuple[str, ...]) -> Entity | None:
    for ent in view.entities:
        if ent.type in types and ent.span.start < end and ent.span.end > start:
            return ent
    return None


AGENT_PAIRS = frozenset({("من", "قبل"), ("علي", "يد")})  # من قبل X، على يد X
AGENT_SECONDS = frozenset(second for _, second in AGENT_PAIRS)
#: Characters between a title and the name after it («الرئيس الروسي، فلاديمير بوتين»).
APPOSITION_GAP = 3


def _argument(view: SentenceView, rng: tuple[int, int] | None,
              places_act: bool = False) -> Argument | None:
    """The actor in word range ``rng``: an entity in it (a place only when ``places_act``,
    as in «اتهم الجيش إسرائيل»), a name after a title, the whole after a count
    («20 عنصرا من تنظيم داعش»), else the phrase itself."""
    if rng is None:
        return None
    span = view.span(*rng)
    types = (*ACTOR_TYPES, "LOC") if places_act else ACTOR_TYPES
    ent = _entity_in(view, span.start, span.end, types) or \
        _entity_in(view, span.end, span.end + APPOSITION_GAP, ("PER",)) or \
        _partitive_whole(view, rng[1], types)
    if ent is not None:
        return Argument(ent.span, ent.actor_id or ent.place_id)
    if _entity_in(view, span.start, span.end, ("LOC",)) is not None:
        return None  # a place, not an actor: the place finder takes it
    named = _named_after_title(view, *rng)
    return Argument(view.span(*named) if named else span)


def _partitive_whole(view: SentenceView, j: int, types: tuple[str, ...]) -> Entity | None:
    """The named group after «من» that a counted phrase belongs to (عنصرا من تنظيم داعش)."""
    words = view.words
    if j + 1 >= len(words) or words[j].key != "من":
        return None
    lo, hi = words[j + 1].start, words[min(j + 2, len(words) - 1)].end
    return next((e for e in view.entities if e.type in types and lo <= e.span.start <= hi), None)


def _named_after_title(view: SentenceView, i: int, j: int) -> tuple[int, int] | None:
    """«الرئيس الروسي، فلاديمير بوتين،»: the name set off by commas after a title."""
    words = view.words
    if words[i].cls != "title" or j >= len(words) or words[j].norm not in "،,":
        return None
    name = phrase_after(words, j + 1, view.blocked)
    if name is None or name[1] - name[0] > 3 or any(words[k].definite for k in range(*name)):
        return None
    return name


def _entity_before(view: SentenceView, t: int) -> tuple[int, int] | None:
    """An actor entity that ends right before word ``t``, quotes and brackets aside
    («هيئة تحرير الشام» (جبهة النصرة) هاجموا)."""
    k = t
    while k > 0 and not view.words[k - 1].is_word and view.words[k - 1].norm in "«»()\"":
        k -= 1
    if k == 0:
        return None
    end = view.words[k - 1].end
    ent = next((e for e in view.entities if e.type in ACTOR_TYPES and e.span.end == end), None)
    if ent is None:
        return None
    return view.index_at(ent.span.start), k


def _light_verb_subject(view: SentenceView, t: int) -> tuple[int, int] | None:
    words = view.words
    for k in range(t - 1, max(-1, t - LIGHT_REACH), -1):
        if words[k].cls == "light":
            if k + 1 < t:
                return phrase_after(words, k + 1, view.blocked)
            return phrase_before(words, k, view.blocked)
        if not words[k].is_word and words[k].norm not in "«»()،,":
            break
    return None


def _after_agent(view: SentenceView, t: int, reach: int) -> tuple[int, int] | None:
    """The phrase after a doer marker («من قبل»، «على يد»، «شنها») within ``reach`` words."""
    markers = view.agent_markers
    i = bisect.bisect_left(markers, t)
    if i < len(markers) and markers[i] < t + reach:
        return phrase_after(view.words, markers[i] + 1, view.blocked)
    return None


def _after_prep(view: SentenceView, t: int, preps: tuple[str, ...]) -> tuple[int, int] | None:
    words = view.words
    for k in range(t, min(len(words), t + PREP_REACH)):
        if words[k].cls == "prep" and words[k].key in preps:
            return phrase_after(words, k + 1, view.blocked)
        if words[k].start in view.blocked or (not words[k].is_word and words[k].norm in "،,;؛:"):
            break
    return None


def actors(view: SentenceView, t: int, t_end: int, etype: str, pos: str,
           joined: bool = False, bound: bool = False) -> tuple[Argument | None, Argument | None]:
    """``(actor1, actor2)`` of the trigger spanning words ``[t, t_end)``; ``joined``: the
    trigger carries the conjunction و/ف; ``bound``: it carries «بـ», so a party named right
    before it is its doer («اتهم الجيش قوات الدعم السريع بقصف الأحياء»)."""
    words, blocked = view.words, view.blocked
    preps = RECIPIENT_PREPS.get(etype, ("علي",))
    a1 = a2 = None
    if pos == "verb":
        # «ودمّر»: a verb joined by و/ف shares the subject of the verb before it
        subject = None if joined else _with_named_head(view, phrase_before(words, t, blocked)) \
            or _entity_before(view, t) or _kana_subject(view, t)
        if (t > 0 and words[t - 1].cls == "pron") or (subject is None and not joined
                                                        and _describes_event(view, t)):
            a2 = phrase_after(words, t_end, blocked)  # «أنه استهدف …»، «هجوم استهدف مقهى»
        elif subject is not None:
            a1 = subject
            a2 = phrase_after(words, t_end, blocked)
        elif t_end < len(words) and words[t_end].kind == "number":
            a2 = phrase_after(words, t_end, blocked)  # «ودمّر 3 دبابات»: a count is no actor
        elif (person := _titled_person(view, t_end)) is not None:
            a1 = person  # «ودعا المبعوث الأميركي الخاص إلى السودان توم بيرييلو الطرفين»
            a2 = phrase_after(words, person[1], blocked) if person[1] < len(words) else None
        else:
            a1 = phrase_after(words, t_end, blocked)
            if a1 is not None and a1[1] < len(words) and (
                    words[a1[1]].is_word or words[a1[1]].kind == "number"):
                a2 = phrase_after(words, a1[1], blocked)
                if a2 is not None and words[a2[0]].cls == "title":  # apposition: the name
                    a1, a2 = a2, (phrase_after(words, a2[1], blocked)
                                  if a2[1] < len(words) and words[a2[1]].is_word else None)
        if a2 is None:
            a2 = _after_prep(view, t_end, preps)
        agent = _after_agent(view, t_end, 4)  # «تم أسرهم من قبل الجيش»
        if agent is not None:
            a1 = agent
    else:
        a1 = _after_agent(view, t_end, 10) or _light_verb_subject(view, t) or (
            _entity_before(view, t) if bound else None)
        if a1 is None and t_end < len(words) and (
                words[t_end].norm.startswith("لل") or _entity_in(
                    view, words[t_end].start, words[t_end].end, ACTOR_TYPES) is not None):
            a1 = phrase_after(words, t_end, blocked)  # «هجمات للمسلحين»، «هجوم لداعش»
        a2 = _after_prep(view, t_end, preps)
    a1, a2 = (None if a is None or _no_actor(view, a[0]) or (
        etype in BI_COMPLEMENT and _bi_complement(view, a[0])) else a for a in (a1, a2))
    places_act = etype not in MATERIAL_TYPES
    if not places_act and a2 is not None and words[a2[0]].cls in ("place_noun", "direction"):
        a2 = None  # «قصفت بلدة تل رفعت»: the object is the place
    arg1, arg2 = _argument(view, a1, places_act), _argument(view, a2, places_act)
    if arg1 and arg2 and arg1.span == arg2.span:
        arg2 = None
    return arg1, arg2


def _describes_event(view: SentenceView, t: int) -> bool:
    """Is the verb at ``t`` a relative clause on an event noun just before it («تفجير
    انتحاري استهدف مقهى»)? The event is then its subject and what follows its object."""
    for k in range(t - 1, max(-1, t - RELATIVE_REACH), -1):
        if view.words[k].start in view.triggered:
            return True
        if not view.words[k].is_word:
            return False
    return False


def _with_named_head(view: SentenceView, rng: tuple[int, int] | None) -> tuple[int, int] | None:
    """A lone adjective after a name takes the name along («قوات الدعم السريع المتمردة»،
    «حركة الشباب الإرهابية»): the phrase finder stops where the adjective does not agree."""
    if rng is None or rng[1] - rng[0] != 1 or rng[0] == 0:
        return rng
    end = view.words[rng[0] - 1].end
    ent = next((e for e in view.entities if e.type in ACTOR_TYPES and e.span.end == end), None)
    return (view.index_at(ent.span.start), rng[1]) if ent is not None else rng


def _no_actor(view: SentenceView, i: int) -> bool:
    """A phrase starting at word ``i`` that names no party: a date («الأسبوع الماضي») or an
    indefinite accusative («استهدف مطعماً»: an object, or an adverb) not counted by a
    number before it («20 مسلحاً»)."""
    word = view.words[i]
    if word.start in view.timed:
        return True
    raw = view.doc.text[word.start:word.end]
    return raw.endswith(TANWEEN_FATH) and not (i > 0 and view.words[i - 1].kind == "number")


def names_a_party(doc: Document, span: Span) -> bool:
    """Can a speaker span found upstream stand as an actor? Not when it opens with a
    preposition or stop word («فيه الوزارة»), a fused «بـ» outside any name («بسنة») or an
    indefinite accusative."""
    first = span.text.split()[0] if span.text.split() else ""
    norm = normalize(first)
    if class_of(norm)[0] in ("stop", "prep") or first.endswith(TANWEEN_FATH):
        return False
    named = any(e.span.start <= span.start < e.span.end for e in doc.entities)
    return named or not (norm.startswith("ب") and len(norm) > 3)


def _bi_complement(view: SentenceView, i: int) -> bool:
    """A word with a fused «بـ» that is no name: what is demanded, threatened or alleged
    («طالبت باستضافة الوزير»، «يهدد بسنة بيضاء»), not a party."""
    word = view.words[i]
    return word.norm.startswith("ب") and len(word.norm) > 3 and \
        _entity_in(view, word.start, word.end, (*ACTOR_TYPES, "LOC")) is None


def _kana_subject(view: SentenceView, t: int) -> tuple[int, int] | None:
    """The subject between «كان» and «قد» before a verb («وكان الوزير قد زار …»), the
    pluperfect of news background."""
    words = view.words
    if t < 2 or words[t - 1].norm != "قد":
        return None
    for k in range(t - 2, max(-1, t - 2 - KANA_REACH), -1):
        if words[k].key in KANA and words[k].cls == "stop":
            return (k + 1, t - 1) if any(w.is_word for w in words[k + 1:t - 1]) else None
        if words[k].start in view.blocked or words[k].cls in ("prep", "stop", "light"):
            return None
    return None


def _titled_person(view: SentenceView, i: int) -> tuple[int, int] | None:
    """Words of the person named after the title phrase that starts at word ``i``, if any."""
    words = view.words
    if i >= len(words) or words[i].cls != "title":
        return None
    for e in view.entities:
        k = view.index_at(e.span.start)
        if e.type == "PER" and i < k <= i + TITLE_REACH and all(
                words[x].is_word for x in range(i, k)):
            return k, view.index_at(e.span.end - 1) + 1
    return None


def _with_direction(view: SentenceView, i: int, start: int) -> tuple[int, str | None]:
    """Extend a place start back over an adjacent direction word (جنوب إدلب)."""
    words = view.words
    k = i
    direction = None
    while k > 0 and words[k - 1].cls == "direction" and i - k < 2:
        k -= 1
        found = directions().get(words[k].key, "")
        direction = f"{found}-{direction}" if direction and found else (found or direction)
    return (words[k].start if k < i else start), direction


def _entity_place(view: SentenceView, t: int, used: list[Span]) -> Argument | None:
    trigger_at = view.words[t].start
    near = [(e, introduced) for e, i, introduced in view.places if abs(i - t) <= LOOKAHEAD
            and not any(u.start <= e.span.start < u.end for u in used)]
    if not near:
        return None
    pool = [e for e, introduced in near if introduced] or [e for e, _ in near]
    after = [e for e in pool if e.span.start >= trigger_at]
    ent = min(after or pool, key=lambda e: abs(e.span.start - trigger_at))
    i = view.index_at(ent.span.start)
    start, direction = _with_direction(view, i, ent.span.start)
    return Argument(span_of(view.doc, start, ent.span.end), ent.place_id,
                    ent.direction or direction)


def _introduced(view: SentenceView, ent: Entity) -> bool:
    """Whether a place entity follows a place preposition, direction or descriptor
    («في البوكمال»، «بحلب»، «جنوب إدلب»), not a possessive «لـ» (موالية لإيران)."""
    i = view.index_at(ent.span.start)
    word = view.words[i] if i < len(view.words) else None
    if word is not None and word.start < ent.span.start:  # a clitic fused to the name
        return view.doc.text[word.start:ent.span.start].endswith(("ب", "في"))
    prev = view.words[i - 1] if i > 0 else None
    return prev is not None and (prev.cls in ("direction", "place_noun", "name_head")
                                 or (prev.cls == "prep" and prev.key in PLACE_PREPS))


def _name_after(view: SentenceView, k: int, definite_ok: bool) -> tuple[int, int] | None:
    words = view.words
    if k >= len(words) or not words[k].is_word or words[k].cls not in (None, "name_head"):
        return None
    if k > 0 and words[k - 1].cls == "place_noun" and words[k - 1].definite:
        return None  # «المدينة» already names the place
    if words[k].start in view.triggered or words[k].start in view.timed or (
            words[k].definite and not definite_ok) or (
            words[k].cls is None and (words[k].key in ordinary_words()
                                      or _possessed_or_plural(view, words[k]))):
        return None  # «في أنشطة», «بموجب», «في حركته»: an ordinary word names no place
    j = k + 1
    if words[k].cls == "name_head" and j < len(words) and words[j].is_word \
            and words[j].start not in view.blocked and words[j].start not in view.timed:
        j += 1
    elif not definite_ok and j < len(words) and words[j].is_word and words[j].definite \
            and words[j].start not in view.timed:
        return None  # «في احتواء الهجوم»: a noun in construct, not a place name
    return k, j


def _possessed_or_plural(view: SentenceView, word: Word) -> bool:
    """«حركته», «خلافات»: a noun with a possessive suffix or an indefinite feminine plural."""
    raw = view.doc.text[word.start:word.end]
    return len(word.norm) > 4 and (raw.endswith(("ه", "ها", "هم")) or (
        raw.endswith("ات") and not word.definite))


@cache
def ordinary_words() -> frozenset[str]:
    """Words that are never a place name on their own (the entities layer's common words)."""
    return word_set("common_words.txt")


def _phrase_place(view: SentenceView, t: int) -> Argument | None:
    """The place introduced by the nearest place preposition (or «بـ» place word) after the
    trigger at word ``t``, else before it."""
    openers = view.place_openers
    ahead = min(len(view.words), t + LOOKAHEAD)
    order = [*(k for k in openers if t < k < ahead), *(k for k in reversed(openers) if k < t)]
    found = view.opener_places  # what each opener introduces: the sentence's triggers share it
    for k in order:
        if k not in found:
            found[k] = _place_after(view, k)
        if found[k] is not None:
            return found[k]
    return None


def _place_after(view: SentenceView, k: int) -> Argument | None:
    """The place that the place preposition or «بـ» place word ``k`` introduces, if any."""
    words = view.words
    w = words[k]
    attached = "ب" in w.attached and w.cls in ("direction", "place_noun")
    m = k if attached else k + 1
    if words[k].key == "بالقرب" or words[k].key == "قرب":
        m += 1 if m < len(words) and words[m].key == "من" else 0
    while m < len(words) and words[m].cls == "direction":
        m += 1
    qualified = m > k + 1 or attached
    while m < len(words) and words[m].cls == "place_noun":
        m += 1
        qualified = True
    name = _name_after(view, m, definite_ok=qualified)
    if name is None and qualified and m > 0 and words[m - 1].cls == "place_noun" \
            and words[m - 1].definite:
        earlier = _antecedent(view, words[m - 1])
        if earlier is not None:
            return earlier
        name = (m - 1, m)  # «في العاصمة»: the descriptor is the place
    if name is None or (w.key in QUALIFIED_ONLY and not qualified
                        and words[name[0]].cls != "name_head"):
        return None
    first_dir = k + 1 if not attached else k
    adjacent = words[first_dir].cls == "direction" and all(
        words[x].cls == "direction" for x in range(first_dir, name[0]))
    start = words[first_dir].start if adjacent else words[name[0]].start
    if start == w.start and w.attached and view.doc.text.startswith(w.attached, start):
        start += len(w.attached)  # «بمحيط» → «محيط»
    span = span_of(view.doc, start, words[name[1] - 1].end)
    direction = next((directions().get(words[x].key)
                      for x in range(k, name[0]) if words[x].cls == "direction"), None)
    return Argument(span, None, direction)


@functools.lru_cache(maxsize=1024)
def _descriptor_pattern(key: str) -> regex.Pattern[str]:
    """The descriptor (with a proclitic) and the name that follows it («قاعدة حميميم»)."""
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])[وفبل]?{regex.escape(key)}"
                         r"\s+[«(]?([\p{L}\p{M}]+)")


def _antecedent(view: SentenceView, descriptor: Word) -> Argument | None:
    """The place a definite descriptor refers back to: «القاعدة» → the last «قاعدة حميميم»
    written before it."""
    index = view.index
    before = index.folded[:index.folded_at(descriptor.start)]
    pattern = _descriptor_pattern(descriptor.key)
    found = None
    reached = 0  # the pattern read left to right, as finditer would: where it may start next
    at = before.find(descriptor.key)
    while at != -1:  # a match starts at the descriptor, or at a proclitic right before it
        for start in (at - 1, at):
            match = pattern.match(before, start) if start >= reached else None
            if match is not None:
                found, reached = match, match.end()
        at = before.find(descriptor.key, at + 1)
    if found is None or class_of(found.group(1))[0] is not None or \
            found.group(1).endswith(NISBA_ENDINGS):  # «قاعدة عسكرية» names no place
        return None
    start, end = index.source_span(found.start(1), found.end(1))
    ent = next((e for e in view.doc.entities if e.span.start == start), None)
    if ent is not None:
        return Argument(ent.span, ent.place_id)
    return Argument(span_of(view.doc, start, end))


def _object_place(view: SentenceView, t: int) -> Argument | None:
    """A place named as the object of the trigger (قصفت المدفعية بلدة تل رفعت، لمهاجمة
    المطار) or as the subject of «تعرض» before it (تعرضت القاعدة لهجوم)."""
    words = view.words
    starts = [t]
    undergo = next((k for k in range(t - 1, max(-1, t - 4), -1) if words[k].cls == "undergo"),
                   None)
    if undergo is not None:
        starts.insert(0, undergo)
    for first in starts:
        for k in range(first + 1, min(len(words), first + OBJECT_REACH)):
            if words[k].cls in ("place_noun", "direction"):
                m = k
                while m < len(words) and words[m].cls in ("place_noun", "direction"):
                    m += 1
                name = _name_after(view, m, definite_ok=True)
                if name is not None:
                    start = words[k].start if words[k].cls == "direction" \
                        else words[name[0]].start
                    return Argument(span_of(view.doc, start, words[name[1] - 1].end), None,
                                    directions().get(words[k].key))
                if words[k].definite:
                    return _antecedent(view, words[k]) or Argument(
                        span_of(view.doc, words[k].start, words[k].end))
            if words[k].cls in ("prep", "stop") or words[k].start in view.blocked:
                break
    return None


def place(view: SentenceView, t: int, used: list[Span], hosted: bool = False) -> Argument | None:
    """Where the event of trigger word ``t`` happened: a LOC entity, else (for a meeting,
    ``hosted``) a capital or country acting as its host («استضافت القاهرة اجتماعا»), else a
    «في X» phrase, else a place named as its object."""
    return _entity_place(view, t, used) or (_host(view, t) if hosted else None) \
        or _phrase_place(view, t) or _object_place(view, t)


def _host(view: SentenceView, t: int) -> Argument | None:
    """A country or capital that acts (ORG linked to a state) near trigger word ``t``."""
    near = [e for e in view.entities if e.type == "ORG" and e.actor_id and e.actor_id == e.country
            and abs(view.index_at(e.span.start) - t) <= LOOKAHEAD]
    if not near:
        return None
    ent = min(near, key=lambda e: abs(view.index_at(e.span.start) - t))
    return Argument(ent.span, None, None)
