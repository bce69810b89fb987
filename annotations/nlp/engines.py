"""The extraction engines presslens knows: defined once, read by everyone who lists or builds one.

Each :class:`EngineSpec` says what an engine is called (``name``, as given to
``--engine``), a short human ``label``, a one-line ``description`` (the CLI's
help and the unknown-engine message are made from it) and its ``factory``, an
import path resolved only when the engine is built, so listing engines imports
neither the rules nor spaCy.  A new engine is one entry in :data:`REGISTRY`.
"""

from __future__ import annotations

import importlib
from typing import Any, NamedTuple

__all__ = ["REGISTRY", "EngineSpec", "engine_spec", "describe_engines"]


class EngineSpec(NamedTuple):  # a NamedTuple: cheaper to define than a dataclass at start-up
    name: str
    label: str
    description: str
    factory: str  #: "module:callable" returning an Engine (may raise EngineUnavailable)

    def create(self) -> Any:
        module, _, attr = self.factory.partition(":")
        return getattr(importlib.import_module(module), attr)()


#: Every engine, by name; the first is the default.
REGISTRY: dict[str, EngineSpec] = {
    spec.name: spec
    for spec in (
        EngineSpec(
            "builtin",
            "rules and gazetteers",
            "pure Python, no download",
            "annotations.nlp.extract:BuiltinEngine",
        ),
        EngineSpec(
            "spacy",
            "spaCy",
            "en_core_web_sm, needs pip install 'presslens[spacy]'",
            "annotations.nlp.extract:SpacyEngine",
        ),
    )
}


def describe_engines() -> str:
    """``name (label: description)`` of every engine, for help texts and error messages."""
    return "; ".join(f"{spec.name} ({spec.label}: {spec.description})" for spec in REGISTRY.values())


def engine_spec(name: str) -> EngineSpec:
    """The engine called ``name``; :class:`ValueError` listing the registry for an unknown name."""
    try:
        return REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown engine {name!r}; choose one of: {describe_engines()}") from None
