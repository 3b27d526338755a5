"""The SPARQL 1.1 Service Description of the endpoint (https://www.w3.org/TR/sparql11-service-description/).

Prefixes are declared with SHACL's ``sh:declare`` (``sh:prefix`` / ``sh:namespace``), the W3C
vocabulary for prefix declarations; graph sizes use VoID's ``void:triples``.
"""

from __future__ import annotations

from pyoxigraph import BlankNode, Literal, NamedNode, Triple

from ..kg.vocab import VOID
from ..settings import Settings
from .formats import GRAPHS, RESULTS

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
SH = "http://www.w3.org/ns/shacl#"
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_COMMENT = NamedNode("http://www.w3.org/2000/01/rdf-schema#comment")
DCTERMS_TITLE = NamedNode("http://purl.org/dc/terms/title")
XSD = "http://www.w3.org/2001/XMLSchema#"
# W3C format IRIs of the serializations offered (formats.Format name -> http://www.w3.org/ns/formats/...).
FORMAT_IRIS = {"json": "SPARQL_Results_JSON", "xml": "SPARQL_Results_XML", "csv": "SPARQL_Results_CSV",
               "tsv": "SPARQL_Results_TSV", "turtle": "Turtle", "ntriples": "N-Triples", "rdfxml": "RDF_XML",
               "jsonld": "JSON-LD", "nquads": "N-Quads", "trig": "TriG"}
SD_PREFIXES = {"sd": SD, "formats": FORMATS, "void": VOID, "sh": SH, "dcterms": "http://purl.org/dc/terms/",
               "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "xsd": XSD}


def description(endpoint_iri: str, graphs: list[tuple[str | None, int]], prefixes: dict[str, str],
                settings: Settings) -> list[Triple]:
    """The triples describing the service at ``endpoint_iri``; ``graphs`` as Endpoint.graphs() gives them."""
    def sd(name):
        return NamedNode(SD + name)

    service = NamedNode(endpoint_iri)
    triples = [
        Triple(service, RDF_TYPE, sd("Service")),
        Triple(service, sd("endpoint"), service),
        Triple(service, DCTERMS_TITLE, Literal("isecg-kg SPARQL endpoint", language="en")),
        Triple(service, RDFS_COMMENT, Literal(
            f"Knowledge graph of ISECG publications. Read-only unless an update token and an update store are "
            f"configured; "
            f"queries are stopped after {settings.sparql_timeout:g} s and return at most "
            f"{settings.sparql_max_rows} rows (the X-SPARQL-Truncated header flags a cut); SERVICE and LOAD "
            f"are refused; FROM / FROM NAMED and graph parameters name graphs of this dataset only.",
            language="en")),
        Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        Triple(service, sd("feature"), sd("EmptyGraphs")),
    ]
    if settings.update_token and settings.store_update_url:
        triples.append(Triple(service, sd("supportedLanguage"), sd("SPARQL11Update")))
    for fmt in RESULTS + GRAPHS:
        triples.append(Triple(service, sd("resultFormat"), NamedNode(FORMATS + FORMAT_IRIS[fmt.name])))

    dataset = BlankNode()
    triples += [Triple(service, sd("defaultDataset"), dataset), Triple(dataset, RDF_TYPE, sd("Dataset"))]
    total = next((count for name, count in graphs if name is None), 0)  # the default graph: their merge
    default = BlankNode()
    triples += [
        Triple(dataset, sd("defaultGraph"), default),
        Triple(default, RDF_TYPE, sd("Graph")),
        Triple(default, NamedNode(VOID + "triples"), _integer(total)),
        Triple(default, RDFS_COMMENT, Literal("The union of every graph of the dataset.", language="en")),
    ]
    for name, count in graphs:
        if name is None:
            continue
        named, graph = BlankNode(), BlankNode()
        triples += [
            Triple(dataset, sd("namedGraph"), named),
            Triple(named, RDF_TYPE, sd("NamedGraph")),
            Triple(named, sd("name"), NamedNode(name)),
            Triple(named, sd("graph"), graph),
            Triple(graph, RDF_TYPE, sd("Graph")),
            Triple(graph, NamedNode(VOID + "triples"), _integer(count)),
        ]
    for prefix, namespace in sorted(prefixes.items()):
        declaration = BlankNode()
        triples += [
            Triple(service, NamedNode(SH + "declare"), declaration),
            Triple(declaration, NamedNode(SH + "prefix"), Literal(prefix)),
            Triple(declaration, NamedNode(SH + "namespace"), Literal(namespace, datatype=NamedNode(XSD + "anyURI"))),
        ]
    return triples


def _integer(value: int) -> Literal:
    return Literal(str(value), datatype=NamedNode(XSD + "integer"))
