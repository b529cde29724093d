"""Verbal events read from statements: accusations and threats by the speaker.

A statement whose stance is ``accuse`` is an ACCUSE event by its speaker against the
first named party of its content; a ``warn`` statement is THREATEN when the content is
conditional or in the future (the speaker threatens to act: «إذا … فإن … سيردون»),
else ACCUSE (the speaker warns of another party's doings). Neither is made when the
content itself reports a material event (an attack, an arrest …): that event is the
record, the statement its source (for a warning, only an asserted one: what a warning
alleges is its subject). Both need a named party in the content: a person, or an
organization linked to a known actor when the entities layer links any («القسم الكيماوي»
is no party); a threat may instead name only the place it is about («أي هجوم على مواقعنا
في الفاشر سيقابل برد حاسم»).
"""

from __future__ import annotations

from rasd.document import Document, Entity, Event, Statement
from rasd.extract.events.arguments import names_a_party
from rasd.extract.events.facts import event_date
from rasd.extract.events.index import DocumentIndex
from rasd.text import normalize

VERBAL_STANCES = frozenset({"accuse", "warn"})
MATERIAL = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "SANCTION", "RETREAT",
                      "CONCEDE", "AID"})
THREAT_MARKS = ("اذا", "لو ", "في حال", "سوف", " سي", " ست", " سن")


def _target(doc: Document, statement: Statement) -> Entity | None:
    content = statement.content
    speaker = normalize(statement.speaker.text) if statement.speaker else ""
    linked = any(e.actor_id for e in doc.entities)
    for ent in doc.entities:
        if content.start <= ent.span.start < content.end and (
                ent.type == "PER" or (ent.type == "ORG" and (ent.actor_id or not linked))):
            name = normalize(ent.span.text)
            if not speaker or (name not in speaker and speaker not in name):
                return ent
    return None


def _place(doc: Document, statement: Statement) -> Entity | None:
    """The first place named in a statement's content («أي هجوم على مواقعنا في الفاشر …»)."""
    content = statement.content
    return next((e for e in doc.entities if e.type == "LOC"
                 and content.start <= e.span.start < content.end), None)


def statement_events(index: DocumentIndex, material: list[Event]) -> list[Event]:
    """ACCUSE / THREATEN events made by the accusing and warning statements of a document."""
    doc = index.doc
    out: list[Event] = []
    for st in doc.statements:
        if st.stance not in VERBAL_STANCES or st.speaker is None or \
                not names_a_party(doc, st.speaker):
            continue
        content = st.content
        reported = ("asserted",) if st.stance == "warn" else ("asserted", "alleged")
        if any(e.type in MATERIAL and e.modality in reported
               and content.start <= e.trigger.start < content.end for e in material):
            continue
        target = _target(doc, st)
        text = " " + normalize(content.text)
        threat = st.stance == "warn" and any(mark in text for mark in THREAT_MARKS)
        where = _place(doc, st) if threat else None
        if target is None and where is None:
            continue
        sentence = doc.sentence_of(st.cue) or st.cue
        contents = [other.content for other in doc.statements]
        value, precision, source = event_date(index.dates, sentence, st.cue.start, contents)
        out.append(Event(
            type="THREATEN" if threat else "ACCUSE", trigger=st.cue,
            evidence=(sentence,), mode=None if threat else "allege",
            actor1=st.speaker, actor1_id=st.speaker_id,
            actor2=target.span if target else None,
            actor2_id=(target.actor_id or target.place_id) if target else None,
            place=where.span if where else None, place_id=where.place_id if where else None,
            date=value, date_precision=precision, date_source=source,
            reported_by=st.via,
            modality="asserted"))
    return out
