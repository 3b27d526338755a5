"""Questions of two hops: a body or person the question describes by a relative clause instead of naming it.

"The agency that joined ISECG in 2015 reported on which Mars mission at the 2018 Tokyo meeting?", "In which year did
the agency that chaired ISECG at the time of GLEX 2021 join ISECG?", "Which session was chaired by the person who led
the UK delegation in June 2010?": the clause is asked as a question of its own ("Which agency joined ISECG in
2015?"), and the body or person it answers is put in the description's place ("UAE Space Agency reported on which
Mars mission ...?"), which is then answered as any question is.  Both answers' passages are the evidence, and the
answer tells who the description is.  None when the clause has no answer naming a body (or a person) of the kind
described, or the question so rewritten has none: the question is then answered as it stands.

Keyed to the grammar of questions (a determiner, a noun of bodies or people, a relative pronoun, the main verb after
the clause), not to any document's wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import zip_longest
from typing import Callable

from .compose import unique_hits
from .sentences import AGENT_PERSON, PERSON_NAME, person_in

PEOPLE = r"person|official|expert|delegate|representative|individual"
BODIES = r"agency|organi[sz]ation|body|institution|company|country"
DESCRIBED = re.compile(rf"\b(?:the|a|an)\s+(?P<head>(?:[\w'’-]+\s+){{0,2}}?(?P<noun>{PEOPLE}|{BODIES}))\s+"
                       r"(?P<rel>that|which|who)\s+", re.I)
# Where the clause ends: at a comma, a semicolon or the question mark; before the question's own verb, which a
# question word follows ("... in 2015 | reported on which mission"), or, after "did", stands bare ("In which year did
# the agency that chaired ISECG in 2021 | join ISECG?").
CLAUSE_STOP = re.compile(r"[,;?]|$")
ASKED = re.compile(r"\b(?:who|whom|which|what|when|where|how)\b", re.I)
ADVERB = r"(?:later|then|subsequently|eventually|finally|still|also|first|once)"
OBJECT_WORDS = 3  # words between the question's verb and its question word: "joined ISECG in | which year"
IRREGULAR_PAST = frozenset("led held took gave made became ran won was were had did went chose sent wrote spoke met "
                           "left began brought sat stood saw told kept put set read".split())
# Verbs a "did" question puts after its subject, bare: the deeds the graph and the documents tell of bodies and people.
BARE = frozenset("join host chair co-chair lead co-lead hold take give make become represent present report sign "
                 "publish propose provide attend serve hand pass succeed contribute launch release write leave meet "
                 "admit send organise organize receive announce head offer fund build develop describe say".split())
DID_BEFORE = re.compile(r"\b(?:did|does|do)\s+$", re.I)
COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were)\s+$", re.I)
MIN_CLAUSE_WORDS = 2


@dataclass(frozen=True)
class Nested:
    start: int  # the description's span in the question: "the agency that joined ISECG in 2015"
    end: int
    person: bool  # a person is described, else a body
    asked: str  # the clause as a question: "Which agency joined ISECG in 2015?"

    def put(self, question: str, name: str) -> str:
        """``question`` with ``name`` in the description's place."""
        return f"{question[:self.start]}{name}{question[self.end:]}"


def _verb(word: str) -> bool:
    return word.lower() in IRREGULAR_PAST or bool(re.fullmatch(r"[a-z-]{3,}ed", word))


def described(question: str) -> Nested | None:
    """The body or person ``question`` describes by a clause, with the clause as a question, or None."""
    m = DESCRIBED.search(question)
    if m is None:
        return None
    stop = CLAUSE_STOP.search(question, m.end())
    words = list(re.finditer(r"[\w'’-]+", question[m.end():stop.start()]))
    end = stop.start()
    wh = next((n for n, w in enumerate(words) if ASKED.fullmatch(w.group())), None)
    if wh is not None:
        # the question's verb is the last before its question word, a few words (its object, a preposition) between
        at = next((n for n in range(wh - 1, max(MIN_CLAUSE_WORDS, wh - 1 - OBJECT_WORDS) - 1, -1)
                   if _verb(words[n].group())), None)
        if at is None:
            return None
        while at - 1 >= MIN_CLAUSE_WORDS and re.fullmatch(ADVERB, words[at - 1].group(), re.I):
            at -= 1
        end = m.end() + words[at].start()
    elif DID_BEFORE.search(question[:m.start()]):
        bare = next((n for n, w in enumerate(words) if n >= MIN_CLAUSE_WORDS and w.group().lower() in BARE), None)
        if bare is None:
            return None
        end = m.end() + words[bare].start()
    elif not ASKED.search(question[:m.start()]) or COPULA_BEFORE.search(question[:m.start()]):
        # the description ends the question, which asks of something else before it ("Which session was chaired by
        # the person who ...?"), not of the description itself ("Who is the person that chairs ISECG?")
        return None
    clause = question[m.end():end].strip()
    if len(clause.split()) < MIN_CLAUSE_WORDS:
        return None
    person = m.group("noun").lower() in PEOPLE.split("|")
    lead = "Who" if m.group("rel").lower() == "who" else f"Which {m.group('head')}"
    return Nested(m.start(), m.start() + len(question[m.start():end].rstrip()), person, f"{lead} {clause}?")


def _named(response: dict, person: bool, orgs_in: Callable[[str], bool]) -> str | None:
    """The name the answer to the clause gives: a body's, or a person's (without the body beside it; "who" asks a
    body first, so the person its sentence names as the doer or with a role: "chaired by Ana Ruiz (LSA)")."""
    short = response.get("short_answer")
    if response.get("answer") is None or not short or ";" in short or re.search(r"\d", short):
        return None
    name = re.sub(r"\s*\(.*\)\s*$", "", short).strip()
    if not person:
        return name if orgs_in(name) else None
    if not (PERSON_NAME.fullmatch(name) and " " in name and not orgs_in(name)):
        told = response.get("sentence") or ""
        name = (m.group("name") if (m := AGENT_PERSON.search(told)) else person_in(told)) or ""
    return name or None


def answer(question: str, ask: Callable[[str], dict], *, orgs_in: Callable[[str], bool], k: int) -> dict | None:
    """``question`` answered in two hops (see the module), ``ask`` answering each; None when either hop has no answer."""
    nested = described(question)
    if nested is None:
        return None
    first = ask(nested.asked)
    name = _named(first, nested.person, orgs_in)
    if name is None:
        return None
    again = nested.put(question, name)
    second = ask(again)
    short = second.get("short_answer") or ""
    if second.get("answer") is None or name.lower() in short.lower():
        return None  # the description's own answer is no answer of the question
    who = question[nested.start:nested.end].strip()
    told = first.get("sentence") or first["answer"]
    # both answers' passages in turn, the question's first
    evidence = unique_hits([h for pair in zip_longest(second["evidence"], first["evidence"]) for h in pair if h is not None])
    return {**second, "answer": f"{second['answer']} ({who[0].upper()}{who[1:]} is {name}: {told})",
            "shape": f"nested+{second.get('shape')}",
            "evidence": [replace(h, rank=n) for n, h in enumerate(evidence[:max(k, 2)], 1)]}

