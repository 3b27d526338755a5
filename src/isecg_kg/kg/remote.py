"""A remote SPARQL store as the graph: the standard protocols only, so any SPARQL 1.1 server
with Update and the Graph Store HTTP Protocol will do (tested with Oxigraph server and
Virtuoso).

- reads: SPARQL 1.1 Protocol at ``store_query_url`` (POST form; results as SPARQL JSON or
  N-Triples, parsed by pyoxigraph as they stream in);
- updates: SPARQL 1.1 Protocol at ``store_update_url``;
- publication by ingest, one graph at a time: its new content PUT (Graph Store HTTP Protocol at
  ``store_data_url``) into a staging graph no query's dataset names, then one update request (at
  ``store_update_url``) that withdraws the graph's old share of the merge, replaces the graph, adds
  its share of the merge and lists it, in one transaction.  On Oxigraph server a reader sees the
  document's old content or its new one.  Virtuoso 7.2 reads at read committed: its readers never
  see the request half-done (a PUT of the graph itself was read partly written), but a query in
  flight at the commit may combine rows of both sides (README "Deployment").

Graph layout on the store, all of it in named graphs (a store's own default graph differs: Oxigraph
has one, Virtuoso's is the union of every graph, its system graphs included):

- ``{base}graph/…``: each document's graph, the reference data and the ontology (ingest owns them);
- ``{base}graph/default``: the merge of those graphs (kept by ingest, so that each triple is
  there once whatever the store's union semantics): the default graph of every query;
- ``{base}graph/staging``: a graph's new content on its way in (never in a query's dataset);
- ``{base}graph/dataset`` (written by ingest) and ``{base}graph/dataset-user`` (by the endpoint,
  in the same request as the update): the named graphs of the dataset, as
  ``<{base}graph/dataset> sd:namedGraph <g>``;
- any other graph an update writes is a user graph, never touched by ingest.

Every query names its dataset with the protocol's ``default-graph-uri`` / ``named-graph-uri``
(SPARQL 1.1 Protocol §2.1.4): that merge, and the listed graphs.  So whatever else the store
holds (Virtuoso's system graphs, another application's data) is never seen, on any store.
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import json
import logging
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox

from .store import DATASET, GraphStore
from .vocab import prologue

log = logging.getLogger(__name__)
# Virtuoso answers with one X-SPARQL-named-graph header per graph of the dataset; http.client refuses
# more than 100 headers ("got more than 100 headers"), so at a few hundred documents every query
# reading named graphs failed.  The limit is a module global of http.client, with no other setting.
http.client._MAXHEADERS = max(http.client._MAXHEADERS, 100_000)  # type: ignore[attr-defined]

SELECT_TYPES = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
                "application/sparql-results+xml": ox.QueryResultsFormat.XML}
GRAPH_TYPES = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/plain": ox.RdfFormat.N_TRIPLES,
               "text/turtle": ox.RdfFormat.TURTLE, "application/rdf+xml": ox.RdfFormat.RDF_XML}
# What to ask the store for, by query form (a store may answer a CONSTRUCT in SPARQL JSON when both are acceptable).
ACCEPT_SOLUTIONS = "application/sparql-results+json, application/sparql-results+xml;q=0.9"
ACCEPT_GRAPH = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.8"
PUBLISHED = "store-published.json"  # in the index folder: what ingest last put on the remote store
MERGED_BY_GRAPH = "merged graph by graph"  # the record's mark of a merge kept by Layout.replacement / removal
NAMED_GRAPH = "http://www.w3.org/ns/sparql-service-description#namedGraph"
# A store's answer cut short by its own time limit (Virtuoso: partial "anytime" results with this
# header, or these errors; SR203, "Async statement killed by SQLCancel", when its limit cancels the
# statement instead), reported as the time limit reached, never as a complete answer.
_STORE_TIMEOUTS = re.compile(r"S1T00|SR171|SR203|estimated execution time .* exceeds the limit", re.IGNORECASE)


class RemoteError(Exception):
    """The remote store refused a request (``status`` its HTTP status; 0: not reachable)."""

    def __init__(self, message: str, status: int = 0):
        super().__init__(message)
        self.status = status


class RemoteTimeout(RemoteError):
    """The store stopped the query at its time limit."""


class Layout:
    """Where the dataset lives on the store (module docstring), below ``prefix`` ({base}graph/)."""

    def __init__(self, prefix: str):
        self.prefix = prefix
        self.default = prefix + "default"
        self.registry = prefix + "dataset"
        self.user_registry = prefix + "dataset-user"
        self.none = prefix + "none"  # never written: an empty graph, for an empty part of a dataset
        self.staging = prefix + "staging"
        self.reserved = {self.default, self.registry, self.user_registry, self.none, self.staging}

    def replacement(self, graph: str) -> str:
        """The update request that makes ``graph`` what the staging graph holds, its share of the merge
        and the list of graphs with it, in one transaction (the merge keeps a triple another listed
        graph also states).  Blank nodes are copied by variable, so they stay the same nodes in the
        graph and in the merge.  One INSERT per graph: Virtuoso 7.2 fails on a template of two
        ("string_output_string needs a string output")."""
        return (f"{self._withdrawal(graph)} ;\nDROP SILENT GRAPH <{graph}> ;\n"
                f"INSERT {{ GRAPH <{graph}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{self.staging}> {{ ?s ?p ?o }} }} ;\n"
                f"INSERT {{ GRAPH <{self.default}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{self.staging}> {{ ?s ?p ?o }} }} ;\n"
                f"INSERT DATA {{ GRAPH <{self.registry}> {{ <{self.registry}> <{NAMED_GRAPH}> <{graph}> }} }}")

    def removal(self, graph: str) -> str:
        """The update request that removes ``graph``, its share of the merge and its listing, in one transaction."""
        return (f"{self._withdrawal(graph)} ;\nDROP SILENT GRAPH <{graph}> ;\n"
                f"DELETE DATA {{ GRAPH <{self.registry}> {{ <{self.registry}> <{NAMED_GRAPH}> <{graph}> }} }}")

    def _withdrawal(self, graph: str) -> str:
        """The update operation that takes out of the merge the triples only ``graph`` states."""
        return (f"DELETE {{ GRAPH <{self.default}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} "
                f"FILTER NOT EXISTS {{ GRAPH <{self.registry}> {{ <{self.registry}> <{NAMED_GRAPH}> ?other }} "
                f"FILTER(?other != <{graph}>) GRAPH ?other {{ ?s ?p ?o }} }} }}")

    def merge_rebuild(self) -> str:
        """The update request that makes the merge again from the listed graphs (one transaction)."""
        return (f"DROP SILENT GRAPH <{self.default}> ;\nINSERT {{ GRAPH <{self.default}> {{ ?s ?p ?o }} }} WHERE "
                f"{{ GRAPH <{self.registry}> {{ <{self.registry}> <{NAMED_GRAPH}> ?g }} GRAPH ?g {{ ?s ?p ?o }} }}")

    def registration(self, graphs) -> str:
        """The update operation that adds ``graphs`` to the dataset's user graphs."""
        objects = ", ".join(f"<{g}>" for g in sorted(graphs))
        return f"INSERT DATA {{ GRAPH <{self.user_registry}> {{ <{self.registry}> <{NAMED_GRAPH}> {objects} }} }}"


class RemoteStore(GraphStore):
    def __init__(self, query_url: str, *, update_url: str = "", data_url: str = "", user: str = "",
                 password: str = "", timeout: float = 30.0, graphs: str = ""):
        """``graphs``: the prefix of the layout on the store (module docstring), whose dataset every
        query is given; empty: the store's own dataset (a plain SPARQL client)."""
        self.query_url, self.update_url, self.data_url = query_url, update_url, data_url
        self.timeout = timeout
        self.layout = Layout(graphs) if graphs else None
        # Basic or Digest (Virtuoso's *-auth endpoints), whichever the store asks for; nothing otherwise.
        handlers: list = []
        self._user = (user, password)
        self._challenges: dict[str, str] = {}  # endpoint URL -> its WWW-Authenticate challenge ("": none)
        self._auth_lock = threading.Lock()
        if user:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in {query_url, update_url, data_url} - {""}:
                passwords.add_password(None, url, user, password)
            self._digest = urllib.request.HTTPDigestAuthHandler(passwords)
            handlers = [urllib.request.HTTPBasicAuthHandler(passwords), self._digest]
        self._opener = urllib.request.build_opener(*handlers)

    @classmethod
    def from_settings(cls, settings) -> "RemoteStore":
        return cls(settings.store_query_url, update_url=settings.store_update_url, data_url=settings.store_data_url,
                   user=settings.store_user, password=settings.store_password, timeout=settings.sparql_timeout,
                   graphs=settings.base_iri + "graph/")

    # -- the protocol ---------------------------------------------------------------------------

    def request(self, method: str, url: str, *, body: bytes | None = None, headers: dict | None = None,
                timeout: float | None = None):
        """An open HTTP response (read it, close it); RemoteError for an error status or no answer."""
        req = urllib.request.Request(url, data=body, headers=headers or {}, method=method)
        if body is not None and self._user[0]:
            self._authorise(req)
        try:
            resp = self._opener.open(req, timeout=timeout or self.timeout)
        except urllib.error.HTTPError as exc:
            detail = exc.read(4000).decode("utf-8", "replace").strip()
            exc.close()
            error = RemoteTimeout if _STORE_TIMEOUTS.search(detail) else RemoteError
            raise error(f"the graph store answered {exc.code} {exc.reason}: {detail}", exc.code) from None
        except TimeoutError:  # no answer within the time limit (a store that does not stop at ours)
            raise RemoteTimeout(f"no answer from the graph store within {timeout or self.timeout:g} s", 504) from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise RemoteError(f"the graph store at {url} is not reachable: {reason}") from None
        except http.client.HTTPException as exc:  # an answer that is not HTTP as http.client reads it
            raise RemoteError(f"the graph store's answer could not be read: {exc!r}") from None
        if resp.headers.get("X-SQL-State", "").startswith("S1T"):  # Virtuoso: partial results at its time limit
            resp.close()
            raise RemoteTimeout("the graph store stopped the query at its time limit", 504)
        return resp

    def _authorise(self, req: urllib.request.Request) -> None:
        """Authorization for a request with a body, computed before it is sent: a store that wants
        it would otherwise answer 401 while the body is still going out (Virtuoso then closes the
        connection: a broken pipe on a large PUT).  The challenge comes from a HEAD request, once."""
        host = req.full_url.split("?", 1)[0]  # an endpoint (Virtuoso asks on some, not on others)
        with self._auth_lock:
            if host not in self._challenges:
                try:
                    urllib.request.urlopen(urllib.request.Request(req.full_url, method="HEAD"), timeout=self.timeout)
                    self._challenges[host] = ""
                except urllib.error.HTTPError as exc:
                    offered = exc.headers.get_all("WWW-Authenticate") or [] if exc.code == 401 else []
                    self._challenges[host] = next((c for c in offered if c.lower().startswith("digest")),
                                                  offered[0] if offered else "")
                except OSError:
                    return  # the request itself will say what is wrong
            challenge = self._challenges[host]
            if challenge.lower().startswith("digest"):
                fields = urllib.request.parse_keqv_list(urllib.request.parse_http_list(challenge[len("digest"):]))
                value = self._digest.get_authorization(req, fields)
                if value:
                    req.add_unredirected_header("Authorization", "Digest " + value)
            elif challenge.lower().startswith("basic"):
                token = base64.b64encode(":".join(self._user).encode()).decode()
                req.add_unredirected_header("Authorization", "Basic " + token)

    def open_query(self, text: str, *, accept: str, dataset: tuple | None = None, timeout: float | None = None,
                   own_dataset: bool = True, base_iri: str | None = None, code: str | None = None):
        """Send a query (SPARQL 1.1 Protocol, POST form); the open response.  The query runs on the
        layout's dataset (``own_dataset``), or on the part of it that ``dataset`` (default graphs, named
        graphs: the request's or the query's own FROM / FROM NAMED) names.  The time limit goes along
        as ``timeout`` (ms; Virtuoso's parameter, ignored by Oxigraph, which has its own --timeout-s).
        ``code``: ``text`` with its comments and strings blanked, if the caller has it (``dataset``)."""
        limit = timeout or self.timeout
        params = [("query", text), ("timeout", str(int(limit * 1000)))]
        if self.layout and own_dataset:
            default, named = self.dataset(dataset, text=text, base_iri=base_iri, code=code)
        else:
            default, named = dataset or ((), ())
        params += [("default-graph-uri", g) for g in default] + [("named-graph-uri", g) for g in named]
        # A second more on the socket: a store that stops at the limit says so (Virtuoso: a partial answer,
        # refused in request()) before we give up waiting.
        return self.request("POST", self.query_url, body=urllib.parse.urlencode(params).encode(),
                            timeout=limit + 1, headers={"Content-Type": "application/x-www-form-urlencoded",
                                                        "Accept": accept})

    def dataset(self, asked: tuple | None = None, *, text: str = "", base_iri: str | None = None,
                code: str | None = None) -> tuple[list[str], list[str]]:
        """(default graphs, named graphs) to send for the query or update ``text``: the layout's
        dataset, or the part of it ``asked`` names (a graph outside it is an empty graph, as for the
        embedded store).  The named graphs are looked up only if ``text`` may read some: it says
        GRAPH, outside comments and strings when ``code`` (``text`` with them blanked) is given (the
        lookup is a request more, and a dataset of every named graph slows the store)."""
        assert self.layout is not None
        lay = self.layout
        if asked is None and not _GRAPH.search(text if code is None else code):
            return [lay.default], [lay.none]
        named = self.named_graphs()
        if asked is None:
            default, wanted = [lay.default], named
        else:
            default = [g for g in asked[0] if g in named | {lay.default}] or [lay.none]
            wanted = named & set(asked[1])
        # Virtuoso 7.2 evaluates a graph left out of named-graph-uri as one empty solution (ASK true,
        # COUNT 1): a graph the text names that the store does not hold goes in (it is empty either way).
        outside = (graph_iris(text, base_iri) | set(asked[1] if asked else ())) - named - lay.reserved
        return default, sorted(wanted | self._absent(outside)) or [lay.none]

    def _absent(self, iris: set[str]) -> set[str]:
        """Those of ``iris`` that name no graph on the store."""
        if not iris:
            return set()
        values = " ".join(f"<{g}>" for g in sorted(iris))
        query = f"SELECT ?g WHERE {{ VALUES ?g {{ {values} }} FILTER EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} }} }}"
        with self.open_query(query, accept=ACCEPT_SOLUTIONS, own_dataset=False) as resp:
            rows = parse_results(resp, resp.headers.get_content_type(), materialise=True)
            return iris - {row["g"].value for row in rows}

    def named_graphs(self) -> set[str]:
        """The dataset's named graphs: those ingest published and those updates wrote (read at each
        call: an update through any replica shows at once)."""
        assert self.layout is not None
        lay = self.layout
        query = (f"SELECT DISTINCT ?g WHERE {{ {{ GRAPH <{lay.registry}> {{ <{lay.registry}> <{NAMED_GRAPH}> ?g }} }} "
                 f"UNION {{ GRAPH <{lay.user_registry}> {{ <{lay.registry}> <{NAMED_GRAPH}> ?g }} }} }}")
        with self.open_query(query, accept=ACCEPT_SOLUTIONS, dataset=([lay.none], [lay.registry, lay.user_registry]),
                             own_dataset=False) as resp:
            rows = parse_results(resp, resp.headers.get_content_type(), materialise=True)
            return {row["g"].value for row in rows} - lay.reserved

    def update(self, text: str, *, using_graphs=(), using_named_graphs=(), timeout: float | None = None) -> None:
        if not self.update_url:
            raise RemoteError("the remote store has no update endpoint (setting store_update_url)", 403)
        params = [("update", text)] + [("using-graph-uri", g) for g in using_graphs] \
            + [("using-named-graph-uri", g) for g in using_named_graphs]
        with self.request("POST", self.update_url, body=urllib.parse.urlencode(params).encode(), timeout=timeout,
                          headers={"Content-Type": "application/x-www-form-urlencoded"}) as resp:
            resp.read()

    def put_graph(self, graph: str, ntriples: bytes) -> None:
        """Replace one graph with ``ntriples`` (Graph Store Protocol PUT)."""
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

    def _graph_url(self, graph: str) -> str:
        if not self.data_url:
            raise RemoteError("the remote store has no Graph Store Protocol endpoint (setting store_data_url)")
        return self.data_url + ("&" if "?" in self.data_url else "?") + urllib.parse.urlencode({"graph": graph})

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

    def software(self) -> str:
        """The store's Server header (its name and version, e.g. Virtuoso/07.20.3229)."""
        with self.open_query("ASK {}", accept=ACCEPT_SOLUTIONS, own_dataset=False) as resp:
            resp.read()
            return resp.headers.get("Server", "")

    def graph_names(self) -> set[str]:
        """Every graph on the store, in the dataset or not."""
        with self.open_query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", accept=ACCEPT_SOLUTIONS,
                             own_dataset=False) as resp:
            return {row["g"].value for row in parse_results(resp, resp.headers.get_content_type(), materialise=True)}


_PREFIX_DECL = re.compile(r"PREFIX\s+([\w.-]*):\s*<([^>]*)>", re.IGNORECASE)
_GRAPH_NAME = re.compile(r"\bGRAPH\s*(?:<([^>\s]*)>|([A-Za-z][\w.-]*)?:([\w.-]*))", re.IGNORECASE)


def graph_iris(text: str, base_iri: str | None = None) -> set[str]:
    """The IRIs written after GRAPH in ``text`` (as an IRI or a prefixed name it declares)."""
    prefixes = {p: iri for p, iri in _PREFIX_DECL.findall(text)}
    out = set()
    for iri, prefix, local in _GRAPH_NAME.findall(text):
        if iri:
            out.add(urllib.parse.urljoin(base_iri, iri) if base_iri else iri)
        elif prefix in prefixes or (prefix == "" and "" in prefixes):
            out.add(prefixes[prefix] + local)
    return {g for g in out if _ABSOLUTE.match(g)}


_ABSOLUTE = re.compile(r"^[A-Za-z][\w+.-]*:[^\s<>\"{}|^`\\]*$")


def query_dataset(text: str, base_iri: str | None) -> tuple[list[str], list[str]]:
    """The FROM / FROM NAMED graphs of a query (rdflib's SPARQL 1.1 parser resolves prefixes and
    BASE); raises ValueError when it cannot read the query."""
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        clauses = translateQuery(parseQuery(text), base=base_iri).algebra.get("datasetClause") or []
    except Exception as exc:  # noqa: BLE001 - pyparsing and rdflib raise several kinds
        raise ValueError(f"the FROM clauses could not be read: {exc}") from None
    return ([str(c["default"]) for c in clauses if "default" in c],
            [str(c["named"]) for c in clauses if "named" in c])


def parse_results(stream, content_type: str, *, materialise: bool = False):
    """A query response as pyoxigraph results: QuerySolutions / QueryBoolean, or an iterator of
    Triple.  Parsed as it streams in, unless ``materialise`` (then read whole, a list of Triple)."""
    if content_type in SELECT_TYPES:
        if content_type == "application/sparql-results+json":
            stream = _Replaced(stream, *_VIRTUOSO_BNODE)
        source = stream.read() if materialise else stream
        return ox.parse_query_results(source, format=SELECT_TYPES[content_type])
    if content_type in GRAPH_TYPES:
        source = stream.read() if materialise else stream
        triples = (q.triple for q in ox.parse(source, format=GRAPH_TYPES[content_type]))
        return list(triples) if materialise else triples
    raise RemoteError(f"the graph store answered with {content_type or 'no Content-Type'}, "
                      "which is not a SPARQL results or RDF format")


# Virtuoso writes its blank nodes in SPARQL JSON as "nodeID://b123", not a blank node label.
_VIRTUOSO_BNODE = (b'"type": "bnode", "value": "nodeID://', b'"type": "bnode", "value": "')


class _Replaced:
    """A binary stream with ``old`` replaced by ``new`` as it is read (across reads too)."""

    def __init__(self, stream, old: bytes, new: bytes):
        self.stream, self.old, self.new, self.held = stream, old, new, b""

    def read(self, size: int | None = -1) -> bytes:
        whole = size is None or size < 0
        chunk = self.stream.read() if whole else self.stream.read(max(size, len(self.old)))
        data = (self.held + chunk).replace(self.old, self.new)
        if whole or not chunk:  # the end
            self.held = b""
            return data
        keep = len(self.old) - 1  # a tail that may be the start of ``old``
        data, self.held = data[:-keep], data[-keep:]
        return data or self.read(size)


# A query that may read named graphs: the keyword GRAPH, not a variable (?graph), a prefixed name
# (ex:graph, graph:x) or, without ``code``, the word in a comment or a string.
_GRAPH = re.compile(r"(?<![\w?$:-])GRAPH(?![\w:-])", re.IGNORECASE)
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
    """Put the graphs of a build (``graph_dir``: its graph stage folder) on the remote store (the
    layout of the module docstring): replace each graph whose content changed since the last
    publication or that the store lacks, and remove the graphs gone from the build, each with its
    share of the merge and its listing, in one transaction (put_dataset).  Returns figures for the manifest.  Raises RemoteError when
    the store refuses."""
    started = time.perf_counter()
    remote = RemoteStore.from_settings(settings)
    record_path = Path(settings.index_dir) / PUBLISHED
    record = json.loads(record_path.read_text()) if record_path.exists() else {}
    published = record.get("graphs", {}) if record.get("data_url") == settings.store_data_url else {}
    state = {"data_url": settings.store_data_url, "build_id": None, "graphs": dict(published)}
    try:
        graphs = _graphs_of(graph_dir / DATASET)
        figures = put_dataset(remote, graphs, published=published, state=state["graphs"])
        software = remote.software() if figures["graphs_put"] + figures["graphs_deleted"] else ""
        if "virtuoso" in software.lower():
            log.warning("remote store (store_data_url %s) is %s: each graph was replaced in one transaction, but "
                        "Virtuoso reads at read committed, so a query running while one committed may have "
                        "combined its old and new triples (README \"Deployment\")", settings.store_data_url, software)
        state["build_id"] = build_id
    finally:
        record_path.write_text(json.dumps(state, indent=0))
    figures["seconds"] = round(time.perf_counter() - started, 2)
    log.info("remote store: %(graphs_put)d graph(s) put, %(graphs_deleted)d deleted in %(seconds).2f s", figures)
    return figures


def put_dataset(remote: RemoteStore, graphs: dict[str, tuple[str, bytes]], *, published: dict, state: dict) -> dict:
    """Make the store's dataset ``graphs`` ({IRI: (digest, N-Triples)}) and their merge, one graph at a
    time, each in one transaction (Layout.replacement / removal); ``published`` {IRI: digest} is what
    the store held, ``state`` is updated as graphs go."""
    assert remote.layout is not None
    lay = remote.layout
    present = remote.graph_names()
    if lay.default not in present:  # no merge (a new store): every graph adds its share
        published = {}
    # A merge written whole by an earlier version (a PUT): its blank nodes are not the graphs' own,
    # so it is made again from the graphs once they are all there.
    rebuild = lay.default in present and published.get(lay.default) != MERGED_BY_GRAPH
    put = deleted = 0
    for iri, (digest, body) in graphs.items():
        if published.get(iri) != digest or iri not in present:
            remote.put_graph(lay.staging, body)
            remote.update(lay.replacement(iri), timeout=max(remote.timeout, 300))
            # Apart: no reader sees it, and on Virtuoso deleting a PUT's triples is slow (7.7 s for 10,500).
            remote.update(f"DROP SILENT GRAPH <{lay.staging}>", timeout=max(remote.timeout, 300))
            state[iri] = digest
            put += 1
    # Gone from the build: the graphs published before, and any of ingest's the store still holds.
    ingests = {g for g in present if g.startswith(lay.prefix) and not g.startswith(lay.prefix + "user/")}
    for iri in sorted((set(published) | ingests) - set(graphs) - lay.reserved - {""}):  # "": an older record's key
        remote.update(lay.removal(iri), timeout=max(remote.timeout, 300))
        state.pop(iri, None)
        deleted += 1
    if rebuild:
        remote.update(lay.merge_rebuild(), timeout=max(remote.timeout, 300))
    state[lay.default] = MERGED_BY_GRAPH
    return {"graphs_put": put, "graphs_deleted": deleted}


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
