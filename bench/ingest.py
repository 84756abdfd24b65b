"""Pages per second through the whole monitoring pipeline, against trafilatura alone.

    .venv/bin/python bench/ingest.py [--pages 240]

The corpus is generated in memory from the structure of the seed pages (a ticker, a
date, a pagination line, six headlined articles; single-article pages with a caption and
a link list), with other names, numbers, dates and routes, half as text dumps and half as
HTML. "Whole pipeline" is ``page_ingest``: decode, HTML, boilerplate, language, split,
facts, MinHash, clustering against everything stored, incidents, alerts, audit — into a
fresh SQLite database. The baseline is ``trafilatura.extract`` on the same pages.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CITIES = [
    ("New York", "Tashkent"),
    ("Moscow", "Dushanbe"),
    ("Istanbul", "Bishkek"),
    ("Seoul", "Tashkent"),
    ("Dubai", "Almaty"),
    ("Chicago", "Urgench"),
]
PEOPLE = [
    ("Uzbekistan", "Uzbek"),
    ("Kazakhstan", "Kazakh"),
    ("Kyrgyzstan", "Kyrgyz"),
    ("Tajikistan", "Tajik"),
    ("Turkmenistan", "Turkmen"),
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
FILLER = [
    "Officials said the operation was coordinated with the embassy and the migration agency.",
    "The returnees would be met on arrival by representatives of the ministry.",
    "Rights groups asked for guarantees that nobody would be returned by force.",
    "Relatives gathered at the airport long before the plane was due.",
    "A lawyer for several of the workers said they had not been shown any documents.",
    "The ministry promised free medical checks and help with finding work at home.",
    "Local media reported that some of the migrants had lived abroad for a decade.",
    "The consulate opened a hotline for families looking for news of their relatives.",
    "Observers noted that similar cases had been reported in other regions last year.",
    "The host country's interior ministry did not answer a request for comment.",
]


def filler(rng: random.Random, sentences: int) -> str:
    return " ".join(rng.sample(FILLER, sentences)) + " "


def article(rng: random.Random, i: int) -> tuple[str, str]:
    origin, dest = rng.choice(CITIES)
    country, people = rng.choice(PEOPLE)
    n = rng.randint(20, 400)
    day, month = rng.randint(1, 28), rng.choice(MONTHS)
    kind = rng.choice(["flight", "raid", "meeting"])
    if kind == "flight":
        title = f"{n} {people} Citizens Returned on Charter Flight Number {i}"
        body = (
            f"A charter flight carrying {n} migrants from {country} left {origin} on "
            f"{month} {day} bound for {dest}, the {people} Foreign Ministry said. "
            f"The flight from {origin} to {dest} was paid by the government. "
        ) + filler(rng, 6)
    elif kind == "raid":
        title = f"Police Raid Dormitory Housing {people} Workers in Case {i}"
        body = (
            f"Police raided a dormitory in {origin} on {month} {day}, detaining {n} "
            f"{people} nationals over documents, the embassy said. "
        ) + filler(rng, 6)
    else:
        title = f"{country} and Partners Hold Meeting Number {i} on Labor Migration"
        body = (
            f"On {month} {day}, a delegation from {country} visited {origin} to "
            f"discuss the rights of migrants. "
        ) + filler(rng, 5)
    return title, body


def corpus(pages: int, seed: int = 11) -> list[bytes]:
    rng = random.Random(seed)
    ticker = (
        "".join(
            f"  • {c}/USD = 0.0{rng.randint(1000, 9999)} 0%\n"
            for c in ("KGS", "KZT", "TJS", "UZS", "TMT")
        )
        * 8
    )
    out: list[bytes] = []
    for p in range(pages):
        items = [article(rng, p * 10 + k) for k in range(6 if p % 3 else 1)]
        date_line = f"{rng.randint(1, 28):02d} {rng.choice(MONTHS)} 2026"
        if p % 2:
            parts = [f"<h2>{t}</h2><p>{b}</p>" for t, b in items]
            html = (
                f"<html><head><title>News</title></head><body><nav><a href='/'>Home</a>"
                f"</nav><ul class='ticker'>{''.join(f'<li>{x}</li>' for x in ticker.splitlines())}"
                f"</ul><main><p>{date_line}</p>{''.join(f'<article>{x}</article>' for x in parts)}"
                f"</main><footer>All rights reserved</footer></body></html>"
            )
            out.append(html.encode())
        else:
            text = ticker + f"{date_line}\n\nViewing results 1 - {len(items)} of 54\n\n"
            text += "\n\n".join(f"{t}\n\n{b}" for t, b in items)
            text += "\nLatest news\n" + "".join(f"- Other headline {k}\n" for k in range(8))
            out.append(text.encode())
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=240)
    args = parser.parse_args()
    folder = tempfile.mkdtemp()
    os.environ["HOMEWARD_DEBUG"] = "1"
    os.environ["HOMEWARD_DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    import trafilatura
    from django.core.management import call_command

    from homeward.monitoring.models import Article, Incident, Story
    from homeward.monitoring.services import page_ingest, source_for

    call_command("migrate", verbosity=0)
    pages = corpus(args.pages)
    source = source_for("bench")
    page_ingest(raw=b"warm-up: " + pages[0], source=source)  # imports, dateparser's tables

    started = time.perf_counter()
    for raw in pages:
        trafilatura.extract(
            raw.decode()
            if raw.startswith(b"<html")
            else "<html><body>"
            + "".join(f"<p>{line}</p>" for line in raw.decode().splitlines())
            + "</body></html>"
        )
    baseline = time.perf_counter() - started

    started = time.perf_counter()
    stored = sum(page_ingest(raw=raw, source=source).created for raw in pages)
    ours = time.perf_counter() - started

    ours_rate, base_rate = len(pages) / ours, len(pages) / baseline
    print(
        f"corpus: {len(pages)} pages ({sum(len(p) for p in pages) // 1024} KiB), "
        f"{stored} stored, {Article.objects.count()} articles, "
        f"{Story.objects.count()} stories, {Incident.objects.count()} incidents"
    )
    print(f"trafilatura.extract alone: {base_rate:7.1f} pages/s")
    print(f"whole pipeline (page_ingest): {ours_rate:7.1f} pages/s")
    print(f"ratio pipeline / trafilatura: {ours_rate / base_rate:.2f}")
    print(f"target >= 20 pages/s: {'met' if ours_rate >= 20 else 'NOT met'}")


if __name__ == "__main__":
    main()
