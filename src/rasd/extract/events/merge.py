"""Merging: one event told in several sentences (or twice in one) becomes one record.

Two records merge when they have the same type and modality (or both are told as having
happened, claimed or denied: one side's report and the other's denial), compatible dates
(equal, or one unknown), and share an argument, or stand in one sentence with no
different places or recipients (an actor or the place, compared by
normalized containment), or give the same death toll on a day that does not differ —
or, inside one sentence, when one of them is a weak trigger (مقتل، قتلى) that only
reports the outcome of the other, or, within two sentences, when one of them has no
argument at all (an anaphoric «المعركة»).
A weak mention (المحتجون، قتلى) also joins an event of a nearby sentence it does not
contradict. An event left with neither actor nor place is dropped: it cannot be placed;
so is a weak mention left alone that is not told as having happened («ضد المتظاهرين»),
or that names only victims, with neither doer nor place («أصيب عدد منهم»).
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from typing import TypeVar

from rasd.document import Event, Span
from rasd.extract.events.modality import HAPPENED
from rasd.text import normalize_key

ANAPHORA_REACH = 2  # sentences within which an argument-less mention joins an event
TOLD = HAPPENED | {"denied"}  # modalities of one event as told by each side
T = TypeVar("T")


@dataclasses.dataclass
class Draft:
    """An event under construction, with what merging needs to know."""

    event: Event
    sentence: int
    weak: bool


def _key(span: Span | None) -> str:
    return _text_key(span.text) if span is not None else ""


@lru_cache(maxsize=16384)
def _text_key(text: str) -> str:
    return normalize_key(text).strip("«»()\"")


def _contains(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a in b or b in a)


def _shares_argument(a: Event, b: Event) -> bool:
    """Same actor in the same role, or the same place."""
    return (_contains(_key(a.actor1), _key(b.actor1)) or _contains(_key(a.actor2), _key(b.actor2))
            or _contains(_key(a.place), _key(b.place)))


def _same_toll(a: Event, b: Event) -> bool:
    """The same death toll on the same (or an untold) day tells the same attack again
    («قتل 27 مدنيا» … «ما أدى إلى مقتل 27 مواطنا»)."""
    return bool(a.fatalities) and a.fatalities == b.fatalities and (
        a.date is None or b.date is None or a.date == b.date)


def _bare(event: Event) -> bool:
    return event.actor1 is None and event.actor2 is None and event.place is None


def _near(a: Draft, b: Draft) -> bool:
    """Two mentions in nearby sentences: «المحتجون» a sentence after «تظاهر آلاف»."""
    return min(a.sentence, b.sentence) >= 0 and abs(a.sentence - b.sentence) <= ANAPHORA_REACH


def _anaphoric(a: Draft, b: Draft) -> bool:
    """One of two nearby mentions has no argument: «المعركة»، «الهجوم» refer back."""
    return _near(a, b) and (_bare(a.event) or _bare(b.event))


def _same_scene(a: Event, b: Event) -> bool:
    """Nothing sets two mentions of one sentence apart: no two different places or recipients."""
    return all(not x or not y or _contains(x, y) for x, y in (
        (_key(a.place), _key(b.place)), (_key(a.actor2), _key(b.actor2))))


def _compatible(a: Event, b: Event) -> bool:
    if a.type != b.type:
        return False
    if a.modality != b.modality and not ({a.modality, b.modality} <= TOLD
                                         and (a.type != "ASSAULT" or a.mode == b.mode)):
        return False  # one event may be told, claimed and denied (the same way); a plan may not
    if a.date and b.date and a.date_source == b.date_source == "sentence" and a.date != b.date:
        return False
    # two linked actors that differ are two parties; a generic description («المسلحون»)
    # may name the same party as a linked one
    return not (a.actor1_id and b.actor1_id and a.actor1_id != b.actor1_id)


def _pick(mine: T, theirs: T) -> T:
    return mine if mine not in (None, ()) else theirs


def _combine(a: Event, b: Event) -> Event:
    """``a`` completed with what ``b`` adds (built field by field: this runs for every merge,
    and ``dataclasses.replace`` costs twice as much)."""
    actor1, actor2 = _pick(a.actor1, b.actor1), _pick(a.actor2, b.actor2)
    actor2_id = _pick(a.actor2_id, b.actor2_id)
    place, place_id, direction = a.place, a.place_id, a.direction
    if b.place is not None and (a.place is None or (
            b.direction and not a.direction and _contains(_key(a.place), _key(b.place)))):
        # «جنوب إدلب» refines «إدلب»; «غرب السودان» does not replace «الفاشر»
        place, place_id, direction = b.place, b.place_id, b.direction
    if _contains(_key(actor1), _key(actor2)):
        actor2 = actor2_id = None
    date, precision, source = a.date, a.date_precision, a.date_source
    if a.date is None or (b.date_source == "sentence" and a.date_source != "sentence"):
        date, precision, source = b.date, b.date_precision, b.date_source
    return Event(
        type=a.type, trigger=a.trigger, evidence=tuple(sorted(set(a.evidence) | set(b.evidence))),
        mode=_pick(a.mode, b.mode), context=tuple(dict.fromkeys(a.context + b.context)),
        actor1=actor1, actor1_id=_pick(a.actor1_id, b.actor1_id),
        actor2=actor2, actor2_id=actor2_id,
        place=place, place_id=place_id, direction=direction,
        date=date, date_precision=precision, date_source=source,
        fatalities=max((f for f in (a.fatalities, b.fatalities) if f is not None), default=None),
        wounded=max((w for w in (a.wounded, b.wounded) if w is not None), default=None),
        quantities=tuple(sorted(set(a.quantities) | set(b.quantities))),
        reported_by=_pick(a.reported_by, b.reported_by), modality=a.modality)


def _victims_only(event: Event) -> bool:
    """A casualty mention with neither doer nor place («أصيب عدد منهم بجروح»)."""
    return event.actor1 is None and event.place is None


def _without_actors(event: Event) -> Event:
    return dataclasses.replace(event, actor1=None, actor1_id=None, actor2=None, actor2_id=None)


def merge(drafts: list[Draft]) -> list[Event]:
    """The drafts of one document merged into distinct events, in text order."""
    kept: list[Draft] = []
    of_type: dict[str, list[Draft]] = {}  # the kept drafts by type: only those can merge
    for draft in sorted(drafts, key=lambda d: d.weak):
        # a casualty word (قتل ثلاثة جنود) names victims, not the parties of the event;
        # a participant word (المتظاهرون) names them and is kept
        victims = _without_actors(draft.event) if draft.weak and draft.event.type == "ASSAULT" \
            else draft.event
        for other in of_type.get(draft.event.type, ()):
            same_sentence = other.sentence == draft.sentence
            outcome = same_sentence and draft.weak and not other.weak
            event = victims if outcome else draft.event
            if not _compatible(other.event, event):
                continue
            nearby = draft.weak and _near(other, draft) and _same_scene(other.event, event)
            if outcome or (same_sentence and (other.weak or _same_scene(other.event, event))) or \
                    _shares_argument(other.event, event) or _anaphoric(other, draft) or nearby \
                    or _same_toll(other.event, event):
                other.event = _combine(other.event, event)
                other.weak = other.weak and draft.weak
                break
        else:
            kept.append(Draft(draft.event, draft.sentence, draft.weak))
            of_type.setdefault(draft.event.type, []).append(kept[-1])
    return sorted((d.event for d in kept if not _bare(d.event) and not (d.weak and (
                   d.event.modality not in HAPPENED or _victims_only(d.event)))),
                  key=lambda e: e.trigger.start)
