"""The timeline page: the corpus's documents and the documents they cite, by year, each with its
date at the precision stated, its type and edition, and the editions it replaces or builds on."""

from __future__ import annotations

from flask import Blueprint, render_template

from .state import services

bp = Blueprint("timeline", __name__)

# Every work with a date; a work dated twice (its own date and a citing document's year) keeps the
# most precise.  Corpus documents are schema:DigitalDocument, cited ones schema:CreativeWork.
TIMELINE = """SELECT ?work ?title ?date ?type ?edition ?corpus ?replaces ?replacesTitle ?basedOn ?basedOnTitle WHERE {
  ?work dcterms:issued ?date .
  { ?work a schema:DigitalDocument BIND(true AS ?corpus) } UNION { ?work a schema:CreativeWork BIND(false AS ?corpus) }
  OPTIONAL { ?work dcterms:title ?t } OPTIONAL { ?work skos:prefLabel ?l } BIND(COALESCE(?t, ?l) AS ?title)
  OPTIONAL { ?work dcterms:type ?type } OPTIONAL { ?work schema:version ?edition }
  OPTIONAL { ?work dcterms:replaces ?replaces . OPTIONAL { ?replaces dcterms:title ?replacesTitle } }
  OPTIONAL { ?work schema:isBasedOn ?basedOn . OPTIONAL { ?basedOn dcterms:title ?basedOnTitle } }
  FILTER NOT EXISTS { ?work dcterms:issued ?finer FILTER(STRLEN(STR(?finer)) > STRLEN(STR(?date))) }
} ORDER BY STR(?date) ?title"""


def timeline() -> list[dict]:
    """[{"year", "works": [{"iri", "title", "date", "type", "edition", "corpus", "replaces", "based_on"}]}]"""
    works: dict[str, dict] = {}
    for row in services().graph.rows(TIMELINE):
        work = works.setdefault(row["work"], {
            "iri": row["work"], "title": row["title"] or row["work"], "date": row["date"], "type": row["type"],
            "edition": row["edition"], "corpus": row["corpus"] == "true", "replaces": {}, "based_on": {}})
        if row["replaces"]:
            work["replaces"][row["replaces"]] = row["replacesTitle"] or row["replaces"]
        if row["basedOn"]:
            work["based_on"][row["basedOn"]] = row["basedOnTitle"] or row["basedOn"]
    years: dict[str, list[dict]] = {}
    for work in works.values():
        years.setdefault(work["date"][:4], []).append(work)
    return [{"year": year, "works": years[year]} for year in sorted(years)]


@bp.get("/timeline")
def page():
    return render_template("timeline.html", years=timeline())
