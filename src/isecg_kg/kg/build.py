"""Build stage ``graph``: the knowledge graph of a build, written to ``<build>/graph/``.

    dataset.nq      ontology, reference data, one named graph per document and the VoID
                    statistics of them all (kg/void.py) (N-Quads)
    store/          the same as an on-disk pyoxigraph store with the merged default graph, which
                    every process opens read-only (kg/store.py)
    entities.json   every entity: iri, label, type, types, aliases, acronym
    mentions.json   passage id -> entities the passage names
    docs/<id>.nq, docs/<id>.json   one document's graph and entities/mentions, reused by the next
                    build when the document is unchanged and so is the list of documents it may cite
    corpus.json     that list: each document's IRI, title and year (a document names another by them)
"""

from __future__ import annotations

import json
import logging
import shutil
import time
from pathlib import Path

import pyoxigraph as ox

from ..indexes import BuildContext
from ..progress import track
from .extract import extract_document
from .facts import Extraction
from .graph import document_entity, document_quads, labelled
from .reference import Gazetteer, name_key, entities_from_quads, ontology_quads, reference_quads
from .series import corpus_editions, corpus_genres, series_entities
from .store import DATASET, STORE_DIR, write_store
from .void import describe

log = logging.getLogger(__name__)

ENTITIES = "entities.json"
MENTIONS = "mentions.json"
DOCS = "docs"
CORPUS = "corpus.json"


def build_graph(ctx: BuildContext) -> dict:
    started = time.perf_counter()
    base = ctx.settings.base_iri
    out = Path(ctx.out_dir)
    (out / DOCS).mkdir(parents=True, exist_ok=True)
    reference = labelled(reference_quads(base))
    # pyoxigraph 0.5 counts a triple once per graph holding it in the union default graph
    # (oxigraph issue #1919, fixed in 0.6): what the reference data asserts is not asserted again.
    known_triples = {(q.subject, q.predicate, q.object) for q in reference}
    known = entities_from_quads(reference)
    gazetteer = Gazetteer(known.values())
    corpus = {doc.id: document_entity(base, doc) for doc in ctx.documents}
    for entity in corpus.values():
        gazetteer.add(entity)
    corpus_titles = {name_key(e.label): e.iri for e in corpus.values()}
    corpus_years = {corpus[doc.id].iri: doc.year for doc in ctx.documents if doc.year}
    editions, genres = corpus_editions(ctx.documents, base), corpus_genres(ctx.documents, base)
    for entity in series_entities(ctx.documents, base):
        gazetteer.add(entity)
    pages_by_doc, passages_by_doc = {}, {}
    for page in ctx.pages:
        pages_by_doc.setdefault(page.doc_id, []).append(page)
    for passage in ctx.passages:
        passages_by_doc.setdefault(passage.doc_id, []).append(passage)
    previous = ctx.previous_stage_dir("graph")
    # A document's links to the others ("updates the 2020 supplement") are resolved when it is read: reuse
    # its graph only while the corpus it was read against is the same.
    cited = json.dumps(sorted([corpus[doc.id].iri, corpus[doc.id].label, doc.year] for doc in ctx.documents))
    (out / CORPUS).write_text(cited, encoding="utf-8")
    same_corpus = previous is not None and (previous / CORPUS).exists() \
        and (previous / CORPUS).read_text(encoding="utf-8") == cited
    entities: dict[str, dict] = {e.iri: e.to_dict() for e in [*known.values(), *corpus.values()]}
    mentions: dict[str, list[dict]] = {}
    reused, failed = 0, []
    with open(out / DATASET, "wb") as dataset:
        ox.serialize(ontology_quads(base) + reference, dataset, ox.RdfFormat.N_QUADS)
        for doc in track(ctx.documents, desc="knowledge graph", unit="doc", enabled=ctx.progress):
            nq, meta = out / DOCS / f"{doc.id}.nq", out / DOCS / f"{doc.id}.json"
            old = previous / DOCS if previous else None
            if old and same_corpus and doc.id in ctx.unchanged and (old / nq.name).exists() \
                    and (old / meta.name).exists():
                shutil.copyfile(old / nq.name, nq)
                shutil.copyfile(old / meta.name, meta)
                reused += 1
            else:
                try:
                    extraction = extract_document(doc, pages_by_doc.get(doc.id, []),
                                                  passages_by_doc.get(doc.id, []), gazetteer, base,
                                                  corpus_titles=corpus_titles, corpus_years=corpus_years,
                                                  corpus_editions=editions, corpus_genres=genres)
                except Exception:  # a bug met on one document's wording must not cost the others their graph
                    log.error("extraction failed on %s: its graph keeps the document and its passages, no facts "
                              "read from its text; please report this document", doc.file, exc_info=True)
                    extraction = Extraction(doc.id)
                    failed.append(doc.id)
                publisher = gazetteer.lookup(doc.publisher) if doc.publisher else None
                quads = document_quads(base, doc, passages_by_doc.get(doc.id, []), extraction, publisher,
                                       known=known_triples)
                with open(nq, "wb") as handle:
                    ox.serialize(quads, handle, ox.RdfFormat.N_QUADS)
                meta.write_text(json.dumps({"entities": [e.to_dict() for e in extraction.entities.values()],
                                            "mentions": {pid: [m.to_dict() for m in found]
                                                         for pid, found in extraction.mentions.items()}},
                                           ensure_ascii=False))
            dataset.write(nq.read_bytes())
            data = json.loads(meta.read_text())
            for item in data["entities"]:
                _merge(entities, item)
            mentions.update(data["mentions"])
    (out / ENTITIES).write_text(json.dumps(sorted(entities.values(), key=lambda e: e["iri"]), ensure_ascii=False,
                                           indent=0))
    (out / MENTIONS).write_text(json.dumps(mentions, ensure_ascii=False))
    describe(out / DATASET, base)
    quads = sum(1 for _ in open(out / DATASET, "rb"))
    write_store(out / STORE_DIR, [(out / DATASET, None)])
    seconds = time.perf_counter() - started
    log.info("knowledge graph: %d quads, %d entities, %d documents (%d reused) in %.2f s",
             quads, len(entities), len(ctx.documents), reused, seconds)
    return {"quads": quads, "entities": len(entities), "documents_reused": reused, "extraction_failed": failed,
            "seconds": round(seconds, 2)}


def _merge(entities: dict[str, dict], item: dict) -> None:
    """Entities several documents describe: one record, every alias and type kept."""
    known = entities.get(item["iri"])
    if known is None:
        entities[item["iri"]] = item
        return
    for name in [item["label"], item.get("acronym"), *item["aliases"]]:
        if name and name not in (known["label"], known.get("acronym"), *known["aliases"]):
            known["aliases"].append(name)
    known["acronym"] = known.get("acronym") or item.get("acronym")
    known["types"] += [t for t in item["types"] if t not in known["types"]]
