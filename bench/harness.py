"""What the benchmarks share: a real server on a free port, and the figures they print."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import requests

from isecg_kg.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from remote_stores import free_port  # noqa: E402  (the tests' helpers for real servers)


def serve(settings: Settings, *, env: dict | None = None) -> tuple[subprocess.Popen, str]:
    """``isecg-kg serve`` (one worker) over ``settings.index_dir`` on a free port, with ``env`` added to
    its environment, once /health says ok; and its base URL."""
    port = free_port()
    env = {**os.environ, **(env or {}), "ISECG_KG_INDEX_DIR": str(settings.index_dir), "ISECG_KG_PORT": str(port),
           "ISECG_KG_WORKERS": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "isecg_kg.cli", "serve"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 300  # /health is 200 once the model and components are loaded
    while time.monotonic() < deadline:
        try:
            if requests.get(base + "health", timeout=5).status_code == 200:
                return proc, base
        except requests.RequestException:
            pass
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError("the server did not answer /health with ok within 300 s")


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def line(name: str, values: list[float]) -> str:
    return f"{name:28} n={len(values):4}  median {statistics.median(values):7.1f}  p95 {p95(values):7.1f}"
