"""Browser security headers, on every response (``register(app)`` in the app factory).

The pages load nothing from elsewhere (YASGUI and cytoscape are served from /static/vendor) and run
no inline script (page data travels in ``<script type="application/json">`` blocks, which are not
executed), so scripts, styles, images and fetches are limited to this origin.  Measured in Chromium
under ``style-src 'self'`` (tests/web/test_browser.py), two vendored libraries insert one
``<style>`` element each when they start, always the same text: cytoscape 3.34.4 and YASGUI 4.6.2
(package-lock.json).  Those two are allowed by their hashes, so no other inline style is; a new
version of either changes its hash, and the browser test names the violation and the new hash.
"""

from __future__ import annotations

from flask import Flask, Response

# The <style> elements the vendored libraries insert, by the hash Chromium reports for them.
VENDOR_STYLES = {
    "cytoscape.min.js": "pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8=",
    "yasgui.min.js": "zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk=",
}
CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' " + " ".join(f"'sha256-{h}'" for h in VENDOR_STYLES.values()),
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
    app.after_request(secure)


def secure(response: Response) -> Response:
    """``response`` with the headers above (those it sets itself kept)."""
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    return response
