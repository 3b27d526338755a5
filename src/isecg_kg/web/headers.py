"""Browser security headers, on every response (``register(app)`` in the app factory).

The pages load nothing from elsewhere (YASGUI and cytoscape are served from /static/vendor) and run
no inline script (page data travels in ``<script type="application/json">`` blocks, which are not
executed), so scripts, styles, images and fetches are limited to this origin.  One exception,
measured in Chromium by tests/web/test_browser.py: YASGUI (its table, CodeMirror and Yasr
plugins) writes ``style="..."`` attributes and ``<style>`` elements at run time, so ``style-src``
allows inline styles.  Inline styles cannot run code; scripts stay strict.
"""

from __future__ import annotations

from flask import Flask, Response

CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",  # data: for the empty favicon (no request) and YASGUI's icons
    "font-src 'self'",
    "connect-src 'self'",  # YASGUI queries this server's /sparql only
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])
HEADERS = {
    "Content-Security-Policy": CSP,
    # Error bodies echo what the client sent as text/plain: never let a browser sniff them into HTML.
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",  # frame-ancestors for browsers that predate CSP 2
    "Referrer-Policy": "same-origin",  # links to a document's source do not tell its site what was searched
}


def register(app: Flask) -> None:
    @app.after_request
    def _security_headers(response: Response) -> Response:
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response
