"""schemathesis hooks for tests/web/test_openapi_fuzz.py (loaded through SCHEMATHESIS_HOOKS).

Only what JSON Schema cannot say about /openapi.json, taken from the project's own definitions:
the string formats ``sparql-query`` and ``sparql-update`` (valid SPARQL, built from the editor's
example queries and small generated queries around arbitrary text), and the one rule between
parameters, ``search.params.year_range`` (the description states it).
"""

from __future__ import annotations

import re

import schemathesis
from hypothesis import strategies as st

from isecg_kg.params import WHOLE_NUMBER
from isecg_kg.search.params import BadParameter, year_range
from isecg_kg.sparql.examples import EXAMPLES


def literal(text: str) -> str:
    """``text`` as a SPARQL string literal."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
SMALL_QUERIES = st.one_of(
    st.builds("SELECT * WHERE {{ ?s ?p ?o }} LIMIT {}".format, st.integers(0, 20)),
    st.builds("SELECT ?s WHERE {{ ?s ?p ?o FILTER(CONTAINS(STR(?o), {})) }} LIMIT 5".format, TEXT.map(literal)),
    st.builds("ASK {{ ?s ?p {} }}".format, TEXT.map(literal)),
    st.builds("CONSTRUCT {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }} LIMIT {}".format, st.integers(0, 20)),
    st.just("DESCRIBE <http://127.0.0.1:5000/id/org/jaxa>"),
    st.builds("SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p {} }} }}".format, TEXT.map(literal)),
)
schemathesis.openapi.format("sparql-query", st.one_of(st.sampled_from([q for _, q in EXAMPLES]), SMALL_QUERIES))
schemathesis.openapi.format("sparql-update", st.builds(
    "INSERT DATA {{ <http://example.org/s> <http://example.org/p> {} }}".format, TEXT.map(literal)))


@schemathesis.hook
def filter_case(context, case):
    years = {name: int(value) for name, value in (case.query or {}).items()
             if name in ("year_from", "year_to") and re.fullmatch(WHOLE_NUMBER, str(value))}
    try:
        year_range(years)
    except BadParameter:
        return False
    return True
