"""Browse pages: documents, organisations (filter by type and country), groups, the technology
tree and events, all read from the knowledge graph except the corpus documents (from the build)."""

from __future__ import annotations

from collections import Counter

from flask import Blueprint, redirect, render_template, request

from .. import iris
from .state import services

bp = Blueprint("browse", __name__)

SECTIONS = [("documents", "Documents"), ("organisations", "Organisations"), ("groups", "Working groups"),
            ("technologies", "Technologies"), ("events", "Events")]


@bp.get("/browse")
@bp.get("/browse/")
def index():
    return redirect("/browse/documents")


@bp.get("/browse/documents")
def documents():
    build = services().build
    passages = Counter(p.doc_id for p in build.passages)
    rows = sorted(build.documents, key=lambda d: (-(d.year or 0), d.title))
    return _page("documents", documents=rows, passages=passages, works=services().graph_data.works())


@bp.get("/browse/organisations")
def organisations():
    everything = services().graph_data.organisations()
    chosen = {"type": request.args.get("type", ""), "country": request.args.get("country", "")}
    types = sorted({t.label for o in everything for t in o["type"]})
    countries = sorted({o["country"].label for o in everything if "country" in o})
    rows = [o for o in everything
            if (not chosen["type"] or any(t.label == chosen["type"] for t in o["type"]))
            and (not chosen["country"] or ("country" in o and o["country"].label == chosen["country"]))]
    rows.sort(key=lambda o: o["x"].label.lower())
    return _page("organisations", rows=rows, total=len(everything), types=types, countries=countries, chosen=chosen)


@bp.get("/browse/groups")
def groups():
    working_group = iris.VOCAB + "WorkingGroup"  # standing groups first, then teams
    rows = sorted(services().graph_data.groups(), key=lambda g: (g["type"].value != working_group, g["x"].label.lower()))
    return _page("groups", rows=rows)


@bp.get("/browse/technologies")
def technologies():
    return _page("technologies", tree=services().graph_data.technologies())


@bp.get("/browse/events")
def events():
    return _page("events", rows=services().graph_data.events())


def _page(section: str, **context):
    return render_template(f"browse_{section}.html", section=section, sections=SECTIONS,
                           title=dict(SECTIONS)[section], **context)
