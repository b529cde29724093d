"""Statements layer (issue 6): placeholder stage until the extractor lands."""

from rasd.document import Document
from rasd.stage import Stage


def _run(doc: Document) -> None:
    doc.add_layer("statements", [])


STAGE = Stage("statements", requires=("tokens", "sentences", "entities"),
              assigns=("statements",), run=_run)
