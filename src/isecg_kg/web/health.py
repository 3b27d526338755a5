"""GET /health (readiness: what is served, and whether it is loaded) and GET /health/live (liveness).

/health answers 503 with ``"status": "warming"`` until the embedding model and the build's search
engine, answerer, SPARQL endpoint and page data are loaded (the server loads them in the
background as it starts and after a new build is published), ``"failed"`` when loading them
failed (``"error"`` says why), ``"no index"`` before anything is published; 200 with
``"status": "ok"`` once a request no longer waits for a load.  It never waits for a load itself.
/health/live is 200 whenever the process answers at all.
"""

from __future__ import annotations

from flask import Blueprint, jsonify

from ..indexes import IndexMissing
from .state import services

bp = Blueprint("health", __name__)


@bp.get("/health/live")
def live():
    return jsonify({"status": "alive"})


@bp.get("/health")
def health():
    try:
        current = services()
        manifest = current.build.manifest
    except IndexMissing as exc:
        return jsonify({"status": "no index", "error": str(exc)}), 503
    status = current.status()
    body = {
        "status": status,
        "build_id": manifest.build_id,
        "built_at": manifest.built_at,
        "documents": manifest.counts.documents,
        "passages": manifest.counts.passages,
        "pages": manifest.counts.pages,
        "failed_files": sorted(manifest.failed),
        "stages": manifest.stages,
    }
    if status != "ok":
        body["loading"] = [name for name in current.WARM if not current.loaded(name)]
    if status == "failed":
        body["error"] = current.warm_error
    return jsonify(body), 200 if status == "ok" else 503
