"""Scoring the record layers: statements and events.

Both are lists (no deduplication) matched one-to-one: every candidate pair that
passes the match rule is ranked, and pairs are taken best first (ties broken by
gold index, then predicted index, so the result is deterministic). Secondary
accuracies are measured on the matched pairs only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rasd.document import Document, Event, Span, Statement
from rasd.eval.gold import GoldEvent, GoldStatement
from rasd.eval.match import (
    contains_either,
    content_overlap,
    content_tokens,
    key,
    one_to_one,
    overlap_f1,
    passes_half,
    speaker_key,
)
from rasd.eval.metrics import LayerResult, Ratio, Tally
from rasd.extract.events.modality import HAPPENED

#: Modalities of the events scored: told as having happened, on someone's word, or denied.
REPORTED = HAPPENED | {"denied"}


def _short(text: str | None, width: int = 70) -> str:
    if text is None:
        return "—"
    return text if len(text) <= width else text[: width - 1] + "…"


def _text(span: Span | None) -> str | None:
    return span.text if span else None


def _tally(pairs: list[tuple[int, int]], gold: int, found: int) -> Tally:
    return Tally(len(pairs), found - len(pairs), gold - len(pairs))


# --- statements --------------------------------------------------------------------

def _show_statement(speaker: str | None, content: str, stance: str, mode: str) -> str:
    return f"{_short(speaker, 40)} [{stance}/{mode}]: {_short(content)}"


def score_statements(gold: Sequence[GoldStatement], doc: Document) -> LayerResult:
    """Speakers match by containment (no quote marks) and contents by token F1 >= 0.5."""
    found: Sequence[Statement] = doc.statements if doc.has_layer("statements") else ()
    gold_speakers = [speaker_key(g.speaker) for g in gold]
    gold_tokens = [content_tokens(g.content) for g in gold]
    found_speakers = [speaker_key(_text(s.speaker)) for s in found]
    found_tokens: list[Counter[str]] = [content_tokens(s.content.text) for s in found]
    speakers_match = {(gi, pi): contains_either(gold_speakers[gi], found_speakers[pi])
                      for gi in range(len(gold)) for pi in range(len(found))}
    overlap: dict[tuple[int, int], tuple[int, int]] = {}

    def overlap_of(gi: int, pi: int) -> tuple[int, int]:
        if (gi, pi) not in overlap:
            overlap[gi, pi] = content_overlap(gold_tokens[gi], found_tokens[pi])
        return overlap[gi, pi]

    pairs = one_to_one(((-overlap_f1(*overlap_of(gi, pi)),), gi, pi)
                       for (gi, pi), same in speakers_match.items()
                       if same and passes_half(*overlap_of(gi, pi)))
    result = LayerResult(tally=_tally(pairs, len(gold), len(found)))
    stance, mode = Ratio(), Ratio()
    for gi, pi in pairs:
        g, s = gold[gi], found[pi]
        stance.count(g.stance == s.stance)
        mode.count(g.mode == s.mode)
        if g.stance != s.stance or g.mode != s.mode:
            result.wrong.append(f"{_show_statement(g.speaker, g.content, g.stance, g.mode)} "
                                f"predicted [{s.stance}/{s.mode}]")
    result.measures = {"stance_accuracy": stance, "mode_accuracy": mode}
    matched_gold, matched_found = {g for g, _ in pairs}, {p for _, p in pairs}
    for gi, g in enumerate(gold):
        if gi in matched_gold:
            continue
        line = _show_statement(g.speaker, g.content, g.stance, g.mode)
        near = [(overlap_f1(*overlap_of(gi, pi)), pi) for pi in range(len(found))]
        if near:
            f1, pi = max(near, key=lambda item: (item[0], -item[1]))
            speaker = _text(found[pi].speaker)
            verdict = ("no speaker" if speaker is None else
                       "speaker matches" if speakers_match[gi, pi] else "speaker differs")
            line += f" | nearest: {_short(speaker, 40)} ({verdict}), content F1 {f1:.2f}"
        result.missed.append(line)
    result.spurious = [
        _show_statement(_text(s.speaker), s.content.text, s.stance, s.mode)
        for pi, s in enumerate(found) if pi not in matched_found]
    return result


# --- events ----------------------------------------------------------------------------

def _event_slots(event: Event) -> tuple[str, str, str]:
    return key(_text(event.actor1)), key(_text(event.actor2)), key(_text(event.place))


def _show_event(kind: str, mode: str | None, actor1: str | None, actor2: str | None,
                location: str | None, date: str | None, fatalities: int | None) -> str:
    return (f"{kind}/{mode or '—'} actor1={_short(actor1, 40)} actor2={_short(actor2, 40)} "
            f"location={_short(location, 40)} date={date} fatalities={fatalities}")


def _show_found(event: Event) -> str:
    return _show_event(event.type, event.mode, _text(event.actor1), _text(event.actor2),
                       _text(event.place), event.date, event.fatalities)


def _show_gold(g: GoldEvent) -> str:
    return _show_event(g.type, g.mode, g.actor1, g.actor2, g.location, g.date, g.fatalities)


def same_location(gold: str | None, place: str | None) -> bool:
    """Location agreement: both absent, or one normalized text contains the other."""
    if not gold and not place:
        return True
    return contains_either(key(gold), key(place))


def score_events(gold: Sequence[GoldEvent], doc: Document) -> LayerResult:
    """Same type and a matching actor1, actor2 or location; then attribute accuracies.

    Gold lists what the text reports as having happened (or claims, or denies); an event
    rasd reads as planned, hypothetical or only threatened is no prediction here.
    """
    found: Sequence[Event] = [e for e in doc.events if e.modality in REPORTED] \
        if doc.has_layer("events") else ()
    gold_slots = [(key(g.actor1), key(g.actor2), key(g.location)) for g in gold]
    found_slots = [_event_slots(e) for e in found]
    candidates = []
    for gi, g in enumerate(gold):
        for pi, e in enumerate(found):
            if g.type != e.type.upper():
                continue
            agree = sum(contains_either(a, b) for a, b in zip(gold_slots[gi], found_slots[pi],
                                                              strict=True))
            if agree:
                candidates.append(((-agree,), gi, pi))
    pairs = one_to_one(candidates)
    result = LayerResult(tally=_tally(pairs, len(gold), len(found)))
    date, location, fatalities = Ratio(), Ratio(), Ratio()
    for gi, pi in pairs:
        g, e = gold[gi], found[pi]
        checks = {"date": g.date == e.date,
                  "location": same_location(g.location, _text(e.place)),
                  "fatalities": g.fatalities == e.fatalities}
        date.count(checks["date"])
        location.count(checks["location"])
        fatalities.count(checks["fatalities"])
        differ = [name for name, ok in checks.items() if not ok]
        if differ:
            result.wrong.append(f"{_show_gold(g)} | predicted {_show_found(e)} "
                                f"(differs in {', '.join(differ)})")
    result.measures = {"date_accuracy": date, "location_accuracy": location,
                       "fatalities_accuracy": fatalities}
    matched_gold, matched_found = {g for g, _ in pairs}, {p for _, p in pairs}
    result.missed = [_show_gold(g) for gi, g in enumerate(gold) if gi not in matched_gold]
    result.spurious = [_show_found(e) for pi, e in enumerate(found) if pi not in matched_found]
    return result
