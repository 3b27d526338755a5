"""Request parameters declared once: the code validates with these definitions and /openapi.json is
generated from them, so the description cannot promise what the server refuses (or the reverse).

A ``Param`` names a parameter, its JSON Schema type, its choices and its limits; a limit is a number
or the name of the ``Settings`` field holding it (``maximum="max_k"``), so the description states
the limits this server enforces.  ``parse(params, args, settings)`` reads a request's query string
(or a plain dict, from the command line) and returns the values or raises ``BadParameter``, whose
message names the parameter and what is accepted (HTTP 400).

Wire rules (those of HTML forms): a parameter given with an empty value counts as not given
(OpenAPI ``allowEmptyValue``); a parameter is given at most once unless it is ``repeatable``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from collections.abc import Mapping, Sequence

from .settings import Settings

# ASCII digits only: int() would also take "1_000" and other scripts' digits.
WHOLE_NUMBER = r"[+-]?[0-9]+"
# C0/C1 control characters other than tab and line breaks: never part of a question (NUL, ESC, ...).
CONTROL = "\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f"
# Text with something in it besides white space, and no control character.
TEXT = f"[^{CONTROL}]*[^\\s{CONTROL}][^{CONTROL}]*"

Bound = int | str | None  # a number, or the name of the Settings field that holds it


class BadParameter(ValueError):
    """A request parameter is missing or invalid; the message says which and why (HTTP 400)."""


@dataclass(frozen=True)
class Param:
    name: str
    description: str
    type: str = "string"  # JSON Schema type of one value: "string" or "integer"
    required: bool = False
    default: object = None
    enum: tuple[str, ...] = ()  # the accepted values, when they are fixed
    choices: str | None = None  # or: the key of the accepted values known at run time (``parse(choices=)``)
    minimum: Bound = None
    maximum: Bound = None
    min_length: Bound = None
    max_length: Bound = None
    pattern: str | None = None  # a value must match it whole
    says: str = ""  # what the pattern accepts, in words (for the error message)
    format: str | None = None  # JSON Schema format (iri, sparql-query): checked by the code that uses the value
    repeatable: bool = False  # given any number of times (a list of values)
    allow_empty: bool = True  # an empty value counts as not given (else it is checked like any other)
    where: str = "query"  # or "path"
    example: str | None = None

    def bound(self, settings: Settings | None, which: str) -> int | None:
        value = getattr(self, which)
        return getattr(settings, value) if isinstance(value, str) else value

    def why(self, which: str) -> str:
        """Where a limit comes from, for error messages: the setting that holds it."""
        value = getattr(self, which)
        return f" (setting {value})" if isinstance(value, str) else ""

    def values(self, choices: Mapping[str, Sequence[str]] | None) -> tuple[str, ...]:
        if self.enum:
            return self.enum
        if self.choices and choices is not None and self.choices in choices:
            return tuple(choices[self.choices])
        return ()

    def schema(self, settings: Settings | None, choices: Mapping[str, Sequence[str]] | None = None) -> dict:
        """The JSON Schema of the parameter's value (an array of them when repeatable)."""
        one: dict = {"type": self.type}
        for key, which in (("minimum", "minimum"), ("maximum", "maximum"), ("minLength", "min_length"),
                           ("maxLength", "max_length")):
            value = self.bound(settings, which)
            if value is not None:
                one[key] = value
        if self.required and self.type == "string":
            one.setdefault("minLength", 1)
        if self.pattern:
            one["pattern"] = f"^(?:{self.pattern})$"
        if self.format:
            one["format"] = self.format
        values = self.values(choices)
        if values:
            one["enum"] = list(values)
        if self.default is not None:
            one["default"] = self.default
        return {"type": "array", "items": one} if self.repeatable else one

    def openapi(self, settings: Settings, choices: Mapping[str, Sequence[str]] | None = None) -> dict:
        """The OpenAPI 3.1 parameter object."""
        obj = {"name": self.name, "in": self.where, "required": self.required or self.where == "path",
               "description": self.description, "schema": self.schema(settings, choices)}
        if self.where == "query" and not self.required and self.allow_empty:
            obj["allowEmptyValue"] = True
        if self.repeatable:
            obj.update(style="form", explode=True)
        if self.example is not None:
            obj["example"] = self.example
        return obj

    def check(self, raw: str, settings: Settings | None, choices: Mapping[str, Sequence[str]] | None = None):
        """The value of one non-empty ``raw`` text, or BadParameter saying what is wrong."""
        shown = repr(raw) if len(raw) <= 40 else repr(raw[:40]) + f"... ({len(raw)} characters)"
        if self.type == "integer":
            low, high = self.bound(settings, "minimum"), self.bound(settings, "maximum")
            text = raw  # as sent: " 5" is not a number on the wire
            if not re.fullmatch(WHOLE_NUMBER, text):
                raise BadParameter(f"{self.name} must be a whole number from {low} to {high}; got {shown}")
            # A number of thousands of digits is out of range anyway; int() would refuse it (ValueError).
            value = int(text) if len(text.lstrip("+-").lstrip("0")) <= 18 else None
            if value is None or (low is not None and value < low) or (high is not None and value > high):
                why = self.why("maximum") or self.why("minimum")
                raise BadParameter(f"{self.name} must be from {low} to {high}{why}; "
                                   f"got {shown if value is None else value}")
            return value
        shortest, longest = self.bound(settings, "min_length"), self.bound(settings, "max_length")
        if shortest is not None and len(raw) < shortest:
            raise BadParameter(f"{self.name} must be at least {shortest} characters long; got {shown}")
        if longest is not None and len(raw) > longest:
            raise BadParameter(f"{self.name} is {len(raw)} characters long; at most {longest} are accepted"
                               f"{self.why('max_length')}")
        if self.pattern and not re.fullmatch(self.pattern, raw):
            control = re.search(f"[{CONTROL}]", raw)
            if control:
                raise BadParameter(f"{self.name} contains the control character U+{ord(control.group()):04X} "
                                   f"at position {control.start()}; remove it")
            raise BadParameter(f"{self.name} must not be blank; got {shown}" if not raw.strip()
                               else f"{self.name} must be {self.says or 'a match of ' + self.pattern}; got {shown}")
        values = self.values(choices)
        if values and raw not in values:
            listing = ", ".join(values[:40]) + (f" and {len(values) - 40} more" if len(values) > 40 else "")
            raise BadParameter(f"{self.name} must be one of {listing}; got {shown}")
        return raw


def parse(params: Sequence[Param], args: Mapping, settings: Settings | None = None, *,
          choices: Mapping[str, Sequence[str]] | None = None) -> dict:
    """{name: value} for every parameter of ``params`` (its default when not given; a list when
    repeatable).  ``args`` is a request's ``MultiDict`` or a plain dict; names not in ``params`` are
    ignored.  ``settings`` holds the limits named by a setting (none needed when no limit is);
    ``choices`` the accepted values of parameters declared with ``choices=``."""
    out = {}
    for param in params:
        if hasattr(args, "getlist"):
            given = args.getlist(param.name)
        else:  # a plain dict (the command line, the search page) holds one value per name
            given = [] if args.get(param.name) is None else [str(args[param.name])]
        if len(given) > 1 and not param.repeatable:
            raise BadParameter(f"parameter {param.name} is given {len(given)} times; give it once")
        if param.allow_empty:
            given = [value for value in given if value != ""]
        if not given and param.required:
            raise BadParameter(f"parameter {param.name} is required: {param.description[0].lower()}"
                               f"{param.description[1:].rstrip('.')}")
        values = [param.check(value, settings, choices) for value in given]
        out[param.name] = values if param.repeatable else (values[0] if values else param.default)
    return out
