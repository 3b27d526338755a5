"""A remote SPARQL store as the graph: the standard protocols only, so any SPARQL 1.1 server
with Update and the Graph Store HTTP Protocol will do (tested with Oxigraph server and
Virtuoso).

- reads: SPARQL 1.1 Protocol at ``store_query_url`` (POST form; results as SPARQL JSON or
  N-Triples, parsed by pyoxigraph as they stream in);
- updates: SPARQL 1.1 Protocol at ``store_update_url``;
- publication by ingest: Graph Store HTTP Protocol at ``store_data_url`` — PUT replaces one
  graph in one request (atomic per graph on the stores tested), DELETE removes one.

Graph layout on the store: each document's graph, the reference data and the ontology under
``{base}graph/`` (ingest owns them), and the merge of those graphs as the store's default graph
(written by ingest, so that each triple is there once whatever the store's union semantics);
everything else is a user graph, written by SPARQL Update and never touched by ingest.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox

from .store import GraphStore
from .vocab import prologue

log = logging.getLogger(__name__)

SELECT_TYPES = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
                "application/sparql-results+xml": ox.QueryResultsFormat.XML}
GRAPH_TYPES = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/plain": ox.RdfFormat.N_TRIPLES,
               "text/turtle": ox.RdfFormat.TURTLE, "application/rdf+xml": ox.RdfFormat.RDF_XML}
# What to ask the store for, by query form (a store may answer a CONSTRUCT in SPARQL JSON when both are acceptable).
ACCEPT_SOLUTIONS = "application/sparql-results+json, application/sparql-results+xml;q=0.9"
ACCEPT_GRAPH = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.8"
PUBLISHED = "store-published.json"  # in the index folder: what ingest last put on the remote store


class RemoteError(Exception):
    """The remote store refused a request (``status`` its HTTP status; 0: not reachable)."""

    def __init__(self, message: str, status: int = 0):
        super().__init__(message)
        self.status = status


class RemoteStore(GraphStore):
    def __init__(self, query_url: str, *, update_url: str = "", data_url: str = "", user: str = "",
                 password: str = "", timeout: float = 30.0):
        self.query_url, self.update_url, self.data_url = query_url, update_url, data_url
        self.timeout = timeout
        self._auth = ("Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()) if user else None

    @classmethod
    def from_settings(cls, settings) -> "RemoteStore":
        return cls(settings.store_query_url, update_url=settings.store_update_url, data_url=settings.store_data_url,
                   user=settings.store_user, password=settings.store_password, timeout=settings.sparql_timeout)

    # -- the protocol ---------------------------------------------------------------------------

    def request(self, method: str, url: str, *, body: bytes | None = None, headers: dict | None = None,
                timeout: float | None = None):
        """An open HTTP response (read it, close it); RemoteError for an error status or no answer."""
        headers = dict(headers or {})
        if self._auth:
            headers["Authorization"] = self._auth
        req = urllib.request.Request(url, data=body, headers=headers, method=method)
        try:
            return urllib.request.urlopen(req, timeout=timeout or self.timeout)
        except urllib.error.HTTPError as exc:
            detail = exc.read(4000).decode("utf-8", "replace").strip()
            exc.close()
            raise RemoteError(f"the graph store answered {exc.code} {exc.reason}: {detail}", exc.code) from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise RemoteError(f"the graph store at {url} is not reachable: {reason}") from None

    def open_query(self, text: str, *, accept: str, default_graphs=(), named_graphs=(),
                   timeout: float | None = None):
        """Send a query (SPARQL 1.1 Protocol, POST form); the open response."""
        params = [("query", text)] + [("default-graph-uri", g) for g in default_graphs] \
            + [("named-graph-uri", g) for g in named_graphs]
        return self.request("POST", self.query_url, body=urllib.parse.urlencode(params).encode(), timeout=timeout,
                            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept})

    def update(self, text: str, *, using_graphs=(), using_named_graphs=(), timeout: float | None = None) -> None:
        if not self.update_url:
            raise RemoteError("the remote store has no update endpoint (setting store_update_url)", 403)
        params = [("update", text)] + [("using-graph-uri", g) for g in using_graphs] \
            + [("using-named-graph-uri", g) for g in using_named_graphs]
        with self.request("POST", self.update_url, body=urllib.parse.urlencode(params).encode(), timeout=timeout,
                          headers={"Content-Type": "application/x-www-form-urlencoded"}) as resp:
            resp.read()

    def put_graph(self, graph: str | None, ntriples: bytes) -> None:
        """Replace one graph (None: the default graph) with ``ntriples`` (Graph Store Protocol PUT)."""
        with self.request("PUT", self._graph_url(graph), body=ntriples,
                          headers={"Content-Type": "application/n-triples"}, timeout=max(self.timeout, 300)) as r:
            r.read()

    def delete_graph(self, graph: str) -> None:
        try:
            with self.request("DELETE", self._graph_url(graph)) as resp:
                resp.read()
        except RemoteError as exc:
            if exc.status != 404:  # already gone
                raise

    def _graph_url(self, graph: str | None) -> str:
        if not self.data_url:
            raise RemoteError("the remote store has no Graph Store Protocol endpoint (setting store_data_url)")
        query = "default" if graph is None else urllib.parse.urlencode({"graph": graph})
        return self.data_url + ("&" if "?" in self.data_url else "?") + query

    # -- GraphStore -------------------------------------------------------------------------------

    def query(self, text: str, *, prefixes: dict | None = None, substitutions: dict | None = None):
        declared = prologue(extra=prefixes)
        form = _FORM.search(_PROLOGUE.sub("", text))
        accept = ACCEPT_GRAPH if form and form.group(1).upper() in ("CONSTRUCT", "DESCRIBE") else ACCEPT_SOLUTIONS
        resp = self.open_query(declared + values_block(text, substitutions), accept=accept)
        with resp:
            return parse_results(resp, resp.headers.get_content_type(), materialise=True)

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        if graph is not None:
            query = f"SELECT ?s ?p ?o (<{graph}> AS ?g) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        else:
            query = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
        for row in self.query(query):
            yield ox.Quad(row["s"], row["p"], row["o"], row["g"])

    def triples(self) -> set[ox.Triple]:
        return set(self.query("CONSTRUCT WHERE { ?s ?p ?o }"))

    def ask(self, text: str) -> bool:
        return bool(self.query(text))

    def graph_names(self) -> set[str]:
        return {row["g"] for row in self.rows("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}


def parse_results(stream, content_type: str, *, materialise: bool = False):
    """A query response as pyoxigraph results: QuerySolutions / QueryBoolean, or an iterator of
    Triple.  Parsed as it streams in, unless ``materialise`` (then read whole, a list of Triple)."""
    if content_type in SELECT_TYPES:
        source = stream.read() if materialise else stream
        return ox.parse_query_results(source, format=SELECT_TYPES[content_type])
    if content_type in GRAPH_TYPES:
        source = stream.read() if materialise else stream
        triples = (q.triple for q in ox.parse(source, format=GRAPH_TYPES[content_type]))
        return list(triples) if materialise else triples
    raise RemoteError(f"the graph store answered with {content_type or 'no Content-Type'}, "
                      "which is not a SPARQL results or RDF format")


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
# The form of a query this project writes: its first keyword after the prologue.
_PROLOGUE = re.compile(r"^(\s|#[^\n]*\n|PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)*", re.IGNORECASE)
_FORM = re.compile(r"^(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)


def values_block(text: str, substitutions: dict | None) -> str:
    """``text`` with ``substitutions`` written as a VALUES block opening its WHERE clause: how a
    query sent over the protocol pre-binds variables (used on queries this project writes)."""
    if not substitutions:
        return text
    match = _WHERE.search(text)
    if match is None:
        raise ValueError("substitutions need a query with a WHERE clause")
    names = " ".join(f"?{v.value}" for v in substitutions)
    terms = " ".join(str(t) for t in substitutions.values())
    return f"{text[:match.end()]} VALUES ({names}) {{ ({terms}) }} {text[match.end():]}"


# -- publication by ingest --------------------------------------------------------------------------

def is_published(build_id: str, settings) -> bool:
    """Whether ingest put build ``build_id`` on the remote store the settings name."""
    record_path = Path(settings.index_dir) / PUBLISHED
    record = json.loads(record_path.read_text()) if record_path.exists() else {}
    return record.get("data_url") == settings.store_data_url and record.get("build_id") == build_id


def publish(graph_dir: Path, build_id: str, settings) -> dict:
    """Put the graphs of a build (``graph_dir``: its graph stage folder) on the remote store:
    PUT each graph whose content changed since the last publication or that the store lacks,
    DELETE the document graphs gone from the build, then PUT the default graph (the merge).
    Returns figures for the manifest.  Raises RemoteError when the store refuses."""
    from .store import DATASET, STORE_DIR, open_store

    started = time.perf_counter()
    remote = RemoteStore.from_settings(settings)
    record_path = Path(settings.index_dir) / PUBLISHED
    record = json.loads(record_path.read_text()) if record_path.exists() else {}
    published = record.get("graphs", {}) if record.get("data_url") == settings.store_data_url else {}
    present = remote.graph_names()
    graphs = _graphs_of(graph_dir / DATASET)
    put = deleted = 0
    state = {"data_url": settings.store_data_url, "build_id": None, "graphs": dict(published)}
    owned = settings.base_iri + "graph/"  # every graph ingest writes is below it
    try:
        for iri, (digest, body) in graphs.items():
            if published.get(iri) != digest or iri not in present:
                remote.put_graph(iri, body)
                state["graphs"][iri] = digest
                put += 1
        for iri in sorted((set(published) | {g for g in present if g.startswith(owned)}) - set(graphs)):
            if iri != "":
                remote.delete_graph(iri)
                state["graphs"].pop(iri, None)
                deleted += 1
        merged = hashlib.sha256(json.dumps(sorted((i, d) for i, (d, _) in graphs.items())).encode()).hexdigest()
        if put or deleted or published.get("") != merged:
            store = open_store(graph_dir / STORE_DIR)
            body = ox.serialize((q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())),
                                format=ox.RdfFormat.N_TRIPLES)
            del store
            remote.put_graph(None, body)
            state["graphs"][""] = merged
        state["build_id"] = build_id
    finally:
        record_path.write_text(json.dumps(state, indent=0))
    seconds = time.perf_counter() - started
    log.info("remote store: %d graph(s) put, %d deleted in %.2f s", put, deleted, seconds)
    return {"graphs_put": put, "graphs_deleted": deleted, "seconds": round(seconds, 2)}


def _graphs_of(dataset: Path) -> dict[str, tuple[str, bytes]]:
    """{graph IRI: (sha256, N-Triples)} of every named graph of a build's dataset."""
    by_graph: dict[str, list[ox.Triple]] = {}
    for q in ox.parse(path=str(dataset), format=ox.RdfFormat.N_QUADS):
        if q.graph_name != ox.DefaultGraph():
            by_graph.setdefault(q.graph_name.value, []).append(q.triple)
    out = {}
    for iri, triples in by_graph.items():
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        out[iri] = (hashlib.sha256(body).hexdigest(), body)
    return out
