"""GET /health: liveness plus what is being served."""

from __future__ import annotations

from flask import Blueprint, jsonify

from ..indexes import IndexMissing
from .state import services

bp = Blueprint("health", __name__)


@bp.get("/health")
def health():
    try:
        build = services().build
    except IndexMissing as exc:
        return jsonify({"status": "no index", "error": str(exc)}), 503
    manifest = build.manifest
    return jsonify({
        "status": "ok",
        "build_id": manifest.build_id,
        "built_at": manifest.built_at,
        "documents": manifest.counts.documents,
        "passages": manifest.counts.passages,
        "pages": manifest.counts.pages,
        "failed_files": sorted(manifest.failed),
        "stages": manifest.stages,
    })
