"""Make a scaled copy of a published build whose knowledge graph has about ``--quads`` quads in
``--graphs`` named graphs: each document graph is repeated under new document IRIs (its
passages, statements and blank nodes renamed), while the entities they talk about stay shared,
so the same facts are stated in many graphs, as in a large corpus.  The other stages (search,
qa) are copied as they are.  The copy is a normal index folder: serve it, query it, bench it.

    .venv/bin/python bench/scale_graph.py --index-dir indexes --out /tmp/scaled --quads 1500000
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import time
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
    copies = max(graphs // max(len(ids), 1), -(-quads // max(len(documents), 1)))
    started = time.perf_counter()
    dataset = target / "graph" / DATASET
    with open(dataset, "wb") as handle:
        handle.write(b"\n".join(shared) + b"\n")
        body = b"\n".join(documents) + b"\n"
        for k in range(copies):
            copy = body
            for doc_id in ids:
                copy = copy.replace(f"/doc/{doc_id}".encode(), f"/doc/{doc_id}-c{k}".encode())
            handle.write(copy.replace(b"_:", f"_:c{k}x".encode()))
    described = describe(dataset, base)
    total = write_store(target / "graph" / STORE_DIR, [(dataset, None)])
    return {"copies": copies, "named_graphs": copies * len(ids) + 2, "quads_in_dataset": len(shared) + copies *
            len(documents) + described, "quads_in_store": total, "seconds": round(time.perf_counter() - started, 1)}


def _base_of(lines: list[bytes]) -> str:
    match = re.search(rb"<(https?://[^>]*?/)graph/", b"\n".join(lines[:2000]))
    return match.group(1).decode()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index-dir", type=Path, default=Path("indexes"))
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--quads", type=int, default=1_500_000)
    parser.add_argument("--graphs", type=int, default=500)
    args = parser.parse_args()
    figures = scale(args.index_dir, args.out, quads=args.quads, graphs=args.graphs)
    print(" ".join(f"{k}={v}" for k, v in figures.items()))
    print(f"reproduce: {sys.executable} bench/scale_graph.py --index-dir {args.index_dir} --out {args.out} "
          f"--quads {args.quads} --graphs {args.graphs}")


if __name__ == "__main__":
    main()
