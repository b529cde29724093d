"""Extractors: one module per layer, each exposing a pipeline ``STAGE``."""
