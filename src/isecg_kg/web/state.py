"""What a server process holds: the settings and the Services of the published build, replaced
whole when ``indexes/current`` moves.

In a request, ``services()`` is the build being served; it stays the same for the whole
request (kept in ``flask.g``), even when a new build is published meanwhile.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from flask import Flask, current_app, g

from ..indexes import Build, index_missing
from ..settings import Settings
from .services import Services

log = logging.getLogger(__name__)


class AppState:
    def __init__(self, settings: Settings, services: Services | None = None):
        self.settings = settings
        self._link = Path(settings.index_dir) / "current"
        self._pinned = services  # given by a test: served whatever the index folder holds
        self._lock = threading.Lock()
        self._target: str | None = None
        self._services: Services | None = None
        self._warm = False  # set by start_warm_up(): each new build's Services warm up as soon as they exist

    def services(self) -> Services:
        """The current build's Services (raises IndexMissing when none is published)."""
        if self._pinned is not None:
            return self._pinned
        link = self._link
        with self._lock:
            # Read under the lock, and the Services made from what was read: Services built from an
            # older target can never replace those of a newer one.
            try:
                target = os.readlink(link)
            except OSError:
                target = None
            if self._services is None or target != self._target:
                path = (link.parent / target).resolve() if target else None
                if path is None or not (path / "manifest.json").exists():
                    raise index_missing(self.settings)
                old, self._services, self._target = self._services, Services(self.settings, Build(path)), target
                log.info("serving build %s", path.name)
                if old is not None:
                    self._retire(old)
                if self._warm:
                    self._services.start_warm_up()
            return self._services

    def start_warm_up(self) -> None:
        """Warm up the current build's Services in the background, and every later build's."""
        self._warm = True
        try:
            self.services().start_warm_up()
        except Exception as exc:  # noqa: BLE001 - no index yet: /health says so
            log.warning("nothing to warm up: %s", exc)

    def _retire(self, old: Services) -> None:
        """Close the replaced build's SPARQL processes once the requests already using them are
        done: none runs longer than sparql_timeout."""
        timer = threading.Timer(self.settings.sparql_timeout + 1, old.close)
        timer.daemon = True
        timer.start()


def app_state(app: Flask) -> AppState:
    return app.extensions["isecg_kg"]


def state() -> AppState:
    return app_state(current_app)


def services() -> Services:
    """The Services of the build this request is served from."""
    if "isecg_kg_services" not in g:
        g.isecg_kg_services = state().services()
    return g.isecg_kg_services


def settings() -> Settings:
    return state().settings
