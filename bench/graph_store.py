"""Which store behind the knowledge graph: rdflib's Memory store, rdflib over pyoxigraph (oxrdflib),
or pyoxigraph itself.  Measures loading the dataset and the queries users typically run (members
with their source page, who works on what, events of a year, label search, DESCRIBE), on the
published graph and on a copy with the document graphs repeated (a bigger corpus).

    .venv/bin/python bench/graph_store.py [--index-dir indexes] [--copies 10] [--repeat 5]

Prints median milliseconds per store and the ratio to rdflib Memory measured in the same run.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
import rdflib

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from isecg_kg.indexes import current_build  # noqa: E402
from isecg_kg.kg.vocab import PREFIXES  # noqa: E402

HEADER = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
QUERIES = {
    "members+page": """SELECT ?acronym ?period ?page WHERE {
        ?body isecg:acronym "ISECG" .
        ?m a org:Membership ; org:member ?org ; org:organization ?body ; org:memberDuring/rdfs:label ?period .
        ?org isecg:acronym ?acronym .
        ?st rdf:subject ?m ; rdf:predicate org:member ; rdf:object ?org ; isecg:page ?page }""",
    "works-on+source": """SELECT ?who ?tech ?page ?sentence WHERE {
        ?g isecg:worksOn ?t ; skos:prefLabel ?who . ?t skos:prefLabel ?tech .
        ?st rdf:subject ?g ; rdf:predicate isecg:worksOn ; rdf:object ?t ; isecg:page ?page ; isecg:sentence ?sentence }""",
    "events of 2022": """SELECT ?name ?start ?place WHERE {
        ?e a schema:Event ; skos:prefLabel ?name ; schema:startDate ?start .
        OPTIONAL { ?e schema:location/skos:prefLabel ?place } FILTER(YEAR(?start) = 2022) } ORDER BY ?start""",
    "label search": """SELECT DISTINCT ?e ?label WHERE { ?e skos:prefLabel|skos:altLabel|isecg:acronym ?label .
        FILTER(CONTAINS(LCASE(STR(?label)), "space agency")) } LIMIT 50""",
    "count by type": """SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?type } GROUP BY ?type ORDER BY DESC(?n)""",
    "describe": """DESCRIBE <{base}id/org/jaxa>""",
}


def scaled(dataset: Path, copies: int, out: Path) -> Path:
    """The dataset with every document graph repeated ``copies`` times as new documents: their passages,
    statements and the entities they define get new IRIs; the reference entities stay shared."""
    lines = dataset.read_text().splitlines()
    reference = {line.split(" ", 1)[0] for line in lines if line.rstrip(" .").endswith("graph/reference>")}
    doc_lines = [line for line in lines if "/graph/doc/" in line.rsplit(" ", 2)[-2]]
    iri = re.compile(r"<(http[^>]*/(?:id|graph)/[^>]*)>")
    with open(out, "w") as handle:
        handle.write("\n".join(lines) + "\n")
        for k in range(1, copies):
            def rename(m, k=k):
                if m.group(0) in reference:
                    return m.group(0)
                head, _, tail = m.group(1).partition("/id/") if "/id/" in m.group(1) else m.group(1).partition(
                    "/graph/doc/")
                sep = "/id/" if "/id/" in m.group(1) else "/graph/doc/"
                return f"<{head}{sep}copy{k}-{tail}>"
            for line in doc_lines:
                handle.write(iri.sub(rename, line) + "\n")
    return out


def timed(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
        if times[-1] > 2000:  # slow enough that one run tells
            break
    return statistics.median(times), result


def load_memory(path: Path):
    ds = rdflib.Dataset(default_union=True)
    ds.parse(str(path), format="nquads")
    return ds


def load_oxrdflib(path: Path):
    ds = rdflib.Dataset(store="Oxigraph", default_union=True)
    ds.parse(str(path), format="nquads")
    return ds


def load_pyoxigraph(path: Path):
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    return store


def run_rdflib(ds, query: str) -> int:
    return len(list(ds.query(HEADER + query)))


def run_pyoxigraph(store, query: str) -> int:
    return len(list(store.query(HEADER + query, use_default_graph_as_union=True)))


def measure(path: Path, base: str, repeat: int) -> dict:
    engines = {"rdflib Memory": (load_memory, run_rdflib), "rdflib+oxrdflib": (load_oxrdflib, run_rdflib),
               "pyoxigraph": (load_pyoxigraph, run_pyoxigraph)}
    figures: dict[str, dict[str, float]] = {}
    counts: dict[str, dict[str, int]] = {}
    for name, (load, run) in engines.items():
        load_ms, store = timed(lambda load=load: load(path), max(1, repeat // 2))
        figures[name] = {"load": load_ms}
        counts[name] = {}
        for label, query in QUERIES.items():
            query = query.replace("{base}", base)
            ms, n = timed(lambda run=run, store=store, query=query: run(store, query), repeat)
            figures[name][label], counts[name][label] = ms, n
    return {"figures": figures, "counts": counts}


def report(title: str, quads: int, result: dict) -> None:
    figures = result["figures"]
    base = figures["rdflib Memory"]
    columns = ["load", *QUERIES]
    print(f"\n{title}: {quads} quads; median ms (ratio to rdflib Memory)")
    print(f"{'store':<16}" + "".join(f"{c:>22}" for c in columns))
    for name, row in figures.items():
        print(f"{name:<16}" + "".join(f"{row[c]:>12.1f} ({row[c] / base[c]:>6.2f}x)" for c in columns))
    for name, counts in result["counts"].items():
        print(f"rows returned by {name:<16} {counts}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index-dir", type=Path, default=Path("indexes"))
    parser.add_argument("--copies", type=int, default=10, help="Document graphs in the scaled dataset (default 10).")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    build = current_build(args.index_dir)
    if build is None:
        print(f"no build in {args.index_dir}/; run `isecg-kg ingest` first", file=sys.stderr)
        return 2
    dataset = build.stage_dir("graph") / "dataset.nq"
    base = next(
        line.split("graph/reference")[0].rsplit("<", 1)[1] for line in open(dataset) if "graph/reference" in line)
    print("command:", " ".join([Path(sys.executable).name, *sys.argv]))
    quads = sum(1 for _ in open(dataset))
    report("published graph", quads, measure(dataset, base, args.repeat))
    with tempfile.TemporaryDirectory() as tmp:
        big = scaled(dataset, args.copies, Path(tmp) / "scaled.nq")
        report(f"scaled x{args.copies} documents", sum(1 for _ in open(big)), measure(big, base, args.repeat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
