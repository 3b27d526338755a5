"""What a "how many" query counts, and whether a passage states a number of it.

"How many space agencies contributed to the first roadmap?" expects a number of space agencies: a
passage saying "a year of joint work by 12 space agencies" holds that kind of answer, one that only
talks about agencies does not.  Question-answering retrieval weighs passages by whether they hold
the expected kind of answer; search does it for counts (engine.COUNT_BOOST), the one kind a
passage's words show reliably (a year or a place is in nearly every passage of a corpus of dated
reports).
"""

from __future__ import annotations

import re

from ..text import CARDINALS
from .lexical import tokenize

_HOW_MANY = re.compile(r"\bhow\s+many\s+(.*)", re.I | re.S)
_NUMBER = re.compile(r"\b(?:\d+(?:,\d{3})*|" + "|".join(CARDINALS) + r"|dozen)\b", re.I)
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")  # a year is not a count
HEAD_WITHIN = 3  # content words after "how many" in which the counted noun stands ("space agencies")
AFTER_NUMBER = 2  # content words after a number in which what it counts stands ("12 space agencies")


def counted(query: str) -> str | None:
    """The stem of the noun a "how many" query counts (None for any other query): the first plural
    among the first content words after "how many" (a count is of a plural: "how many space agencies
    contributed" -> "agenc"), else the first of them."""
    m = _HOW_MANY.search(query)
    if not m:
        return None
    content = [w for w in re.findall(r"[^\W\d_]+", m.group(1).lower()) if tokenize(w)][:HEAD_WITHIN]
    if not content:
        return None
    head = next((w for w in content if w.endswith("s") and not w.endswith("ss")), content[0])
    return tokenize(head)[0]


def states_count(text: str, noun: str) -> bool:
    """Whether ``text`` puts a number (digits or a word, not a year) right before ``noun`` (a stem;
    an adjective may stand between: "seven new members")."""
    for number in _NUMBER.finditer(text):
        if _YEAR.fullmatch(number.group()):
            continue
        if noun in tokenize(text[number.end():number.end() + 60])[:AFTER_NUMBER]:
            return True
    return False
