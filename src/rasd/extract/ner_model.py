"""Statistical NER tagger (issue 5): placeholder until the trained model lands.

Contract: ``tag(doc)`` returns ``(start, end, type)`` character spans for
names the model finds, type one of PER, ORG, LOC, MISC.
"""

from rasd.document import Document


def tag(doc: Document) -> list[tuple[int, int, str]]:
    """Model-predicted entity spans of ``doc`` (none until the model ships)."""
    return []
