"""`isecg-kg serve`: the production server (gunicorn) for the web app."""

from __future__ import annotations


def register(sub, parents) -> None:
    p = sub.add_parser(
        "serve",
        parents=parents,
        help="Serve the web pages, the JSON API and the SPARQL endpoint.",
        description="Serve the published indexes with gunicorn on --host:--port. Run `isecg-kg ingest` first; "
        "a build published while serving is picked up without a restart.",
    )
    p.set_defaults(handler=run)


def run(settings, args) -> int:
    from gunicorn.app.base import BaseApplication
    from werkzeug.middleware.proxy_fix import ProxyFix

    from ..indexes import require_build
    from .app import create_app
    from .gworker import AccessLog, BufferingWorker

    require_build(settings)  # fail now, with the fix, rather than on the first request

    class Server(BaseApplication):
        def load_config(self):
            self.cfg.set("bind", f"{settings.host}:{settings.port}")
            self.cfg.set("workers", settings.workers)
            self.cfg.set("threads", settings.threads)
            # gthread, reading each request in the event loop first: slow clients hold no thread.
            self.cfg.set("worker_class", BufferingWorker)
            # Several servers on one machine would share gunicorn's default control socket
            # (~/.gunicorn/gunicorn.ctl); nothing here uses it.
            self.cfg.set("control_socket_disable", True)
            # Requests are bounded by the query limits; this only reaps a stuck worker.
            self.cfg.set("timeout", int(settings.sparql_timeout) + 30)
            self.cfg.set("accesslog", "-")
            self.cfg.set("logger_class", AccessLog)  # a logged SPARQL query gets no second line
            # Long queries must reach the app, which answers them with a precise 400: a query of
            # max_query_chars in a non-Latin script, or a 10,000-character one, is far past gunicorn's
            # default request line (4094 bytes; 8190 at most when bounded).  With the C parser
            # (gunicorn_h1c), 0 means "bounded at 1 MiB", unlike the Python parser's unbounded 0.
            self.cfg.set("http_parser", "fast")
            self.cfg.set("limit_request_line", 0)
            self.cfg.set("post_worker_init", _warm_up_in_background)
            # The app is made once, before the workers are forked (each would otherwise import every
            # blueprint again, on the way to the first answer); it starts no thread and opens nothing:
            # each worker builds its own Services after the fork.
            self.cfg.set("preload_app", True)

        def load(self):
            app = create_app(settings)
            if settings.proxy_hops:  # the client address (per-client limits, logs) from X-Forwarded-For
                app.wsgi_app = ProxyFix(app.wsgi_app, x_for=settings.proxy_hops, x_proto=settings.proxy_hops)
            return app

    BufferingWorker.READ_SECONDS = settings.header_seconds
    BufferingWorker.MAX_BODY_BYTES = settings.max_body_bytes

    print(f"serving on http://{settings.host}:{settings.port}/ (Ctrl-C to stop)")
    Server().run()
    return 0


def _warm_up_in_background(worker) -> None:
    """Load the model and the build's components now, in a background thread of the worker
    (GET /health says "warming" until they are loaded)."""
    from .state import app_state

    app_state(worker.wsgi).start_warm_up()
