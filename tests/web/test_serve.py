"""`isecg-kg serve` (gunicorn) itself: what reaches the app."""

from __future__ import annotations

import pytest
import requests


@pytest.mark.slow
def test_long_query_in_a_non_latin_script_reaches_the_api(live_server, settings):
    # 700 Arabic letters are within max_query_chars but ~4200 bytes percent-encoded: past gunicorn's
    # default request-line limit (4094), which answered with its own HTML 414 page.
    question = "ق" * 700
    got = requests.get(live_server + "api/search", params={"q": question, "k": 1, "mode": "lexical"}, timeout=60)
    assert got.status_code == 200 and got.json()["query"] == question
    too_long = requests.get(live_server + "api/search", params={"q": "ق" * (settings.max_query_chars + 1)},
                            timeout=60)
    assert too_long.status_code == 400 and "at most" in too_long.json()["error"]


@pytest.mark.slow
def test_absurdly_long_queries_get_the_apis_json_400(live_server):
    # Issue 5: a 10,000-character query is a 400 with a JSON error, through the real server too.
    for path in ("api/search", "api/ask"):
        got = requests.get(live_server + path, params={"q": "a" * 10_000}, timeout=60)
        assert got.status_code == 400 and "at most" in got.json()["error"]
    # The request line stays bounded (1 MiB with gunicorn's C parser).
    huge = requests.get(live_server + "api/search", params={"q": "a" * 1_100_000}, timeout=60)
    assert huge.status_code == 414
