"""SPARQL 1.1 endpoint at /sparql over the knowledge graph (see README, "SPARQL endpoint").

Public surface: ``Endpoint`` (a pool of query processes over one dataset, with the safety rules),
``conneg.choose`` (content negotiation), ``formats``, ``service.description``.  The HTTP side
(the /sparql blueprint) belongs to the server's assembly, which imports this package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .endpoint import Endpoint

__all__ = ["Endpoint"]


def __getattr__(name: str):
    # Imported on first use, so that a query process (sparql.worker) loads none of the server's side.
    if name == "Endpoint":
        from .endpoint import Endpoint

        return Endpoint
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
