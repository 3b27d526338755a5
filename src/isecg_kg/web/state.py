"""What a server process holds: the settings and the published build, reloaded when it changes.

Components built from a build (graph store, search engine, ...) are cached per build:
``state.component("search", factory)`` calls ``factory(build, settings)`` once per build
and again after a new build is published.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any, Callable

from flask import current_app

from ..indexes import Build, require_build
from ..settings import Settings


class AppState:
    def __init__(self, settings: Settings):
        self.settings = settings
        self._lock = threading.RLock()
        self._target: str | None = None
        self._build: Build | None = None
        self._components: dict[str, Any] = {}

    def build(self) -> Build:
        """The current build (raises IndexMissing when none is published)."""
        link = Path(self.settings.index_dir) / "current"
        try:
            target = os.readlink(link)
        except OSError:
            target = None
        with self._lock:
            if target != self._target or self._build is None:
                self._build = require_build(self.settings)
                self._target = target
                self._components = {}
            return self._build

    def component(self, name: str, factory: Callable[[Build, Settings], Any]) -> Any:
        build = self.build()
        with self._lock:
            if name not in self._components:
                self._components[name] = factory(build, self.settings)
            return self._components[name]


def state() -> AppState:
    return current_app.extensions["isecg_kg"]
