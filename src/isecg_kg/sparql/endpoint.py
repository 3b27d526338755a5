"""The endpoint behind /sparql: a pool of query processes over one dataset, and the rules
the protocol and the safety settings put on what reaches it."""

from __future__ import annotations

import functools
import logging
import threading
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pyoxigraph as ox

from ..indexes import Build
from ..settings import Settings
from . import text, worker
from .pool import Pool

log = logging.getLogger(__name__)


class Refused(Exception):
    """A request the endpoint will not run; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Dataset:
    """The protocol's dataset parameters (default-graph-uri / named-graph-uri, or using-* for updates)."""

    default: tuple[str, ...] = ()
    named: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.default or self.named)


def load_graph_store(build_path: str, settings: Settings) -> ox.Store:
    """What a query process loads: the knowledge graph of a build (a top-level function, so it pickles)."""
    from ..kg import GraphStore

    return GraphStore.from_build(Build(Path(build_path)), settings).store


class Endpoint:
    def __init__(self, loader: Callable[[], ox.Store], settings: Settings, *, prefixes: dict[str, str] | None = None):
        self.settings = settings
        self.prefixes = prefixes or {}
        self.pool = Pool(loader, size=settings.sparql_processes, timeout=settings.sparql_timeout)
        self._graphs: tuple[int, list] | None = None  # (updates seen, graphs)
        self._updates = 0
        self._lock = threading.Lock()
        weakref.finalize(self, self.pool.close)

    @classmethod
    def from_build(cls, build: Build, settings: Settings) -> "Endpoint":
        from ..kg.vocab import PREFIXES

        return cls(functools.partial(load_graph_store, str(build.path), settings), settings, prefixes=PREFIXES)

    def close(self) -> None:
        self.pool.close()

    def query(self, query: str, *, fmt: str, dataset: Dataset = Dataset(), base_iri: str | None = None) -> worker.Result:
        """Run a read query; the result is serialized in ``fmt`` (a formats.Format name)."""
        blanked = text.code(query)
        if text.has_keyword(blanked, "service", loose=True):
            raise Refused("SERVICE is not allowed: this endpoint makes no outbound requests; "
                          "query the other endpoint yourself and combine the results", 403)
        if dataset:
            check_iris(dataset.default + dataset.named)
            spec = (list(dataset.default), list(dataset.named))
        elif text.has_keyword(blanked, "from"):
            spec = None  # the query's own FROM / FROM NAMED, resolved against this store's graphs only
        else:
            spec = "union"
        job = worker.Query(query, fmt, spec, base_iri, self.settings.sparql_max_rows, self.prefixes)
        return self.pool.run(job)

    def update(self, update: str, *, using: Dataset = Dataset(), base_iri: str | None = None) -> None:
        blanked = text.code(update)
        for keyword, why in (("service", "SERVICE would make an outbound request"),
                             ("load", "LOAD would fetch a URL or read a file")):
            if text.has_keyword(blanked, keyword, loose=True):
                raise Refused(f"{keyword.upper()} is not allowed: {why}", 403)
        if using:
            if text.has_keyword(blanked, "using") or text.has_keyword(blanked, "with"):
                raise Refused("using-graph-uri / using-named-graph-uri cannot be combined with USING or WITH "
                              "in the update (SPARQL 1.1 Protocol §2.2.3)")
            check_iris(using.default + using.named)
            update = text.add_using(update, list(using.default), list(using.named))
        self.pool.update(worker.Update(update, base_iri))
        with self._lock:
            self._updates += 1

    def graphs(self) -> list[tuple[str | None, int]]:
        """(graph IRI, or None for the default graph; triple count) of every graph, cached until an update."""
        with self._lock:
            seen = self._updates
            if self._graphs and self._graphs[0] == seen:
                return self._graphs[1]
        graphs = self.pool.run(worker.Graphs())
        with self._lock:
            self._graphs = (seen, graphs)
        return graphs


def check_iris(iris) -> None:
    """Refused (400) unless every graph IRI is an absolute IRI."""
    for iri in iris:
        try:
            ox.NamedNode(iri)
        except ValueError as exc:
            raise Refused(f"graph parameter {iri!r} is not an absolute IRI: {exc}") from None

