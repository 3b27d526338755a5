"""`isecg-kg sparql`: a SPARQL query on the knowledge graph from the command line, with the
endpoint's rules (no SERVICE, no updates) and its syntax error display."""

from __future__ import annotations

import re
import sys
import threading
from pathlib import Path

import pyoxigraph as ox

from ..kg.cli import quiet_pipe, store
from . import text as sparql_text
from .errors import pointed
from .worker import STACK_BYTES

RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
                  "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML}
GRAPH_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}


def register(sub, parents) -> None:
    p = sub.add_parser(
        "sparql", parents=parents, help="Run a SPARQL query on the knowledge graph and print the results.",
        description="Run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT or DESCRIBE) on the published knowledge graph. "
        "The default graph is the union of all graphs (GRAPH ?g {...} still reaches each document's graph); "
        "the prefixes isecg, org, skos, dcterms, prov, schema, time, rdf, rdfs, xsd, owl are predeclared. "
        "Example: isecg-kg sparql 'SELECT ?name WHERE { ?o org:memberOf ?b . ?b isecg:acronym \"ISECG\" . "
        "?o skos:prefLabel ?name }'")
    p.add_argument("query", help="The query text, or @FILE to read it from a file, or - for standard input.")
    p.add_argument("--format", choices=["table", *RESULT_FORMATS, *GRAPH_FORMATS], default="table",
                   help="table (default; CONSTRUCT/DESCRIBE print Turtle), json/csv/tsv/xml (SPARQL results formats) "
                   "or ttl/nt/jsonld (CONSTRUCT and DESCRIBE only).")
    p.set_defaults(handler=run_sparql)


def _query_text(arg: str) -> str:
    if arg == "-":
        return sys.stdin.read()
    if arg.startswith("@"):
        return Path(arg[1:]).read_text()
    return arg


def on_deep_stack(func, *args):
    """``func(*args)`` in a thread of its own with the query processes' stack (64 MB), so that the
    parser has the same room here as behind the endpoint.  A thread, not a raised RLIMIT_STACK: that
    would outlive the command in whatever process runs it, and be inherited by the processes it
    starts (a test's query processes, whose threads would then reserve 64 MB each)."""
    outcome: dict = {}

    def target():
        try:
            outcome["value"] = func(*args)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread as it is
            outcome["error"] = exc

    previous = threading.stack_size(STACK_BYTES)
    try:
        thread = threading.Thread(target=target, name="deep-stack")
        thread.start()
    finally:
        threading.stack_size(previous)
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


@quiet_pipe
def run_sparql(settings, args) -> int:
    text = _query_text(args.query)
    if sparql_text.has_keyword(sparql_text.code(text), "service", loose=True):  # the /sparql endpoint's rule
        print("isecg-kg sparql: SERVICE is not allowed: queries make no outbound requests; query the other "
              "endpoint yourself and combine the results", file=sys.stderr)
        return 2
    problem = sparql_text.too_complex(text, max_depth=settings.sparql_max_depth, max_tokens=settings.sparql_max_tokens)
    if problem:  # the endpoint's rule too: past it, the parser could overflow the stack and kill this process
        print(f"isecg-kg sparql: {problem}", file=sys.stderr)
        return 2
    return on_deep_stack(_answer, settings, args, text)  # the parser gets a deep stack


def _answer(settings, args, text: str) -> int:
    """Run the query and print its results (in one thread: pyoxigraph's results stay in theirs)."""
    graph = store(settings)
    try:
        results = graph.query(text)
    except SyntaxError as exc:
        if re.match(r"\s*(?:PREFIX\s+\S*\s*<[^>]*>\s*)*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)\b",
                    text, re.I):
            print("isecg-kg sparql: updates are not run here: the graph is rebuilt from the corpus by "
                  "`isecg-kg ingest`", file=sys.stderr)
        else:
            print(f"isecg-kg sparql: the query is not valid SPARQL 1.1: {pointed(str(exc), text)}", file=sys.stderr)
        return 2
    if isinstance(results, ox.QueryBoolean):
        if args.format in RESULT_FORMATS:
            _write(results.serialize(format=RESULT_FORMATS[args.format]))
        else:
            print("true" if bool(results) else "false")
        return 0
    if not isinstance(results, ox.QuerySolutions):  # CONSTRUCT, DESCRIBE
        fmt = GRAPH_FORMATS.get(args.format, ox.RdfFormat.TURTLE) if args.format not in RESULT_FORMATS else None
        if fmt is None:
            print(f"isecg-kg sparql: --format {args.format} is for SELECT and ASK; use ttl, nt or jsonld",
                  file=sys.stderr)
            return 2
        _write(ox.serialize(results, format=fmt))
        return 0
    if args.format in GRAPH_FORMATS:
        print(f"isecg-kg sparql: --format {args.format} is for CONSTRUCT and DESCRIBE; use table, json, csv, tsv "
              "or xml", file=sys.stderr)
        return 2
    if args.format in RESULT_FORMATS:
        _write(results.serialize(format=RESULT_FORMATS[args.format]))
        return 0
    print(table(results))
    return 0


def _write(data: bytes) -> None:
    """Serialized results on standard output, ending with a line break as a terminal expects
    (the JSON serializer ends without one)."""
    sys.stdout.buffer.write(data if data.endswith(b"\n") else data + b"\n")


def table(results) -> str:
    """SELECT results as an aligned text table (IRIs in <>, literals as their text)."""
    names = [v.value for v in results.variables]
    rows = [[_cell(s[n]) for n in names] for s in results]
    widths = [min(60, max([len(n)] + [len(r[i]) for r in rows])) for i, n in enumerate(names)]
    line = lambda cells: " | ".join(c[:60].ljust(w) for c, w in zip(cells, widths))  # noqa: E731
    parts = [line(names), "-+-".join("-" * w for w in widths), *(line(r) for r in rows), f"({len(rows)} rows)"]
    return "\n".join(parts)


def _cell(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return f"<{term.value}>"
    return term.value
