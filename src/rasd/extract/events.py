"""Events layer (issue 7): placeholder stage until the extractor lands."""

from rasd.document import Document
from rasd.stage import Stage


def _run(doc: Document) -> None:
    doc.add_layer("events", [])


STAGE = Stage("events",
              requires=("tokens", "sentences", "dates", "quantities", "entities", "statements"),
              assigns=("events",), run=_run)
