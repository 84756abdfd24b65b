"""gunicorn settings for production: ``gunicorn -c python:config.gunicorn config.wsgi``.

Sync workers, one request at a time each, behind a buffering TLS proxy (which keeps the
slow clients and the keep-alive connections). A gthread worker keeps each keep-alive
connection it accepted, so with a handful of workers some hold more busy clients than
others and their answers wait on one GIL: on the intake benchmark that doubled p95 against
p50. A sync worker takes the next request only when it is free, so requests are served in
the order they came. Each value can be overridden by an environment variable or on the
command line.
"""

from __future__ import annotations

import gc
import os
from typing import Any

bind = os.environ.get("HOMEWARD_BIND", "127.0.0.1:8000")
worker_class = os.environ.get("HOMEWARD_WEB_WORKER_CLASS", "sync")
# Two per core plus one (gunicorn's own advice): enough to keep the cores busy while some
# wait on the database. More only add switching between processes and cache misses: ten
# workers on two cores used 5-35 % more CPU per intake than four (bench/RESULTS.md, Intake).
workers = int(os.environ.get("HOMEWARD_WEB_WORKERS", str(2 * (os.cpu_count() or 1) + 1)))
threads = int(os.environ.get("HOMEWARD_WEB_THREADS", "1"))
backlog = 2048
timeout = 60
graceful_timeout = 30
# Recycle a worker now and then, so that one slow leak cannot grow without bound.
max_requests = 20000
max_requests_jitter = 2000
accesslog = os.environ.get("HOMEWARD_ACCESS_LOG") or None
# Load the application once, in the master, and fork the workers from it: otherwise every
# worker spends its first seconds importing the views and building the API's schemas
# (each worker again after every start or recycle).
preload_app = True


def when_ready(server: Any) -> None:
    """Before the first fork: resolve the URLs (which imports every view and builds the
    API), then move all of it into the collector's permanent generation so that its full
    passes during requests skip it and the forked workers share it unchanged. The message
    catalogues of every language are loaded too. A database connection must not be shared
    by the workers: any opened here is closed."""
    from django.conf import settings
    from django.db import connections
    from django.urls import get_resolver
    from django.utils import translation

    get_resolver().reverse_dict  # noqa: B018 (imports every URLconf and view, fills the index)
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext("Homeward")
    connections.close_all()
    gc.collect()
    gc.freeze()
