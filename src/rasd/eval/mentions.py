"""Scoring the mention layers: entities and timexes.

Both are sets per article: one item per distinct normalized text (with its type,
or its value), so a name or a date repeated in the text counts once on both sides.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from rasd.document import DateMention, Document, Entity
from rasd.eval.gold import ENTITY_TYPES, GoldEntity, GoldTimex
from rasd.eval.match import contains_either, key, one_to_one
from rasd.eval.metrics import LayerResult, Tally

#: DateMention kinds that are gold timexes: durations are not annotated (conventions),
#: and a range has no single ISO value to compare; only point dates count.
TIMEX_KINDS = frozenset({"date"})


# --- entities ------------------------------------------------------------------

def score_entities(gold: Sequence[GoldEntity], doc: Document) -> LayerResult:
    """Exact set match on (normalized text, type); types outside PER/ORG/LOC are ignored."""
    gold_items: dict[tuple[str, str], str] = {}
    for item in gold:
        gold_items.setdefault((key(item.text), item.type), item.text)
    found: dict[tuple[str, str], str] = {}
    entities: Sequence[Entity] = doc.entities if doc.has_layer("entities") else ()
    for entity in entities:
        if entity.type in ENTITY_TYPES:
            found.setdefault((key(entity.span.text), entity.type), entity.span.text)
    result = LayerResult()
    hits = gold_items.keys() & found.keys()
    result.tally = Tally(len(hits), len(found) - len(hits), len(gold_items) - len(hits))
    found_types: dict[str, list[str]] = {}
    for text_key, kind in found.keys() - hits:
        found_types.setdefault(text_key, []).append(kind)
    for text_key, kind in sorted(gold_items.keys() - hits):
        other = found_types.get(text_key)
        also = f" (predicted as {', '.join(sorted(other))})" if other else ""
        result.missed.append(f"{kind} «{gold_items[text_key, kind]}»{also}")
    result.spurious = [f"{kind} «{found[text_key, kind]}»"
                       for text_key, kind in sorted(found.keys() - hits)]
    return result


# --- timexes ---------------------------------------------------------------------

@dataclasses.dataclass(frozen=True, slots=True)
class _Timex:
    key: str
    value: str | None
    position: int
    text: str

    def show(self) -> str:
        return f"«{self.text}» = {self.value}"


def _distinct_gold(gold: Sequence[GoldTimex]) -> list[_Timex]:
    seen: dict[tuple[str, str | None], _Timex] = {}
    for item in gold:
        seen.setdefault((key(item.text), item.value),
                        _Timex(key(item.text), item.value, item.position, item.text))
    return sorted(seen.values(), key=lambda t: (t.position, t.key))


def _distinct_predicted(doc: Document) -> list[_Timex]:
    seen: dict[tuple[str, str | None], _Timex] = {}
    mentions: Sequence[DateMention] = doc.dates if doc.has_layer("dates") else ()
    for mention in mentions:
        if mention.kind in TIMEX_KINDS:
            text_key = key(mention.span.text)
            seen.setdefault((text_key, mention.value),
                            _Timex(text_key, mention.value, mention.span.start, mention.span.text))
    return sorted(seen.values(), key=lambda t: (t.position, t.key))


def match_timexes(gold: list[_Timex], found: list[_Timex]) -> tuple[list[tuple[int, int]],
                                                                    list[tuple[int, int]]]:
    """``(exact pairs, containment pairs)``, one-to-one over both passes.

    Exact normalized texts are paired first (an equal value preferred among equal
    texts); then each remaining gold item, in text order, takes the nearest remaining
    prediction whose text contains, or is contained in, its own.
    """
    exact = one_to_one(((int(g.value != p.value), g.position, p.position), gi, pi)
                       for gi, g in enumerate(gold) for pi, p in enumerate(found)
                       if g.key == p.key)
    used = {pi for _, pi in exact}
    matched = {gi for gi, _ in exact}
    relaxed: list[tuple[int, int]] = []
    for gi, g in enumerate(gold):
        if gi in matched:
            continue
        options = [(abs(p.position - g.position), p.position, pi) for pi, p in enumerate(found)
                   if pi not in used and contains_either(g.key, p.key)]
        if options:
            pi = min(options)[2]
            used.add(pi)
            relaxed.append((gi, pi))
    return exact, relaxed


def score_timexes(gold: Sequence[GoldTimex], doc: Document) -> LayerResult:
    """TempEval-3 style: relaxed span match, counted correct only with an equal value."""
    gold_items, found = _distinct_gold(gold), _distinct_predicted(doc)
    exact, relaxed = match_timexes(gold_items, found)
    result = LayerResult()

    def tally(pairs: list[tuple[int, int]]) -> Tally:
        tp = sum(gold_items[g].value == found[p].value for g, p in pairs)
        return Tally(tp, len(found) - tp, len(gold_items) - tp)

    result.tally = tally(exact + relaxed)
    result.measures = {"strict_f1": tally(exact), "span_f1": Tally(
        len(exact) + len(relaxed), len(found) - len(exact) - len(relaxed),
        len(gold_items) - len(exact) - len(relaxed))}
    matched_gold = {g for g, _ in exact + relaxed}
    matched_found = {p for _, p in exact + relaxed}
    result.missed = [t.show() for i, t in enumerate(gold_items) if i not in matched_gold]
    result.spurious = [t.show() for i, t in enumerate(found) if i not in matched_found]
    result.wrong = [f"gold {gold_items[g].show()}, found {found[p].show()}"
                    for g, p in sorted(exact + relaxed)
                    if gold_items[g].value != found[p].value]
    return result
