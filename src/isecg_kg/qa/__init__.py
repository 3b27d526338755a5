"""Questions in plain words answered from the knowledge graph (structured question shapes turned
into SPARQL) or from the passages (the sentence that best answers), always with evidence.

Public API: ``answer(question, *, engine, graph, entities) -> dict`` (the /api/ask response) and
``Answerer`` (keeps the entity linker and sentence vectors between questions).
"""

from __future__ import annotations


def __getattr__(name):  # lazy: importing the package (CLI, app start) must not load numpy/torch
    if name in ("answer", "Answerer"):
        from . import answerer

        return getattr(answerer, name)
    raise AttributeError(name)


__all__ = ["answer", "Answerer"]
