"""Browser fixtures: Debian's chromium driven by playwright (never `playwright install`), with every
request the pages make recorded, and screenshots saved under tests/screenshots/ (git-ignored)."""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def chromium():
    if not shutil.which(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` (installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


class Recorder:
    """Every URL a browser context requested; requests leaving 127.0.0.1 are recorded and aborted."""

    def __init__(self):
        self.urls: list[str] = []

    def route(self, route):
        url = route.request.url
        self.urls.append(url)
        if is_local(url):
            route.continue_()
        else:
            route.abort()

    def outside(self) -> list[str]:
        return [u for u in self.urls if not is_local(u)]


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("data", "blob", "about") or parts.hostname == "127.0.0.1"


@pytest.fixture()
def browser_page(chromium):
    """A fresh page (1280x900) whose requests are recorded in ``page.recorder``."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    recorder = Recorder()
    context.route("**/*", recorder.route)
    page = context.new_page()
    page.recorder = recorder
    page.set_default_timeout(30_000)
    yield page
    context.close()


@pytest.fixture()
def screenshot():
    """``screenshot(page, name)`` saves a full-page PNG as tests/screenshots/<name>.png."""

    def save(page, name: str) -> Path:
        SCREENSHOTS.mkdir(exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return save
