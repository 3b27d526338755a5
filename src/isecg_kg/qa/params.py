"""Validation of a question's parameters, shared by /api/ask and `isecg-kg ask`: those of a search
(``search.params``), with ``k`` counting evidence passages."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..search.params import PARAMS as SEARCH_PARAMS
from ..search.params import parse_query_params
from ..settings import Settings

DEFAULT_EVIDENCE = 5  # evidence passages returned with an answer
PARAMS = tuple(replace(p, default=DEFAULT_EVIDENCE, description="Number of evidence passages returned.")
               if p.name == "k" else p for p in SEARCH_PARAMS)


def ask_params(args: Mapping, settings: Settings, *, choices: Mapping[str, Sequence[str]] | None = None) -> dict:
    """``parse_query_params`` for a question: the same rules, k defaults to DEFAULT_EVIDENCE."""
    return parse_query_params(args, settings, params=PARAMS, choices=choices)
