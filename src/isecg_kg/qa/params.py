"""Validation of a question's parameters, shared by /api/ask and `isecg-kg ask`: those of a search
(``search.params``), with ``k`` counting evidence passages."""

from __future__ import annotations

from typing import Mapping

from ..search.params import parse_query_params
from ..settings import Settings

DEFAULT_EVIDENCE = 5  # evidence passages returned with an answer


def ask_params(args: Mapping, settings: Settings) -> dict:
    """``parse_query_params`` for a question: the same rules, k defaults to DEFAULT_EVIDENCE."""
    params = parse_query_params(args, settings)
    if not str(args.get("k") or "").strip():
        params["k"] = DEFAULT_EVIDENCE
    return params
