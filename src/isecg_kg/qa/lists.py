"""Lists read whole from the layout of a passage, for the questions asking for a list of organisations.

- A row: a line (a table row as pypdf renders it, a Markdown row, a line of a cell-per-line table) that opens
  with a label the question names ("Dust mitigation NASA, JAXA, CNES", "| Surface power | NASA, CNES |") and goes
  on with organisations only; the organisations may run on over the next lines when the label stands alone on its
  line or a line ends in a comma ("Dust mitigation" / "NASA, ESA, ASA," / "UKSA").  Which label answers is told
  by the words of the question beyond those that only ask for organisations and their work (the technology, the
  topic), and which document by the year the question names.
- An announced list: a sentence that gives how many of the things asked there are ("Three Mars missions were
  launched in July 2020 ...", "The scenario proceeds through four destinations in turn.") and names fewer of them
  than it counts goes on in the sentences that follow it in its paragraph, up to that many.
- A list of people: the people a lead names the group of lists after it ("Prepared by the Task Team:" / "Ana Ruiz,
  European Space Agency (ESA)" / ...), for the organisations asked through them (authors, co-chairs, a team's members).
- A led list: the bulleted or numbered items a line ending in a colon and naming the things asked introduces.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..records import SearchHit
from ..search.cues import DOCUMENT_NOUNS, SOURCE
from ..text import sentence_spans, without_marks
from .sentences import (MONTHS, NUMBER, ORG_NAME, PERSON_NAME, STOPWORDS, THEY_ASKED, content_tokens, content_words,
                        number_value, semicolon_items, SENTENCE_END, stem)

# "Which agencies ...", "List the organisations that ...", "Name the bodies ...": a question for organisations.
ORGS_ASKED = re.compile(r"^\s*(?:(?:according to|in|per)\b[^,]{0,80},\s*)?(?:which|what|list|name)\b(?:\s+the)?(?:\s+[\w-]+)?\s+"
                        r"(?:agencies|organi[sz]ations|bodies|partners|institutions)\b", re.I)
# "Which Mars missions ...", "Through which destinations ...", "List the agencies ...": a question for several things.
SEVERAL = re.compile(r"^\s*(?:[^,?]{0,80},\s*)?(?:(?:through|from|to|in|on|at|of|for|by|with|into)\s+)?"
                     r"(?:which|what|list|name)\b(?:\s+the)?(?:\s+[\w-]+){0,3}?\s+[\w-]{3,}s\b", re.I)
# Words that ask for organisations and their work, not for the row: a label must share another with the question.
SHAPE_WORDS = frozenset(stem(w) for w in (
    "agency agencies organisation organisations organization organizations body bodies partner partners institution "
    "institutions member members membership isecg group work works working worked active activity activities "
    "report reports reported have has had list lists listed name named according year technology technologies "
    "area areas domain domains assessment refresh table ongoing current provide provided provides supply supplied "
    "contribute contributed contributes give gave").split()) | {stem(w) for w in DOCUMENT_NOUNS - {"workshop"}}
# The nouns a list of organisations is counted in ("three organisations", "two new members").
BODY_NOUNS = frozenset(stem(w) for w in "agencies organisations organizations bodies partners institutions members".split())
# What separates the items of a list on a line: commas, semicolons, "and", bars, dashes, brackets.
SEPARATORS = re.compile(r"^[\s,;/&|()·•*–—-]*(?:\band\b[\s,;/&|()·•*–—-]*)*$", re.I)
# A short name in capitals the graph may not know ("UKSA", "NOSA"): an item of a line of organisations.
ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,7}\b(?![-‐]\d)")  # not a row's key ("TG-03")
# A row's key before its label ("TG-03 Lunar dust mitigation", "4.2 Surface power"): no word of the label.
ROW_KEY = re.compile(r"^\s*(?:[A-Z]{1,4}[-‐]?\d+|\d+(?:\.\d+)*\.?)\s+")
# Where the head of a label ends: "Lunar dust mitigation | for suits, seals and optics".
HEAD_END = re.compile(r"[,(;]|\s(?:for|of|in|on|at|during|to|from|with|by|and)\s")
BRACKETED = re.compile(r"\s*\([A-Z][A-Za-z0-9-]{1,9}\)")
LABEL_WORDS = 10  # a row's label is short
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass
class Row:
    label: str
    items: list[str]
    text: str
    result: SearchHit
    score: float


def asks_organisations(question: str) -> bool:
    return ORGS_ASKED.search(question) is not None


def _spans(line: str, mentions: list) -> list[tuple[int, int]]:
    """Where ``line`` names organisations (those the graph knows and short names in capitals), in order."""
    # "Luxembourg Space Agency (LSA)", "regolith (ISRU)": an acronym in brackets is the name's before it
    bracketed = [(m.start(), m.end()) for m in BRACKETED.finditer(line)]
    plain = BRACKETED.sub(lambda m: " " * len(m.group()), line)
    others = [(m.start, m.end) for m in mentions if m.category not in ("org", "unit")]
    spans = [(m.start, m.end) for m in mentions if m.category in ("org", "unit")
             and not any(a <= m.start < b for a, b in bracketed)]
    spans += [(m.start(), m.end()) for m in ACRONYM.finditer(plain)
              if not any(a <= m.start() < b for a, b in spans + others)]
    kept: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if not kept or a >= kept[-1][1]:
            kept.append((a, b))
    return kept


def _leading(line: str, mentions: list) -> list[str]:
    """The organisations a line opens with before a cell of another kind ("NASA, KARI Open; test methods agreed"):
    a row's organisations run into its next cell."""
    return [line[a:b] for a, b in _leading_spans(line, mentions)]


def _leading_spans(line: str, mentions: list) -> list[tuple[int, int]]:
    plain = BRACKETED.sub(lambda m: " " * len(m.group()), line)
    spans: list[tuple[int, int]] = []
    for a, b in _spans(line, mentions):
        if spans and not SEPARATORS.match(plain[spans[-1][1]:a]) or not spans and line[:a].strip(" |:–—-\t•·*"):
            break
        spans.append((a, b))
    return spans


def _segments(line: str, mentions: list) -> list[tuple[int, int, list[str]]] | None:
    """A line read as rows: (where its label starts, where its first item starts, its items), a label being the
    words before a run of organisations ("Dust mitigation NASA, JAXA, CNES"; pypdf may run several rows into one
    line, "Radiation protection NASA ESA Cryogenic fluid management NASA JAXA CNES"); the first label is empty on a
    line that goes on with the items of the line before.  None when the line is not rows (a sentence, a note)."""
    plain = BRACKETED.sub(lambda m: " " * len(m.group()), line)
    kept = _spans(line, mentions)
    rows: list[tuple[int, int, list[str]]] = []
    at = 0
    for a, b in kept:
        between = plain[at:a]
        if rows and SEPARATORS.match(between):
            rows[-1][2].append(line[a:b])
        elif not rows and not between.strip(" |:–—-\t•·*"):
            rows.append((at, a, [line[a:b]]))  # the items of the line before, going on
        elif _label_like(between):
            rows.append((at, a, [line[a:b]]))
        else:
            return None
        at = b
    if not SEPARATORS.match(plain[at:]):
        if not _label_like(plain[at:]):
            return None
        rows.append((at, len(line), []))  # a label whose items are on the next lines
    return rows


def _label_like(text: str) -> bool:
    """Words that may label a row: a few, with no sentence ending among them."""
    words = ROW_KEY.sub("", text).split()
    return 0 < len(words) <= LABEL_WORDS and re.search(r"[.!?](?:\s|$)", text) is None


def _label_score(label: str, asked: set[str], asked_words: set[str], mentions) -> float:
    """How well a row's label is what the question names (``asked``: its tokens, ``asked_words``: the same word by
    word): the share of its words the question has, when the two share a word beyond those asking for organisations;
    0 otherwise. A label naming a technology the question does not link to ("Closed-loop environmental control and
    life support systems", where the question's words link to life support) is read word by word, as the question."""
    # "Surface power: regenerative fuel cells for the lunar night": the thing named after the area it comes under,
    # read word by word
    named = _label_share(label.split(": ", 1)[1], asked_words, []) if ": " in label else 0.0
    if any(f"@{m.iri}" not in asked for m in mentions):
        return max(_label_share(label, asked, mentions), _label_share(label, asked_words, []), named)
    return max(_label_share(label, asked, mentions), named)


def _label_share(label: str, asked: set[str], mentions) -> float:
    words = set(content_tokens(label, mentions))
    shared = words & asked
    if not words or not shared - SHAPE_WORDS or len(words) > LABEL_WORDS:
        return 0.0
    share = len(shared) / len(words)
    # "Oxygen and water extraction from regolith (ISRU)": one word more than the question says is still the row
    if share >= 0.75 or len(words) - len(shared) <= 1 and len(shared) >= 3:
        return share
    # "TG-03 Lunar dust mitigation for suits, seals and optics": a head the question names, qualified after it
    key = ROW_KEY.match(label)
    start = key.end() if key else 0
    end = start + (m.start() if (m := HEAD_END.search(label[start:])) else len(label) - start)
    head = set(content_tokens(label[:end], [m for m in mentions if m.end <= end])) - set(content_tokens(label[:start]))
    return share if head and head <= asked and head - SHAPE_WORDS else 0.0


def labels_named(question: str, labels: list[str]) -> list[str]:
    """Of ``labels`` (the things a graph has bodies working on), those ``question`` names best, word by word as a
    row's label (_label_score), a code in brackets ("(TG-04)") being no word of it; none when it names none."""
    asked = set(content_tokens(question))
    scores = {label: _label_score(BRACKETED.sub("", label), asked, asked, []) for label in labels}
    best = max(scores.values(), default=0.0)
    return [label for label, score in scores.items() if score and score == best]


def rows(question: str, question_mentions, results: list[SearchHit], mentions_in) -> list[Row]:
    """The rows of ``results`` (best first by the search) whose label the question names, each with its items."""
    asked = set(content_tokens(question, question_mentions))
    asked_words = set(content_tokens(question))
    found: list[Row] = []
    for rank, result in enumerate(results, 1):
        lines = result.text.split("\n")
        if result.section and not result.text.lstrip().startswith(result.section.strip()):
            # the passage's heading labels the list it opens with ("## Participating agencies" / "- ASI" / "- CNES")
            lines = [result.section.strip()] + lines
        for i, line in enumerate(lines):
            segments = _segments(line, mentions_in(line))
            for n, (start, first, items) in enumerate(segments or []):
                label = line[start:first].strip(" |:–—-\t•·*")
                if not label:
                    continue
                score = _label_score(label, asked, asked_words, [m for m in mentions_in(label) if m.category == "tech"])
                if not score:
                    continue
                if not set(content_tokens(label)) - set(YEAR.findall(label)) and not _headed(lines[:i], asked,
                                                                                              mentions_in):
                    continue  # "2019 POLSA, SSO, ROSA": a year names the row of a table whose header says what it lists
                items, text = list(items), [line[start:].strip() if n + 1 == len(segments) else
                                            line[start:segments[n + 1][0]].strip()]
                alone = n + 1 == len(segments) and not items  # a caption or a cell alone: its items are below
                ends_open = alone or n + 1 == len(segments) and line.rstrip().endswith((",", ";", " and"))
                for following in lines[i + 1:]:
                    if not ends_open or not following.strip():
                        break
                    more = _segments(following, mentions_in(following))
                    if not more and alone and not items and (lead := _leading(following, mentions_in(following))):
                        items, text = lead, text + [following.strip()]  # the row's cells run on after them
                    if not more or following[more[0][0]:more[0][1]].strip(" |:–—-\t•·*"):
                        break  # a line with a label of its own is the next row
                    items += more[0][2]
                    text.append(following.strip() if len(more) == 1 else following[:more[1][0]].strip())
                    ends_open = len(more) == 1 and (alone or following.rstrip().endswith((",", ";", " and")))
                if len(items) >= 2 and _in_context(question, label, result):
                    found.append(Row(label, list(dict.fromkeys(items)), " ".join(text), result, score + 1.0 / rank))
    return found


def _in_context(question: str, label: str, result: SearchHit) -> bool:
    """Whether what the question asks of besides the row's label is where the row is (its passage, section and
    document title): half the names it gives ("the Adelaide plenary") and half its other words ("the lunar resources
    workshop" is not a list of the participants of a mobility study)."""
    context = set(content_tokens(f"{result.document.names} {result.section or ''} {result.text}"))
    rest = set(content_tokens(question)) - set(content_tokens(label)) - SHAPE_WORDS - set(YEAR.findall(question))
    names = {stem(w) for w in re.findall(r"(?<!^)(?<![.?!]\s)\b[A-Z][a-zà-ÿ]{2,}\b", question.strip())} & rest
    return 2 * len(names & context) >= len(names) and 2 * len(rest & context) >= len(rest)


def _headed(before: list[str], asked: set[str], mentions_in) -> bool:
    """Whether the lines above a row, up to a blank line (its table's header and caption), say what the question
    asks beyond organisations and years ("Year Agencies joining" for "Which agencies joined ISECG in 2019?")."""
    for line in reversed(before[-8:]):
        if not line.strip():
            return False
        segments = _segments(line, mentions_in(line))
        if segments and segments[0][2] and segments[0][1] < len(line) // 3:
            continue  # another row
        words = set(content_tokens(line, mentions_in(line))) - set(YEAR.findall(line))
        if (words & asked) - SHAPE_WORDS:
            return True
    return False


def _of_year(result: SearchHit, years: list[str]) -> bool:
    title = result.document.names
    return str(result.document.year) in years or any(y in title for y in years)


# "Name the working groups listed ...", "Which task teams ...": the things asked, by their plural noun (and the words
# before it that name them).
PLURAL_ASKED = re.compile(r"^\s*(?:which|what|list|name)\s+(?:(?:are|were)\s+)?(?:the\s+)?(?P<noun>(?:[\w-]+\s+){0,2}?[\w-]{3,}s)\b"
                          r"(?!\s+(?!(?:does|was|has|is)\b)[\w-]{3,}s\b)", re.I)
# What follows the things a "which N" question asks for: its auxiliary ("Which standards does JAXA lead?")
KIND_BEFORE_VERB = re.compile(r"\s+(?:are|were|is|was|do|does|did|have|has|had|will|would|can|could)\b", re.I)
# A term and what it is, a sentence or line of its own: "Technology Working Group (TWG) – maintains the gap list."
TERM = re.compile(r"^(?P<head>[A-Z][^.;:—–]{0,80}?)\s+[—–]\s+\S")


def kind_asked(question: str) -> str | None:
    """The kind of things a "which N <auxiliary> ..." question asks for, the head of N stemmed ("Which landing sites
    were chosen ...": site; not "Which lunar mission gives ...", whose -s is a verb's); none for organisations, which the
    graph tells apart."""
    asked = PLURAL_ASKED.search(question)
    return stem(asked.group("noun").split()[-1]) if asked and KIND_BEFORE_VERB.match(question, asked.end()) \
        and not asks_organisations(question) else None


def kind_told(question: str, result: SearchHit) -> bool:
    """Whether the passage (its text, section or document's title) names the kind of things the question asks for
    (``kind_asked``: "Which standards does JAXA lead?", a table of standards), or it asks for none.  The row of a
    network ("P3 Seismic network — Lead agency: JAXA") is no answer to "Which landing sites were chosen for the
    network JAXA leads?"."""
    kind = kind_asked(question)
    return kind is None or kind in content_tokens(f"{result.document.names} {result.section or ''} {result.text}")


def section_terms(question: str, results: list[SearchHit]) -> Row | None:
    """"Name the working groups listed in the 2024 report": the terms a section headed with the things asked
    ("Working groups and acronyms") opens with, each a sentence naming one and saying what it is ("Science Working
    Group (SWG) – links science objectives ..."), up to the first that is none; two at least, in the best-ranked
    passage that has them."""
    asked = PLURAL_ASKED.search(question)
    if asked is None:
        return None
    noun = {stem(w) for w in asked.group("noun").split()}
    for rank, result in enumerate(results, 1):
        if not noun <= {stem(w) for w in re.findall(r"[\w-]+", result.section or "")}:
            continue
        terms, told = [], []
        for a, b in sentence_spans(result.text):
            term = TERM.match(" ".join(result.text[a:b].split()))
            if term is None:
                break
            terms.append(term.group("head"))
            told.append(" ".join(result.text[a:b].split()))
        if len(terms) >= 2 and _in_context(question, result.section or "", result):
            return Row(result.section or "", terms, " ".join(told), result, 1.0 / rank)
    return None


# An item of a list on lines of its own: a bullet or a number before it ("- the Science Working Group;", "2. Mars").
LIST_ITEM = re.compile(r"^\s*(?:[-•*–]|\d{1,2}[.)])\s+(?P<item>\S.*)$")
# An item a line opens with the noun of its kind and its number ("Stage 2 – Outpost build-up (2033–2036). ...",
# "Step III: survey"): the kind is the noun asked.
KIND_ITEM = re.compile(r"^\s*(?P<kind>[A-Z][a-z-]+)\s+(?:\d{1,2}|[IVX]{1,4})\s*[.:)–—-]?\s+(?P<item>\S.*)$")
# Where an item's name ends and what it says of it begins: "the Science Working Group, established in 2016".
ITEM_HEAD_END = re.compile(r",\s|\s\(|\s[–—]\s|:\s")


def _item(line: str, noun: set[str]) -> str | None:
    """The item a line of a list holds: after its bullet or number, or after the noun asked and its number."""
    if item := LIST_ITEM.match(line):
        return item.group("item").strip()
    if (item := KIND_ITEM.match(line)) and stem(item.group("kind").lower()) in noun:
        return item.group("item").strip()
    return None


def led_list(question: str, results: list[SearchHit]) -> Row | None:
    """"Which working groups are listed in the 2022 press release?": the items (bullets or numbered lines) a line
    ending in a colon and naming the things asked introduces ("ISECG's working groups include:" / "1. the Exploration
    Roadmap Working Group (ERWG), which drafted the supplement;" / ...), or that a passage headed with a question or
    title naming them opens with ("What are the working groups?" / "- Science Working Group (SWG) — ..."), each named
    by its head, in the best-ranked passage with two at least; or, with no bullets (a PDF drops them and runs the
    lines together), the items between semicolons of such a lead's sentence after its colon, or of the first sentence
    of such a passage, opening it or after a colon ("Destinations" / "the lunar south pole, where ...; cislunar
    space; ...; Mars."), three at least."""
    asked = PLURAL_ASKED.search(question)
    if asked is None:
        return None
    # (a name or a count before the noun need not be in the lead: "ISECG working groups", "the four themes")
    noun = {stem(w) for w in asked.group("noun").split() if not w[0].isupper() and not NUMBER.fullmatch(w)}
    for rank, result in enumerate(results, 1):
        lines = result.text.split("\n")
        # each lead with the texts that may hold its items between semicolons: a heading, the sentences of the
        # passage's first line, with the lines after it while one ends in a semicolon (after a colon, if any); a
        # paragraph's last sentence ending in a colon, the first sentence after it; a sentence with a colon inside,
        # what follows its colon
        opening = " ".join(re.match(r"\s*(?:[^\n]*;[ \t]*\n)*[^\n]*", result.text).group().split())
        leads = [(-1, result.section or "", [t.partition(":")[2] or t for a, b in sentence_spans(opening)
                                             if (t := opening[a:b])])]
        for i, line in enumerate(lines):
            spans = sentence_spans(line)
            if line.rstrip().endswith(":"):
                after = "\n".join(lines[i + 1:]).strip()
                leads.append((i, line[spans[-1][0]:] if spans else line,
                              [after[:next_spans[0][1]]] if (next_spans := sentence_spans(after)) else []))
            for a, b in spans:
                before, _, rest = line[a:b].partition(":")
                if rest.strip():
                    leads.append((i, before, [rest]))
        for i, lead, after in leads:
            if not noun <= {stem(w) for w in re.findall(r"[\w-]+", lead)}:
                continue
            items: list[str] = []
            for following in lines[i + 1:] if i < 0 or lead.rstrip().endswith(":") else []:
                if item := _item(following, noun):
                    items.append(item)
                elif items and following.strip() and following[:1].isspace():
                    items[-1] += " " + following.strip()  # an item wrapped onto an indented line
                elif items or following.strip():  # (a blank line may part the lead from its list)
                    break
            told = " ".join([lead.strip(), *items])
            # (organisations between semicolons are a row's, which says what they do: "Agencies contributing: A; B;
            # C" is no list of those reporting work on dust mitigation)
            if len(items) < 2 and not asks_organisations(question) \
                    and (items := next(filter(None, map(semicolon_items, after)), [])):
                told = f"{lead.strip().rstrip(':')}: {'; '.join(items)}."
            if len(items) >= 2:
                heads = [re.sub(r"^(?:the|an?)\s+", "", i[:m.start()] if (m := ITEM_HEAD_END.search(i)) else i.rstrip(" ;,."))
                         for i in items]
                return Row(lead.strip(), heads, told, result, 1.0 / rank)
    return None


# The roles a table of people gives their agencies in: "| Helena Vasquez-Moreau | ESA, ESTEC | SWG co-chair |".
ROLE = re.compile(r"\b((?:co-?)?(?:chair|lead|editor|host|coordinator|rapporteur|convener|organiser|organizer))s?\b", re.I)


def role_rows(question: str, question_mentions, results: list[SearchHit], mentions_in) -> Row | None:
    """"Which agencies provided the co-chairs of the Science Working Group?": the organisations of the rows of a
    table (or short lines of a list) that give the role asked ("SWG co-chair"), in the best passage with two such
    rows or more; a row of another role ("co-chair" is not "chair") is not one."""
    asked = ROLE.search(question)
    if asked is None or not asks_organisations(question):
        return None
    word = asked.group(1).lower()
    co = re.match(r"co-?(?=chair|lead|editor|host|convener|organi)", word)
    role = f"co-{word[co.end():]}" if co else word
    wanted = re.compile(rf"(?<![\w-]){'co-?' + re.escape(word[co.end():]) if co else re.escape(word)}s?\b", re.I)
    asked_iris = {m.iri for m in question_mentions}
    for rank, result in enumerate(results, 1):
        lines = [line for line in result.text.split("\n") if wanted.search(line)
                 and (line.count("|") >= 2 or not re.search(r"[.!?]\s", line.strip()))]
        items: list[str] = []
        told_in: list[str] = []  # each row as far as its role: not the rows of other roles a line runs on into
        for line in lines:
            orgs = [m for m in mentions_in(line) if m.category in ("org", "unit") and m.iri not in asked_iris]
            at = 0
            for told in wanted.finditer(line):
                # the organisation of the row: the last named before its role (with one right before it, "NASA
                # Goddard Space Flight Center"), since the role before it; or each of a line listing them after it
                before = [m for m in orgs if at <= m.start and m.end <= told.start()]
                if before:
                    last = before[-1]
                    kept = [m for m in before[:-1] if 0 <= last.start - m.end <= 2] + [last]
                    items += [m.text.strip(" ()") for m in kept]
                    told_in.append(" ".join(line[kept[0].start:told.end()].split()))
                at = told.end()
            if len(lines) == 1 and len(items) < 2:
                items = [m.text.strip(" ()") for m in orgs if m.start >= wanted.search(line).end()]
                told_in = [" ".join(line.split())]
        items = list(dict.fromkeys(items))
        if len(items) >= 2 and _in_context(question, role, result):
            return Row(role, items, "; ".join(told_in), result, 1.0 / rank)
    return None


# A table row whose columns are told ("Dexterous robotics ✓ lead support — ✓: NASA; lead: CSA; support: DLR", "6 In-situ
# resource utilisation (ISRU) — Lead agency: ESA; Supporting agencies: CSA, JAXA": how a PDF's matrix of marks or
# table of role columns is written out): the column asked is the one named by the role the question asks of.
TOLD_ROW = re.compile(r"^(?P<label>[^—\n]{3,200}?) — (?P<cells>[^—\n]+)$", re.M)
TOLD_CELL = re.compile(r"(?:^|;\s)([^;:—\n]{1,40}):\s")  # "; Supporting agencies: "
ROLE_ASKED = re.compile(r"\b(co-?)?(lead|led|support|partner|prime|contribut)\w*", re.I)
# A question asking across a table's rows for a role held in one of them: "at least one lead role", "lead any of the
# gaps" (not "every", "all": a role held in each row)
ACROSS_ASKED = re.compile(r"\b(?:at least one|one or more|any|some)\b", re.I)
HOW_MANY = re.compile(r"\bhow many\b", re.I)
# "Which agency has the lead role for ...": one organisation asked for, or several, or their number
ORG_ASKED = re.compile(r"^\s*(?:[^,?]{0,80},\s*)?(?:which|what|how\s+many)\s+(?:agenc(?:y|ies)|organi[sz]ations?|partners?)\b", re.I)


def told_role_row(question: str, question_mentions, results: list[SearchHit], mentions_in) -> Row | None:
    """"Which agencies support the in-situ resource utilisation gap in the 2016 assessment?": the organisations of
    the told column of the role asked ("Supporting agencies", "support"; a mark the table's legend gives that role) in
    the row the question names, of a document of the year it names; "How many agencies support ...?": their number.
    A question asking no role ("Which agencies study ...?") has the organisations of all the row's columns."""
    if not ORG_ASKED.search(question):
        return None
    wanted = _role_column(question)
    asked, asked_words = set(content_tokens(question, question_mentions)), set(content_tokens(question))
    years = YEAR.findall(question)
    found: list[Row] = []
    for rank, result in enumerate(results, 1):
        if years and not _of_year(result, years):
            continue
        for row, label, cells in _told_rows(result.text):
            legend = _legend([name for name, _ in cells], [r for r in results if r.document.id == result.document.id])
            items = _role_orgs(cells, wanted, mentions_in, legend)
            score = _label_score(label, asked, asked_words, [m for m in mentions_in(label) if m.category == "tech"])
            if items and score:
                found.append(Row(label, list(dict.fromkeys(items)), row.group(), result, score + 1.0 / rank))
    return _counted(question, max(found, key=lambda r: r.score)) if found else None


def _role_orgs(cells: list[tuple[str, str]], wanted: re.Pattern | None, mentions_in,
               legend: dict[str, str] | None = None) -> list[str]:
    """The organisations a told row's cells of the role's column name (a column named by a mark: by the role its
    legend gives the mark), or of all its cells when no role is wanted."""
    return [m.text.strip(" ()") for name, cell in cells
            if wanted is None or wanted.match(name) or wanted.match((legend or {}).get(name, ""))
            for m in mentions_in(cell) if m.category in ("org", "unit")]


def _legend(marks: list[str], results: list[SearchHit]) -> dict[str, str]:
    """The role each mark of a matrix stands for in its document's legend ("● lead ○ contributing", "An open circle
    (○) means the agency reported a contributing activity"): the first role word after the mark on a line of the
    passages that is no told row, before the next mark."""
    roles: dict[str, str] = {}
    for line in (line for result in results for line in result.text.split("\n") if not TOLD_ROW.match(line)):
        for mark in marks:
            at = re.search(rf"(?<!\w){re.escape(mark)}(?!\w)", line)
            if mark in roles or at is None or len(mark) > 2:  # a column named by words names its role itself
                continue
            after = line[at.end():]
            after = after[:min([after.find(m) for m in marks if m in after] or [len(after)])]
            if role := ROLE_ASKED.search(after):
                roles[mark] = role.group()
    return roles


def _counted(question: str, row: Row) -> Row:
    """``row``, its items counted when the question asks how many."""
    return replace(row, items=[str(len(row.items))]) if HOW_MANY.search(question) else row


def _told_rows(text: str):
    """The told rows of a passage: each row, its label (a matrix row's without its marks) and its (column name, cell)
    pairs."""
    for row in TOLD_ROW.finditer(text):
        names = list(TOLD_CELL.finditer(row.group("cells")))
        cells = [(name.group(1).strip(), row.group("cells")[name.end():after.start() if after else None])
                 for name, after in zip(names, [*names[1:], None])]
        yield row, without_marks(row.group("label"), cells) or row.group("label").strip(), cells


def _role_column(question: str) -> re.Pattern | None:
    """The told column a question asks through its role ("support" asks "Supporting agencies"; "co-lead" only
    "Co-lead")."""
    role = ROLE_ASKED.search(question)
    if role is None:
        return None
    root = "lead" if role.group(2).lower() == "led" else role.group(2).lower()
    return re.compile(rf"{'co-?' if role.group(1) else '(?:co-?)?'}{root}", re.I)


def told_role_labels(question: str, question_mentions, results: list[SearchHit], mentions_in) -> Row | None:
    """"Which Gateway interoperability standards does JAXA lead?": the labels of the told rows (see told_role_row)
    whose column of the role asked names the one organisation the question names, in the table of the question's
    document (see _table_rows); "How many of the gaps does NASA lead?": their number."""
    wanted = _role_column(question)
    orgs = {m.iri for m in question_mentions if m.category in ("org", "unit")}
    if wanted is None or len(orgs) != 1 or not (HOW_MANY.search(question) or PLURAL_ASKED.search(question)) \
            or ORG_ASKED.search(question):
        return None
    found = [(row, label, result) for row, label, cells, result in _table_rows(question, results)
             if any(wanted.match(name) and {m.iri for m in mentions_in(cell)} & orgs for name, cell in cells)
             and kind_told(question, result)]
    if not found:
        return None
    labels = list(dict.fromkeys(label for _, label, _ in found))
    text = "; ".join(dict.fromkeys(row.group() for row, _, _ in found))
    return _counted(question, Row(question, labels, text, found[0][2], 1.0))


def told_role_across(question: str, question_mentions, results: list[SearchHit], mentions_in) -> Row | None:
    """"Which agencies hold at least one lead role in the technology table of the 2011 report?": the organisations
    of the told column of the role asked over all the rows of the table of the question's document (see
    _table_rows), or their number, when the question asks across them ("any", "at least one") and names none of
    them (told_role_row answers a row it names)."""
    wanted = _role_column(question)
    if wanted is None or not ORG_ASKED.search(question) or not ACROSS_ASKED.search(question):
        return None
    items: list[str] = []
    found: list = []  # the rows giving the role, with their passage
    for row, _, cells, result in _table_rows(question, results):
        legend = _legend([name for name, _ in cells], [r for r in results if r.document.id == result.document.id])
        if told := _role_orgs(cells, wanted, mentions_in, legend):
            items += told
            found.append((row, result))
    if not found:
        return None
    text = "; ".join(dict.fromkeys(row.group() for row, _ in found))
    return _counted(question, Row(question, list(dict.fromkeys(items)), text, found[0][1], 1.0))


def _table_rows(question: str, results: list[SearchHit]):
    """The told rows (row, its label, its cells, its passage) of the document of the best passage with told rows, of a
    document of the year the question names: one table, not rows of another edition's."""
    years = YEAR.findall(question)
    found: list = []
    for result in results:
        if years and not _of_year(result, years) or found and result.document.id != found[0][3].document.id:
            continue
        found += [(*told, result) for told in _told_rows(result.text)]
    return found


# "Which agencies are represented on the task team?", "... employed the authors ...", "... provided the co-chairs of
# the committee?": organisations asked through the people of a group or a document.
# (a chair or lead as a post, not as a verb: "the co-chairs", "its leads"; not "Which agencies lead the work?")
PEOPLE_ASKED = re.compile(r"\b(?:authors?|writers?|editors?|(?:(?:the|its|their)\s+(?:[\w-]+\s+)?)(?:co-?)?(?:chairs?|leads?)|"
                          r"co-?(?:chairs|leads)|members?|represent\w*|delegat\w+|team|committee|panel|board)\b", re.I)
# What opens a list of people: a colon, or "by" ending a line ("Prepared by the Scientific Organising Committee:",
# "This paper was written by the writing team:", "Authors:", "Compiled by").
PEOPLE_LEAD = re.compile(r"(?::|\bby)[ \t]*(?=\n|[ \t]*(?:[-•*–][ \t]*)?[A-ZÀ-Þ])")
# Where a person's entry ends: a blank line, a sentence's end, or a line opening with a capital (a line opening with
# a bracket or a small letter goes on: "Jennifer Halvorsen" / "(NASA, co-chair) and ...").
ENTRY_END = re.compile(r"\n[ \t]*\n|\.(?=\s)|\n(?=[ \t]*[A-ZÀ-Þ])")
PEOPLE_SHARE = 0.5  # the share of what the question asks of beyond organisations that a list's lead must hold
# No more than what parts two people's entries: separators, bullets, a full stop.
BETWEEN_PEOPLE = re.compile(r"^[\s,;.&·•*–—-]*(?:\band\b[\s,;.&·•*–—-]*)?$", re.I)


def asks_people_bodies(question: str) -> bool:
    """Whether a question asks for organisations through people ("Which agencies employed the authors ...?")."""
    return bool((asks_organisations(question) or re.match(r"^\s*(?:from|of)\s+which\b", question, re.I))
                and PEOPLE_ASKED.search(question))


@dataclass
class Person:
    name: str
    bodies: list  # the org and unit mentions of the entry, in order
    text: str


def _people_after(text: str, mentions) -> list[Person]:
    """The people a list opening ``text`` names, each with the bodies of their entry: one a line ("Francesca Rossi,
    Italian Space Agency (ASI) — task team co-lead"), or run on in a sentence ("James Carpenter (ESA, co-chair),
    Jennifer Halvorsen (NASA, co-chair) and Hiroshi Takeda (JAXA)."), up to the first entry followed by anything but
    another person."""
    # (a body's name the graph does not know is no person's: "Korea Aerospace Research Institute"; a name is on one line)
    others = [(m.start, m.end) for m in mentions if m.category != "person"] + \
        [(at + m.start(), at + m.end()) for at, line in _lines(text) for m in ORG_NAME.finditer(line)]
    names = []
    at = 0
    while name := PERSON_NAME.search(text, at):
        if "\n" in name.group() or any(a < name.end() and name.start() < b for a, b in others) \
                or re.match(r"[ \t]+[A-ZÀ-Þ][a-z]", text[name.end():]):
            at = name.start() + re.search(r"\s", name.group()).end()  # the next word may begin one ("Berlin Elena Ricci")
        else:
            names.append(name)
            at = name.end()
    people: list[Person] = []
    at = 0
    for n, name in enumerate(names):
        if not BETWEEN_PEOPLE.match(text[at:name.start()]):
            break
        end = names[n + 1].start() if n + 1 < len(names) else len(text)
        stop = ENTRY_END.search(text, name.end(), end)
        at = stop.start() if stop and not BETWEEN_PEOPLE.match(text[stop.start():end]) else end
        bodies = [m for m in mentions if m.category in ("org", "unit") and name.end() <= m.start and m.end <= at]
        entry = re.sub(r"(?:[\s,;]|\band\b)+$", "", " ".join(text[name.start():at].split()))
        people.append(Person(name.group(), bodies, entry))
    return people


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line of ``text`` with where it starts."""
    starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    return [(a, text[a:b]) for a, b in zip(starts, [s - 1 for s in starts[1:]] + [len(text)])]


def people_rows(question: str, results: list[SearchHit], mentions_in, named: Callable[[str], str]) -> Row | None:
    """"Which agencies are represented on the Gateway Science Task Team?": the bodies of the people a list names
    after a lead (with the heading above it, the passage's section and the document's title) holding most of what
    the question asks of beyond organisations ("Prepared by the ISECG Gateway Science Task Team:" / "Francesca Rossi,
    Italian Space Agency (ASI)" / ...), each person's first body (the rest of the entry is where they sit: "ESTEC,
    Noordwijk"); only those of the role asked, when the lead does not give it ("co-chairs": "James Carpenter (ESA,
    co-chair)"), each as ``named`` names the body's IRI. Two people with a body at least, in the best-ranked passage
    with the best lead."""
    if not asks_people_bodies(question):
        return None
    asked = set(content_tokens(question)) - SHAPE_WORDS - set(YEAR.findall(question))
    role = ROLE.search(question)
    wanted = re.compile(rf"(?<![\w-]){re.escape(role.group(1))}s?\b", re.I) if role else None
    best = None
    for result in results:
        text = result.text
        for lead in PEOPLE_LEAD.finditer(text):
            start = text.rfind("\n\n", 0, lead.start())
            # the lead's own line and a heading above it ("Authors" / "This paper was written by:")
            lines = text[start + 1 if start >= 0 else 0:lead.start()].split("\n")[-2:]
            said = set(content_tokens(" ".join([*lines, result.section or "", result.document.names])))
            share = len(asked & said) / len(asked) if asked else 0.0
            if share < PEOPLE_SHARE or not asked & set(content_tokens(" ".join(lines))) or best and share <= best.score:
                continue
            after = text[lead.end():]
            people = [p for p in _people_after(after, mentions_in(after)) if p.bodies]
            if wanted and not wanted.search(" ".join(lines)):  # ("Co-chairs:" gives the role of all it lists)
                people = [p for p in people if wanted.search(p.text)]
            if len(people) >= 2:
                items = list(dict.fromkeys(named(p.bodies[0].iri) for p in people))
                best = Row(lines[-1].strip(), items, "; ".join(p.text for p in people), result, share)
    return best


# "What did JAXA contribute to the architecture?", "What does CNES provide for the mission?": the thing an
# organisation gives, which a table row opening with the organisation states.
CONTRIBUTION = re.compile(r"^\s*what\s+(?:did|does|do|will|has|have|would)\s+.+?\s+(?:contribute|provide|offer|"
                          r"supply|deliver|bring|commit)\b", re.I)


def contribution_row(question: str, question_mentions, results: list[SearchHit], mentions_in) -> Row | None:
    """The row of the organisation a "what did X contribute" question names, in the best-ranked passage with one:
    a short line opening with the organisation ("JAXA  a pressurised rover for crews", "ESA (European Space
    Agency) a cargo lander"), answered by the rest of the line; a sentence opening with it is no row."""
    orgs = {m.iri for m in question_mentions if m.category in ("org", "unit")} if CONTRIBUTION.search(question) else set()
    if not orgs:
        return None
    for rank, result in enumerate(results, 1):
        for line in result.text.split("\n"):
            opening = next((m for m in mentions_in(line) if m.start <= 1), None)
            if opening is None or opening.iri not in orgs or SENTENCE_END.search(line.strip()):
                continue
            rest = re.sub(r"^\s*(?:\([^()]*\)|[|:–—-])?\s*", "", line[opening.end:]).strip(" |")
            # a row's content after its name, not a verb of a sentence or a name alone
            if len(rest.split()) >= 2 and not re.match(r"(?:is|was|has|had|will|and|also|[a-z]+ed)\b", rest):
                return Row(opening.text.strip(), [rest], " ".join(line.split()), result, 1.0 / rank)
    return None


# "What role did Anna Berg play in the study?", "What was Anna Berg's position?", "Which function does Anna Berg hold?":
# the role a person has, which a table of contributors gives in the person's row.
ROLE_OF_ASKED = re.compile(r"^\s*(?:what|which)\s+(?:(?:was|is)\s+[^?]*?'s\s+)?(?:role|position|function|post|title|job)s?\b",
                           re.I)


WRAPPED_CELL_WORDS = 4  # a line of a row's cells wrapped (PDF): "Johann-Dietrich" / "Chairman of the Executive"


def _unwrapped_rows(text: str, mentions_in) -> list[str]:
    """A table's lines, a row wrapped over short lines naming no body read with the line below that does ("Anna" /
    "Berg" / "Head of the Exploration" / "Office" / "ESA (European Space Agency)": one row)."""
    rows, pending = [], []
    for line in text.split("\n"):
        if len(line.split()) <= WRAPPED_CELL_WORDS and not SENTENCE_END.search(line.strip()) \
                and not any(m.category in ("org", "unit") for m in mentions_in(line)):
            pending.append(line)
            continue
        rows.append(" ".join([*pending, line]))
        pending = []
    return rows + pending


def person_role_row(question: str, results: list[SearchHit], mentions_in) -> Row | None:
    """The role a row of a table of people gives the person a "what role did X play" question names ("Anna Berg  ESA
    Lead author, mobility", "Lead author | Anna Berg | ESA"): the row's cells but the name and the person's body, in
    the best-ranked passage with one; a sentence naming the person is no row."""
    if not ROLE_OF_ASKED.search(question):
        return None
    names = [m.group() for m in PERSON_NAME.finditer(question) if not ORG_NAME.search(m.group())]
    for rank, result in enumerate(results, 1):
        for line in _unwrapped_rows(result.text, mentions_in):
            name = next((n for n in names if n in line), None)
            if name is None or SENTENCE_END.search(line.strip()):
                continue
            at = line.index(name)
            bodies = [m for m in mentions_in(line) if m.category in ("org", "unit")]
            # the cells after the name (else before it), without the person's body and the table's separators
            cells = [line[at + len(name):], line[:at]]
            for cell in cells:
                for m in sorted(bodies, key=lambda m: -m.start):
                    cell = cell.replace(line[m.start:m.end], " ")
                role = " ".join(re.sub(r"\(\s*\)|\s[|–—-]\s|^\W+|[\W]+$", " ", f" {cell} ").split()).strip(" |,;:–—-")
                if len(role.split()) >= 2 or role and role[0].isupper() and not ORG_NAME.fullmatch(role):
                    return Row(name, [role], " ".join(line.split()), result, 1.0 / rank)
    return None


# "Who chaired the session on planetary protection?", "Who moderated the closing panel?": the person a programme's
# row gives beside what is asked of
HOLDER_ASKED = re.compile(r"^\s*who\s+(?:(?:was|were|is|will\s+be)\s+)?(?:co-?)?(?P<verb>led|(?:chair|lead|moderat|convene|"
                          r"coordinat|present|introduc)(?:ed|s|es|ing|e)?)\s+(?P<thing>[^?]+)", re.I)
HOLDER_SHARE = 0.6  # the share of the words of what is asked of that its row must hold
# a person with the body in brackets a programme's row gives: "Gerhard Kminek (ESA)", "Dr Anna Berg (NASA)"
_HOLDER = re.compile(rf"(?P<name>{PERSON_NAME.pattern})\s*\((?P<body>[^()]{{2,40}})\)")
# a cell's bracket wrapped onto a line of its own ("Marianne Duvall" / "(NASA)"): it ends the line above
_WRAPPED_BRACKET = re.compile(r"\n(?=[ \t]*\([^()\n]{2,40}\)[ \t]*(?:\n|$))")


def _programme_rows(text: str) -> list[str]:
    """The rows of a programme, each row's cells wrapped onto the next lines read with it: a bracket alone on its line
    ends the line above, and a line that is a person with their bracket ends the row above ("Session 2 – Earth return
    orbiter" / "Sanjay Vijendran (ESA)"); a line ending a sentence is prose, no row."""
    lines = _WRAPPED_BRACKET.sub(" ", text).split("\n")
    joined = (f"{a} {b}" if _HOLDER.match(b) else a for a, b in zip(lines, lines[1:] + [""]))
    return [line for line in joined if not SENTENCE_END.search(line.strip())]


def _of_programme(thing: set[str], result: SearchHit) -> bool:
    """Whether a passage's heading and its document's title hold most words of what is asked of (``thing``): the
    programme is what is asked of, not one of its rows."""
    heading = content_words(f"{result.section or ''} {result.document.title}")
    return not thing or len(thing & heading) / len(thing) >= HOLDER_SHARE


def _beside(line: str, name_end: int, bodies: list) -> str | None:
    """The body a programme's row gives a person: the first organisation after the name, with at most a bracket (the
    person's body or role) between ("Anna Berg (ESA)", "Anna Berg (moderator) ESA")."""
    after = next((m for m in sorted(bodies, key=lambda m: m.start) if m.start >= name_end), None)
    if after is None or not re.fullmatch(r"\s*(?:\(\s*|\([^()]{1,30}\)\s*)?", line[name_end:after.start]):
        return None
    return line[after.start:after.end]


def holder_row(question: str, results: list[SearchHit], mentions_in) -> Row | None:
    """The person a row of a programme (a short line, no sentence) names with their body beside most words of what
    a "who chaired X" question asks of ("Session 3 – Planetary protection and sample receiving Gerhard Kminek (ESA)"):
    the row holding most of them, the best-ranked passage's among equals; a name whose bracket is no known body is
    no person.  (A year is no word of the row: the programme's date is; nor are the words the passage's heading or
    its document's title holds, "session", "lunar dust workshop": they tell which programme, not which row.)  When
    what is asked of is the whole programme (its heading and title hold its words: "Who moderated the ISECG session at
    GLEX 2012?"), the person whose bracket gives the role asked ("Kathleen Laurini (moderator) NASA")."""
    asked = HOLDER_ASKED.search(question)
    thing = {w for w in content_words(asked.group("thing")) if not w.isdigit()} if asked else set()
    best = None
    for result in results if thing else ():  # best-ranked first: a later row must hold more of the words
        heading = content_words(f"{result.section or ''} {result.document.title}")
        words = thing - heading or thing
        for line in _programme_rows(result.text):
            share = len(words & content_words(line)) / len(words)
            if share < HOLDER_SHARE or (best and share <= best.score):
                continue
            named = mentions_in(line)
            bodies = {(m.start, m.end) for m in named if m.category in ("org", "unit")}
            # a person's name is no part of a name the graph knows ("... Coordination Group (ISECG)")
            people = [m for m in _HOLDER.finditer(line) if not any(n.start < m.end("name") and m.start("name") < n.end
                                                                   for n in named if n.category != "person")
                      and any(m.start("body") <= a and b <= m.end("body") for a, b in bodies)]
            if people:
                said = f"{people[-1].group('name')} ({people[-1].group('body')})"
                best = Row(asked.group("thing"), [said], " ".join(line.split()), result, share)
    return best or _role_marked(asked, thing, results, mentions_in)


def _role_marked(asked: re.Match | None, thing: set[str], results: list[SearchHit], mentions_in) -> Row | None:
    """The person a programme's row marks with the role asked in brackets ("Kathleen Laurini (moderator) NASA"), in
    the best-ranked passage whose heading and document title hold most words of what is asked of: the programme is
    the thing asked, not one of its rows; a bracket giving another role ("(rapporteur)") is no answer."""
    if not thing:
        return None
    verb = asked.group("verb").lower()
    # the role's noun from the verb's stem: "moderated" (moderator), "chaired" (chair, session chair), "led" (lead)
    role = re.compile(rf"\s*\((?:[\w-]+\s+)?(?:co-?)?{'lead' if verb.startswith(('led', 'lead')) else verb[:5]}\w*\)",
                      re.I)
    for rank, result in enumerate(results, 1):
        if not _of_programme(thing, result):
            continue
        for line in _programme_rows(result.text):
            bodies = [n for n in mentions_in(line) if n.category in ("org", "unit")]
            for m in PERSON_NAME.finditer(line):
                if role.match(line, m.end()) and (body := _beside(line, m.end(), bodies)):
                    return Row(asked.group("thing"), [f"{m.group()} ({body})"], " ".join(line.split()), result,
                               1.0 / rank)
    return None


# "Which session did Ana Ruiz chair?", "Which panel at the 2030 workshop was moderated by Ben Holt?": the rows of a
# programme giving the person named
HELD_ASKED = re.compile(r"^\s*(?:which|what)\s+(?:[\w-]+\s+)?(?:sessions?|panels?)\b[^?]*?\b(?:(?:was|were)\s+(?:co-?)?"
                        r"(?:chaired|moderated|led|convened)\s+by\b|did\s+[^?]+?\s+(?:co-?)?(?:chair|moderate|"
                        r"lead|convene)\b)", re.I)
# what opens a programme's row before its label: its day, date and time ("14 June, 11:00", "16/05/2017", "Tue 09:00")
_ROW_WHEN = re.compile(rf"^(?:\s*(?:\d[\d/.:–-]*,?|(?i:{MONTHS}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b,?))+\s*")


def held_rows(question: str, results: list[SearchHit], mentions_in) -> Row | None:
    """The sessions a programme's rows give the person a "which session did X chair" question names, with their body
    in brackets ("16/05/2017 Session 3 Green storable propellants for landers Helen Marsh (UKSA)"): each row's label,
    the cells before the name without its day and time, in the best-ranked passage with one; a sentence naming the
    person is no row, nor a name with no known body in its bracket."""
    if HELD_ASKED.search(question) is None:
        return None
    names = [m.group() for m in PERSON_NAME.finditer(question) if not ORG_NAME.search(m.group())]
    for rank, result in enumerate(results, 1):
        rows = []
        for line in _programme_rows(result.text):
            bodies = {(m.start, m.end) for m in mentions_in(line) if m.category in ("org", "unit")}
            held = next((m for m in _HOLDER.finditer(line) if m.group("name") in names
                         and any(m.start("body") <= a and b <= m.end("body") for a, b in bodies)), None)
            if held and (label := _ROW_WHEN.sub("", line[:held.start()]).strip(" |:;,–—-")):
                rows.append((label, " ".join(line.split())))
        if rows:
            return Row(rows[0][0], [label for label, _ in rows], "; ".join(text for _, text in rows), result, 1.0 / rank)
    return None


# "Which agencies did the speakers in the ISECG session come from?", "What organisations were the session chairs of the
# workshop from?": the bodies a programme's rows give the people of the column asked
SPEAKERS_BODIES_ASKED = re.compile(r"^\s*(?:which|what)\s+(?:agencies|organi[sz]ations|bodies)\s+(?:did|do|were|are)\s+"
                                   r"(?:the\s+)?(?:session\s+|panel\s+)?(?P<who>speaker|chair|co-chair|moderator|"
                                   r"panell?ist|presenter|convenor|convener)s\b(?P<thing>[^?]*?)\s*(?:come\s+from|"
                                   r"came\s+from|represent|work\s+for|from)?\s*\??\s*$", re.I)


def speakers_bodies(question: str, results: list[SearchHit], mentions_in) -> Row | None:
    """The bodies of the people a programme lists in the column a "which agencies did the speakers of X come from"
    question names: in the best-ranked passage whose heading names that column ("Time Speaker Agency Topic", "Session
    chair") and whose heading and document title hold most words of X, the body beside each row's person
    ("Naoki Satoh JAXA", "Helen Marsh (UKSA)"), each once, in the order of the rows; two rows or more, else no
    programme.  (Not the organisations a row's topic names: "Opening: ISECG goals" is no speaker's body.)"""
    asked = SPEAKERS_BODIES_ASKED.search(question)
    if asked is None:
        return None
    thing = {w for w in content_words(asked.group("thing")) if not w.isdigit()}
    column = stem(asked.group("who").lower())
    for rank, result in enumerate(results, 1):
        if column not in content_words(result.section or "") or not _of_programme(thing, result):
            continue
        rows = []
        for line in _programme_rows(result.text):
            named = mentions_in(line)
            bodies = [m for m in named if m.category in ("org", "unit")]
            for m in PERSON_NAME.finditer(line):
                if not any(n.start < m.end() and m.start() < n.end for n in named if n.category != "person") \
                        and (body := _beside(line, m.end(), bodies)):
                    rows.append((body, " ".join(line.split())))
                    break
        if len(rows) >= 2:
            return Row(asked.group("who"), list(dict.fromkeys(body for body, _ in rows)),
                       "; ".join(text for _, text in rows), result, 1.0 / rank)
    return None


# "Who served as rapporteur for the report?", "Who were the co-chairs of the group?": the people a list gives that
# role, in an item of its own ("Ana Lima (ASI), rapporteur", "Rapporteur: Ana Lima (ASI)") or under a label
ROLE_HOLDER_ASKED = re.compile(r"^\s*who\s+(?:served|acted|was|were|is|are)\s+(?:as\s+(?:the\s+)?|the\s+)"
                               r"(?P<role>[a-z][a-z-]{3,})\s+(?:of|for|at|to)\b", re.I)
# "Who chaired the plenary?", "Who co-chaired the group?": the role a verb of HOLDER_ASKED asks, by its noun (a
# co-chair chairs too)
VERB_ROLES = (("chair", "(?:co-?)?chair"), ("led", "(?:co-?)?lead"), ("lead", "(?:co-?)?lead"),
              ("moderat", "moderator"), ("convene", "conven[eo]r"), ("coordinat", "coordinator"))
ROLE_THING_SHARE = 0.5  # the share of the words of what a verb's role is asked of that the passage must hold
_TITLE = re.compile(r"^(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+")


def _holders(value: str, mentions_in) -> list[str] | None:
    """The people a label's value names, each with their body in brackets, joined by commas, semicolons or "and",
    a short post after the last ("Laura Whitfield (NASA), ISECG Chair"); None when it says anything else or names
    no known body (a bracket that is no body is no person's)."""
    found, at = [], 0
    for m in _HOLDER.finditer(value):
        if value[at:m.start()].strip(" ,;") not in ("", "and", "&"):
            break
        found.append(m)
        at = m.end()
    rest = value[at:].strip()
    if not found or rest and not re.fullmatch(r",\s*[^,;:()]{1,40}", rest) \
            or not any(b.category in ("org", "unit") for m in found for b in mentions_in(m.group("body"))):
        return None
    return [f"{_TITLE.sub('', m.group('name'))} ({m.group('body')})" for m in found]


def role_item(question: str, results: list[SearchHit], mentions_in) -> Row | None:
    """The people with their body in brackets a list gives the role a "who served as rapporteur for X" or "who
    chaired X" question asks, in the best-ranked passage with them: an item that is the person and the role alone
    ("Ana Lima (ASI), rapporteur", "Rapporteur: Ana Lima (ASI)", "Chair: Laura Whitfield (NASA), ISECG Chair"), or
    the role alone on a line, or as the passage's heading, over lines each naming people ("Co-chairs" / "Dr. Marcus
    Ellery (NASA)" / "Dr. Chiara Benedetti (ASI)"): each of them.  A sentence telling of the role ("Ana Lima (ASI)
    thanked the rapporteur") is no such item.  Asked by a verb, the passage (with its heading and document title)
    holds half the words of what is asked of: the chair of that meeting, not of any."""
    asked, held = ROLE_HOLDER_ASKED.search(question), HOLDER_ASKED.search(question)
    if asked is not None:
        name, thing = asked.group("role"), set()
        role = re.escape(re.sub(r"(?<!s)s$", "", name.lower()))
    elif held is not None and (role := next((n for v, n in VERB_ROLES if held.group("verb").lower().startswith(v)),
                                           None)):
        name, thing = held.group("verb"), {w for w in content_words(held.group("thing")) if not w.isdigit()}
    else:
        return None
    role = rf"(?i:(?:the\s+)?{role}s?)"
    # (a capitalised label may follow another cell a PDF ran onto its line: "... Berlin-Adlershof site Chair: A (B)")
    label, inline = re.compile(rf"^{role}\s*:?$"), re.compile(rf"(?:^|\s(?=[A-Z])){role}\s*:\s*(?P<value>.+)$")
    after = re.compile(rf"^(?:[^:;]*:\s*)?{_HOLDER.pattern},?\s+{role}$")
    for rank, result in enumerate(results, 1):
        if thing and len(thing & content_words(f"{result.section or ''} {result.document.title} {result.text}")) \
                < ROLE_THING_SHARE * len(thing):
            continue
        lines = [line.strip() for line in result.text.split("\n")]
        if label.match((result.section or "").strip()):
            lines.insert(0, result.section.strip())
        people: list[str] = []
        for at, line in enumerate(lines):
            if label.match(line):  # the role alone, then a line for each of its holders
                below = at + 1
                while below < len(lines) and (named := _holders(lines[below], mentions_in)):
                    people += named
                    below += 1
                if people:
                    return Row(name, people, " ".join(lines[at:below]), result, 1.0 / rank)
        # (a sentence's end too: a PDF runs the next line on, "... (DLR), rapporteur. Contents"; not "Dr. Ana")
        for part in re.split(r"\n|;\s+|(?<=[a-z]{3}\.)\s+", result.text):
            part = part.strip(" .,")
            if (m := inline.search(part)) is not None:
                value = m.group("value")
            elif (m := after.match(part)) is not None:
                value = f"{m.group('name')} ({m.group('body')})"
            else:
                continue
            if named := _holders(value, mentions_in):
                return Row(name, named, part, result, 1.0 / rank)
    return None


# The header of a table keyed by organisation: its first column's name, then the others' ("Agency Mission or
# contribution Destination Date", "Partner | Role | Since").
KEYED_HEADER = re.compile(r"^\W*(?:Agency|Agencies|Organi[sz]ations?|Partners?|Members?|Institutions?|Bod(?:y|ies))\b"
                          r"(?=[\s|]+[A-Z])")


def _keyed_rows(text: str, mentions_in) -> tuple[str, list[tuple[str, str]]] | None:
    """A table keyed by organisation in ``text``: its header and its rows, each (its key, the rest), read from the
    line after the header to the first line of prose (a caption, a note); a line opening with no organisation goes
    on with the row above (a cell wrapped), and a line naming its key again further on holds two rows (a PDF runs
    the rows on either side of a page break together: "JAXA SLIM lander 2024 JAXA MMX sample return 2026")."""
    lines = text.split("\n")
    at = next((i for i, line in enumerate(lines) if KEYED_HEADER.match(line) and not SENTENCE_END.search(line)), None)
    if at is None:
        return None
    rows: list[list[str]] = []
    for line in lines[at + 1:]:
        if SENTENCE_END.search(line):
            break
        if not (spans := _leading_spans(line, mentions_in(line))):
            if rows:
                rows[-1][1] += " " + line.strip()
            continue
        first = line[slice(*spans[0])]
        for part in re.split(rf"\s(?={re.escape(first)}\b)", line):
            end = _key_end(part, mentions_in(part))
            rows.append([part[:end].strip(), part[end:]])
    return lines[at], [(key, rest.strip(" |:–—-\t•·*")) for key, rest in rows]


def _key_end(line: str, mentions: list) -> int:
    """Where the organisations a row opens with end: the first, and those the graph knows joined to it ("JAXA and
    ISRO LUPEX rover", "ROSA – Romanian Space Agency Andrei": a short name in capitals, a name after a space alone,
    is the next cell's)."""
    known = {(m.start, m.end) for m in mentions if m.category in ("org", "unit")}
    end = 0
    for n, span in enumerate(_leading_spans(line, mentions)):
        if n and (span not in known or not line[end:span[0]].strip()):
            break
        end = span[1]
    return end


def keyed_rows(question: str, question_mentions, results: list[SearchHit], mentions_in) -> Row | None:
    """The rows of a table keyed by organisation that the question asks of, in the best-ranked passage whose table
    has two such rows or more and whose header or heading shares a word with the question beyond those asking for
    organisations: what the rows of an organisation the question names say ("Which missions does the table
    attribute to JAXA?": the rows opening with JAXA, with another or not), or which organisations have a word the
    question asks by in their row, not in every row ("Which agencies joined remotely?": the rows saying
    "remote")."""
    named = {m.iri for m in question_mentions if m.category in ("org", "unit")}
    asked = _plain(question) - SHAPE_WORDS - set(YEAR.findall(question))
    for rank, result in enumerate(results, 1):
        table = _keyed_rows(result.text, mentions_in)
        if table is None:
            continue
        header, found = table
        if not asked & _plain(f"{header} {result.section or ''}"):
            continue
        if not asks_organisations(question):
            keyed = [(key, rest) for key, rest in found if {m.iri for m in mentions_in(key)} & named]
            items = [rest for _, rest in keyed]
        else:
            said = [asked & _plain(rest) - _plain(header) for _, rest in found]
            common = set.intersection(*said) if said else set()
            keyed = [(key, rest) for (key, rest), words in zip(found, said) if words - common]
            items = list(dict.fromkeys(key for key, _ in keyed))
        if len(keyed) >= 2:
            told = f"{header.strip()}: " + "; ".join(f"{key} {rest}" for key, rest in keyed) + "."
            return Row(header.strip(), items, told, result, 1.0 / rank)
    return None


def _plain(text: str) -> set[str]:
    """The content words of ``text``, an adverb as its adjective ("remotely" is "remote": a cell says "remote")."""
    return {stem(w[:-2]) if w.endswith("ly") and len(w) > 6 else w for w in content_tokens(text)}


def row_answer(question: str, question_mentions, results: list[SearchHit], mentions_in) -> Row | None:
    """The row answering a question for the organisations of a named thing ("Which agencies reported work on dust
    mitigation in the 2023 refresh?"): the best-named row of the best-ranked passages, of a document of the year
    the question names (none, when no such document has one)."""
    if not asks_organisations(question):
        return None
    found = rows(question, question_mentions, results, mentions_in)
    if years := YEAR.findall(question):
        found = [r for r in found if _of_year(r.result, years) or set(years) & set(YEAR.findall(r.label))]
    return max(found, key=lambda r: r.score) if found else None


# "the 2023 technology refresh", "the 2017 annual report": a document named by its year.
DOCUMENT_YEAR = re.compile(rf"\b(?:the|its|their)\s+((?:19|20)\d\d)\s+(?:[\w-]+\s+){{0,3}}?"
                           rf"(?:{'|'.join(sorted(DOCUMENT_NOUNS - {'workshop', 'scenario', 'strategy', 'framework'}))})\b", re.I)


def documents_of_year(question: str) -> list[str]:
    """The years of the documents a question for several things names by year ("Which agencies reported work on
    dust mitigation in the 2020 assessment?"): only a document of such a year gives its list.  When the question names
    its source, the year of that clause alone ("... in the 2013 roadmap, according to the thesis": the thesis's list,
    of whatever year)."""
    if not (SEVERAL.search(question) or ORGS_ASKED.search(question)):
        return []
    source = SOURCE.search(question)
    return DOCUMENT_YEAR.findall(source.group(1) if source else question)


def of_year(result: SearchHit, years: list[str]) -> bool:
    """Whether a passage is of a document of one of ``years`` (issued then, or titled so)."""
    return _of_year(result, years)


def announced(question: str, sentence: str, passage: str) -> str | None:
    """``sentence`` with the sentences after it in ``passage`` that its count announces: "Three Mars missions were
    launched in July 2020 and were reported at the meeting." and the three that follow in its paragraph, when the
    question asks for several of what it counts (its plural noun) and it names none of them itself; None otherwise."""
    if not SEVERAL.search(question):
        return None
    spans = sentence_spans(sentence)
    last = sentence[spans[-1][0]:] if spans else sentence
    if ":" in last:
        return None  # it opens a list, or holds one
    # a key before it ("Cygnus: the freighter arrived in November. Two crewed vehicles ..."): an item of the list above
    keyed = ":" in sentence
    found = re.search(r"\s+".join(map(re.escape, sentence.split())), passage)
    if found is None:
        return None
    rest = passage[found.end():]
    end = rest.find("\n\n")
    rest = rest if end < 0 else rest[:end]
    following = [" ".join(rest[a:b].split()) for a, b in sentence_spans(rest)]
    if following and THESE.match(following[0]) and not keyed:
        # "Partners reported on the missions they had launched. These included A, B and C.": the next sentence
        # lists what this one announces
        return f"{sentence} {following[0]}"
    nouns = {stem(w) for w in re.findall(r"[A-Za-z][\w-]*s\b", question) if w.lower() not in STOPWORDS}
    if asks_organisations(question):  # "Which agencies joined?": "Three organisations were welcomed." announces them
        nouns |= BODY_NOUNS
    counted = None
    for m in NUMBER.finditer(last if keyed else sentence):
        after = [stem(w) for w in re.findall(r"[\w-]+", (last if keyed else sentence)[m.end():])[:3]]
        # a count of a few announces them; "27 member agencies" is a total, no list that follows
        if any(w in nouns for w in after) and not YEAR.fullmatch(m.group()) and 2 <= number_value(m.group()) <= 12:
            counted, noun = number_value(m.group()), next(w for w in after if w in nouns)
            break
    if counted is None:
        return None
    following = following[:counted]
    if following and not keyed:
        return " ".join([sentence, *following])
    # "6.2 Three missions had departed for Mars." closing the table of what each agency reported: the count sums up
    # the rows (bullets, sentences) above it, those naming what the question's noun is qualified by ("which Mars
    # missions": the rows naming Mars), or failing that the noun itself, when exactly as many do as it counts
    qualifiers = _qualifiers(question, noun)
    # the noun alone only when the count is of the things asked ("which Mars missions": "three missions ... for Mars")
    said = {stem(w) for w in re.findall(r"[\w-]+", last)}
    for words in (qualifiers, {noun} if qualifiers <= said else set()):
        above = _listed_above(passage[:found.end() - len(" ".join(last.split()))], words)
        if len(above) == counted:
            return " ".join([sentence, *above])
    return None


def _qualifiers(question: str, noun: str) -> set[str]:
    """The words before the plural noun a question asks for ("which Mars missions": {"mars"}), numbers left out."""
    found = re.search(r"\b(?:which|what|list|name)\s+(?:the\s+)?((?:[\w-]+\s+){0,3}?)(?P<noun>[\w-]{3,}s)\b"
                      r"(?!\s+[\w-]{3,}s\b)", question, re.I)
    if found is None or stem(found.group("noun")) != noun:
        return set()
    return {stem(w) for w in found.group(1).split() if w.lower() not in STOPWORDS and not NUMBER.fullmatch(w)}


def _listed_above(text: str, words: set[str]) -> list[str]:
    """The items before a summing-up sentence that name all of ``words``: the rows of a table (each whole, its key
    first) and the sentences of other lines (bullets, as a PDF may run them together) above it, up to a blank line
    or the line opening the list ("... recorded the following:")."""
    if not words:
        return []
    lines = text.split("\n")
    units: list[str] = []
    for n, line in enumerate(reversed(lines)):
        if n and (not line.strip() or line.rstrip().endswith(":")):
            break
        if line.lstrip().startswith("|"):  # a table row: its cells, its key first ("UAESA – Hope, ...")
            units.insert(0, " – ".join(" ".join(c.split()) for c in line.strip().strip("|").split("|")))
        else:
            units[:0] = [" ".join(line[a:b].split()) for a, b in sentence_spans(line)]
    return [u for u in units if words <= {stem(w) for w in re.findall(r"[\w-]+", u)}]


THESE = re.compile(r"^(?:These|They|Those)\s+(?:were|are|included|include|comprised|comprise|being)\b")


# "Which two newly created agencies ...", "Name the three missions ...": a list asked with its size.
SIZED = re.compile(r"\b(?:which|what|name|list)\s+(?:the\s+|its\s+|their\s+)?(?P<n>two|three|four|five|six|seven|eight|"
                   r"nine|ten|[2-9])\s+(?:[\w-]+\s+){0,5}?(?P<noun>[\w-]{3,}s)\b", re.I)


# "Two national space agencies founded in 2018 ... Which were they?": the size told before the question asks
SIZED_FIRST = re.compile(r"^\s*(?P<n>Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|[2-9])\s+(?:[\w-]+\s+){0,5}?"
                         r"(?P<noun>[\w-]{3,}s)\b")


def asked_size(question: str) -> tuple[int, str] | None:
    """How many things a question asks for, and their noun's stem: (2, "agency") for "Which two ... agencies"."""
    m = SIZED.search(question) or THEY_ASKED.search(question) and SIZED_FIRST.search(question)
    return (number_value(m.group("n")), stem(m.group("noun"))) if m else None


def counts_unnamed(text: str, size: tuple[int, str], named_at: list[int]) -> bool:
    """Whether ``text`` counts the things asked ("Two national agencies founded during the year attend ...") and
    names fewer of them after its count than it counts (``named_at``: where the things of the asked kind start): a
    summary that points to them, whatever else it names before (the chair handed to JAXA)."""
    counted_at = _count_end(text, size)
    return counted_at is not None and sum(at > counted_at for at in named_at) < size[0]


def counted_list(text: str, size: tuple[int, str]) -> bool | None:
    """Whether ``text``, a lead counting the things asked and the list after its colon ("Three destinations are
    considered: the Moon, ...; near-Earth asteroids, ...; Mars, ..."), lists as many items as it counts: True; False
    when it lists fewer (a list cut short, or run into the cells of a table: "Three themes: Theme What it
    demonstrates; Exploration of an asteroid") or more between semicolons; None when it is no such list, or its
    commas part more (they also set off what an item is: "two organisations: the Luxembourg Ministry of the
    Economy, which had started ..., and ISA, the Israel Space Agency")."""
    lead, rest = _colon_split(text)
    if not rest.strip() or _count_end(lead, size) is None:
        return None  # (a lead alone: its list follows on the next lines)
    listed = len(_colon_items(rest))
    return None if listed > size[0] and ";" not in rest else listed == size[0]


def _colon_split(text: str) -> tuple[str, str]:
    """The lead of ``text`` before its colon, and the rest of the colon's own sentence (not the next); "" without one."""
    lead, colon, rest = text.partition(":")
    if not colon:
        return lead, ""
    return lead, rest[:spans[0][1]] if (spans := sentence_spans(rest)) else rest


def _colon_items(rest: str) -> list[str]:
    """The items of the list after a colon: between semicolons, else between commas and the last "and" ("A, B and
    C": only the last joins two items, "Environmental and Radiation Suite (HERMES) and ...")."""
    if ";" in rest:
        items = rest.split(";")
    else:
        *first, last = re.split(r",\s*(?:and\s+)?", rest)
        items = first + re.split(r"\s+and\s+(?!.*\sand\s)", last)
    return [" ".join(i.split()).strip(" .") for i in items if i.strip(" .")]


def counted_items(text: str, size: tuple[int, str]) -> list[str] | None:
    """The items of the list a sentence's lead counts and its colon opens, when they are as many as the question
    asks for, whatever the lead counts them as ("What three open questions ...?": "The group named three areas
    needing further work: A, B and C"): the whole list, for the short answer; None otherwise."""
    lead, rest = _colon_split(text)
    if ":" not in text or not any(number_value(m.group()) == size[0] and not YEAR.fullmatch(m.group())
                                  for m in NUMBER.finditer(lead)):
        return None
    items = _colon_items(rest)
    return items if len(items) == size[0] else None


def listed_after(lead: str, passage: str, size: tuple[int, str]) -> str | None:
    """``lead``, a sentence ending in a colon, with the list its passage goes on with on the next lines ("... into four
    themes:" / "A;" / "B;" / ...), when that list is as many items as the question asks for and the lead counts."""
    told = re.search(r"\s+".join(map(re.escape, lead.split())), passage)
    rest = " ".join(passage[told.end():].split()) if told else ""
    spans = sentence_spans(rest)
    joined = f"{lead} {rest[:spans[0][1]]}" if spans else lead
    return joined if spans and counted_items(joined, size) else None


def _count_end(text: str, size: tuple[int, str]) -> int | None:
    """Where ``text``'s count of the things asked ends ("Two newly formed agencies": after "Two"), if it counts them."""
    n, noun = size
    for m in NUMBER.finditer(text):
        after = [stem(w) for w in re.findall(r"[\w-]+", text[m.end():])[:4]]
        if not YEAR.fullmatch(m.group()) and number_value(m.group()) == n and noun in after:
            return m.end()
    return None


def bodies_listed(text: str, values: list[tuple[int, str]], mentions, size: tuple[int, str] | None) -> list[tuple[int, str]]:
    """The bodies a text lists, as (where, name): ``values`` (those the graph knows) and the names of bodies it does
    not (ORG_NAME, outside every mention), in text order; for a question asking for ``size`` of them, the first that
    many after the text's count of them ("Two newly formed agencies joined ...") when it counts them, else all."""
    spans = [(m.start, m.end) for m in mentions]
    found = list(values) + [(m.start(), re.sub(r"^(?:The|the)\s+", "", m.group())) for m in ORG_NAME.finditer(text)
                            if not any(a < m.end() and m.start() < b for a, b in spans)]
    found.sort()
    if size is None or (counted_at := _count_end(text, size)) is None:
        return found
    later = [v for v in found if v[0] > counted_at]
    return later[:size[0]] if len({name for _, name in later}) >= size[0] else found


# The parts of a sentence giving each body its own object, the verb said once ("NASA and ESA reported work on life
# support, JAXA on docking, and CSA on robotics"): between commas and semicolons, a closing "and" with them.
_GAPPED_PART = re.compile(r"[,;]\s*(?:and\s+)?")
# Words between the bodies and the verb said once ("NASA and ESA both reported ...").
_BEFORE_VERB = re.compile(r"(?:\s*(?:both|also|each|all|together|jointly|have|has|had|\w+ly)\b)*\s*[\w-]+")


def of_part_asked(question: str, text: str, values: list[tuple[int, str]], spans: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """The bodies of ``values`` (where, name) named in the one part of ``text`` telling what the question asks, when
    the text gives several bodies each its own object ("... life support, JAXA on docking, CSA on robotics": asked of
    life support, NASA and ESA); all of them otherwise (a plain list: "ASI, CNES and DLR joined in 2007"; two parts
    as near the question).  ``spans``: where the text names bodies, whose words tell nothing asked; nor does the verb
    after the first part's bodies, said for every part."""
    bounds = [0, *(m.end() for m in _GAPPED_PART.finditer(text)), len(text) + 1]
    parts = [(a, b) for a, b in zip(bounds, bounds[1:]) if any(a <= at < b for at, _ in values)]
    if len(parts) < 2:
        return values
    blanked = text
    for x, y in spans:
        blanked = blanked[:x] + " " * (y - x) + blanked[y:]
    first = max((y for x, y in spans if parts[0][0] <= x < parts[0][1]), default=parts[0][0])
    verb = _BEFORE_VERB.match(blanked, first)  # the verb said once, for every part, right after the first's bodies
    if verb is None:
        return values  # "NASA (United States), ESA (Europe) and JAXA (Japan) joined": a list, each body described
    blanked = blanked[:first] + " " * (verb.end() - first) + blanked[verb.end():]
    told = [content_words(blanked[a:b]) for a, b in parts]
    if not told[0] or sum(1 for words in told if words) < 2:
        return values
    asked = content_words(question)
    shared = sorted(((len(words & asked), n) for n, words in enumerate(told)), reverse=True)
    (best, at), (second, _) = shared[:2]
    if best == second:
        return values
    a, b = parts[at]
    return [v for v in values if a <= v[0] < b]


_SHORT = r"['\"‘“]?(?P<short>[A-Z][A-Za-z0-9&-]*[A-Z0-9])['\"’”]?"
# "What does (the acronym) MBRSC stand for?", "What is SSAU short for?", "What is the full name of ESPRIT?": the
# long form of a short name asked.
EXPANSION_ASKED = re.compile(rf"\b(?i:what)\s+(?:does|do|did)\s+(?:the\s+)?(?:acronym|abbreviation|initialism|letters)?\s*"
                             rf"{_SHORT}\s+(?:stand|mean)\b|"
                             rf"\b(?i:what)\s+is\s+(?:the\s+)?(?:acronym\s+)?{_SHORT.replace('short', 'short2')}\s+"
                             rf"(?:short|an?\s+(?:acronym|abbreviation))\s+for\b|"
                             rf"\b(?:full|long|expanded|spelled-out)\s+(?:name|form)\s+(?:of|behind)\s+(?:the\s+)?"
                             rf"(?:acronym\s+|abbreviation\s+)?{_SHORT.replace('short', 'short3')}")
# "MBRSC – Mohammed Bin Rashid Space Centre", "| SSAU | State Space Agency of Ukraine |", "NSO: Netherlands Space
# Office": a line of a list of acronyms (the next entry may run on in the line: "... Centre MCB – Multilateral").
_LISTED = r"(?:(?:^|\n|\|)[ \t]*{short}[ \t]*(?:[–—:=|]|-(?=\s))?|\s{short}[ \t]*[–—:=])[ \t]+(?P<long>[A-Z][^\n|;]*?)(?=[ \t]*(?:$|\n|\||;|\s[A-Z][\w-]*[ \t]*[–—:=]\s))"
_LONG_WORDS = 4  # words a long form may hold beyond its acronym's letters ("State Space Agency of Ukraine")
# A long form the line breaks after a joining word ("ESPRIT European System Providing Refuelling, Infrastructure and" /
# "Telecommunications"): the next line goes on with it unless it opens another entry's acronym.
_RUNS_ON = re.compile(r"\b(?:and|or|of|for|the|in|on|to|de|du|des|für|und|et)$")
_NEXT_LINE = re.compile(r"\n[ \t]*(?![A-Z0-9&-]{2,}\b)(?P<more>[^\n|;]+)")


def _spells(long: str, short: str) -> bool:
    """Whether ``long`` is a name ``short`` abbreviates: it opens with the acronym's first letter and holds its
    letters in order (from initials and words alike: "I-Hab", "Deutsches Zentrum für Luft- und Raumfahrt")."""
    letters = [c.lower() for c in short if c.isalnum()]
    if not long or not letters or long[0].lower() != letters[0]:
        return False
    rest = iter(long.lower())
    return all(c in rest for c in letters)


def expansion(question: str, results: list[SearchHit]) -> Row | None:
    """"What does the acronym SSAU stand for?": the long form a passage gives the short name, from a list of acronyms
    ("SSAU – State Space Agency of Ukraine", a table's row, the acronym as the passage's heading), else from a name it
    brackets ("the State Space Agency of Ukraine (SSAU)", "SSAU (State Space Agency of Ukraine)"); the best-ranked
    passage giving one."""
    if (asked := EXPANSION_ASKED.search(question)) is None:
        return None
    short = next(s for s in asked.groups() if s)
    listed = re.compile(_LISTED.format(short=re.escape(short)))
    before = re.compile(rf"(?P<long>(?:[A-Z][\w'’.-]*[ \t]+(?:(?:of|for|and|the|de|du|des|für|und)[ \t]+)*){{1,8}})"
                        rf"\({re.escape(short)}\)")
    after = re.compile(rf"\b{re.escape(short)}[ \t]*\((?P<long>[A-Z][^()\n]{{2,80}})\)")
    for rank, result in enumerate(results, 1):
        # (a list whose acronyms stand on lines of their own may leave one as the passage's heading: "ETWG" over
        # "Exploration Technology Working Group (2011)")
        text = f"{short} {result.text}" if (result.section or "").strip() == short else result.text
        for m in listed.finditer(text):
            said = m.group().strip(" \n|")
            if _RUNS_ON.search(m.group("long").rstrip()) and (more := _NEXT_LINE.match(text, m.end())):
                said = f"{said} {more.group('more').strip()}"
            long = said[said.index(m.group("long")):].strip(" .,–—-")
            long = re.sub(r"\s*\([^()]*\b(?:19|20)\d\d[^()]*\)$", "", long)  # its years: "... Group (2011)"
            if _spells(long, short) and len(long.split()) <= len(short) + _LONG_WORDS:
                return Row(short, [long], said, result, 1.0 / rank)
        for m in before.finditer(result.text):
            words = m.group("long").split()
            # the fewest words that spell the acronym: "of the State Space Agency of Ukraine (SSAU)"
            long = next((" ".join(words[i:]) for i in range(len(words) - 1, -1, -1)
                         if words[i][0].isupper() and _spells(" ".join(words[i:]), short)), None)
            if long:
                return Row(short, [long], m.group(), result, 1.0 / rank)
        for m in after.finditer(result.text):
            if _spells(long := m.group("long").strip(), short):
                return Row(short, [long], m.group(), result, 1.0 / rank)
    return None


# A name the question quotes and the period it asks of it: "What indicative years did the vision assign to the 'Return
# to the Moon' phase?" -> "Phase 2 — Return to the Moon (2020–2030)." gives 2020–2030.
QUOTED_NAME = re.compile(r"(?<!\w)['‘\"“]([A-Z][^'’\"”]{2,60}?)['’\"”](?!\w)")
PERIOD_ASKED = re.compile(r"\b(?:years?|period|dates?|when|time\s*frame|timeframe)\b", re.I)
_PERIOD = r"(?:(?:from|after|before|until|to|by|around|c\.)\s+)?(?:19|20)\d\d(?:\s*(?:–|-|to|until)\s*(?:19|20)?\d\d)?"


def named_period(question: str, results: list[SearchHit]) -> Row | None:
    """The period a passage gives in brackets (or after a comma or a dash) right after the name the question quotes,
    when the question asks for years or a period: the first passage giving it."""
    quoted = QUOTED_NAME.search(question)
    if quoted is None or not PERIOD_ASKED.search(question):
        return None
    given = re.compile(rf"{re.escape(quoted.group(1))}['’\"”]?\s*(?:\(\s*({_PERIOD})\s*\)|[,:–—-]\s*({_PERIOD})\b)", re.I)
    for result in results:
        if m := given.search(result.text):
            period = m.group(1) or m.group(2)
            sentence = next((result.text[a:b] for a, b in sentence_spans(result.text) if a <= m.start() < b), m.group())
            return Row(label=quoted.group(1), items=[period], text=sentence, result=result, score=1.0)
    return None
