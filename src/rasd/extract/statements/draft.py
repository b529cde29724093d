"""A statement draft: found content, before its speaker is resolved."""

from __future__ import annotations

import dataclasses

from rasd.extract.statements.cues import Cue
from rasd.extract.statements.speakers import Phrase

#: Punctuation that never ends a content (trimmed from its end).
END_MARKS = frozenset("،,؛;:.!?؟…-–—")


@dataclasses.dataclass(slots=True)
class Draft:
    """A statement before its speaker is resolved."""

    cue: Cue
    speaker: Phrase | None  # None: taken from the previous statement
    content_start: int  # word index
    content_end: int = -1
    direct: bool = False
    np_content: bool = False  # «عن …» or a bare object: ends at a comma
    skip: int = 0  # letters of the first content word left out (the ب of «بمقتل»)
    channel: Phrase | None = None
    via: Draft | None = None
