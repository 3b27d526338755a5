"""How a SPARQL syntax error is shown, by the endpoint and by `isecg-kg sparql` alike."""

from __future__ import annotations

import re


def pointed(message: str, query: str) -> str:
    """The parser's message ("error at LINE:COLUMN: ...") followed by the line it points at and a caret."""
    match = re.search(r"at (\d+):(\d+)", message)
    lines = query.splitlines()
    if not match or not 0 < int(match.group(1)) <= len(lines):
        return message
    line, column = int(match.group(1)), int(match.group(2))
    return f"{message}\n{lines[line - 1]}\n{' ' * max(column - 1, 0)}^"
