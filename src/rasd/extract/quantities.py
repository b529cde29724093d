"""Quantities layer (issue 4): placeholder stage until the extractor lands."""

from rasd.document import Document
from rasd.stage import Stage


def _run(doc: Document) -> None:
    doc.add_layer("quantities", [])


STAGE = Stage("quantities", requires=("tokens", "sentences"), assigns=("quantities",), run=_run)
