"""The SPARQL 1.1 Protocol's request parameters, declared once: /sparql validates with these
definitions and /openapi.json describes them (``isecg_kg.params``).

None takes an empty value (``format=`` or ``default-graph-uri=`` is a 400, in the URL and in a form
body alike): SPARQL clients do not send empty fields, so an empty one is a mistake worth naming."""

from __future__ import annotations

from ..params import Param
from . import formats

QUERY = Param("query", "A SPARQL 1.1 query (GET; POST it as a form field or as an application/sparql-query body). "
              "Without one, GET answers the service description (a browser gets the query editor).",
              format="sparql-query", min_length=1, allow_empty=False)
UPDATE = Param("update", "A SPARQL 1.1 update (POST only). Refused with 403 unless the server has an update token "
               "and the request carries it (Authorization: Bearer TOKEN).",
               format="sparql-update", min_length=1, allow_empty=False)
NAMES = [value for value in formats.KNOWN if "/" not in value]  # json, csv, ttl, rdf+xml, ...
MEDIA_TYPE = "[A-Za-z0-9.+-]+/[A-Za-z0-9.+-]+"
FORMAT = Param("format", "Result format when the Accept header can't be set: a format name or file extension "
               f"({', '.join(NAMES)}) or media types separated by commas. Repeatable (SPARQLWrapper sends a name, "
               "then media types): the first that suits the query's form is used; none (csv for a CONSTRUCT, an "
               "unknown media type) leaves the choice to Accept.",
               pattern="|".join(name.replace("+", "\\+") for name in NAMES) + f"|{MEDIA_TYPE}(?:,{MEDIA_TYPE})*",
               says=f"a format name ({', '.join(NAMES)}) or media types separated by commas", repeatable=True,
               allow_empty=False)
DATASET = (
    Param("default-graph-uri", "A graph of this server to use as the default graph (repeatable); a graph the server "
          "does not hold is empty.", format="iri", repeatable=True, allow_empty=False),
    Param("named-graph-uri", "A graph of this server to make available to GRAPH (repeatable).", format="iri",
          repeatable=True, allow_empty=False),
)
USING = (
    Param("using-graph-uri", "The default graph of an update's WHERE (repeatable).", format="iri", repeatable=True,
          allow_empty=False),
    Param("using-named-graph-uri", "A named graph of an update's WHERE (repeatable).", format="iri", repeatable=True,
          allow_empty=False),
)
# What a request may carry besides its operation (query string and form body alike).
OPTIONS = (FORMAT, *DATASET, *USING)
