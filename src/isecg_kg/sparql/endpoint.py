"""The endpoint behind /sparql: a pool of query processes over one build's store, or a remote
store, and the rules the protocol and the safety settings put on what reaches either."""

from __future__ import annotations

import contextlib
import functools
import logging
import re
import threading
import time
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

import pyoxigraph as ox

from ..indexes import Build
from ..settings import Settings
from . import formats, guard, text, worker
from .pool import Pool, Stopped, Unavailable

if TYPE_CHECKING:  # the remote client is imported only where a remote store is configured
    from ..kg.remote import RemoteStore

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


class Endpoint:
    """Either a pool of query processes over an on-disk store (``loader`` opens it in each
    process), or a remote store reached over the SPARQL protocol (``remote``)."""

    def __init__(self, loader: Callable[[], ox.Store] | None, settings: Settings, *,
                 prefixes: dict[str, str] | None = None, remote: "RemoteStore | None" = None):
        self.settings = settings
        self.prefixes = prefixes or {}
        self.remote = remote
        # With a remote store, one process with an empty store parses each query before it is sent.
        self.pool = Pool(loader or ox.Store, size=settings.sparql_processes if remote is None else 1,
                         timeout=settings.sparql_timeout, memory_mb=settings.sparql_memory_mb,
                         quick=settings.sparql_quick_seconds, queue_wait=settings.sparql_queue_seconds,
                         per_client=settings.sparql_client_queries)
        self._graphs: tuple[int, list] | None = None  # (updates seen, graphs)
        self._updates = 0
        self._lock = threading.Lock()
        weakref.finalize(self, self.pool.close)

    @classmethod
    def from_build(cls, build: Build, settings: Settings) -> "Endpoint":
        from ..kg.vocab import PREFIXES

        if settings.store_query_url:
            from ..kg.remote import RemoteStore

            return cls(None, settings, prefixes=PREFIXES, remote=RemoteStore.from_settings(settings))
        from ..kg.store import open_store, store_path

        # What each query process runs to open the store: a top-level function of a light module
        # (kg.store), so that unpickling it there imports no more than the store needs.
        return cls(functools.partial(open_store, store_path(build)), settings, prefixes=PREFIXES)

    def close(self) -> None:
        self.pool.close()

    def query(self, query: str, *, fmt: str, dataset: Dataset = Dataset(), base_iri: str | None = None,
              client: str | None = None) -> worker.Result:
        """Run a read query; the result is serialized in ``fmt`` (a formats.Format name).  ``client``
        (the remote address) is what the per-client limit counts."""
        self._check_size(query)
        blanked = text.code(query)
        if text.has_keyword(blanked, "service", loose=True):
            raise Refused("SERVICE is not allowed: this endpoint makes no outbound requests; "
                          "query the other endpoint yourself and combine the results", 403)
        spec: worker.Dataset
        if dataset:
            check_iris(dataset.default + dataset.named)
            spec = (list(dataset.default), list(dataset.named))
        elif text.has_keyword(blanked, "from"):
            spec = None  # the query's own FROM / FROM NAMED, resolved against this store's graphs only
        else:
            spec = "union"
        job = worker.Query(query, fmt, spec, base_iri, self.settings.sparql_max_rows, self.prefixes)
        if self.remote:
            _refuse_extensions(query, blanked)
            self.pool.run(worker.Parse(query, base_iri), client=client)
            return self._remote_query(job)
        return self.pool.run(job, client=client)

    def _check_size(self, query: str) -> None:
        """Refuse what could crash the parser (README, Safety), before it reaches one."""
        problem = text.too_complex(query, max_depth=self.settings.sparql_max_depth,
                                   max_tokens=self.settings.sparql_max_tokens)
        if problem:
            raise Refused(problem)

    def _remote_query(self, job: worker.Query) -> worker.Result:
        """The query sent to the remote store, its answer re-serialized here: the row cap, the
        formats and the time limit are ours whatever the store does."""
        from ..kg.remote import ACCEPT_GRAPH, ACCEPT_SOLUTIONS, parse_results, query_dataset

        deadline = time.monotonic() + self.settings.sparql_timeout

        def check():
            if time.monotonic() > deadline:
                raise Stopped("time limit reached")

        # The dataset the store is told (its own would show whatever else it holds): the request's, or
        # the query's FROM / FROM NAMED, each within ours; else ours (RemoteStore.dataset).
        asked: tuple | None = None
        if isinstance(job.dataset, tuple):
            asked = job.dataset
        elif job.dataset is None:
            try:
                asked = query_dataset(job.text, job.base_iri)
            except ValueError as exc:
                raise Refused(str(exc)) from None
        # The dataset goes as protocol parameters, which override FROM / FROM NAMED (SPARQL 1.1 Protocol
        # §2.1.4); Virtuoso would let the query's win, so they are taken out of the text.
        query = _expand_escaped_names(_without_dataset_clauses(job.text) if asked is not None else job.text)
        query = f"BASE <{job.base_iri}>\n{query}" if job.base_iri else query
        try:
            accept = ACCEPT_SOLUTIONS if job.format in formats.BY_NAME and formats.BY_NAME[job.format] in formats.RESULTS \
                else ACCEPT_GRAPH
            with _store_errors("time limit reached"), \
                    self._store().open_query(query, accept=accept, dataset=asked, base_iri=job.base_iri,
                                             timeout=self.settings.sparql_timeout, code=text.code(query)) as resp:
                results = parse_results(resp, resp.headers.get_content_type())
                result = worker.serialize(results, job.format, max_rows=job.max_rows, prefixes=job.prefixes,
                                          check=check)
        except (SyntaxError, ValueError) as exc:  # a malformed answer from the store
            raise Unavailable(f"the graph store's answer could not be read: {exc}") from None
        check()
        return result

    def update(self, update: str, *, using: Dataset = Dataset(), base_iri: str | None = None) -> None:
        self._check_size(update)
        blanked = text.code(update)
        for keyword, why in (("service", "SERVICE would make an outbound request"),
                             ("load", "LOAD would fetch a URL or read a file")):
            if text.has_keyword(blanked, keyword, loose=True):
                raise Refused(f"{keyword.upper()} is not allowed: {why}", 403)
        if self.remote is None:
            raise Refused(UPDATES_NEED_STORE, 403)
        if not self.remote.update_url:
            raise Refused(UPDATES_NEED_UPDATE_URL, 403)
        if using:
            if text.has_keyword(blanked, "using") or text.has_keyword(blanked, "with"):
                raise Refused("using-graph-uri / using-named-graph-uri cannot be combined with USING or WITH "
                              "in the update (SPARQL 1.1 Protocol §2.2.3)")
            check_iris(using.default + using.named)
        _refuse_extensions(update, blanked)
        store = self._store()
        try:
            with _store_errors("time limit reached"):
                written = guard.check(update, base_iri=base_iri, protected=self._protected())
        except guard.Denied as exc:
            raise Refused(str(exc), exc.status) from None
        sent = update
        if store.layout:
            lay = store.layout
            sent = guard.name_graphs(update, blanked, default=lay.default, named=sorted(store.named_graphs()),
                                     empty=lay.none)
        sent = f"BASE <{base_iri}>\n{sent}" if base_iri else sent
        if written and store.layout:  # the graphs it writes join the dataset, in the same request
            sent += ("\n" if blanked.rstrip().endswith(";") else "\n;\n") + store.layout.registration(written)
        try:
            with _store_errors("time limit reached (the store may still apply the update)"):
                # The WHERE clauses read our dataset too, unless the update names its own (USING / WITH).
                if using:
                    default, named = store.dataset((using.default, using.named), text=update, base_iri=base_iri,
                                                     code=blanked) \
                        if store.layout else (list(using.default), list(using.named))
                elif store.layout and not (text.has_keyword(blanked, "using") or text.has_keyword(blanked, "with")):
                    default, named = store.dataset(text=update, base_iri=base_iri, code=blanked)
                else:
                    default, named = [], []
                store.update(sent, using_graphs=default, using_named_graphs=named)
        finally:
            with self._lock:
                self._updates += 1

    def _store(self) -> "RemoteStore":
        assert self.remote is not None, "only with a remote store"
        return self.remote

    def _protected(self) -> guard.Protected:
        """The graphs ingest owns on the store: the default graph (their merge) and those below
        {base}graph/ (user graphs excepted); ALL / NAMED reach them once ingest has published."""
        owned = self.settings.base_iri + "graph/"
        published = self._store().ask(f"ASK {{ GRAPH <{owned}ontology> {{ ?s ?p ?o }} }}")
        return guard.Protected(prefix=owned, except_prefix=owned + "user/", published=published)

    def graphs(self) -> list[tuple[str | None, int]]:
        """(graph IRI, or None for the default graph; triple count) of every graph, cached until an update."""
        with self._lock:
            seen = self._updates
            if self._graphs and self._graphs[0] == seen:
                return self._graphs[1]
        graphs = self._remote_graphs() if self.remote else self.pool.run(worker.Graphs())
        with self._lock:
            self._graphs = (seen, graphs)
        return graphs

    def _remote_graphs(self) -> list[tuple[str | None, int]]:
        from ..kg.remote import RemoteError

        try:
            default = self._store().rows("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
            named = self._store().rows("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        except RemoteError as exc:
            raise Unavailable(str(exc)) from None
        graphs: list[tuple[str | None, int]] = [(None, int(default[0]["n"] or 0))]
        return graphs + sorted((r["g"], int(r["n"] or 0)) for r in named)


UPDATES_NEED_UPDATE_URL = ("SPARQL Update is not enabled: the remote graph store is read here through its query "
                           "endpoint only. Set store_update_url (ISECG_KG_STORE_UPDATE_URL / --store-update-url) to its "
                           "update endpoint; updates then go to user graphs that ingest never touches.")
UPDATES_NEED_STORE = ("SPARQL Update is not available with the embedded graph store: each build's store is "
                      "read-only and replaced by the next ingest, so an update would be lost. Set store_update_url "
                      "(ISECG_KG_STORE_UPDATE_URL / --store-update-url, with store_query_url) to a SPARQL store "
                      "that keeps it; updates then go to user graphs that ingest never touches.")


def _refuse_extensions(query: str, blanked: str) -> None:
    """A remote store may understand more than SPARQL 1.1 (Virtuoso: DEFINE pragmas, bif: and sql:
    functions); only the standard language goes through."""
    if text.has_keyword(blanked, "define"):
        raise Refused("DEFINE is not SPARQL 1.1: store-specific pragmas are not passed on", 403)
    if re.search(r"(?<![\w\-.])(bif|sql):", blanked, re.IGNORECASE) or re.search(r"<\s*(bif|sql):", query, re.I):
        raise Refused("bif: and sql: functions are not SPARQL 1.1: store-specific functions are not passed on", 403)


_PREFIX_DECL = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>", re.IGNORECASE)
_UNESCAPE = re.compile(r"\\(.)")
_ESCAPED_NAME = re.compile(r"(?<![\w.:\\-])([A-Za-z][\w.-]*)?:((?:[\w.:%-]|\\[_~.\-!$&'()*+,;=/?#@%])+)")


_DATASET_CLAUSE = re.compile(r"FROM(?:\s+|(?=<))(?:NAMED(?:\s+|(?=<)))?(?:<[^<>\s]*>|(?:[A-Za-z][\w.-]*)?:(?:[\w.:%-]|\\.)*)", re.I)


def _without_dataset_clauses(query: str) -> str:
    """``query`` without its FROM / FROM NAMED clauses."""
    out, end = [], 0
    for position in text.keyword_positions(text.code(query), "from", loose=True):
        match = _DATASET_CLAUSE.match(query, position)
        if match and position >= end:
            out.append(query[end:position])
            end = match.end()
    return "".join(out) + query[end:]


def _expand_escaped_names(query: str) -> str:
    """``query`` with each prefixed name that has escapes (``ex:a\\/b``, SPARQL 1.1 PN_LOCAL_ESC) written
    as the IRI it stands for: Virtuoso 7 does not read those escapes."""
    if "\\" not in query:
        return query
    blanked = text.code(query)
    prefixes = {p or "": iri for p, iri in _PREFIX_DECL.findall(query)}
    out, end = [], 0
    for match in _ESCAPED_NAME.finditer(blanked):
        prefix, local = match.group(1) or "", match.group(2)
        if "\\" in local and prefix in prefixes:
            out.append(query[end:match.start()] + "<" + prefixes[prefix] + _UNESCAPE.sub(r"\1", local) + ">")
            end = match.end()
    return "".join(out) + query[end:]


# Virtuoso answers 500 to what the query asks that it cannot do (SQLSTATE 37000: compile errors such as
# "transitive start not given" for ?a p+ ?b; 22023: invalid argument): an evaluation failure, not an outage.
_QUERY_ERROR = re.compile(r"Virtuoso (37000|22023) Error")


@contextlib.contextmanager
def _store_errors(time_limit: str):
    """The remote store's failures as the endpoint reports them: its 4xx as a failed evaluation (400),
    the rest as unavailable (503), a timeout (ours or the store's) as a stopped query."""
    from ..kg.remote import RemoteError, RemoteTimeout

    try:
        yield
    except RemoteTimeout:
        raise Stopped(time_limit) from None
    except RemoteError as exc:
        if 400 <= exc.status < 500 or _QUERY_ERROR.search(str(exc)):
            raise worker.JobError("evaluation", str(exc)) from None
        raise Unavailable(str(exc)) from None
    except TimeoutError:
        raise Stopped(time_limit) from None


def check_iris(iris) -> None:
    """Refused (400) unless every graph IRI is an absolute IRI."""
    for iri in iris:
        try:
            ox.NamedNode(iri)
        except ValueError as exc:
            raise Refused(f"graph parameter {iri!r} is not an absolute IRI: {exc}") from None

