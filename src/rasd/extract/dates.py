"""Dates layer (issue 4): placeholder stage until the extractor lands."""

from rasd.document import Document
from rasd.stage import Stage


def _run(doc: Document) -> None:
    doc.add_layer("dates", [])


STAGE = Stage("dates", requires=("tokens", "sentences"), assigns=("dates",), run=_run)
