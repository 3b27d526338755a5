"""SPARQL 1.1 endpoint at /sparql over the knowledge graph (see README, "SPARQL endpoint").

Public surface: ``Endpoint`` (a pool of query processes over one dataset, with the safety rules),
``conneg.choose`` (content negotiation), ``formats``, ``service.description``.  The HTTP side
(the /sparql blueprint) belongs to the server's assembly, which imports this package.
"""

from .endpoint import Endpoint

__all__ = ["Endpoint"]
