"""Namespaces and the entity kinds the graph uses (one place, so every module agrees)."""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode

from ..iris import VOCAB

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
ORG = "http://www.w3.org/ns/org#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "http://schema.org/"
TIME = "http://www.w3.org/2006/time#"
VOID = "http://rdfs.org/ns/void#"  # the build's graph statistics (kg/void.py); not a prefix of the prologue

PREFIXES = {"isecg": VOCAB, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL, "org": ORG, "skos": SKOS,
            "dcterms": DCTERMS, "prov": PROV, "schema": SCHEMA, "time": TIME}


def prologue(names=None, *, extra: dict | None = None) -> str:
    """The PREFIX declarations of a SPARQL query: the project's prefixes (those ``names``, or all),
    plus ``extra``.  The one place a query's header is written."""
    chosen = {n: PREFIXES[n] for n in names} if names is not None else dict(PREFIXES)
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in {**chosen, **(extra or {})}.items())


def term(curie: str) -> NamedNode:
    prefix, local = curie.split(":", 1)
    return NamedNode(PREFIXES[prefix] + local)


def text(value: str, lang: str | None = None) -> Literal:
    return Literal(value, language=lang) if lang else Literal(value)


def typed(value, datatype: str) -> Literal:
    return Literal(str(value), datatype=term(datatype))


# Entity types, most specific first: (class, short type name used in entities.json, IRI kind).
TYPES = [
    ("isecg:WorkingGroup", "WorkingGroup", "group"),
    ("isecg:Team", "Team", "group"),
    ("isecg:SpaceAgency", "Organization", "org"),
    ("org:FormalOrganization", "Organization", "org"),
    ("isecg:Destination", "Destination", "destination"),
    ("schema:Country", "Country", "place"),
    ("schema:City", "Place", "place"),
    ("schema:Place", "Place", "place"),
    ("schema:Event", "Event", "event"),
    ("schema:PresentationDigitalDocument", "Presentation", "work"),
    ("schema:CreativeWork", "Document", "work"),
    ("schema:DigitalDocument", "Document", "doc"),  # a corpus document
    ("skos:Concept", "Technology", "tech"),
    ("isecg:MissionPhase", "MissionPhase", "phase"),
    ("isecg:Activity", "Activity", "activity"),
    ("schema:Person", "Person", "person"),
    ("skos:ConceptScheme", "ConceptScheme", "scheme"),
]
KINDS: dict[str, str] = {}  # type name -> IRI kind of the entities extraction mints
CLASS_OF: dict[str, str] = {}  # type name -> the class extraction gives them
for _class, _name, _kind in TYPES:
    KINDS.setdefault(_name, _kind)
    CLASS_OF.setdefault(_name, term(_class).value)
ORGANIZATION_TYPES = {"Organization", "WorkingGroup", "Team"}


def type_name(types) -> str:
    """The short type name of the most specific of ``types`` (class IRIs)."""
    for cls, name, _ in TYPES:
        if term(cls).value in types:
            return name
    return "Thing"
