"""Precision and recall of the graph of a corpus of editions and years (gold of the
``tests/data/corpus-multi`` layout: documents, editions, events, memberships, counts, authorship,
people, chairs, technology work, mission phases).

Only facts stated by the gold's own documents count (a provenance record in their named graphs).
Matching, per kind (names are compared normalised: case, accents, punctuation; an organisation
matches by acronym or any of its names; a date matches at the precision the gold states, a more
precise prediction is fine when it starts with the gold date):

documents         the corpus document of the gold file: title (token-set similarity >= 85), year (of the
                  period it covers, dcterms:temporal, when it states one: an annual report's year; else of
                  dcterms:issued), type (dcterms:type stated by the document; case, hyphens and spaces aside:
                  "annual-report" is the "annual report"; a genre's report is the genre, "survey-report" the
                  "survey"; a "press-release" is "news", a "scenario" "mission-scenarios", TYPE_SYNONYMS).
editions          works of a series (a schema:version, or a corpus document typed strategy, roadmap
                  or supplement) that the gold's documents are or name: title similarity >= 85, the edition's ordinal when the gold has one,
                  release date (dcterms:issued) at the gold's precision (none when the gold has none).
events            an event whose start (and end) date matches at the gold's precision and whose name
                  (similarity >= 70, or a distinctive word in common: not "meeting", "senior", ...), place
                  or host matches; events without a gold date match by host and participant count.
event places / event hosts / event participants
                  for gold events that have one: the matched event's schema:location (contained places
                  count), schema:organizer, isecg:participantCount.
memberships       an organisation's org:Membership of ISECG (not a role): gold "since" a year (or month,
                  or day) -> the membership's time:hasBeginning in it; a "since_window" -> a beginning inside it
                  (or, with no beginning, a statement dated inside it); no since -> any membership.
membership counts isecg:memberCount of ISECG: count equal, date at the gold's precision; a count over a
                  window ("2018-01..2020-03": new members since) is an isecg:newMemberCount whose
                  schema:startDate and dcterms:date match the window's ends; so is a count dated by a year or
                  month alone whose window lies inside it (a gold "2 new members in 2011" dated 2011: the
                  number of members that year was never 2).
authorship        (document, organisation) of dcterms:creator; the document by file, or by title or
                  paper code for documents the corpus only cites; a person's affiliation makes the
                  organisation an author too (a paper's authors are its agencies); a unit that wrote
                  it (org:unitOf, org:subOrganizationOf) makes its organisation one.
people            (person, affiliation): schema:Person with schema:affiliation, the organisation or one
                  it is a unit of; a gold affiliation of several names ("ESA (ESTEC)", "ESA ESTEC,
                  Noordwijk") matches by any of them, one "for" another ("The Open University, for the
                  UK Space Agency") by the first.
chairs            an org:Membership of ISECG with org:role isecg:chair: the agency.
technology work   isecg:worksOn stated in the gold's document by the gold agency, the technology's
                  label sharing a content word with the gold description.
mission phases    isecg:MissionPhase of the gold document: ordinal (schema:position), name
                  (similarity >= 80), start year when the gold has one (a decade, "2030s": its first; a part of
                  one, "early 2020s", "mid-2020s": a year in it).
"""

from __future__ import annotations

import re
from pathlib import Path

from rapidfuzz import fuzz

from .. import iris
from ..text import ORDINALS
from .scores import Graph, Score, norm_name, score_of

ISECG = "ISECG"
STOP = {"the", "and", "of", "for", "with", "via", "a", "an", "in", "on", "to", "as", "after", "continuing", "sept",
        "work", "programme", "activities", "studies", "study", "meeting", "isecg", "senior", "managers", "from"}


def doc_id(file: str) -> str:
    return iris.slugify(Path(file).stem)


def _similar(a: str, names: set[str], threshold: int) -> bool:
    a = norm_name(re.sub(r"\([^)]*\)", " ", a)) or norm_name(a)
    return any(fuzz.token_set_ratio(a, n) >= threshold for n in names)


def _date_ok(predicted: str | None, gold: str | None) -> bool:
    return gold is None or (predicted is not None and predicted.startswith(gold))


class CorpusGraph(Graph):
    def __init__(self, store, base: str, doc_ids: list[str]):
        super().__init__(store, base)
        self.base = base
        self.graphs = " ".join(f"<{iris.document_graph(base, d)}>" for d in doc_ids)

    def stated(self, pattern: str, variables: str, s: str, p: str, o: str) -> list[dict]:
        """Solutions of ``pattern`` whose fact ``s p o`` one of the gold's documents states."""
        return self.store.rows(f"""SELECT DISTINCT {variables} WHERE {{ {pattern}
            GRAPH ?g {{ ?st rdf:subject {s} ; rdf:predicate {p} ; rdf:object {o} }} VALUES ?g {{ {self.graphs} }} }}""")

    def within(self, iri: str) -> list[str]:
        """An organisation and those it is a unit of: a person of NASA Headquarters is a person of NASA."""
        rows = self.store.rows(f"SELECT ?p WHERE {{ <{iri}> (org:unitOf|org:subOrganizationOf)+ ?p }}")
        return [iri, *(r["p"] for r in rows)]

    def org(self, iri: str, acronym: str | None, name: str | None = None) -> bool:
        names = self.names(iri)
        unit = re.sub(r"^[A-Z]{2,}\s+(?=\S+\s+\S+)", "", name or "")  # "ISECG International ... Group": its unit
        return bool(acronym and (acronym in self.acronyms(iri) or norm_name(acronym) in names)
                    or name and any(norm_name(n) in names or _bare(n) in {_bare(x) for x in names} for n in {name, unit}))


def _bare(name: str) -> str:
    """A name without its function words and brackets: "Canadian Embassy (United States)" is the
    "Canadian Embassy in the United States"."""
    return " ".join(w for w in norm_name(name).split() if w not in {"the", "of", "in", "for", "and"})


# A gold's free-form type that names a genre of ours in other words: a press or media release is news (the genre
# that names both); a scenario is the genre of mission scenarios.
TYPE_SYNONYMS = {"press release": "news", "news release": "news", "media release": "news",
                 "scenario": "mission scenarios", "scenarios": "mission scenarios"}


def _type_key(name: str | None) -> str:
    """A document type as written either way: "White paper", "white-paper" and "white_paper" are one; so are a
    genre and the report of it ("architecture-report" and "architecture", "survey-report" and "survey")."""
    key = re.sub(r"[\s_\-]+", " ", (name or "").casefold()).strip()
    return TYPE_SYNONYMS.get(key, key).removesuffix(" report")


def documents(g: CorpusGraph, gold: list) -> Score:
    rows = g.store.rows("""SELECT ?d ?id ?t ?date ?type WHERE { ?d a schema:DigitalDocument ; dcterms:identifier ?id ;
        dcterms:title ?t . OPTIONAL { ?d dcterms:type ?type }
        OPTIONAL { { ?d dcterms:temporal ?date } UNION { ?d dcterms:issued ?date
                     FILTER NOT EXISTS { ?d dcterms:temporal ?covered } } } }""")
    wanted = {doc_id(x["file"]) for x in gold}
    predicted = sorted({r["d"] for r in rows if r["id"] in wanted})
    by_doc: dict[str, list[dict]] = {}
    for r in rows:
        by_doc.setdefault(r["d"], []).append(r)

    def match(d: str, item: dict) -> bool:
        found = by_doc[d]
        return (found[0]["id"] == doc_id(item["file"]) and _similar(item["title"], {norm_name(r["t"]) for r in found}, 85)
                and any((r["date"] or "")[:4] == str(item["year"]) for r in found)
                and any(_type_key(r["type"]) == _type_key(item["type"]) for r in found))

    return score_of("documents", predicted, gold, match)


def editions(g: CorpusGraph, gold: list) -> Score:
    rows = g.store.rows("""SELECT ?w ?version ?date ?type WHERE {
        { ?w schema:version ?version } UNION { ?w a schema:DigitalDocument ; dcterms:type ?type
          FILTER(?type IN ("strategy", "roadmap", "supplement")) }
        OPTIONAL { ?w dcterms:issued ?date } }""")
    ours = {r["w"] for r in rows if r["version"] is not None} | {
        r["w"] for r in rows if r["type"] and (r["w"].startswith(iris.document(g.base, "")))}
    # as for every kind, only what the gold's documents state: a work they are or name (another document of
    # the corpus, beside them, is no edition of theirs unless they cite it)
    named = {r["w"] for r in g.store.rows(f"""SELECT DISTINCT ?w WHERE {{ GRAPH ?g {{ ?st rdf:subject|rdf:object ?w }}
        VALUES ?g {{ {g.graphs} }} }}""")}
    predicted = sorted(ours & named)

    def match(w: str, item: dict) -> bool:
        found = [r for r in rows if r["w"] == w]
        ordinal = ORDINALS.get(item["edition"])
        versions = {r["version"] for r in found if r["version"]}
        dates = {r["date"] for r in found if r["date"]}
        return (_similar(item["title"], g.names(w), 85) and (ordinal is None or str(ordinal) in versions)
                and (item["released"] is None or any(_date_ok(d, item["released"]) for d in dates))
                and (not item.get("released_exact") or not any(len(d) == 10 for d in dates)
                     or item["released_exact"] in dates))

    return score_of("editions", predicted, gold, match)


def _events(g: CorpusGraph) -> dict[str, dict]:
    rows = g.stated("?e a schema:Event ; schema:startDate ?d . OPTIONAL { ?e schema:endDate ?end }", "?e ?d ?end", "?e",
                    "schema:startDate", "?d")
    # Documents that date one event at different precisions ("November 2007", "13-14 November 2007"): its most
    # precise start (and that statement's end), not whichever row comes last
    rows = sorted(rows, key=lambda r: (len(r["d"]), bool(r["end"])))
    events = {r["e"]: {"start": r["d"], "end": r["end"], "places": set(), "hosts": set(), "count": set()}
              for r in rows}
    undated = g.stated("?e a schema:Event ; isecg:participantCount ?n", "?e", "?e", "isecg:participantCount", "?n")
    for r in undated:
        events.setdefault(r["e"], {"start": None, "end": None, "places": set(), "hosts": set(), "count": set()})
    for r in g.store.rows("SELECT ?e ?l WHERE { ?e schema:location/schema:containedInPlace* ?l }"):
        if r["e"] in events:
            events[r["e"]]["places"].add(r["l"])
    for r in g.store.rows("SELECT ?e ?o WHERE { ?e schema:organizer ?o }"):
        if r["e"] in events:
            events[r["e"]]["hosts"].add(r["o"])
    for r in g.store.rows("SELECT ?e ?n WHERE { ?e isecg:participantCount ?n }"):
        if r["e"] in events:
            events[r["e"]]["count"].add(int(r["n"]))
    return events


def _place_ok(g: CorpusGraph, places: set[str], gold: str) -> bool:
    wanted = {norm_name(p) for p in re.split(r"[,(;:]", gold) if p.strip()}
    return any(norm_name(n) in wanted or any(n and n in w for w in wanted) for p in places for n in g.names(p))


def _host_ok(g: CorpusGraph, hosts: set[str], gold: str) -> bool:
    # "JAXA (chair)", "MEXT (with support from JAXA)": the host is the name before its note, as a place's is
    bare = re.sub(r"\s*\([^)]*\)", "", gold).strip() or gold
    # "KIGAM, KARI, KICT and Secure World Foundation (co-hosts)": each co-host named is a host
    names = {gold, bare, *(n for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", bare) if n)}
    return any(g.org(h, name, name) for h in hosts for name in names)


def events(g: CorpusGraph, gold: list) -> list[Score]:
    found = _events(g)
    predicted = sorted(found)

    def match(e: str, item: dict) -> bool:
        ev = found[e]
        if item["date"] is None:
            return (item["host"] is not None and _host_ok(g, ev["hosts"], item["host"])
                    and item["participants"] in ev["count"])
        if not (ev["start"] and ev["start"].startswith(item["date"]) and _date_ok(ev["end"], item.get("end_date"))):
            return False
        return (_similar(item["name"], g.names(e), 70) or bool(_words(item["name"]) & {w for n in g.names(e) for w in _words(n)})
                or bool(item["place"] and _place_ok(g, ev["places"], item["place"]))
                or bool(item["host"] and _host_ok(g, ev["hosts"], item["host"])))

    score = score_of("events", predicted, gold, match)
    def likeness(e: str, item: dict) -> int:  # of the events matching a gold event, its attributes are the closest's
        name = norm_name(re.sub(r"\([^)]*\)", " ", item["name"]))
        return max((fuzz.token_set_ratio(name, n) for n in g.names(e)), default=0)

    matched = {i: sorted((e for e in predicted if match(e, item)), key=lambda e: -likeness(e, item))
               for i, item in enumerate(gold)}
    scores = [score]
    for kind, key, ok in [("event places", "place", lambda ev, v: _place_ok(g, ev["places"], v)),
                          ("event hosts", "host", lambda ev, v: _host_ok(g, ev["hosts"], v)),
                          ("event participants", "participants", lambda ev, v: v in ev["count"])]:
        items = [i for i, item in enumerate(gold) if item.get(key) is not None]
        attr = Score(kind, gold=len(items))
        attr.predicted = sum(1 for i, item in enumerate(gold) for e in matched[i][:1]
                             if found[e][{"place": "places", "host": "hosts", "participants": "count"}[key]])
        for i in items:
            if any(ok(found[e], gold[i][key]) for e in matched[i][:1]):
                attr.found += 1
                attr.correct += 1
            else:
                attr.missing.append(gold[i]["name"])
        scores.append(attr)
    return scores


def _isecg(g: CorpusGraph) -> set[str]:
    return {r["o"] for r in g.store.rows(f'SELECT ?o WHERE {{ ?o isecg:acronym "{ISECG}" }}')}


def memberships(g: CorpusGraph, gold: list) -> Score:
    body = _isecg(g)
    rows = g.stated("""?m org:member ?org ; org:organization ?body . FILTER NOT EXISTS { ?m org:role ?r }
        OPTIONAL { ?m org:memberDuring/time:hasBeginning ?b . ?b time:inXSDDate|time:inXSDgYearMonth|time:inXSDgYear ?start }
        OPTIONAL { ?st dcterms:date ?stated }""", "?org ?body ?start ?stated", "?m", "org:member", "?org")
    rows = [r for r in rows if r["body"] in body]
    predicted = sorted({r["org"] for r in rows})

    def match(org: str, item: dict) -> bool:
        if not g.org(org, item["agency_acronym"], item["agency_name"]):
            return False
        starts = [r["start"] for r in rows if r["org"] == org and r["start"]]
        if item.get("since"):
            return any(s.startswith(str(item["since"])) for s in starts)  # at the gold's precision
        if item.get("since_window"):
            low, high = item["since_window"].split("..")
            dates = starts or [r["stated"] for r in rows if r["org"] == org and r["stated"]]
            return any(low <= d[:7] <= high for d in dates)
        return True

    return score_of("memberships", predicted, gold, match)


def membership_counts(g: CorpusGraph, gold: list) -> Score:
    body = _isecg(g)
    rows = g.stated("?body isecg:memberCount ?q . ?q schema:value ?n ; dcterms:date ?d", "?body ?q ?n ?d",
                    "?body", "isecg:memberCount", "?q")
    predicted = sorted({(r["q"], int(r["n"]), r["d"], None) for r in rows if r["body"] in body})
    rows = g.stated("?body isecg:newMemberCount ?q . ?q schema:value ?n ; dcterms:date ?d ; schema:startDate ?s",
                    "?body ?q ?n ?d ?s", "?body", "isecg:newMemberCount", "?q")
    predicted += sorted({(r["q"], int(r["n"]), r["d"], r["s"]) for r in rows if r["body"] in body})

    def match(p, item: dict) -> bool:
        _, count, date, since = p
        if count != item["count"] or ".." in item["date"] and since is None:
            return False
        if since is None:
            return date.startswith(item["date"])
        if ".." not in item["date"]:  # "2 new members in 2011", dated 2011: the new members of a window inside it
            return since.startswith(item["date"]) and date.startswith(item["date"])
        low, high = item["date"].split("..")
        return since.startswith(low) and date.startswith(high)

    return score_of("membership counts", predicted, gold, match)


def _paper_code(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", text.upper())


def authorship(g: CorpusGraph, gold: list) -> Score:
    rows = g.stated("?d dcterms:creator ?a", "?d ?a", "?d", "dcterms:creator", "?a")
    rows += g.stated("?d dcterms:creator ?p . ?p schema:affiliation ?a", "?d ?a", "?p", "schema:affiliation", "?a")
    ids = {r["d"]: r["id"] for r in g.store.rows("SELECT ?d ?id WHERE { ?d dcterms:identifier ?id }")}
    people = {r["p"] for r in g.store.rows("SELECT ?p WHERE { ?p a schema:Person }")}
    predicted = sorted({(r["d"], r["a"]) for r in rows if r["a"] not in people})

    def match(p, item: dict) -> bool:
        d, a = p
        if item["file"]:
            same_doc = ids.get(d) == doc_id(item["file"])
        else:
            names = g.names(d)
            same_doc = _similar(item["document"], names, 90) or any(
                _paper_code(item["document"]) == _paper_code(n) for n in names)
        # "ISECG Secretariat (ESA)", "JAXA (ISECG Chair)": the author is the name before its note, as a host is
        names = {item["agency"], re.sub(r"\s*\([^)]*\)", "", item["agency"]).strip() or item["agency"]}
        return same_doc and any(g.org(o, n, n) for o in g.within(a) for n in names)

    return score_of("authorship", predicted, gold, match)


def people(g: CorpusGraph, gold: list) -> Score:
    rows = g.stated("?p a schema:Person ; schema:affiliation ?a", "?p ?a", "?p", "schema:affiliation", "?a")
    predicted = sorted({(r["p"], r["a"]) for r in rows})

    def match(p, item: dict) -> bool:
        # "ESA (ESTEC)", "ESA ESTEC, Noordwijk": the person's body is any name given; "KIGAM, for KARI": KIGAM
        own = re.split(r",?\s+for\s+", item["affiliation"])[0]
        names = {item["affiliation"], own, *(n for n in re.split(r"\s*[(),]\s*", own) if n.strip())}
        return norm_name(item["name"]) in g.names(p[0]) and any(g.org(o, n, n) for o in g.within(p[1]) for n in names)

    # the kind scores (person, affiliation) pairs: a gold person whose body no document states is no such pair
    return score_of("people", predicted, [item for item in gold if item.get("affiliation")], match)


def chairs(g: CorpusGraph, gold: list) -> Score:
    body = _isecg(g)
    rows = g.stated("?m org:member ?org ; org:organization ?body ; org:role isecg:chair", "?org ?body", "?m",
                    "org:role", "isecg:chair")
    predicted = sorted({r["org"] for r in rows if r["body"] in body})
    return score_of("chairs", predicted, gold, lambda org, item: g.org(org, item["agency"]))


def _words(text: str) -> set[str]:
    return {w[:5] for w in norm_name(text).split() if w not in STOP and len(w) > 2}


def technology_work(g: CorpusGraph, gold: list) -> Score:
    rows = g.store.rows(f"""SELECT DISTINCT ?a ?t ?g WHERE {{ ?a isecg:worksOn ?t .
        GRAPH ?g {{ ?st rdf:subject ?a ; rdf:predicate isecg:worksOn ; rdf:object ?t }} VALUES ?g {{ {g.graphs} }} }}""")
    predicted = sorted({(r["a"], r["t"], r["g"]) for r in rows})

    def match(p, item: dict) -> bool:
        a, t, graph = p
        return (graph == iris.document_graph(g.base, doc_id(item["document"])) and g.org(a, item["agency"])
                and any(_words(n) & _words(item["technology"]) for n in g.names(t)))

    return score_of("technology work", predicted, gold, match)


def _start_ok(predicted: str, gold: str) -> bool:
    part = re.search(r"\b(?:early|mid|late)[\s-]*((?:19|20)\d)0s\b", gold, re.I)  # "mid-2020s": a year of the decade
    return not gold or (predicted[:3] == part.group(1) if part else predicted[:4] == gold[:4])


def mission_phases(g: CorpusGraph, gold: list) -> Score:
    rows = g.stated("""?p a isecg:MissionPhase ; schema:position ?n ; dcterms:isPartOf ?d .
        OPTIONAL { ?p schema:startDate ?start }""", "?p ?n ?d ?start", "?p", "schema:position", "?n")
    ids = {r["d"]: r["id"] for r in g.store.rows("SELECT ?d ?id WHERE { ?d dcterms:identifier ?id }")}
    predicted = sorted({r["p"] for r in rows})

    def match(p: str, item: dict) -> bool:
        found = [r for r in rows if r["p"] == p]
        return any(ids.get(r["d"]) == doc_id(item["document"]) and int(r["n"]) == item["phase"]
                   and _start_ok(r["start"] or "", str(item.get("start") or "")) for r in found) \
            and _similar(item["name"], g.names(p), 80)

    return score_of("mission phases", predicted, gold, match)


def evaluate(store, gold: dict, *, base: str) -> list[Score]:
    g = CorpusGraph(store, base, [doc_id(d["file"]) for d in gold["documents"]])
    return [documents(g, gold["documents"]), editions(g, gold["editions"]), *events(g, gold["events"]),
            memberships(g, gold["memberships"]), membership_counts(g, gold["membership_counts"]),
            authorship(g, gold["authored_by"]), people(g, gold["people"]), chairs(g, gold["chairs"]),
            technology_work(g, gold["technology_work"]), mission_phases(g, gold["mission_phases"])]
