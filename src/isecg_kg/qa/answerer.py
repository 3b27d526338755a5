"""Answer a question: from the knowledge graph when it has a shape the graph answers, else
with the best sentence of the passages search finds; always with the passages as evidence,
and with no answer (and a message saying so) when nothing supports one."""

from __future__ import annotations

import itertools
import json
import re
import threading
import time
from collections import OrderedDict
from dataclasses import replace

import numpy as np

from .. import iris
from ..indexes import Build
from ..records import DocumentRef, EntityRecord, Highlight, HitScores, SearchHit
from ..search import rerank
from ..text import CARDINALS, PLAIN_FIGURES, sentence_spans
from ..settings import Settings
from . import compose, dated, lists, nested, renames, shapes, tables
from .compose import compared_sides, unique_hits
from .shapes import MONTH_NUMBERS
from .build import load_vectors
from ..kg.dates import find_dates
from ..kg.series import GENRES, OTHER_GENRE_WORDS
from ..kg.text import GROUP_NAME_RE
from .linking import EntityLinker, Mention, cited_by_genre
from .params import DEFAULT_EVIDENCE
from .sentences import (and_joined, BACK_REFERENCE, CATEGORIES, FUTURE, clause_of, NUMBER, object_relation, says_relation, MONTHS, asks_past, NEGATION, REQUIRED, YES_NO, answer_type, answers_where, content_words, count_in,
                        counted, dates, initialled, items_after, leading_items, names_column, NOTE_CALL, notes_of, number_value, person_in, rank_sentences, Candidate, row_body, said_by, short_answer, stated, told_years,
                        states, stem, taken, tells_taken, tells_topic, withholds)

# A passage answer needs at least this sentence score (0..1, see sentences.WEIGHTS), measured on
# in-domain questions against out-of-domain ones (`isecg-kg eval ask` prints both sides).
MIN_SENTENCE_SCORE = 0.35
# ... and must share at least this weighted share of the question's content words: a sentence that
# only resembles the question (same kind of value, vaguely similar meaning) answers nothing.
MIN_WORD_SHARE = 0.15
# A time the question asks about ("in 2008", "during March 2020", "at the end of 2019", "in mid-2021": its year), not
# a document it names ("the 2013 roadmap").
TIME_ASKED = re.compile(rf"\b(?:in|during|as of|(?:at|by) the (?:end|close|start|beginning) of)\s+(?:(?:early|mid|late)[\s-])?"
                        rf"((?:(?:{MONTHS})\w*\s+)?(?:19|20)\d\d)\b(?!\s+(?:roadmap|report|edition|paper|supplement))",
                        re.I)
# "the 2017 workshop", "the 2021 spring meeting": a gathering of a year, told of only by a sentence of that year.
GATHERING_YEAR = re.compile(r"\bthe\s+((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,3}?(?:meetings?|workshops?|forums?|conferences?|"
                            r"plenar(?:y|ies)|summits?|symposi(?:um|a)|congress|sessions?|campaigns?|gatherings?)\b", re.I)
# A sentence naming what it tells of by a definite reference back ("The meeting was hosted by NASA, and twelve agencies
# sent delegations"): its time is the one told just before it.
REFERS_BACK = re.compile(r"^\W*(?:(?:The|This|That)\s+(?:meeting|session|workshop|plenary|conference|gathering|event)|It)\b")
REFERRED_CHARS = 1500  # the text before a sentence it may refer back to
TOLD_MONTH = re.compile(rf"\b((?:{MONTHS})\w*)\s+(?:\d{{1,2}},?\s+)?((?:19|20)\d\d)\b", re.I)
# What names the body right after it as the subject of a question's verb, or as the one it asks what came after
BOUND = re.compile(rf"\b(?:did|does|do|will|{dated.AFTER_HOLDER}|before|from)\s+(?:the\s+)?$", re.I)
# A question asking what is not so ("is not a member", "never joined"), and a sentence naming an exception.
NEGATED = re.compile(r"\b(?:not|never|no longer)\b|n't\b", re.I)
NO_LONGER = re.compile(r"\bno\s+longer\b", re.I)
REMOVED = re.compile(r"\b(?:dropped|removed|discontinued|cancell?ed|abandoned|omitted|deleted|withdrawn|retired|"
                     r"terminated|ended|left\s+out|taken\s+out|phased\s+out|replaced)\b", re.I)
# ("Twelve had contributed; the other two took part as observers": the complement of those who did)
EXCEPTION = re.compile(r"\b(?:except|other than|apart from|non-\w+|outside|the\s+(?:other|remaining)\s+(?:\w+\s+)?"
                       r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+))\b", re.I)
# "Which agencies did not attend the meeting?", "Who was absent from the workshop?": those missing from a gathering,
# which its record tells as absent, apologies or not represented
ABSENCE_ASKED = re.compile(r"\b(?:not|n't|never)\s+(?:\w+\s+)?(?:attend|participate|take\s+part|present|represented)|"
                           r"\b(?:absent|missed)\b", re.I)
ABSENCE_SAID = re.compile(r"\b(?:absent|absence|apologi(?:es|[sz]ed)|excused|not\s+(?:\w+\s+)?(?:attend|present|"
                          r"represented|take\s+part|participate))", re.I)
# A question about the day a document came out ("On what date was that paper issued?").
ISSUE_ASKED = re.compile(r"\b(?:issued|published|released|appeared|came out|adopted)\b", re.I)
NAME_RUN = re.compile(r"\b[A-Z][a-z][\w\-]*(?:\s+[A-Z][a-z][\w\-]*)+|\b[A-Z]{3,}\b(?![\w\-'’])")
# The words asking who made a document or where they work: the rest of the question must name the document.
ASKING_WORDS = content_words("wrote written authored edited prepared compiled drafted authors editors lead work "
                             "agencies organisations bodies affiliated corresponding contact first main principal "
                             "employed employ employs come came two three four five six seven eight nine ten")
# How a document's release is told
PUBLISHED = content_words("released published issued came out appeared press printed")
SENTENCE_PASSAGES = 5  # top passages whose sentences compete for the answer
COMPARED_PASSAGES = 10  # a comparison's two sides may come from two documents: look deeper
FIRST_TOLD_HITS = 3  # passages whose highlighted sentences may tell when a side of "which came first" happened
# A sentence that states a difference itself: "three more agencies than", "grew by four", "five additional".
_AMOUNT = r"(\d+|" + "|".join(w for w in CARDINALS if w != "zero") + ")"
COMPARATIVE = re.compile(rf"\b{_AMOUNT}\s+(?:more|fewer|less|additional|extra)\b|"
                         rf"\b(?:increas\w*|decreas\w*|gr[eo]w\w*|r[io]s\w*|fell|dropped)\s+by\s+{_AMOUNT}\b", re.I)
# A number as a bound, not a count: "at least three", "no more than 12", "a minimum of five", "up to ten"
BOUND_COUNT = re.compile(rf"\b(?:at\s+(?:least|most)|no\s+(?:fewer|more|less)\s+than|a\s+(?:minimum|maximum)\s+of|"
                         rf"up\s+to)\s+(?P<n>{NUMBER.pattern})", re.I)
# "How many new members joined between January 2018 and September 2020?", "Between the end of 2016 and the end of 2019,
# how many agencies became members?", "How many members did ISECG gain from the end of 2019 to the end of 2021?" (a count
# asked, and a span: dated.span_asked)
COUNT_NOT_TIME = re.compile(r"\bhow many\b(?!\s+(?:days|weeks|months|years)\b)", re.I)
GROWTH = re.compile(r"\b(?:gr[eo]w\w*|increas\w*|r[io]s\w*|expand\w*|gain\w*|join\w*|new members?|added|admitted|"
                    r"bec[ao]me\s+(?:[\w-]+\s+){0,2}members?)\b", re.I)
# "..., and who represented the chair?": a second question asked after the first.
# "..., and by which working group?": the second may open with a preposition.
SECOND_QUESTION = re.compile(r",?\s+and\s+(?=(?:(?:in|on|at|by|from|for|with|to|since|until)\s+)?"
                             r"(?:who|whose|what|which|when|where|how)\b)", re.I)
# "..., and when?", "..., and in which city?", "..., and how many?": a second question of its wh-words alone, asked of
# what the first asks ("Which group issued the paper, and when?" is "When [was] the paper issued?")
ELLIPTIC = re.compile(r"^\s*(?:(?:in|on|at|by|from|for|with|to|since|until)\s+)?(?:who|when|where|how\s+(?:many|much|long)"
                      r"|whose\s+[\w-]+"
                      r"|(?:which|what)(?:\s+[\w-]+){0,2})\s*\??\s*$", re.I)
# the wh-words a question opens with, before its verb: "Which working group | issued ...", "When | was ... issued"
_VERB = r"(?:was|were|is|are|did|does|do|has|have|had|will|would|can|could|[a-z]{3,}ed|led|sent|took|held|made|gave|won|ran|" \
        r"became|chose|wrote|met|set|built|brought|put|began|got|[a-z]{3,}s)"
WH_HEAD = re.compile(rf"^\s*(?:(?:in|on|at|by|from|for|with|to|since|until)\s+)?(?:who|when|where|how\s+(?:many|much|long)"
                     rf"(?:\s+[\w-]+)?|(?:which|what)(?:\s+(?!{_VERB}\b)[\w-]+){{0,3}})\s+(?={_VERB}\b)", re.I)
# "in 2016 and in 2022", "during March and September 2020": one question asked of two times.
_TIME = rf"(?:(?:(?:{MONTHS})\w*|spring|summer|autumn|fall|winter)\s+)?(?:19|20)\d\d"
# "... in 2016 and in 2022?", "... in 2016, and which one in 2022?": the second time may repeat the question's head
TWO_TIMES = re.compile(rf"\b(?P<prep>in|during|at the end of|by the end of)\s+(?P<a>{_TIME}),?\s+and\s+"
                       rf"(?:(?:which|what|who)(?:\s+(?:one|ones|agency|agencies|organi[sz]ations?|body|bodies))?\s+)?"
                       rf"(?:(?:in|during|at the end of|by the end of)\s+)?(?P<b>{_TIME})\b", re.I)
# "who hosted it", "which agency organised them": a pronoun as the object of the second question's verb.
OBJECT_PRONOUN = re.compile(r"^\s*(?:who|which\s+\w+|what\s+\w+)\s+(?:\w+ed|led|ran|held|made|chaired|attended)\s+"
                            r"(?P<it>it|them)\b", re.I)
# "when was it held", "where did it take place": a pronoun standing for an event
EVENT_PRONOUN = re.compile(r"\b(?:was|were)\s+(?P<it>it|they)\s+(?:held|organi[sz]ed|hosted|convened|staged)\b|"
                           r"\b(?:did|does)\s+(?P<it2>it|they)\s+(?:take\s+place|happen|open|start|begin|meet)\b", re.I)
# the event a first question asks of: "Who hosted <the Rome meeting>", "Which agency organised <the workshop>"
EVENT_OBJECT = re.compile(r"\b(?:host(?:ed|s)?|organi[sz](?:ed|es)?|convened?|chair(?:ed|s)?)\s+(?P<s>the\s+[^,?]+?)\s*(?:,|\?|$)",
                          re.I)
# A document named as the source a question asks of: "according to (the) <2019 annual report>".
ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:[\w'’-]+\s+){0,3}$", re.I)
# What a where/when question asks of: "Where was <the review workshop> held", "On what date did <MARE> fly".
ASKED_OF = re.compile(r"^\s*(?:where|when|(?:on|in|at)\s+(?:what|which)\s+\w+)\s+(?:was|were|is|are|did|does|do)\s+"
                      r"(?P<s>.+?)\s+(?:held|take\s+place|took\s+place|happen|occur|start|begin|open|\w+ed)\s*\??\s*$", re.I)
# "On which mission, and on what date, did MARE fly?": two questions sharing their end.
TWO_ASKED = re.compile(r"^\s*(?P<a>(?:(?:on|in|at|from|by)\s+)?(?:which|what|where|when|who)\b[^,?]*?),\s*and\s+"
                       r"(?P<b>(?:(?:on|in|at|from|by)\s+)?(?:which|what|where|when|who)\b[^,?]*?),\s*(?P<rest>[^,]+)$", re.I)
# "..., and where do they work?", "... and which agencies are they from?": what document_people tells with each person
WORKPLACE = re.compile(r"\bwhere\b.*\b(?:work|based|employed)|\bworkplaces?\b|\bemployers?\b|"
                       r"\b(?:which|what)\s+(?:agenc|organi[sz]ation|bod|institution)", re.I)
# "..., and how many of them were judged critical?": a part of what the first counts, by what is said of it
PART_COUNTED = re.compile(r"^\s*how\s+many(?:\s+of\s+(?:them|these|those))?\s+(?:were|are|was|is|have\s+been|had\s+been)\s+"
                          r"(?:(?:judged|rated|considered|deemed|classed|classified|ranked|found|marked|flagged)\s+(?:as\s+)?)?"
                          r"(?P<what>[\w -]+?)\s*\??\s*$", re.I)
PRONOUN = re.compile(r"\b(?:it|they|them|he|she|him|her)\b", re.I)
# "Which document ...", "What edition ...", "Which earlier report ...": a question asking for a work
WORK_ASKED = re.compile(r"^\s*(?:which|what)\s+(?:[\w-]+\s+)?(?:documents?|editions?|versions?|revisions?|issues?|"
                        r"reports?|papers?|roadmaps?|supplements?|updates?|publications?|works?)\b", re.I)
# "..., and which agency was it?", "and who was it?": what the first part asks of, named
IDENTITY = re.compile(r"^\s*(?:and\s+)?(?:who|(?:which|what)\s+(?:[\w-]+\s+)?(?:agenc(?:y|ies)|organi[sz]ations?|bod(?:y|ies)|"
                      r"countr(?:y|ies)|ones?|members?|persons?))\s+(?:was|is|were|are)\s+(?:it|they|that|this)\s*\??\s*$",
                      re.I)
# What holds of a body at a date, and so may be asked as of the date of an event or a document: who chaired it, how
# many members it had, whether an agency was one (not what happened at the event, which its own facts tell)
AS_OF_SHAPES = frozenset({"chair", "member_count", "member_at", "edition_at"})
# shapes that answer each thing a question asks: where, who hosted, how many; who joined, and when
ANSWERS_BOTH = {"event_details", "nth_member", "latest_member", "renamed", "edition_at"}
EVIDENCE_DEPTH = 20  # passages searched to find the ones that back a graph answer
SENTENCE_CACHE = 20_000  # sentence embeddings kept per process (LRU)
NO_TYPE = ("The documents do not say: the closest sentence gives no {kind} for this question. The closest "
           "passages are listed as evidence, not as an answer.")
NOT_STATED = ("The documents do not say: no sentence of the closest passages states what the question asks (words of "
              "the families {words}…). The closest passages are listed as evidence, not as an answer.")
NOT_OFFERED = ("The documents do not say: no sentence of the closest passages answers {options}. The closest passages "
               "are listed as evidence, not as an answer.")
NO_ANSWER = ("No passage of the corpus answers this question well enough (best sentence: score {score:.2f}, "
             "needed {threshold:.2f}; question words found {words:.2f}, needed {share:.2f}); try other words, or ask "
             "about an agency, group, technology, event or document.")


class Answerer:
    def __init__(self, *, engine, graph, entities: list[EntityRecord], settings: Settings | None = None):
        # Answers read the sentences of the first passages and weigh their order little: with the search's
        # cross-encoder an answer took ~200 ms more and one answer of 19 development sets changed (stop 44).
        self.engine = engine.without_rerank()
        self.graph = graph
        self.settings = settings or engine.settings
        self._doc_ids = {iris.document(self.settings.base_iri, d.id): d.id for d in engine.build.documents}
        # "the 2022 gap assessment", "the annual report 2019": corpus documents by genre and year (title's too)
        cited = {iri: (d.title or "", [d.year] if d.year else [], d.type)
                 for iri, d in zip(self._doc_ids, engine.build.documents)}
        entities = cited_by_genre(entities, cited, GENRES)
        self.entities = {e.iri: e for e in entities}
        self._acronyms: dict[str, list[EntityRecord]] = {}
        for e in entities:
            if e.acronym:
                self._acronyms.setdefault(e.acronym, []).append(e)
        self.linker = EntityLinker(entities, countries=self._countries())
        self._named: OrderedDict[str, list] = OrderedDict()
        # Sentence vectors: those of the build (qa stage), then those encoded since (LRU).
        self._stored = load_vectors(engine.build, self.settings.model)
        self._vectors: OrderedDict[str, object] = OrderedDict()
        self._judged: OrderedDict[tuple[str, str], float] = OrderedDict()  # (question, sentence) -> cross-encoder logit
        self._lock = threading.Lock()
        self._names = dated.Names(label=self._label, short=self._short_name, main=self._main_body,
                                  told=self._told_name, passage=self._passage_text)
        self._main: list[str | None] = []  # the body the documents state most memberships of, once looked up
        self._dates: dict[str, str | None] = {}  # document IRI -> the date it was issued
        self._doc_notes: dict[str, dict[str, tuple[str, str]]] = {}  # document id -> its notes (_notes)
        self._worked_on: dict[str, str] | None = None  # label -> IRI of the things bodies work on (_work_items)

    @classmethod
    def from_build(cls, build: Build, settings: Settings, *, engine=None) -> "Answerer":
        """The answerer over ``build``; ``engine``: the build's search engine when one is loaded already."""
        from ..kg import load_entities, open_graph
        from ..search import SearchEngine

        return cls(engine=engine or SearchEngine.from_build(build, settings), graph=open_graph(build, settings),
                   entities=load_entities(build), settings=settings)

    # -- the answer ------------------------------------------------------------------------------

    def answer(self, question: str, *, k: int = DEFAULT_EVIDENCE, **filters) -> dict:
        """The /api/ask response for ``question``; ``filters`` are SearchEngine.search's
        (mode, doc, year_from, year_to, doc_type, section, entity) and narrow the evidence."""
        started = time.perf_counter()
        mentions = self.linker.link(question)
        ask = lambda text: self._asked(text, self.linker.link(text), k=k, filters=filters)  # noqa: E731
        # "The agency that joined ISECG in 2015 reported on which mission?": the clause answered first
        response = nested.answer(question, ask, orgs_in=self._names_org, k=k) \
            or self._asked(question, mentions, k=k, filters=filters)
        return {"question": question, "confidence": None, "citation": None, "short_answer": None, "sentence": None,
                **response, "linked": [m.to_dict() for m in mentions],
                "took_ms": round((time.perf_counter() - started) * 1000, 1)}

    def _asked(self, question: str, mentions: list, *, k: int, filters: dict) -> dict:
        """The response's answer fields for ``question`` as it stands (its entity ``mentions`` given)."""
        found = dated.anchor(question)
        # "Which official signed A and later spoke at B?": the person named in the passages of each, before the times
        # either description gives
        response = compose.both_fit(self, question, k=k, filters=filters) \
            or self._two_anchors(question, k=k, filters=filters) \
            or self._timed(question, found, mentions, k=k, filters=filters)
        if response.get("answer") is None and (again := told_again(question)) and (asked := self._timed(
                again, dated.anchor(again), self.linker.link(again), k=k, filters=filters))["answer"] is not None:
            # "LSA's application was under review in 2018. When was it accepted?": of what it names, with the passage
            # telling the statement second
            told = self.engine.search(TOLD_THEN_ASKED.match(question.strip()).group("told"), k=1, **filters)["results"]
            evidence = unique_hits([*asked["evidence"][:1], *told, *asked["evidence"][1:]])
            response = {**asked, "evidence": [_reranked(r, n) for n, r in enumerate(evidence[:max(k, 2)], 1)]}
        if response.get("answer") is None and not found:
            # "the radiation experiment that DLR was preparing in 2019": asked again of the name a sentence gives it
            response = compose.bridge(self, question, lambda again: self._answer(
                again, self.linker.link(again), k=k, filters=filters), k=k, filters=filters) or response
        if found:
            response = self._told_then(question, found, response)
        return response

    def _names_org(self, text: str) -> bool:
        """Whether ``text`` names a body (an agency, an organisation) the graph knows."""
        return any(m.category == "org" for m in self.mentions_in(text))

    def _timed(self, question: str, found: dated.Anchor | None, mentions: list, *, k: int, filters: dict) -> dict:
        """The response's answer fields for ``question`` asked as of the time it names (``found``, dated.anchor),
        else as it is."""
        resolved = (self._anchor_date(found, filters) or self._told_date(found, question, filters)
                    or dated.named_date(found)) if found else None
        return self._as_of(question, found, resolved, k=k, filters=filters) \
            or self._of_document(question, found, k=k, filters=filters) \
            or self._two_times(question, k=k, filters=filters) or self._answer(question, mentions, k=k, filters=filters)

    def _two_anchors(self, question: str, *, k: int, filters: dict) -> dict | None:
        """"Which agency held the chair at the 2021 Dubai meeting, and which held it when the fourth edition was
        released?": the first question asked again at the second's time (an event, a document, a date), each
        answered as of its own time, with the evidence of each.  None when a part has no time of its own, or the
        second asks more than the first at another time (its other words are not the first's)."""
        cut = SECOND_QUESTION.search(question)
        if cut is None:
            return None
        first, second = question[:cut.start()], question[cut.end():]
        times = [dated.anchor(first) or self._time_span(first), dated.anchor(second) or self._time_span(second)]
        if None in times:
            return None
        one_time, two_time = times
        rest = second[:two_time.start] + second[two_time.end:]
        # ("which one chaired it when ...": "one" stands for the first's noun; of two dates alone, _two_times asks)
        if content_words(rest) - content_words(first) - ({"one"} if two_time.named else set()):
            return None
        again = f"{first[:one_time.start]}{two_time.text}{first[one_time.end:]}?"
        first = first.rstrip(" ,;") + "?"
        one, two = (self._timed(q, dated.anchor(q), self.linker.link(q), k=k, filters=filters) for q in (first, again))
        if one["answer"] is None or two["answer"] is None or not one["evidence"] or not two["evidence"]:
            return None
        # the times in order: "NASA, then ASI"
        when = [(resolved[0] if t.named and (resolved := self._anchor_date(t, filters)) else None)
                or dated.side_date(t.text) for t in times]
        if not any(t.named for t in times):  # two dates the question states: each value with its own
            return self._both(one, two, k=k, times=[t.text for t in times])
        return self._both(one, two, k=k, joined=", then " if None not in when and when[0] < when[1] else "; ")

    @staticmethod
    def _time_span(text: str) -> dated.Anchor | None:
        """A time a part of a question asks about ("in 2021", "at the end of 2019") as a dating clause naming
        nothing to date."""
        m = TIME_ASKED.search(text)
        return dated.Anchor(m.start(), m.end(), "", False, m.group(), False) if m else None

    def _answer(self, question: str, mentions: list, *, k: int, filters: dict) -> dict:
        if (two := TWO_ASKED.match(question)) and (both := self._two_questions(
                f"{two.group('a')} {two.group('rest')}", f"{two.group('b')} {two.group('rest')}", k=k, filters=filters)):
            return both
        response = self._respond(question, mentions, k=k, filters=filters)
        if (cut := SECOND_QUESTION.search(question)) and response["shape"] not in ANSWERS_BOTH and not (
                # "... and who took over", not "Who succeeded ESA, and who took the chair from it in 2018?"
                response["shape"] == "chair" and dated.SUCCESSOR.search(question) and not (
                    dated.side_date(question[cut.end():]) and not dated.SUCCESSOR.search(question[cut.end():]))) and not (
                # "..., and who followed it?", "..., and until when?": the timeline told it ("ASI, until 18 May 2023",
                # "CSA; November 2021")
                response["shape"] == "chair" and dated.second_asked(question)
                and re.search(r"[,;] ", response["short_answer"])) and not (
                response["shape"] == "document_people" and WORKPLACE.search(question[cut.end():])) and not (
                # "..., and since when had it held the chair?": a graph answer tells it ("JAXA, since 6 June 2019")
                re.match(r"(?:in|on|at|by|from|for|with|to|since|until)\s", question[cut.end():], re.I)
                and response["shape"] and "passage" not in response["shape"]):
            response = self._two_questions(question[:cut.start()], question[cut.end():], k=k, filters=filters) \
                or response
            response = self._work_and_time(question[:cut.start()], question[cut.end():], response, k=k)
        return response

    def _work_and_time(self, first: str, second: str, response: dict, *, k: int) -> dict:
        """"Which document was expected to replace the vision, and in what year?": when the short answer gives only
        the time the second part asks (the first part alone found no sentence, or none it could name a value of),
        the work the answer's sentence names besides those the question names ("... the Global Exploration Roadmap
        ... is expected to replace this vision in 2011") is the first's answer; both told ("Global Exploration
        Roadmap; 2011")."""
        told, short = response.get("sentence"), response["short_answer"]
        if not (told and short and ELLIPTIC.match(second) and answer_type(second) == "date" and WORK_ASKED.match(first)):
            return response
        asked = {m.iri for m in self.linker.link(first)}
        works = [self._short_name(m.iri) for m in self.mentions_in(told) if m.iri not in asked and m.category == "document"]
        if not works or works[0] in short:
            return response
        both = self._both({**response, "short_answer": works[0]}, {**response, "evidence": []}, k=k)
        return {**both, "shape": response["shape"]}

    def _told_then(self, question: str, found: dated.Anchor, response: dict) -> dict:
        """A sentence answering a question whose time is given by an event or a document ("How many members did
        ISECG have when the fourth edition was released?") must name what gives it, when no fact of the graph
        answered it as of a date of it and the question asks what holds of a body at a time (who chaired it, how
        many members it had): a count of another time is no answer.  What holds at any time ("how many members
        does the working group have") is the sentence's."""
        shape = response.get("shape") or ""
        if found.at or response["answer"] is None or (shape and "passage" not in shape) or \
                re.search(r"[.!]\s+[A-Z]", question.strip()):  # one sentence asks: not a story told before it
            return response
        asked = dated.as_of_text(question, found, "2000-01-01")
        plan = dated.plan(shapes.Question.analyse(asked, self.linker.link(asked)), self._names)
        if plan is None or plan.shape not in AS_OF_SHAPES:
            return response
        named = content_words(found.named) - content_words("the meeting event document report paper edition issue")
        # (or its document is what gives the time: "during the preparation of this report", in the report named)
        told = content_words(response.get("sentence") or response["answer"]) | (
            content_words(response["evidence"][0].document.names) if response.get("evidence") else set())
        if not named or len(named & told) * 2 >= len(named):
            return response
        return {**response, "answer": None, "short_answer": None, "sentence": None, "answers": [], "citation": None,
                "confidence": None, "shape": None,
                "message": f"The documents do not say: the question's time is given by {found.named}; no fact of the "
                           "graph answers as of a date of it, and the closest sentence does not name it. The closest "
                           "passages are listed as evidence, not as an answer."}

    def _two_times(self, question: str, *, k: int, filters: dict) -> dict | None:
        """"Which agencies took over the chair in 2016 and in 2022?": the question asked of each time, both
        answered from the graph, each with its evidence."""
        m = TWO_TIMES.search(question)
        if m is None:
            return None
        parts = []
        for when in (m.group("a"), m.group("b")):
            asked = f"{question[:m.start()]}{m.group('prep')} {when}{question[m.end():]}"
            r = self._answer(asked, self.linker.link(asked), k=k, filters=filters)
            if r["answer"] is None or r["shape"] in (None, "passage") or "passage" in r["shape"]:
                return None
            parts.append((when, r))
        (a, one), (b, two) = parts
        # the two answers as one of two parts is given ("NASA; ASI"), then each with its time
        short = f"{one['short_answer']}; {two['short_answer']}"
        evidence = unique_hits([*one["evidence"][:1], *two["evidence"][:1], *one["evidence"][1:], *two["evidence"][1:]])
        return {**one, "answer": f"{short} — {a}: {one['answer']} {b}: {two['answer']}", "short_answer": short,
                "answers": list({x["iri"]: x for x in one["answers"] + two["answers"]}.values()),
                "shape": f"{one['shape']}+{two['shape']}", "sparql": one["sparql"],
                "evidence": [_reranked(r, n) for n, r in enumerate(evidence[:max(k, 2)], 1)]}

    def _as_of(self, question: str, found: dated.Anchor | None,
               resolved: tuple[str, list[tuple[str, str]]] | None, *, k: int, filters: dict) -> dict | None:
        """"Which agency chaired ISECG when the 2019 science white paper was endorsed?", "How many members did
        ISECG have at the time of the Songdo meeting?": the time the question gives by an event or a document,
        resolved from the graph (the event's start date, the document's issue date, the day a body joined),
        then the question asked as of that date; the passage dating it comes second in the evidence.  None when
        the question dates nothing so, the graph does not date what it names, or no fact of the graph answers
        as of that date (a sentence of the passages does not answer a question the words were changed in).
        ``found`` is the question's dating clause (dated.anchor), ``resolved`` its date (_anchor_date)."""
        if found is None or resolved is None:
            return None
        date, sources = resolved
        asked = dated.as_of_text(question, found, date)
        response = self._answer(asked, self.linker.link(asked), k=k, filters=filters)
        if response["answer"] is None or response["shape"] not in AS_OF_SHAPES:
            return None  # "how many papers were presented at the Songdo meeting": no state of a body at that date
        dating = [h for iri, sentence in sources if (h := self._hit(iri, sentence)) is not None][:1]
        evidence = unique_hits([*response["evidence"][:1], *dating, *response["evidence"][1:]])
        note = f" ({found.named[0].upper() + found.named[1:]}: {dated.spoken(date)}.)"
        return {**response, "answer": response["answer"] + note,
                "evidence": [_reranked(r, n) for n, r in enumerate(evidence[:max(k, 2)], 1)]}

    def _of_document(self, question: str, found: dated.Anchor | None, *, k: int, filters: dict) -> dict | None:
        """"According to the 2016 annual report, which agency chairs ISECG?": asked as of the document's date (see
        _as_of), when the question gives no other time; else None."""
        named = dated.according(question) if found is None else None
        if named is None or dated.side_date(question[:named.start] + question[named.end:]):
            return None
        resolved = self._anchor_date(named, filters, document=True)
        return self._as_of(question, named, resolved, k=k, filters=filters) if resolved else None

    def _anchor_date(self, found: dated.Anchor, filters: dict,
                     document: bool = False) -> tuple[str, list[tuple[str, str]]] | None:
        """The date of what a dating clause names, with the passages stating it: an event's start, a body's
        joining ("when NSSA was admitted"), a document's issue (only that when ``document``: "the ISECG bulletin")."""
        clause = found.named
        mentions = self.linker.link(clause)
        events = [m.iri for m in mentions if m.category == "event"]
        years = set(dated.YEAR.findall(clause))
        if len(events) == 1 and (rows := self.query(dated.event_dates(None, events[0]))) \
                and (not years or str(rows[0]["date"])[:4] in years):  # ("IAC 2019" is no congress of 2022)
            return str(rows[0]["date"]), dated.sources_of(rows[:1])  # "the 69th International Astronautical Congress"
        if found.event:
            return self._event_date(clause)
        orgs = [m for m in mentions if m.category in ("org", "unit")]
        if orgs and len(orgs) == 1 and not [m for m in mentions if m.category == "document"] and not document:
            if not dated.JOINERS.search(found.text) and not re.search(r"\badmit|\bwelcom", found.text, re.I):
                return None
            rows = self.query(dated.beginnings(orgs[0].iri, self._main_body()))
            began = dated.first_beginning(rows)
            return (began["start"], dated.sources_of([began])) if began else None
        named = [m.iri for m in mentions if m.category == "document"]
        if named and (nth := _numbered(clause)) is not None:
            # "the third GER edition": a document the name links to of another edition (or the series) is not the one
            named = [d for d in named if self._edition_of(d) == nth]
        # a document the clause's name links to, as the graph dates it; else (none, or a work the graph does not date:
        # "the 2023 lunar science white paper" linked to "the science white paper") the corpus document of the best
        # passage, when its title has a word of the clause ("the 2022 supplement"), or a document or work of the
        # graph the clause names
        rows = self.query(dated.issued(named[:1])) if named else []
        if not rows:
            found_ = self._named_document(clause, filters)
            titled = found_ and found_[1] and _title_words(clause, found_[1][0].document.names)
            document = found_[0] if titled else self._dated_work(clause)
            if not document:  # "when Chandrayaan-2 was launched": an event named by what happened
                return None if named or EDITION.search(clause) else self._event_date(clause)
            rows = self.query(dated.issued([document]))
        if not rows:
            return None
        return rows[0]["issued"], [(r["passage0"], r["sentence0"]) for r in rows[:1] if r.get("passage0")]

    def _edition_of(self, document: str) -> int | None:
        """The edition the graph gives a document (its version, else the number its title names)."""
        if (version := self._version(document)) is not None:
            return int(version)
        rows = self.query(f"{dated.PREFIXES}SELECT ?title WHERE {{ {shapes.iri_term(document)} dcterms:title ?title }}")
        return next((n for r in rows if (n := _numbered(str(r["title"]))) is not None), None)

    def _told_date(self, found: dated.Anchor, question: str,
                   filters: dict) -> tuple[str, list[tuple[str, str]]] | None:
        """The day a sentence of the passages gives what the dating clause tells, when the graph dates nothing it
        names ("when the Lunar Cargo White Paper was released": "The Lunar Cargo White Paper was released on 3 March
        2027."): a sentence naming all the clause's words, what happened too, and one day, the same in every such
        sentence, and of the time the question gives besides (an event is dated by the graph's events instead)."""
        if found.event:
            return None
        named, year = content_words(found.named), dated.side_date(question)
        done = content_words(found.text) - named - content_words("when while once time the at by as")
        if done & PUBLISHED:  # "came out" is told "was released"
            done |= PUBLISHED
        if not named:
            return None
        told: dict[str, list[tuple[str, str]]] = {}
        for hit in self.engine.search(found.text, k=SENTENCE_PASSAGES, **filters)["results"]:
            for a, b in sentence_spans(hit.text):
                sentence = hit.text[a:b]
                words = content_words(sentence)
                days = {d.start for d in find_dates(sentence) if d.start.count("-") == 2}
                if named <= words and (not done or done & words) and len(days) == 1 and \
                        (year is None or next(iter(days)).startswith(year)):
                    told.setdefault(days.pop(), []).append((hit.passage, sentence))
        return next(iter(told.items())) if len(told) == 1 else None

    def _event_date(self, clause: str) -> tuple[str, list[tuple[str, str]]] | None:
        """The start date of the one event ``clause`` names (by its date and words), with its passages."""
        rows = self.query(dated.event_dates(dated.side_date(clause)))
        picked = dated.event_named(rows, clause)
        return (picked[1], picked[2]) if picked else None

    def _dated_work(self, clause: str) -> str | None:
        """The one document or work of the graph with an issue date that ``clause`` names by its words, its
        edition ("the third edition of the roadmap": version 3) and its year, when it is no corpus document."""
        rows = self.query(f"{dated.PREFIXES}SELECT ?x ?title ?issued ?version WHERE {{ ?x dcterms:issued ?issued ; "
                          "dcterms:title ?title . OPTIONAL { ?x schema:version ?version } }")
        words = content_words(clause) - DOCUMENT_WORDS  # its rank is no word of its title ("the first assessment")
        nth, year = _numbered(clause), shapes.YEAR.search(clause)
        scored: dict[str, int] = {}
        for r in rows:
            if nth is not None and str(r.get("version") or "") != str(nth) and _numbered(r["title"]) != nth:
                continue
            if year and not (str(r["issued"]).startswith(year.group()) or year.group() in r["title"]):
                continue
            told = content_words(r["title"]) | initialled(clause, r["title"])  # "the GER": Global Exploration Roadmap
            scored[r["x"]] = max(scored.get(r["x"], 0), len(words & told))
        best = max(scored.values(), default=0)
        picked = [x for x, n in scored.items() if n == best]
        return picked[0] if best and len(picked) == 1 else None

    def _main_body(self) -> str | None:
        """The body the documents state most memberships of (the group they are about), if one."""
        if not self._main:
            rows = self.query(f"{dated.PREFIXES}SELECT ?o (COUNT(?m) AS ?n) WHERE {{ ?m a org:Membership ; "
                              "org:organization ?o . FILTER NOT EXISTS { ?m org:role ?r } } GROUP BY ?o ORDER BY DESC(?n)")
            counts = [int(r["n"]) for r in rows]
            self._main.append(rows[0]["o"] if rows and (len(rows) == 1 or counts[0] > 2 * counts[1]) else None)
        return self._main[0]

    def _two_questions(self, first: str, second: str, *, k: int, filters: dict) -> dict | None:
        """"Which agency chaired ISECG in 2023, and who represented the chair?": the first question answered, then
        the second in the first answer's document, its "it"/"they" the first's answer when that names who or
        what; both values short, with both sentences and the evidence of each.  None when either is unanswered,
        or the second's pronoun stands for something the first asked of rather than for its answer."""
        first = first.rstrip(" ,;") + "?"
        one = self._respond(first, self.linker.link(first), k=k, filters=filters)
        if one["answer"] is None or not one["evidence"]:
            return None
        joined = "; "
        if ELLIPTIC.match(second) and (head := WH_HEAD.match(first)):
            # "..., and when?": asked of what the first asks, answered first from the first's sentence
            body = first[head.end():]
            aux = "" if re.match(r"(?:was|were|is|are|did|does|do|has|have|had|will|would|can|could)\b", body) else "did "
            second = f"{second.strip(' ?')} {aux}{body}"  # "and when?" + "Which group issued X": "when did issued X?"
            if value := self._told_beside(first, second, one):
                return self._both(one, {**one, "short_answer": value}, k=k)
        if (pronoun := EVENT_PRONOUN.search(second)) and (asked := EVENT_OBJECT.search(first)):
            # "Who hosted the Rome meeting, and when was it held?": "it" is the event the first asks of
            it = "it" if pronoun.group("it") else "it2"
            second = f"{second[:pronoun.start(it)]}{asked.group('s')}{second[pronoun.end(it):]}"
        elif one["short_answer"] and one["answers"] and answer_type(first) in ("org", "person"):
            # "Which agency succeeded ESA, and which took the chair from it?": the second names who came after the
            # first's answer, so the two are told in turn ("JAXA, then ASI")
            if re.search(rf"\b{dated.AFTER_HOLDER}\s+(?:it|them)\b", second, re.I):
                joined = ", then "
            # (a person without the body told beside the name: "Dr Maria Rossi (ASI)")
            second = PRONOUN.sub(re.sub(r"\s*\(.*\)$", "", one["short_answer"]), second, count=1)  # "when did it join" -> "when did NZSA join"
        elif (pronoun := OBJECT_PRONOUN.search(second)) and (asked := ASKED_OF.match(first)):
            # "Where was the review workshop held, and who hosted it?": "it" is what the first asks of
            second = f"{second[:pronoun.start('it')]}{asked.group('s')}{second[pronoun.end('it'):]}"
        elif IDENTITY.match(second) and one["sentence"]:
            # "When was the 30th member admitted, and which agency was it?": "it" is what the first asks of, which
            # the first's sentence names: the body (or person) it names besides those the question does
            value = self._told_beside(first, second, one)
            return self._both(one, {**one, "short_answer": value}, k=k) if value else None
        elif (part := PART_COUNTED.match(second)) and COUNT_NOT_TIME.search(first) and one["sentence"] and \
                (split := _count_split(first, one, part.group("what"))):
            return self._both(*split, k=k, joined=", ")
        elif PRONOUN.search(second) and (head := WH_HEAD.match(second)) and \
                _tells(one["sentence"] or "", PRONOUN.sub(" ", second[head.end():])) and \
                (value := self._told_beside(first, second, one)):
            # "Where is the Secretariat located, and which agency provides it?": "it" is what the first asks of, and
            # the first's sentence tells what the second asks done to it ("... is provided by ESA and is located at
            # ESTEC"): the value it names of the second's kind
            return self._both(one, {**one, "short_answer": value}, k=k)
        elif PRONOUN.search(second):
            return None  # "... and who hosted it?" of a first asking no event: "it" is no answer of the first
        # asked in the first answer's document, unless the second names a time of its own ("..., and which took the
        # chair from it in November 2018?"), which another document may tell
        times = [TIME_ASKED.search(part) for part in (first, second)]
        scope = filters if filters.get("doc") or times[1] else {**filters, "doc": one["evidence"][0].document.id}
        two = self._respond(second, self.linker.link(second), k=k, filters=scope)
        if two["answer"] is None:
            return None
        if two["short_answer"] == one["short_answer"] and (one["short_answer"] or one["sentence"] == two["sentence"]):
            # the second asks of something else: "ESA" twice is no answer to "who represented the chair"; a "who"
            # question may ask for the person the sentence names
            person = person_in(two["sentence"] or "") if re.match(r"\s*who\b", second, re.I) else None
            if person is None:
                return None
            two = {**two, "short_answer": person}
        # "Which agency chaired ISECG in 2008, and which held the chair in 2019?": each value with its own time
        return self._both(one, two, k=k, joined=joined,
                          times=None if None in times or joined != "; " else [t.group() for t in times])

    def _told_beside(self, first: str, second: str, one: dict) -> str | None:
        """The value the sentence answering the first question gives the second, of the second's kind, named besides
        what the first asks of ("at whose invitation did ISECG meet": not ISECG) and the first's answer; None when it
        names none."""
        told = one["sentence"]
        if not told:
            return None
        asked = {m.iri for m in self.linker.link(first)}
        kind = answer_type(second)
        named = [self._short_name(m.iri) for m in self.mentions_in(told) if m.iri not in asked
                 and (CATEGORIES.get(kind) is None or m.category in CATEGORIES[kind])]
        value = short_answer(second, told, [n for n in dict.fromkeys(named) if n != one["short_answer"]])
        return value if value != one["short_answer"] else None

    def _both(self, one: dict, two: dict, *, k: int, joined: str = "; ", times: list[str] | None = None) -> dict:
        """The answers of two questions as one: both values short, in the order asked ("ERWG; June 2024"), and again
        with the full name of each the graph knows by an acronym ("Exploration Roadmap Working Group; June 2024"),
        each followed by the time its question asks of when ``times`` gives both ("NASA in 2008; JAXA in 2019"), then
        both sentences and the evidence of each."""
        shorts = [r["short_answer"] for r in (one, two) if r["short_answer"]]
        told = [r["sentence"] or r["answer"].removeprefix(f"{r['short_answer']} — ") for r in (one, two)]
        text = " ".join(dict.fromkeys(told))
        full = [self._spelled(s, text) for s in shorts]
        if times and len(shorts) == 2:
            shorts, full = ([f"{v} {t}" for v, t in zip(values, times)] for values in (shorts, full))
        shorts, full = list(dict.fromkeys(shorts)), list(dict.fromkeys(full))
        short = joined.join(shorts) or None
        spelled = joined.join(full)
        if short and spelled != short:
            text = f"{spelled} — {text}"
        # the evidence of each in turn, so that each part's best passages are shown
        evidence = unique_hits([hit for pair in itertools.zip_longest(one["evidence"], two["evidence"])
                                for hit in pair if hit is not None])
        return {**one, "answer": f"{short} — {text}" if short else text, "short_answer": short, "sentence": text,
                "answers": list({a["iri"]: a for a in one["answers"] + two["answers"]}.values()),
                "sparql": one["sparql"] or two["sparql"], "shape": f"{one['shape']}+{two['shape']}",
                "evidence": [_reranked(r, n) for n, r in enumerate(evidence[:max(k, 2)], 1)],
                "confidence": min(c for c in (one["confidence"], two["confidence"], 1.0) if c is not None)}

    def _respond(self, question: str, mentions: list, *, k: int, filters: dict) -> dict:
        """The response's answer fields for one question (see answer)."""
        q = shapes.Question.analyse(question, mentions)
        plan = shapes.plan(q)
        response = None
        if lists.EXPANSION_ASKED.search(question) and (spelled := self._expansion(question, k=k, filters=filters)):
            response = spelled  # "What does SSAU stand for?": the long form a passage gives it
        elif (filtered := tables.asked(question)) and (response := self._table_rows(question, filtered, k=k,
                                                                                     filters=filters)):
            pass  # "How many of the missions listed in the 2015 paper were planned to launch in 2018?": its rows
        elif (sides := dated.people_sides(question)) and (response := self._people_in_both(question, q, sides, k=k,
                                                                                         filters=filters)):
            pass  # "Which ESA official is named both in the 2010 report and in the 2015 chapter?"
        elif (kind := renames.asked(question, q)) and (response := self._renamed(question, q, kind, k=k,
                                                                                  filters=filters)) is not None:
            pass  # "Under what name did X join?", "Which agency represented the UK in 2020?": its name then
        elif compose.SHIFT.search(question) and (moved := compose.shifted(self, question, q, k=k, filters=filters)):
            response = moved  # "by how many years did X move between A and B": the year each side plans X for
        elif compose.SHIFTED_TO.search(question) and \
                (moved := compose.shifted_to(self, question, q, k=k, filters=filters)):
            response = moved  # "by September 2020, which year had X slipped to": the latest plan by then
        elif compared := compared_sides(question):
            first, second = compared
            # the organisations credited with two documents, else the counts dated at each side (a "credited" of
            # the press is no authorship: "SpaceNews credited it with 24 agencies")
            for counts in (dated.CREDITED.search(question) and self._creators_compared(question, first, second, filters),
                           dated.compare_counts(q, first, second)):
                response = self._from_dated(question, counts, k=k, filters=filters) if counts else None
                if response is not None:
                    break
            if response is None:
                response = self._comparison(question, q, compared, k=k, filters=filters)
            if response is None:  # a difference neither computed nor stated is not one count's sentence
                response = self._from_passages(question, q, k=k, filters=filters, stating=COMPARATIVE)
        elif COUNT_NOT_TIME.search(question) and (span := dated.span_asked(question)):
            response = self._count_between(question, q, k=k, filters=filters)
            if response is None and GROWTH.search(question):
                # "By how many members did ISECG grow between A and B?": the member counts stated at A and at B
                counts = dated.compare_counts(q, *span, members=True)
                response = self._from_dated(question, counts, k=k, filters=filters) if counts else None
            if response is None and plan is None:
                response = self._from_passages(question, q, k=k, filters=filters)
        elif parts := dated.sides(question):
            # two events the graph dates ("the Tsukuba plenary"), else documents, else the sentences telling each side
            last = dated.latest_asked(question)
            response = self._dated_phases(q, parts, lambda rows, docs: dated.first_of(rows, docs, last=last),
                                          shape="first", k=k, filters=filters) \
                or self._from_dated(question, dated.events_first(parts, next(iter(q.years), None), last=last,
                                                                 question=question), k=k, filters=filters) \
                or self._which_first(question, parts, k=k, filters=filters)
        elif gap := dated.gap_sides(question):
            # the phases, else two events the graph dates ("the end of the Tokyo meeting"), else two documents; but
            # first the sentences telling each side when a side is a deed of bodies, no document ("... did the chair
            # pass from CSA to ESA": not dated by the document its best passage is in)
            response = self._dated_phases(q, list(gap), dated.gap, shape="gap", k=k, filters=filters) \
                or self._from_dated(question, dated.events_gap(gap, next(iter(q.years), None), question=question),
                                    k=k, filters=filters)
            if response is None:
                told = self._gap_told(gap, filters=filters) if any(map(self._deed_of_bodies, gap)) else None
                response = told or self._dated_documents(list(gap), dated.gap, shape="gap", k=k, filters=filters)
        elif pair := dated.relation_sides(question):
            response = self._relation_holds(question, pair, k=k, filters=filters)
        elif relation := dated.relation_asked(question):
            response = self._document_relation(question, relation, k=k, filters=filters)
        elif (head := dated.DELEGATION_HEAD.search(question)) \
                and (body := next((m.iri for m in q.of("org") if m.start >= head.start("who")), None)) \
                and (document := self._document_asked(q, filters)) and (response := self._from_dated(
                    question, dated.delegation_head(document, body, self._names), k=k, filters=filters)):
            pass  # "Who headed the UAE Space Agency delegation at the Bonn workshop?"
        elif (role := dated.posts_asked(q)) and (response := self._post_holders(question, q, role, k=k,
                                                                                 filters=filters)) is not None:
            pass  # "Who co-led the team behind the assessment?": the people holding the post, before any chair
        elif (quoted := dated.quoted_asked(question)) and (found := self._named_document(quoted, filters)) and \
                (response := self._from_dated(question, dated.quoted_people(found[0], self._names), k=k,
                                              filters=filters)):
            pass  # "Which officials are quoted in the May 2025 press kit?"
        elif (credited := dated.creators_asked(question)) and (found := self._named_document(credited, filters)):
            agencies = dated.agencies_asked(question)
            response = self._from_dated(question, dated.document_creators(found[0], self._names, agencies=agencies),
                                        k=k, filters=filters)
        elif (did := dated.PERSON_DID.match(question)) and (response := self._person_who(question, did, k=k,
                                                                                        filters=filters)):
            pass  # "Which author of the 2018 paper chaired the March 2021 meeting?"
        elif dated.WHICH_PERSON_OF.search(question) and (body := next((m.iri for m in reversed(q.of("org"))), None)) \
                and (document := self._document_asked(q, filters)) and (response := self._from_dated(
                    question, dated.document_people(document, self._names, editors=bool(dated.EDITORS.search(question)),
                                                    of=body), k=k, filters=filters)):
            pass  # "Which author of the paper works for CSA?": the document's people of the body named
        elif dated.asks_author_agencies(question) and not q.of("person") and not dated.ONE_AUTHOR.search(question) \
                and (document := self._document_asked(q, filters)):  # one author's agency: told with the author
            response = self._from_dated(question, dated.author_agencies(document, self._names), k=k, filters=filters) \
                or self._people(question, k=k, filters=filters)  # no authors in the graph: the byline's list
        elif dated.WHO_MADE.search(question) and (document := self._document_asked(q, filters)):
            editors = dated.EDITORS.search(question) is not None
            one = role.group(1).lower() if (role := dated.ONE_AUTHOR.search(question)) else None
            response = self._from_dated(question, dated.document_people(document, self._names, editors=editors,
                                                                        one=one), k=k, filters=filters)
            if response is None and q.of("document") and (
                    found := self._document_asked(q, filters, named=False)) not in (None, document):
                # a paper named by its code ("IAC-21-A3.1.6") may be an entity of its own, cited so, with no people:
                # the people of the document whose passage carries the code
                response = self._from_dated(question, dated.document_people(found, self._names, editors=editors,
                                                                            one=one), k=k, filters=filters)
            if response is None and editors:  # no one credited as editor: those credited with the document
                response = self._from_dated(question, dated.document_people(document, self._names), k=k,
                                            filters=filters)
        elif (reported := dated.joined_reported(question)) and \
                (body := next((m.iri for m in q.of("org")), None) or self._main_body()) and \
                (found := self._named_document(reported, filters)):
            response = self._from_dated(question, dated.joined_told(found[0], body, self._names), k=k, filters=filters)
        elif lists.asks_people_bodies(question) and (people := self._people(question, k=k, filters=filters)):
            response = people  # the bodies of a team's people, before the details of an event the question dates
        elif (fact := dated.plan(q, self._names)) is not None:
            response = self._from_dated(question, fact, k=k, filters=filters)
        if response is None and (row := self._row(question, q, plan, k=k, filters=filters)):
            response = row
        response = compose.answer(self, question, q, plan, response, k=k, filters=filters)  # composed from passages
        if response is None and plan is not None and plan.passages is not None:
            response = self._from_found_passages(question, q, plan, k=k, filters=filters)
        elif response is None and plan is not None:
            response = self._from_graph(question, plan, k=k, filters=filters)
        if response is None and plan is None and (work := shapes.work_named(q, self._work_items(question))):
            response = self._from_graph(question, work, k=k, filters=filters)
        if response is None:
            # A question of a graph shape the graph has no row for: only a sentence naming what it
            # is about may answer it ("Who hosted the 38th Space Symposium?").
            response = self._from_passages(question, q, k=k, filters=filters, about=plan.focus if plan else None)
        response = compose.count_then(question, compose.counted_from(
            question, compose.time_elsewhere(question, compose.told_of(question, response))))
        if (named := dated.issue_asked(question)) and (issued := self._issue_date(question, named, k=k, filters=filters)) \
                and not (response.get("answer") and _same_year(response.get("short_answer"), issued["short_answer"])):
            # the date the graph has the document named issued, over a sentence dating another year ("When was the
            # second edition released?": not "the 2011 release had triggered ...", of the first)
            response = issued
        if response.get("answer") is None:  # no sentence answers: a table's cells, or the period of a name quoted
            response = self._unanswered(question, q, k=k, filters=filters) or response
        return {"confidence": None, "citation": None, "short_answer": None, "sentence": None, **response}

    def _renamed(self, question: str, q: shapes.Question, kind: str, *, k: int, filters: dict) -> dict | None:
        """The name a body had at the time asked, or each change of name (those of the document the question is
        asked "according to", if it names one): renames.plan."""
        named = dated.according(question)
        document = found[0] if named and (found := self._named_document(named.named, filters)) else None
        return self._from_dated(question, renames.plan(question, q, self._names, kind, document), k=k, filters=filters)

    def _row(self, question: str, q: shapes.Question, plan: shapes.Plan | None, *, k: int,
             filters: dict) -> dict | None:
        """The organisations of the role asked in a told table row or in any of its rows, or the rows (or their
        number) an organisation has that role in (lists.told_role_row, told_role_across, told_role_labels); the
        organisations of the table row or labelled line the question names (see lists.row_answer), the thing the row
        of the organisation it names gives, the person a programme's row gives (lists.contribution_row,
        lists.holder_row), the role a person's row gives (lists.person_role_row), the terms of the section listing
        the things asked (lists.section_terms) when the graph has no shape for them, or the items a colon or a heading
        introduces, in the document of the year the question names (lists.led_list: that document's list, not the
        graph's) or, the graph having no shape for them, in any (of organisations, the rows above say which do what
        asked: a list headed "Participating agencies:" does not tell which led)."""
        # a role in a told table's rows, or the organisations of the row named (lists.told_role_*)
        if lists.ROLE_ASKED.search(question) or lists.ORG_ASKED.search(question):
            results = self.engine.search(question, k=max(k, SENTENCE_PASSAGES), **filters)["results"]
            told = lists.told_role_row(question, q.mentions, results[:SENTENCE_PASSAGES], self.mentions_in) \
                or lists.told_role_labels(question, q.mentions, results[:SENTENCE_PASSAGES], self.mentions_in) \
                or lists.told_role_across(question, q.mentions, results[:SENTENCE_PASSAGES], self.mentions_in)
            if told is not None:
                return self._row_response(told, results, k)
        if not (lists.asks_organisations(question) or lists.CONTRIBUTION.search(question)
                or lists.HOLDER_ASKED.search(question) or lists.HELD_ASKED.search(question)
                or lists.ROLE_OF_ASKED.search(question)
                or lists.ROLE_HOLDER_ASKED.search(question)
                or (plan is None or lists.documents_of_year(question)) and lists.PLURAL_ASKED.search(question)):
            return None
        results = self.engine.search(question, k=max(k, SENTENCE_PASSAGES), **filters)["results"]
        row = lists.speakers_bodies(question, results[:SENTENCE_PASSAGES], self.mentions_in) \
            or lists.row_answer(question, q.mentions, results[:SENTENCE_PASSAGES], self.mentions_in) \
            or lists.keyed_rows(question, q.mentions, results[:SENTENCE_PASSAGES], self.mentions_in) \
            or lists.role_rows(question, q.mentions, results[:SENTENCE_PASSAGES], self.mentions_in) \
            or lists.contribution_row(question, q.mentions, results[:SENTENCE_PASSAGES], self.mentions_in) \
            or lists.holder_row(question, results[:SENTENCE_PASSAGES], self.mentions_in) \
            or lists.held_rows(question, results[:SENTENCE_PASSAGES], self.mentions_in) \
            or lists.role_item(question, results[:SENTENCE_PASSAGES], self.mentions_in) \
            or lists.person_role_row(question, results[:SENTENCE_PASSAGES], self.mentions_in) \
            or (lists.section_terms(question, results[:SENTENCE_PASSAGES]) if plan is None else None) \
            or (lists.led_list(question, [r for r in results[:SENTENCE_PASSAGES] if not years or lists.of_year(r, years)])
                if (years := lists.documents_of_year(question)) or plan is None and not lists.asks_organisations(question)
                else None)
        return self._row_response(row, results, k)

    def _person_who(self, question: str, did: re.Match, *, k: int, filters: dict) -> dict | None:
        """"Which author of the 2018 paper chaired the March 2021 meeting?": of the people the graph credits with the
        document, the one alone named on a line of another document's passage beside the deed's verb ("Chair: A B,
        Italian Space Agency (ASI)"), with the body they work for; that passage next after the document's."""
        found = self._named_document(did.group("document"), filters)
        if found is None:
            return None
        people = {r["person"]: self._names.label(r["person"])
                  for r in self.query(dated.document_people(found[0], self._names).sparql)}
        results = self.engine.search(did.group("deed"), k=max(k, SENTENCE_PASSAGES), **filters)["results"]
        for hit in [r for r in results[:SENTENCE_PASSAGES] if r.document.iri != found[0]]:
            if named := dated.named_doing(hit.text, people, did.group("verb")):
                response = self._from_dated(question, dated.document_people(found[0], self._names, who=named),
                                            k=k, filters=filters)
                if response is not None:
                    evidence = unique_hits([*response["evidence"][:1], hit, *response["evidence"][1:]])[:k]
                    response["evidence"] = [_reranked(r, n) for n, r in enumerate(evidence, 1)]
                return response
        return None

    def _expansion(self, question: str, *, k: int, filters: dict) -> dict | None:
        """The long form a passage gives the short name asked (lists.expansion), of the passages the question finds
        first, else of those the short name alone finds (an acronym list shares few words with the question)."""
        short = next(s for s in lists.EXPANSION_ASKED.search(question).groups() if s)
        for query in (question, short):
            results = self.engine.search(query, k=max(k, SENTENCE_PASSAGES), **filters)["results"]
            if response := self._row_response(lists.expansion(question, results[:SENTENCE_PASSAGES]), results, k):
                return response
        return None

    def _people(self, question: str, *, k: int, filters: dict) -> dict | None:
        """The bodies of the people a list names, the agency of each unit (see lists.people_rows)."""
        results = self.engine.search(question, k=max(k, SENTENCE_PASSAGES), **filters)["results"]
        return self._row_response(lists.people_rows(question, results[:SENTENCE_PASSAGES], self.mentions_in,
                                                     lambda iri: self._short_name(self._agency_of(iri))), results, k)

    def _table_rows(self, question: str, asked: tables.Asked, *, k: int, filters: dict) -> dict | None:
        """The rows of the table the question names that hold the value it asks for, counted or listed (see
        tables.rows)."""
        results = self.engine.search(question, k=max(k, SENTENCE_PASSAGES), **filters)["results"]
        found = tables.rows(asked, results[:SENTENCE_PASSAGES], self._document_passages)
        if found is None:
            return None
        listed = "; ".join(found.lines)
        if not asked.count:
            return _table_response(listed, listed, listed, found.passages, results, k)
        short = str(len(found.lines))
        return _table_response(short, f"{short} — rows holding {found.value}: {listed}", listed, found.passages,
                               results, k)

    def _unanswered(self, question: str, q: shapes.Question, *, k: int, filters: dict) -> dict | None:
        """What answers a question no sentence does, from one search: the numbered rows of the table a "how many X does
        <document> list" question asks of (tables.listed); the cells it asks of the one table row it names
        by a name no entity covers, or by a body when it asks for none (tables.cells); else the bodies a table keyed by
        body lists (tables.bodies), the date of the row the question's words name (tables.dated_row); else the period
        a passage gives after a name the question quotes (lists.named_period)."""
        keys = [" ".join(name) for name in _unknown_names(question, q.mentions)]
        if not tables.ASKS_ORG.search(question):
            keys += [re.sub(r"['’]s$", "", m.text) for m in q.of("org")]  # ("CNES's main interest")
        results = self.engine.search(question, k=max(k, SENTENCE_PASSAGES), **filters)["results"]
        top = results[:SENTENCE_PASSAGES]
        if (numbered := tables.listed(question, top, self._document_passages)) is not None:
            short, rows = str(len(numbered.lines)), "; ".join(numbered.lines)
            return _table_response(short, f"{short} — {rows}", rows, numbered.passages, results, k)
        found = tables.cells(question, keys, top, self._document_passages, self.mentions_in) \
            or tables.bodies(question, results, self.mentions_in) \
            or tables.dated_row(question, top, self._document_passages)
        if found is None:
            return self._row_response(lists.named_period(question, top), results, k)
        short = ", ".join(found.values)
        return _table_response(short, f"{short} — {found.row}", found.row, [found.passage], results, k)

    def _document_passages(self, doc_id: str) -> list[SearchHit]:
        """A document's passages in order, as evidence hits."""
        return [hit for p in self.engine.build.passages_by_doc.get(doc_id, [])
                if (hit := self._hit(iris.passage(self.settings.base_iri, p.id), None)) is not None]

    @staticmethod
    def _row_response(row: lists.Row | None, results: list[SearchHit], k: int) -> dict | None:
        if row is None:
            return None
        short = and_joined(row.items)
        evidence = _first_then([row.result], results, k)
        return {"answer": f"{short} — {row.text}", "short_answer": short, "sentence": row.text,
                "answers": [], "sparql": None, "shape": "row",
                "evidence": [_reranked(r, n) for n, r in enumerate(evidence, 1)],
                "citation": _citation(row.result), "confidence": round(min(row.score, 1.0), 3), "message": None}

    def _from_graph(self, question: str, plan: shapes.Plan, *, k: int, filters: dict) -> dict | None:
        rows = self.query(plan.sparql)
        while not rows and plan.fallback is not None:
            plan = plan.fallback
            rows = self.query(plan.sparql)
        answers, seen = [], set()
        for row in rows:
            iri = row.get("x") if row.get("x", "").startswith(("http://", "https://")) else None
            label = row.get("label") or (self.entities[iri].label if iri in self.entities else None) or row.get("x")
            if not label or (iri or label) in seen:
                continue
            seen.add(iri or label)
            answers.append({"label": label, "iri": iri})
        if not answers:
            return None  # the graph does not know: the passages may
        labels = ", ".join(self._display(a) for a in answers)
        intro = plan.intro
        asof = next((row["asof"] for row in rows if row.get("asof")), None)
        if asof:  # a dated list: say when it holds and where it is stated
            titles = [row["title"] for row in rows if row.get("title")]
            listed = dated.spoken(str(asof)) + (f", per {max(set(titles), key=titles.count)}" if titles else "")
            # members who joined after the list's date: the whole holds as of the latest joining, not the list's date
            since = max((str(row["begin"]) for row in rows if row.get("begin")), default=None)
            intro += f" as of {dated.spoken(since)} (the list of {listed}, with those who joined since)" \
                if since and since > str(asof) else f" as of {listed}"
        text = f"{len(answers)}. {intro}: {labels}." if plan.count else f"{intro}: {labels}."
        evidence = self._evidence(question, [a["iri"] for a in answers if a["iri"]] + plan.focus,
                                  str(len(answers)) if plan.count else None, k=k, filters=filters)
        if not evidence and not filters and not plan.count:
            # a value no passage names as an entity (an event's date): the passages the graph read it from
            evidence = self._stating([a["label"] for a in answers if not a["iri"]], k=k)
        return {"answer": text, "answers": answers, "sparql": plan.sparql, "shape": plan.shape,
                "short_answer": str(len(answers)) if plan.count else ", ".join(self._display(a) for a in answers),
                "evidence": evidence, "message": None if evidence else
                "The graph states this, but no passage of the current filters shows it."}

    def _from_dated(self, question: str, plan: dated.DatedPlan, *, k: int, filters: dict) -> dict | None:
        """An answer composed from the graph's dated facts; the passages each fact was read from come
        first in the evidence, then the question's own search results."""
        composed = plan.compose(self.query(plan.sparql))
        if composed is None:
            return None
        sourced = [self._hit(iri, sentence) for iri, sentence in composed.sources]
        sourced = [h for h in sourced if h is not None]
        results = self.engine.search(question, k=max(k, SENTENCE_PASSAGES), **filters)["results"]
        top = {r.passage_id for r in results[:SENTENCE_PASSAGES]} if plan.found else set()
        if top and not {h.passage_id for h in sourced} & top:
            return None  # the passages the question finds are of something else the same words name
        evidence = _first_then(sourced, results[:k], k)
        first = sourced[0] if sourced else None
        response = {"answer": composed.text, "short_answer": composed.short, "answers": composed.answers,
                    "sentence": composed.sources[0][1] if composed.sources else None, "sparql": plan.sparql,
                    "shape": plan.shape, "evidence": [_reranked(r, n) for n, r in enumerate(evidence, 1)],
                    "citation": _citation(first) if first else None, "message": None}
        return compose.not_said(response, composed.text) if composed.short is None else response

    def _count_between(self, question: str, q: shapes.Question, *, k: int, filters: dict) -> dict | None:
        """"How many X between A and B?": counts of X stated over periods that follow one another from A to B
        ("since January 2018, seven new members" in a March 2020 news item, "between the March and September
        2020 meetings, two more"), summed, with the passage of each."""
        asked = dated.span_asked(question)
        span = (dated.side_date(asked[0]), dated.side_date(asked[1])) if asked else (None, None)
        if not all(span):
            return None
        results = self.engine.search(question, k=max(k, COMPARED_PASSAGES), **filters)["results"]
        ranked = self.ranked(question, results[:COMPARED_PASSAGES], q.mentions)
        nouns, windows = counted(question), []
        for c in ranked:
            n = count_in(c.text, nouns)
            # "since DATE" runs to the date of its document: looked up only for such a sentence.
            stated = self._issued(c.result.document.iri) if n is not None and dated.SINCE.search(c.text) else None
            period = dated.window(c.text, stated) if n is not None else None
            if period and span[0][:7] <= period[0][:7] and period[1][:7] <= span[1][:7]:
                windows.append((*period, (c, n)))
        chain = dated.tiled(windows, span[0], span[1])
        if not chain:
            return None
        total = sum(number_value(n) for _, n in chain)
        parts = "; ".join(f"{n} ({c.text})" for c, n in chain)
        evidence = _first_then(list({c.result.passage_id: c.result for c, _ in chain}.values()), results, k)
        first = chain[0][0]
        return {"answer": f"{total} — {' + '.join(n for _, n in chain)}, over periods that follow one another from "
                          f"{span[0]} to {span[1]}: {parts}", "short_answer": str(total), "sentence": first.text,
                "answers": [], "sparql": None, "shape": "count_between",
                "evidence": [_reranked(r, i) for i, r in enumerate(evidence, 1)],
                "citation": _citation(first.result), "confidence": round(min(c.score for c, _ in chain), 3),
                "message": None}

    def _version(self, document: str) -> str | None:
        """The edition or issue number the graph has ``document`` as, if any (kept: a build's graph does not change)."""
        versions = self.__dict__.setdefault("_versions", {})
        if document not in versions:
            rows = self.query(f"{dated.PREFIXES}SELECT ?v WHERE {{ <{document}> schema:version ?v }}")
            versions[document] = next((str(r["v"]) for r in rows if str(r["v"]).isdigit()), None)
        return versions[document]

    def _issued(self, document: str) -> str | None:
        """The most precise date the graph has ``document`` issued (kept: a build's graph does not change)."""
        if document not in self._dates:
            rows = self.query(dated.issued([document]))
            self._dates[document] = rows[0]["issued"] if rows else None
        return self._dates[document]

    def _post_holders(self, question: str, q: shapes.Question, role: str, *, k: int, filters: dict) -> dict | None:
        """The people holding ``role`` in the group or team the question names (not the body the documents are
        about: its chair is the chairs' timeline's), else in the team behind the document it names or is about."""
        main = self._main_body()
        # a working group or team, or a group no list has, named by its last word ("Lunar Polar Volatiles Task Group")
        groups = [m.iri for m in q.mentions if m.iri != main and (
            m.category == "unit" or m.category not in ("person", "document", "org") and GROUP_NAME_RE.search(m.label))]
        for group in dict.fromkeys(groups):
            plan = dated.post_holders(q, self._names, role, group=group, told_at=self._told_at,
                                      year_of=self._year_of)
            if response := self._from_dated(question, plan, k=k, filters=filters):
                return response
        # the team behind a document: named by a word of its own ("the team behind", "the drafting group"), not "the
        # group" (the body the documents are about), or a document named
        if not (q.of("document") or dated.TEAM_ASKED.search(question)):
            return None
        document = self._document_asked(q, filters)
        if document is None:
            return None
        plan = dated.post_holders(q, self._names, role, document=document, told_at=self._told_at,
                                  year_of=self._year_of)
        return self._from_dated(question, plan, k=k, filters=filters)

    def _people_in_both(self, question: str, q: shapes.Question, sides: tuple[str, str], *, k: int,
                        filters: dict) -> dict | None:
        """The people both documents the question names tell of (two distinct documents, else None)."""
        found = [self._named_document(side, filters) for side in sides]
        if not all(found) or found[0][0] == found[1][0]:
            return None
        plan = dated.people_in_both(found[0][0], found[1][0], self._names, agencies=tuple(m.iri for m in q.of("org")),
                                    told_at=self._told_at)
        return self._from_dated(question, plan, k=k, filters=filters)

    def _document_asked(self, q: shapes.Question, filters: dict, *, named: bool = True) -> str | None:
        """The document a question is about: the one it names (unless not ``named``), else the one its best passage
        is in when that passage or its title holds most of the question's words ("Who wrote Hamlet?" names no
        document here)."""
        documents = [m.iri for m in q.of("document")] if named else []
        # (a year of the work's own name, "GLEX-2021,1,1,5", dates no other document)
        dated_apart = any(all(y not in m.text for m in q.of("document")) for y in q.years)
        if documents and dated_apart and not any(d in self._doc_ids for d in documents) and \
                (found := self._named_document(q.text, filters)):
            # "the IAC 2021 paper on ten years of the Global Exploration Roadmap": a work the question links to and the
            # corpus does not hold is what the document of the year it names is about
            return found[0]
        if documents:
            return documents[0]
        hits = self.engine.search(q.text, k=1, **filters)["results"]
        if not hits:
            return None
        asked = content_words(q.text) - ASKING_WORDS
        # (its type, year and file name too: "the 2008 journal article" is isecg-coordination-journal-2008.pdf)
        ref = hits[0].document
        told = content_words(f"{ref.names} {ref.year or ''} {hits[0].text} " + f"{ref.type or ''} {ref.id}".replace("-", " "))
        return ref.iri if len(asked & told) * 2 >= len(asked) else None

    def _which_first(self, question: str, parts: list[str], *, k: int, filters: dict) -> dict | None:
        """"Which came first: the one doing A, or the one doing B?" (``parts``: A, B): each side's document
        compared by the dates the graph has them issued; two things one document tells, by the dates of the
        sentences telling them."""
        # a side naming a deed by its noun ("the formation of the task team") is not dated by the document telling it
        year = dated.framed_year(question, parts)  # "Which came first in 2010: ...": each side's deed of that year
        return (None if any(compose.deed(p) for p in parts) else self._dated_documents(parts, lambda rows, docs: dated.first_of(
            rows, docs, last=dated.latest_asked(question), sides=parts, year=year), shape="first", k=k,
            filters=filters)) or self._first_told(question, parts, filters=filters, year=year)

    def _first_told(self, question: str, parts: list[str], *, filters: dict, year: str | None = None) -> dict | None:
        """"Which came first: Chang'e 4's landing or the writing workshop at ESTEC?": each side dated by a sentence
        (_told_dates); the earlier date (the later, if asked). None when a side has no such sentence or the dates do not
        tell them apart ("2019" and "2019-02-12")."""
        told = self._told_dates(parts, filters=filters, year=year)
        if told is None:
            return None
        (a, first, hit_a), (b, second, hit_b) = told
        common = min(len(a), len(b))
        if a[:common] == b[:common]:  # one date for both, as far as both are known (or one sentence's one date)
            return None
        last = dated.latest_asked(question)
        (early, one, _), (late, other, _) = sorted(told, reverse=last)
        word = "after" if last else "before"
        # the thing, with its date (and the time by which it came first, if asked)
        short = f"{dated.side_named(one)} ({dated.spoken(early)}){dated.by_how_much(question, early, late, last=last)}"
        if dated.BEFORE_OR_AFTER.match(question):  # "did A before or after B?": A's place against B
            short = dated.before_or_after([first, second], a, b)
            return {"answer": f"{short}.", "short_answer": short, "answers": [], "sentence": None, "sparql": None,
                    "shape": "first", "evidence": [_reranked(hit_a, 1), _reranked(hit_b, 2)],
                    "citation": _citation(hit_a), "message": None}
        return {"answer": f"{short} — {dated.with_date(one, early)} came {word} {dated.with_date(other, late)}.",
                "short_answer": short,
                "answers": [], "sentence": None, "sparql": None, "shape": "first",
                "evidence": [_reranked(hit_a, 1), _reranked(hit_b, 2)], "citation": _citation(hit_a), "message": None}

    def _deed_of_bodies(self, side: str) -> bool:
        """Whether a side tells what bodies did and names no document ("the ISECG chair pass from CSA to ESA")."""
        categories = {m.category for m in self.linker.link(side)}
        return "org" in categories and "document" not in categories

    def _gap_told(self, sides: tuple[str, str], *, filters: dict) -> dict | None:
        """"How long after the second roadmap edition did the chair pass from CSA to ESA?" when neither the graph's
        phases, events nor documents date both sides: each side dated by a sentence (_told_dates), the time between."""
        told = self._told_dates(list(sides), filters=filters)
        if told is None:
            return None
        rows = [{"doc": part, "issued": when, "title": dated.side_named(part)} for when, part, _ in told]
        composed = dated.gap(rows, list(sides))
        if composed is None:
            return None
        hits = [hit for _, _, hit in told]
        return {"answer": composed.text, "short_answer": composed.short, "answers": [], "sentence": None,
                "sparql": None, "shape": "gap", "evidence": [_reranked(h, n) for n, h in enumerate(hits, 1)],
                "citation": _citation(hits[0]), "message": None}

    def _told_dates(self, parts: list[str], *, filters: dict, year: str | None = None) -> list | None:
        """For each side, the first sentence among its best passages' highlighted ones that shares most of its words
        and gives a date (the date of its clause telling most of the side): [(date, side, hit)], or None when a side
        has none."""
        def words(text: str) -> set[str]:
            return set(re.findall(r"[a-z0-9]{4,}", text.lower()))

        told = []
        for part in parts:
            asked = words(part)
            deed = compose.deed(part)
            for hit in self.engine.search(part, k=FIRST_TOLD_HITS, **filters)["results"]:
                sentence = hit.highlight.sentence
                if deed and not compose.has_verb(sentence, deed, 4):
                    continue  # "the formation of the team" is not dated by "Prepared by the team, September 2020"
                # the date of the clause telling most of the side ("...cancelled in Nov. 2020; on 15 February 2021 the
                # partners approved ...": the approval is of February), the first on a tie
                dates = sorted((d for d in find_dates(sentence, default_year=hit.document.year)
                                if not year or d.start.startswith(year)),
                               key=lambda d: -len(asked & words(clause_of(sentence, d.pos))))
                if compose.PLANNED.search(clause_of(sentence, dates[0].pos) if dates else sentence) or \
                        not compose.names_told(compose.lone_names(part), sentence, hit):
                    # a plan ("the next workshop is expected in Berlin in 2014") dates nothing that happened (a plan
                    # told in another clause than the date does not: "...are expected to fly; the selection was
                    # announced on 29 November 2018"); a sentence not told of the side's names ("Berlin") tells of
                    # another workshop
                    continue
                dates = dates or _date_heading(hit)
                # a deed's noun is told by its verb ("the formation of the task team": "the team was formed")
                if dates and asked and (len(asked & words(sentence)) + bool(deed)) * 2 >= len(asked):
                    told.append((dates[0].start, part, hit))
                    break
            else:
                return None
        return told

    def _dated_documents(self, parts: list[str], compose, *, shape: str, k: int, filters: dict) -> dict | None:
        """An answer from the dates two documents were issued: each side's document (the one it names, else
        the one its best passage is in), the graph's dates of both, ``compose(rows, documents)``; the
        evidence is each side's passage and, for each document, the passages stating its date."""
        documents, sides = [], []
        for part in _of_series(list(map(dated.unreleased, parts))):
            found = self._named_document(part, filters)
            if found is None and (work := self._dated_work(part)):
                found = (work, [])  # "Issue 1 of the assessment": a work of the graph no corpus document is
            if found is None:
                return None
            documents.append(found[0])
            sides.append(found[1])
        side_hits = [h for rank in itertools.zip_longest(*sides) for h in rank if h is not None]
        sparql = dated.issued(documents)
        rows = self.query(sparql)
        composed = compose(rows, documents)
        if composed is None:
            return None
        dated_hits = [h for iri, sentence in composed.sources if (h := self._hit(iri, sentence)) is not None]
        for row in rows:  # the passages printing each document's date, day or month and year
            if row["doc"] in self._doc_ids:
                dated_hits += self._printing_date(self._doc_ids[row["doc"]], row["issued"])
        # what the answer rests on first: each document's own passages dating it, one document's after another's
        # (every document used shows in the first evidence), then other documents' statements of those dates; then
        # each side's passages, its best first
        dating = unique_hits(dated_hits)
        own = [[h for h in dating if h.document.iri == d] for d in documents]
        evidence = unique_hits([h for rank in itertools.zip_longest(*own) for h in rank if h is not None]
                               + dating + side_hits)
        first = evidence[0]
        return {"answer": composed.text, "short_answer": composed.short, "answers": composed.answers,
                "sentence": None, "sparql": sparql, "shape": shape,
                "evidence": [_reranked(r, n) for n, r in enumerate(evidence, 1)],
                "citation": _citation(first), "message": None}

    def _dated_phases(self, q: shapes.Question, parts: list[str], compose, *, shape: str, k: int,
                      filters: dict) -> dict | None:
        """"How many years separate the start of Phase 1 from the start of Phase 2?": when every side names a mission
        phase by its number, the start dates the graph has for those phases of the document the question names (else
        of the year it names, else of the latest document dating them all), ``compose(rows, phases)``."""
        positions = [dated.phase_number(part) for part in parts]
        if None in positions or len(set(positions)) != len(positions):
            return None
        documents = [m.iri for m in q.of("document")]
        sparql = dated.phase_starts(documents, None if documents else next(iter(q.years), None), positions)
        found = dated.phase_rows(self.query(sparql), positions)
        composed = compose(*found) if found else None
        if composed is None:
            return None
        hits = unique_hits([h for iri, sentence in composed.sources if (h := self._hit(iri, sentence)) is not None])
        if not hits:
            hits = self.engine.search(q.text, k=k, **filters)["results"][:k]
        return {"answer": composed.text, "short_answer": composed.short, "answers": composed.answers,
                "sentence": None, "sparql": sparql, "shape": shape,
                "evidence": [_reranked(r, n) for n, r in enumerate(hits, 1)],
                "citation": _citation(hits[0]) if hits else None, "message": None}

    def _issue_date(self, question: str, named: str, *, k: int, filters: dict) -> dict | None:
        """"When was Issue 1 of the assessment released?" when no sentence answers: the date the graph has the
        document (or the work the documents name) issued, of the edition or issue named."""
        found = self._named_document(named, filters)
        document = found[0] if found and (not found[1] or _titled(named, found[1][0].document)) else \
            self._dated_work(named)
        if not document:
            return None
        sparql = dated.issued([document])
        rows = self.query(sparql)
        return self._from_dated(question, dated.DatedPlan("issue_date", sparql, lambda rows: dated.issue_date(
            rows, document), []), k=k, filters=filters) if rows else None

    def _named_document(self, text: str, filters: dict) -> tuple[str, list[SearchHit]] | None:
        """The corpus document ``text`` names ("the third edition", "the 2020 supplement"): the one it
        links to by name, else the one its best passage is in (search ranks a document named by year,
        edition or title first); with that passage."""
        named = [m.iri for m in self.linker.link(text) if m.category == "document" and m.iri in self._doc_ids]
        if (asked := _numbered(text)) is not None:  # "the second edition of <a title two editions share>"
            named = [d for d in named if self._version(d) == str(asked)]
        hits = self.engine.search(text, k=NAMED_HITS, **filters)["results"]
        if not named:
            # the best passage of a document of the year, edition, issue and genre named ("the first edition": not
            # the second, which tells what it replaces)
            hits = [h for h in hits if _fits(text, h.document, self._version(h.document.iri),
                                             self._issued(h.document.iri))][:1]
            if not hits:
                return None
        document = named[0] if named else hits[0].document.iri
        return document, [h for h in hits if h.document.iri == document]

    def _document_relation(self, question: str, asked: tuple[str, bool, tuple[str, ...]], *, k: int,
                           filters: dict) -> dict | None:
        """"What does the third edition replace?", "Which document updated the 2011 roadmap?": the documents
        the graph has following one another."""
        found = self._named_document(asked[0], filters)
        if found is None:
            return None
        plan = dated.document_relation(found[0], self._names, later=asked[1], relations=asked[2])
        return self._from_dated(question, plan, k=k, filters=filters)

    def _relation_holds(self, question: str, pair: tuple[str, str], *, k: int, filters: dict) -> dict | None:
        """"Did the 2018 roadmap replace the 2013 edition?": both documents, then whether the graph has the one
        following the other."""
        found = [self._named_document(side, filters) for side in pair]
        if not all(found) or found[0][0] == found[1][0]:
            return None
        plan = dated.relation_holds(found[0][0], found[1][0], self._names, dated.relations_of(question))
        return self._from_dated(question, plan, k=k, filters=filters)

    def _creators_compared(self, question: str, first: str, second: str, filters: dict) -> dated.DatedPlan | None:
        """"How many more agencies are credited with A than released B?": when each side names its own document."""
        found = [self._named_document(part, filters) for part in (first, second)]
        if not all(found) or found[0][0] == found[1][0]:
            return None
        return dated.compare_creators([f[0] for f in found if f], self._names,
                                      agencies=dated.agencies_asked(question))

    def _printing_date(self, doc_id: str, date: str, most: int = 2) -> list[SearchHit]:
        """Passages of a document that print ``date`` ("2011-09" as "September 2011")."""
        if len(date) < 7:
            return []
        month = list(MONTH_NUMBERS)[int(date[5:7]) - 1]
        written = re.compile(rf"\b{month}\s+{date[:4]}\b", re.I)
        found = [p for p in self.engine.build.passages_by_id.values() if p.doc_id == doc_id and written.search(p.text)]
        return [h for p in found[:most] if (h := self._hit(iris.passage(self.settings.base_iri, p.id), None))]

    def _referred(self, candidate) -> str:
        """What a sentence naming its gathering as "the meeting" (or "it") refers back to: the text before it in its
        passage and in the passages before, up to REFERRED_CHARS."""
        if not REFERS_BACK.match(candidate.text):
            return ""
        text = candidate.told_before
        doc_id, _, ordinal = candidate.result.passage_id.rpartition("/")
        at = int(ordinal) if ordinal.isdigit() else 0
        while len(text) < REFERRED_CHARS and at > 0:
            at -= 1
            before = self._hit(iris.passage(self.settings.base_iri, f"{doc_id}/{at}"), None)
            text = f"{before.text}\n{text}" if before else text
        return text[-REFERRED_CHARS:]

    def _following(self, result: SearchHit) -> SearchHit | None:
        """The passage after ``result``'s in its document, if any."""
        doc_id, _, ordinal = result.passage_id.rpartition("/")
        return self._hit(iris.passage(self.settings.base_iri, f"{doc_id}/{int(ordinal) + 1}"), None) \
            if ordinal.isdigit() else None

    def _notes(self, result: SearchHit) -> dict[str, tuple[str, str]]:
        """The notes of ``result``'s document by their number (sentences.notes_of), once looked up."""
        doc_id = result.document.id
        if doc_id not in self._doc_notes:
            self._doc_notes[doc_id] = notes_of([(p.id, p.text) for p in self.engine.build.passages_by_doc.get(doc_id, [])])
        return self._doc_notes[doc_id]

    def _called_note(self, candidate) -> str:
        """The text of the note a candidate's sentence calls at its end, "" when none."""
        if candidate.note:
            return candidate.parts[1]
        call = NOTE_CALL.search(candidate.parts[0] if candidate.parts else candidate.text)
        return self._notes(candidate.result).get(call.group(1).translate(PLAIN_FIGURES), ("", ""))[0] if call else ""

    def _passage_key(self, passage_iri: str) -> tuple[str, str]:
        """(document id, passage ordinal) of a passage's IRI (…/id/doc/<doc>/passage/<n>)."""
        doc_id, _, ordinal = passage_iri.removeprefix(f"{self.settings.base_iri}id/doc/").rpartition("/passage/")
        return doc_id, ordinal

    def _passage_text(self, passage_iri: str) -> str:
        """The text of the passage a fact was read from, under its section's heading (which may name what the
        text calls otherwise: "Senior managers meet at ESOC"); "" when the build has none of that IRI."""
        passage = self.engine.build.passages_by_id.get("/".join(self._passage_key(passage_iri)))
        return "\n".join(filter(None, [passage.section, passage.text])) if passage else ""

    def _year_of(self, passage_iri: str) -> int | None:
        """The year of the document a fact was read from."""
        document = self.engine.build.documents_by_id.get(self._passage_key(passage_iri)[0])
        return document.year if document else None

    def _told_at(self, passage_iri: str, sentence: str) -> tuple[int, int]:
        """Where a fact's sentence stands in its document: its passage's ordinal, then its offset in the passage."""
        doc_id, ordinal = self._passage_key(passage_iri)
        passage = self.engine.build.passages_by_id.get(f"{doc_id}/{ordinal}")
        return (int(ordinal) if ordinal.isdigit() else 0, passage.text.find(sentence) if passage else 0)

    def _hit(self, passage_iri: str, sentence: str | None) -> SearchHit | None:
        """The passage a fact was read from, as an evidence hit with that sentence highlighted."""
        doc_id, ordinal = self._passage_key(passage_iri)
        passage = self.engine.build.passages_by_id.get(f"{doc_id}/{ordinal}")
        document = self.engine.build.documents_by_id.get(doc_id)
        if passage is None or document is None:
            return None
        start = passage.text.find(sentence) if sentence else -1
        span = (start, start + len(sentence)) if start >= 0 and sentence else (0, 0)
        return SearchHit(rank=0, score=1.0, scores=HitScores(fused=1.0, dense=None, lexical=None, dense_rank=None,
                                                             lexical_rank=None),
                         text=passage.text, page=passage.page, pages=passage.pages, section=passage.section,
                         passage=passage_iri, passage_id=passage.id,
                         document=DocumentRef(id=document.id, title=document.title, year=document.year,
                                              type=document.type, iri=iris.document(self.settings.base_iri, doc_id),
                                              label=document.label),
                         highlight=Highlight.of(passage.text, *span), entities=[])

    def _from_found_passages(self, question: str, q: shapes.Question, plan: shapes.Plan, *, k: int,
                             filters: dict) -> dict | None:
        """The graph finds the passages (of a corpus document, naming an entity); the answer is
        the best sentence among them."""
        doc_id = self._doc_ids.get(plan.passages["document"])
        if doc_id is None or not self.query(plan.sparql):
            return None  # not a corpus document, or it never names the entity
        # The graph vouches for these passages: any sentence of them naming the entity answers.
        response = self._from_passages(question, q, k=k, naming=plan.passages["entity"],
                                       filters={**filters, "doc": doc_id, "entity": plan.passages["entity"]})
        return {**response, "sparql": plan.sparql, "shape": plan.shape} if response["answer"] else None

    def _from_passages(self, question: str, q: shapes.Question, *, k: int, filters: dict,
                       naming: str | None = None, about: list[str] | None = None,
                       stating: re.Pattern | None = None) -> dict:
        """The best sentence of the top passages, if it scores MIN_SENTENCE_SCORE; with ``naming``
        (an entity IRI), the best sentence that names that entity, whatever its score; with
        ``about`` (IRIs), the best sentence naming one of them; with ``stating``, one that matches it."""
        results = self.engine.search(question, k=max(k, SENTENCE_PASSAGES), **filters)["results"]
        pool = results[:SENTENCE_PASSAGES]
        absence = ABSENCE_ASKED.search(question) is not None and bool(results)
        if absence:  # the absent are told in the gathering's own record, often under its list of those present
            pool = unique_hits(pool + self.engine.search(question, k=SENTENCE_PASSAGES, **{
                **filters, "doc": results[0].document.id})["results"])
        asked = {m.iri for m in q.mentions}
        ranked = self.ranked(question, pool, q.mentions, notes=True)
        required = {naming} if naming else set(about or [])
        if required:
            # a sentence names it, or the title of its document does in the question's words (the minutes of the
            # "25th ISECG meeting" tell of it)
            surfaces = {question[m.start:m.end].lower() for m in q.mentions if m.iri in required
                        and len(question[m.start:m.end].split()) >= 2} if naming is None else set()
            # ... or says it in the question's words, the group's own name left unsaid ("the senior managers
            # meeting" of "the ISECG senior managers meeting", which the graph may hold under another label)
            main = self._main_body()
            own = re.escape(self._short_name(main).lower()) if main else None
            said = {re.sub(rf"^{own}\s+", "", s) for s in surfaces} if own else surfaces
            ranked = [c for c in ranked if required & {m.iri for m in self.mentions_in(c.text)}
                      or any(w in c.result.document.names.lower() for w in surfaces)
                      or any(re.search(rf"\b{re.escape(w)}\b", c.text, re.I) for w in said if len(w.split()) >= 2)]
        if stating is not None:
            ranked = [c for c in ranked if stating.search(c.text)]
        if asks_past(question):  # what will be, or is planned, does not say what was
            ranked = [c for c in ranked if not FUTURE.search(c.text)]
        if absence:  # told in the record of the gathering asked of, whatever else it says: a sentence of its own
            ranked = [c for c in ranked if c.result.document.id == results[0].document.id]
        if (NEGATED.search(question) or absence) and not YES_NO.match(question.strip()):
            # "Which organisation ... is not a member?": only a sentence saying what is not (or is the exception)
            # "no longer appears": a sentence saying it was dropped, removed or ended says so too
            ranked = [c for c in ranked if (ABSENCE_SAID.search(c.text) if absence else NEGATION.search(c.text)
                                            or EXCEPTION.search(c.text) or NO_LONGER.search(question)
                                            and REMOVED.search(c.text))]
        # A question tied to a time ("in 2008", "at the end of 2019") is answered only by a sentence of
        # that time (its own year, or failing one its document's): one of 2019 does not say who chaired in 2008.
        if when := TIME_ASKED.findall(question) or GATHERING_YEAR.findall(question):
            ranked = [c for c in ranked if _dated(c, when, self._issued(c.result.document.iri), before=self._referred(c))]
        if years := lists.documents_of_year(question):  # "... in the 2023 refresh": a list of that document
            ranked = [c for c in ranked if lists.of_year(c.result, years)]
        if answer_type(question) == "number" and (months := _months_named(question)):
            # "How many agencies attended the plenary of 17-19 November 2020?": the date fixes what is counted; a
            # sentence dated only to other months counts something else (the March 2020 meeting), and no document
            # issued before that month tells the count
            ranked = [c for c in ranked if _of_months(c, months) and not (
                (issued := self._issued(c.result.document.iri)) and len(issued) >= 7 and issued[:7] < min(months))]
        if season := shapes.SEASON.search(question):  # "the spring 2022 meeting": a sentence of those months
            ranked = [c for c in ranked if _of_season(c, season.group(1).lower(), season.group(2))]
        # "..., according to the 2021 annual report": only that document's sentences answer (another's says what
        # that one may not)
        if sources := {m.iri for m in q.of("document") if m.iri in self._doc_ids
                       and ACCORDING_TO.search(question[:m.start])}:
            ranked = [c for c in ranked if c.result.document.iri in sources]
        # A name the graph does not know ("the Peruvian Space Agency") must be in the answer's passage.
        for name in _unknown_names(question, q.mentions):
            ranked = [c for c in ranked if _names(c.result, name)]
        # "How many delegates did KARI send?", "Which agency will chair ISECG after CSA's term?": the body the question
        # makes the subject of its verb, or orders the answer after, is named by the sentence that answers (a total of
        # delegates, another handover tell nothing of it), or before it in its passage, which the sentence refers back
        # to ("The group has identified ..."; when it shares the question's words, and is not read with the sentence
        # naming it, as a pair); not the group the documents are about, named or not
        bound = {m.iri for m in q.of("org", "unit") if m.iri != self._main_body() and BOUND.search(question[:m.start])}
        if bound:
            named = {id(c) for c in ranked if bound <= {m.iri for m in self.mentions_in(c.text)}}
            paired = {part for c in ranked if id(c) in named for part in c.parts}
            ranked = [c for c in ranked if id(c) in named or not {c.text, *c.parts} & paired
                      and c.scores["words"] >= MIN_WORD_SHARE
                      and bound <= {m.iri for m in self.mentions_in(f"{c.told_before} {c.text}")}]
        kind = answer_type(question)
        if (size := lists.asked_size(question)) and (wanted := CATEGORIES.get(kind)):
            # "Which two ... agencies?": a sentence counting two agencies it does not name points to them, not answers
            ranked = [c for c in ranked if not lists.counts_unnamed(c.text, size, [
                m.start for m in self.mentions_in(c.text) if m.category in wanted and m.iri not in asked])]
        if size and (wanted := CATEGORIES.get(kind)):
            # "Two agencies ... Which were they?": a table row naming fewer of them than asked (the host of the meeting
            # they attended) is no answer while a sentence names as many
            named = {id(c): len({m.iri for m in self.mentions_in(c.text) if m.category in wanted and m.iri not in asked})
                     for c in ranked}
            if any(n >= size[0] for n in named.values()):
                ranked = [c for c in ranked if not c.row or named[id(c)] >= size[0]]
        if size:
            # "What three themes ...?": a list its lead counts answers whole; one of another number of items is cut
            # short or ran into a table's cells, and no other sentence answers while such a list does
            ranked = [c for c in ranked if lists.counted_list(c.text, size) is not False]
            ranked = [c for c in ranked if lists.counted_list(c.text, size)] or ranked
        if kind == "person":  # "Who is the president of X?": a sentence naming X (the body all is about goes unsaid)
            bodies = {m.iri for m in q.of("org", "unit")} - {self._main_body()}
            ranked = [c for c in ranked if bodies <= {m.iri for m in self.mentions_in(c.text)}]
        ranked = [c for c in ranked if tells_topic(question, c.stating)]  # "leads work on X": a sentence naming X
        # "Who gave the keynote address at the workshop?": a sentence (or its section) naming the keynote, not the workshop
        told = [c for c in ranked if tells_taken(question, f"{c.result.section or ''} {c.stating}")
                and lists.kind_told(question, c.result)]  # "Which landing sites ...?": a passage naming sites
        untold, ranked = bool(ranked) and not told, told
        # "Which agencies sent experts?": a sentence whose note says they are not named names others (the organiser)
        ranked = [c for c in ranked if not withholds(question, self._called_note(c))]
        # Only a sentence stating the relation asked ("hosted") or about the subject of a yes/no question answers.
        stems = stated(question)
        # (a table row's header names it too; a row under the column asked states it, whatever the verb: names_column)
        saying = [c for c in ranked if states(said_by(c, question), stems) or names_column(c, question)]
        unstated, ranked = bool(ranked) and not saying, saying
        # "Which earlier product does the assessment supersede?": a sentence saying it (in any verb of the family) is
        # preferred to one that only repeats the question's subject; none saying it, the others still answer
        ranked = [c for c in ranked if says_relation(c.stating, verb)] or ranked \
            if (verb := object_relation(question)) else ranked
        best = _answering(ranked, kind, counted(question))
        # No guess: a sentence must score, share the question's words and, when the question asks for a
        # date, a number, a duration, a place or an organisation, hold one (besides those asked about).
        untyped = kind in REQUIRED and best is not None and not best.scores["type"]
        if best is None or (naming is None and (best.score < MIN_SENTENCE_SCORE and not (absence and best.scores["type"])
                                                or untyped or best.scores["words"] < MIN_WORD_SHARE)):
            score = best.score if best else 0.0
            message = (NOT_STATED.format(words=" and ".join("/".join(sorted(g)) for g in stems)) if unstated else
                       NOT_STATED.format(words=" and ".join(sorted({*taken(question), lists.kind_asked(question)} - {None})))
                       if untold else
                       NO_TYPE.format(kind=kind) if untyped and best.score >= MIN_SENTENCE_SCORE else
                       NO_ANSWER.format(score=score, threshold=MIN_SENTENCE_SCORE, share=MIN_WORD_SHARE,
                                        words=best.scores["words"] if best else 0.0))
            # The closest passages are still shown, as passages, not as an answer.
            return {"answer": None, "short_answer": None, "answers": [], "sparql": None, "shape": None,
                    "evidence": results[:k], "message": message, "confidence": round(score, 3)}
        if verb and BACK_REFERENCE.search(best.parts[0] if best.parts else best.text):
            # "This document supersedes that gap list.": the object it points back to is named the sentence before
            best = next((c for c in ranked if c.parts and c.result is best.result
                         and c.parts[1] == (best.parts[0] if best.parts else best.text)), best)
        source = best.result
        evidence = [source] + [r for r in results if r is not source][: k - 1]
        if best.note and (note := self._hit(iris.passage(self.settings.base_iri, best.note), best.parts[1])):
            evidence = unique_hits([source, note] + evidence[1:])[:k]  # the note the sentence calls, which answers
        text = best.text
        if not best.row and (more := lists.announced(question, text, source.text)):
            # "Three missions were ...": and the three (a table row's key, "3 — Extended surface missions", counts
            # none); or the sentences up to the one opening the list of them ("They are not ranked:")
            text = more
        following = self._following(source) if text.endswith(":") else None
        if size and text.endswith(":") and (listed := lists.listed_after(text, source.text, size)):
            text = listed  # "What four themes ...?": "... into four themes:" and the list on the lines after it
        elif text.endswith(":") and (items := items_after(text, source.text)):
            text = f"{text} {'; '.join(items)}"  # the list the sentence opens, on the lines after it
        elif following is not None and (items := leading_items(following.text)):
            # The list this sentence opens was cut into the next passage: the whole list is the answer.
            text = f"{text} {'; '.join(items)}"
            evidence = [source, following] + [r for r in evidence[1:] if r.passage_id != following.passage_id]
        named = [m for m in self.mentions_in(text) if m.iri not in asked]
        answers = [{"label": self.entities[i].label, "iri": i} for i in dict.fromkeys(m.iri for m in named)]
        wanted = CATEGORIES.get(kind)  # the value asked for: an organisation, a place, ...
        if kind == "org" and dated.AGENCIES_ASKED.match(question) and \
                any(m.category == "org" for m in named):
            wanted = {"org"}  # "which agencies ...": a working group or team the sentence credits beside them is none
        values = [(m.start, self._short_name(m.iri)) for m in named if (wanted is None or m.category in wanted)
                  and (m.category != "place" or answers_where(question, m))]
        if kind == "org" and size or lists.asks_organisations(question):
            # a list of bodies: those the graph does not know too ("the Hellenic Space Center"), in text order; as many
            # as the question asks for from the sentence counting them ("Two agencies joined. A ... and B ...")
            values = lists.bodies_listed(text, values, self.mentions_in(text), size)
        if kind == "org":
            values = lists.of_part_asked(question, text, values, [(m.start, m.end) for m in self.mentions_in(text)
                                                                   if m.category in ("org", "unit")])
        short = short_answer(question, text, list(dict.fromkeys(v for _, v in values)), year=source.document.year,
                             before=source.text[:max(0, source.text.find(text[:40]))])
        if kind == "org" and not short and best.row:  # a body the graph does not know, in a table's column of bodies
            short = row_body(text, best.context, question)
        if size and kind in (None, "list") and (items := lists.counted_items(text, size)):
            short = "; ".join(items)  # "What three open questions ...?": the list the sentence's lead counts, whole
        if (offered := _alternatives(question)) and sum(_says(short, alt) for alt in offered) != 1:
            # "Which joined first: A or B?" is answered by one of them, or not at all
            return {"answer": None, "short_answer": None, "answers": [], "sparql": None, "shape": None,
                    "evidence": results[:k], "confidence": round(best.score, 3),
                    "message": NOT_OFFERED.format(options=" or ".join(offered))}
        if stating is not None and (stated_here := stating.search(text)):  # the difference the sentence states
            short = next(g for g in stated_here.groups() if g)
        if kind == "date" and short and re.fullmatch(r"(?:19|20)\d\d", short) and ISSUE_ASKED.search(question):
            # "the 2013 white paper Benefits ...": the sentence gives the year of a corpus document it names; the
            # graph has the day it was issued, printed in that document (shown second in the evidence)
            docs = {m.iri for m in named if m.category == "document" and m.iri in self._doc_ids}
            issued = self._issued(next(iter(docs))) if len(docs) == 1 else None
            if issued and issued.startswith(short) and len(issued) > 4:
                short = dated.spoken(issued)
                printed = self._printing_date(self._doc_ids[next(iter(docs))], issued, most=1)
                evidence = unique_hits(evidence[:1] + printed + evidence[1:])[:max(k, 2)]
        return {"answer": f"{short} — {text}" if short else text, "short_answer": short,
                "sentence": text,
                "answers": answers, "sparql": None, "shape": "passage",
                "evidence": [_reranked(r, n) for n, r in enumerate(evidence, 1)],
                "citation": _citation(source), "confidence": round(best.score, 3), "message": None}

    def _comparison(self, question: str, q: shapes.Question, compared: tuple[str, str], *, k: int,
                    filters: dict) -> dict | None:
        """"How many more X at <date A> than at <date B>?": the count of each side, each from a sentence
        dated as that side is (its own date, or its document's year), and their difference, with the
        evidence of both.  None when either side has no count: the passages answer, or say so."""
        sides = [dates(part) for part in compared]
        if not all(sides):
            return None
        results = self.engine.search(question, k=max(k, COMPARED_PASSAGES), **filters)["results"]
        ranked = self.ranked(question, results[:COMPARED_PASSAGES], q.mentions)
        nouns = counted(question)
        whole = compose.COUNT_VERB.search(question) is None  # "how many more members were there": all, not a part
        picked = []
        for anchors in sides:
            found = next(((c, n) for c in ranked if c not in [p[0] for p in picked]
                          and not (c.parts and FUTURE.search(c.text))  # a pair dated by a plan it tells
                          and _dated(c, anchors) and (n := count_in(c.text, nouns, whole=whole)) is not None), None)
            if found is None:
                return None
            picked.append(found)
        (first, a), (second, b) = picked
        difference = abs(number_value(a) - number_value(b))
        both = [first.result] + ([second.result] if second.result is not first.result else [])
        evidence = (both + [r for r in results if r.passage_id not in {h.passage_id for h in both}])[:max(k, 2)]
        return {"answer": f"{difference} — {a} ({first.text}) against {b} ({second.text})",
                "short_answer": str(difference), "sentence": first.text, "answers": [], "sparql": None,
                "shape": "comparison", "evidence": [_reranked(r, n) for n, r in enumerate(evidence, 1)],
                "citation": _citation(first.result), "confidence": round(min(first.score, second.score), 3),
                "message": None}

    # -- evidence --------------------------------------------------------------------------------

    def _evidence(self, question: str, iris_: list[str], number: str | None, *, k: int,
                  filters: dict) -> list[SearchHit]:
        """Passages backing a graph answer: the question's search results, those that name the
        answer's entities (or print the number a count gives) first."""
        results = self.engine.search(question, k=max(k, EVIDENCE_DEPTH), **filters)["results"]
        wanted = set(iris_)

        def support(result: SearchHit) -> int:
            # The graph's mentions of the passage; the linker's when the build has none.
            there = {e.iri for e in result.entities} or {m.iri for m in self.mentions_in(result.text)}
            named = len(wanted & there)
            # the number in figures or in words ("twenty-nine by 30 June 2024")
            printed = number is not None and any(number_value(n) == int(number) for n in NUMBER.findall(result.text))
            return named + (len(wanted) if printed else 0)

        ordered = sorted(results, key=lambda r: (-support(r), r.rank))
        return [_reranked(r, n) for n, r in enumerate((r for r in ordered if support(r) > 0), 1)][:k]

    def _stating(self, values: list[str], *, k: int) -> list[SearchHit]:
        """The passages of the statements whose object is one of ``values`` (lexical forms: a date, a number, a
        string), each once, with the sentence highlighted."""
        terms = " ".join(_literal_terms(v) for v in values)
        if not terms:
            return []
        rows = self.query(f"{dated.PREFIXES}SELECT DISTINCT ?passage ?sentence WHERE {{ VALUES ?o {{ {terms} }} "
                          f"?st rdf:object ?o ; prov:wasDerivedFrom ?passage . OPTIONAL {{ ?st isecg:sentence ?sentence }} }}")
        hits = unique_hits([h for row in rows if (h := self._hit(row["passage"], row.get("sentence")))])
        return [_reranked(h, n) for n, h in enumerate(hits[:k], 1)]

    # -- helpers ---------------------------------------------------------------------------------

    def query(self, sparql: str) -> list[dict]:
        """Rows of a SELECT over the union of the graphs, as {variable: value string}."""
        return [{k: v for k, v in row.items() if v is not None} for row in self.graph.rows(sparql)]

    def _work_items(self, question: str) -> list[Mention]:
        """The things the graph has bodies working on whose labels ``question`` names best (lists.labels_named), as
        mentions: a table row's label, which a question rewords ("extracting water" for "Extraction of water")."""
        if self._worked_on is None:
            rows = self.query(shapes.PREFIXES + "SELECT DISTINCT ?x ?label WHERE { ?a isecg:worksOn ?x . "
                                                "?x skos:prefLabel ?label }")
            self._worked_on = {row["label"]: row["x"] for row in rows}
        return [Mention(iri=self._worked_on[label], label=label, type="Technology", text=label, start=0, end=0,
                        score=0.0, category="tech") for label in lists.labels_named(question, list(self._worked_on))]

    def _countries(self) -> dict[str, list[str]]:
        rows = self.query(shapes.PREFIXES + "SELECT ?org ?label WHERE { ?org isecg:country ?c . "
                          "?c skos:prefLabel|rdfs:label|skos:altLabel ?label }")
        countries: dict[str, list[str]] = {}
        for row in rows:
            countries.setdefault(row["org"], []).append(row["label"])
        return countries

    def _label(self, iri: str) -> str:
        entity = self.entities.get(iri)
        return entity.label if entity else iri

    def _told_name(self, iri: str, text: str) -> str:
        """The entity's full name as ``text`` gives it: its label, else another full name of it the text uses (a
        former name: "Norwegian Space Centre"), else its label."""
        label = self._label(iri)
        entity = self.entities.get(iri)
        if entity is None or label.lower() in text.lower():
            return label
        return next((a for a in entity.aliases if " " in a and a.lower() in text.lower()), label)

    def _spelled(self, short: str, text: str) -> str:
        """A short value that is an entity's acronym ("ESA"), as its full name, the one ``text`` uses when it names it
        ("European Space Agency"); other values as they are."""
        named = [e for e in self._acronyms.get(short, []) if e.label]
        if len(named) != 1:
            return short
        names = [named[0].label, *named[0].aliases]
        return next((n for n in names if n.lower() in text.lower()), named[0].label)

    def _agency_of(self, iri: str) -> str:
        """The body a unit is part of ("NASA Headquarters": NASA), else the body itself."""
        rows = self.query(f"{dated.PREFIXES}SELECT ?a WHERE {{ <{iri}> org:unitOf ?a }}")
        return rows[0]["a"] if rows else iri

    def _short_name(self, iri: str) -> str:
        """An entity as a short answer names it: its acronym, else its label."""
        entity = self.entities.get(iri)
        return (entity.acronym or entity.label) if entity else iri

    def _display(self, answer: dict) -> str:
        entity = self.entities.get(answer["iri"] or "")
        acronym = entity.acronym if entity else None
        return f"{answer['label']} ({acronym})" if acronym and acronym != answer["label"] else answer["label"]

    def mentions_in(self, text: str) -> list:
        """The entity mentions of ``text``, exact names only (cached per text)."""
        with self._lock:
            if text in self._named:
                return self._named[text]
        found = self.linker.link(text, fuzzy=False)
        with self._lock:
            self._named[text] = found
            while len(self._named) > SENTENCE_CACHE:
                self._named.popitem(last=False)
        return found

    def ranked(self, question: str, results: list[SearchHit], mentions, *, notes: bool = False) -> list[Candidate]:
        """The sentences of ``results`` ranked for ``question`` (whose entity ``mentions`` are given): rank_sentences,
        the first ask_rerank re-ordered by the cross-encoder; with ``notes``, a sentence calling a note read with it."""
        return rank_sentences(question, results, encode=self._encode, mentions_in=self.mentions_in,
                              question_mentions=mentions, notes=self._notes if notes else None,
                              judge=self._judge if self.settings.ask_rerank else None, judged=self.settings.ask_rerank)

    def _judge(self, question: str, texts: list[str]) -> list[float]:
        """The cross-encoder's logits of (question, text): one question ranks its sentences several times over (each
        route its own passages), so each pair is scored once (LRU)."""
        with self._lock:
            missing = [t for t in dict.fromkeys(texts) if (question, t) not in self._judged]
        fresh = rerank.load(self.settings.search_rerank_model).logits(question, missing).tolist() if missing else []
        with self._lock:
            self._judged.update(((question, t), x) for t, x in zip(missing, fresh))
            logits = [self._judged[(question, t)] for t in texts]
            while len(self._judged) > SENTENCE_CACHE:
                self._judged.popitem(last=False)
        return logits

    def _encode(self, texts: list[str]) -> np.ndarray:
        """Unit vectors of ``texts``: the question (first) is encoded, sentences come from the
        build's qa stage or the cache, and are encoded only when neither has them."""
        with self._lock:
            missing = [t for t in dict.fromkeys(texts[1:]) if t not in self._stored and t not in self._vectors]
        # One at a time through the engine (its lock keeps the tokenizer to one thread); only a
        # build without the qa stage, or sentences it lacks, get here with more than the question.
        fresh = [self.engine.encode_query(t) for t in [texts[0], *missing]]
        new = dict(zip(missing, fresh[1:]))
        with self._lock:
            rows = [fresh[0]] + [new[t] if t in new else self._stored[t] if t in self._stored else self._vectors[t]
                                 for t in texts[1:]]
            self._vectors.update(new)
            while len(self._vectors) > SENTENCE_CACHE:
                self._vectors.popitem(last=False)
        return np.vstack(rows).astype(np.float32)


# A statement, then the question asking of what it names: "LSA's application was under review in 2018. When was it
# accepted?", "The workshop recommended forming a science group; when was that group set up?"
TOLD_THEN_ASKED = re.compile(r"^(?P<told>[^?]+?)[.;!]\s+(?P<asked>(?:(?:in|on|at|by|for|since|until)\s+)?"
                             r"(?:when|who|whom|which|what|where|how|why)\b[^?]*\??)\s*$", re.I)
# The subject of a statement: the words before its first verb ("The Luxembourg Space Agency's application | was ...").
TOLD_SUBJECT = re.compile(r"^(?P<subject>(?:[\w'’&-]+\s+){0,8}?[\w'’&-]+)\s+(?:was|were|is|are|has|had|have|will|would|"
                          r"did|does|[a-z]{3,}ed)\b")
ARTICLE = r"(?:a|an|the|its|their|this|that)"
# A statement of what was planned for a time: "The 2016 report planned the third edition for late 2017", "ESA had
# scheduled the workshop for March 2020": the thing planned.
PLANNED_OBJECT = re.compile(r"\b(?:planned|scheduled|expected|foresaw|anticipated|targeted|slated)\s+"
                            rf"(?P<thing>(?:{ARTICLE})\s+(?:[\w'’-]+\s+){{0,5}}?[\w'’-]+)\s+(?:for|in|by|around)\s+"
                            r"(?:(?:early|mid|late|the\s+end\s+of|the\s+start\s+of)[\s-]+)?(?:\w+\s+)?(?:19|20)\d\d\b", re.I)
# What the question points back to: "that working group", "this application", "it".
POINTED = re.compile(r"\b(?:that|this|the\s+same)\s+(?P<noun>(?:[\w-]+\s+){0,2}[\w-]+)\b|\b(?P<it>it)\b", re.I)


def told_again(question: str) -> str | None:
    """The question of a statement and a question asked again of what the statement names: "that working group" is
    the statement's phrase ending in that noun ("a science working group"), "it" its subject.  None when the question
    points back to nothing the statement names."""
    m = TOLD_THEN_ASKED.match(question.strip())
    if m is None or (pointed := POINTED.search(m.group("asked"))) is None:
        return None
    told, asked = m.group("told"), m.group("asked")
    phrase, end = None, pointed.end()
    if pointed.group("noun"):
        words = pointed.group("noun").split()
        for n in range(len(words), 0, -1):  # the longest run of the words after "that" the statement ends a phrase with
            # (the words between its article and the noun: "a science working group")
            named = list(re.finditer(rf"\b(?:{ARTICLE}\s+)?(?P<phrase>(?:(?!{ARTICLE}\b)[\w'’-]+\s+){{0,3}}?"
                                     rf"{re.escape(' '.join(words[:n]))})\b", told, re.I))
            if named:
                phrase = "the " + named[-1].group("phrase")
                end = pointed.start("noun") + len(" ".join(words[:n]))
                break
    elif planned := PLANNED_OBJECT.search(told):  # "it" is what was planned, not who planned it
        phrase = planned.group("thing")
    elif subject := TOLD_SUBJECT.match(told):
        phrase = re.sub(r"^(?:The|A|An)\b", lambda a: a.group().lower(), subject.group("subject"))
    if not phrase:
        return None
    asked = f"{asked[:pointed.start()]}{phrase}{asked[end:]}"
    return asked[0].upper() + asked[1:]


def _answering(ranked: list, kind: str | None, nouns: set[str] = frozenset()):
    """The sentence that answers: the best of ``ranked``; for a question counting something named (``nouns``), the
    best that counts it, since a sentence without such a count answers nothing however much of the question it
    repeats ("Suggested citation: ISECG (2018), Lunar Polar Volatiles ..." for "From how many agencies did its authors
    come?").  (Any date or duration is too weak a sign to pass over a better sentence for.)  None when nothing is
    ranked."""
    typed = [c for c in ranked if c.scores["type"]] if kind == "number" and nouns else []
    # "takes effect when signed by at least three agencies" sets a bound; "it was signed by six" tells the count
    typed = [c for c in typed if count_in(c.text, nouns) not in {m.group("n") for m in BOUND_COUNT.finditer(c.text)}] \
        or typed
    return typed[0] if typed else ranked[0] if ranked else None


DATE_HEADING_WORDS = 8  # a sentence this short that gives a date heads what follows ("- Tuesday 12 February 2019.")


def _date_heading(hit: SearchHit) -> list:
    """The dates of the short sentence right before a hit's highlighted one when that sentence is little more than a
    date: a list item or entry headed by its date ("- Tuesday 12 to Thursday 14 February 2019. The drafting starts
    at a writing workshop ...")."""
    before = hit.text[:hit.highlight.start]
    spans = sentence_spans(before)
    if not spans or "\n\n" in before[spans[-1][1]:]:
        return []
    last = before[spans[-1][0]:spans[-1][1]]
    if len(last.split()) > DATE_HEADING_WORDS:
        return []
    dates = find_dates(last, default_year=hit.document.year)
    if len(spans) > 1 and all(len(d.start) == 4 for d in dates) and "\n\n" not in before[spans[-2][1]:spans[-1][0]] and \
            len((two := before[spans[-2][0]:spans[-1][1]]).split()) <= DATE_HEADING_WORDS:
        # a year alone may end a date a layout broke over two lines ("9–11 February" / "2010")
        dates = find_dates(two, default_year=hit.document.year) or dates
    return dates


def _unknown_names(question: str, mentions) -> list[list[str]]:
    """The words of each name in ``question`` no mention covers: runs of two or more capitalised words
    after the first word of the question ("Peruvian Space Agency"), or an acronym ("the SLIM lander")."""
    spans = [(m.start, m.end) for m in mentions]
    return [m.group().lower().split() for m in NAME_RUN.finditer(question)
            if m.start() > 0 and not any(s < m.end() and m.start() < e for s, e in spans)
            and not re.fullmatch(OTHER_GENRE_WORDS, m.group(), re.I)]  # "the 2016 FAQ" names a document's kind


def _names(result: SearchHit, name: list[str]) -> bool:
    """Whether a passage holds all the words of a name, or the title of its document does (a cover page lists who
    wrote "the 2012 Mission Scenarios Overview" without naming it)."""
    return all(w in result.text.lower() for w in name) or all(w in result.document.names.lower() for w in name)


# "the third edition", "the second GER edition", "the third roadmap edition"
EDITION = re.compile(rf"\b({'|'.join(dated.ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))\s+(?:(?!of\b|and\b|or\b)[\w-]+\s+){{0,2}}?"
                     r"edition\b", re.I)


def _edition(text: str) -> int | None:
    """The number of the edition ``text`` names ("the third edition", "2nd edition")."""
    m = EDITION.search(text)
    return None if m is None else dated.ORDINALS.get(m.group(1).lower()) or int(re.sub(r"\D", "", m.group(1)))


NAMED_HITS = 5  # passages searched for the document a side names

# Words of a side that name a document's kind, rank or release rather than which document it is
DOCUMENT_WORDS = content_words("edition issue version release released publication published document report paper "
                               "the of " + " ".join(dated.ORDINALS))


def _same_year(told: str | None, issued: str | None) -> bool:
    """Whether a short answer dates the year of the issue date found."""
    years = lambda text: set(re.findall(r"\b(?:19|20)\d\d\b", text or ""))  # noqa: E731
    return bool(years(told) & years(issued))


def _titled(side: str, document: DocumentRef) -> bool:
    """Whether a side names ``document`` by its title: at least half of the side's own words are in the title or type
    ("the Lunar Science Opportunities white paper"; not "the Ottawa plenary meeting" of an annual report telling of
    it)."""
    words = content_words(side) - DOCUMENT_WORDS - content_words(str(document.year or ""))
    told = content_words(f"{document.names} {document.type or ''}")
    return not words or len(words & told) * 2 >= len(words)


def _title_words(side: str, title: str) -> set[str]:
    """The words of ``side`` in ``title``, a code's head naming the code ("the IAC-15 paper": "IAC-15-A3.1.5")."""
    told = content_words(title)
    return {w for w in content_words(side) if w in told or any(t.startswith(f"{w}-") for t in told)}


# A side naming an edition by its rank alone ("the second edition"), and one naming it of its series ("the first
# edition of the technology gap assessment")
RANK_ONLY = re.compile(rf"^\s*(?:the\s+)?(?:{'|'.join(dated.ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))\s+"
                       r"(?:edition|issue|version|revision)\s*$", re.I)
RANK_OF = re.compile(r"\b(?:edition|issue|version|revision)\s+(?P<series>of\s+.+?)\s*$", re.I)


def _of_series(sides: list[str]) -> list[str]:
    """The sides of a question, one naming an edition by its rank alone taken to be of the series the other names:
    "How long after the first edition of the assessment did the second edition appear?"."""
    series = [m.group("series") for side in sides if (m := RANK_OF.search(side))]
    if len(set(series)) != 1:
        return sides
    return [f"{side} {series[0]}" if RANK_ONLY.match(side) else side for side in sides]


def _fits(text: str, document: DocumentRef, version: str | None = None, issued: str | None = None) -> bool:
    """Whether ``document`` can be the one ``text`` describes: of the year it names (its own or its title's),
    of the month it names with that year when the graph has it issued to the month and the side tells of no event
    ("the August 2022 supplement": not a document of November 2022),
    of the genre it names ("the August 2022 supplement": its type or title says so, not a newsletter of 2022;
    a document of no stated type may be of any)
    and of the edition or issue it names ("the third edition", "Issue 2": its title says so, or ``version``, the
    graph's)."""
    title = document.names
    years = re.findall(r"\b(?:19|20)\d\d\b", text)
    if years and str(document.year) not in years and not any(y in title for y in years):
        return False
    # (not a month that dates an event the side tells of: "the record of the March 2018 meeting" may be of April)
    named = None if re.search(dated.EVENT_TOLD, text, re.I) else dated.side_date(text)
    if named and len(named) == 7 and issued and len(str(issued)) >= 7 and str(issued)[:4] == named[:4] and \
            str(issued)[:7] != named and named not in title and dated.spoken(named).lower() not in title.lower():
        return False
    genre = next(((slug, pattern) for slug, pattern in GENRES if re.search(pattern, text, re.I)), None)
    # (a genre named in general is any type its word names: "the IAC-15 paper" may be a conference paper)
    if genre and document.type and document.type.replace(" ", "-") != genre[0] and \
            not re.search(genre[1], f"{document.type} {title}", re.I):
        return False
    asked = _numbered(text)
    return asked is None or _numbered(title) == asked or version is not None and str(version) == str(asked)


# "Issue 2", "Version 1.0", "Rev. 3": the number a document of a series is issued under
NUMBERED = re.compile(r"\b(?:issue|version|rev(?:ision|\.)?)\s*(\d{1,2})(?:\.0)?\b(?![.,]?\d)", re.I)


# "the first ISECG Technology Gap Assessment": a rank before a title names the edition of that rank (not a later
# update of the series, which the title alone would fit)
RANKED_TITLE = re.compile(rf"^\s*(?:the\s+)?({'|'.join(dated.ORDINALS)})\s+(?-i:[A-Z][\w-]*\s+[A-Z])", re.I)


def _numbered(text: str) -> int | None:
    """The number of the edition or issue ``text`` names ("the third edition", "Issue 2", "Version 1.0", "the first
    Technology Gap Assessment")."""
    if (n := _edition(text)) is not None:
        return n
    if m := RANKED_TITLE.match(text):
        return dated.ORDINALS[m.group(1).lower()]
    m = NUMBERED.search(text)
    return int(m.group(1)) if m else None


# "Which joined first: the Israel Space Agency or the New Zealand Space Agency?": the two things offered.
OFFERED = re.compile(r"[:,]\s*(?P<a>[^:,?]+?),?\s+or\s+(?P<b>[^:,?]+?)\s*\?\s*$")


CHOICE = re.compile(r"^\s*(?:which|who)\b.*\b(?:first|earlier|sooner|last|later|before|after|of the two|either|more|fewer|"
                    r"larger|smaller|older|newer|longer|shorter)\b", re.I)


def _alternatives(question: str) -> list[str]:
    """The two things a choice question offers ("Which joined first: A or B?"), else none."""
    m = OFFERED.search(question) if CHOICE.search(question) else None
    return [re.sub(r"^(?:the|a|an)\s+", "", m.group(g).strip(), flags=re.I) for g in "ab"] if m else []


def _says(short: str | None, option: str) -> bool:
    """Whether a short answer is the option (or its acronym, or the option a name within it): one thing, not a list."""
    if not short or re.search(r",|\band\b", short):
        return False
    a, b = short.lower(), option.lower()
    return a in b or b in a


def _of_season(candidate, season: str, year: str) -> bool:
    """Whether a sentence is of that season of that year: it names the season or one of its months, and the year
    (its own, else its document's)."""
    months = "|".join(list(MONTH_NUMBERS)[int(n) - 1] for n in shapes.SEASON_MONTHS[season])
    # a month as dates write it ("13 May 2022", "May 2022"), not the verb "may"
    named = re.search(rf"\b{season}\b|\d\s+(?:{months})\b|\b(?:{months})\s+\d", candidate.text, re.I)
    years = re.findall(r"\b(?:19|20)\d\d\b", candidate.text) or [str(candidate.result.document.year)]
    return named is not None and year in years


def _month_name(word: str) -> str:
    """The full name of a month a word names ("Sept" -> "september")."""
    return next(name for name in MONTH_NUMBERS if name.startswith(word.lower()[:3]))


def _months_named(text: str) -> set[str]:
    """The months ``text`` dates ("17 to 19 November 2020", "June 2022") as ISO prefixes ("2020-11")."""
    return {d.start[:7] for d in find_dates(text) if len(d.start) >= 7}


def _months_told(candidate) -> set[str]:
    """The months ("2019-05") a sentence dates, however written ("2–3 Mar." of a table of its document's year,
    "2019-05-13")."""
    return {d.start[:7] for d in find_dates(candidate.text, default_year=candidate.result.document.year)
            if len(d.start) >= 7}


def _of_months(candidate, months: set[str]) -> bool:
    """Whether a sentence may be of one of ``months``: it dates nothing to the month, or dates one of them."""
    told = _months_told(candidate)
    return not told or bool(told & months)


def _dated(candidate, anchors: list[str], issued: str | None = None, *, before: str = "") -> bool:
    """Whether a sentence is of the time of one of ``anchors`` ("September 2020"): the anchor's month
    in the sentence (or, when it dates nothing to a month, in ``issued``, its document's date: the record of a
    meeting; or the anchor's month and year in ``before``, what the sentence refers back to), and its year there or
    its document's."""
    own_months = {month[5:] for month in _months_told(candidate)}  # (of any year: the year is checked apart)
    told = TOLD_MONTH.findall(before) if not own_months else []
    for anchor in anchors:
        month = re.search(rf"\b(?:{MONTHS})\b", anchor, re.I)
        year = re.search(r"\b(?:19|20)\d\d\b", anchor)
        if told and month and year and told[-1][0].lower()[:3] == month.group().lower()[:3] and told[-1][1] == year.group():
            return True  # the time told last before it is the anchor's
        number = f"{MONTH_NUMBERS[_month_name(month.group())]:02d}" if month else None
        in_month = month is None or re.search(rf"\b{month.group()}", candidate.text, re.I) or number in own_months or (
            not own_months and issued is not None and year is not None and len(issued) >= 7
            and issued[:7] == f"{year.group()}-{number}")
        # The sentence's own year (a list's lead's, or its items'), or failing one, its document's.
        in_year = year is None or year.group() in told_years(candidate.text, {str(candidate.result.document.year)})
        if in_month and in_year:
            return True
    return False


def _tells(sentence: str, deed: str) -> bool:
    """Whether ``sentence`` says each content word of ``deed`` in some form ("runs": "is run by", "provides":
    "provided"): a stem of the sentence starting the word's, or the word's starting it; some word there must be."""
    said = content_words(sentence)
    asked = content_words(deed)
    return bool(asked) and all(any(s.startswith(w) or w.startswith(s) for s in said if len(s) >= 3) for w in asked)


def _reranked(result: SearchHit, rank: int) -> SearchHit:
    return replace(result, rank=rank)


def _citation(hit: SearchHit) -> dict:
    """Where an answer's sentence is: its passage, document, year and page."""
    return {"passage": hit.passage, "document": hit.document.title, "year": hit.document.year, "page": hit.page}


def _count_split(first: str, one: dict, what: str) -> tuple[dict, dict] | None:
    """The first count with its noun and the part of it the sentence counts next ("Twenty-six gaps were identified;
    eight were judged critical": "26 gaps", "8 critical"): a number after the first's, with the last word of what the
    part is said to be in the few words after it."""
    sentence, total = one["sentence"], one["short_answer"]
    noun = re.search(r"\bhow\s+many\s+(?:[\w-]+\s+){0,2}?([\w-]+s)\b", first, re.I)
    last = stem(what.split()[-1])
    seen = False
    for m in NUMBER.finditer(sentence):
        if not seen:
            seen = str(number_value(m.group())) == total
            continue
        if last in {stem(w) for w in re.findall(r"[\w-]+", sentence[m.end():])[:4]}:
            part = f"{number_value(m.group())} {what.strip()}"
            return {**one, "short_answer": f"{total} {noun.group(1)}" if noun else total}, {**one, "short_answer": part}
    return None


def _literal_terms(value: str) -> str:
    """The RDF literals a value's lexical form may be stored as, in SPARQL: a date at its precision, an integer, a
    string."""
    typed = [("xsd:date", r"\d{4}-\d\d-\d\d"), ("xsd:gYearMonth", r"\d{4}-\d\d"), ("xsd:gYear", r"\d{4}"),
             ("xsd:integer", r"\d+")]
    quoted = json.dumps(value, ensure_ascii=False)  # (JSON's string escapes are SPARQL's)
    return " ".join([f"{quoted}^^{t}" for t, form in typed if re.fullmatch(form, value)] + [quoted])


def _table_response(short: str, answer: str, rows: str, passages: list[SearchHit], results: list[SearchHit],
                    k: int) -> dict:
    """An answer read from a table's rows (qa/tables), the table's passages its first evidence."""
    evidence = _first_then(passages, results, k)
    return {"answer": answer, "short_answer": short, "sentence": rows, "answers": [], "sparql": None, "shape": "table",
            "evidence": [_reranked(r, n) for n, r in enumerate(evidence, 1)], "citation": _citation(passages[0]),
            "confidence": None, "message": None}


def _first_then(first: list[SearchHit], results: list[SearchHit], k: int) -> list[SearchHit]:
    """Evidence: the passages an answer rests on, each once (several of its facts read from one passage show it
    once, not in the places of the others), then the search results not among them (k in all, or more when the
    answer rests on more)."""
    first = unique_hits(first)
    shown = {h.passage_id for h in first}
    return (first + [r for r in results if r.passage_id not in shown])[:max(k, len(first))]


_last: list = []  # the most recent (engine, graph, entities, Answerer): callers pass the same per build
_last_lock = threading.Lock()


def answer(question: str, *, engine, graph, entities: list[EntityRecord]) -> dict:
    """The /api/ask response (see Answerer.answer).  The Answerer (entity linker, sentence
    vectors) is kept while the same engine, graph and entities are passed."""
    with _last_lock:
        if not _last or any(a is not b for a, b in zip(_last[:3], (engine, graph, entities))):
            _last[:] = [engine, graph, entities, Answerer(engine=engine, graph=graph, entities=entities)]
        answerer = _last[3]
    return answerer.answer(question)
