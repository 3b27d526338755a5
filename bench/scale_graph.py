"""Make a scaled copy of a published build whose documents' named graphs hold about ``--quads``
quads in about ``--graphs`` graphs: the documents' graphs are repeated under new document IRIs
(passages, statements and blank nodes renamed) until they hold ``--quads`` quads, while the
entities they talk about stay shared, so the same facts are stated in many graphs, as in a large
corpus; when that makes fewer than ``--graphs`` graphs, each copy is split by subject into parts
(``<doc graph>/p1``, ...).  Not counted in ``--quads``: the reference data, the ontology and the
VoID statistics (a few thousand), and the merged default graph the store adds (about as many again).
The other stages (search, qa) are copied as they are.  The copy is a normal index folder: serve
it, query it, bench it.

    .venv/bin/python bench/scale_graph.py --index-dir indexes --out /tmp/scaled --quads 1500000 --graphs 500
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import time
import zlib
from pathlib import Path

from isecg_kg.indexes import current_build
from isecg_kg.kg.build import DATASET
from isecg_kg.iris import void_graph
from isecg_kg.kg.store import STORE_DIR, write_store
from isecg_kg.kg.void import describe


def scale(index_dir: Path, out: Path, *, quads: int, graphs: int) -> dict:
    build = current_build(index_dir)
    if build is None:
        sys.exit(f"no build in {index_dir}/; run `isecg-kg ingest` first")
    if out.exists():
        shutil.rmtree(out)
    target = out / "builds" / build.path.name
    shutil.copytree(build.path, target, ignore=shutil.ignore_patterns(STORE_DIR))
    (out / "current").symlink_to(target.relative_to(out))
    lines = (build.stage_dir("graph") / DATASET).read_bytes().splitlines()
    base = _base_of(lines)
    doc_graph = re.compile(rb"<" + re.escape(base.encode()) + rb"graph/doc/[^>]+> \.$")
    statistics = f"<{void_graph(base)}> .".encode()  # described again below, for the copies
    shared = [line for line in lines if not doc_graph.search(line) and not line.endswith(statistics)]
    documents = [line for line in lines if doc_graph.search(line)]
    ids = sorted({m.decode() for m in re.findall(rb"/doc/([^/>]+)", b"\n".join(documents))})
    # --quads sets the copies (it used to be the larger of that and --graphs / documents: 500 copies
    # of the shipped one-document graph, 2.9 M quads for --quads 1500000); --graphs only splits them.
    copies = max(1, round(quads / max(len(documents), 1)))
    parts = max(1, round(graphs / max(copies * len(ids), 1)))
    body = b"\n".join(_part(line, zlib.crc32(line.split(b" ", 1)[0]) % parts) for line in documents) + b"\n"
    started = time.perf_counter()
    dataset = target / "graph" / DATASET
    with open(dataset, "wb") as handle:
        handle.write(b"\n".join(shared) + b"\n")
        for k in range(copies):
            copy = body
            for doc_id in ids:
                copy = copy.replace(f"/doc/{doc_id}".encode(), f"/doc/{doc_id}-c{k}".encode())
            handle.write(copy.replace(b"_:", f"_:c{k}x".encode()))
    described = describe(dataset, base)
    total = write_store(target / "graph" / STORE_DIR, [(dataset, None)])
    named = len({line.rsplit(b" ", 2)[-2] for line in body.splitlines()}) * copies
    return {"copies": copies, "document_graphs": named, "quads_in_document_graphs": copies * len(documents),
            "named_graphs": named + len({line.rsplit(b" ", 2)[-2] for line in shared}) + 1,  # + VoID
            "quads_in_dataset": len(shared) + copies * len(documents) + described, "quads_in_store": total,
            "seconds": round(time.perf_counter() - started, 1)}


def _part(line: bytes, part: int) -> bytes:
    """An N-Quads line of a document graph, moved to the graph's part ``part`` (0: the graph itself)."""
    return line if part == 0 else line[:-3] + f"/p{part}> .".encode()


def _base_of(lines: list[bytes]) -> str:
    match = re.search(rb"<(https?://[^>]*?/)graph/", b"\n".join(lines[:2000]))
    return match.group(1).decode()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index-dir", type=Path, default=Path("indexes"))
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--quads", type=int, default=1_500_000,
                        help="quads in the documents' named graphs (the merge and the shared graphs come on top)")
    parser.add_argument("--graphs", type=int, default=500,
                        help="about this many document graphs: each copy is split by subject into parts if needed")
    args = parser.parse_args()
    figures = scale(args.index_dir, args.out, quads=args.quads, graphs=args.graphs)
    print(" ".join(f"{k}={v}" for k, v in figures.items()))
    print(f"reproduce: {sys.executable} bench/scale_graph.py --index-dir {args.index_dir} --out {args.out} "
          f"--quads {args.quads} --graphs {args.graphs}")


if __name__ == "__main__":
    main()
