"""What the endpoint needs to know about a query's text before running it, from a light lexer.

Strings, IRIs and comments are blanked out (same length, so positions still hold); keywords are
then looked for in what remains.  It is deliberately stricter than the SPARQL grammar: the parser
(oxigraph's) does not need a word boundary after a keyword, so ``SERVICE`` counts wherever it could
start one (``SERVICE<x>``, ``SERVICE:x``); only a variable name (``?service``) or the local part of
a prefixed name (``ex:service``) cannot hold a keyword.  A false alarm refuses a query; a miss
would let the store fetch a URL, so the rule errs towards the first.
"""

from __future__ import annotations

import re

_SKIPPED = re.compile(
    r'#[^\n\r]*'
    r'|"""(?:[^"\\]|\\.|"(?!""))*"""' r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"' r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>',
    re.S,
)
_NAME_CHARS = re.compile(r"[\w\-.:%\\]")
FORMS = ("select", "construct", "describe", "ask")


def code(text: str) -> str:
    """``text`` with strings, IRIs and comments replaced by spaces."""
    out, i = [], 0
    while i < len(text):
        match = _SKIPPED.match(text, i) if text[i] in "#\"'<" else None
        if match:
            out.append(" " * len(match.group()))
            i = match.end()
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def keyword_positions(code_text: str, word: str, *, loose: bool = False) -> list[int]:
    """Where ``word`` (case-insensitive) is a keyword in ``code_text``: a whole token, or with
    ``loose`` anywhere a keyword could start (see the module doc)."""
    positions = []
    for match in re.finditer(re.escape(word), code_text, re.I):
        start, end = match.span()
        if not loose:
            before = code_text[start - 1] if start else " "
            after = code_text[end] if end < len(code_text) else " "
            if not (_NAME_CHARS.match(before) or before in "?$" or _NAME_CHARS.match(after)):
                positions.append(start)
            continue
        j = start
        while j > 0 and (code_text[j - 1].isalnum() or code_text[j - 1] == "_"):
            j -= 1
        if j > 0 and code_text[j - 1] in "?$":
            continue  # inside a variable name
        k = start
        while k > 0 and _NAME_CHARS.match(code_text[k - 1]):
            k -= 1
        if ":" in code_text[k:start]:
            continue  # inside the local part of a prefixed name
        positions.append(start)
    return positions


def has_keyword(code_text: str, word: str, *, loose: bool = False) -> bool:
    return bool(keyword_positions(code_text, word, loose=loose))


def query_form(code_text: str) -> str | None:
    """select, construct, describe or ask: the form keyword that comes first (None if none)."""
    found = {form: keyword_positions(code_text, form) for form in FORMS}
    firsts = [(positions[0], form) for form, positions in found.items() if positions]
    return min(firsts)[1] if firsts else None


def add_using(update: str, default: list[str], named: list[str]) -> str:
    """``update`` with ``USING``/``USING NAMED`` clauses (the protocol's using-graph-uri and
    using-named-graph-uri) added to every operation that has a WHERE clause of its own."""
    clauses = "".join(f"USING <{g}> " for g in default) + "".join(f"USING NAMED <{g}> " for g in named)
    blanked = code(update)
    inserts = []
    for pos in keyword_positions(blanked, "where"):
        top_level = blanked.count("{", 0, pos) == blanked.count("}", 0, pos)
        # DELETE WHERE takes no USING (it has no separate pattern); a WHERE inside braces is a subquery's.
        if top_level and not blanked[:pos].rstrip().lower().endswith("delete"):
            inserts.append(pos)
    for pos in reversed(inserts):
        update = update[:pos] + clauses + update[pos:]
    return update
