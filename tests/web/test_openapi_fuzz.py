"""/openapi.json tells the truth: schemathesis (every check, every phase but the stateful one, which
needs links between operations that this API does not have) against `isecg-kg serve` on 127.0.0.1.

Bounded: a few examples per operation and a time limit; about a minute on 2 busy cores.  On failure
the assertion shows schemathesis's report, with a curl command per failure.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import requests

pytestmark = pytest.mark.slow

HOOKS = Path(__file__).with_name("schemathesis_hooks.py")
MAX_EXAMPLES = 15
TIME_LIMIT = 150  # seconds; the run itself takes about a minute


def test_openapi_holds_against_the_server(live_server, tmp_path):
    # The first dense query of a worker loads the model: not a response time to hold against the API.
    assert requests.get(live_server + "api/ask", params={"q": "Who is a member of ISECG?"}, timeout=120).ok
    command = [sys.executable, "-m", "schemathesis.cli", "run", live_server + "openapi.json",
               "--checks", "all", "--phases", "examples,coverage,fuzzing", "--max-examples", str(MAX_EXAMPLES),
               "--workers", "1", "--request-timeout", "30", "--seed", "20261201", "--no-color",
               "--suppress-health-check", "too_slow"]
    env = {**os.environ, "SCHEMATHESIS_HOOKS": str(HOOKS)}
    run = subprocess.run(command, check=False, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=TIME_LIMIT)
    report = run.stdout + run.stderr
    assert run.returncode == 0, report[-12000:]
    assert " 0 failures" in report or "No issues found" in report or "passed" in report, report[-3000:]
