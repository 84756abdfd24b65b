"""Serve the product with gunicorn and drive it with concurrent keep-alive HTTP clients."""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.dataset import ROOT, server_env

HOST = "127.0.0.1"
# Production-like: an HTTPS-terminating proxy in front; Django told so by the header.
PROXY_HEADERS = {"X-Forwarded-Proto": "https", "Host": "127.0.0.1"}


@dataclass(frozen=True)
class ServerConfig:
    """The product's production settings (``config/gunicorn.py``) unless overridden."""

    workers: int | None = None
    threads: int | None = None
    worker_class: str | None = None

    def effective(self) -> tuple[str, int, int]:
        from config import gunicorn as product

        worker_class = self.worker_class or product.worker_class
        threads = 1 if worker_class == "sync" else (self.threads or product.threads)
        return worker_class, self.workers or product.workers, threads

    def label(self) -> str:
        worker_class, workers, threads = self.effective()
        if worker_class == "sync":
            return f"gunicorn sync, {workers} workers (one request at a time each)"
        return f"gunicorn {worker_class}, {workers} workers x {threads} threads"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def serve(url: str, settings: str, config: ServerConfig) -> Iterator[int]:
    """A gunicorn serving ``settings`` on a free port, stopped at the end."""
    port = free_port()
    worker_class, workers, threads = config.effective()
    log = open(Path(os.environ.get("TMPDIR", "/tmp")) / f"bench-gunicorn-{port}.log", "w")  # noqa: SIM115, S108
    proc = subprocess.Popen(  # noqa: S603
        [
            str(Path(sys.executable).parent / "gunicorn"),
            *("--config", "python:config.gunicorn", "config.wsgi:application"),
            *("--bind", f"{HOST}:{port}", "--worker-class", worker_class),
            *("--workers", str(workers), "--threads", str(threads)),
            *("--keep-alive", "30", "--log-level", "warning"),
        ],
        cwd=ROOT,
        env=server_env(url, settings),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_ready(port, proc)
        yield port
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def _wait_ready(port: int, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {proc.returncode}")
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=5)
            conn.request("GET", "/healthz", headers=PROXY_HEADERS)
            if conn.getresponse().status == 200:
                conn.close()
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError("gunicorn did not answer /healthz within 60 s")


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None = None


@dataclass
class Stats:
    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    errors: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> int:
        return sum(n for s, n in self.statuses.items() if 200 <= s < 300)

    @property
    def rate(self) -> float:
        return self.ok / self.seconds if self.seconds else 0.0

    def pct(self, q: float) -> float:
        """The q-th percentile latency in milliseconds."""
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return 1000 * ordered[min(len(ordered) - 1, int(q / 100 * len(ordered)))]

    def line(self) -> str:
        bad = {s: n for s, n in self.statuses.items() if not 200 <= s < 300}
        return (
            f"{self.rate:8.1f} req/s  p50 {self.pct(50):6.1f} ms  p95 {self.pct(95):6.1f} ms"
            f"  p99 {self.pct(99):6.1f} ms  ({self.ok} ok"
            + (f", non-2xx {bad}" if bad else "")
            + (f", {self.errors} connection errors" if self.errors else "")
            + ")"
        )


def drive(
    port: int,
    make_request: Callable[[int, int], Request],
    *,
    clients: int,
    seconds: float,
    warmup: float,
) -> Stats:
    """``clients`` threads, each on its own keep-alive connection, as fast as answers come.

    Requests completing during the warm-up are not counted.
    """
    stats = Stats()
    lock = threading.Lock()
    start = time.monotonic()
    measure_from, stop_at = start + warmup, start + warmup + seconds

    def client(n: int) -> None:
        conn = http.client.HTTPConnection(HOST, port, timeout=30)
        i = 0
        local: list[float] = []
        statuses: dict[int, int] = {}
        errors = 0
        while True:
            now = time.monotonic()
            if now >= stop_at:
                break
            req = make_request(n, i)
            i += 1
            try:
                conn.request(req.method, req.path, body=req.body, headers=req.headers)
                resp = conn.getresponse()
                resp.read()
                status = resp.status
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection(HOST, port, timeout=30)
                if now >= measure_from:
                    errors += 1
                continue
            done = time.monotonic()
            if now >= measure_from and done <= stop_at:
                local.append(done - now)
                statuses[status] = statuses.get(status, 0) + 1
        conn.close()
        with lock:
            stats.latencies.extend(local)
            for s, c in statuses.items():
                stats.statuses[s] = stats.statuses.get(s, 0) + c
            stats.errors += errors

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stats.seconds = seconds
    return stats


def json_request(
    method: str, path: str, token: str | None, body: Any = None, **headers: str
) -> Request:
    h = dict(PROXY_HEADERS)
    if token:
        h["Authorization"] = f"Bearer {token}"
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        h["Content-Type"] = "application/json"
    h.update(headers)
    return Request(method, path, h, data)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")
