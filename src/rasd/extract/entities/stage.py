"""Entities layer: persons, organizations and places, linked to actors and places.

Hybrid and fast: one pass of dictionary matching on clitic-stripped words with rules
around the matches (rasd.extract.entities.rules), a few passes for quoted names and named
bodies, then the statistical tagger's spans (rasd.extract.ner.model) for names no list or
rule knows. Dictionary and rule mentions win over model spans on overlap; model-only names
become unlinked mentions with ``source="model"``. Every span is an exact slice of the text
(a name hidden by the ل+ال contraction, «للجزيرة», is not emitted).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from itertools import pairwise

import regex

from rasd.document import Document, Entity
from rasd.extract.entities.lexicon import lexicon, word_set
from rasd.extract.entities.rules import Candidate, Scanner
from rasd.extract.ner import model as ner_model
from rasd.stage import Stage
from rasd.text import normalize_key
from rasd.text.forms import token_words
from rasd.text.spans import span_of
from rasd.text.tokenize import TokenLayer

_WORD_OR_MARK = regex.compile(r"[\p{L}\p{M}\u0640]+|\S")


def _select(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: best rank first, then longest, then leftmost."""
    starts: list[int] = []  # chosen spans, kept sorted by start
    ends: list[int] = []
    chosen = []
    for c in sorted(candidates, key=lambda c: (c.rank, c.start - c.end, c.start)):
        k = bisect.bisect_right(starts, c.start)
        if (k == 0 or ends[k - 1] <= c.start) and (k == len(starts) or starts[k] >= c.end):
            starts.insert(k, c.start)
            ends.insert(k, c.end)
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


@cache
def _ordinary_words() -> frozenset[str]:
    """Words that alone never make a name: common words and listed non-names."""
    return word_set("common_words.txt") | word_set("not_names.txt")


#: Distinct mention texts whose answers are kept: a corpus names the same actors again
#: and again, so each answer below is computed once per name.
MEMO = 50_000
_key = lru_cache(maxsize=MEMO)(normalize_key)


@lru_cache(maxsize=MEMO)
def _plausible(name: str, type_: str) -> bool:
    """:func:`_judge`, memoized per name and type."""
    return _judge(name, type_)


def _judge(name: str, type_: str) -> bool:
    """Can a model span be a name? Not a ل+ال contraction («للأمم المتحدة», whose name is not
    in the text as written), not only ordinary words, no person starts with a feminine
    nisba adjective («كيماوية سامة») and no organization or place has an indefinite word
    after a definite one."""
    words = normalize_key(name).split()
    if not words or words[0].startswith("لل") or "\u064b" in name:
        return False  # tanween fath marks adverbs and objects, not names
    if len(words) == 1 and len(words[0]) > 4 and words[0].endswith("يا"):
        return False  # «كيماويا», «عسكريا»: an adverbial nisba adjective
    if type_ == "PER" and words[0].endswith("يه") and (
            words[0] not in word_set("first_names.txt") or len(words) == 1):
        return False  # «لا تزال جارية»: alone, a feminine nisba is an adjective, not «جارية»
    if len(words) == 1 and name.endswith(("ه", "هم", "ها")) and len(words[0]) > 4 \
            and words[0] not in word_set("first_names.txt"):
        return False  # «شواربه», «قواتهم»: a noun with a possessive suffix
    if type_ != "PER" and any(a.startswith("ال") and not b.startswith(("ال", "ل"))
                              for a, b in pairwise(words)):
        return False  # «الاتحاد تنظيم إضراب»: no name puts an indefinite word after the article
    common = _ordinary_words()
    if all(w in common or w[1:] in common for w in words):
        return False
    listed = lexicon().match(words, 0)  # «الروسية», «الجزيرة» unquoted: the rules said no
    return listed is None or listed.end != len(words) or any(
        e.kind in ("actor", "place", "meto") and not e.cued for e in listed.entries)


_NEXT_WORD = regex.compile(r"[ \t]+([\p{L}\p{M}\u0640]+)")
_HYPHENATED = regex.compile(r"-[\p{L}\p{M}\u0640]+")


def _whole(text: str, end: int) -> int:
    """End of a model name that stops on a name head («نبيل أبو» → «نبيل أبو ردينة»)."""
    last = normalize_key(text[max(text.rfind(" ", 0, end), text.rfind("\n", 0, end)) + 1:end])
    if last in word_set("name_heads.txt"):
        nxt = _NEXT_WORD.match(text, end)
        if nxt is not None:
            return int(nxt.end())
    return end


def find(text: str, spans: Sequence[tuple[int, int]] | TokenLayer | None = None,
         forms: Sequence[str] | None = None, raw: Sequence[str] | None = None) -> list[Candidate]:
    """Entity candidates of ``text`` from lists and rules, overlaps resolved (``spans``: the
    words' offsets or the tokens layer; ``forms``: the normalized text of each span, ``raw``
    its text, if known)."""
    if spans is None:
        spans = [(m.start(), m.end()) for m in _WORD_OR_MARK.finditer(text)]
    scanner = Scanner(text, spans, forms, raw)
    scanner.scan()
    scanner.bodies()
    scanner.kunyas()
    scanner.speakers()
    scanner.appositive_persons()
    chosen = _select(scanner.out)
    scanner.out = list(chosen)
    scanner.institutions(chosen)
    scanner.place_lists(chosen)
    scanner.surnames(chosen)
    return _select(scanner.out)


def _run(doc: Document) -> None:
    text = doc.text
    tokens = doc.tokens
    forms: list[str] | None = None
    if isinstance(tokens, TokenLayer):
        offsets, raw, forms = token_words(tokens)
        chosen = find(text, tokens, forms, raw)
    else:
        offsets = [(t.start, t.end) for t in tokens]
        raw = [text[s:e] for s, e in offsets]
        chosen = find(text, offsets, forms, raw)
    doc.add_layer("entities", combine(doc, chosen, ner_model.tag(doc, offsets, forms, raw)))


#: The rank of a model name: every list or rule candidate wins over it.
MODEL_RANK = 9


def _overlaps(chosen: list[Candidate], starts: list[int], start: int, end: int) -> bool:
    """Does ``[start, end)`` overlap one of ``chosen`` (sorted by ``starts``, disjoint)?
    Such a model name would lose to it, so it is dropped before it is judged."""
    k = bisect.bisect_left(starts, end)
    return k > 0 and chosen[k - 1].end > start


def combine(doc: Document, chosen: list[Candidate],
            tagged: Iterable[tuple[int, int, str]]) -> list[Entity]:
    """The entities: the candidates of :func:`find`, and the tagger's ``(start, end, type)``
    names that are plausible where they do not overlap a longer or surer candidate."""
    text = doc.text
    starts = [c.start for c in chosen]  # chosen: sorted, without overlaps
    model = [Candidate(s, _whole(text, e), t, MODEL_RANK, source="model")
             for s, e, t in tagged if t in ("PER", "ORG", "LOC")
             and not _overlaps(chosen, starts, s, e) and _plausible(text[s:e], t)]
    entities = []
    covered = -1
    for c in _select(chosen + model) if model else chosen:
        if c.start < covered:
            continue  # the second half of a hyphenated name taken with the first
        if c.type == "PER" and text[c.end:c.end + 1] == "-" and (
                joined := _HYPHENATED.match(text, c.end)) is not None:
            c.end = covered = joined.end()  # «هينيس-بلاسخارت»: one family name
        span = span_of(doc, c.start, c.end)
        entities.append(Entity(span=span, type=c.type, norm=_key(span.text),
                               actor_id=c.actor_id, place_id=c.place_id, role=c.role,
                               affiliation=c.affiliation, country=c.country,
                               direction=c.direction, source=c.source))
    return entities


STAGE = Stage("entities", requires=("tokens", "sentences"), assigns=("entities",), run=_run)
