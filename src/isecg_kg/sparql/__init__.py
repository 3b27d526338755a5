"""SPARQL 1.1 endpoint at /sparql over the knowledge graph (see README, "SPARQL endpoint").

Public surface: ``Endpoint`` (a pool of query processes over one dataset, with the safety rules),
``conneg.choose`` (content negotiation), ``formats``, ``service.description``.  The HTTP side
(the /sparql blueprint) lives in ``isecg_kg.web.sparql_api``.
"""

from .endpoint import Endpoint

__all__ = ["Endpoint"]
