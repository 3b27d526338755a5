"""What the benchmarks share: a real server on a free port, and the figures they print."""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import time

import requests

from isecg_kg.settings import Settings


def serve(settings: Settings) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "ISECG_KG_INDEX_DIR": str(settings.index_dir), "ISECG_KG_PORT": str(port),
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
