"""SPARQL 1.1 endpoint at /sparql over the knowledge graph (see README, "SPARQL endpoint").

Public surface: ``bp`` (the Flask blueprint), ``Endpoint`` (a pool of query processes over one
dataset, with the safety rules), ``conneg.choose`` (content negotiation, reused by other pages).
"""

from .endpoint import Endpoint
from .views import bp

__all__ = ["Endpoint", "bp"]
