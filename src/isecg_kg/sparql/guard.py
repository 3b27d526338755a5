"""Which graphs a SPARQL Update writes, so that updates stay out of the graphs ingest owns.

The update is parsed by rdflib's SPARQL 1.1 Update parser (a real grammar, not a text check):
every graph an operation may modify — insert and delete templates, WITH, the default graph,
CLEAR/DROP/CREATE targets, ADD/COPY/MOVE destinations (and MOVE's source) — must be a user
graph.  A template writing ``GRAPH ?g`` could reach any graph, so it is refused too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass



class Denied(Exception):
    """The update may not run; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 403):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Protected:
    prefix: str  # graphs below it are ingest's ...
    except_prefix: str  # ... except those below this one (user graphs)
    published: bool  # ingest has published its graphs on the store (then ALL / NAMED would reach them)

    def covers(self, graph) -> bool:
        if graph is None:  # the default graph: the merge ingest writes
            return True
        return str(graph).startswith(self.prefix) and not str(graph).startswith(self.except_prefix)


def written_graphs(update: str, *, base_iri: str | None = None) -> list:
    """Every graph ``update`` may modify: an IRI, None for the default graph, "ALL" / "NAMED" for
    every (named) graph, or a Variable.  Raises Denied(400) when it does not parse."""
    from rdflib.plugins.sparql.algebra import translateUpdate
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        ops = translateUpdate(parseUpdate(update), base=base_iri).algebra
    except Exception as exc:  # noqa: BLE001 - pyparsing and rdflib raise several kinds
        raise Denied(f"SPARQL Update syntax error: {exc}", 400) from None
    out: list = []
    for op in ops:
        name = op.name
        if name in ("InsertData", "DeleteData", "DeleteWhere"):
            out += _template(op, None)
        elif name == "Modify":
            for clause in (_field(op, "delete"), _field(op, "insert")):
                if clause is not None:
                    out += _template(clause, _field(op, "withClause"))
        elif name in ("Clear", "Drop", "Create"):
            target = _field(op, "graphiri")
            out.append(None if target == "DEFAULT" else target)
        elif name in ("Add", "Copy", "Move"):
            source, target = _field(op, "graph")
            out.append(None if target == "DEFAULT" else target)
            if name == "Move":
                out.append(None if source == "DEFAULT" else source)
        else:  # Load is refused before this; anything else is unknown
            out.append("ALL")
    return out


def _field(op, name):
    """A member of an rdflib algebra node, or None (its ``get`` answers the name when absent)."""
    return op[name] if name in op else None


def _template(clause, with_graph) -> list:
    graphs = list((_field(clause, "quads") or {}).keys())
    if _field(clause, "triples"):
        graphs.append(with_graph)  # None: the default graph
    return graphs


def check(update: str, *, base_iri: str | None, protected: Protected) -> list[str]:
    """The user graphs ``update`` writes (IRIs); Denied (403) when it may write a graph ingest owns."""
    from rdflib.term import Variable

    written = written_graphs(update, base_iri=base_iri)
    for graph in written:
        if isinstance(graph, Variable):
            raise Denied(f"an update writing GRAPH ?{graph} could modify the graphs only ingest writes; name the user "
                          f"graph it writes (an IRI not below {protected.prefix}, or below {protected.except_prefix})",
                          403)
        if graph in ("ALL", "NAMED"):
            if protected.published:
                raise Denied(f"{graph} would include the documents' graphs, which only ingest writes; name the user "
                              "graphs instead", 403)
        elif protected.covers(graph):
            what = "the default graph (the merge of the documents' graphs)" if graph is None else f"<{graph}>"
            raise Denied(f"the update would modify {what}, which only ingest writes (a re-ingest would undo it); "
                          f"write to a user graph: an IRI not below {protected.prefix}, or below "
                          f"{protected.except_prefix}", 403)
    return sorted({str(g) for g in written if g not in (None, "ALL", "NAMED")})


_WHOLE = re.compile(r"\b(CLEAR|DROP)\s+(?:SILENT\s+)?(ALL|NAMED|DEFAULT)\b", re.IGNORECASE)


def name_graphs(update: str, code_text: str, *, default: str, named: list[str], empty: str) -> str:
    """``update`` with each CLEAR/DROP ALL, NAMED or DEFAULT spelled out as the graphs of the
    endpoint's dataset (``default``: the graph holding its default graph; ``named``; ``empty``: a
    graph never written, when there are none): on a store those words would reach every graph it
    holds (Oxigraph) or the request's dataset in its own way (Virtuoso), not ours.  ``code_text``
    is ``update`` with strings, IRIs and comments blanked (sparql.text.code)."""
    out, end = [], 0
    for match in _WHOLE.finditer(code_text):
        verb, which = match.group(1).upper(), match.group(2).upper()
        graphs = {"ALL": [default] + named, "NAMED": named, "DEFAULT": [default]}[which] or [empty]
        out.append(update[end:match.start()] + " ;\n".join(f"{verb} SILENT GRAPH <{g}>" for g in graphs))
        end = match.end()
    return "".join(out) + update[end:]
