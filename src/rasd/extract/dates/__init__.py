"""The dates layer (and the document date): see :mod:`rasd.extract.dates.stage`."""

from rasd.extract.dates.stage import STAGE

__all__ = ["STAGE"]
