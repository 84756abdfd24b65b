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
workers = int(os.environ.get("HOMEWARD_WEB_WORKERS", str(4 * (os.cpu_count() or 1) + 2)))
threads = int(os.environ.get("HOMEWARD_WEB_THREADS", "1"))
backlog = 2048
timeout = 60
graceful_timeout = 30
# Recycle a worker now and then, so that one slow leak cannot grow without bound.
max_requests = 20000
max_requests_jitter = 2000
accesslog = os.environ.get("HOMEWARD_ACCESS_LOG") or None


def post_worker_init(worker: Any) -> None:
    """Move everything the application loaded at start into the permanent generation, so
    that the collector's full passes during requests do not walk Django's own objects."""
    gc.collect()
    gc.freeze()
