"""The graph store of a build: written once by the graph stage as an on-disk pyoxigraph store
(RocksDB) beside dataset.nq, then opened read-only by every process that reads it (web
workers, SPARQL query processes, the CLI), so the graph sits once in the OS page cache
instead of once per process.  Or a remote SPARQL store (kg/remote.py) when the settings
name one.  Both implement ``GraphStore``.
"""

from __future__ import annotations

import shutil
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox

from .vocab import PREFIXES

STORE_DIR = "store"  # below <build>/graph/
DATASET = "dataset.nq"  # below <build>/graph/: the N-Quads the store is loaded from


class GraphStore(ABC):
    """The knowledge graph a process reads: SPARQL over a dataset whose default graph is the
    merge of its named graphs (each triple once), plus the quads themselves for export."""

    @abstractmethod
    def query(self, text: str, *, prefixes: dict | None = None, substitutions: dict | None = None):
        """A query's results as pyoxigraph gives them: QuerySolutions (SELECT), QueryBoolean (ASK)
        or an iterable of Triple (CONSTRUCT, DESCRIBE).  The usual prefixes (isecg, org, skos,
        dcterms, prov, schema, ...) are predeclared; ``substitutions`` pre-bind variables
        ({Variable: term}; only in queries with a WHERE clause)."""

    @abstractmethod
    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """The quads of every named graph, or the triples (as quads) of the graph named ``graph``."""

    def rows(self, text: str, **kw) -> list[dict[str, str | None]]:
        """A SELECT query's solutions as plain dicts of lexical values (None when unbound)."""
        results = self.query(text, **kw)
        names = [v.value for v in results.variables]
        return [{n: (s[n].value if s[n] is not None else None) for n in names} for s in results]

    def triples(self) -> set[ox.Triple]:
        """Every triple of the merged default graph."""
        return {q.triple for q in self.quads()}


class EmbeddedStore(GraphStore):
    """A build's on-disk store, opened read-only (``store`` is the pyoxigraph Store)."""

    def __init__(self, store: ox.Store):
        self.store = store

    @classmethod
    def open(cls, path: Path) -> "EmbeddedStore":
        return cls(open_store(path))

    def query(self, text: str, *, prefixes: dict | None = None, substitutions: dict | None = None):
        return self.store.query(text, prefixes={**PREFIXES, **(prefixes or {})}, substitutions=substitutions)

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        if graph is not None:
            return self.store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
        return (q for q in self.store.quads_for_pattern(None, None, None) if q.graph_name != ox.DefaultGraph())

    def triples(self) -> set[ox.Triple]:
        return {q.triple for q in self.store.quads_for_pattern(None, None, None, ox.DefaultGraph())}

    def __len__(self) -> int:
        return len(self.store)


def store_path(build) -> Path:
    return Path(build.stage_dir("graph")) / STORE_DIR


def open_store(path: Path) -> ox.Store:
    """The on-disk store at ``path``, read-only (every process may open it at once)."""
    if not (Path(path) / "CURRENT").exists():  # RocksDB's pointer file: the store was completely written
        raise FileNotFoundError(f"{path} is missing: the build has no graph store; run `isecg-kg ingest --force`")
    return ox.Store.read_only(str(path))


def write_store(path: Path, sources: Iterable[tuple[Path, str | None]]) -> int:
    """Write a new on-disk store at ``path`` from RDF files (path, graph IRI or None to keep the
    file's own graphs; format from the extension) and return its number of quads.

    pyoxigraph 0.5 answers a query over the union of graphs with one row per graph holding a
    triple (oxigraph issue #1919, fixed in 0.6), so a fact stated by two documents would count
    twice.  The union is therefore materialised here, once, in the store's default graph, where
    set semantics remove the duplicates; GRAPH ?g { ... } still reaches each named graph.  The
    store is closed when this returns, so that readers may open it."""
    path = Path(path)
    if path.exists():
        shutil.rmtree(path)
    store = ox.Store(str(path))
    try:
        for source, graph in sources:
            fmt = ox.RdfFormat.from_extension(str(source).rsplit(".", 1)[1])
            # One pass, each quad with its default-graph copy, in bulk (no transaction): an INSERT of
            # the merge afterwards would be one transaction as large as the dataset (a 1.1 GB write-ahead
            # log at 2.9 M quads).  ox.parse keeps blank node labels, so a blank node is the same node
            # in its graph and in the merge (bulk_load renames them).
            store.bulk_extend(_with_merge(ox.parse(path=str(source), format=fmt),
                                          ox.NamedNode(graph) if graph else None))
        store.optimize()
        return len(store)
    finally:
        del store  # closes RocksDB: read-only openers must not see a writer


def _with_merge(quads: Iterable[ox.Quad], graph: ox.NamedNode | None) -> Iterator[ox.Quad]:
    """Each quad (moved to ``graph`` if given), then its triple in the default graph."""
    default = ox.DefaultGraph()
    for q in quads:
        if graph is not None:
            q = ox.Quad(q.subject, q.predicate, q.object, graph)
        yield q
        if q.graph_name != default:
            yield ox.Quad(q.subject, q.predicate, q.object, default)
