"""The statements layer: see :mod:`rasd.extract.statements.stage`."""

from rasd.extract.statements.stage import STAGE, extract

__all__ = ["STAGE", "extract"]
