"""The graph store: a build's dataset loaded into pyoxigraph (chosen by measurement, see
bench/graph_store.py and README), queried with SPARQL 1.1."""

from __future__ import annotations

import time
from pathlib import Path

import pyoxigraph as ox

from .vocab import PREFIXES


class GraphStore:
    """The dataset of one build.  ``store`` is the pyoxigraph Store (read it, don't write it);
    queries see the union of all named graphs as their default graph unless ``union=False``."""

    def __init__(self, store: ox.Store, *, load_seconds: float = 0.0):
        self.store = store
        self.load_seconds = load_seconds

    @classmethod
    def from_build(cls, build, settings=None) -> "GraphStore":
        from .build import DATASET

        return cls.from_file(Path(build.stage_dir("graph")) / DATASET)

    @classmethod
    def from_file(cls, path: Path) -> "GraphStore":
        if not Path(path).exists():
            raise FileNotFoundError(f"{path} is missing: the build has no knowledge graph; run `isecg-kg ingest --force`")
        started = time.perf_counter()
        store = ox.Store()
        store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
        return cls(store, load_seconds=time.perf_counter() - started)

    def query(self, text: str, *, union: bool = True, prefixes: dict | None = None, **kw):
        """Run a SPARQL query; the usual prefixes (isecg, org, skos, dcterms, prov, schema, ...) are predeclared."""
        return self.store.query(text, use_default_graph_as_union=union, prefixes={**PREFIXES, **(prefixes or {})},
                                **kw)

    def rows(self, text: str, **kw) -> list[dict[str, str | None]]:
        """A SELECT query's solutions as plain dicts of lexical values (None when unbound)."""
        results = self.query(text, **kw)
        names = [v.value for v in results.variables]
        return [{n: (s[n].value if s[n] is not None else None) for n in names} for s in results]

    def __len__(self) -> int:
        return len(self.store)
