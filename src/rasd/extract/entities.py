"""Entities layer (issue 5): placeholder stage until the extractor lands."""

from rasd.document import Document
from rasd.stage import Stage


def _run(doc: Document) -> None:
    doc.add_layer("entities", [])


STAGE = Stage("entities", requires=("tokens", "sentences"), assigns=("entities",), run=_run)
