"""The name a body had at a time: the graph's change events (org:ChangeEvent, kg/rules_renames.py) chain a body's
names, each its own IRI, from the one it joined under to its latest.

"Which members changed their names, and what were their former names?" lists each change; "Under what name did
Ukraine's agency take part when it first joined?" answers the chain's first name; "Under what name was it represented
at the 2023 meeting?", "Which agency represented the United Kingdom in 2020, and since when?" (BNSC named) the name in
force that year, with the date it took over."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import words
from .dated import PREFIXES, PROVENANCE, Composed, DatedPlan, Names, row_sources, spoken
from .sentences import and_joined
from .shapes import Question

# A question asking a body's former or other names: "changed their names", "under what name", "former name".
NAME_ASKED = re.compile(r"\bchanged\s+(?:their|its)\s+names?\b|\b(?:under|by)\s+(?:what|which)\s+names?\b|"
                        r"\b(?:former|previous|earlier|original|old)\s+names?\b|\bwhat\s+was\s+.{0,60}\bcalled\b|"
                        r"\brenamed\b", re.I)
# Every change asked ("Which two members had changed their names", "Which agencies were renamed?").
ALL_ASKED = re.compile(r"\b(?:which|what)\s+(?:\w+\s+){0,3}(?:members|agencies|bodies|organi[sz]ations)\b", re.I)
# A successor asked of a body the question names: "Which agency represented the United Kingdom in 2020?".
SEAT_ASKED = re.compile(r"\b(?:which|what)\s+(?:agency|body|organi[sz]ation)\b[^?]{0,40}?\b(?:represent\w*|took\s+over|"
                        r"replaced|succeeded)\b", re.I)
# A post handed over, not a seat: "Which agency replaced JAXA as chair?"
POST_ASKED = re.compile(r"\b(?:chair\w*|lead\w*|led|host\w*|head\w*)\b", re.I)
# The name a body first had: "when it first joined", "originally", "at its founding".
FIRST_ASKED = re.compile(r"\b(?:first|originally|initially|at\s+first|when\s+it\s+joined|at\s+(?:its\s+)?founding|"
                         r"former|previous|earlier|original|old)\b", re.I)
# The words of a body's name that tell no one body apart ("Swedish" does, "National Space Agency" does not).
NAME_WORDS = set("the of and for space agency agencies national administration centre center board office "
                 "organisation organization research institute state federal aerospace exploration".split())
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass
class Change:
    old: str
    new: str
    date: str | None


def asked(question: str, q: Question) -> str | None:
    """What the question asks of a body's names: "all" its changes, its name "then", or None."""
    if NAME_ASKED.search(question):
        return "all" if ALL_ASKED.search(question) and not q.of("place") else "then"
    return "then" if SEAT_ASKED.search(question) and q.of("org") and not POST_ASKED.search(question) else None


def plan(question: str, q: Question, names: Names, kind: str, document: str | None = None) -> DatedPlan:
    """The change events (those ``document`` states, if given) and the name the question asks."""
    in_document = f'  FILTER(STRSTARTS(STR(?passage0), "{document}/"))\n' if document else ""
    sparql = (f"{PREFIXES}SELECT ?old ?new ?date ?oldCountry ?newCountry ?passage0 ?sentence0 WHERE {{\n"
              f"  ?change a org:ChangeEvent ; org:originalOrganization ?old ; org:resultingOrganization ?new .\n"
              f"  OPTIONAL {{ ?change dcterms:date ?date }}\n"
              f"  OPTIONAL {{ ?old isecg:country ?oldCountry }} OPTIONAL {{ ?new isecg:country ?newCountry }}\n"
              f"  {PROVENANCE.format(n=0, s='?change', p='org:resultingOrganization')}\n{in_document}}}\n"
              f"ORDER BY ?date\n")
    focus = [m.iri for m in q.of("org")]

    def compose(rows: list[dict]) -> Composed | None:
        changes = _changes(rows)
        if not changes:
            return None

        def label(body: str) -> str:  # in full as the sentences of its changes name it ("UK Space Agency")
            return names.as_told(body, " ".join(r.get("sentence0") or "" for r in rows if body in (r["old"], r["new"])))

        if kind == "all":
            listed = [f"{names.short(c.new)} (formerly {names.short(c.old)})" for c in changes]
            text = f"{and_joined(listed)} — " + "; ".join(
                f"the {label(c.new)} was the {label(c.old)}{_when(c.date)}" for c in changes) + "."
            return Composed(and_joined(listed), text, [{"label": label(c.new), "iri": c.new} for c in changes],
                            row_sources(rows, 1))
        chain = _chain(changes, _about(question, q, rows, names))
        if chain is None:
            return None
        bodies = [chain[0].old, *(c.new for c in chain)]
        at = _asked_year(question)
        if FIRST_ASKED.search(question) and at is None:
            body, since = bodies[0], None
        else:
            done = [c for c in chain if at is None or c.date is None or c.date[:4] <= at]
            body, since = (done[-1].new, done[-1].date) if done else (bodies[0], None)
        used = [r for r in rows if body in (r["old"], r["new"])]
        history = "; ".join(f"the {label(c.old)} became the {label(c.new)}{_when(c.date)}" for c in chain)
        name = f"the {label(body)}" + (f", since {spoken(since)}" if since else "")
        short = names.short(body) + (f", since {spoken(since)}" if since else "")
        return Composed(short, f"{names.short(body)} — {name} ({history}).", [{"label": label(body), "iri": body}],
                        row_sources(used, 1))

    return DatedPlan("renamed", sparql, compose, focus)


def _when(date: str | None) -> str:
    return f" ({spoken(date)})" if date else ""


def _changes(rows: list[dict]) -> list[Change]:
    """One change per pair of bodies, at the date most documents give (the earliest of a tie), in time order."""
    dates: dict[tuple[str, str], list[str]] = {}
    for r in rows:
        dates.setdefault((r["old"], r["new"]), []).extend([str(r["date"])] if r.get("date") else [])
    changes = [Change(old, new, min(told, key=lambda d: (-told.count(d), d)) if told else None)
               for (old, new), told in dates.items()]
    return sorted(changes, key=lambda c: c.date or "")


def _about(question: str, q: Question, rows: list[dict], names: Names) -> set[str]:
    """The bodies the question names: linked, by their country, or by a word of their name that tells them apart
    ("the Swedish agency")."""
    asked = {m.iri for m in q.of("org")}
    places = {m.iri for m in q.of("place")}
    said = {w[:5] for w in words(question) if len(w) > 3} - {w[:5] for w in NAME_WORDS}
    for r in rows:
        for side in ("old", "new"):
            body = r[side]
            told = {w[:5] for w in words(names.label(body)) if len(w) > 3} - {w[:5] for w in NAME_WORDS}
            if r.get(f"{side}Country") in places or told & said:
                asked.add(body)
    return asked


def _chain(changes: list[Change], about: set[str]) -> list[Change] | None:
    """The changes, in order, of the one chain of names holding a body of ``about`` (None: none, or two)."""
    chains: list[list[Change]] = []
    for c in changes:  # in time order: each change goes on the chain whose latest name it renames
        chain = next((ch for ch in chains if ch[-1].new == c.old), None)
        if chain is None:
            chains.append([c])
        else:
            chain.append(c)
    found = [ch for ch in chains if about & {ch[0].old, *(c.new for c in ch)}]
    return found[0] if len(found) == 1 else None


def _asked_year(question: str) -> str | None:
    """The latest year the question names, but a document's it is asked "according to"."""
    rest = re.sub(r"\baccording\s+to\b[^,?]*", " ", question, flags=re.I)
    years = YEAR_RE.findall(rest)
    return max(years) if years else None
