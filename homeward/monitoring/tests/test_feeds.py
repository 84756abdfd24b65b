"""Feeds served from a local HTTP server: new pages in, a slow feed skipped with a reason."""

from __future__ import annotations

import contextlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command

from homeward.monitoring.models import Page, Source
from homeward.monitoring.tests.conftest import seed

RAID = (
    b"<html><body><article><h1>Police detain migrants in a market raid</h1>"
    b"<p>Police detained 45 migrant workers from Tajikistan in a raid on a market in Almaty "
    b"yesterday, the city police said. The workers were taken to a police station for a "
    b"check of their documents, and some of them may be deported, officials said.</p>"
    b"<p>Lawyers said several of the detained workers had valid permits and were released "
    b"later in the evening after relatives brought their papers to the station.</p>"
    b"</article></body></html>"
)


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        base = f"http://127.0.0.1:{self.server.server_port}"
        if self.path == "/slow.xml":
            time.sleep(1.5)
        if self.path in ("/rss.xml", "/slow.xml"):
            body = (
                f"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
                f"<item><title>a</title><link>{base}/a</link></item>"
                f"<item><title>b</title><link>{base}/b</link></item>"
                f"<item><title>c</title><link>{base}/missing</link></item>"
                f"</channel></rss>"
            ).encode()
        elif self.path == "/atom.xml":
            body = (
                f"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>t</title>"
                f"<entry><title>r</title><link href='{base}/raid'/>"
                f"<published>2025-05-02T09:00:00Z</published></entry></feed>"
            ).encode()
        elif self.path == "/raid":
            body = RAID
        elif self.path == "/a":
            body = seed("002")
        elif self.path == "/b":
            body = seed("003")
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError):
            self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_feeds_ingests_and_skips(db, server, capsys):
    Source.objects.create(name="Outlet", feed_url=f"{server}/rss.xml", timeout_seconds=5)
    Source.objects.create(name="Slow", feed_url=f"{server}/slow.xml", timeout_seconds=1)
    call_command("fetch_feeds")
    out = capsys.readouterr()
    assert "Outlet: 2 new pages" in out.out
    assert "Slow: 0 new pages, feed skipped: " in out.out and "timed out" in out.out
    assert "missing" in out.err
    assert Page.objects.count() == 2
    assert Source.objects.get(name="Slow").last_error
    call_command("fetch_feeds")  # again: nothing new, nothing doubled
    assert Page.objects.count() == 2


def test_a_feed_items_date_anchors_its_relative_days(db, server):
    from datetime import date

    from homeward.monitoring.models import Incident

    Source.objects.create(name="Atom", feed_url=f"{server}/atom.xml", timeout_seconds=5)
    call_command("fetch_feeds")
    page = Page.objects.get()
    assert page.published_on == date(2025, 5, 2)
    incident = Incident.objects.get()
    assert incident.kind == "detention"
    assert (incident.occurred_on, incident.date_basis) == (date(2025, 5, 1), "relative")
