"""The entities layer, with its actor and place records: see :mod:`rasd.extract.entities.stage`."""

from rasd.extract.entities.stage import STAGE

__all__ = ["STAGE"]
