"""`isecg-kg export`: the knowledge graph from the command line (`isecg-kg sparql` is isecg_kg.sparql.cli)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pyoxigraph as ox

EXPORT_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS,
                  "jsonld": ox.RdfFormat.JSON_LD}


def register(sub, parents) -> None:
    e = sub.add_parser(
        "export", parents=parents, help="Write the whole knowledge graph as Turtle, TriG, N-Quads or JSON-LD.",
        description="Export the published knowledge graph. nq, trig and jsonld keep the named graphs (one per "
        "document, the reference data, the ontology); ttl merges them into one graph.")
    e.add_argument("--format", choices=sorted(EXPORT_FORMATS), default="nq", help="Serialization (default nq).")
    e.add_argument("-o", "--output", type=Path, default=None, help="File to write (default: standard output).")
    e.set_defaults(handler=run_export)


def store(settings):
    from ..indexes import require_build
    from . import open_graph

    return open_graph(require_build(settings), settings)


def quiet_pipe(handler):
    """`isecg-kg export | head` (or `sparql`) is fine: stop writing when the reader has gone."""
    def run(settings, args) -> int:
        try:
            return handler(settings, args)
        except BrokenPipeError:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    return run


@quiet_pipe
def run_export(settings, args) -> int:
    graph = store(settings)
    fmt = EXPORT_FORMATS[args.format]
    # the named graphs, or their merge (the default graph)
    quads = list(graph.quads()) if fmt.supports_datasets else list(graph.triples())
    from .vocab import PREFIXES

    kw = {"prefixes": PREFIXES} if args.format in ("ttl", "trig") else {}
    if args.output:
        with open(args.output, "wb") as handle:
            ox.serialize(quads, handle, fmt, **kw)
        print(f"wrote {len(quads)} {'quads' if fmt.supports_datasets else 'triples'} to {args.output} "
              f"({args.format})", file=sys.stderr)
    else:
        ox.serialize(quads, sys.stdout.buffer, fmt, **kw)
    return 0
