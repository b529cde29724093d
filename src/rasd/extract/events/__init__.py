"""The events layer: see :mod:`rasd.extract.events.stage`."""

from rasd.extract.events.modes import gold_mode
from rasd.extract.events.stage import STAGE, extract_events

__all__ = ["STAGE", "extract_events", "gold_mode"]
