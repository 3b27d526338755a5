"""More wordings of who chaired the body, read when no other chair rule read the sentence: the holder before a verb
or noun of the post ("ESA has presided over ISECG since 2021", "ESA became chair of ISECG in 2015", "ESA holds the
rotating chair", "ESA takes the helm of ISECG", "ESA replaced NASA as chair"), in an apposition ("ESA, the current
chair of ISECG,") or through the person who holds it ("the ISECG Chair, Naoki Sato of JAXA").  Each cue is a set of
words; the holder is the clause's subject (or the person's body), the body the one the cue names or the document's."""

from __future__ import annotations

import re

from .context import Context, State
from .dates import find_dates
from .rules_org import _chair_body, membership
from .text import Sentence, clause_start, coordinated

_POST = r"(?:chair(?:manship)?|presidency|helm)"
_ADJ = r"(?:(?:current|new|next|incoming|rotating|annual|two-year|group's|group’s)\s+)?"
# the holder before the verb; "since"/"from" a date after it begins the term, a verb of taking it too
HOLDER_VERB_RE = re.compile(
    rf"\b(?:(?P<begin>became|becomes|become|took|takes|take|assumed|assumes|assume|will\s+(?:become|take|assume))\b\s+"
    rf"(?:over\s+)?(?:the\s+)?{_ADJ}(?:(?P<pre>\S+)\s+)?{_POST}"
    rf"|(?:has\s+|had\s+|have\s+)?(?:held|holds|hold|presided|presides|preside)\b\s*(?:over\s+)?(?:the\s+)?{_ADJ}"
    rf"(?:(?P<pre2>\S+)\s+)?(?:{_POST}\b)?)(?:\s+of\s+(?:the\s+)?(?P<body>[\w’'\-]+))?", re.I)
# "ESA replaced NASA as chair of ISECG": the holder before, the previous one after the verb
REPLACED_RE = re.compile(r"\b(?:replaced|replaces|relieved|relieves|followed|follows)\s+(?P<previous>.{2,60}?)\s+(?:as|in)\s+"
                         r"(?:the\s+)?(?:(?P<pre>\S+)\s+)?chair\b(?:\s+of\s+(?:the\s+)?(?P<body>[\w’'\-]+))?", re.I)
# "ESA, the current chair of ISECG,": the holder right before
APPOSED_RE = re.compile(rf",\s+(?:the\s+|its\s+)?{_ADJ}chair(?:\s+of\s+(?:the\s+)?(?P<body>[\w’'\-]+))?\b", re.I)
# "the ISECG Chair, Naoki Sato of JAXA", "the Chair, Ana Lima (ESA)": the person's body holds the post
PERSON_CHAIR_RE = re.compile(r"\b(?:the\s+)?(?:(?P<pre>[A-Z][\w\-]*)\s+)?(?i:chair)(?:man|woman|person)?\s*,\s+(?:(?:Dr|Prof|Ms|Mr|"
                             r"Mrs)\.?\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-.]*){1,3}\s*(?:,?\s+(?:of|from)\s+(?:the\s+)?|\(\s*)$")
UNTIL_RE = re.compile(r"\b(?:until|till|to|through)\s+(?:the\s+(?:spring|summer|autumn|fall|winter|end)\s+of\s+)?$", re.I)
WHO_RE = re.compile(r",\s+(?:who|which)\s+(?:[a-z]+\s+){0,2}$")
NOT_THE_CHAIR_RE = re.compile(r"\b(?:vice|co|deputy)-?\s*$", re.I)
# every wording above names the post; a sentence without one is left before its dates are read
POST_WORD_RE = re.compile(r"chair|presid|helm", re.I)
SINCE_RE = re.compile(r"\b(?:since|from)\s+(?:the\s+(?:spring|summer|autumn|fall|winter|start|beginning)\s+of\s+)?$", re.I)


def chair_forms(ctx: Context, state: State, sentence: Sentence) -> None:
    """Who chaired the body, in the wordings of HOLDER_VERB_RE, REPLACED_RE, APPOSED_RE and PERSON_CHAIR_RE."""
    text = sentence.text
    if ctx.body is None or not POST_WORD_RE.search(text) \
            or any(f.p == "org:role" for f in ctx.rec.result.facts[state.facts_at:]):
        return
    orgs = [m for m in sentence.mentions if m.entity.type == "Organization" and not re.match(r"'s|’s", text[m.end:])]
    dates = find_dates(text)

    def body_of(m: re.Match) -> object:
        word = m.groupdict().get("body") or m.groupdict().get("pre") or m.groupdict().get("pre2") or "the"
        found = _chair_body(ctx, word)
        return found if found is not None else (ctx.body if m.groupdict().get("body") is None else None)

    def record(holder, body, at: int, *, begins: bool, previous=None) -> bool:
        if holder is None or body is None or holder.iri == body.iri:
            return False
        clause = [d for d in dates if clause_start(sentence, at) <= d.pos[0] and not re.search(r"[.;]", text[at:d.pos[0]])]
        since = next((d.start for d in clause if SINCE_RE.search(text[:d.pos[0]])), None)
        until = next((d.start for d in clause if UNTIL_RE.search(text[:d.pos[0]])), None)
        start = since or (clause[0].start if begins and clause else None)
        period = None if start or until else clause[0].start if clause else ctx.series.date or None
        evidence = sentence.evidence()
        membership(ctx, holder, body, evidence, "chair-forms", 0.7, start=start, end=until, period=period,
                   role="isecg:chair")
        if previous is not None and previous.iri != body.iri:
            membership(ctx, previous, body, evidence, "chair-forms", 0.7, end=start, period=None if start else period,
                       role="isecg:chair")
        return True

    def subject(at: int):
        who = WHO_RE.search(text, 0, at)  # "Ana Lima of ESA, who presided over ISECG": the person's body
        if who is not None:
            return next((o.entity for o in reversed(orgs) if o.end <= who.start()), None)
        found = coordinated(sentence, clause_start(sentence, at), at)
        return found[0].entity if found and found[0].entity.type == "Organization" else None

    for m in HOLDER_VERB_RE.finditer(text):
        if not re.search(_POST, m.group(), re.I) and not re.search(r"presid", m.group(), re.I) \
                or NOT_THE_CHAIR_RE.search(text[:m.start()]):
            continue  # "NASA held a workshop": no post
        if record(subject(m.start()), body_of(m), m.start(), begins=m.group("begin") is not None):
            return
    for m in REPLACED_RE.finditer(text):
        previous = next((o.entity for o in orgs if m.start("previous") <= o.start < m.end("previous")), None)
        if record(subject(m.start()), body_of(m), m.start(), begins=True, previous=previous):
            return
    for m in APPOSED_RE.finditer(text):
        holder = next((o.entity for o in orgs if o.end == m.start()), None)
        if record(holder, body_of(m), m.start(), begins=False):
            return
    for o in orgs:
        m = PERSON_CHAIR_RE.search(text, 0, o.start)
        if m is not None and m.end() == o.start and not NOT_THE_CHAIR_RE.search(text[:m.start("pre") if m.group("pre")
                                                                                    else m.start()]):
            pre = m.group("pre")
            body = _chair_body(ctx, pre) if pre and pre.lower() != "the" else ctx.body
            if record(o.entity, body, m.start(), begins=False):
                return
