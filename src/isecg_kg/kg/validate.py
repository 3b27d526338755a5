"""SHACL validation of a built graph against ``ontology/shapes.ttl`` (pyshacl)."""

from __future__ import annotations

import pyoxigraph as ox

from ..settings import ONTOLOGY_DIR
from .reference import SHAPES_FILE


def validate(graph) -> tuple[bool, str]:
    """(conforms, report text) for the union of a GraphStore's graphs.  The ontology graph is part of
    the data, so subclasses count (an isecg:SpaceAgency is an org:FormalOrganization)."""
    import pyshacl
    import rdflib

    triples = graph.triples()
    data = rdflib.Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode(), format="nt")
    shapes = rdflib.Graph().parse(ONTOLOGY_DIR / SHAPES_FILE, format="turtle")
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, inference="rdfs", allow_warnings=True)
    return bool(conforms), text
