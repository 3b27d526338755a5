"""The graph store: a build's dataset loaded into pyoxigraph (chosen by measurement, see
bench/graph_store.py and README), queried with SPARQL 1.1."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from .vocab import PREFIXES


# pyoxigraph 0.5 answers a query over the union of graphs with one row per graph holding a
# triple (oxigraph issue #1919, fixed in 0.6), so a fact stated by two documents would count
# twice.  The union is therefore materialised, once, in the store's default graph, where set
# semantics remove the duplicates; GRAPH ?g { ... } still reaches each named graph.
MERGE_NAMED_GRAPHS = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def merge_named_graphs(store: ox.Store) -> None:
    """Add every named graph's triples to the default graph (which then is their RDF merge)."""
    store.update(MERGE_NAMED_GRAPHS)


class GraphStore:
    """The dataset of one build.  ``store`` is the pyoxigraph Store (read it, don't write it);
    its default graph is the merge of all named graphs (see MERGE_NAMED_GRAPHS)."""

    def __init__(self, store: ox.Store):
        merge_named_graphs(store)
        self.store = store

    @classmethod
    def from_build(cls, build, settings=None) -> "GraphStore":
        from .build import DATASET

        return cls.from_file(Path(build.stage_dir("graph")) / DATASET)

    @classmethod
    def from_file(cls, path: Path) -> "GraphStore":
        if not Path(path).exists():
            raise FileNotFoundError(f"{path} is missing: the build has no knowledge graph; run `isecg-kg ingest --force`")
        store = ox.Store()
        store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
        return cls(store)

    def query(self, text: str, *, prefixes: dict | None = None, **kw):
        """Run a SPARQL query over the merged default graph; the usual prefixes (isecg, org, skos,
        dcterms, prov, schema, ...) are predeclared."""
        return self.store.query(text, prefixes={**PREFIXES, **(prefixes or {})}, **kw)

    def rows(self, text: str, **kw) -> list[dict[str, str | None]]:
        """A SELECT query's solutions as plain dicts of lexical values (None when unbound)."""
        results = self.query(text, **kw)
        names = [v.value for v in results.variables]
        return [{n: (s[n].value if s[n] is not None else None) for n in names} for s in results]

    def __len__(self) -> int:
        return len(self.store)
