"""The components of one published build, as the server uses them.

``Services(settings, build)`` holds them.  Each member is built on first use, at most once: the
first users of a member wait on that member's own lock, never on another member's, so a cheap
request (``/health``, a browse page) never waits behind a multi-second load it does not need.
``state.AppState`` replaces the whole object when ``indexes/current`` moves, so nothing built
from one build is ever served with another.  Tests give ``create_app(settings, services=...)`` a
Services whose members are set up front (``Services(settings, None, sparql=endpoint)``).
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any, Callable, Generic, TypeVar, overload

from ..indexes import Build, IndexMissing
from ..settings import Settings

if TYPE_CHECKING:
    from ..kg import GraphStore
    from ..qa import Answerer
    from ..search import SearchEngine
    from ..sparql import Endpoint
    from .graphdata import GraphData

log = logging.getLogger(__name__)

T = TypeVar("T")


class member(Generic[T]):  # noqa: N801 - used as a decorator, like property
    """A member of Services built by ``factory(services)`` on first use, under its own lock.

    A non-data descriptor: once built, the value sits in the instance's ``__dict__``, which
    Python reads before calling ``__get__`` again, so later reads take no lock."""

    def __init__(self, factory: Callable[[Any], T]):
        self.factory = factory
        self.name = factory.__name__
        self.__doc__ = factory.__doc__

    @overload
    def __get__(self, obj: None, owner: type) -> member[T]: ...

    @overload
    def __get__(self, obj: Services, owner: type) -> T: ...

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        with obj._locks[self.name]:
            if self.name not in obj.__dict__:
                obj.__dict__[self.name] = self.factory(obj)
            return obj.__dict__[self.name]


class Services:
    """The graph store, search engine, answerer, SPARQL endpoint and page data of one build."""

    # Loaded by warm_up(), in this order; the server is ready (GET /health: ok) once all are.  The
    # SPARQL query processes first: they start in about a second, while the model takes several
    # (importing torch holds the CPU and the GIL), and the endpoint needs nothing else.
    WARM = ("sparql", "model", "reranker", "search", "answerer", "graph_data")

    def __init__(self, settings: Settings, build: Build | None, **given: Any):
        self.settings = settings
        self._build = build
        names = sorted({n for cls in type(self).__mro__ for n, v in vars(cls).items() if isinstance(v, member)})
        self._locks = {name: threading.Lock() for name in names}
        for name, value in given.items():
            if name not in self._locks:
                raise TypeError(f"Services has no member {name!r}; members: {', '.join(names)}")
            self.__dict__[name] = value
        self._warming: threading.Thread | None = None
        self._warm_lock = threading.Lock()
        self.warm_error: str | None = None

    @property
    def build(self) -> Build:
        if self._build is None:
            raise IndexMissing(f"this server was started without a build (index folder {self.settings.index_dir}/); "
                               "run `isecg-kg ingest` first")
        return self._build

    # -- members -----------------------------------------------------------------------------

    @member
    def graph(self) -> GraphStore:
        """The build's knowledge graph, as the kg package hands it out (one per build)."""
        from ..kg import open_graph

        return open_graph(self.build, self.settings)

    @member
    def model(self) -> Any:
        """The embedding model (one per process, shared by every build)."""
        from ..search import embed

        return embed.load_model(self.settings.model)

    @member
    def reranker(self) -> Any:
        """The cross-encoder of search and /api/ask (one per process, shared by every build), or None when
        search_rerank and ask_rerank are 0."""
        from ..search import rerank

        wanted = self.settings.search_rerank or self.settings.ask_rerank
        return rerank.load(self.settings.search_rerank_model) if wanted else None

    @member
    def search(self) -> SearchEngine:
        from ..search import SearchEngine

        return SearchEngine.from_build(self.build, self.settings)

    @member
    def entities(self) -> list[dict]:
        from ..kg import load_entities

        return load_entities(self.build)

    @member
    def mentions(self) -> dict[str, list[dict]]:
        """{passage id: [entities it mentions]}."""
        from ..kg import load_mentions

        return load_mentions(self.build)

    @member
    def mentioned_in(self) -> dict[str, list[str]]:
        """{entity IRI: [passage ids mentioning it]}, in passage order."""
        index: dict[str, list[str]] = {}
        for passage_id, found in self.mentions.items():
            for mention in found:
                index.setdefault(mention.iri, []).append(passage_id)
        order = {p.id: i for i, p in enumerate(self.build.passages)}
        return {iri: sorted(set(ids), key=lambda p: order.get(p, 0)) for iri, ids in index.items()}

    @member
    def answerer(self) -> Answerer:
        from ..qa import Answerer

        return Answerer(engine=self.search, graph=self.graph, entities=self.entities, settings=self.settings)

    @member
    def sparql(self) -> Endpoint:
        from ..sparql import Endpoint

        return Endpoint.from_build(self.build, self.settings)

    @member
    def graph_data(self) -> GraphData:
        from .graphdata import GraphData

        return GraphData(self.graph)

    # -- readiness ---------------------------------------------------------------------------

    def loaded(self, name: str) -> bool:
        return name in self.__dict__

    @property
    def ready(self) -> bool:
        return all(self.loaded(name) for name in self.WARM)

    def status(self) -> str:
        """"ok" (everything of WARM loaded), "warming" or "failed" (the last warm-up raised: warm_error)."""
        if self.ready:
            return "ok"
        if self.warm_error is not None and not (self._warming is not None and self._warming.is_alive()):
            return "failed"
        return "warming"

    def warm_up(self) -> None:
        """Load every member of WARM now (the first question then does not wait for them)."""
        try:
            for name in self.WARM:
                getattr(self, name)
            self.warm_error = None
        except Exception as exc:  # noqa: BLE001 - /health reports it; requests meet (and report) it again
            self.warm_error = f"{type(exc).__name__}: {exc}"
            log.warning("warm-up failed (%s); /health says so and components load on first use", self.warm_error)

    def start_warm_up(self) -> None:
        """warm_up() in a background thread, unless one is running or everything is loaded."""
        with self._warm_lock:
            if self.ready or (self._warming is not None and self._warming.is_alive()):
                return
            self._warming = threading.Thread(target=self.warm_up, name="warm-up", daemon=True)
            self._warming.start()

    def close(self) -> None:
        """Stop the SPARQL endpoint's query processes (if it was started)."""
        endpoint = self.__dict__.get("sparql")
        if endpoint is not None:
            endpoint.close()
