"""Validation of search parameters, shared by /api/search, /api/ask and `isecg-kg search`.

``parse_query_params(args, settings)`` takes the raw strings (a request's query string or a
plain dict) and returns the keyword arguments of ``SearchEngine.search``::

    {"query", "k", "mode", "doc", "year_from", "year_to", "doc_type", "section", "entity"}

or raises ``BadParameter`` with a message that says what is wrong and what is accepted.
"""

from __future__ import annotations

from typing import Mapping

from ..settings import Settings

MODES = ("hybrid", "dense", "lexical")
DEFAULT_K = 10
# Parameter name in the query string -> keyword of SearchEngine.search, for the plain text filters.
TEXT_FILTERS = {"doc": "doc", "type": "doc_type", "section": "section", "entity": "entity"}


class BadParameter(ValueError):
    """A search parameter is missing or invalid; the message says which and why (HTTP 400)."""


def parse_query_params(args: Mapping, settings: Settings) -> dict:
    query = (args.get("q") or "").strip()
    if not query:
        raise BadParameter("parameter q is required: the text to search for")
    if len(query) > settings.max_query_chars:
        raise BadParameter(f"q is {len(query)} characters long; at most {settings.max_query_chars} are accepted "
                           "(setting max_query_chars)")
    params = {
        "query": query,
        "k": _integer(args, "k", DEFAULT_K, 1, settings.max_k, "setting max_k"),
        "mode": (args.get("mode") or "hybrid").strip().lower(),
        "year_from": _integer(args, "year_from", None, 1, 9999, "a year"),
        "year_to": _integer(args, "year_to", None, 1, 9999, "a year"),
    }
    if params["mode"] not in MODES:
        raise BadParameter(f"mode must be one of {', '.join(MODES)}; got {args.get('mode')!r}")
    if params["year_from"] is not None and params["year_to"] is not None and params["year_from"] > params["year_to"]:
        raise BadParameter(f"year_from ({params['year_from']}) is after year_to ({params['year_to']})")
    for name, keyword in TEXT_FILTERS.items():
        value = (args.get(name) or "").strip()
        params[keyword] = value or None
    return params


def _integer(args: Mapping, name: str, default, low: int, high: int, why: str):
    raw = args.get(name)
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return default
    try:
        value = int(str(raw).strip())
    except ValueError:
        raise BadParameter(f"{name} must be a whole number from {low} to {high}; got {raw!r}") from None
    if not low <= value <= high:
        raise BadParameter(f"{name} must be from {low} to {high} ({why}); got {value}")
    return value
