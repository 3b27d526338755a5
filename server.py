"""WSGI entry point: ``gunicorn server:app`` (settings from ISECG_KG_* environment variables)."""

from isecg_kg.web.app import create_app

app = create_app()
