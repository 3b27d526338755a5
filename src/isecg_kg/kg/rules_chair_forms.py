"""More wordings of who chaired the body, read when no other chair rule read the sentence: the holder before a verb
or noun of the post ("ESA has presided over ISECG since 2021", "ESA became chair of ISECG in 2015", "ESA holds the
rotating chair", "ESA takes the helm of ISECG", "ESA replaced NASA as chair"), in an apposition ("ESA, the current
chair of ISECG,") or through the person who holds it ("the ISECG Chair, Naoki Sato of JAXA").  Each cue is a set of
words; the holder is the clause's subject (or the person's body), the body the one the cue names or the document's."""

from __future__ import annotations

import re

from .context import Context, State
from .dates import find_dates, part_of_year
from .rules_org import ORG_LIKE, SINCE_BEFORE_RE, chair_body, dates_in, membership, role_read, since_unread
from .text import Sentence, clause_start, coordinated

_POST = r"(?:chair(?:manship)?|presidency|helm)"
_ADJ = r"(?:(?:current|new|next|incoming|rotating|annual|two-year|group's|group’s)\s+)?"
# the holder before the verb; "since"/"from" a date after it begins the term, a verb of taking it too
HOLDER_VERB_RE = re.compile(
    rf"\b(?:(?P<begin>became|becomes|become|took|takes|take|taken|assumed|assumes|assume|will\s+(?:become|take|assume))\b\s+"
    rf"(?:over\s+)?(?:the\s+)?{_ADJ}(?:(?P<pre>\S+)\s+)?{_POST}(?![’']s)"  # (not "took over the chair's seat")
    rf"|(?:is|was|remains|remained|(?:serves|served|acts|acted)\s+as)\s+(?:the\s+|its\s+)?{_ADJ}(?:(?P<pre3>\S+)\s+)?"
    rf"chair(?:man|woman|person)?\b(?!\s*[’']s)(?=\s+of\b|\s*[,.;]|\s*$|\s+(?:since|from|until|in|for|during)\b)"
    rf"|(?:has\s+|had\s+|have\s+)?(?:held|holds|hold|presided|presides|preside)\b\s*(?:over\s+)?(?:the\s+)?{_ADJ}"
    rf"(?:(?P<pre2>\S+)\s+)?(?:{_POST}\b)?)(?:\s+of\s+(?:the\s+)?(?P<body>[\w’'\-]+))?", re.I)
# "ESA replaced NASA as chair of ISECG": the holder before, the previous one after the verb
REPLACED_RE = re.compile(r"\b(?:replaced|replaces|relieved|relieves|followed|follows)\s+(?P<previous>.{2,60}?)\s+(?:as|in)\s+"
                         r"(?:the\s+)?(?:(?P<pre>\S+)\s+)?chair\b(?:\s+of\s+(?:the\s+)?(?P<body>[\w’'\-]+))?", re.I)
# "JAXA, whose two-year term as ISECG chair began in June 2019", "ESA's tenure as chair ended on 9 November 2016":
# the holder right before, its term's beginning or end the date after the verb
TERM_RE = re.compile(r"(?:'s|’s|,\s+whose)\s+(?:[\w\-]+\s+){0,2}?(?:term|tenure|mandate|chairmanship|presidency)\s+"
                     r"(?:as\s+(?:the\s+)?(?:(?P<pre>\S+)\s+)?chair(?:man|woman|person)?\s+)?(?:of\s+(?:the\s+)?(?P<body>\S+)\s+)?"
                     r"(?:(?:has|had|will|would)\s+)?(?P<verb>beg[au]n|begins|start(?:s|ed)?|end(?:s|ed)?|expir(?:es|ed)|"
                     r"run(?:s)?|ran|conclud(?:es|ed)|clos(?:es|ed)|began)\b", re.I)
# "ESA, the current chair of ISECG,", "JAXA, the agency holding the ISECG chairmanship in 2019": the holder right before
APPOSED_RE = re.compile(rf",\s+(?:the\s+|its\s+)?(?:{_ADJ}chair(?:\s+of\s+(?:the\s+)?(?P<body>[\w’'\-]+))?\b|"
                        rf"(?:agency|organi[sz]ation|body|member)\s+(?:then\s+|currently\s+|now\s+)?(?:holding|occupying|in)\s+"
                        rf"the\s+{_ADJ}(?:(?P<pre>\S+)\s+)?{_POST}\b)", re.I)
# "the ISECG Chair, Naoki Sato of JAXA", "the Chair, Ana Lima (ESA)": the person's body holds the post
PERSON_CHAIR_RE = re.compile(r"\b(?:the\s+)?(?:(?P<pre>[A-Z][\w\-]*)\s+)?(?i:chair)(?:man|woman|person)?\s*,\s+(?:(?:Dr|Prof|Ms|Mr|"
                             r"Mrs)\.?\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-.]*){1,3}\s*(?:,?\s+(?:of|from)\s+(?:the\s+)?|\(\s*)$")
UNTIL_RE = re.compile(r"\b(?:until|till|to|through)\s+(?:the\s+(?:spring|summer|autumn|fall|winter|end)\s+of\s+)?$", re.I)
WHO_RE = re.compile(r",\s+(?:who|which)\s+(?:[a-z]+\s+){0,2}$")
NOT_THE_CHAIR_RE = re.compile(r"\b(?:vice|co|deputy)-?\s*$", re.I)
ITS_RE = re.compile(r"\b(?:its|their)\s+(?:[a-z]+\s+)?$", re.I)  # "its (first) chair": of a body named before
# every wording above names the post; a sentence without one is left before its dates are read
POST_WORD_RE = re.compile(r"chair|presid|helm", re.I)


def chair_forms(ctx: Context, state: State, sentence: Sentence) -> None:
    """Who chaired the body, in the wordings of HOLDER_VERB_RE, REPLACED_RE, APPOSED_RE and PERSON_CHAIR_RE."""
    text = sentence.text
    if ctx.body is None or not POST_WORD_RE.search(text) or role_read(ctx, state):
        return
    orgs = [m for m in sentence.mentions if m.entity.type == "Organization" and not re.match(r"'s|’s", text[m.end:])]
    dates = dates_in(ctx, text)  # "until the end of 2017": the year's December

    def body_of(m: re.Match) -> object:
        word = m.groupdict().get("body") or m.groupdict().get("pre") or m.groupdict().get("pre2") \
            or m.groupdict().get("pre3") or "the"
        found = chair_body(ctx, word)
        return found if found is not None else (ctx.body if m.groupdict().get("body") is None else None)

    def record(holder, body, at: int, *, begins: bool, previous=None) -> bool:
        if holder is None or body is None or holder.iri == body.iri:
            return False
        clause = [d for d in dates if clause_start(sentence, at) <= d.pos[0] and not re.search(r"[.;]", text[at:d.pos[0]])]
        since = next((d for d in clause if SINCE_BEFORE_RE.search(text[:d.pos[0]])), None)
        until = next((d.start for d in clause if UNTIL_RE.search(text[:d.pos[0]])), None)
        began = since or (clause[0] if begins and clause else None)
        start = began.start if began else None
        period = None if start or until else clause[0].start if clause else ctx.series.date or None
        told = began or (clause[0] if clause and period == clause[0].start else None)
        evidence = sentence.evidence()
        membership(ctx, holder, body, evidence, "chair-forms", 0.7, start=start, end=until, period=period,
                   role="isecg:chair", part=told and part_of_year(text, told))
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
    for m in TERM_RE.finditer(text):
        holder = next((o.entity for o in sentence.mentions if o.entity.type == "Organization"
                       and 0 <= m.start() - o.end <= 1), None)
        body = body_of(m)
        after = [d for d in dates if m.end() <= d.pos[0] and not re.search(r"[.;]", text[m.end():d.pos[0]])]
        if holder is None or body is None or not after:
            continue
        verb = m.group("verb").lower()
        begins = verb.startswith(("beg", "start", "run", "ran"))
        membership(ctx, holder, body, sentence.evidence(), "chair-forms", 0.7, start=after[0].start if begins else None,
                   end=None if begins else after[0].start, role="isecg:chair")
        return
    for m in REPLACED_RE.finditer(text):
        previous = next((o.entity for o in orgs if m.start("previous") <= o.start < m.end("previous")), None)
        if record(subject(m.start()), body_of(m), m.start(), begins=True, previous=previous):
            return
    for m in APPOSED_RE.finditer(text):
        holder = next((o.entity for o in orgs if o.end == m.start()), None)
        if since_unread(text, m.end(), dates):
            continue
        if record(holder, body_of(m), m.start(), begins=False):
            return
    for o in orgs:
        m = PERSON_CHAIR_RE.search(text, 0, o.start)
        if m is not None and m.end() == o.start and not NOT_THE_CHAIR_RE.search(text[:m.start("pre") if m.group("pre")
                                                                                    else m.start()]):
            pre = m.group("pre")
            body = chair_body(ctx, pre) if pre and pre.lower() != "the" else ctx.body
            if ITS_RE.search(text, 0, m.start()):
                # "A Science Working Group was formed; its first chair, Ana Lima of ESA": the chair of the body or
                # group named last before "its"
                named = [n.entity for n in sentence.mentions if n.end <= m.start() and n.entity.type in ORG_LIKE]
                body = named[-1] if named and named[-1].type != "Organization" else body
            if record(o.entity, body, m.start(), begins=False):
                return


# -- chairs in tables, field lists and stacked cells ---------------------------------------------------------------

# The words a label of the body's chair is made of ("ISECG Chair", "Current chair", "Chair agency", "Period",
# "Chairs of ISECG since 2013"): any other word names another thing's chair ("Session chair", "Workshop chair").
LABEL_WORDS = {"chair", "chairs", "chairing", "chairmanship", "chairmanships", "chaired", "presidency", "agency",
               "agencies", "organisation", "organization", "holder", "holders", "current", "incoming", "outgoing",
               "rotating", "period", "periods", "term", "terms", "year", "years", "dates", "date", "from", "to",
               "until", "since", "start", "end", "of", "the", "its", "group", "history", "past", "previous",
               "and", "in", "office", "table", "figure", "list", "name", "who", "when", "tenure", "isecg",
               "representative", "by", "mandate", "s", "no", "nr", "as",
               # a column beside the term's: "Handover to successor", "Notes", "Place of handover"
               "handover", "handovers", "successor", "predecessor", "note", "notes", "remarks", "place", "venue"}
CHAIR_WORD_RE = re.compile(r"\bchair(?:s|ing|manships?|ed)?\b|\bpresidency\b", re.I)
NOT_CHAIR_LABEL_RE = re.compile(r"\b(?:vice|co|deputy)[\s-]*chair", re.I)
# a year range of a row or a field: "2014–2016", "2017-2019", "2021 – present"
YEARS_RE = re.compile(r"\b((?:19|20)\d\d)\s*(?:[–—-]|to|until)\s*((?:19|20)\d\d|present|today|now|date)\b(?![-/.]\d)", re.I)
# after a start: "onwards", an open end ("2021 –"), or a next cell saying the term still runs ("| (current) |")
ONWARDS_RE = re.compile(r"^\s*(?:onwards?|and\s+after|[–—-]\s*(?:$|\|)|\|\s*\(?(?:current|present|ongoing|incumbent|today|"
                        r"now|to\s+date)\)?\s*(?:$|\|))", re.I)
# A table row: an agency or a date first (after a bullet, a number or a pipe), short, not a sentence of prose
ROW_START_RE = re.compile(r"^[\s|•·*\-–]*(?:\d{1,2}(?:[.)]\s+|\s*\|\s*))?")  # "| 3 | ESA | ...": the number's cell
ROW_MAX = 90
ROW_GAP = 1  # lines without a row inside a table (a wrapped cell, the Markdown rule "|---|---|")


def _label_of_chair(ctx: Context, label: str) -> bool:
    """Whether ``label`` (a caption, a header row, a field's name) names the body's chair and nothing else."""
    if not CHAIR_WORD_RE.search(label) or NOT_CHAIR_LABEL_RE.search(label):
        return False
    acronyms = {n.lower() for n in (ctx.body.names() if ctx.body is not None else [])}
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w’'\-]*", label) if not re.fullmatch(r"(?:19|20)\d\d", w)]
    return all(w in LABEL_WORDS or w in acronyms for w in words)


def _term(text: str, low: int = 0) -> tuple[str | None, str | None, str | None]:
    """(start, end, period) of a row or field: a year range ("2014–2016"), else "since"/"from" a date, "until" a date
    ("Chair: NASA until 9 May 2031, then ..."), else one date."""
    years = YEARS_RE.search(text, low)
    if years:
        end = years.group(2) if years.group(2) and years.group(2)[0].isdigit() else None
        return years.group(1), end, None
    dates = [d for d in find_dates(text) if d.pos[0] >= low]
    if not dates:
        return None, None, None
    if len(dates) >= 2:
        return dates[0].start, dates[1].start, None
    if SINCE_BEFORE_RE.search(text[:dates[0].pos[0]]) or ONWARDS_RE.match(text[dates[0].pos[1]:]):
        return dates[0].start, None, None
    if re.search(r"\b(?:until|till)\s+$", text[:dates[0].pos[0]], re.I):
        return None, dates[0].start, None
    return None, None, dates[0].start


def chair_rows(ctx: Context, state: State, sentence: Sentence) -> None:
    """Who chaired the body, by table and field structure: a field whose name is a label of the chair ("ISECG Chair:
    KARI, 2021–2022", "Current chair: CSA", "Chair (2022–2023): ASI"); the rows under a caption or header row that
    is such a label ("ISECG chairs" / "Period Chair agency" / "2014–2016 ESA", a Markdown table with a "Chair"
    column), each an agency and its years; stacked cells ("Chair" / "NASA" / "Term" / "2017–2019").  Never the
    chair of something the label also names (a session, a workshop, a group) or a vice-chair."""
    line = sentence.line
    if ctx.body is None or sentence.text is None or not line.text.endswith(sentence.text.rstrip()):
        return  # one reading per line: its last sentence
    text = line.text.strip()
    orgs = [m for m in sentence.mentions if m.entity.type == "Organization" and m.entity.iri != ctx.body.iri]
    table = state.chair_rows
    cells = [c.strip() for c in text.strip("|").split("|")] if text.startswith("|") else None
    offset = len(line.text) - len(sentence.text.rstrip())  # the sentence's place in the line

    def record(holder, low: int, evidence) -> None:
        start, end, period = _term(text, low)
        period = period if start or end or period else ctx.series.date or None
        membership(ctx, holder.entity, ctx.body, evidence, "chair-rows", 0.75, start=start, end=end, period=period,
                   role="isecg:chair")

    # a field: "ISECG Chair: KARI, 2021–2022", "Chair (2022–2023): ASI"
    colon = text.find(":")
    if colon < 0 and (cell := re.search(r"\t|\s{3,}", text)):  # "Chair<TAB>NASA": a label cell and its value
        colon = cell.start()
    if colon > 0 and orgs and _label_of_chair(ctx, re.sub(r"\([^)]*\)", " ", text[:colon])):
        first = min(orgs, key=lambda m: m.start)
        if first.start + offset > colon and re.fullmatch(r"[\s\W]*(?:the\s+)?", text[colon + 1:first.start + offset]):
            start, end, period = _term(text[:colon])
            if not (start or period):
                start, end, period = _term(text, first.end + offset)
            period = period if start or end or period else ctx.series.date or None
            membership(ctx, first.entity, ctx.body, sentence.evidence(), "chair-rows", 0.75, start=start, end=end,
                       period=period, role="isecg:chair")
        state.chair_rows = None
        return
    if table is not None and table.get("stacked"):  # "Chair" / "NASA" / "Term" / "2017–2019"
        table["lines"] += 1
        if table.get("holder") is None and orgs and re.fullmatch(r"[\s\W]*(?:the\s+)?", text[:orgs[0].start + offset]) \
                and len(text) - (orgs[-1].end + offset) <= 12 and len(text) <= 60:
            table["holder"] = orgs[0]
            table["evidence"] = sentence.evidence()
        elif table.get("holder") is not None and (YEARS_RE.search(text) or find_dates(text)) \
                and len(text) <= 40 and not orgs:
            record(table["holder"], 0, table["evidence"])
            state.chair_rows = None
            return
        if table["lines"] > 3:
            if table.get("holder") is not None:
                record(table["holder"], len(text), table["evidence"])  # no term below: as of the document
            state.chair_rows = None
        return
    if table is not None:  # a row: an agency and its years
        if cells and re.fullmatch(r"[\s:|-]*", text):
            return  # the Markdown rule under the header
        lead = ROW_START_RE.match(text).end()
        dates = find_dates(text)
        is_row = len(text) <= ROW_MAX * (2 if cells else 1) and not (text.endswith(".") and len(text.split()) >= 6) and (
            any(m.start + offset == lead for m in orgs) or YEARS_RE.match(text, lead) or any(d.pos[0] == lead for d in dates))
        if orgs and (YEARS_RE.search(text) or dates) and is_row:
            holder = orgs[0]
            if cells and table.get("column") is not None and len(cells) > table["column"]:
                named = [m for m in orgs if cells[table["column"]] and ctx.rec.gazetteer.lookup(cells[table["column"]])
                         is m.entity]
                holder = named[0] if named else holder
            record(holder, 0, sentence.evidence())
            table["gap"] = 0
            return
        table["gap"] = table.get("gap", 0) + 1
        if table["gap"] > ROW_GAP or orgs:
            state.chair_rows = None
        else:
            return
    # a caption or header row that labels the chair: the rows below; a label alone on its line: a stacked cell
    label = " ".join(cells) if cells else text
    if not orgs and len(label) <= 80 and _label_of_chair(ctx, label.rstrip(":")):
        column = next((i for i, c in enumerate(cells) if CHAIR_WORD_RE.search(c)), None) if cells else None
        stacked = not cells and re.fullmatch(r"(?:the\s+)?(?:\w+\s+)?chair", label.strip(" :"), re.I) is not None
        state.chair_rows = {"column": column, "stacked": stacked, "lines": 0}
