"""The statistical name tagger used by the entities layer: see :mod:`rasd.extract.ner.model`."""
