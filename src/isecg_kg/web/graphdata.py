"""What the pages read from the knowledge graph: descriptions of resources with their provenance,
neighbourhoods for the graph picture, and the lists of the browse pages.

Everything is a SPARQL query over the union of the graphs (a ``kg.GraphStore``).  Provenance
follows the ontology: an ``isecg:ExtractedStatement`` names a fact with rdf:subject,
rdf:predicate and rdf:object, and the passage with prov:wasDerivedFrom (plus the page and the
sentence).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from pyoxigraph import BlankNode, Literal, NamedNode, Triple, Variable

from .. import iris
from ..kg.vocab import DCTERMS, PREFIXES, PROV, RDF, RDFS, SCHEMA, SKOS, prologue

_SPARQL_PREFIXES = prologue()

# Properties whose values name a resource (first found wins).
LABELS = (RDFS + "label", SKOS + "prefLabel", DCTERMS + "title", SCHEMA + "name")
ACRONYM = iris.VOCAB + "acronym"
ALIAS = SKOS + "altLabel"
TYPE = RDF + "type"
MENTIONS = iris.VOCAB + "mentions"
# Links shown elsewhere on a page than among the facts: provenance records point at everything
# they describe, passages at what they mention.
NOT_FACTS = {RDF + "subject", RDF + "object", MENTIONS, PROV + "wasDerivedFrom"}
# Values shown per property before "and N more".
MAX_VALUES = 25
MAX_NEIGHBOURS = 40


@dataclass
class Term:
    kind: str  # "iri", "bnode" or "literal"
    value: str
    label: str
    lang: str | None = None

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.value}"


@dataclass
class Value:
    term: Term
    sources: list[dict] = field(default_factory=list)  # {passage, page, sentence}
    detail: list[tuple[Term, Term]] = field(default_factory=list)  # a qualified node's own properties


@dataclass
class Group:
    property: Term
    values: list[Value]
    more: int = 0


@dataclass
class Description:
    iri: str
    label: str
    types: list[Term]
    acronyms: list[str]
    aliases: list[str]
    outgoing: list[Group]
    incoming: list[Group]

    @property
    def exists(self) -> bool:
        return bool(self.types or self.outgoing or self.incoming)


class GraphData:
    """Read-side queries for the pages over a pyoxigraph store."""

    def __init__(self, store):
        self.store = store
        self._labels: dict[str, str] = {}

    def select(self, query: str, **bindings) -> list[dict]:
        """Rows of a SELECT as dicts of pyoxigraph terms (unbound variables absent)."""
        solutions = self.store.query(_SPARQL_PREFIXES + query,
                                     substitutions={Variable(k): v for k, v in bindings.items()})
        names = [v.value for v in solutions.variables]
        # The union of the graphs repeats a triple stated in several graphs: keep each row once.
        rows = {tuple((n, s[n]) for n in names if s[n] is not None): None for s in solutions}
        return [dict(row) for row in rows]

    # ------------------------------------------------------------------ terms and labels

    def label(self, iri: str) -> str:
        """The label, else for a vocabulary term its name in words ("memberOf" -> "member of")."""
        found = self._label_of(NamedNode(iri))
        if found:
            return found
        name = _local_name(iri)
        return _words(name.split(":", 1)[1]) if ":" in name and not iri.endswith(name) else name

    def _label_of(self, node) -> str | None:
        """The node's label by the first of LABELS it has (English or no language preferred), else None."""
        key = _key(node)
        if key not in self._labels:
            rows = self.select(
                "SELECT ?l ?p ?x WHERE { VALUES ?p { %s } ?x ?p ?l } " % " ".join(f"<{p}>" for p in LABELS), x=node)
            found = next((p for p in LABELS if any(r["p"].value == p for r in rows)), None)
            self._labels[key] = _best_literal([r["l"] for r in rows if r["p"].value == found]) if found else None
        return self._labels[key]

    def term(self, node) -> Term:
        if isinstance(node, NamedNode):
            return Term("iri", node.value, self.label(node.value))
        if isinstance(node, BlankNode):
            return Term("bnode", node.value, self._label_of(node) or "(unnamed)")
        return Term("literal", node.value, node.value, getattr(node, "language", None))

    def has_label(self, node) -> bool:
        return not isinstance(node, Literal) and self._label_of(node) is not None

    # ------------------------------------------------------------------ descriptions

    def describe(self, iri: str) -> Description:
        node = NamedNode(iri)
        out_rows = self.select("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", s=node)
        in_rows = [r for r in self.select("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", o=node) if r["p"].value not in NOT_FACTS]
        types = [self.term(r["o"]) for r in out_rows if r["p"].value == TYPE]
        acronyms = sorted({r["o"].value for r in out_rows if r["p"].value == ACRONYM})
        aliases = sorted({r["o"].value for r in out_rows if r["p"].value == ALIAS} - set(acronyms))
        # Unnamed nodes (memberships, intervals) are shown with their own properties inline.
        nested = {r[k] for r, k in [(r, "o") for r in out_rows] + [(r, "s") for r in in_rows]
                  if not isinstance(r[k], Literal) and not self.has_label(r[k]) and r["p"].value != TYPE}
        sources = self.sources(node, nested)
        shown = {TYPE, ACRONYM, ALIAS, *LABELS}
        outgoing = self._group([(r["p"], r["o"], (node, r["p"], r["o"])) for r in out_rows if r["p"].value not in shown],
                               sources, nested, back=node)
        incoming = self._group([(r["p"], r["s"], (r["s"], r["p"], node)) for r in in_rows], sources, nested, back=node)
        return Description(iri, self.label(iri), types, acronyms, aliases, outgoing, incoming)

    def sources(self, node: NamedNode, nested: set) -> dict[tuple, list[dict]]:
        """{(s, p, o) as strings: [{passage, page, sentence}]} for the facts about ``node`` and ``nested``."""
        statement = """?st a isecg:ExtractedStatement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                           prov:wasDerivedFrom ?passage .
                       OPTIONAL { ?st isecg:page ?page } OPTIONAL { ?st isecg:sentence ?sentence }"""
        rows = self.select(f"SELECT * WHERE {{ {statement} }}", o=node)
        for subject in {node, *nested}:
            rows += self.select(f"SELECT * WHERE {{ {statement} }}", s=subject)
        rows.sort(key=lambda r: r["passage"].value)
        found: dict[tuple, list[dict]] = defaultdict(list)
        for r in rows:
            source = {"passage": r["passage"].value, "page": r["page"].value if "page" in r else None,
                      "sentence": r["sentence"].value if "sentence" in r else None}
            key = (_key(r["s"]), _key(r["p"]), _key(r["o"]))
            if source not in found[key]:
                found[key].append(source)
        return found

    def _group(self, rows, sources, nested, *, back) -> list[Group]:
        groups: dict[str, list[Value]] = defaultdict(list)
        for prop, other, fact in rows:
            value = Value(self.term(other), list(sources.get(tuple(_key(x) for x in fact), [])))
            if other in nested:
                for r in self.select("SELECT ?n ?p ?o WHERE { ?n ?p ?o }", n=other):
                    if r["o"] == back or r["p"].value == TYPE:
                        continue
                    value.detail.append((self.term(r["p"]), self.term(r["o"])))
                    value.sources += [s for s in sources.get((_key(other), _key(r["p"]), _key(r["o"])), [])
                                      if s not in value.sources]
                value.term.label = self._nested_label(other)
            groups[prop.value].append(value)
        out = []
        for prop, values in sorted(groups.items(), key=lambda item: self.label(item[0]).lower()):
            values.sort(key=lambda v: v.term.label.lower())
            out.append(Group(self.term(NamedNode(prop)), values[:MAX_VALUES], max(0, len(values) - MAX_VALUES)))
        return out

    def _nested_label(self, node) -> str:
        types = [self.label(r["t"].value) for r in self.select("SELECT ?n ?t WHERE { ?n a ?t }", n=node)]
        return types[0] if types else "(unnamed)"

    def by_year(self, iri: str) -> list[dict]:
        """The dated facts about ``iri`` (as subject or object, names and types aside), by year: the
        statement's own dcterms:date, else its document's.  [{"year", "facts": [{subject, property, object,
        date, passage, page, sentence, document, title}]}], years ascending."""
        rows = self.select("""
            SELECT ?x ?s ?p ?o ?date ?issued ?passage ?page ?sentence ?doc ?title WHERE {
              { ?st rdf:subject ?x } UNION { ?st rdf:object ?x }
              ?st a isecg:ExtractedStatement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                  prov:wasDerivedFrom ?passage .
              FILTER(?p NOT IN (rdf:type, rdfs:label, skos:prefLabel, skos:altLabel, isecg:acronym, dcterms:title))
              ?passage dcterms:isPartOf ?doc .
              OPTIONAL { ?st dcterms:date ?date } OPTIONAL { ?doc dcterms:issued ?issued }
              OPTIONAL { ?st isecg:page ?page } OPTIONAL { ?st isecg:sentence ?sentence }
              OPTIONAL { ?doc dcterms:title ?title }
            }""", x=NamedNode(iri))
        facts: dict[tuple, dict] = {}
        for r in rows:
            date = r["date"].value if "date" in r else r["issued"].value if "issued" in r else None
            key = (_key(r["s"]), _key(r["p"]), _key(r["o"]), r["passage"].value)
            rank = ("date" in r, len(date or ""))  # the statement's own date, else its document's most precise
            if date is None or key in facts and rank <= facts[key]["rank"]:
                continue
            facts[key] = {"subject": self._named_term(r["s"]), "property": self.term(r["p"]),
                          "object": self._named_term(r["o"]),
                          "date": date, "rank": rank, "passage": r["passage"].value,
                          "page": r["page"].value if "page" in r else None,
                          "sentence": r["sentence"].value if "sentence" in r else None,
                          "document": r["doc"].value, "title": r["title"].value if "title" in r else r["doc"].value}
        years: dict[str, list[dict]] = defaultdict(list)
        for fact in sorted(facts.values(), key=lambda f: (f["date"], f["property"].label, f["object"].label)):
            years[fact["date"][:4]].append(fact)
        return [{"year": year, "facts": years[year]} for year in sorted(years)]

    def _named_term(self, node) -> Term:
        """A term; an unnamed node (a membership, a post) is named by its type."""
        term = self.term(node)
        if isinstance(node, NamedNode) and not self.has_label(node):
            term.label = self._nested_label(node)
        return term

    def rdf_description(self, iri: str) -> list[Triple]:
        """The triples served for ``iri``: its facts both ways, unnamed nodes they lead to, the labels of
        what they name, and the provenance records of its facts."""
        node = NamedNode(iri)
        query = """CONSTRUCT { ?s ?p ?o } WHERE {
          { ?x ?p ?o . BIND(?x AS ?s) }
          UNION { ?s ?p ?x . FILTER(?p NOT IN (rdf:subject, rdf:object)) }
          UNION { { ?x ?q ?s } UNION { ?s ?q ?x } FILTER(isBlank(?s) || ?q = org:member || ?q = org:organization)
                  FILTER(?q != rdf:type) ?s ?p ?o }
          UNION { { ?x ?q ?s } UNION { ?s ?q ?x } FILTER(isIRI(?s)) FILTER(?q NOT IN (rdf:subject, rdf:object))
                  VALUES ?p { rdfs:label skos:prefLabel isecg:acronym } ?s ?p ?o }
          UNION { { ?st rdf:subject ?x } UNION { ?st rdf:object ?x } ?st a isecg:ExtractedStatement . BIND(?st AS ?s) ?s ?p ?o }
        }"""
        triples = set(self.store.query(_SPARQL_PREFIXES + query,
                                       substitutions={Variable("x"): node}))
        # The resource first, then by subject: serializers group consecutive triples of one subject.
        return sorted(triples, key=lambda t: (t.subject != node, str(t.subject), str(t.predicate), str(t.object)))

    def derived_from(self, passage_iri: str) -> list[dict]:
        """The facts extracted from a passage: [{subject, property, object, sentence}] as Terms."""
        rows = self.select("""
            SELECT ?s ?p ?o ?sentence ?passage WHERE {
              ?st prov:wasDerivedFrom ?passage ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
              OPTIONAL { ?st isecg:sentence ?sentence }
            }""", passage=NamedNode(passage_iri))
        facts = [{"subject": self.term(r["s"]), "property": self.term(r["p"]), "object": self.term(r["o"]),
                  "sentence": r["sentence"].value if "sentence" in r else None} for r in rows]
        return sorted(facts, key=lambda f: (f["subject"].label.lower(), f["property"].label, f["object"].label))

    def graph_triples(self, graph_iri: str) -> list[Triple]:
        return [q.triple for q in self.store.quads(graph_iri)]

    # ------------------------------------------------------------------ browse lists

    def listing(self, query: str, *, key: str = "x", many: tuple[str, ...] = ()) -> list[dict]:
        """One dict of Terms per distinct ``?key`` of a SELECT; the ``many`` variables collect lists."""
        out: dict[str, dict] = {}
        for row in self.select(query):
            entry = out.setdefault(row[key].value, {name: [] for name in many})
            for name, node in row.items():
                value = self.term(node)
                if name in many:
                    if value not in entry[name]:
                        entry[name].append(value)
                else:
                    entry.setdefault(name, value)
        return list(out.values())

    def organisations(self) -> list[dict]:
        return self.listing("""SELECT * WHERE {
            ?x a ?type . ?type rdfs:subClassOf* org:FormalOrganization .
            OPTIONAL { ?x isecg:acronym ?acronym } OPTIONAL { ?x isecg:country ?country }
            OPTIONAL { ?x org:memberOf ?memberOf } }""", many=("type", "memberOf"))

    def groups(self) -> list[dict]:
        return self.listing("""SELECT * WHERE {
            ?x a ?type . ?type rdfs:subClassOf* org:OrganizationalUnit . FILTER(?type != org:OrganizationalUnit)
            OPTIONAL { ?x isecg:acronym ?acronym } OPTIONAL { ?x org:unitOf ?unitOf }
            OPTIONAL { ?x isecg:worksOn ?worksOn } }""", many=("worksOn",))

    def technologies(self) -> list[dict]:
        """The concept tree: [{x, worker: [...], children: [...]}] for the concepts without a broader one."""
        concepts = self.listing("""SELECT * WHERE {
            ?x a skos:Concept . OPTIONAL { ?x skos:broader ?broader }
            OPTIONAL { ?worker isecg:worksOn ?x } }""", many=("worker",))
        children: dict[str | None, list[dict]] = defaultdict(list)
        for concept in concepts:
            children[concept["broader"].value if "broader" in concept else None].append(concept)
        for concept in concepts:
            concept["children"] = sorted(children.get(concept["x"].value, []), key=lambda c: c["x"].label.lower())
        return sorted(children[None], key=lambda c: c["x"].label.lower())

    def events(self) -> list[dict]:
        found = self.listing("""SELECT * WHERE {
            ?x a schema:Event . OPTIONAL { ?x schema:startDate ?start } OPTIONAL { ?x schema:endDate ?end }
            OPTIONAL { ?x schema:location ?location } OPTIONAL { ?x schema:organizer ?organizer } }""",
                             many=("location", "organizer"))
        return sorted(found, key=lambda e: (e["start"].value if "start" in e else "9999", e["x"].label))

    def works(self) -> list[dict]:
        """Documents the corpus names (not the corpus documents themselves), by year."""
        found = self.listing("""SELECT * WHERE {
            ?x a schema:CreativeWork . FILTER NOT EXISTS { ?x a schema:DigitalDocument }
            OPTIONAL { ?x dcterms:issued ?issued } }""")
        return sorted(found, key=lambda w: ("issued" not in w, w["issued"].value if "issued" in w else "", w["x"].label))

    # ------------------------------------------------------------------ the graph picture

    def neighbourhood(self, description: Description, *, entities: dict[str, str]) -> dict:
        """Cytoscape elements: the resource, the ``entities`` ({IRI: short name}) its facts link to
        (directly or through an unnamed node such as a membership), and the links."""
        nodes = {description.iri: {"id": description.iri, "label": _short(description), "focus": True}}
        edges = []
        for groups, outgoing in ((description.outgoing, True), (description.incoming, False)):
            for group in groups:
                for value in group.values:
                    targets = [value.term] if not value.detail else [term for _, term in value.detail]
                    for term in targets:
                        if term.value not in entities:
                            continue
                        if term.value not in nodes:
                            if len(nodes) > MAX_NEIGHBOURS:
                                continue
                            nodes[term.value] = {"id": term.value, "label": entities[term.value], "title": term.label}
                        # Through an unnamed node (a membership) the link reads from the resource onwards.
                        ends = (description.iri, term.value) if outgoing or value.detail else (term.value, description.iri)
                        # Through an unnamed node (a membership): the link is named by the node's type.
                        label = value.term.label if value.detail else group.property.label
                        edges.append({"source": ends[0], "target": ends[1], "label": label})
        unique: dict[frozenset, dict] = {}
        for edge in edges:  # one link per pair of nodes: the first found (direct facts come first)
            unique.setdefault(frozenset((edge["source"], edge["target"])), edge)
        return {"nodes": [{"data": n} for n in nodes.values()],
                "edges": [{"data": {**e, "id": f"e{i}"}} for i, e in enumerate(unique.values())]}


def _short(description: Description) -> str:
    return description.acronyms[0] if description.acronyms else description.label


def _key(node) -> str:
    return f"{type(node).__name__}:{node.value}"


def _sparql_term(node) -> str:
    if isinstance(node, NamedNode):
        return f"<{node.value}>"
    if isinstance(node, BlankNode):
        raise ValueError("blank nodes can't be named in a query")
    return str(node)


def _best_literal(literals: list) -> str:
    """An English or language-less label before any other."""
    ranked = sorted(literals, key=lambda l: (getattr(l, "language", None) not in (None, "en"), l.value))
    return ranked[0].value


def _local_name(iri: str) -> str:
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return re.split(r"[/#]", iri.rstrip("/"))[-1] or iri


def compact(iri: str) -> str:
    """``prefix:name`` for IRIs of a known vocabulary, else the IRI."""
    name = _local_name(iri)
    return name if ":" in name and not name.startswith("http") else iri


def type_label(kind: str) -> str:
    """A readable name for an entity type as entities.json gives it (a class IRI, a CURIE or a word)."""
    return _words(kind.rsplit("#", 1)[-1].rsplit("/", 1)[-1].split(":")[-1])


def _words(name: str) -> str:
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).replace("_", " ").lower()
