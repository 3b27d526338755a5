"""Answers composed from passages when the graph holds no fact for them: a count of a set a sentence lists ("signed by
NASA, ESA, JAXA, CSA and ASI", a list under "... the following agencies:"), the time between two things each told
with its date (in one document or two), the difference of two counts told in two passages, which of two dated things
came first, how many joined between two dates (a dated joining sentence each), and the person two descriptions fit.
Each answer gives its short value first, then the sentences it comes from; the passage of each sentence used comes
first in the evidence.  When a side has no sentence that tells it, there is no answer (None), never a guess."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ..kg.dates import DateSpan, find_dates
from ..text import CARDINALS, NOTE_SYMBOLS, SUPERSCRIPT_DIGITS, count_at_other_time, difference_than
from ..records import SearchHit
from . import dated
from .lists import BODY_NOUNS, HOW_MANY, SENTENCE_END
from .dated import UNIT_ASKED, span_words
from .sentences import (FUTURE, MONTHS, clause_of, NUMBER, PERSON_ROLES, STOPWORDS, count_in, counted, initialled, number_value,
                        split_sentences, stem)
from .sentences import DOCUMENT_WORDS as DOCUMENT_NOUN

SIDE_HITS = 5  # passages searched for the sentence telling one side
QUESTION_SIDE_HITS = 10  # passages of the whole question searched for it, when none of those tells it
BOTH_HITS = 10  # passages searched for the people one description of a person fits
COUNT_HITS = 10  # passages whose sentences may list or count what a question counts
JOIN_HITS = 20  # passages whose sentences may tell of a joining within a span
HOSTED = re.compile(r"\bhost(?:ed|s)\b", re.I)
ATTENDED = re.compile(r"\b(?:took\s+part|take\s+part|attend\w*|participat\w*|(?:were|was)\s+(?:represented|present))\b",
                      re.I)

# what a count question asks after its noun: "how many agencies (were) signed ..." -> the verb "signed" (in small
# letters: "how many areas does the August 2024 revision cover" has a month there, no verb)
_AUX = r"(?:were|was|are|is|have|has|had|did|do|does|been|be|to|then|in\s+all|in\s+total|altogether)"
COUNT_VERB = re.compile(rf"\bhow many\s+(?:[\w-]+\s+){{0,3}}?[\w-]+\s+(?:{_AUX}\s+)*"
                        rf"(?P<verb>(?-i:[a-z]{{3,}}(?:ed|d|t|ok|ew|ote|ent)))\b",
                        re.I)
# a list's lead: "signed by", "the following agencies:", "were:", "including", "namely"
LIST_LEAD = re.compile(r":\s*|\b(?:by|were|are|namely|including|included|comprising|from)\s+(?:the\s+following\s+(?:[\w-]+\s+)?)?",
                       re.I)
ITEM = re.compile(r"^(?:the\s+)?[A-Z0-9][\w'’&./-]*(?:\s+(?:[A-Z0-9(][\w'’&./()-]*|of|and|for|de|du|the|del|di|on))*\s*$")
MAX_ITEM_WORDS = 9
# a sentence telling of a joining, and of a plan instead of a fact
JOINED = re.compile(r"\bjoin(?:ed|s)?\b|\bbec(?:a|o)me\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}members?\b|\badmitted\b|"
                    r"\bwelcomed\b|\bnew\s+members?\b", re.I)
NOT_DONE = re.compile(FUTURE.pattern + r"|\b(?:expected|plann\w*|intend\w*|scheduled|proposed|to\s+be\s+held)\b|"
                      r"\b(?-i:would|may|might|could)\b", re.I)  # "may", not "May 2017"
PLANNED = re.compile(FUTURE.pattern + r"|\b(?:expected|plann\w*|intend\w*|scheduled|proposed|to\s+be\s+held)\b", re.I)
SIDE_VERB = re.compile(r"^\s*(?:(?:did|were|was|had|have)\s+)?(?:(?:the|a|an)\s+)?(?P<verb>[a-z]{3,}(?:ed|ook|ew|ote|ent))\b")
_NAME = r"[A-Z][\w'’&.-]*(?:\s+(?:of|for|and|the|de|[A-Z][\w'’&.()-]*))*"


def _words(text: str) -> set[str]:
    return {stem(w) for w in re.findall(r"[A-Za-z0-9][\w-]*", text) if w.lower() not in STOPWORDS and len(w) > 2
            and w.lower() not in ("how", "many", "much", "which", "what", "when", "long", "after", "before", "did",
                                  "first", "came", "earlier", "later", "passed", "months", "years", "days", "weeks")}


def _units(hit: SearchHit) -> list[tuple[str, str]]:
    """What a passage tells, one thing at a time: each item of a list with its lead ("New members in 2020: Brazilian
    Space Agency (AEB), joined on 12 May 2020"), then each sentence; as (text, its own words: the item alone)."""
    units, record = [], []
    for sentence in split_sentences(hit.text, hit.section):
        lead, colon, rest = sentence.partition(": ")
        items = [i.strip() for i in rest.split(";") if i.strip()] if colon and ";" in rest else []
        if len(items) >= 2:
            units += [(f"{lead}: {item}", item) for item in items]
        elif len(clauses := [c.strip() for c in sentence.split("; ") if c.strip()]) >= 2:
            # clauses joined by semicolons tell one thing each: a plan in one ("its instruments are expected to fly
            # on commercial landers") does not make the dated fact of the next one a plan
            units += [(clause, clause) for clause in clauses]
        units.append((sentence, sentence))
        if FIELD.match(sentence):
            record.append(sentence)
        else:
            record = []
        if len(record) >= 2:  # "Place: Tokyo, Japan / Dates: 8–9 November 2016": the fields of one record tell one thing
            units.append((" ".join(record), " ".join(record)))
    return units


FIELD = re.compile(r"^\s*[A-Z][\w’'()/-]*(?:\s+[\w’'()/-]+){0,3}\s*:\s+\S")


def names_of(text: str) -> set[str]:
    """The capitalised words of ``text`` that name something ("Montreal", "Kyoto"; not its first word, nor an acronym,
    which a passage may name another way), lower-cased."""
    words = re.findall(r"(?<![\w'’-])[A-Z][a-z][\w'’-]*|\b(?:19|20)\d\d\b", text)
    first = re.match(r"\s*([A-Z][a-z][\w'’-]*)", text)
    return {re.sub(r"['’]s$", "", w.lower()) for w in words  # "the Roadmap's third edition": "roadmap"
            if not (first and w == first.group(1) and text.strip().startswith(w)
                    and w.lower() in STOPWORDS | QUESTION_OPENERS)}


def place_names(text: str) -> set[str]:
    """The names of ``text`` and the place it gives by an acronym ("the workshop at ESTEC"): where a side happened
    tells it from another of its kind, as the sentence dating it must."""
    return names_of(text) | {m.group(1).lower() for m in re.finditer(r"\b(?:at|in)\s+([A-Z]{3,})\b", text)}


def lone_names(text: str) -> set[str]:
    """The names of ``text`` that stand alone ("the Berlin workshop", "Chang'e 4"), not words of a longer name, which
    a passage may give by its acronym or in part ("the Science Working Group's workshop": "the working group's").
    A month ("in November 2013") is a time, which a passage may write otherwise ("19–20 Nov. 2013"): no name."""
    runs = re.findall(r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", text)
    return names_of(" ".join(r for r in runs if " " not in r and not re.fullmatch(MONTHS, r, re.I))) & names_of(text)


QUESTION_OPENERS = frozenset("how which what when who where in on by for from apart compared".split())


OPENING = 2  # the passages that open a document: its title block or record ("Place: Tokyo, Japan / Dates: ...")


def opening(answerer, hit: SearchHit) -> str:
    """The text of the passages opening ``hit``'s document: what a document of one meeting says once for all its
    sentences ("Minutes ... Place: Tokyo" before "Eighteen agencies attended the plenary")."""
    passages = answerer.engine.build.passages_by_id
    return " ".join(p.text for n in range(OPENING) if (p := passages.get(f"{hit.document.id}/{n}")) is not None)


def names_told(names: set[str], sentence: str, hit: SearchHit, front: str = "") -> bool:
    """Whether every name is in the sentence, its document's title or section, or the passage before it (what sets
    the scene: "The workshop was held in Montreal ... At its close a declaration was signed by ..."), not only in a
    sentence after it, which tells of something else ("The previous workshop, held in Kyoto, ...")."""
    at = hit.text.find(sentence[:40])
    there = (f"{hit.text[:at] if at >= 0 else ''} {sentence} {hit.document.names} {hit.section or ''} "
             f"{hit.document.year or ''} {front}").lower()
    return all(re.search(rf"\b{re.escape(n)}", there) for n in names)


def _told_words(sentence: str, hit: SearchHit) -> set[str]:
    """The words a sentence tells with: its own, its section's and its document's title's."""
    return _words(f"{sentence} {hit.section or ''} {hit.document.names}")


def _hits(answerer, text: str, k: int, filters: dict) -> list[SearchHit]:
    return answerer.engine.search(text, k=k, **filters)["results"]


def _ranked(hits: list[SearchHit], rank: int = 1) -> list[SearchHit]:
    return [replace(h, rank=n) for n, h in enumerate(hits, rank)]


def _evidence(used: list[SearchHit], results: list[SearchHit], k: int) -> list[SearchHit]:
    """The passages used first (one each), then the question's other results."""
    kept: dict[str, SearchHit] = {}
    for h in used + results:
        kept.setdefault(h.passage_id, h)
    return _ranked(list(kept.values())[:max(k, len(used))])


def _response(short: str, text: str, evidence: list[SearchHit], shape: str) -> dict:
    first = evidence[0]
    return {"answer": f"{short} — {text}", "short_answer": short, "sentence": text, "answers": [], "sparql": None,
            "shape": shape, "evidence": evidence, "confidence": None, "message": None,
            "citation": {"passage": first.passage, "document": first.document.title, "year": first.document.year,
                         "page": first.page}}


# -- a count of a listed set ------------------------------------------------------------------------------------------

def listed(sentence: str) -> list[str]:
    """The items a sentence lists after its lead ("signed by NASA, ESA, JAXA, CSA and ASI"; "the following agencies:
    A; B; C"): names (capitalised, short), at least two; else none."""
    best: list[str] = []
    for lead in LIST_LEAD.finditer(sentence):
        tail = sentence[lead.end():].rstrip(" .;")
        separator = ";" if lead.group().strip() == ":" and ";" in tail else ","
        parts = [p.strip() for p in tail.split(separator)]
        if separator == "," and parts:
            last = re.split(r",?\s+\band\b\s+", parts[-1])  # "..., CSA and ASI"
            if len(parts) == 1 and len(last) != 2:
                continue
            parts = parts[:-1] + last
        parts = [re.sub(r"^(?:and|the)\s+", "", p).strip() for p in parts]
        items = []
        for p in parts:
            if not p or len(p.split()) > MAX_ITEM_WORDS or not ITEM.match(p):
                break
            items.append(p)
        # the whole run must be names: a list cut short by a clause is no list of the set
        if len(items) >= 2 and len(items) == len(parts) and len(items) > len(best):
            best = items
    return best


def count_listed(answerer, question: str, q, *, k: int, filters: dict) -> dict | None:
    """"How many agencies signed the statement?": the sentence of the best passages that tells the verb asked of
    what the question names and lists the set (not one stating its number: the passages answer that); the number
    of its items."""
    nouns = counted(question)
    verb = COUNT_VERB.search(question)
    if not nouns or verb is None or verb.group("verb").lower() in ("had", "have", "has", "did", "does"):
        return None
    asked = _words(question) - nouns - {stem(verb.group("verb"))}
    names = names_of(question)
    results = _hits(answerer, question, max(k, COUNT_HITS), filters)
    best = None
    for rank, hit in enumerate(results[:COUNT_HITS]):
        for sentence in split_sentences(hit.text, hit.section):
            if not names_told(names, sentence, hit):
                continue  # "the Kyoto declaration": a sentence not told of Kyoto tells of another
            if not has_verb(sentence, verb.group("verb")) or NOT_DONE.search(sentence):
                continue
            stated = count_in(sentence, nouns)
            items = [] if stated else listed(sentence)
            if not stated and not items:
                continue
            told = _told_words(sentence, hit)
            share = len(asked & told) / (len(asked) or 1)
            key = (share, -rank)
            if best is None or key > best[0]:
                best = (key, sentence, hit, stated, items)
    if best is None or best[0][0] < 0.5 or best[3]:
        return None  # nothing lists it, or the best sentence states its number: a sentence answers that
    _, sentence, hit, _, items = best
    n = len(items)
    short = str(n)
    text = f"{dated.NUMBER_WORDS.get(n, n)} ({'; '.join(items)}): {sentence}"
    return _response(short, text, _evidence([hit], results, k), "listed_count")


# "... were baselined in 2019?", "... was adopted during 2021?": the verb and the year a count of a table's rows asks
IN_YEAR_ASKED = re.compile(r"\b(?P<verb>[a-z]{3,}(?:ed|en|t))\s+(?:in|during)\s+(?P<year>(?:19|20)\d\d)\s*\??\s*$", re.I)
# A table row ending in its year cell, a note mark or a remark after it: "ESA NASA, JAXA 2019 ²", "2019 (Rev. A 2021)"
ROW_YEAR = re.compile(rf"\S\s+(?P<year>(?:19|20)\d\d)(?:\s*[{SUPERSCRIPT_DIGITS}{NOTE_SYMBOLS}]+)?(?:\s*\([^()]*\))?\s*$")


def year_column_count(answerer, question: str, *, k: int, filters: dict) -> dict | None:
    """"How many of the standards listed were baselined in 2019?": the rows of a table whose header (the passage's
    section, or a line above its rows) names the verb asked ("Standard Lead agency Partners Year baselined") and
    whose year cell, the last of the row, holds the year asked; in the best passage holding what is counted with
    two rows ending in a year at least (a table, not a sentence)."""
    asked, nouns = IN_YEAR_ASKED.search(question), counted(question)
    if asked is None or not nouns or not HOW_MANY.search(question):
        return None
    verb, year = asked.group("verb"), asked.group("year")
    results = _hits(answerer, question, max(k, COUNT_HITS), filters)
    for hit in results[:COUNT_HITS]:
        lines = hit.text.split("\n")
        rows = [(i, m.group("year")) for i, line in enumerate(lines) if (m := ROW_YEAR.search(line))
                and not SENTENCE_END.search(line[:m.start("year")])]  # ("(Rev. A 2021)" ends no sentence)
        if len(rows) < 2 or not nouns <= _words(f"{hit.section or ''} {hit.text}"):
            continue
        if not has_verb(hit.section or "", verb) and not any(has_verb(line, verb) for line in lines[:rows[0][0]]):
            continue
        found = [" ".join(lines[i].split()) for i, told in rows if told == year]
        if found:
            n = len(found)
            text = f"the rows of the table giving {year} under its column of the year {verb}: {'; '.join(found)}."
            return _response(str(n), text, _evidence([hit], results, k), "year_column_count")
    return None


# The verbs of making a body, each telling the others' deed ("the creation of the agency": "it was established").
MAKING = ("creat", "establish", "found", "form", "inaugur")


def has_verb(sentence: str, verb: str, most: int = 5) -> bool:
    """Whether a sentence tells the verb asked ("signed": signed, signatories; "took": took part; "creation":
    established, founded) by the first ``most`` letters of its stem."""
    roots = {stem(verb)[:most]}
    if any(stem(verb).startswith(m) for m in MAKING):
        roots |= {m[:most] for m in MAKING}
    return any(stem(w).startswith(tuple(roots)) for w in re.findall(r"[A-Za-z][\w-]*", sentence))


# -- what a side tells, with its date ---------------------------------------------------------------------------------

def told_date(answerer, side: str, filters: dict, *, past: bool = True, least: float = 0.5, besides: str = "",
              year: str | None = None, question: str = ""):
    """The sentence that best tells ``side`` ("the Montreal workshop") with a date: among the best passages of a
    search for it (of one for the whole ``question`` when none tells it: a passage telling both sides may rank below
    others for one alone), the sentence (with its document's title and section) holding most of the side's words, at
    least half, and a date (of ``year``, the year the question sets both sides in, when the side names none); a plan
    ("is planned for 2019") does not date what happened; not ``besides`` (the other side's, when this side is the rest
    of its kind); a side told in a document of a year ("the Korean Lunar Lander in the 2024 roadmap") is dated by a
    sentence of that year's document, not by that year.  (date, sentence, hit) or None."""
    told_in = TOLD_IN.search(side)
    for searched, k in dict.fromkeys([(side, SIDE_HITS), (question or side, QUESTION_SIDE_HITS if question else SIDE_HITS)]):
        hits = _hits(answerer, searched, k, filters)
        if told_in:
            hits = [h for h in hits if str(h.document.year) == told_in.group("year")]
        if found := _told_date(hits, side[:told_in.start()] if told_in else side, past=past, least=least,
                               besides=besides, year=year):
            return found
    return None


# Where a side is told, at its end: "in the 2024 roadmap", "of the 2016 paper's table" (its document, not its time).
TOLD_IN = re.compile(rf"\s+(?:in|of|from)\s+(?:the|its|their)\s+(?P<year>(?:19|20)\d\d)\s+(?:[\w-]+\s+)?"
                     rf"{DOCUMENT_NOUN}(?:['’]s\s+\w+)?\s*[?.]?\s*$", re.I)


# a word of two words ("early-registration", "micro-rover"), not a name with its number ("Chandrayaan-2")
_COMPOUND = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])")


def _heading_date(hit: SearchHit) -> list[DateSpan]:
    """The day or month a passage's heading is alone ("30.09.2014" over "Chair passes from CSA to ESA."): a timeline's
    entry, which dates what the passage tells (at no place in its text); a year alone may head a whole year's
    account, its sentences told at other times."""
    heading = (hit.section or "").rpartition(" — ")[2].strip()
    found = find_dates(heading, default_year=hit.document.year) if heading else []
    return [replace(found[0], pos=(0, 0))] if len(found) == 1 and found[0].pos == (0, len(heading)) and \
        len(found[0].start) > 4 else []


def _told_date(hits: list[SearchHit], side: str, *, past: bool, least: float, besides: str, year: str | None):
    """told_date among ``hits``."""
    asked = _words(_COMPOUND.sub(" ", side))
    if not asked:
        return None
    best = None
    past = past and not PLANNED.search(side)  # a side naming a plan ("the planned fourth edition") is dated by it
    names, years = place_names(side), set(re.findall(r"\b(?:19|20)\d\d\b", side))
    asked -= years  # the year is the date's to match, not a word to find ("First landing: 2024")
    if not asked:
        return None
    year = None if years else year
    ranks, own_ranks = _ranks(side), _all_ranks(side)
    ends = bool(dated.SIDE_END.search(side))
    event = EVENT_NOUN.match(side)
    for rank, hit in enumerate(hits):
        for sentence, item in _units(hit):
            if sentence == besides or not names_told(names, sentence, hit) or \
                    not _ranks_told(ranks, f"{sentence} {hit.section or ''} {hit.document.names}"):
                continue
            if event and not has_verb(item, event.group("event"), 4):
                continue  # "the launch of the Kestrel satellite" is not told by "the partners approved the Kestrel ..."
            found = [d for d in find_dates(item, default_year=hit.document.year) or _year_ranges(item) or
                     _heading_date(hit) if not year or d.start.startswith(year)]
            if years and (days := [d for d in found if len(d.start) > 4 and d.start[:4] in years]):
                found = days  # "GLEX 2012 ... from 22 to 24 May 2012": the year of its name dates nothing more
            # "Version 1.1 — adopted 14 April 2008 — supersedes Version 1.0 of 6 November 2007": the date told right
            # after another rank of the series than the side's is that other's
            found = [d for d in found if not (before := _all_ranks(item[max(0, d.pos[0] - NEAR):d.pos[0]])) or
                     not own_ranks or before & own_ranks]
            if not found:
                continue
            words = _words(sentence) | _words(_COMPOUND.sub(" ", sentence))
            share = len(asked & (words | _told_words(sentence, hit))) / len(asked)
            own = len(asked & words) / len(asked)
            when = _nearest(found, item, names | asked, event.group("event") if event else None)
            # a sentence telling one dated thing before one telling several; the side's rank told in the sentence
            # itself ("Stage 2 – ... (from 2030)") before one told only by its section's or title's numbers; a side
            # naming its year ("GLEX 2012") told by a day of it before by its name alone
            key = (round(share, 3), _ranks_told(ranks, sentence) if ranks else True, not years or len(when) > 4,
                   round(own, 3), -len(found), -rank)
            span_ = next(d for d in found if d.start == when)
            # a plan dates nothing that happened (a list's lead tells it of its items: "Planned launches: ..."); one
            # told in another clause of the sentence plans another deed
            if past and NOT_DONE.search(sentence[:len(sentence) - len(item)] + clause_of(item, span_.pos)):
                continue
            if ends:  # "the end of Stage 3" of "Stage 3 (2035–2040)": 2040
                upto = _RANGE_END.match(item[span_.pos[1]:])
                when = span_.end or (upto.group(1) if upto else when)
            if years and when[:4] not in years:
                continue  # "the 2024 supplement" happened in 2024, whatever else a sentence of it dates
            if share >= least and own >= least / 2 and (best is None or key > best[0]):
                best = (key, when, sentence, hit)
    return best[1:] if best else None


# A side naming an event by its noun ("the cancellation of the rover", "NASA's approval of ...", "the launch of ..."):
# the sentence dating it tells that event (its noun or verb), not another thing done to the same object.
EVENT_NOUN = re.compile(r"^\s*(?:(?:the|its|their|[\w.-]+['’]s)\s+)?(?:(?:first|second|final|last|initial)\s+)?"
                        r"(?P<event>[a-z]+(?:tion|sion|ment|[vs]al)|launch|landing|arrival|loss|failure)\s+of\b")


def deed(side: str) -> str | None:
    """The deed a side names by its noun ("the formation of the team": "formation"), not a document's edition or
    publication, which its issue date dates."""
    m = EVENT_NOUN.match(side)
    return m.group("event") if m and m.group("event") not in ("edition", "publication", "revision", "version") else None


_RANGE_END = re.compile(r"\s*(?:[–-]|to|until|till|through)\s*((?:19|20)\d\d)\b")
_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*-\s*((?:19|20)\d\d)\b")


def _year_ranges(text: str) -> list[DateSpan]:
    """The years of "2028-2033" (a hyphen, which find_dates leaves alone lest "2021-04" be read as two years), when a
    text has no other date: the first, then the last."""
    return [DateSpan(m.group(n), None, (m.start(n), m.end(n))) for m in _YEAR_RANGE.finditer(text) for n in (1, 2)
            if int(m.group(2)) > int(m.group(1))]


# "first" is left out: "the first crewed landing" is told as "human landings from 2024"; "Version 1.1" is its own rank,
# "Version 1.0" the same as "Version 1"
_RANK = re.compile(rf"(?<![\w.,])(?:(?P<n>\d{{1,3}}(?:\.\d)?)(?:st|nd|rd|th)?|"
                   rf"(?P<word>{'|'.join(w for w in dated.ORDINALS if w not in ('zeroth', 'first'))}))\b(?![.,]?\d)", re.I)


def _ranks(side: str) -> set[float]:
    """The numbers and ranks a side names beside its words ("Issue 3", "the 22nd plenary", "the third edition",
    "Version 1.1"): what tells it from the others of its series; not a year, nor a day of a date."""
    side = re.sub(rf"\b\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+(?:{dated.MONTHS})\b|\b(?:{dated.MONTHS})\s+\d{{1,2}}\b", " ",
                  side, flags=re.I)
    return {float(m.group("n")) if m.group("n") else dated.ORDINALS[m.group("word").lower()]
            for m in _RANK.finditer(side)}


def _all_ranks(text: str) -> set[float]:
    """The ranks of ``text``, "first" too."""
    return _ranks(text) | ({1} if re.search(r"\bfirst\b", text, re.I) else set())


def _ranks_told(ranks: set[float], text: str) -> bool:
    """Whether every rank is told in ``text``, as a number ("Issue 3", "3rd") or spelled ("third")."""
    return ranks <= _ranks(text)


NEAR = 30  # characters before a date where the words telling what it dates stand ("Autumn meeting Bremen 2 October")


def _nearest(found: list, text: str, words: set[str], event: str | None = None) -> str:
    """Of several dates of a text, the one its event's verb stands right before ("the approval of": "drafted from
    2015 and approved in June 2018"; "the endorsement by the heads": "drafted this paper between April and August 2014
    and submitted it to the heads, who endorsed it in September 2014"), else the one the side's words stand right
    before, most of them ("Issue 2.0 · Released 15 July 2021 · Supersedes Issue 1.0 (June 2019)"; a table's rows run
    together); the first when none is told so."""
    if len(found) == 1:
        return found[0].start

    def told(d) -> tuple[bool, int]:
        before = text[max(0, d.pos[0] - NEAR):d.pos[0]]
        # the event's verb may stand further back, as long as no other date comes between ("Launched 22 July 2019;
        # lost with the Vikram lander on 7 September 2019")
        since = text[min(max(0, d.pos[0] - NEAR), max((e.pos[1] for e in found if e.pos[1] <= d.pos[0]), default=0)):
                     d.pos[0]]
        return (bool(event) and has_verb(since, event, 4),
                len({w for w in re.findall(r"[A-Za-z][\w'’-]*", before) if w.lower() in words or stem(w) in words}))

    best = max(found, key=told)
    return best.start if any(told(best)) else found[0].start


# A time a sentence tells between two things instead of their dates: "three days before the meeting opened", "the day
# before the roadmap was made public", "nine days earlier", "two weeks after the launch".
STATED_SPAN = re.compile(rf"\b(?:(?P<n>\d{{1,3}}|{'|'.join(CARDINALS)}|a|an)\s+(?P<unit>day|week|month|year)s?|"
                         r"the\s+(?P<one>day|week|month|year))\s+(?P<dir>before|after|earlier|later|prior\s+to)\b", re.I)


def _stated_count(m: re.Match) -> tuple[int, str]:
    """(count, unit) of a STATED_SPAN match: "the day before" and "a week after" are one of their unit."""
    n = m.group("n")
    return (1 if n is None or n.lower() in ("a", "an") else number_value(n)), (m.group("unit") or m.group("one")).lower()


def stated_span(answerer, question: str, sides: tuple[str, str], *, k: int, filters: dict) -> dict | None:
    """"How long before A did B?" answered by a sentence telling both with the time between them ("Three days before
    the meeting opened, NASA named ..."), whatever their dates; the thing after "before"/"after" must be the side the
    question measures from in the order it asks (or the other, the order reversed)."""
    order = m.group("order").lower() if (m := dated.HOW_LONG.match(question)) else None
    results = _hits(answerer, question, k, filters)
    for hit in results:
        for sentence in split_sentences(hit.text, hit.section):
            told = STATED_SPAN.search(sentence)
            said = _words(sentence)
            if told is None or not all(_ranks_told(_ranks(side), sentence) and len(_words(side) & said) * 2 >= len(
                    _words(side)) > 0 for side in sides):
                continue
            way = told.group("dir").lower()
            if order and way not in ("earlier", "later"):
                # the clause after "before"/"after" names the side it is counted from
                after = _words(re.split(r"[,;]", sentence[told.end():], maxsplit=1)[0])
                ref = max((0, 1), key=lambda i: len(_words(sides[i]) & after) / max(1, len(_words(sides[i]))))
                if (way == "after") != (order == "after") if ref == 0 else (way == "after") == (order == "after"):
                    continue
            n, unit = _stated_count(told)
            return _response(dated.in_words(n, unit), sentence, _evidence([hit], results, k), "passage_span")
    return None


THE_OTHERS = re.compile(r"\bthe\s+(?:other|remaining|rest\s+of\s+the)\b", re.I)


def span(answerer, question: str, sides: tuple[str, str], *, k: int, filters: dict, least: float = 0.5,
         body: str | None = None) -> dict | None:
    """"How long after the workshop was the report released?", "How many months passed between X and Y?": the date
    each side is told with, and the time between them in the unit asked; a side naming the ``body``'s member by its
    rank ("its fifteenth member") dated by the joining that brought its member count to that rank."""
    if stated := stated_span(answerer, question, sides, k=k, filters=filters):
        return stated
    unit = UNIT_ASKED.search(question)

    def joining(side: str):
        row = dated.nth_joining(answerer.query, body, side) if body else None
        return _event_told(answerer, row and {**row, "date": row["start"]})

    told = [joining(sides[0]) or told_date(answerer, sides[0], filters, least=least, question=question)]
    # "... and the baselining of the other standards": the rest of the first side's kind, which its sentence does not
    # date ("The docking standard was baselined in 2010." / "The remaining standards were baselined in 2019.")
    besides = told[0][1] if told[0] and THE_OTHERS.search(sides[1]) else ""
    told.append(joining(sides[1]) or
                told_date(answerer, sides[1], filters, least=least, besides=besides, question=question))
    if not all(told) or told[0][:2] == told[1][:2]:
        return None  # a side not told with its date, or both by one sentence and date
    (a, sa, ha), (b, sb, hb) = told
    spoken = span_words(a, b, unit.group("unit").lower() if unit else None)
    if spoken is None:
        return None
    short, said = spoken
    if dated.approximate(question) and not short.startswith(("about", "less")):
        short = said = f"about {said}"  # as the question asks it: "about six months"
    order = "after" if a <= b else "before"
    text = (f"{sides[1].strip()} ({dated.spoken(b)}) came {said} {order} {sides[0].strip()} ({dated.spoken(a)}). "
            f"{' '.join(dict.fromkeys([sb, sa]))}")
    results = _hits(answerer, question, k, filters)
    return _response(short, text, _evidence([hb, ha], results, k), "passage_span")


def _event_told(answerer, event: dict | None):
    """An event of the graph as told_date tells a side: (date, the sentence dating it, its passage), or None."""
    hit = answerer._hit(event["passage0"], event["sentence0"]) if event and event.get("passage0") else None
    return (str(event["date"]), event["sentence0"], hit) if hit else None


def first(answerer, question: str, parts: list[str], *, last: bool, k: int, filters: dict,
          least: float = 0.5) -> dict | None:
    """"Which came first, A or B?": the side told with the earlier date (the later, if asked); "Which came first in
    2010: A or B?" asks of each side's deed in 2010."""
    year = dated.framed_year(question, parts)
    told = [told_date(answerer, side, filters, least=least, year=year, question=question) for side in parts]
    if any(told) and not all(told):
        # a side no sentence dates may be an event the graph dates ("the Tsukuba plenary of 2010")
        events = answerer.query(dated.events_sparql(year))
        told = [t or _event_told(answerer, dated.side_event(events, side, year)) for t, side in zip(told, parts)]
    if not all(told) or told[0][:2] == told[1][:2]:
        return None
    (a, sa, ha), (b, sb, hb) = told
    common = min(len(a), len(b))
    if a[:common] == b[:common]:
        return None  # the dates do not tell them apart
    (early, one), (late, other) = sorted([(a, parts[0]), (b, parts[1])], reverse=last)
    # the side with its date first ("NASA's cancellation of the rover (April 2018)"), then both sides' sentences
    text = (f"{one} ({dated.spoken(early)}) came {'after' if last else 'before'} {other} ({dated.spoken(late)}). "
            f"{' '.join(dict.fromkeys([sa, sb]))}")
    results = _hits(answerer, question, k, filters)
    short = dated.before_or_after(parts, a, b) if dated.BEFORE_OR_AFTER.match(question) else \
        f"{dated.side_named(one)} ({dated.spoken(early)}){dated.by_how_much(question, early, late, last=last)}"
    return _response(short, text, _evidence([ha, hb], results, k), "passage_first")


def _cells(line: str) -> list[str] | None:
    line = line.strip()
    if not (line.startswith("|") and line.endswith("|")) or line.count("|") < 3:
        return None
    return [c.strip() for c in line.strip("|").split("|")]


def table_counts(text: str, nouns: set[str]) -> dict[str, str]:
    """The rows of a table (Markdown pipes) whose header names what is counted ("| Meeting | Date | Agencies |"):
    {the row's text: its number in that column}."""
    found, column = {}, None
    for line in text.splitlines():
        cells = _cells(line)
        if cells is None:
            column = None
            continue
        if all(re.fullmatch(r":?-+:?", c) for c in cells if c):
            continue
        heads = [i for i, c in enumerate(cells) if c and {stem(w) for w in re.findall(r"[A-Za-z]+", c)} & nouns]
        if column is None and heads and not any(re.search(r"\d", c) for c in cells):
            column = heads[0]
            continue
        if column is not None and column < len(cells) and re.fullmatch(r"\d{1,4}", cells[column]):
            found[line.strip()] = cells[column]
    return found


ROW_BY_DATE = re.compile(r"\s*(?P<row>.*?\b(?:19|20)\d\d)\s+(?P<n>\d{1,4})(?=\s|$)")
ROW_BY_LINE = re.compile(r"^(?P<row>\D.*?)\s+(?P<n>\d{1,4})\s*$")


def header_counts(hit: SearchHit, nouns: set[str]) -> dict[str, str]:
    """The rows of a table as a PDF gives it, its header kept as the passage's section ("Meetings — Meeting Place Dates
    Agencies") and its rows run together ("Exploration workshop Toulouse 5–7 March 2012 11 Plenary meeting Ottawa 18
    October 2012 13"): when the header's last column names what is counted, each row's number in it, a row ending
    with its date column or with its line.  {the row's text: its number}."""
    header = (hit.section or "").rpartition(" — ")[2]
    words = re.findall(r"[A-Za-z]+", header)
    if " — " not in (hit.section or "") or re.search(r"\d", header) or not 2 <= len(words) <= 8 or \
            stem(words[-1]) not in nouns:
        return {}
    found = {}
    for line in hit.text.splitlines():
        rows = list(ROW_BY_DATE.finditer(line))
        if rows and line[rows[-1].end():].strip() == "":
            found.update({m.group("row").strip(): m.group("n") for m in rows})
        elif (m := ROW_BY_LINE.match(line)) and len(line.split()) <= 12:
            found[m.group("row").strip()] = m.group("n")
    return found


# -- a difference of two counts ---------------------------------------------------------------------------------------

# "Fourteen agencies contributed, against twelve in 2013", "21 members, up from 15 in 2018": the count of another year
# a sentence gives beside its own
COUNT_OF_YEAR = re.compile(rf"\b(?:against|versus|vs\.?|compared\s+(?:with|to)|(?:up|down)\s+from)\s+"
                           rf"(?P<n>\d+|{'|'.join(CARDINALS)})\s+(?:[\w-]+\s+){{0,3}}?"
                           r"(?:in|during|(?:at|by)\s+the\s+(?:end|close|start)\s+of)\s+(?P<year>(?:19|20)\d\d)\b", re.I)


def count_of_year(sentence: str, side: str) -> str | None:
    """The count ``sentence`` gives of a year ``side`` names beside its own count (COUNT_OF_YEAR)."""
    years = set(re.findall(r"\b(?:19|20)\d\d\b", side))
    return next((m.group("n") for m in COUNT_OF_YEAR.finditer(sentence) if m.group("year") in years), None)


def side_count(answerer, side: str, other: str, nouns: set[str], verb: str | None, filters: dict):
    """The count of one side of "how many more X at A than at B": the sentence of the best passages for the side that
    counts (or lists) ``nouns`` and holds most of the words telling this side from the other (at least half), not
    a plan.  (number, sentence, hit) or None."""
    own = _words(side) - nouns
    distinct = own - _words(other) or own
    if not distinct:
        return None
    best = None
    query = side if nouns & _words(side) else f"{' '.join(nouns)} {verb or ''} {side}"
    names, ranks = names_of(side), _all_ranks(side)
    for rank, hit in enumerate(_hits(answerer, query, SIDE_HITS, filters)):
        rows = table_counts(hit.text, nouns) | header_counts(hit, nouns)
        front = opening(answerer, hit) if names else ""
        for sentence in split_sentences(hit.text, hit.section) + list(rows):
            if NOT_DONE.search(sentence) or not names_told(names, sentence, hit, front):
                continue
            n = rows.get(sentence) or count_of_year(sentence, side) or count_in(sentence, nouns)
            value = number_value(n) if n else len(items) if (items := listed(sentence)) and verb and has_verb(
                sentence, verb) else None
            if value is None:
                continue
            version = answerer._version(hit.document.iri) if ranks else None
            if version and int(version) not in ranks and not ranks & _all_ranks(sentence):
                continue  # a count of the second edition, not the first asked
            # a document issued as an edition tells its edition in all its sentences
            told = _told_words(sentence, hit) | (_words("edition issue version") if version else set())
            share = len(distinct & told) / len(distinct)
            # the words telling the sides apart in the sentence itself weigh most ("30th" against "29th"); then a
            # document of the edition asked ("the first edition": the roadmap issued as version 1)
            key = (bool(version) and int(version) in ranks, round(len(distinct & _words(sentence)) / len(distinct), 3),
                   round(share, 3), -rank)
            if share >= 0.5 and (best is None or key > best[0]):
                best = (key, value, sentence, hit)
    return best[1:] if best else None


def difference(answerer, question: str, sides: tuple[str, str], *, k: int, filters: dict) -> dict | None:
    """"How many more agencies attended the 30th plenary than the 29th?": each side's count, from two sentences."""
    nouns = counted(question)
    if not nouns:
        return None
    verb = COUNT_VERB.search(question)
    verb = verb.group("verb") if verb else None
    a_side = re.sub(r"^.*?\bhow many (?:more|fewer|less|additional|extra)\s+", "", sides[0], flags=re.I)
    # each side's own verb when it has one ("... contributed to A than signed B"), else the question's
    own = SIDE_VERB.match(sides[1])
    found = [side_count(answerer, a_side, sides[1], nouns, verb, filters),
             side_count(answerer, sides[1], a_side, nouns, own.group("verb") if own else verb, filters)]
    if not all(found) or found[0][1] == found[1][1]:
        return None
    (a, sa, ha), (b, sb, hb) = found
    diff = abs(a - b)
    text = f"{a} against {b}: {sa} {sb}"
    results = _hits(answerer, question, k, filters)
    return _response(str(diff), text, _evidence([ha, hb], results, k), "passage_difference")


# -- how many joined between two dates ---------------------------------------------------------------------------------

def joined_between(answerer, question: str, q, span_: tuple[str, str], *, k: int, filters: dict) -> dict | None:
    """"How many agencies joined between January 2019 and December 2019?": the bodies the best passages tell joining,
    each in a sentence dated within the span (to the month); not what is expected to join."""
    if not dated.JOINERS.search(question):
        return None
    ends = [dated.side_date(s) for s in span_]
    if not all(ends):
        return None
    start, end = ends
    results = _hits(answerer, question, max(k, JOIN_HITS), filters)
    seen: dict[str, tuple[str, str, SearchHit]] = {}
    for hit in results[:JOIN_HITS]:
        for sentence, item in _units(hit):
            if not JOINED.search(sentence) or NOT_DONE.search(sentence):
                continue
            found = find_dates(item, default_year=None)
            bodies = {m.iri for m in answerer.mentions_in(item) if m.category in ("org", "unit")} - \
                {m.iri for m in q.mentions}
            if len(found) != 1 or len(bodies) != 1:
                continue  # one body joining at one date: a sentence of several tells no single joining
            when = found[0].start
            if start[:7] <= when[:7] <= (end[:7] if len(end) >= 7 else end[:4] + "-12"):
                seen.setdefault(bodies.pop(), (when, sentence, hit))
    if not seen:
        return None
    told = sorted(seen.items(), key=lambda x: x[1][0])
    n = len(told)
    text = "; ".join(dated.with_date(answerer._short_name(iri), when) for iri, (when, _, _) in told) + ". " + \
        " ".join(s for _, (_, s, _) in told)
    hits = list({h.passage_id: h for _, (_, _, h) in told}.values())
    return _response(str(n), text, _evidence(hits, results, k), "joined_between")


# "How many more agencies attended the September 2020 meeting than the March 2020 one?", "how many additional ... than
# ...", and with the side compared against first or last: "Compared with the March 2020 meeting, how many extra agencies
# attended the September one?", "How many more ..., compared to ...?" (see compared_sides)
_MORE = r"how many (?:more|fewer|less|additional|extra)\b"
COMPARISON = re.compile(rf"\b{_MORE}.*?(\bthan\b)", re.I)
_AGAINST = r"(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to|as\s+against|set\s+against)"
COMPARED_FIRST = re.compile(rf"^\s*{_AGAINST}\s+(?P<b>[^?]+?),\s*(?P<a>.*\b{_MORE}.*)$", re.I)
COMPARED_LAST = re.compile(rf"^(?P<a>.*\b{_MORE}.*?),?\s+{_AGAINST}\s+(?P<b>[^?]+)\??\s*$", re.I)


def compared_sides(question: str) -> tuple[str, str] | None:
    """The two sides of "how many more at A than at B" in any of its orders: (the words of A, with the question's
    count; the words of B)."""
    if cut := COMPARISON.search(question):
        return question[:cut.start(1)], question[cut.end(1):]
    m = COMPARED_FIRST.match(question) or COMPARED_LAST.match(question)
    return (m.group("a"), m.group("b")) if m else None


# -- the hook ---------------------------------------------------------------------------------------------------------

def answer(answerer, question: str, q, plan, response: dict | None, *, k: int, filters: dict) -> dict | None:
    """The composed answer to ``question`` when the routes before found none (``response`` None or without an
    answer), or answered "which came first"/"how long" by the dates of documents the sides do not name (a side's
    best passage was in a document telling of it, not the one it names): else ``response`` as it was."""
    misread = response is not None and response.get("answer") is not None and _misread_documents(question, response)
    joins = response is not None and response.get("shape") == "passage" and bool(dated.span_asked(question)) and \
        bool(HOW_MANY.search(question))
    if response is not None and response.get("shape") == "first" and not misread and (parts := dated.sides(question)):
        # the dates of the documents the sides are found in, unless a sentence tells each side, all its words, with
        # the date it happened ("In 2014 the group first met in Paris" in a record of 2018)
        return first(answerer, question, parts, last=dated.latest_asked(question), k=k, filters=filters,
                     least=1.0) or response
    if response is not None and response.get("answer") is not None and not misread and not joins:
        return response
    if joins and dated.JOINERS.search(question) and not JOINED.search(response.get("sentence") or ""):
        # "How many agencies joined between A and B?" is not answered by a sentence telling no joining
        return joined_between(answerer, question, q, dated.span_asked(question), k=k, filters=filters) or \
            _no_count(response)
    composed = None
    if compared := compared_sides(question):
        composed = difference(answerer, question, compared, k=k, filters=filters)
    elif HOW_MANY.search(question) and (between := dated.span_asked(question)) and \
            not dated.gap_sides(question):
        composed = joined_between(answerer, question, q, between, k=k, filters=filters)
    elif parts := dated.sides(question):
        composed = first(answerer, question, parts, last=dated.latest_asked(question), k=k, filters=filters)
    elif acted := dated.acted_sides(question):  # no dated membership (or other deed) in the graph: the sentences'
        composed = first(answerer, question, acted[0], last=acted[1], k=k, filters=filters)
    elif gap := dated.gap_sides(question):
        composed = span(answerer, question, gap, k=k, filters=filters,
                        body=bodies[0].iri if len(bodies := q.of("org")) == 1 else None)
    elif plan is None and response is None and HOW_MANY.search(question):
        # a listed set, else the sentence the passages answer with (as the answerer would next), when its
        # number counts what the question asks
        composed = year_column_count(answerer, question, k=k, filters=filters) or \
            count_listed(answerer, question, q, k=k, filters=filters)
        if composed is None:
            response = answerer._from_passages(question, q, k=k, filters=filters)
            if response.get("answer") is not None and (_count_elsewhere(question, response)
                                                       or _joiners_counted(question, response)):
                return _counted_back(question, response) or _no_count(response)
    if composed is None and misread:  # a document no side names dates nothing asked
        return not_said(response, "no passage tells both things asked about with a date.")
    return composed or response


def _no_count(response: dict) -> dict:
    return not_said(response, "the closest sentences count something other than what the question asks.")


def not_said(response: dict, why: str) -> dict:
    """``response`` turned into no answer, saying ``why``: its passages stay, as evidence, not as an answer."""
    return {**response, "answer": None, "short_answer": None, "sentence": None, "answers": [], "shape": None,
            "citation": None, "confidence": None,
            "message": f"The documents do not say: {why} The closest passages are listed as evidence, not as an answer."}


def _count_elsewhere(question: str, response: dict) -> bool:
    """Whether a sentence answer to "how many X <verb> ..." takes its number from one of two sentences while only the
    other tells the verb ("... was signed by NASA, ESA and JAXA. The previous workshop was attended by eight
    agencies."): the number counts another thing."""
    verb = COUNT_VERB.search(question)
    if response.get("shape") != "passage" or not response.get("short_answer") or verb is None:
        return False
    parts = split_sentences(response.get("sentence") or "")
    nouns = counted(question)
    if len(parts) != 2 or not nouns:
        return False
    counting = [p for p in parts if count_in(p, nouns) == response["short_answer"] or
                (n := count_in(p, nouns)) and str(number_value(n)) == response["short_answer"]]
    if len(counting) != 1:
        return False
    other = parts[1 - parts.index(counting[0])]
    return has_verb(other, verb.group("verb")) and not has_verb(counting[0], verb.group("verb"))


def _joiners_counted(question: str, response: dict) -> bool:
    """Whether a sentence answer to "how many X <verb> ..." (no joining asked: "how many agencies attended the
    meeting") counts members who joined and tells no such verb ("ISECG has admitted three new member agencies")."""
    verb = COUNT_VERB.search(question)
    sentence = response.get("sentence") or ""
    return response.get("shape") == "passage" and verb is not None and not dated.JOINERS.search(question) \
        and JOINED.search(sentence) is not None and not has_verb(sentence, verb.group("verb"))


# "Nine of them", "seven of these": a part of what the sentence before counted.
OF_THEM = re.compile(rf"\b({NUMBER.pattern})\s+of\s+(?:them|these|those)\b", re.I)


def _counted_back(question: str, response: dict) -> dict | None:
    """The count of a two-sentence answer whose sentence telling the verb counts a part of what the other counts
    ("Thirteen agencies were represented. Nine of them sign this statement.": nine signed), else None."""
    verb = COUNT_VERB.search(question)
    told = next((m for p in split_sentences(response.get("sentence") or "")
                 if has_verb(p, verb.group("verb")) and (m := OF_THEM.search(p))), None) if verb else None
    if told is None:
        return None
    short = str(number_value(told.group(1)))
    return {**response, "short_answer": short, "answer": f"{short} — {response['sentence']}"}


def _misread_documents(question: str, response: dict) -> bool:
    """Whether a "which came first" or "how long" answer from the dates of documents rests on a document no side
    names: the title of the document it answers with holds under half of each side's words (a side's best passage
    was in a document telling of it, not the one it names)."""
    if response.get("shape") not in ("first", "gap"):
        return False
    sides = dated.sides(question) or dated.gap_sides(question)
    labels = [a["label"] for a in response.get("answers") or []]
    if not sides or not labels:
        return False
    # a document's kind and rank are no words of its title ("the second edition of the roadmap"); its acronym
    # stands for words of it ("the second GER edition")
    return not any(len((_words(label) | initialled(side, label)) & (w := _words(side) - DOCUMENT_WORDS)) * 2 >= len(w)
                   for label in labels for side in sides if _words(side) - DOCUMENT_WORDS)


DOCUMENT_WORDS = _words("edition issue version release released publication published document " +
                        " ".join(dated.ORDINALS))


def told_of(question: str, response: dict) -> dict:
    """``response``, or no answer when it is a sentence answering "When was X ...?" that tells of another thing."""
    if response.get("answer") is None:
        return response
    if _dated_elsewhere(question, response):
        return not_said(response, "the closest sentence with a date tells of something else than the question names.")
    if _placed_elsewhere(question, response):
        return not_said(response, "the closest sentence tells of another time or place than the question names.")
    return response


def _placed_elsewhere(question: str, response: dict) -> bool:
    """Whether a sentence answering a question leaves out the one year it names ("Who will host the first plenary of
    2025?"), or one answering "how many ... took part in ..." or "who hosted ..." a one-word name of the gathering ("...
    at the side meeting in Jerusalem?"), told neither in it, the passage before it, its section nor its document's
    title or year: it tells of another meeting (a place naming something else, "the paper endorsed at the Songdo
    meeting", may not)."""
    if response.get("shape") != "passage" or not response.get("evidence"):
        return False
    sentence, hit = response.get("sentence") or "", response["evidence"][0]
    # one year named is the time answered at; two relate two times, which one sentence need not both tell
    names = set(years) if len(years := set(re.findall(r"\b(?:19|20)\d\d\b", question))) == 1 else set()
    asked = m if (m := HOW_MANY.search(question)) and ATTENDED.search(question, m.end()) else HOSTED.search(question)
    if asked:
        names |= lone_names(question[asked.end():])
    return bool(sentence) and sentence[:40] in hit.text and not names_told(names, sentence, hit)


# a time told as a number of its units: "four years", "18 months"
_TIME_TOLD = re.compile(rf"\b(?P<n>\d+|{'|'.join(CARDINALS)})(?:[\s-]+(?:and\s+a\s+half|full|more|whole))?"
                        r"[\s-]+(?:days?|weeks?|months?|years?|decades?)\b", re.I)


def _counts_time(short: str, sentence: str) -> bool:
    """Whether ``short`` is other than a number, or a number told in ``sentence`` as a number of days, weeks, months
    or years."""
    try:
        value = number_value(short)
    except KeyError:
        return True
    return any((int(n) if n.isdigit() else CARDINALS.get(n.lower())) == value
               for n in (m.group("n") for m in _TIME_TOLD.finditer(sentence)))


def _tells_side(side: str, sentence: str) -> bool:
    """Whether a sentence tells a side of a time asked: half its words, and its rank ("Phase 2")."""
    asked = _words(side) - _words("start end beginning close")
    return _ranks_told(_ranks(side), sentence) and (not asked or len(asked & _words(sentence)) * 2 >= len(asked))


def time_elsewhere(question: str, response: dict) -> dict:
    """``response``, or no answer when a sentence answers "how long after A did B ..." with a number that counts no
    time ("The assessment uses the three phases below": 3): a count of other things is not the time asked."""
    short, sentence = (response.get("short_answer") or "").strip(), response.get("sentence") or ""
    if response.get("shape") != "passage" or response.get("answer") is None or not (sides := dated.gap_sides(question)) \
            or not re.fullmatch(r"\d+|[A-Za-z]+(?:-[a-z]+)?", short) or \
            _counts_time(short, sentence) and all(_tells_side(side, sentence) for side in sides):
        return response
    return not_said(response, "no passage tells both things asked about with a date, and the closest sentence "
                              "counts no time.")


WHEN = re.compile(r"^\s*(?:when|(?:on|in|at)\s+(?:what|which)\s+(?:date|day|month|year))\s+"
                  r"(?:was|were|did|do|does|is|are|had|has|will)\b", re.I)  # not "When the supplement came out, ..."


def counted_from(question: str, response: dict) -> dict:
    """``response``, its date moved by the time its sentence tells the thing asked with after that date ("landed on
    18 February 2021, ... and the probe reached orbit nine days earlier": 9 February 2021), when the words between
    the date and "N days earlier/later" tell more of the question than those before the date."""
    short, sentence = response.get("short_answer") or "", response.get("sentence") or ""
    if response.get("shape") != "passage" or not WHEN.match(re.sub(r"^\s*" + dated.FRAME, "", question, flags=re.I)) \
            or not (asked := find_dates(short)):
        return response
    dates = [d for d in find_dates(sentence) if d.start == asked[0].start]
    later = [m for m in STATED_SPAN.finditer(sentence) if m.group("dir").lower() in ("earlier", "later")
             and dates and m.start() > dates[0].pos[1]]
    if not later:
        return response
    told, m = dates[0], later[0]
    words = _words(question)
    if len(words & _words(sentence[told.pos[1]:m.start()])) <= len(words & _words(sentence[:told.pos[0]])):
        return response  # the date itself is the one asked
    n, unit = _stated_count(m)
    back, day = (-n if m.group("dir").lower() == "earlier" else n), told.start
    if unit in ("day", "week"):
        if len(day) < 10:
            return response  # a day counted from a month is no day
        moved = (date.fromisoformat(day) + timedelta(days=back * (7 if unit == "week" else 1))).isoformat()
    elif unit == "month" and len(day) < 7:
        return response
    else:
        months = int(day[:4]) * 12 + int(day[5:7] or 1) - 1 + back * (12 if unit == "year" else 1)
        moved = f"{months // 12}" + (f"-{months % 12 + 1:02d}{day[7:]}" if len(day) >= 7 else "")
    new = dated.spoken(moved)
    return {**response, "short_answer": new, "answer": f"{new} — {sentence}", "answers": []}


# "How many members did it have in 2018?": a year asked (not a document's: "the 2018 roadmap"), and the count a
# sentence gives of another time against it ("21 member agencies, six more than in 2018", "fewer than at the end of 2018")
COUNT_YEAR_ASKED = re.compile(r"\b(?:in|during|(?:at|by)\s+the\s+(?:end|close|start)\s+of)\s+((?:19|20)\d\d)\b"
                              r"(?!\s+(?:roadmap|report|edition|paper|supplement|digest|assessment))", re.I)
THAN_THEN = re.compile(r"\b" + difference_than(rf"\d+|{'|'.join(CARDINALS)}", r"(?:[\w-]+\s+){0,3}?")
                       + r"(?:(?:in|during|(?:at|by)\s+the\s+(?:end|close|start)\s+of)\s+)?(?P<year>(?:19|20)\d\d)\b", re.I)


def count_then(question: str, response: dict) -> dict:
    """``response``, its count taken back to the year the question asks of when its sentence gives the count of
    another time and the difference from that year ("ISECG now counts 21 member agencies, six more than in 2018": 15
    in 2018); a count of the year asked itself stays."""
    short, sentence = (response.get("short_answer") or "").strip(), response.get("sentence") or ""
    if response.get("shape") != "passage" or not HOW_MANY.search(question) or not short.isdigit() \
            or not (asked := COUNT_YEAR_ASKED.search(question)):
        return response
    m = next((m for m in THAN_THEN.finditer(sentence) if m.group("year") == asked.group(1)), None)
    if m is None or asked.group(1) in sentence[:m.start()]:
        return response
    then = count_at_other_time(int(short), number_value(m.group("n")), m.group("dir"))
    return {**response, "short_answer": str(then), "answer": f"{then} — {sentence}", "answers": []} if then > 0 else response


# A document of a series named by its year: "the 2022 edition", "the 2020 supplement", "the 2014 revision".
YEAR_NAMED = re.compile(r"^\s*(?:the\s+)?((?:19|20)\d\d)\s+(?:edition|issue|version|revision|update|supplement)\b", re.I)


def _of_another_year(question: str, short: str) -> bool:
    """Whether ``short`` dates another year than the one naming the document whose publication is asked of: "When
    was the 2022 edition published?" answered "October 2019" (the first edition's date, told beside the one it is
    replaced by); not what was done to it before ("When was the 2025 update first discussed?"), nor the date of
    another document a clause names by it ("When had the assessment that the 2022 edition replaces been issued?")."""
    named, told = YEAR_NAMED.match(dated.issue_asked(question) or ""), re.search(r"\b(?:19|20)\d\d\b", short)
    return bool(named and told and told.group() != named.group(1))


def _dated_elsewhere(question: str, response: dict) -> bool:
    """Whether a sentence answering "When was X ...?" tells of another thing than X: a name of the question ("the
    Bremen plenary", "the Luxembourg Space Agency") or its rank ("the third edition", "Issue 3") told neither in the
    sentence, the passage before it, its section nor its document's title ("Dates: 8–9 November 2016" in the minutes
    of the Tokyo plenary)."""
    if response.get("shape") != "passage" or not WHEN.match(question) or not response.get("evidence"):
        return False
    sentence, hit = response.get("sentence") or "", response["evidence"][0]
    if not sentence or sentence[:40] not in hit.text:
        return False
    # the thing dated, not where it was done ("... endorse the white paper at their Songdo meeting": the paper's date)
    dated_thing = re.split(r"\s+(?:at|during)\s+(?:their|its|the|a|an)\b", question, maxsplit=1)[0]
    if not names_told(names_of(dated_thing), sentence, hit) or \
            not _ranks_told(_ranks(question), f"{sentence} {hit.section or ''} {hit.document.names}"):
        return True
    if _of_another_year(question, response.get("short_answer") or ""):
        return True
    # "this second edition, which replaces the first edition of September 2011": the date of another of the series
    at = sentence.find(response.get("short_answer") or "\0")
    before = _all_ranks(sentence[max(0, at - NEAR):at]) if at >= 0 else set()
    return bool(before and (asked := _all_ranks(question)) and not before & asked)


# -- a thing described, not named -------------------------------------------------------------------------------------

# "The radiation experiment that DLR and ISA were preparing in 2019 finally flew on ...", "did the radiation experiment
# prepared in 2019 by DLR and ISA finally fly?": a thing the question describes by what one document tells of it, and
# asks what another tells of it under its name.  The description runs to an adverb of later time, a comma or the end.
_PARTICIPLE = r"(?:prepared|built|developed|proposed|designed|planned|studied|announced|selected|named|described|" \
              r"mentioned|reported|chosen|funded|led|started|begun|set\s+up|launched|founded)"
DESCRIBED = re.compile(r"\b(?P<det>(?i:the|a|an))\s+(?P<head>(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z][\w-]{2,}))\s+"
                       rf"(?P<clause>(?:that|which)\s+[^,?]+?|{_PARTICIPLE}\s+[^,?]+?)"
                       r"(?=\s+(?:finally|eventually|later|ultimately|subsequently|then|in\s+the\s+end)\b|\s*[,?]|\s*$"
                       # the main verb asking of it: "the agency that offered a rover <hosted which meeting>?"
                       r"|\s+(?:[a-z]{3,}ed|held|led|ran|won|took|gave|made)\s+(?:which|what|whom)\b)")
BRIDGE_HITS = 5


def described(question: str) -> re.Match | None:
    """The thing ``question`` describes by a clause instead of naming it, with a year or a name in the clause (what
    a sentence can be found by), or None."""
    m = DESCRIBED.search(question)
    if m is None or m.group("noun").lower() in STOPWORDS:
        return None
    clause = m.group("clause")
    return m if re.search(r"\b(?:19|20)\d\d\b|(?<!^)\b[A-Z]", clause) else None


def bridge(answerer, question: str, ask, *, k: int, filters: dict) -> dict | None:
    """A question about a thing it describes ("the radiation experiment that DLR and the Israel Space Agency were
    preparing in 2019"): the sentence telling most of the description, at least half its words, names it with a name
    ending in the question's noun ("the Matroshka AstroRad Radiation Experiment (MARE)"); the question asked again of
    that name (``ask``), its answer with that sentence's passage among the evidence.  None when no sentence names it,
    or the question asked of the name has no answer."""
    m = described(question)
    if m is None:
        return None
    description = f"{m.group('head')} {m.group('clause')}"
    asked = _words(description)
    noun = m.group("noun")
    name = re.compile(rf"(?<![\w'’-])(?:[A-Z][\w'’-]*\s+){{1,6}}{noun[0].upper()}{re.escape(noun[1:])}\b"
                      r"(?:\s+\((?P<acronym>[A-Z][\w-]+)\))?")
    best = None
    names, years = names_of(m.group("clause")), set(re.findall(r"\b(?:19|20)\d\d\b", description))
    for rank, hit in enumerate(_hits(answerer, description, BRIDGE_HITS, filters)):
        for sentence, _ in _units(hit):
            if not names_told(names - years, sentence, hit) or \
                    years and not years & {str(hit.document.year), *re.findall(r"\b(?:19|20)\d\d\b", sentence)}:
                continue  # the description's names, and its year (the sentence's or its document's), are told
            share = len(asked & _told_words(sentence, hit)) / len(asked) if asked else 0
            named = [n.group(0) for n in name.finditer(sentence)]
            if not named and stem(noun) in BODY_NOUNS:
                # "the agency that offered a rover": a body the unit names by its acronym ("JAXA  a pressurised
                # rover", a table's row) is one, its name ending in no "Agency"
                named = [f.text for f in answerer.mentions_in(sentence) if f.category == "org"][:1]
            named = [n for n in named if n.split("(")[0].strip().lower() not in question.lower()]
            if share >= 0.5 and named and (best is None or (share, -rank) > best[0]):
                best = ((share, -rank), named[0], sentence, hit)
    if best is None:
        return None
    _, found, sentence, hit = best
    called = re.sub(r"^(?:The|A|An)\s+", "", found.split(" (")[0].strip())
    article = "the " if noun[0].upper() + noun[1:] in called else ""  # "the Space Agency ...", not "the JAXA"
    again = f"{question[:m.start()]}{article}{called}{question[m.end():]}"
    response = ask(again)
    if response.get("answer") is None:
        return None
    evidence = unique_hits([*response["evidence"][:1], hit, *response["evidence"][1:]])
    return {**response, "answer": f"{response['answer']} (The {description.strip()} is {article}{called}: {sentence})",
            "evidence": _ranked(evidence[:max(k, 2)])}


def unique_hits(hits: list[SearchHit]) -> list[SearchHit]:
    """``hits`` without a passage's repeats, the first kept."""
    kept: dict[str, SearchHit] = {}
    for hit in hits:
        kept.setdefault(hit.passage_id, hit)
    return list(kept.values())


# -- how far a planned year moved between two documents ----------------------------------------------------------------

# "By how many years did the first landing move between the 2020 and the 2022 supplement?", "... slip", "shift", "was
# pushed back", "brought forward": a year a thing is planned for, as each of two documents states it.
SHIFT = re.compile(r"\bby\s+how\s+(?:many|much)\s+(?:(?P<unit>years?|months?)\b)?.*?\b(?:mov\w*|shift\w*|slip\w*|slid\w*|"
                   r"chang\w*|delay\w*|postpon\w*|push\w*|put\s+back|brought\s+forward|bring\s+forward|advanc\w*|"
                   r"pulled\s+forward|deferr?\w*|sli[dp]\w*)\b", re.I)
# a year standing alone ("landing in 2025", "Human landings from 2024"), not that of a day or month ("announced in
# November 2021") nor a span's start ("2025 to 2028" gives 2025; "from 2028 to 2024" gives the new year, 2024)
_YEAR = re.compile(r"(?<![\d/–-])\b(?:19|20)\d\d\b(?![\d/–-])")
_DATED_YEAR = re.compile(rf"\b(?:{MONTHS})\.?\s+(?:\d{{1,2}},?\s+)?$|\b(?:the|its|this|that|their|a|an)\s+$", re.I)
_MOVED_TO = re.compile(r"\bfrom\s+((?:19|20)\d\d)\s+to\s+((?:19|20)\d\d)\b", re.I)
SHIFT_HITS = 8


def planned_year(sentence: str) -> int | None:
    """The year a sentence plans something for: the year moved to ("from 2028 to 2024"), else its first year that is no
    day's or month's ("in November 2021") nor part of a name ("the 2022 update")."""
    if m := _MOVED_TO.search(sentence):
        return int(m.group(2))
    for m in _YEAR.finditer(sentence):
        if not _DATED_YEAR.search(sentence[:m.start()]):
            return int(m.group())
    return None


def _tells(told: set[str], sentence: str) -> bool:
    """Whether a sentence tells of the thing whose words are ``told``: two of them at least, and a quarter of them."""
    shared = told & _words(sentence)
    return len(shared) >= 2 and len(shared) * 4 >= len(told)


def shifted(answerer, question: str, q, *, k: int, filters: dict) -> dict | None:
    """"By how many years did X move between document A and document B?": the year each document plans X for (the
    best sentence of each naming a year), their difference, both years and both sentences; None when one side's
    document or year is not found (never a number of another sentence)."""
    m = SHIFT.search(question)
    span_ = dated.span_asked(question)
    if m is None or span_ is None or (m.group("unit") or "year").lower().startswith("month"):
        return None
    sides = [re.split(r"[,;?]", s, maxsplit=1)[0].strip() for s in span_]
    thing = question
    for s in sides:
        thing = thing.replace(s, " ")
    thing = re.sub(r"\b(?:between|from|to|and|by\s+how\s+(?:many|much)\s+\w+|did|was|were|has|had)\b", " ", thing, flags=re.I)
    picked, backing = [], []
    for side in sides:
        found = answerer._named_document(side, filters)
        if found is None:
            return None
        doc_id = answerer._doc_ids.get(found[0])
        if doc_id is None:
            return None
        results = answerer.engine.search(thing, k=SHIFT_HITS, **{**filters, "doc": doc_id})["results"]
        ranked = answerer.ranked(thing, results[:SHIFT_HITS], q.mentions)
        told = _words(thing)
        # the best single sentence with a year that tells the thing (two of its words at least, a quarter of them)
        telling = [(c, y) for c in ranked if not c.parts and (y := planned_year(c.text)) is not None
                   and _tells(told, c.text)]
        if not telling:
            return None
        picked.append(telling[0])
        # two other passages of the document giving the same year with a word of the thing backs it (a summary box and
        # the table or prose it sums up)
        backing += [c.result for c in ranked if not c.parts and c.result.passage_id != telling[0][0].result.passage_id
                    and planned_year(c.text) == telling[0][1] and told & _words(c.text)][:2]
    (a, ya), (b, yb) = picked
    if a.result.document.iri == b.result.document.iri:
        return None
    n = abs(yb - ya)
    short = f"{dated.in_words(n, 'year')}, from {ya} to {yb}" if n else f"none: {ya} in both"
    text = f"{a.text} {b.text}"
    return _response(short, text, _evidence([a.result, b.result, *backing], _hits(answerer, question, k, filters), k),
                     "shift")


# "By September 2020, which year had its launch slipped to?", "To which year was the landing moved by 2022?": the year
# planned as of a date — told by the latest document issued by then that plans the thing, not an earlier plan.
SHIFTED_TO = re.compile(r"\b(?:which|what)\s+(?:new\s+)?year\b[^?]*\b(?:slip\w*|mov\w*|shift\w*|delay\w*|postpon\w*|"
                        r"push\w*|put\s+back|brought\s+forward|advanc\w*|chang\w*|deferr?\w*)(?:\s+back)?\s+to\b|"
                        r"\bto\s+(?:which|what)\s+year\b", re.I)
BY_DATE = re.compile(rf"\b(?:by|as\s+of)\s+(?:(?:the\s+)?(?:end|close)\s+of\s+)?((?:(?:{MONTHS})\s+)?(?:19|20)\d\d)\b", re.I)
SHIFTED_HITS = 12


def shifted_to(answerer, question: str, q, *, k: int, filters: dict) -> dict | None:
    """"..., by September 2020, which year had its launch slipped to?": the year the latest document issued by that
    date plans the thing for (the best sentences telling it with a year), with the year an earlier document planned
    when it differs ("2022 (previously planned for 2020)"); None when no document of the time tells it."""
    by = BY_DATE.search(question)
    if not SHIFTED_TO.search(question) or by is None or not (when := dated.side_date(by.group(1))):
        return None
    thing = re.sub(r"\b(?:which|what|year|had|has|was|were|did|its|their|by|to|as\s+of)\b", " ",
                   question.replace(by.group(0), " "), flags=re.I)
    results = answerer.engine.search(thing, k=SHIFTED_HITS, **filters)["results"]
    ranked = answerer.ranked(thing, results[:SHIFTED_HITS], q.mentions)
    told, found = _words(thing), []
    for c in ranked:
        issued = answerer._issued(c.result.document.iri) or str(c.result.document.year or "")
        if c.parts or not issued or issued[:len(when)] > when or (year := planned_year(c.text)) is None:
            continue  # a pair, or a document of after the date asked
        if _tells(told, c.text):
            found.append((issued, c, year))
    if not found:
        return None
    latest = max(found, key=lambda f: f[0])  # the latest document by then (the best sentence of it: ranked first)
    issued, c, year = next(f for f in found if f[0] == latest[0])
    before = next(((i, b, y) for i, b, y in found if i < issued and y != year), None)
    short = f"{year} (previously planned for {before[2]})" if before else str(year)
    text = f"{c.text} {before[1].text}" if before else c.text
    used = [c.result] + ([before[1].result] if before else [])
    return _response(short, text, _evidence(used, results, k), "shifted_to")


# -- the one person two descriptions fit ---------------------------------------------------------------------------------

# "Which CSA official signed the statement and later spoke for CSA?", "Which chair of a 2024 working group was also a
# co-author of the 2019 abstract?": a person each description fits, each told in passages of its own (often two
# documents); the head noun names a person's part, so the answer is a person named under both.
BOTH_FIT = re.compile(r"^\s*which\s+(?P<head>(?:[\w-]+\s+){0,3}?(?:official|person|individual|(?:co-)?authors?|"
                      r"(?:co-)?chair(?:man|woman|person)?|expert|representative|delegate|signatory|speaker|scientist|"
                      r"engineer|manager|editor|director))\b(?P<a>.+?),?\s+(?:and\s+(?:also|later|then)\s+|"
                      r"(?:was|is|were)\s+also\s+|(?:who|that)\s+(?:also|later)\s+)(?P<b>.+?)\s*\??$", re.I)
ROLE = re.compile(rf"\b(?:{PERSON_ROLES}|associate|executive|general)\b", re.I)
# a person's name as bylines and lists write it: "Gilles Leclerc", "Dr. Markus Bauer", "M. Bauer", "E. A. Lindqvist",
# "Lee Sung-ho"; on one line (a table's cells end at its rows: "Member" above is no first name)
PERSON = re.compile(r"(?<![\w.])(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?[^\S\n]+)?(?:(?P<initial>[A-Z])\.[^\S\n]*(?:[A-Z]\.[^\S\n]*)?|"
                    r"(?P<first>[A-Z][a-zß-ÿ]+(?:-[A-Za-zß-ÿ][a-zß-ÿ]+)?)[^\S\n]+(?:[A-Z]\.[^\S\n]+)?)"
                    r"(?P<last>[A-Z][a-zß-ÿ]+(?:-[A-Za-zß-ÿ][a-zß-ÿ]+)?)\b")


def _people_told(answerer, hits: list[SearchHit]) -> dict[tuple[str, str], tuple[int, str, SearchHit, set[str]]]:
    """The people ``hits`` name, keyed by surname and first initial (a byline's "M. Bauer" is a table's "Markus
    Bauer"): their best rank, fullest name, best passage and every passage naming them.  Not a known body or place
    ("Space Agency", "Saint-Hubert"), nor a role ("Associate Administrator")."""
    people: dict[tuple[str, str], tuple[int, str, SearchHit, set[str]]] = {}
    for rank, hit in enumerate(hits):
        known = [(m.start, m.end) for m in answerer.mentions_in(hit.text) if m.category != "person"]
        common = {w.lower() for w in re.findall(r"\b[a-z][a-z-]+\b", hit.text)}  # "exploration": no name
        for m in PERSON.finditer(hit.text):
            first = m.group("first") or m.group("initial")
            if any(s < m.end() and m.start() < e for s, e in known) or ROLE.search(m.group()) or \
                    {first.lower(), m.group("last").lower()} & (STOPWORDS | QUESTION_OPENERS | common):
                continue  # a body, a place, a role or words of the text capitalised
            key, name = (m.group("last").lower(), first[0]), f"{m.group('first') or m.group('initial') + '.'} {m.group('last')}"
            was = people.get(key, (rank, name, hit, set()))
            people[key] = (was[0], max(was[1], name, key=len), was[2], was[3] | {hit.passage_id})
    return people


def _side_hits(answerer, side: str, filters: dict) -> list[SearchHit]:
    """The best passages for one description of a person; those of the document it names by its date ("sits on the
    committee of the 2025 workshop", "headed a delegation at ISECG's February 2008 meeting") when the corpus has it:
    a person another document of other years names is not the one described."""
    if dated.DATED_THING.search(side) and (found := answerer._named_document(side, filters)) and found[1]:
        return _hits(answerer, side, BOTH_HITS, {**filters, "doc": found[1][0].document.id})
    return _hits(answerer, side, BOTH_HITS, filters)


def both_fit(answerer, question: str, *, k: int, filters: dict) -> dict | None:
    """The person both descriptions of the question fit (BOTH_FIT): the one named in the best passages of each
    (BOTH_HITS), not in the question; the nearest the top of both when several are.  None when no one is named in
    both, or two are as near."""
    m = BOTH_FIT.match(question)
    if m is None:
        return None
    sides = [f"{m.group('head')} {m.group('a')}", f"{m.group('head')} {m.group('b')}"]
    told = [_people_told(answerer, _side_hits(answerer, side, filters)) for side in sides]
    # one passage naming them, found for both, ties no two descriptions (a table of chairs found again for the other)
    common = sorted((told[0][key][0] + told[1][key][0], key) for key in told[0].keys() & told[1].keys()
                    if key[0] not in question.lower() and len(told[0][key][3] | told[1][key][3]) > 1)
    if not common or len(common) > 1 and common[0][0] == common[1][0]:
        return None
    key = common[0][1]
    name = max((told[0][key][1], told[1][key][1]), key=len)
    hits = [told[0][key][2], told[1][key][2]]
    said = [next((s for s in split_sentences(h.text) if key[0] in s.lower()), h.text) for h in hits]
    return {"answer": f"{name} — {said[0]} {said[1]}", "short_answer": name, "sentence": None,
            "answers": [], "sparql": None, "shape": "both_fit",
            "evidence": _ranked(unique_hits(hits + _hits(answerer, question, k, filters)))[:max(k, 2)],
            "citation": {"passage": hits[0].passage, "document": hits[0].document.title,
                         "year": hits[0].document.year, "page": hits[0].page}, "message": None}
