"""`isecg-kg eval kg`: precision and recall of the extracted facts against gold facts.

Two gold layouts: one report's facts (``tests/data/kg_gold.json``, kinds below) and a corpus of
editions and years (``tests/data/corpus-multi/kg_gold.json``, see ``evaluate_corpus``).  Each gold
scores the facts its own documents state (its ``files``).

Only facts a document states count (those with a provenance record in a document graph): the
reference data supplies names and aliases, never the facts measured.  Kinds: members (typed as
an organisation, with the gold full name, acronym and country, and an ISECG membership for the
gold year), countries (organisation -> country), working groups (units of ISECG with their
acronym), teams, technology links (works on), events (date, place, host), documents (title, year).
"""

from __future__ import annotations

import json
from pathlib import Path

from rapidfuzz import fuzz

from .. import iris
from .scores import Graph, Score, is_named, norm_name, score_of

MEMBER_YEAR = "2022"


def members(graph: Graph, gold: list) -> Score:
    rows = [r for r in graph.facts("?m", "org:member", "?org", "?m ?org")]
    details = {r["m"]: r for r in graph.store.rows("SELECT ?m ?body ?p WHERE { ?m org:organization ?body ; "
                                                   "org:memberDuring ?p }")}
    rows = [{**r, **details[r["m"]]} for r in rows if r["m"] in details]
    isecg = {r["body"] for r in rows if "ISECG" in graph.acronyms(r["body"])}
    labels = {r["p"]: graph.store.rows(f"SELECT ?l WHERE {{ <{r['p']}> rdfs:label ?l }}") for r in rows}
    predicted = sorted({r["org"] for r in rows if r["body"] in isecg
                        and any(x["l"].startswith(MEMBER_YEAR) for x in labels[r["p"]])})
    countries = graph.facts("?org", "isecg:country", "?c", "?org ?c")
    org_types = {"http://www.w3.org/ns/org#FormalOrganization", "https://w3id.org/isecg-kg/ontology#SpaceAgency",
                 "http://www.w3.org/ns/org#Organization"}

    def match(org: str, item) -> bool:
        acronym, name, country = item
        return (acronym in graph.acronyms(org) and is_named(graph, org, name) and bool(graph.types(org) & org_types)
                and any(is_named(graph, c["c"], country) for c in countries if c["org"] == org))

    return score_of("members", predicted, [tuple(m) for m in gold], match)


def countries(graph: Graph, gold: list) -> Score:
    predicted = [(r["org"], r["c"]) for r in graph.facts("?org", "isecg:country", "?c", "?org ?c")]
    return score_of("countries", predicted, [tuple(m) for m in gold],
                  lambda p, g: is_named(graph, p[0], g[0], g[1]) and is_named(graph, p[1], g[2]))


def units(graph: Graph, gold: list, cls: str, kind: str) -> Score:
    rows = graph.facts("?u", "org:unitOf", "?body", "?u ?body")
    predicted = sorted({r["u"] for r in rows if "ISECG" in graph.acronyms(r["body"]) and cls in graph.types(r["u"])})
    return score_of(kind, predicted, [tuple(g) for g in gold],
                  lambda u, g: g[0] in graph.acronyms(u) and is_named(graph, u, g[1]))


def technology_links(graph: Graph, gold: list) -> Score:
    predicted = [(r["s"], r["t"]) for r in graph.facts("?s", "isecg:worksOn", "?t", "?s ?t")]
    return score_of("technology links", predicted, [tuple(g) for g in gold],
                  lambda p, g: is_named(graph, p[0], g[0]) and is_named(graph, p[1], g[1]))


def events(graph: Graph, gold: list, year: str) -> Score:
    rows = graph.facts("?e", "schema:startDate", "?d", "?e ?d")
    predicted = sorted({(r["e"], r["d"]) for r in rows if r["d"].startswith(year)})
    places = {r["e"]: r["l"] for r in graph.facts("?e", "schema:location", "?l", "?e ?l")}
    hosts = graph.facts("?e", "schema:organizer", "?o", "?e ?o")

    def match(p, g) -> bool:
        event, date = p
        name, gold_date, place, host = g
        names = graph.names(event)
        return (date == gold_date and max(fuzz.token_set_ratio(norm_name(name), n) for n in names) >= 80
                and event in places and is_named(graph, places[event], place)
                and (host is None or any(is_named(graph, h["o"], host) for h in hosts if h["e"] == event)))

    return score_of("events", predicted, [tuple(g) for g in gold], match)


def documents(graph: Graph, gold: list) -> Score:
    rows = graph.facts("?d", "dcterms:issued", "?y", "?d ?y")  # documents the corpus names, and its own:
    rows += [r for r in graph.store.rows("SELECT ?d ?y ?id WHERE { ?d a schema:DigitalDocument ; dcterms:issued ?y ; "
                                         "dcterms:identifier ?id }") if not graph.doc_ids or r["id"] in graph.doc_ids]
    presentation = "http://schema.org/PresentationDigitalDocument"
    predicted = sorted({(r["d"], r["y"][:4]) for r in rows if presentation not in graph.types(r["d"])})

    def match(p, g) -> bool:
        title, year = g
        return p[1] == str(year) and max((fuzz.token_set_ratio(norm_name(title), n) for n in graph.names(p[0])), default=0) >= 90

    return score_of("documents", predicted, [tuple(g) for g in gold], match)


def evaluate(store, gold: dict, *, base: str) -> list[Score]:
    """Scores per kind of fact for the GraphStore ``store`` against the gold facts."""
    if "isecg_members_2022" not in gold:
        from .evaluate_corpus import evaluate as evaluate_corpus

        return evaluate_corpus(store, gold, base=base)
    graph = Graph(store, base, [iris.slugify(Path(f).stem) for f in gold.get("files", [])] or None)
    return [
        members(graph, gold["isecg_members_2022"]),
        countries(graph, gold["isecg_members_2022"]),
        units(graph, gold["isecg_working_groups"], "https://w3id.org/isecg-kg/ontology#WorkingGroup", "working groups"),
        units(graph, gold["isecg_tiger_teams"], "https://w3id.org/isecg-kg/ontology#Team", "teams"),
        technology_links(graph, gold["technology_areas_worked_on"]),
        events(graph, gold["events_2022"], "2022"),
        documents(graph, gold["documents"]),
    ]


def main(settings, gold: Path, multi: Path | None = None) -> int:
    """Scores against each gold file (the one-report gold and, given, the corpus-multi gold)."""
    from ..indexes import require_build
    from . import open_graph

    build = require_build(settings)
    store = open_graph(build, settings)
    published = {Path(source).name for source in build.manifest.sources}
    for gold_path in [gold] + ([multi] if multi else []):
        gold = json.loads(Path(gold_path).read_text())
        documents = gold.get("documents", []) if isinstance(gold, dict) else []  # not a gold file: evaluate says so
        files = {d["file"] for d in documents if isinstance(d, dict) and d.get("file")}
        if files and not files & published:  # scores of 0 would say the extraction failed, not that it never ran
            print(f"knowledge graph against {gold_path}: skipped, none of its {len(files)} documents is in this "
                  f"index (`isecg-kg eval all` indexes them)\n")
            continue
        scores = evaluate(store, gold, base=settings.base_iri)
        print(f"knowledge graph against {gold_path}")
        print(f"{'kind':<20} {'precision':>9} {'recall':>7} {'predicted':>9} {'gold':>5}")
        for s in scores:
            print(f"{s.kind:<20} {s.precision:>9.3f} {s.recall:>7.3f} {s.predicted:>9} {s.gold:>5}")
        for s in scores:
            for item in s.missing:
                print(f"  missing {s.kind}: {item}")
            for item in s.wrong:
                print(f"  not in gold {s.kind}: {item}")
        print()
    return 0
