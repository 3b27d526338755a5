"""Validation of search parameters, shared by /api/search, /api/ask and `isecg-kg search`.

``parse_query_params(args, settings)`` takes the raw strings (a request's query string or a
plain dict) and returns the keyword arguments of ``SearchEngine.search``::

    {"query", "k", "mode", "doc", "year_from", "year_to", "doc_type", "section", "entity"}

or raises ``BadParameter`` with a message that says what is wrong and what is accepted.
"""

from __future__ import annotations

import re
from typing import Mapping

from ..settings import Settings

MODES = ("hybrid", "dense", "lexical")
DEFAULT_K = 10
# Parameter name in the query string -> keyword of SearchEngine.search, for the plain text filters.
TEXT_FILTERS = {"doc": "doc", "type": "doc_type", "section": "section", "entity": "entity"}
# ASCII digits only: int() would also take "1_000" and other scripts' digits.
WHOLE_NUMBER = re.compile(r"[+-]?[0-9]+")
# C0/C1 control characters other than tab and line breaks: never part of a question (NUL, ESC, ...).
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class BadParameter(ValueError):
    """A search parameter is missing or invalid; the message says which and why (HTTP 400)."""


def parse_query_params(args: Mapping, settings: Settings) -> dict:
    _given_once(args)
    query = (args.get("q") or "").strip()
    if not query:
        raise BadParameter("parameter q is required: the text to search for")
    control = CONTROL.search(query)
    if control:
        raise BadParameter(f"q contains the control character U+{ord(control.group()):04X} at position "
                           f"{control.start()}; remove it")
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


def _given_once(args: Mapping) -> None:
    """A repeated parameter (``?mode=dense&mode=lexical``) is refused rather than silently cut to its first value."""
    if not hasattr(args, "getlist"):  # a plain dict (the CLI, the search page) holds one value per name
        return
    for name in ("q", "k", "mode", "year_from", "year_to", *TEXT_FILTERS):
        count = len(args.getlist(name))
        if count > 1:
            raise BadParameter(f"parameter {name} is given {count} times; give it once")


def _integer(args: Mapping, name: str, default, low: int, high: int, why: str):
    raw = args.get(name)
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return default
    text = str(raw).strip()
    shown = repr(text) if len(text) <= 40 else repr(text[:40]) + f"... ({len(text)} characters)"
    if not WHOLE_NUMBER.fullmatch(text):
        raise BadParameter(f"{name} must be a whole number from {low} to {high}; got {shown}")
    # A number of thousands of digits is out of range anyway; int() would refuse it (ValueError).
    value = int(text) if len(text.lstrip("+-").lstrip("0")) <= 18 else None
    if value is None or not low <= value <= high:
        raise BadParameter(f"{name} must be from {low} to {high} ({why}); got {shown if value is None else value}")
    return value
