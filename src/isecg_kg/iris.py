"""Every IRI the project mints, in one place.

Data IRIs live under the ``base_iri`` setting (default http://127.0.0.1:5000/), so that
they dereference on the server that publishes them; the vocabulary has a fixed namespace.

    {base}id/doc/{doc_id}                      a document
    {base}id/doc/{doc_id}/passage/{ordinal}    a passage of it
    {base}id/{kind}/{slug}                     an entity (kind: org, group, tech, place, event, ...)
    {base}graph/doc/{doc_id}                   the named graph holding a document's facts
    {base}graph/reference                      the named graph of curated reference data
    {base}graph/ontology                       the named graph of the ontology
    {base}graph/void                           the named graph of the VoID statistics of the others
    {base}dataset                              the whole dataset, as VoID describes it
    {base}id/doc/{doc_id}/statement/{key}      the provenance record of one extracted fact
"""

from __future__ import annotations

import re
import unicodedata

VOCAB = "https://w3id.org/isecg-kg/ontology#"


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def document(base: str, doc_id: str) -> str:
    return f"{base}id/doc/{doc_id}"


def passage(base: str, passage_id: str) -> str:
    doc_id, ordinal = passage_id.rsplit("/", 1)
    return f"{base}id/doc/{doc_id}/passage/{ordinal}"


def entity(base: str, kind: str, name: str) -> str:
    return f"{base}id/{kind}/{slugify(name)}"


def document_graph(base: str, doc_id: str) -> str:
    return f"{base}graph/doc/{doc_id}"


def reference_graph(base: str) -> str:
    return f"{base}graph/reference"


def ontology_graph(base: str) -> str:
    return f"{base}graph/ontology"


def void_graph(base: str) -> str:
    return f"{base}graph/void"


def dataset(base: str) -> str:
    return f"{base}dataset"


def statement(base: str, doc_id: str, key: str) -> str:
    """The provenance record of one fact extracted from a document (``key``: a stable hash)."""
    return f"{base}id/doc/{doc_id}/statement/{key}"
