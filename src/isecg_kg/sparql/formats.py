"""The serializations the endpoint offers, per query form, in order of preference.

Each format has a short name (the ``format=`` parameter and what worker processes are told),
the media types that select it (the first is its canonical one) and the pyoxigraph format.
"""

from __future__ import annotations

from dataclasses import dataclass

from pyoxigraph import QueryResultsFormat, RdfFormat


@dataclass(frozen=True)
class Format:
    name: str
    media_types: tuple[str, ...]
    oxigraph: QueryResultsFormat | RdfFormat
    comment: str | None = None  # how a line comment starts, to flag truncation in the body

    @property
    def media_type(self) -> str:
        return self.media_types[0]


RESULTS = [  # SELECT and ASK
    Format("json", ("application/sparql-results+json", "application/json"), QueryResultsFormat.JSON),
    Format("xml", ("application/sparql-results+xml", "application/xml", "text/xml"), QueryResultsFormat.XML),
    Format("csv", ("text/csv",), QueryResultsFormat.CSV),
    Format("tsv", ("text/tab-separated-values",), QueryResultsFormat.TSV),
]
GRAPHS = [  # CONSTRUCT and DESCRIBE
    Format("turtle", ("text/turtle", "application/x-turtle"), RdfFormat.TURTLE, "#"),
    Format("ntriples", ("application/n-triples", "text/plain"), RdfFormat.N_TRIPLES, "#"),
    Format("rdfxml", ("application/rdf+xml",), RdfFormat.RDF_XML),
    Format("jsonld", ("application/ld+json",), RdfFormat.JSON_LD),
    Format("nquads", ("application/n-quads",), RdfFormat.N_QUADS, "#"),
    Format("trig", ("application/trig",), RdfFormat.TRIG, "#"),
]
# CSV and TSV have no boolean form in the SPARQL 1.1 results formats.
BOOLEAN = [f for f in RESULTS if f.name in ("json", "xml")]

FORMS = {"select": RESULTS, "ask": BOOLEAN, "construct": GRAPHS, "describe": GRAPHS}
BY_NAME = {f.name: f for f in RESULTS + GRAPHS}
# `format=` also takes a media type, a file extension or a client's name for a format (SPARQLWrapper
# sends n3, rdf+xml, and xml or json for RDF results).
ALIASES = {"ttl": "turtle", "n3": "turtle", "nt": "ntriples", "rdf": "rdfxml", "owl": "rdfxml", "rdf+xml": "rdfxml",
           "nq": "nquads", "json-ld": "jsonld"}
GRAPH_ALIASES = {"xml": "rdfxml", "json": "jsonld"}


def offers(formats: list[Format]) -> list[str]:
    """Every media type of ``formats``, in order of preference (for conneg.choose)."""
    return [m for f in formats for m in f.media_types]


def by_media_type(formats: list[Format], media_type: str) -> Format:
    return next(f for f in formats if media_type in f.media_types)


def by_parameter(formats: list[Format], value: str) -> tuple[Format, str] | None:
    """The format a ``format=`` value names among ``formats`` (and the media type to answer with).
    Values are matched exactly, as ``parameter_values`` lists them; a list of media types separated by
    commas (as SPARQLWrapper sends them) names the first of them that is offered."""
    for media_type in value.split(","):
        for f in formats:
            if media_type in f.media_types:
                return f, media_type
    name = ALIASES.get(value, value)
    if formats is GRAPHS:
        name = GRAPH_ALIASES.get(name, name)
    f = BY_NAME.get(name)
    return (f, f.media_type) if f in formats else None


def parameter_values(formats: list[Format]) -> list[str]:
    """Every ``format=`` value ``by_parameter`` takes for ``formats``: names, aliases, media types
    (the enum of the parameter in /openapi.json)."""
    aliases = {**ALIASES, **GRAPH_ALIASES} if formats is GRAPHS else ALIASES
    values = []
    for f in formats:
        values += [f.name, *(alias for alias, name in aliases.items() if name == f.name), *f.media_types]
    return list(dict.fromkeys(values))


# Every format= value of any query form (a format of another form falls back to Accept).
KNOWN = parameter_values(RESULTS + GRAPHS)
