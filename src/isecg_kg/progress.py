"""How far along a long loop is: a bar in a terminal, a line now and then in a log.

tqdm redraws one line with carriage returns, which a log file (stderr not a terminal: `make serve
> log`, CI, systemd) turns into one unreadable run; there a plain log line every ``LINE_EVERY``
of the work (and at the end) says the same.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import Iterable, Iterator, TypeVar

log = logging.getLogger("isecg_kg.progress")

T = TypeVar("T")
LINE_EVERY = 0.1  # a log line each tenth of the work
LINE_SECONDS = 30.0  # and at least every half minute while items keep coming


def terminal() -> bool:
    return sys.stderr.isatty()


def track(items: Iterable[T], *, desc: str, unit: str, total: int | None = None,
          enabled: bool = True) -> Iterator[T]:
    """Yield ``items``, showing progress when ``enabled``."""
    if total is None:
        try:
            total = len(items)  # type: ignore[arg-type]
        except TypeError:
            total = None
    if not enabled:
        yield from items
    elif terminal():
        from tqdm import tqdm

        yield from tqdm(items, desc=desc, unit=unit, total=total)
    else:
        yield from _lines(items, desc=desc, unit=unit, total=total)


class Lines:
    """Progress as log lines: ``advance(n)`` after each piece of work."""

    def __init__(self, *, desc: str, unit: str, total: int | None):
        self.desc, self.unit, self.total = desc, unit, total
        self.done = 0
        self.started = self.last = time.monotonic()
        self.step = max(1, round((total or 0) * LINE_EVERY))
        self.next = self.step

    def advance(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if self.done >= self.next or self.done == self.total or now - self.last >= LINE_SECONDS:
            self.last = now
            self.next = (self.done // self.step + 1) * self.step
            of = f"/{self.total} {self.unit}s ({100 * self.done // self.total}%)" if self.total else f" {self.unit}s"
            log.info("%s: %d%s, %.0f s", self.desc, self.done, of, now - self.started)


def _lines(items: Iterable[T], *, desc: str, unit: str, total: int | None) -> Iterator[T]:
    lines = Lines(desc=desc, unit=unit, total=total)
    for item in items:
        yield item
        lines.advance()
