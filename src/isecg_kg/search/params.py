"""Search parameters, shared by /api/search, /api/ask and `isecg-kg search`, declared once
(``PARAMS``): the validation below and /openapi.json both come from these definitions.

``parse_query_params(args, settings)`` takes the raw strings (a request's query string or a
plain dict) and returns the keyword arguments of ``SearchEngine.search``::

    {"query", "k", "mode", "doc", "year_from", "year_to", "doc_type", "section", "entity"}

or raises ``BadParameter`` with a message that says what is wrong and what is accepted.
``choices(build)`` gives the documents and document types a build accepts for ``doc`` and ``type``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..params import TEXT, BadParameter, Param, parse
from ..settings import Settings

MODES = ("hybrid", "dense", "lexical")
DEFAULT_K = 10
YEAR = {"type": "integer", "minimum": 1, "maximum": 9999}
PARAMS = (
    Param("q", "The question or keywords.", required=True, max_length="max_query_chars", pattern=TEXT,
          example="Which agencies are members of ISECG?"),
    Param("k", "Number of passages returned.", type="integer", default=DEFAULT_K, minimum=1, maximum="max_k"),
    Param("mode", "Retrieval: dense and lexical fused (hybrid), or one of them alone.", enum=MODES,
          default="hybrid"),
    Param("doc", "Only passages of this document (its id, as in the results' document.id).", choices="documents"),
    Param("year_from", "Only documents published in or after this year (at most year_to).", **YEAR),
    Param("year_to", "Only documents published in or before this year.", **YEAR),
    Param("type", "Only documents of this type (e.g. 'annual report', 'roadmap').", choices="types"),
    Param("section", "Only passages whose section heading contains this text.", max_length="max_query_chars"),
    Param("entity", "Only passages that mention this entity (its IRI); an IRI nothing mentions matches nothing.",
          max_length="max_query_chars"),
)
# Query-string name -> keyword of SearchEngine.search, for the text filters.
TEXT_FILTERS = {"doc": "doc", "type": "doc_type", "section": "section", "entity": "entity"}


def parse_query_params(args: Mapping, settings: Settings, *, params: Sequence[Param] = PARAMS,
                       choices: Mapping[str, Sequence[str]] | None = None) -> dict:
    """``params`` may be another declaration of the same parameters (/api/ask's, whose k counts evidence)."""
    values = parse(params, args, settings, choices=choices)
    year_range(values)
    out = {"query": values["q"].strip(), "k": values["k"], "mode": values["mode"],
           "year_from": values["year_from"], "year_to": values["year_to"]}
    for name, keyword in TEXT_FILTERS.items():
        out[keyword] = (values[name] or "").strip() or None
    return out


def year_range(values: Mapping) -> None:
    """The one rule between parameters (OpenAPI cannot state it; the descriptions do)."""
    low, high = values.get("year_from"), values.get("year_to")
    if low is not None and high is not None and low > high:
        raise BadParameter(f"year_from ({low}) is after year_to ({high})")


def choices(build) -> dict[str, list[str]]:
    """The values ``doc`` and ``type`` accept over ``build``: its document ids and document types."""
    return {"documents": sorted(d.id for d in build.documents),
            "types": sorted({d.type for d in build.documents if d.type})}
