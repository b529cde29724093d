"""rasd (رصد): Arabic news to a verifiable record of who said what and who did what.

Public API::

    import rasd
    doc = rasd.analyze(text, published=date(2019, 5, 23))
    doc.entities, doc.dates, doc.statements, doc.events
    doc.to_dict()
"""

from rasd.document import Document, Meta, Span
from rasd.pipeline import Pipeline, analyze, load_pipeline

__all__ = ["Document", "Meta", "Pipeline", "Span", "analyze", "load_pipeline"]
__version__ = "0.1.0"
