"""What the endpoint needs to know about a query's text before running it, from a light lexer.

Strings, IRIs and comments are blanked out (same length, so positions still hold); keywords are
then looked for in what remains.  It is deliberately stricter than the SPARQL grammar: the parser
(oxigraph's) does not need a word boundary after a keyword, so ``SERVICE`` counts wherever it could
start one (``SERVICE<x>``, ``SERVICE:x``); only a variable name (``?service``) or the local part of
a prefixed name (``ex:service``) cannot hold a keyword.  A false alarm refuses a query; a miss
would let the store fetch a URL, so the rule errs towards the first.
"""

from __future__ import annotations

import functools
import re

_SKIPPED = re.compile(
    r'#[^\n\r]*'
    r'|"""(?:[^"\\]|\\.|"(?!""))*"""' r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"' r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|<(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>',  # oxigraph reads \u escapes in IRIs
    re.S,
)
_NAME_CHARS = re.compile(r"[\w\-.:%\\]")
FORMS = ("select", "construct", "describe", "ask")
_FORM = re.compile("|".join(FORMS), re.I)


@functools.lru_cache(maxsize=8)  # one request asks for it three times (form, size, keywords)
def code(text: str) -> str:
    """``text`` with strings, IRIs and comments replaced by spaces.

    ``<`` after an operand inside parentheses may be less-than instead of opening an IRI
    (``FILTER(1<2)SERVICE#>`` hides nothing from the parser), so both readings are followed and a
    character is kept when either reads it as code: a false alarm at worst.  Text too tangled to
    follow within a few passes is kept whole."""
    kept = [False] * len(text)
    todo, seen = [(0, 0)], set()  # (position, parenthesis depth) where a reading starts or joins
    budget = 2 * len(text) + 10_000
    while todo:
        i, depth = todo.pop()
        while i < len(text):
            budget -= 1
            if budget < 0:
                return text
            char = text[i]
            # Outside strings a backslash only escapes a character of a prefixed name (ex:a\#b, ex:a\'b).
            match = _SKIPPED.match(text, i) if char in "#\"'<" and text[i - 1:i] != "\\" else None
            if match is None:
                kept[i] = True
                depth += (char == "(") - (char == ")")
                i += 1
            else:
                if char == "<" and depth > 0 and _after_operand(text, i) and (i + 1, depth) not in seen:
                    seen.add((i + 1, depth))
                    todo.append((i + 1, depth))
                    kept[i] = True
                budget -= match.end() - i - 1  # what a reading skips costs as much as what it reads
                i = match.end()
                if (i, depth) in seen:
                    break  # another reading went on from here
                seen.add((i, depth))
                continue
            if (i, depth) in seen:
                break
    return "".join(c if keep else " " for c, keep in zip(text, kept))


def _after_operand(text: str, i: int) -> bool:
    """Whether what precedes position ``i`` could end an operand of ``<`` (a name, number, literal, ``)``, IRI)."""
    j = i - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j >= 0 and (text[j].isalnum() or text[j] in "_)>\"'" or text[j - 1:j] == "\\")


_TOKEN = re.compile(_SKIPPED.pattern + r"|[\w?$:.\-%\\]+|\S", re.S)
_WORD_OR_MARK = re.compile(r"\w+|[^\w\s]")
_BRACKET = re.compile(r"[{(\[\]})]")


def too_complex(text: str, *, max_depth: int, max_tokens: int) -> str | None:
    """Why ``text`` must not reach the parser, or None.  oxigraph's parser and planner recurse
    once per nesting level and per operand of a chain (``!!!x``, ``a/b/c``, ``(1 2 3)``,
    ``{} UNION {}``), and overflow the stack, killing the process, from about 2,000 levels or
    4,000 tokens with an 8 MB stack (README, Safety).  Tokens are counted twice, by the lexer
    (a string or IRI is one) and on the code with strings and IRIs blanked (which also counts
    what an ambiguous ``<`` might hide), and the larger count is used."""
    blanked = code(text)
    depth = deepest = 0
    for char in _BRACKET.findall(blanked):  # the brackets only: a loop over every character cost 30 µs
        if char in "{([":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    if deepest > max_depth:
        return (f"the query nests {{ ( [ {deepest} deep; at most {max_depth} levels are allowed "
                "(setting sparql_max_depth)")
    if len(text) <= max_tokens:  # a token is at least one character: nothing to count
        return None
    tokens = max(len(_TOKEN.findall(text)), len(_WORD_OR_MARK.findall(blanked)))
    if tokens > max_tokens:
        return f"the query has {tokens} tokens; at most {max_tokens} are allowed (setting sparql_max_tokens)"
    return None


def keyword_positions(code_text: str, word: str, *, loose: bool = False) -> list[int]:
    """Where ``word`` (case-insensitive) is a keyword in ``code_text``: a whole token, or with
    ``loose`` anywhere a keyword could start (see the module doc)."""
    positions = []
    for match in re.finditer(re.escape(word), code_text, re.I):
        start, end = match.span()
        if not loose:
            if _whole_token(code_text, start, end):
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


def _whole_token(code_text: str, start: int, end: int) -> bool:
    before = code_text[start - 1] if start else " "
    after = code_text[end] if end < len(code_text) else " "
    return not (_NAME_CHARS.match(before) or before in "?$" or _NAME_CHARS.match(after))


def has_keyword(code_text: str, word: str, *, loose: bool = False) -> bool:
    return bool(keyword_positions(code_text, word, loose=loose))


def query_form(code_text: str) -> str | None:
    """select, construct, describe or ask: the form keyword that comes first (None if none)."""
    for match in _FORM.finditer(code_text):  # one scan, not one per form
        if _whole_token(code_text, *match.span()):
            return match.group().lower()
    return None


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
